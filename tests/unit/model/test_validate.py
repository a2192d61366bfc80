"""The checks both JSON loaders (templates, the interchange import) share:
the loaders word the same wrong value the same way, and each check answers
for the JSON values a file can hold."""

from __future__ import annotations

import json

import pytest

from collabworkshop.model import StepKind
from collabworkshop.model.template import TemplateError, default_template, parse_template, resource_path, template_data
from collabworkshop.model.validate import finite, first_repeat, is_number, is_whole, json_type, member
from collabworkshop.storage import InterchangeError, read_session, session_from_json, session_to_json

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


@pytest.mark.parametrize(
    "value, words",
    [
        ("null", "null"),
        ("true", "true/false"),
        ("7", "a number"),
        ("2.5", "a number"),
        ('"x"', "text"),
        ("[]", "a list"),
    ],
)
def test_both_loaders_name_a_wrong_type_in_the_same_words(value, words):
    base = default_template()
    template = template_data(base.id, base.title, base.steps, base)
    template["dimensions"][0] = json.loads(value)
    with pytest.raises(TemplateError) as from_template:
        parse_template(template, source="t.json")
    export = json.loads(session_to_json(read_session(SAMPLE)))
    export["dimensions"][0] = json.loads(value)
    with pytest.raises(InterchangeError) as from_export:
        session_from_json(json.dumps(export))
    assert str(from_template.value) == f"t.json: dimensions[0]: must be an object, not {words}"
    assert str(from_export.value) == f"dimensions[0]: expected an object, got {words}"
    assert json_type(json.loads(value)) == words


def test_numbers_as_json_spells_them():
    assert is_whole(json.loads("3")) and not is_whole(json.loads("true")) and not is_whole(json.loads("3.0"))
    assert is_number(json.loads("3.5")) and not is_number(json.loads("false")) and not is_number(json.loads('"3"'))
    # Python's json reads NaN, Infinity and integers no float can hold.
    assert finite(json.loads("12")) == 12.0
    assert finite(json.loads("NaN")) is None
    assert finite(json.loads("-Infinity")) is None
    assert finite(json.loads("1" + "0" * 400)) is None


def test_first_repeat_and_member():
    assert first_repeat(["a", "b", "c", "b", "a"]) == (3, "b")
    assert first_repeat(["a", "b"]) is None
    assert first_repeat([]) is None
    assert member(StepKind, "place") is StepKind.PLACE
    assert member(StepKind, "PLACE") is None

"""Workshop templates: the shipped default and the ways a template can be broken."""

from __future__ import annotations

import copy
import json
import re

import pytest

from collabworkshop.model import (
    SessionInfo,
    StepKind,
    TemplateError,
    default_template,
    load_template,
    resource_path,
)
from collabworkshop.model.template import parse_template


@pytest.fixture
def raw() -> dict:
    return json.loads(resource_path("templates", "default.json").read_text(encoding="utf-8"))


def test_default_template():
    t = default_template()
    assert [d.id for d in t.dimensions] == ["overall", "relationship", "integration", "outcomes", "decisions"]
    assert [r.id for r in t.rounds] == ["today", "needed"]
    assert [r.name for r in t.rounds] == ["Today", "Needed"]
    assert [s.kind for s in t.steps] == [
        StepKind.INFO,
        StepKind.PLACE,
        StepKind.PLACE,
        StepKind.DISCUSS,
        StepKind.VOTE,
        StepKind.PLAN,
        StepKind.WRAPUP,
    ]
    place_today, place_needed = t.steps[1], t.steps[2]
    assert (place_today.round_id, place_today.compare_round_id) == ("today", "")
    assert (place_needed.round_id, place_needed.compare_round_id) == ("needed", "today")
    assert all(d.name and d.low_label and d.high_label for d in t.dimensions)
    assert t.dimensions[0].low_label.startswith("Cooperation")
    assert [(z.start, z.end) for z in t.zones] == [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100)]
    assert "coordinating" not in {z.label for z in t.zones}


def test_new_session_from_template():
    t = default_template()
    s = t.new_session(SessionInfo(title="Kick-off"))
    assert s.info.title == "Kick-off"
    assert [d.id for d in s.dimensions] == [d.id for d in t.dimensions]
    assert len(s.steps) == 7 and s.current_step == 0
    assert s.teams == [] and s.placements == {} and s.actions == []
    # the session owns its lists: editing it leaves the template alone
    s.dimensions.pop()
    assert len(t.dimensions) == 5


def test_load_from_file(tmp_path, raw):
    raw["title"] = "Edited by a facilitator"
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_template(path).title == "Edited by a facilitator"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ not json", "cannot read template"),
        ("", "cannot read template"),
        (b"\xff\xfe\x00garbage", "cannot read template"),
        ("[1, 2, 3]", "not a CollabWorkshop template"),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "broken.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError, match=message):
        load_template(path)


def test_missing_file(tmp_path):
    with pytest.raises(TemplateError, match="cannot read template"):
        load_template(tmp_path / "nope.json")


def _set(key, value):
    return lambda d: d.__setitem__(key, value)


def _no_rounds(d):
    d["rounds"] = []
    for step in d["steps"]:
        step.pop("round", None)
        step.pop("compare_round", None)


BROKEN = [
    ("wrong format", _set("format", "collabworkshop-action-library"), "not a CollabWorkshop template"),
    ("no format", lambda d: d.pop("format"), "not a CollabWorkshop template"),
    (
        "unknown kind",
        lambda d: d["steps"][3].__setitem__("kind", "brainstorm"),
        "unknown step kind 'brainstorm'",
    ),
    ("kind missing", lambda d: d["steps"][0].pop("kind"), "'kind' missing"),
    (
        "unknown round",
        lambda d: d["steps"][1].__setitem__("round", "later"),
        "step 'place-today' names unknown round 'later'",
    ),
    (
        "unknown compare round",
        lambda d: d["steps"][2].__setitem__("compare_round", "yesterday"),
        "names unknown round 'yesterday'",
    ),
    ("dimensions missing", lambda d: d.pop("dimensions"), "'dimensions' missing"),
    ("dimensions not a list", _set("dimensions", {"id": "x"}), "'dimensions' missing or not a list"),
    ("no dimensions", _set("dimensions", []), "dimensions: needs at least one dimension"),
    ("no rounds", _set("rounds", []), "rounds: needs at least one round"),
    ("no rounds, no round steps", _no_rounds, "rounds: needs at least one round"),
    ("no steps", _set("steps", []), "steps: needs at least one step"),
    ("dimension without label", lambda d: d["dimensions"][2].pop("high_label"), "'high_label' missing"),
    (
        "dimension name a number",
        lambda d: d["dimensions"][0].__setitem__("name", 5),
        "'name' missing or not a str",
    ),
    ("round without name", lambda d: d["rounds"][0].pop("name"), "'name' missing"),
    ("no id", lambda d: d.pop("id"), "'id' missing"),
    # malformed in ways that used to escape as AttributeError / KeyError / TypeError
    ("step not an object", lambda d: d["steps"].insert(0, "place"), "steps[0]: must be an object, not text"),
    ("round not a string", lambda d: d["steps"][1].__setitem__("round", ["today"]), "'round' is not a str"),
    ("prompt not a string", lambda d: d["steps"][0].__setitem__("prompt", 42), "'prompt' is not a str"),
    ("zone without end", lambda d: d["zones"].append({"from": 0, "label": "x"}), "malformed zone"),
    ("zone not a number", lambda d: d["zones"][0].__setitem__("from", "left"), "malformed zone"),
    ("zones not a list", _set("zones", 5), "zones: malformed zone list"),
    # ids are primary keys in the session file
    (
        "duplicate dimension",
        lambda d: d["dimensions"].append(dict(d["dimensions"][1])),
        "duplicate dimension id 'relationship'",
    ),
    (
        "duplicate round",
        lambda d: d["rounds"].append({"id": "today", "name": "Again"}),
        "duplicate round id 'today'",
    ),
    ("duplicate step", lambda d: d["steps"].append(dict(d["steps"][0])), "duplicate step id 'frame'"),
]


@pytest.mark.parametrize(("label", "mutate", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_templates(tmp_path, raw, label, mutate, message):
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(TemplateError, match=re.escape(message)):
        parse_template(data)
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError):
        load_template(path)


def test_template_error_is_a_value_error():
    assert issubclass(TemplateError, ValueError)
    with pytest.raises(TemplateError):
        parse_template(None)


def test_default_template_carries_the_frame_contrast_table():
    template = default_template()
    assert template.contrast_columns == ("Cooperation", "Collaboration")
    aspects = [row[0] for row in template.contrast_rows]
    assert aspects == ["In one line", "Basis", "Integration", "Outcomes", "Effort", "Picture"]
    assert all(len(row) == 3 for row in template.contrast_rows)


def test_contrast_rows_must_match_the_columns():
    data = json.loads(resource_path("templates", "default.json").read_text(encoding="utf-8"))
    data["contrast"]["rows"][0] = ["In one line", "only one cell"]
    with pytest.raises(TemplateError, match="contrast"):
        parse_template(data)


# -- every message names the file, the place and the problem ---------------------------------------------------------

def _step(d, step_id):
    return next(s for s in d["steps"] if s["id"] == step_id)


LOCATED = [
    # (label, mutate, the whole located message after the file name)
    ("kind wrong type", lambda d: _step(d, "discuss").__setitem__("kind", 3),
     "steps[3] ('discuss'): 'kind' missing or not a str (text)"),
    ("unknown kind lists the kinds", lambda d: _step(d, "discuss").__setitem__("kind", "brainstorm"),
     "steps[3] ('discuss'): unknown step kind 'brainstorm' (one of: info, place, discuss, vote, plan, review, "
     "wrapup)"),
    ("title missing", lambda d: _step(d, "plan").pop("title"), "steps[5] ('plan'): 'title' missing"),
    ("title empty", lambda d: _step(d, "plan").__setitem__("title", "  "), "steps[5] ('plan'): 'title' is empty"),
    ("id missing", lambda d: d["steps"][2].pop("id"), "steps[2]: 'id' missing"),
    ("script a list", lambda d: _step(d, "frame").__setitem__("script", ["say hello"]),
     "steps[0] ('frame'): 'script' is not a str (text)"),
    ("place step without round", lambda d: _step(d, "place-today").pop("round"),
     "steps[1] ('place-today'): a place step needs a 'round'"),
    ("discuss step with empty round", lambda d: _step(d, "discuss").__setitem__("round", ""),
     "steps[3] ('discuss'): a discuss step needs a 'round'"),
    ("unknown round names the key and the rounds", lambda d: _step(d, "place-needed").__setitem__("compare_round", "x"),
     "steps[2] ('place-needed'): step 'place-needed' names unknown round 'x' in 'compare_round' "
     "(rounds: 'needed', 'today')"),
    ("timebox negative", lambda d: _step(d, "vote").__setitem__("timebox_minutes", -5),
     "steps[4] ('vote'): 'timebox_minutes' must be a number from 0 to 480, not -5"),
    ("timebox too long", lambda d: _step(d, "vote").__setitem__("timebox_minutes", 600),
     "steps[4] ('vote'): 'timebox_minutes' must be a number from 0 to 480, not 600"),
    ("timebox text", lambda d: _step(d, "vote").__setitem__("timebox_minutes", "10"),
     "steps[4] ('vote'): 'timebox_minutes' must be a number from 0 to 480, not '10'"),
    ("timebox true", lambda d: _step(d, "vote").__setitem__("timebox_minutes", True),
     "steps[4] ('vote'): 'timebox_minutes' must be a number from 0 to 480, not True"),
    ("duplicate step names the index", lambda d: d["steps"].append(dict(d["steps"][0])),
     "steps[7]: duplicate step id 'frame'"),
    ("dimension not an object", lambda d: d["dimensions"].__setitem__(1, "relationship"),
     "dimensions[1]: must be an object, not text"),
    ("round name missing", lambda d: d["rounds"][1].pop("name"), "rounds[1]: 'name' missing"),
    ("zone backwards", lambda d: d["zones"][2].update({"from": 60, "to": 40}),
     "zones[2]: malformed zone: needs 0 <= 'from' < 'to' <= 100"),
    ("contrast row short", lambda d: d["contrast"]["rows"][4].pop(),
     "contrast.rows[4]: each contrast row needs an aspect and one cell per column"),
    ("contrast cell a number", lambda d: d["contrast"]["rows"][0].__setitem__(1, 7), "contrast: malformed contrast"),
    ("wrong format", _set("format", "something-else"),
     "format: not a CollabWorkshop template (format is 'something-else')"),
    ("no format", lambda d: d.pop("format"), "not a CollabWorkshop template (no 'format'"),
    ("version text", _set("version", "1"), "version: must be a whole number from 1, not '1'"),
    ("version zero", _set("version", 0), "version: must be a whole number from 1, not 0"),
    ("newer version", _set("version", 2),
     "version: made by a newer CollabWorkshop (template version 2; this one reads up to 1). Update CollabWorkshop"),
    ("title missing", lambda d: d.pop("title"), "'title' missing"),
]


@pytest.mark.parametrize(("label", "mutate", "message"), LOCATED, ids=[x[0] for x in LOCATED])
def test_messages_name_file_place_and_problem(tmp_path, raw, label, mutate, message):
    data = copy.deepcopy(raw)
    mutate(data)
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template(path)
    text = str(info.value)
    assert text.startswith(f"{path}: "), text
    assert message in text


def test_bad_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "collabworkshop-template",\n  "id": oops\n}', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.json: not valid JSON: Expecting value at line 3, column 9"):
        load_template(path)


def test_empty_and_blank_files(tmp_path):
    for content in ("", "  \n\n"):
        path = tmp_path / "empty.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(TemplateError, match=r"empty\.json: the file is empty"):
            load_template(path)


def test_not_utf8_names_the_byte(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(TemplateError, match=r"latin1\.json: not UTF-8 text \(byte 14 is 0xe9\)"):
        load_template(path)


def test_utf8_bom_is_accepted(tmp_path, raw):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(raw).encode("utf-8"))
    assert load_template(path).id == "default"


def test_missing_file_says_so(tmp_path):
    with pytest.raises(TemplateError, match=r"cannot read template .*nope\.json: No such file"):
        load_template(tmp_path / "nope.json")


def test_default_steps_have_scripts_and_timeboxes():
    steps = default_template().steps
    assert all(len(step.script.split()) >= 20 for step in steps), [s.id for s in steps if len(s.script.split()) < 20]
    assert all(step.timebox >= 5 * 60 for step in steps)
    assert sum(step.timebox for step in steps) == 110 * 60
    vote = next(step for step in steps if step.kind is StepKind.VOTE)
    kinds = [step.kind for step in steps]
    assert kinds.index(StepKind.VOTE) == kinds.index(StepKind.PLAN) - 1
    assert vote.prompt and vote.title == "Lever vote"


def test_fractional_timebox_in_seconds(raw):
    raw["steps"][0]["timebox_minutes"] = 2.5
    assert parse_template(raw).steps[0].timebox == 150


def test_round_trip_through_template_data(tmp_path):
    from dataclasses import replace

    from collabworkshop.model.template import template_data, template_json

    base = default_template()
    steps = list(base.steps)
    steps[0] = replace(steps[0], title="Hello", script="Say hello.", timebox=90)
    steps.reverse()
    data = template_data("mine", "My agenda", steps, base)
    path = tmp_path / "mine.json"
    path.write_text(template_json(data), encoding="utf-8")
    back = load_template(path)
    assert back.id == "mine" and back.title == "My agenda"
    assert back.steps == tuple(steps)
    assert back.dimensions == base.dimensions and back.rounds == base.rounds
    assert back.zones == base.zones and back.contrast_rows == base.contrast_rows
    assert json.loads(path.read_text(encoding="utf-8"))["steps"][-1]["timebox_minutes"] == 1.5


def test_safe_template_name():
    from collabworkshop.model.template import safe_template_name

    assert safe_template_name("Board away-day: 2027!") == "board-away-day-2027"
    assert safe_template_name("../../etc/passwd") == "etc-passwd"
    assert safe_template_name("  ") == "template"

"""Bad JSON for import: every problem is an InterchangeError with a message,
never another exception; harmless encodings (BOM, UTF-16) are read."""

from __future__ import annotations

import json

import pytest

from collabworkshop.model.template import resource_path
from collabworkshop.storage import InterchangeError, read_session, session_from_json, session_to_json

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


@pytest.fixture(scope="module")
def good() -> str:
    return session_to_json(read_session(SAMPLE))


def _with(good: str, change) -> str:
    data = json.loads(good)
    change(data)
    return json.dumps(data)


def test_good_export_reads_back(good):
    assert session_from_json(good) == read_session(SAMPLE)


@pytest.mark.parametrize("encode", [
    lambda t: "\ufeff" + t,  # text with a byte-order mark
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),  # UTF-8 bytes with a BOM
    lambda t: t.encode("utf-16"),  # UTF-16 with its BOM
    lambda t: t.encode("utf-16-le"),
    lambda t: t.encode("utf-32"),
], ids=["str-bom", "utf8-bom", "utf16", "utf16le", "utf32"])
def test_encodings_a_text_editor_may_produce_are_read(good, encode):
    assert session_from_json(encode(good)) == read_session(SAMPLE)


WRONG = {
    "not-json": "minutes of the meeting",
    "empty": "",
    "array": "[]",
    "number": "42",
    "null": "null",
    "bad-utf8": b"{\"format\": \"\xff\xfe\xfa\"}",
    "deep-arrays": "[" * 100_000 + "]" * 100_000,
    "deep-objects": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "huge-integer": "1" * 5000,
}


@pytest.mark.parametrize("name", list(WRONG))
def test_not_a_session_is_refused_clearly(name):
    with pytest.raises(InterchangeError) as info:
        session_from_json(WRONG[name])
    assert str(info.value) and "\n" not in str(info.value)


MUTATIONS = {
    "teams-not-a-list": lambda d: d.__setitem__("teams", "North, South"),
    "team-name-a-number": lambda d: d["teams"][0].__setitem__("name", 5),
    "team-name-1MB": lambda d: d["teams"][0].__setitem__("name", "N" * 1_000_000),
    "team-id-null": lambda d: d["teams"][0].__setitem__("id", None),
    "duplicate-team-ids": lambda d: d["teams"].append(dict(d["teams"][0])),
    "position-a-string": lambda d: d["placements"][0].__setitem__("position", "high"),
    "position-nan": lambda d: d["placements"][0].__setitem__("position", float("nan")),
    "position-infinite": lambda d: d["placements"][0].__setitem__("position", float("inf")),
    "position-out-of-range": lambda d: d["placements"][0].__setitem__("position", 1e300),
    "position-huge-integer": lambda d: d["placements"][0].__setitem__("position", 10 ** 400),
    "dangling-team": lambda d: d["placements"][0].__setitem__("team", "ghost"),
    "schema-version-a-string": lambda d: d.__setitem__("schema_version", "2"),
    "schema-version-huge": lambda d: d.__setitem__("schema_version", 10 ** 30),
    "schema-version-bool": lambda d: d.__setitem__("schema_version", True),
    "info-a-list": lambda d: d.__setitem__("info", ["title"]),
    "steps-empty": lambda d: d.__setitem__("steps", []),
    "dimensions-deeply-nested": lambda d: d.__setitem__("dimensions", "__DEEP__"),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_wrong_values_in_an_export_are_refused_clearly(good, name):
    data = json.loads(good)
    if name.startswith("position") or name == "dangling-team":
        assert data["placements"], "the sample has placements"
    MUTATIONS[name](data)
    text = json.dumps(data)  # NaN and Infinity are written as the bare words Python's json accepts
    text = text.replace('"__DEEP__"', "[" * 5000 + "]" * 5000)
    with pytest.raises(InterchangeError) as info:
        session_from_json(text)
    assert str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("where, change", [
    ("teams[0].name", lambda d: d["teams"][0].__setitem__("name", "North \ud800 Depot")),
    ("info.title", lambda d: d["info"].__setitem__("title", "\udfff")),
    ("steps[0].prompt", lambda d: d["steps"][0].__setitem__("prompt", "a\udc80b")),
    ("rounds[0].id", lambda d: d["rounds"][0].__setitem__("id", "r\ud83d")),  # half of an emoji's pair
    ("actions[0].owner", lambda d: d["actions"][0].__setitem__("owner", "\ud800\ud800")),
], ids=["team-name", "title", "prompt", "round-id", "owner"])
def test_a_lone_surrogate_in_any_text_is_refused_where_it_is(good, where, change):
    # JSON can spell \ud800, but no session file or export can hold it.
    with pytest.raises(InterchangeError, match=rf"^{where.replace('[', '.').replace(']', '.')}: not valid text "
                                              r"\(character \d+ is a lone surrogate, \\ud[89a-f][0-9a-f]{2}\)$"):
        session_from_json(_with(good, change))


def test_a_real_pair_in_escapes_is_text(good):
    imported = session_from_json(_with(good, lambda d: d["teams"][0].__setitem__("name", "Team \ud83e\udd1d")))
    assert imported.teams[0].name == "Team \U0001f91d"

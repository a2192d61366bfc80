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
    assert len(s.steps) == 6 and s.current_step == 0
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
    ("no dimensions", _set("dimensions", []), "at least one dimension"),
    ("no rounds, steps name one", _set("rounds", []), "names unknown round 'today'"),
    ("no rounds", _no_rounds, "at least one dimension, round and step"),
    ("no steps", _set("steps", []), "at least one dimension, round and step"),
    ("dimension without label", lambda d: d["dimensions"][2].pop("high_label"), "'high_label' missing"),
    (
        "dimension name a number",
        lambda d: d["dimensions"][0].__setitem__("name", 5),
        "'name' missing or not a str",
    ),
    ("round without name", lambda d: d["rounds"][0].pop("name"), "'name' missing"),
    ("no id", lambda d: d.pop("id"), "'id' missing"),
    # malformed in ways that used to escape as AttributeError / KeyError / TypeError
    ("step not an object", lambda d: d["steps"].insert(0, "place"), "'kind' missing or not a str"),
    ("round not a string", lambda d: d["steps"][1].__setitem__("round", ["today"]), "'round' is not a str"),
    ("prompt not a string", lambda d: d["steps"][0].__setitem__("prompt", 42), "'prompt' is not a str"),
    ("zone without end", lambda d: d["zones"].append({"from": 0, "label": "x"}), "malformed zone"),
    ("zone not a number", lambda d: d["zones"][0].__setitem__("from", "left"), "malformed zone"),
    ("zones not a list", _set("zones", 5), "malformed zone"),
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

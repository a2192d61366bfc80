"""The JSON interchange format, in process and without Qt: round trips,
the computed parts, the checks on import, and agreement with the published
JSON Schema (docs/session.schema.json)."""

from __future__ import annotations

import copy
import json
import math
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from collabworkshop.analysis import describe
from collabworkshop.model import (
    ActionItem,
    ActionStatus,
    Dimension,
    Lever,
    Round,
    Session,
    SessionInfo,
    Step,
    StepKind,
    Team,
    default_template,
)
from collabworkshop.storage import (
    InterchangeError,
    read_session,
    session_from_dict,
    session_from_json,
    session_to_dict,
    session_to_json,
    write_session_json,
)

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"
SCHEMA = REPO / "docs" / "session.schema.json"


@pytest.fixture(scope="module")
def sample() -> Session:
    return read_session(SAMPLE)


def odd_session() -> Session:
    """Edge cases: one round, a lone placement, unplaced teams, text that
    JSON must escape, every status, and empty optional references."""
    session = Session(
        info=SessionInfo(title='Quay "North" \u2013 r\u00e9union\nday 2', date=""),
        teams=[
            Team("t1", "\u00c5lesund Havn", "", "#000000"),
            Team("t2", "Team <2> & co", "Org\ttab"),
            Team("t3", "Nobody placed"),
        ],
        dimensions=[Dimension("d1", "Only line", "", "")],
        rounds=[Round("r1", "Solo")],
        steps=[Step("s1", "Place", StepKind.PLACE, "", "r1", ""), Step("s2", "Plan", StepKind.PLAN)],
        placements={("r1", "d1", "t1"): 0.0, ("r1", "d1", "t2"): 100.0},
        actions=[
            ActionItem(f"a{i}", f"Action {i}", lever, status=status, priority=i / 3)
            for i, (lever, status) in enumerate(zip(Lever, list(ActionStatus) * 2, strict=False))
        ],
        current_step=1,
    )
    return session


# -- export and round trip ----------------------------------------------------------------


def test_sample_round_trips(sample: Session):
    assert session_from_dict(session_to_dict(sample)) == sample
    assert session_from_json(session_to_json(sample)) == sample


def test_edge_cases_round_trip():
    session = odd_session()
    text = session_to_json(session)
    assert session_from_json(text) == session
    assert session_from_json(text.encode("utf-8")) == session


def test_empty_template_session_round_trips():
    session = default_template().new_session()
    data = session_to_dict(session)
    assert data["placements"] == [] and data["teams"] == [] and data["actions"] == []
    assert all(s["n"] == 0 and s["mean"] is None and s["band"] is None for s in data["statistics"])
    assert session_from_dict(data) == session


def test_statistics_match_describe(sample: Session):
    data = session_to_dict(sample)
    for record in data["statistics"]:
        s = describe(sample.positions(record["round"], record["dimension"]))
        assert record["n"] == s.n
        assert record["mean"] == s.mean
        assert record["median"] == s.median
        assert record["sd"] == s.sd
        assert record["iqr"] == s.iqr
        assert record["min"] == s.minimum and record["max"] == s.maximum
        assert record["rwg"] == s.rwg
        assert record["consensus"] == s.consensus
        assert record["band"] == s.band.value


def test_undefined_figures_are_null_not_nan():
    data = session_to_dict(odd_session())
    text = session_to_json(odd_session())
    assert "NaN" not in text and "Infinity" not in text
    (stats,) = data["statistics"]
    assert stats["n"] == 2 and stats["rwg"] is not None  # 0 and 100: total disagreement
    assert stats["band"] == "divided"
    assert data["gaps"] == []  # a gap needs two rounds


def test_gaps_are_between_the_first_two_rounds(sample: Session):
    gaps = {g["dimension"]: g for g in session_to_dict(sample)["gaps"]}
    assert list(gaps) == [d.id for d in sample.dimensions]
    integration = gaps["integration"]
    assert integration["today_median"] == 22.0
    assert integration["needed_median"] == 70.0
    assert integration["gap"] == 48.0
    assert integration["class"] == "major"


def test_json_text_is_readable_utf8():
    text = session_to_json(odd_session())
    assert "\u00c5lesund" in text  # not escaped to \u00c5
    assert text.endswith("}\n")
    assert json.loads(text)["info"]["title"].startswith('Quay "North"')


def test_write_session_json_is_atomic_and_complete(sample: Session, tmp_path: Path):
    dest = tmp_path / "out.json"
    dest.write_text("old", encoding="utf-8")
    write_session_json(sample, dest)
    assert session_from_json(dest.read_bytes()) == sample
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_write_session_json_into_missing_folder(sample: Session, tmp_path: Path):
    from collabworkshop.storage import SessionFileError

    with pytest.raises(SessionFileError, match="folder does not exist"):
        write_session_json(sample, tmp_path / "missing" / "out.json")


# -- import: lenient where it may be -------------------------------------------------------


def minimal() -> dict[str, Any]:
    return {
        "format": "collabworkshop-session",
        "schema_version": 1,
        "dimensions": [{"id": "d", "name": "Line"}],
        "rounds": [{"id": "r", "name": "Today"}],
        "steps": [{"id": "s", "title": "Place", "kind": "place", "round": "r"}],
    }


def test_minimal_document_takes_the_model_defaults():
    session = session_from_dict(minimal())
    assert session.teams == [] and session.placements == {} and session.actions == []
    assert session.info == SessionInfo()
    assert session.dimensions == [Dimension("d", "Line", "", "")]
    assert session.steps == [Step("s", "Place", StepKind.PLACE, "", "r", "")]
    assert session.current_step == 0


def test_derived_and_unknown_fields_are_ignored(sample: Session):
    data = session_to_dict(sample)
    data["statistics"] = "anything"
    data["gaps"] = None
    data["app_version"] = 42
    data["future_field"] = {"x": 1}
    data["teams"][0]["nickname"] = "HW"
    assert session_from_dict(data) == sample


def test_current_step_is_clamped():
    data = minimal()
    data["current_step"] = 99
    assert session_from_dict(data).current_step == 0


def test_an_action_without_status_is_not_started():
    data = minimal()
    data["actions"] = [{"id": "a1", "title": "Talk", "lever": "L4"}]
    (action,) = session_from_dict(data).actions
    assert action.status is ActionStatus.NOT_STARTED and action.lever is Lever.OPEN_COMMUNICATION


# -- import: strict where it must be ------------------------------------------------------


def _set(path: str, value: Any):
    """A mutation that sets ``data[path]`` (dotted, with list indexes)."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(key: str):
    return lambda data: data.pop(key)


def _duplicate_first(key: str):
    return lambda data: data[key].append(copy.deepcopy(data[key][0]))


BAD = {
    "format": (_set("format", "collabworkshop-template"), "not a CollabWorkshop session export"),
    "no format": (_delete("format"), "not a CollabWorkshop session export"),
    "newer": (_set("schema_version", 3), "newer CollabWorkshop"),
    "version text": (_set("schema_version", "1"), "schema_version"),
    "version bool": (_set("schema_version", True), "schema_version"),
    "version zero": (_set("schema_version", 0), "schema_version"),
    "info not object": (_set("info", []), "info: expected an object, got a list"),
    "info field": (_set("info.title", 3), "info.title: expected text, got a number"),
    "teams not list": (_set("teams", {}), "teams: expected a list, got an object"),
    "team not object": (_set("teams.0", "Harbour Works"), "teams[0]: expected an object, got text"),
    "team name": (_set("teams.0.name", 5), "teams[0].name: expected text, got a number"),
    "team no name": (lambda d: d["teams"][0].pop("name"), "teams[0].name: missing"),
    "empty id": (_set("teams.0.id", " "), "teams[0].id: must not be empty"),
    "team id null": (_set("teams.0.id", None), "teams[0].id: expected text, got null"),
    "duplicate team": (_duplicate_first("teams"), "is used twice"),
    "duplicate round": (_duplicate_first("rounds"), "is used twice"),
    "duplicate action": (_duplicate_first("actions"), "is used twice"),
    "no dimensions": (_delete("dimensions"), "dimensions: missing"),
    "empty dimensions": (
        lambda d: d.update(dimensions=[], placements=[], statistics=[], gaps=[]),
        "at least one dimension",
    ),
    "placement team": (_set("placements.0.team", "t9"), "placements[0].team: no team with id 't9'"),
    "placement round": (_set("placements.0.round", ""), "placements[0].round: no round with id ''"),
    "position high": (_set("placements.0.position", 100.5), "outside 0..100"),
    "position low": (_set("placements.0.position", -1), "outside 0..100"),
    "position text": (_set("placements.0.position", "50"), "expected a number, got text"),
    "position bool": (_set("placements.0.position", True), "expected a number, got true/false"),
    "position huge": (_set("placements.0.position", 10**400), "not a finite number"),
    "position nan": (_set("placements.0.position", math.nan), "not a finite number"),
    "duplicate placement": (_duplicate_first("placements"), "a second placement"),
    "step kind": (_set("steps.0.kind", "dance"), "steps[0].kind: 'dance' is not one of"),
    "step round": (_set("steps.1.round", "later"), "steps[1].round: no round with id 'later'"),
    # The session file drops these links instead (a user's document opens); an import refuses them.
    "step compare round": (_set("steps.1.compare_round", "gone"), "steps[1].compare_round: no round with id 'gone'"),
    "round follows": (_set("rounds.1.follows", "gone"), "rounds[1].follows: no round with id 'gone'"),
    "lever": (_set("actions.0.lever", "L9"), "actions[0].lever: 'L9' is not one of"),
    "status": (_set("actions.0.status", "finished"), "actions[0].status: 'finished' is not one of"),
    "action dimension": (_set("actions.0.dimension", "nope"), "no dimension with id 'nope'"),
    "priority": (_set("actions.0.priority", "high"), "actions[0].priority: expected a number"),
    "current step": (_set("current_step", "2"), "current_step: not a whole number"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_raises_a_clear_interchange_error(case: str, sample: Session):
    mutate, expected = BAD[case]
    data = session_to_dict(sample)
    mutate(data)
    with pytest.raises(InterchangeError) as info:
        session_from_dict(data)
    assert expected in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [None, [], "text", 3])
def test_a_document_must_be_an_object(value: Any):
    with pytest.raises(InterchangeError, match="expected an object"):
        session_from_dict(value)


@pytest.mark.parametrize("text", ["", "{", "not json", b"\xff\xfe{"])
def test_invalid_json_text(text: str | bytes):
    with pytest.raises(InterchangeError, match="not valid JSON"):
        session_from_json(text)


# -- the published schema --------------------------------------------------------------------


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/$defs/"), ref
        node = schema["$defs"][ref.removeprefix("#/$defs/")]
    return node


def _check(schema: dict[str, Any], node: dict[str, Any], value: Any, where: str) -> None:
    """Enough of JSON Schema for this document: every key the export writes
    is declared, required keys are present, and types and enums hold."""
    node = _resolve(schema, node)
    if "const" in node:
        assert value == node["const"], where
    if "enum" in node:
        assert value in node["enum"], where
    kinds = node.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        python = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "number": (int, float),
            "null": type(None),
        }
        python["boolean"] = bool
        assert any(
            isinstance(value, bool) if k == "boolean" else isinstance(value, python[k]) and not isinstance(value, bool)
            for k in kinds
        ), where
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key in node.get("required", []):
            assert key in value, f"{where}.{key} required by the schema but not written"
        for key, item in value.items():
            assert key in props, f"{where}.{key} written but not in the schema"
            _check(schema, props[key], item, f"{where}.{key}")
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            _check(schema, node["items"], item, f"{where}[{i}]")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in node:
            assert value >= node["minimum"], where
        if "maximum" in node:
            assert value <= node["maximum"], where


@pytest.mark.parametrize(
    "make", [lambda: read_session(SAMPLE), odd_session, lambda: default_template().new_session()]
)
def test_export_agrees_with_the_published_schema(make):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = json.loads(session_to_json(make()))
    _check(schema, schema, data, "$")


def test_export_validates_with_jsonschema_when_installed(sample: Session):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for session in (sample, odd_session()):
        jsonschema.Draft202012Validator(schema).validate(json.loads(session_to_json(session)))


def test_written_json_gets_normal_permissions(sample: Session, tmp_path: Path):
    # The temporary file is created owner-only; the export must not stay so.
    mask = os.umask(0)
    os.umask(mask)
    dest = tmp_path / "new.json"
    write_session_json(sample, dest)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o666 & ~mask
    dest.chmod(0o640)
    write_session_json(sample, dest)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o640

"""The JSON interchange format: a complete, readable export of a session.

The session file (SQLite) is the app's document; this JSON is for everything
outside the app: spreadsheets, scripts, archives, another tool. It carries
the session itself (info, teams, dimensions, rounds, steps, placements,
actions) plus the figures the app computed from it (``statistics`` and
``gaps``), so a reader does not have to reimplement the method's formulas.

``session_from_dict`` rebuilds a Session from the session part only; the
computed parts are ignored on import, because they follow from the
placements. Every value is checked before it reaches the model, and a bad
one raises :class:`InterchangeError` naming where it is (``teams[2].name``).

The format is documented in ``docs/json-format.md`` and described by the
JSON Schema in ``docs/session.schema.json``. No Qt here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

from .. import __version__
from ..analysis.stats import DimensionStats, session_summary
from ..model.session import (
    POSITION_MAX,
    POSITION_MIN,
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
)
from .atomic import write_bytes
from .sessionfile import INFO_KEYS, SessionFileError

JSON_FORMAT = "collabworkshop-session"
#: Version of the JSON layout; independent of the SQLite schema version.
JSON_SCHEMA_VERSION = 1

RecordT = TypeVar("RecordT")


class InterchangeError(ValueError):
    """JSON that cannot become a session; ``str()`` is a message for the user."""


# -- export ------------------------------------------------------------------------


def session_to_dict(session: Session) -> dict[str, Any]:
    """The whole session, plus its statistics and gaps, as plain JSON types."""
    summary = session_summary(session)
    placements = [
        {"round": r.id, "dimension": d.id, "team": t.id, "position": pos}
        for r in session.rounds
        for d in session.dimensions
        for t in session.teams
        if (pos := session.placements.get((r.id, d.id, t.id))) is not None
    ]
    statistics = [
        {"round": r.id, "dimension": d.id, **_stats_dict(summary.stats[(r.id, d.id)])}
        for r in session.rounds
        for d in session.dimensions
    ]
    gaps = [
        {
            "dimension": dim_id,
            "today_median": g.today.median,
            "needed_median": g.needed.median,
            "gap": g.gap,
            "class": None if g.gap_class is None else g.gap_class.value,
        }
        for dim_id, g in summary.gaps.items()
    ]
    return {
        "format": JSON_FORMAT,
        "schema_version": JSON_SCHEMA_VERSION,
        "app_version": __version__,
        "info": {key: getattr(session.info, key) for key in INFO_KEYS},
        "current_step": session.current_step,
        "teams": [
            {"id": t.id, "name": t.name, "organisation": t.organisation, "colour": t.colour}
            for t in session.teams
        ],
        "dimensions": [
            {"id": d.id, "name": d.name, "low_label": d.low_label, "high_label": d.high_label}
            for d in session.dimensions
        ],
        "rounds": [{"id": r.id, "name": r.name} for r in session.rounds],
        "steps": [
            {
                "id": s.id,
                "title": s.title,
                "kind": s.kind.value,
                "prompt": s.prompt,
                "round": s.round_id,
                "compare_round": s.compare_round_id,
            }
            for s in session.steps
        ],
        "placements": placements,
        "actions": [
            {
                "id": a.id,
                "title": a.title,
                "lever": a.lever.value,
                "why": a.why,
                "owner": a.owner,
                "due": a.due,
                "success_measure": a.success_measure,
                "status": a.status.value,
                "dimension": a.dimension_id,
                "priority": a.priority,
                "impact": a.impact,
                "effort": a.effort,
            }
            for a in session.actions
        ],
        "statistics": statistics,
        "gaps": gaps,
    }


def _stats_dict(s: DimensionStats) -> dict[str, Any]:
    return {
        "n": s.n,
        "mean": s.mean,
        "median": s.median,
        "sd": s.sd,
        "q1": s.q1,
        "q3": s.q3,
        "iqr": s.iqr,
        "min": s.minimum,
        "max": s.maximum,
        "rwg": s.rwg,
        "consensus": s.consensus,
        "band": None if s.band is None else s.band.value,
    }


def session_to_json(session: Session) -> str:
    """``session_to_dict`` as indented UTF-8 JSON text, ending in a newline."""
    # allow_nan=False: the statistics are None when undefined, never NaN, and
    # NaN is not valid JSON; fail loudly rather than write a file others reject.
    return json.dumps(session_to_dict(session), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_session_json(session: Session, dest: Path) -> None:
    """Write the JSON export to ``dest`` atomically; raises SessionFileError
    with a message for the user when the destination cannot be written."""
    data = session_to_json(session).encode("utf-8")
    try:
        write_bytes(Path(dest), data)
    except OSError as exc:
        raise SessionFileError(str(exc)) from exc


# -- import ------------------------------------------------------------------------


def session_from_json(text: str | bytes) -> Session:
    """Parse JSON text and rebuild the session (see ``session_from_dict``)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InterchangeError(f"not valid JSON ({exc})") from exc
    return session_from_dict(data)


def session_from_dict(data: Any) -> Session:
    """Rebuild a Session from ``session_to_dict`` output.

    ``statistics``, ``gaps`` and ``app_version`` are ignored: they are derived
    or informative. ``placements``, ``actions``, ``current_step`` and the
    optional fields of each record may be left out. Everything present is
    checked, including that references (a placement's team, a step's round)
    point at something that exists.
    """
    obj = _object(data, "the document")
    if obj.get("format") != JSON_FORMAT:
        raise InterchangeError(f"not a CollabWorkshop session export (format is not {JSON_FORMAT!r})")
    version = obj.get("schema_version")
    if not _is_int(version):
        raise InterchangeError("schema_version: missing or not a whole number")
    if version > JSON_SCHEMA_VERSION:
        raise InterchangeError(
            f"made by a newer CollabWorkshop (JSON format {version}; "
            f"this version reads up to {JSON_SCHEMA_VERSION}). Please update the app."
        )
    if version < 1:
        raise InterchangeError(f"schema_version: {version} is not a valid version")

    info_obj = _object(obj.get("info", {}), "info")
    info = SessionInfo(**{key: _text(info_obj, key, "info", default="") for key in INFO_KEYS})

    teams = _records(obj, "teams", _team, required=False)
    dimensions = _records(obj, "dimensions", _dimension)
    rounds = _records(obj, "rounds", _round)
    for name, records in (("teams", teams), ("dimensions", dimensions), ("rounds", rounds)):
        _unique_ids(name, [r.id for r in records])
    round_ids = {r.id for r in rounds}
    dim_ids = {d.id for d in dimensions}
    team_ids = {t.id for t in teams}

    steps = _records(obj, "steps", lambda o, w: _step(o, w, round_ids))
    _unique_ids("steps", [s.id for s in steps])
    if not dimensions or not rounds or not steps:
        raise InterchangeError("a session needs at least one dimension, round and step")

    placements: dict[tuple[str, str, str], float] = {}
    for i, item in enumerate(_list(obj, "placements", required=False)):
        where = f"placements[{i}]"
        p = _object(item, where)
        key = (
            _ref(p, "round", where, round_ids, "round"),
            _ref(p, "dimension", where, dim_ids, "dimension"),
            _ref(p, "team", where, team_ids, "team"),
        )
        position = _number(p, "position", where)
        if not POSITION_MIN <= position <= POSITION_MAX:
            raise InterchangeError(f"{where}.position: {position} is outside 0..100")
        if key in placements:
            raise InterchangeError(f"{where}: a second placement for the same round, dimension and team")
        placements[key] = float(position)

    actions = _records(obj, "actions", lambda o, w: _action(o, w, dim_ids), required=False)
    _unique_ids("actions", [a.id for a in actions])

    current = obj.get("current_step", 0)
    if not _is_int(current):
        raise InterchangeError("current_step: not a whole number")
    current = max(0, min(current, len(steps) - 1))
    return Session(info, teams, dimensions, rounds, steps, placements, actions, current)


_DEFAULT_TEAM = Team(id="", name="")


def _team(o: dict[str, Any], where: str) -> Team:
    return Team(
        id=_id(o, where),
        name=_text(o, "name", where),
        organisation=_text(o, "organisation", where, default=""),
        colour=_text(o, "colour", where, default=_DEFAULT_TEAM.colour),
    )


def _dimension(o: dict[str, Any], where: str) -> Dimension:
    return Dimension(
        id=_id(o, where),
        name=_text(o, "name", where),
        low_label=_text(o, "low_label", where, default=""),
        high_label=_text(o, "high_label", where, default=""),
    )


def _round(o: dict[str, Any], where: str) -> Round:
    return Round(id=_id(o, where), name=_text(o, "name", where))


def _step(o: dict[str, Any], where: str, round_ids: set[str]) -> Step:
    return Step(
        id=_id(o, where),
        title=_text(o, "title", where),
        kind=_enum(o, "kind", where, StepKind),
        prompt=_text(o, "prompt", where, default=""),
        round_id=_ref(o, "round", where, round_ids, "round", optional=True),
        compare_round_id=_ref(o, "compare_round", where, round_ids, "round", optional=True),
    )


def _action(o: dict[str, Any], where: str, dim_ids: set[str]) -> ActionItem:
    priority = _number(o, "priority", where, default=0.0)
    return ActionItem(
        id=_id(o, where),
        title=_text(o, "title", where),
        lever=_enum(o, "lever", where, Lever),
        why=_text(o, "why", where, default=""),
        owner=_text(o, "owner", where, default=""),
        due=_text(o, "due", where, default=""),
        success_measure=_text(o, "success_measure", where, default=""),
        status=_enum(o, "status", where, ActionStatus, default=ActionStatus.NOT_STARTED),
        dimension_id=_ref(o, "dimension", where, dim_ids, "dimension", optional=True),
        priority=float(priority),
        impact=_text(o, "impact", where, default=""),
        effort=_text(o, "effort", where, default=""),
    )


# -- checking helpers ----------------------------------------------------------------

_MISSING = object()


def _describe_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _is_int(value: Any) -> TypeGuard[int]:
    # bool is an int in Python but true/false is not a count in JSON.
    return isinstance(value, int) and not isinstance(value, bool)


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InterchangeError(f"{where}: expected an object, got {_describe_type(value)}")
    return value


def _list(obj: dict[str, Any], key: str, *, required: bool = True) -> list[Any]:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        if required:
            raise InterchangeError(f"{key}: missing")
        return []
    if not isinstance(value, list):
        raise InterchangeError(f"{key}: expected a list, got {_describe_type(value)}")
    return value


def _records(
    obj: dict[str, Any],
    key: str,
    build: Callable[[dict[str, Any], str], RecordT],
    *,
    required: bool = True,
) -> list[RecordT]:
    out = []
    for i, item in enumerate(_list(obj, key, required=required)):
        where = f"{key}[{i}]"
        out.append(build(_object(item, where), where))
    return out


def _text(obj: dict[str, Any], key: str, where: str, *, default: Any = _MISSING) -> str:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise InterchangeError(f"{where}.{key}: missing")
        return str(default)
    if not isinstance(value, str):
        raise InterchangeError(f"{where}.{key}: expected text, got {_describe_type(value)}")
    return value


def _id(obj: dict[str, Any], where: str) -> str:
    value = _text(obj, "id", where)
    if not value.strip():
        raise InterchangeError(f"{where}.id: must not be empty")
    return value


def _unique_ids(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        if value in seen:
            raise InterchangeError(f"{kind}[{i}].id: {value!r} is used twice")
        seen.add(value)


def _ref(
    obj: dict[str, Any], key: str, where: str, known: set[str], what: str, *, optional: bool = False
) -> str:
    value = _text(obj, key, where, default="" if optional else _MISSING)
    if optional and value == "":
        return value
    if value not in known:
        raise InterchangeError(f"{where}.{key}: no {what} with id {value!r}")
    return value


def _number(obj: dict[str, Any], key: str, where: str, *, default: Any = _MISSING) -> float:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise InterchangeError(f"{where}.{key}: missing")
        return float(default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InterchangeError(f"{where}.{key}: expected a number, got {_describe_type(value)}")
    try:
        number = float(value)  # an enormous JSON integer overflows here
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise InterchangeError(f"{where}.{key}: not a finite number")
    return number


def _enum(obj: dict[str, Any], key: str, where: str, kind: type[Any], *, default: Any = _MISSING) -> Any:
    value = obj.get(key, _MISSING)
    if value is _MISSING and default is not _MISSING:
        return default
    text = _text(obj, key, where)
    try:
        return kind(text)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise InterchangeError(f"{where}.{key}: {text!r} is not one of {allowed}") from None

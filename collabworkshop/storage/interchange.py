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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .. import __version__
from ..analysis.stats import DimensionStats, session_summary, shown_gap, shown_rwg
from ..common.i18n import QT_TRANSLATE_NOOP, context
from ..model.limits import LIMITS, MAX_LONG_TEXT, limit_of, too_many
from ..model.session import (
    POSITION_MAX,
    POSITION_MIN,
    ActionItem,
    ActionStatus,
    Dimension,
    GapPlacement,
    Lever,
    Note,
    NoteKind,
    Participant,
    PlacementMode,
    Round,
    Session,
    SessionInfo,
    SessionSettings,
    Step,
    StepKind,
    Team,
    lone_surrogate,
)
from ..model.validate import finite, first_repeat, is_number, is_whole, json_type, member
from .atomic import write_bytes
from .sessionfile import INFO_KEYS, SessionFileError

tr = context("Interchange")

JSON_FORMAT = "collabworkshop-session"
#: Version of the JSON layout; independent of the SQLite schema version.
JSON_SCHEMA_VERSION = 2

RecordT = TypeVar("RecordT")


class InterchangeError(ValueError):
    """JSON that cannot become a session; ``str()`` is a message for the user."""


# -- export ------------------------------------------------------------------------


def session_to_dict(session: Session) -> dict[str, Any]:
    """The whole session, plus its statistics and gaps, as plain JSON types."""
    summary = session_summary(session)
    placements: list[dict[str, Any]] = [
        {"round": r.id, "dimension": d.id, "team": t.id, "position": pos}
        for r in session.rounds
        for d in session.dimensions
        for t in session.teams
        if (pos := session.placements.get((r.id, d.id, t.id))) is not None
    ]
    placements += [
        {"round": r.id, "dimension": d.id, "team": p.team_id, "participant": p.id, "position": pos}
        for r in session.rounds
        for d in session.dimensions
        for p in session.participants
        if (pos := session.placements.get((r.id, d.id, p.id))) is not None
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
            # The class is decided on the gap rounded as shown (one decimal).
            "gap_shown": shown_gap(g.gap),
            "class": None if g.gap_class is None else g.gap_class.value,
            # The rounds compared: Today's and Needed's latest placement by default.
            "today_round": summary.gap_rounds.today if summary.gap_rounds else None,
            "needed_round": summary.gap_rounds.needed if summary.gap_rounds else None,
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
        "participants": [{"id": p.id, "team": p.team_id, "name": p.name} for p in session.participants],
        "settings": {
            "placement_mode": session.settings.placement_mode.value,
            "vote_dots": session.settings.vote_dots,
            "gap_placement": session.settings.gap_placement.value,
        },
        "rounds": [
            {"id": r.id, "name": r.name, "hidden": r.hidden, "follows": r.follows, "baseline": r.baseline}
            for r in session.rounds
        ],
        "steps": [
            {
                "id": s.id,
                "title": s.title,
                "kind": s.kind.value,
                "prompt": s.prompt,
                "round": s.round_id,
                "compare_round": s.compare_round_id,
                "script": s.script,
                "timebox": s.timebox,
                "actual": s.actual,
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
                "supporting": list(a.supporting),
                "accepted": a.accepted,
            }
            for a in session.actions
        ],
        "votes": [{"team": t, "lever": lever, "dots": dots} for (t, lever), dots in session.votes.items()],
        "notes": [
            {"id": n.id, "kind": n.kind.value, "text": n.text, "step": n.step_id, "dimension": n.dimension_id}
            for n in session.notes
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
        "rwg_shown": shown_rwg(s.rwg),  # the band is decided on this (two decimals)
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
    if isinstance(text, str) and text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark some editors put first; bytes are decoded (BOM included) by json
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise InterchangeError(tr("not usable JSON (nested too deeply)")) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InterchangeError(tr("not valid JSON ({0})").format(exc)) from exc
    except ValueError as exc:  # an integer with thousands of digits
        raise InterchangeError(tr("not usable JSON (a number has too many digits)")) from exc
    try:
        return session_from_dict(data)
    except RecursionError as exc:
        raise InterchangeError(tr("not usable JSON (nested too deeply)")) from exc


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
        raise InterchangeError(tr("not a CollabWorkshop session export (format is not {0!r})").format(JSON_FORMAT))
    version = obj.get("schema_version")
    if not is_whole(version):
        raise InterchangeError(tr("schema_version: missing or not a whole number"))
    if version > JSON_SCHEMA_VERSION:
        raise InterchangeError(
            tr(
                "made by a newer CollabWorkshop (JSON format {0}; this version reads up to {1}). Please update the app."
            ).format(version, JSON_SCHEMA_VERSION)
        )
    if version < 1:
        raise InterchangeError(tr("schema_version: {0} is not a valid version").format(version))

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
    for i, r in enumerate(rounds):
        if r.follows and r.follows not in round_ids:
            raise InterchangeError(tr("rounds[{0}].follows: no round with id {1!r}").format(i, r.follows))
    participants = _records(obj, "participants", lambda o, w: _participant(o, w, team_ids), required=False)
    _unique_ids("participants", [p.id for p in participants])
    people = {p.id: p.team_id for p in participants}
    clash = team_ids & set(people)
    if clash:
        raise InterchangeError(tr("participants: id {0!r} is also a team id").format(sorted(clash)[0]))

    settings_obj = _object(obj.get("settings", {}), "settings")
    vote_dots = settings_obj.get("vote_dots", 3)
    if not is_whole(vote_dots) or not 1 <= vote_dots <= 20:
        raise InterchangeError(tr("settings.vote_dots: expected a whole number from 1 to 20"))
    settings = SessionSettings(
        _enum(settings_obj, "placement_mode", "settings", PlacementMode, default=PlacementMode.TEAM),
        vote_dots,
        _enum(settings_obj, "gap_placement", "settings", GapPlacement, default=GapPlacement.LATEST),
    )

    steps = _records(obj, "steps", lambda o, w: _step(o, w, round_ids))
    _unique_ids("steps", [s.id for s in steps])
    if not dimensions or not rounds or not steps:
        raise InterchangeError(tr("a session needs at least one dimension, round and step"))

    placements: dict[tuple[str, str, str], float] = {}
    for i, item in enumerate(_list(obj, "placements", required=False)):
        where = f"placements[{i}]"
        p = _object(item, where)
        team = _ref(p, "team", where, team_ids, "team")
        placer = team
        if "participant" in p:
            placer = _ref(p, "participant", where, set(people), "participant")
            if people[placer] != team:
                raise InterchangeError(tr("{0}.participant: {1!r} is not in team {2!r}").format(where, placer, team))
        key = (
            _ref(p, "round", where, round_ids, "round"),
            _ref(p, "dimension", where, dim_ids, "dimension"),
            placer,
        )
        position = _number(p, "position", where)
        if not POSITION_MIN <= position <= POSITION_MAX:
            raise InterchangeError(tr("{0}.position: {1} is outside 0..100").format(where, position))
        if key in placements:
            raise InterchangeError(tr("{0}: a second placement for the same round, dimension and team").format(where))
        placements[key] = float(position)

    actions = _records(obj, "actions", lambda o, w: _action(o, w, dim_ids, team_ids), required=False)
    _unique_ids("actions", [a.id for a in actions])

    votes: dict[tuple[str, str], int] = {}
    for i, item in enumerate(_list(obj, "votes", required=False)):
        where = f"votes[{i}]"
        v = _object(item, where)
        key2 = (_ref(v, "team", where, team_ids, "team"), _enum(v, "lever", where, Lever).value)
        dots = v.get("dots")
        if not is_whole(dots) or not 1 <= dots <= 1000:
            raise InterchangeError(tr("{0}.dots: expected a whole number from 1 to 1000").format(where))
        if key2 in votes:
            raise InterchangeError(tr("{0}: a second vote for the same team and lever").format(where))
        votes[key2] = dots

    step_ids = {s.id for s in steps}
    notes = _records(obj, "notes", lambda o, w: _note(o, w, step_ids, dim_ids), required=False)
    _unique_ids("notes", [n.id for n in notes])

    current = obj.get("current_step", 0)
    if not is_whole(current):
        raise InterchangeError(tr("current_step: not a whole number"))
    current = max(0, min(current, len(steps) - 1))
    return Session(
        info, teams, dimensions, rounds, steps, placements, actions, current, participants, settings, votes, notes
    )


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
    return Round(
        id=_id(o, where),
        name=_text(o, "name", where),
        hidden=_bool(o, "hidden", where),
        follows=_text(o, "follows", where, default=""),
        baseline=_bool(o, "baseline", where),
    )


def _participant(o: dict[str, Any], where: str, team_ids: set[str]) -> Participant:
    return Participant(id=_id(o, where), team_id=_ref(o, "team", where, team_ids, "team"), name=_text(o, "name", where))


def _note(o: dict[str, Any], where: str, step_ids: set[str], dim_ids: set[str]) -> Note:
    return Note(
        id=_id(o, where),
        kind=_enum(o, "kind", where, NoteKind),
        text=_text(o, "text", where),
        step_id=_ref(o, "step", where, step_ids, "step", optional=True),
        dimension_id=_ref(o, "dimension", where, dim_ids, "dimension", optional=True),
    )


def _step(o: dict[str, Any], where: str, round_ids: set[str]) -> Step:
    return Step(
        id=_id(o, where),
        title=_text(o, "title", where),
        kind=_enum(o, "kind", where, StepKind),
        prompt=_text(o, "prompt", where, default=""),
        round_id=_ref(o, "round", where, round_ids, "round", optional=True),
        compare_round_id=_ref(o, "compare_round", where, round_ids, "round", optional=True),
        script=_text(o, "script", where, default=""),
        timebox=_count(o, "timebox", where),
        actual=_count(o, "actual", where),
    )


def _action(o: dict[str, Any], where: str, dim_ids: set[str], team_ids: set[str]) -> ActionItem:
    priority = _number(o, "priority", where, default=0.0)
    supporting = o.get("supporting", [])
    if not isinstance(supporting, list) or not all(isinstance(x, str) for x in supporting):
        raise InterchangeError(tr("{0}.supporting: expected a list of team ids").format(where))
    for x in supporting:
        if x not in team_ids:
            raise InterchangeError(tr("{0}.supporting: no team with id {1!r}").format(where, x))
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
        supporting=tuple(dict.fromkeys(supporting)),
        accepted=_bool(o, "accepted", where, default=True),
    )


# -- checking helpers ----------------------------------------------------------------

_MISSING = object()


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InterchangeError(tr("{0}: expected an object, got {1}").format(where, json_type(value)))
    return value


def _list(obj: dict[str, Any], key: str, *, required: bool = True) -> list[Any]:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        if required:
            raise InterchangeError(tr("{0}: missing").format(key))
        return []
    if not isinstance(value, list):
        raise InterchangeError(tr("{0}: expected a list, got {1}").format(key, json_type(value)))
    if key in LIMITED_PARTS and len(value) > limit_of(key):
        # Refused before any record is built: a session this large would
        # make every page and report crawl (model/limits.py).
        raise InterchangeError(too_many(key, len(value)))
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
            raise InterchangeError(tr("{0}.{1}: missing").format(where, key))
        return str(default)
    if not isinstance(value, str):
        raise InterchangeError(tr("{0}.{1}: expected text, got {2}").format(where, key, json_type(value)))
    if len(value) > MAX_IMPORT_TEXT:
        raise InterchangeError(tr(
            "{0}.{1}: text too long ({2} characters; at most {3})"
        ).format(where, key, len(value), MAX_IMPORT_TEXT))
    bad = lone_surrogate(value)
    if bad is not None:
        # JSON can spell it (\ud800), but no file can hold it.
        raise InterchangeError(
            tr(
                "{0}.{1}: not valid text (character {2} is a lone surrogate, \\u{3:04x})"
            ).format(where, key, bad + 1, ord(value[bad]))
        )
    return value


#: No text the app writes comes near this; a longer one is not a real export.
MAX_IMPORT_TEXT = MAX_LONG_TEXT
#: The lists that hold one limited part of the session each.
LIMITED_PARTS = frozenset(limit.part for limit in LIMITS)


def _id(obj: dict[str, Any], where: str) -> str:
    value = _text(obj, "id", where)
    if not value.strip():
        raise InterchangeError(tr("{0}.id: must not be empty").format(where))
    return value


def _unique_ids(kind: str, ids: list[str]) -> None:
    repeat = first_repeat(ids)
    if repeat is not None:
        i, value = repeat
        raise InterchangeError(tr("{0}[{1}].id: {2!r} is used twice").format(kind, i, value))


#: The things a reference names, as the message calls them (``_ref``'s ``what``).
_REFERENCED = (
    QT_TRANSLATE_NOOP("Interchange", "team"),
    QT_TRANSLATE_NOOP("Interchange", "participant"),
    QT_TRANSLATE_NOOP("Interchange", "round"),
    QT_TRANSLATE_NOOP("Interchange", "dimension"),
    QT_TRANSLATE_NOOP("Interchange", "step"),
)


def _ref(
    obj: dict[str, Any], key: str, where: str, known: set[str], what: str, *, optional: bool = False
) -> str:
    value = _text(obj, key, where, default="" if optional else _MISSING)
    if optional and value == "":
        return value
    if value not in known:
        thing = tr(what)  # i18n: looked up (one of _REFERENCED)
        raise InterchangeError(tr("{0}.{1}: no {2} with id {3!r}").format(where, key, thing, value))
    return value


def _number(obj: dict[str, Any], key: str, where: str, *, default: Any = _MISSING) -> float:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise InterchangeError(tr("{0}.{1}: missing").format(where, key))
        return float(default)
    if not is_number(value):
        raise InterchangeError(tr("{0}.{1}: expected a number, got {2}").format(where, key, json_type(value)))
    number = finite(value)
    if number is None:
        raise InterchangeError(tr("{0}.{1}: not a finite number").format(where, key))
    return number


def _bool(obj: dict[str, Any], key: str, where: str, *, default: bool = False) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise InterchangeError(tr("{0}.{1}: expected true or false, got {2}").format(where, key, json_type(value)))
    return value


def _count(obj: dict[str, Any], key: str, where: str) -> int:
    """A number of seconds: a whole number, 0 up to a week."""
    value = obj.get(key, 0)
    if not is_whole(value) or not 0 <= value <= 7 * 24 * 3600:
        raise InterchangeError(tr("{0}.{1}: expected whole seconds from 0 to a week").format(where, key))
    return value


def _enum(obj: dict[str, Any], key: str, where: str, kind: type[Any], *, default: Any = _MISSING) -> Any:
    value = obj.get(key, _MISSING)
    if value is _MISSING and default is not _MISSING:
        return default
    text = _text(obj, key, where)
    found = member(kind, text)
    if found is None:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise InterchangeError(tr("{0}.{1}: {2!r} is not one of {3}").format(where, key, text, allowed))
    return found

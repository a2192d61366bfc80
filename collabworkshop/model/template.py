"""Workshop templates: the dimensions, rounds and steps a session starts
with, kept as JSON data in ``resources/templates`` so a facilitator can edit
them without touching Python."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..common.i18n import QT_TRANSLATE_NOOP, context, localise_json
from .limits import BY_PART, limit_of, too_many
from .session import Dimension, Round, Session, SessionInfo, Step, StepKind, lone_surrogate
from .validate import first_repeat, is_number, is_whole, json_type, member

tr = context("Templates")


class TemplateError(ValueError):
    """A template file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class Zone:
    start: float
    end: float
    label: str


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    dimensions: tuple[Dimension, ...]
    rounds: tuple[Round, ...]
    steps: tuple[Step, ...]
    zones: tuple[Zone, ...]
    #: The frame step's table: column titles, then rows of (aspect, left, right).
    contrast_columns: tuple[str, ...] = ()
    contrast_rows: tuple[tuple[str, ...], ...] = ()

    def new_session(self, info: SessionInfo | None = None) -> Session:
        return Session(
            info=info or SessionInfo(),
            dimensions=list(self.dimensions),
            rounds=list(self.rounds),
            steps=list(self.steps),
        )


def resource_path(*parts: str) -> Path:
    """Path of a shipped data file (works from a checkout and from a wheel)."""
    base = resources.files("collabworkshop.resources")
    return Path(str(base.joinpath(*parts)))


#: The template format this version reads and writes.
TEMPLATE_FORMAT = "collabworkshop-template"
TEMPLATE_VERSION = 1
#: Longest timebox a step may have, in minutes (a working day).
MAX_TIMEBOX_MINUTES = 480
#: Step kinds that work on a round of placements and so must name one.
ROUND_KINDS = (StepKind.PLACE, StepKind.DISCUSS)
#: A template is a few kilobytes; more is the wrong file (or /dev/zero's kin).
MAX_TEMPLATE_BYTES = 1024 * 1024


def default_template() -> Template:
    """The built-in agenda, its words read through the catalogue (context
    DefaultTemplate), so a session made under German starts in German."""
    return load_template(resource_path("templates", "default.json"), localise=DEFAULT_TEMPLATE_CONTEXT)


#: The catalogue context of the built-in template's words.
DEFAULT_TEMPLATE_CONTEXT = "DefaultTemplate"


def load_template(path: Path, localise: str = "") -> Template:
    """Read and validate a template file. Every problem raises TemplateError
    with a message naming the file, the place in it and what is wrong."""
    # Templates are user files: read through the one reader that refuses a
    # named pipe or a device instead of waiting on it (imported here, as the
    # model otherwise needs nothing from storage).
    from ..common.userfiles import NotRegularFileError, read_regular

    path = Path(path)
    try:
        raw = read_regular(path, MAX_TEMPLATE_BYTES)
    except NotRegularFileError as exc:
        raise TemplateError(tr("cannot read template {0}: it {1}, not a file").format(path, exc.kind)) from exc
    except OSError as exc:
        raise TemplateError(tr("cannot read template {0}: {1}").format(path, exc.strerror or exc)) from exc
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateError(tr("cannot read template {0}: too large for a template (over 1 MB)").format(path))
    if not raw.strip():
        raise TemplateError(tr("cannot read template {0}: the file is empty").format(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(
            tr(
                "cannot read template {0}: not UTF-8 text (byte {1} is 0x{2:02x})"
            ).format(path, exc.start, raw[exc.start])
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            tr(
                "cannot read template {0}: not valid JSON: {1} at line {2}, column {3}"
            ).format(path, exc.msg, exc.lineno, exc.colno)
        ) from exc
    if localise:
        data = localise_json(data, localise)
    return parse_template(data, source=str(path))


def _minutes(step: dict[str, Any], where: str) -> int:
    """A step's timebox in seconds, from ``timebox_minutes`` (0 to 8 hours)."""
    value = step.get("timebox_minutes", 0)
    if not is_number(value) or not 0 <= value <= MAX_TIMEBOX_MINUTES:
        raise TemplateError(
            tr(
                "{0}: 'timebox_minutes' must be a number from 0 to {1}, not {2!r}"
            ).format(where, MAX_TIMEBOX_MINUTES, value)
        )
    return int(round(value * 60))


def parse_template(data: Any, source: str = "template") -> Template:
    """Validate parsed JSON as a template. ``source`` (usually the file name)
    starts every error message; the rest names the place and the problem."""

    def fail(where: str, problem: str) -> TemplateError:
        return TemplateError(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")

    def need(obj: Any, key: str, where: str, kind: type = str) -> Any:
        if not isinstance(obj, dict):
            raise fail(where, tr("must be an object, not {0}").format(json_type(obj)))
        if key not in obj:
            raise fail(where, tr("'{0}' missing").format(key))
        if not isinstance(obj[key], kind):
            raise fail(where, tr(
                "'{0}' missing or not a {1}"
            ).format(key, tr(_KIND_NAMES.get(kind, kind.__name__))))  # i18n: looked up
        if kind is str and not obj[key].strip():
            raise fail(where, tr("'{0}' is empty").format(key))
        if kind is str:
            storable(obj[key], key, where)
        return obj[key]

    def optional(obj: dict[str, Any], key: str, where: str) -> str:
        value = obj.get(key, "")
        if not isinstance(value, str):
            raise fail(where, tr("'{0}' is not a str (text)").format(key))
        return storable(value, key, where)

    def storable(value: str, key: str, where: str) -> str:
        bad = lone_surrogate(value)
        if bad is not None:  # JSON can spell it (\ud800); no session file can hold it
            raise fail(where, tr(
                "'{0}' is not valid text (character {1} is a lone surrogate, \\u{2:04x})"
            ).format(key, bad + 1, ord(value[bad])))
        return value

    def unique(kind: str, ids: list[str]) -> None:
        repeat = first_repeat(ids)
        if repeat is not None:
            index, item_id = repeat
            raise fail(f"{kind}s[{index}]", tr("duplicate {0} id {1!r}").format(kind, item_id))

    if not isinstance(data, dict) or "format" not in data:
        raise fail("", tr("not a CollabWorkshop template (no 'format': 'collabworkshop-template')"))
    if data.get("format") != TEMPLATE_FORMAT:
        raise fail("format", tr("not a CollabWorkshop template (format is {0!r})").format(data.get('format')))
    version = data.get("version", TEMPLATE_VERSION)
    if not is_whole(version) or version < 1:
        raise fail("version", tr("must be a whole number from 1, not {0!r}").format(version))
    if version > TEMPLATE_VERSION:
        raise fail(
            "version",
            tr(
                "made by a newer CollabWorkshop (template version {0}; this one reads up to {1}). Update "
                "CollabWorkshop to use it"
            ).format(version, TEMPLATE_VERSION),
        )
    template_id = need(data, "id", "")
    title = need(data, "title", "")

    def items(key: str) -> list[Any]:
        value = need(data, key, "", list)
        if not value:
            raise fail(key, tr("needs at least one {0}").format(key[:-1]))
        if key in BY_PART and len(value) > limit_of(key):
            raise fail(key, too_many(key, len(value)))
        return value

    dims = tuple(
        Dimension(
            need(d, "id", f"dimensions[{i}]"),
            need(d, "name", f"dimensions[{i}]"),
            need(d, "low_label", f"dimensions[{i}]"),
            need(d, "high_label", f"dimensions[{i}]"),
        )
        for i, d in enumerate(items("dimensions"))
    )
    rounds = tuple(
        Round(need(r, "id", f"rounds[{i}]"), need(r, "name", f"rounds[{i}]")) for i, r in enumerate(items("rounds"))
    )
    round_ids = {r.id for r in rounds}
    steps = []
    for i, s in enumerate(items("steps")):
        where = f"steps[{i}]"
        if isinstance(s, dict) and isinstance(s.get("id"), str):
            where = f"steps[{i}] ({s['id']!r})"
        kind_name = need(s, "kind", where)
        kind = member(StepKind, kind_name)
        if kind is None:
            kinds = ", ".join(k.value for k in StepKind)
            raise fail(where, tr("unknown step kind {0!r} (one of: {1})").format(kind_name, kinds))
        step = Step(
            id=need(s, "id", where),
            title=need(s, "title", where),
            kind=kind,
            prompt=optional(s, "prompt", where),
            round_id=optional(s, "round", where),
            compare_round_id=optional(s, "compare_round", where),
            script=optional(s, "script", where),
            timebox=_minutes(s, f"{source}: {where}"),
        )
        for key, rid in (("round", step.round_id), ("compare_round", step.compare_round_id)):
            if rid and rid not in round_ids:
                known = ", ".join(repr(r) for r in sorted(round_ids))
                raise fail(where, tr(
                    "step {0!r} names unknown round {1!r} in '{2}' (rounds: {3})"
                ).format(step.id, rid, key, known))
        if kind in ROUND_KINDS and not step.round_id:
            raise fail(where, tr("a {0} step needs a 'round'").format(kind.value))
        steps.append(step)
    zones_data = data.get("zones", [])
    if not isinstance(zones_data, list):
        raise fail("zones", tr("malformed zone list: must be a list, not {0}").format(json_type(zones_data)))
    zones = []
    for i, z in enumerate(zones_data):
        try:
            zone = Zone(float(z["from"]), float(z["to"]), str(z["label"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise fail(f"zones[{i}]", tr(
                "malformed zone: needs numbers 'from', 'to' and a 'label' ({0!r})"
            ).format(exc)) from exc
        if not 0 <= zone.start < zone.end <= 100:
            raise fail(f"zones[{i}]", tr("malformed zone: needs 0 <= 'from' < 'to' <= 100"))
        storable(zone.label, "label", f"zones[{i}]")
        zones.append(zone)
    # Ids are primary keys in the session file: a duplicate could not be saved.
    unique("dimension", [d.id for d in dims])
    unique("round", [r.id for r in rounds])
    unique("step", [st.id for st in steps])
    contrast = data.get("contrast", {"columns": [], "rows": []})
    try:
        columns = tuple(_text(c) for c in contrast["columns"])
        rows = tuple(tuple(_text(cell) for cell in row) for row in contrast["rows"])
    except (KeyError, TypeError) as exc:
        raise fail("contrast", tr(
            "malformed contrast table: needs 'columns' and 'rows' lists of text ({0!r})"
        ).format(exc)) from exc
    for i, row in enumerate(rows):
        if len(row) != len(columns) + 1:
            raise fail(f"contrast.rows[{i}]", tr("each contrast row needs an aspect and one cell per column"))
    return Template(template_id, title, dims, rounds, tuple(steps), tuple(zones), columns, rows)


_KIND_NAMES: dict[type, str] = {
    str: QT_TRANSLATE_NOOP("Templates", "str (text)"),
    list: QT_TRANSLATE_NOOP("Templates", "list"),
}


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    if lone_surrogate(value) is not None:
        raise TypeError(f"{ascii(value)} is not valid text (a lone surrogate)")
    return value


def template_data(template_id: str, title: str, steps: list[Step] | tuple[Step, ...], base: Template) -> dict:
    """A template as JSON-ready data: ``steps`` (a session's agenda) with the
    dimensions, rounds, zones and contrast table of ``base``. Rounds a step
    names that ``base`` lacks are not known here: the caller passes them in
    ``base`` (see :func:`with_rounds`)."""
    out: dict[str, Any] = {
        "format": TEMPLATE_FORMAT,
        "version": TEMPLATE_VERSION,
        "id": template_id,
        "title": title,
        "dimensions": [
            {"id": d.id, "name": d.name, "low_label": d.low_label, "high_label": d.high_label}
            for d in base.dimensions
        ],
        "zones": [{"from": z.start, "to": z.end, "label": z.label} for z in base.zones],
        "contrast": {"columns": list(base.contrast_columns), "rows": [list(r) for r in base.contrast_rows]},
        "rounds": [{"id": r.id, "name": r.name} for r in base.rounds],
        "steps": [],
    }
    for step in steps:
        item: dict[str, Any] = {"id": step.id, "kind": step.kind.value, "title": step.title}
        if step.round_id:
            item["round"] = step.round_id
        if step.compare_round_id:
            item["compare_round"] = step.compare_round_id
        item["prompt"] = step.prompt
        item["script"] = step.script
        minutes = step.timebox / 60
        item["timebox_minutes"] = int(minutes) if minutes == int(minutes) else round(minutes, 2)
        out["steps"].append(item)
    return out


def with_rounds(base: Template, rounds: list[Round] | tuple[Round, ...]) -> Template:
    """``base`` with a session's rounds (a template keeps only a round's id
    and name: hidden, follows and baseline belong to a session)."""
    return replace(base, rounds=tuple(Round(r.id, r.name) for r in rounds if not r.baseline))


def template_json(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def safe_template_name(title: str) -> str:
    """A file name (without suffix) for a template called ``title``."""
    keep = "".join(ch.lower() if ch.isalnum() else "-" for ch in title.strip())
    name = "-".join(part for part in keep.split("-") if part)[:60]
    return name or "template"

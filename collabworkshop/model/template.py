"""Workshop templates: the dimensions, rounds and steps a session starts
with, kept as JSON data in ``resources/templates`` so a facilitator can edit
them without touching Python."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .session import Dimension, Round, Session, SessionInfo, Step, StepKind


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


def default_template() -> Template:
    return load_template(resource_path("templates", "default.json"))


def load_template(path: Path) -> Template:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"cannot read template {path}: {exc}") from exc
    return parse_template(data)


def _minutes(step: dict[str, Any]) -> int:
    """A step's timebox in seconds, from ``timebox_minutes`` (0 to 8 hours)."""
    value = step.get("timebox_minutes", 0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 480:
        raise TemplateError(f"template: step {step.get('id')!r}: 'timebox_minutes' must be a number from 0 to 480")
    return int(round(value * 60))


def parse_template(data: Any) -> Template:
    def need(obj: Any, key: str, kind: type = str) -> Any:
        if not isinstance(obj, dict) or not isinstance(obj.get(key), kind):
            raise TemplateError(f"template: '{key}' missing or not a {kind.__name__}")
        return obj[key]

    def optional(obj: dict[str, Any], key: str) -> str:
        value = obj.get(key, "")
        if not isinstance(value, str):
            raise TemplateError(f"template: '{key}' is not a str")
        return value

    def unique(kind: str, ids: list[str]) -> None:
        seen: set[str] = set()
        for item_id in ids:
            if item_id in seen:
                raise TemplateError(f"template: duplicate {kind} id {item_id!r}")
            seen.add(item_id)

    if not isinstance(data, dict) or data.get("format") != "collabworkshop-template":
        raise TemplateError("not a CollabWorkshop template")
    dims = tuple(
        Dimension(need(d, "id"), need(d, "name"), need(d, "low_label"), need(d, "high_label"))
        for d in need(data, "dimensions", list)
    )
    rounds = tuple(Round(need(r, "id"), need(r, "name")) for r in need(data, "rounds", list))
    round_ids = {r.id for r in rounds}
    steps = []
    for s in need(data, "steps", list):
        kind_name = need(s, "kind")  # outside the try: TemplateError is a ValueError
        try:
            kind = StepKind(kind_name)
        except ValueError as exc:
            raise TemplateError(f"template: unknown step kind {kind_name!r}") from exc
        step = Step(
            id=need(s, "id"),
            title=need(s, "title"),
            kind=kind,
            prompt=optional(s, "prompt"),
            round_id=optional(s, "round"),
            compare_round_id=optional(s, "compare_round"),
            script=optional(s, "script"),
            timebox=_minutes(s),
        )
        for rid in (step.round_id, step.compare_round_id):
            if rid and rid not in round_ids:
                raise TemplateError(f"template: step {step.id!r} names unknown round {rid!r}")
        steps.append(step)
    try:
        zones = tuple(
            Zone(float(z["from"]), float(z["to"]), str(z["label"])) for z in data.get("zones", [])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"template: malformed zone ({exc!r})") from exc
    if not dims or not rounds or not steps:
        raise TemplateError("template: needs at least one dimension, round and step")
    # Ids are primary keys in the session file: a duplicate could not be saved.
    unique("dimension", [d.id for d in dims])
    unique("round", [r.id for r in rounds])
    unique("step", [st.id for st in steps])
    contrast = data.get("contrast", {"columns": [], "rows": []})
    try:
        columns = tuple(str(c) for c in contrast["columns"])
        rows = tuple(tuple(str(cell) for cell in row) for row in contrast["rows"])
    except (KeyError, TypeError) as exc:
        raise TemplateError(f"template: malformed contrast table ({exc!r})") from exc
    if any(len(row) != len(columns) + 1 for row in rows):
        raise TemplateError("template: each contrast row needs an aspect and one cell per column")
    return Template(
        need(data, "id"), need(data, "title"), dims, rounds, tuple(steps), zones, columns, rows
    )

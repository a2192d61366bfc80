"""The phone's WebSocket messages, checked before anything acts on them.

A frame is parsed as JSON and must be an object of a known ``type`` whose
fields have the right JSON types; anything else is an
:class:`Invalid` error the server answers with an ``error`` message (it
never reaches the GUI thread and never raises out of the server). Names
become plain text here: controls, bidi overrides and line breaks become
visible characters (``common.safetext.printable``), the length is capped,
and markup stays characters (the page shows them with ``textContent``, the
window with plain-text labels)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from ..common.safetext import printable
from .limits import MAX_NAME


class Invalid(ValueError):
    """A message that cannot be acted on; ``code`` is the protocol's word."""

    def __init__(self, message: str, code: str = "invalid", seq: int | None = None):
        super().__init__(message)
        self.code = code
        self.seq = seq


@dataclass(frozen=True)
class Register:
    team: str
    name: str


@dataclass(frozen=True)
class Place:
    seq: int
    round: str
    dimension: str
    value: float


@dataclass(frozen=True)
class Vote:
    seq: int
    lever: str
    dots: int


Message = Register | Place | Vote

_ID_MAX = 64


def plain_name(text: str) -> str:
    """A typed name as the app keeps it: one line of printable text, trimmed,
    at most MAX_NAME characters."""
    cleaned = " ".join(printable(str(text)).split())
    return cleaned[:MAX_NAME].rstrip()


def _seq(data: dict) -> int:
    seq = data.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq < 2**53:
        raise Invalid("seq must be a whole number")
    return seq


def _identifier(data: dict, key: str, seq: int | None) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > _ID_MAX:
        raise Invalid(f"{key} must be an id", seq=seq)
    return value


def parse(text: str | bytes) -> Message:
    """One frame as a message, or :class:`Invalid`."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeError, RecursionError) as exc:
        raise Invalid("not JSON") from exc
    if not isinstance(data, dict):
        raise Invalid("a message is a JSON object")
    kind = data.get("type")
    if kind == "register":
        team, name = data.get("team"), data.get("name", "")
        if not isinstance(team, str) or len(team) > _ID_MAX or not isinstance(name, str):
            raise Invalid("register needs a team id and a name")
        if len(name) > 4 * MAX_NAME:
            raise Invalid("the name is too long", code="too-long")
        return Register(team, plain_name(name))
    if kind == "place":
        seq = _seq(data)
        value = data.get("value")
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise Invalid("value must be a number", seq=seq)
        if not 0 <= value <= 100:
            raise Invalid("value must be between 0 and 100", seq=seq)
        return Place(seq, _identifier(data, "round", seq), _identifier(data, "dimension", seq), float(value))
    if kind == "vote":
        seq = _seq(data)
        dots = data.get("dots")
        if isinstance(dots, bool) or not isinstance(dots, int) or not 0 <= dots <= 1000:
            raise Invalid("dots must be a whole number", seq=seq)
        return Vote(seq, _identifier(data, "lever", seq), dots)
    raise Invalid("unknown message type")


def error(code: str, message: str, seq: int | None = None) -> dict:
    return {"type": "error", "seq": seq, "code": code, "message": message}

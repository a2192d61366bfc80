"""Checks for JSON data from outside the app (a session export, a template)
on its way into the model.

Each function answers one question about a parsed JSON value (which JSON
type it is, whether it is a whole or a finite number, which id repeats,
which enum member a text names) and raises nothing: the caller words the
problem with the place it found it and raises its own error
(``InterchangeError``, ``TemplateError``), so each format keeps its own
messages. Text is checked for lone surrogates by the callers with
:func:`collabworkshop.model.session.lone_surrogate`. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeGuard, TypeVar

from ..common.i18n import context

EnumT = TypeVar("EnumT", bound=Enum)

# The type words appear inside the loaders' messages, in the user's language.
tr = context("Validate")


def json_type(value: Any) -> str:
    """What kind of JSON value ``value`` is, in the words of a message
    ("expected text, got a number")."""
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: bool is an int in Python
        return tr("true/false")
    if isinstance(value, (int, float)):
        return tr("a number")
    if isinstance(value, str):
        return tr("text")
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("an object")
    return type(value).__name__


def is_whole(value: Any) -> TypeGuard[int]:
    """A JSON whole number; true/false is an int in Python but not a count in JSON."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> TypeGuard[int | float]:
    """A JSON number, whole or not (never true/false)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def finite(value: int | float) -> float | None:
    """``value`` as a float, or None when it is not finite: NaN, an infinity,
    or a JSON integer too large for a float."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def first_repeat(ids: Iterable[str]) -> tuple[int, str] | None:
    """The index and value of the first id that was already seen, or None
    when every id is unique (ids become primary keys in a session file)."""
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if value in seen:
            return index, value
        seen.add(value)
    return None


def member(kind: type[EnumT], text: str) -> EnumT | None:
    """The member of ``kind`` whose value is ``text``, or None."""
    try:
        return kind(text)
    except ValueError:
        return None

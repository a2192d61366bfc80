"""Tokens on the board."""

from __future__ import annotations

from ...model import Session, SetPlacement, clamp_position
from ...model.changes import Change


def place(session: Session, round_id: str, dimension_id: str, placer_id: str,
          position: float | None) -> Change | None:
    """Put a token at ``position`` (rounded to the board's 0.1), or take it
    off the line with None; None when it is there already."""
    if position is not None:
        position = round(clamp_position(position), 1)
    if session.position(round_id, dimension_id, placer_id) == position:
        return None
    return SetPlacement(round_id, dimension_id, placer_id, position)

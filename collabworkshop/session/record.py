"""What changed, and who asked: the one record every executed change yields.

The controller sends a :class:`ChangeRecord` on its ``changed`` signal after
each change is applied and written. A view looks at the parts (and keys) it
shows and redraws only those; the origin says where the edit came from, so
a view can, for instance, leave alone the token the user is dragging.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..model.changes import Change, Part, touched_by


class Origin(enum.Enum):
    """Where an edit came from."""

    BOARD = "board"  # a drag (mouse or finger) on the spectrum board
    KEYBOARD = "keyboard"  # a token moved with the keys
    CONSOLE = "console"  # the facilitator's console
    EDITOR = "editor"  # a form, list or table of the main window (set-up, agenda, notes, plan, vote)
    IMPORT = "import"  # data brought in from a file or a script
    UNDO = "undo"
    REDO = "redo"
    DEVICE = "device"  # a participant's own device (phones, later)


@dataclass(frozen=True)
class ChangeRecord:
    """One executed change: which parts and keys it wrote, and its origin.

    ``keys`` pairs each part with the keys of the rows written, or with None
    for "the part as a whole" (a whole list replaced, the settings)."""

    parts: frozenset[Part]
    keys: tuple[tuple[Part, frozenset | None], ...]
    origin: Origin
    label: str = ""

    def touches(self, *parts: Part) -> bool:
        return not self.parts.isdisjoint(parts)

    def keys_of(self, part: Part) -> frozenset | None:
        """The keys written in ``part``: empty when the part was not touched,
        None when the whole part may have changed."""
        for p, keys in self.keys:
            if p is part:
                return keys
        return frozenset()

    def only(self, part: Part) -> bool:
        """True when nothing but ``part`` changed (a token moved)."""
        return self.parts == {part}


def record_of(change: Change, inverse: Change, origin: Origin, label: str = "") -> ChangeRecord:
    """The record of ``change`` once applied (``inverse`` is what it returned)."""
    touched = {part: keys for part, keys in touched_by(change, inverse).items() if keys is None or keys}
    order = list(Part)
    keys = tuple(sorted(touched.items(), key=lambda item: order.index(item[0])))
    return ChangeRecord(frozenset(touched), keys, origin, label)

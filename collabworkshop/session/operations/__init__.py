"""Named operations: one plain function per user intent, grouped by domain.

Each function takes the session and the intent's arguments, checks the
intent's rule before anything changes (as orange-canvas-core checks a link
before inserting it) and returns the Change that performs it, or None when
there is nothing to do. A refused intent raises :class:`OperationRefused`
with a one-line message for the user. The functions never change the
session themselves: the controller pushes the Change (one undo step),
writes it and broadcasts its record.

To add a kind of edit: write its function in the module of its domain (a
new Change in model/changes.py only if no existing one fits), then a
controller method that calls it through ``SessionController._run``.

Messages are English templates with ``{0}`` fields; the controller
translates the template and fills the fields at the edge.
"""

from __future__ import annotations


class OperationRefused(Exception):
    """An edit the workshop's rules do not allow; ``message`` says why."""

    def __init__(self, template: str, *args):
        super().__init__(template.format(*args))
        self.template = template
        self.args_ = args

    @property
    def message(self) -> str:
        return str(self)


def check_room(session, part: str, adding: int = 1) -> None:
    """Refuse an edit that would take ``part`` of ``session`` ("teams",
    "rounds", ...) past the largest session the app supports
    (model/limits.py), with the line that names the limit."""
    from ...model.limits import at_limit, limit_of

    if len(getattr(session, part)) + adding > limit_of(part):
        # The line is worded (and translated) by model.limits; "{0}" passes it on.
        raise OperationRefused("{0}.", at_limit(part))

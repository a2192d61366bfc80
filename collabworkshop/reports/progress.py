"""Progress of a long export, and the way to stop it.

A writer that takes a while (the PDF: board pictures, layout, pages) calls
its :class:`Steps` at points where stopping is safe, before anything is
written. The caller's callback receives the fraction done and a word for the
stage, and raises :class:`ExportCancelled` to stop: the writer lets it
through, so a cancelled export writes nothing (the file it would have
replaced stays as it was). The window's export dialog and the command
line's progress line are two such callbacks. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

#: (fraction done 0..1, what is being done) -> None; may raise ExportCancelled.
Progress = Callable[[float, str], None]


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


class Steps:
    """A fixed number of steps reported as a fraction of the whole."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self.total = max(1, total)
        self.done = 0

    def add(self, more: int) -> None:
        """More steps turned up (pages are known only after layout)."""
        self.total += max(0, more)

    def step(self, what: str = "", n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        self.report(what)

    def report(self, what: str = "") -> None:
        if self._progress is not None:
            self._progress(self.done / self.total, what)


def check(progress: Progress | None, fraction: float, what: str = "") -> None:
    """Report one point of a writer without steps (and let a cancel through)."""
    if progress is not None:
        progress(fraction, what)

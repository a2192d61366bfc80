"""At most once per display frame: changes that arrive faster than the
screen can show them (phones placing together) are drawn together.

:class:`FrameCoalescer` runs its callback once after the event loop has
turned: at once (a zero timer) when the last run is more than a frame ago,
otherwise when that frame is over. However many requests come in between,
the callback runs once, with everything that came in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer

#: One frame of a 60 Hz display.
FRAME_MS = 16
#: Figures and lists read by people (counts, statistics, who has placed):
#: ten times a second is as often as anyone can read them change.
READING_MS = 100


class FrameCoalescer(QObject):
    """Calls ``callback`` once soon after :meth:`request`, at most once per
    ``frame_ms``; :meth:`flush` runs it now if a request waits."""

    def __init__(self, callback: Callable[[], None], parent: QObject, frame_ms: int = FRAME_MS):
        super().__init__(parent)
        self._callback = callback
        self._frame_ms = frame_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.flush)
        self._since = QElapsedTimer()  # since the last run
        self._requested = False
        #: How many times the callback ran (the tests count these).
        self.runs = 0

    def set_interval(self, frame_ms: int) -> None:
        """Run at most every ``frame_ms`` from now on."""
        self._frame_ms = frame_ms

    @property
    def due(self) -> bool:
        """A request waits for its frame."""
        return self._requested

    def request(self) -> None:
        if self._requested:
            return
        self._requested = True
        wait = 0
        if self._since.isValid():
            wait = max(0, self._frame_ms - int(self._since.elapsed()))
        self._timer.start(wait)

    def cancel(self) -> None:
        self._requested = False
        self._timer.stop()

    def flush(self) -> None:
        """Run the callback now when a request waits (and note the time)."""
        if not self._requested:
            return
        self._requested = False
        self._timer.stop()
        self._since.start()
        self.runs += 1
        self._callback()

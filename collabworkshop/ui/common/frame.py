"""At most once per display frame: changes that arrive faster than the
screen can show them (phones placing together) are drawn together.

:class:`FrameCoalescer` runs its callback once after the event loop has
turned: at once (a zero timer) when the last run is more than a frame ago,
otherwise when that frame is over. However many requests come in between,
the callback runs once, with everything that came in.

:class:`PointerPacer` keeps that work out of the way of a hand dragging a
token: while a drag moves, a frame that comes due runs in the gap just
after a move has been handled and drawn, not when the next move is due
(see :meth:`PointerPacer.hold`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer

#: One frame of a 60 Hz display.
FRAME_MS = 16
#: Figures and lists read by people (counts, statistics, who has placed):
#: ten times a second is as often as anyone can read them change.
READING_MS = 100


class PointerPacer(QObject):
    """Where work that can wait a few milliseconds goes while a pointer drags.

    A mouse reports a drag 125 times a second or more, and each report is
    handled and drawn in a fraction of a millisecond. Phones' placements
    drawn whenever their frame comes due would often stand between a report
    and its frame, and the dragged token would lag behind the hand. While a
    drag moves (:meth:`moved` less than ``ACTIVE_S`` ago) such work runs in
    the gap after a move: :meth:`hold` lets it run at once only from
    ``GAP_S`` to ``CLOSES_S`` after a move, and otherwise keeps it for the
    next gap (never longer than ``LONGEST_S``); work of several parts asks
    :meth:`spent` between them and leaves the rest for the next gap. What
    ran in a gap is drawn in that gap too. Without a drag nothing waits."""

    #: After a move: its own frame is drawn first.
    GAP_S = 0.001
    #: Work starts, or goes on to its next part, until this long after a
    #: move (a 125 Hz mouse reports every 8 ms; drawing what ran takes the rest).
    CLOSES_S = 0.004
    #: A drag that has not moved for this long is at rest: nothing waits.
    ACTIVE_S = 0.05
    #: Nothing waits longer than a display frame for a gap.
    LONGEST_S = 0.016

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._moved_at: float | None = None
        self._waiting: dict[Callable[[], None], float] = {}  # -> when it came due, in that order
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run_waiting)
        #: Work that waited for a gap (the tests count these).
        self.held = 0

    def _since_move(self, now: float) -> float | None:
        """How long ago a drag moved; None when no drag moves."""
        if self._moved_at is None or now - self._moved_at > self.ACTIVE_S:
            return None
        return now - self._moved_at

    def moved(self) -> None:
        """A drag has just moved (called as the move is handled)."""
        now = time.perf_counter()
        self._moved_at = now
        if self._waiting:
            self._start(min(self.GAP_S, self._deadline() - now))

    def hold(self, run: Callable[[], None], due: float | None = None) -> bool:
        """True when ``run`` is to wait for the gap after a move (it is then
        called once, from here); False when it may run now. ``due``: when
        it first came due (``time.perf_counter``), if it is the rest of
        work begun in an earlier gap: it waits no longer than ``LONGEST_S``
        from then."""
        now = time.perf_counter()
        since = self._since_move(now)
        if since is None or self.GAP_S <= since < self.CLOSES_S:
            return False
        if run not in self._waiting:
            self._waiting[run] = now if due is None else min(due, now)
            self.held += 1
        if since < self.GAP_S:
            self._start(self.GAP_S - since)
        elif not self._timer.isActive():
            self._start(self._deadline() - now)  # the next move opens a gap sooner
        return True

    def spent(self, due: float | None = None) -> bool:
        """True when a drag moves and the gap after its move has closed:
        work of several parts leaves the rest for the next gap. Never for
        work that came due (``due``, ``time.perf_counter``) ``LONGEST_S`` ago."""
        now = time.perf_counter()
        since = self._since_move(now)
        if due is not None and now - due >= self.LONGEST_S:
            return False
        return since is not None and since >= self.CLOSES_S

    def _deadline(self) -> float:
        return min(self._waiting.values()) + self.LONGEST_S

    def _start(self, seconds: float) -> None:
        self._timer.start(max(0, int(seconds * 1000 + 0.999)))

    def _run_waiting(self) -> None:
        ran = False
        while self._waiting:
            run, due = next(iter(self._waiting.items()))
            if ran and self.spent() and time.perf_counter() < due + self.LONGEST_S:
                break  # the rest in the next gap
            del self._waiting[run]
            owner = getattr(run, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue  # its board or panel closed meanwhile
            run()
            ran = True
        if self._waiting:
            self._start(self._deadline() - time.perf_counter())
        # What ran is drawn now, in this gap, rather than with the next move.
        QCoreApplication.sendPostedEvents()


_pacer: PointerPacer | None = None


def pointer_pacer() -> PointerPacer:
    """The application's :class:`PointerPacer` (one for all its windows)."""
    global _pacer
    if _pacer is None or not shiboken6.isValid(_pacer):
        _pacer = PointerPacer(QCoreApplication.instance())
    return _pacer


class FrameCoalescer(QObject):
    """Calls ``callback`` once soon after :meth:`request`, at most once per
    ``frame_ms``; :meth:`flush` runs it now if a request waits. A frame
    that comes due while a pointer drags waits for the gap after its move
    (:class:`PointerPacer`)."""

    def __init__(self, callback: Callable[[], None], parent: QObject, frame_ms: int = FRAME_MS):
        super().__init__(parent)
        self._callback = callback
        self._frame_ms = frame_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._due)
        self._since = QElapsedTimer()  # since the last run
        self._requested = False
        self._due_at: float | None = None  # when the waiting request came due (time.perf_counter)
        self._ran_at = 0.0  # when the current (or last) run's work came due
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
        self._due_at = None
        self._timer.stop()

    def _due(self) -> None:
        if not self._requested:
            return
        if self._due_at is None:
            self._due_at = time.perf_counter()
        if not pointer_pacer().hold(self.flush, self._due_at):
            self.flush()

    @property
    def began(self) -> float:
        """When the current run came due (``time.perf_counter``): work done
        in parts passes it to :meth:`PointerPacer.spent`."""
        return self._ran_at

    def request_next_gap(self) -> None:
        """Run again as soon as it may, not a frame from now: the callback
        did part of its work and left the rest for the next gap of a drag
        (:meth:`PointerPacer.spent`). Each part waits at most
        ``PointerPacer.LONGEST_S``: work of five rows is done within five
        gaps, the rows in the order they came due."""
        self._due_at = None
        self._requested = True
        self._timer.start(0)

    def flush(self) -> None:
        """Run the callback now when a request waits (and note the time)."""
        if not self._requested:
            return
        self._requested = False
        self._timer.stop()
        self._since.start()
        self.runs += 1
        due_at, self._due_at = self._due_at, None
        self._ran_at = time.perf_counter() if due_at is None else due_at
        self._callback()

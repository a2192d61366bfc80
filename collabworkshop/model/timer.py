"""The step timer as plain data: a countdown (or, without a timebox, a
count-up) that reads time from an injected clock.

No Qt here. The UI wraps it with a QTimer that only asks for a refresh; the
time itself always comes from the clock, so a timer never drifts with late
ticks, and tests drive it with a clock they advance by hand.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale."""
        ...


class MonotonicClock:
    """The real clock: ``time.monotonic``, which never jumps with the wall clock."""

    def now(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to (tests, screenshots)."""

    def __init__(self, start: float = 1000.0):
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not run backwards")
        self._now += seconds


@dataclass(frozen=True)
class TimerReading:
    """What the views show at one moment."""

    elapsed: int  # whole seconds the timer has run on this step
    planned: int  # seconds allowed (the timebox plus added minutes); 0 = no timebox
    running: bool

    @property
    def counts_down(self) -> bool:
        return self.planned > 0

    @property
    def remaining(self) -> int:
        return max(0, self.planned - self.elapsed) if self.planned else 0

    @property
    def overrun(self) -> int:
        return max(0, self.elapsed - self.planned) if self.planned else 0

    @property
    def time_up(self) -> bool:
        return self.planned > 0 and self.elapsed >= self.planned

    @property
    def display(self) -> str:
        """The big number: time left, or time used for a step without a timebox."""
        if not self.planned:
            return format_seconds(self.elapsed)
        if self.time_up:
            return "+" + format_seconds(self.overrun)
        return format_seconds(self.remaining)


def format_seconds(seconds: float) -> str:
    """``mm:ss``, or ``h:mm:ss`` from an hour on."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class StepTimer:
    """The timer of the current step: start, pause, add a minute, reset."""

    def __init__(self, clock: Clock | None = None):
        self.clock: Clock = clock or MonotonicClock()
        self._timebox = 0
        self._extra = 0
        self._banked = 0.0  # seconds run before the current start
        self._started_at: float | None = None
        self._banked_base = 0  # count-up steps given a minute: time used when it was added

    def load(self, timebox: int, elapsed: int = 0) -> None:
        """Show a step: its timebox and the time it has already used. Stops the timer."""
        self._timebox = max(0, int(timebox))
        self._extra = 0
        self._banked_base = 0
        self._banked = float(max(0, int(elapsed)))
        self._started_at = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def elapsed_seconds(self) -> float:
        running = self.clock.now() - self._started_at if self._started_at is not None else 0.0
        return self._banked + max(0.0, running)

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock.now()

    def pause(self) -> None:
        if self._started_at is not None:
            self._banked = self.elapsed_seconds
            self._started_at = None

    def toggle(self) -> bool:
        """Start or pause; returns whether the timer now runs."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def add_minute(self) -> None:
        """One more minute. A step without a timebox becomes a one-minute countdown."""
        if not self._timebox and not self._extra:
            self._banked_base = int(self.elapsed_seconds)
        self._extra += 60

    def reset(self) -> None:
        """Back to the full timebox, stopped."""
        self._banked = 0.0
        self._extra = 0
        self._banked_base = 0
        self._started_at = None

    def reading(self) -> TimerReading:
        if self._timebox:
            planned = self._timebox + self._extra
        else:
            planned = self._banked_base + self._extra if self._extra else 0
        return TimerReading(int(self.elapsed_seconds), planned, self.running)

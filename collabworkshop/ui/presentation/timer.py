"""The step timer in the UI: one :class:`TimerController` per session,
shown by a :class:`TimerWidget` on the console (with its buttons) and one
on the audience display (the big number only).

The time itself comes from :class:`~collabworkshop.model.timer.StepTimer`
and its clock; the QTimer here only asks for a refresh a few times a second,
so late ticks never make the timer drift. Tests pass a ManualClock and
call :meth:`TimerController.tick`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model.timer import Clock, StepTimer, TimerReading, format_seconds
from ..common import settings as prefs

REFRESH_MS = 250
TIME_UP_COLOUR = "#B3261E"  # with white text: 6.5:1
PAUSED_COLOUR = "#5F6B76"


tr = context("Timer")


def sound_enabled() -> bool:
    """A beep when time is up: off unless the facilitator turned it on (a
    sudden sound in a quiet room startles more than it helps)."""
    return prefs.settings().value("presentation/sound", False, type=bool)


def set_sound_enabled(on: bool) -> None:
    s = prefs.settings()
    s.setValue("presentation/sound", bool(on))
    s.sync()


class TimerController(QObject):
    """The current step's timer; records the time used on each step."""

    changed = Signal(object)  # TimerReading
    time_up = Signal()

    def __init__(self, controller: SessionController, clock: Clock | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.timer = StepTimer(clock)
        self._step_id = ""
        self._recorded = 0
        self._was_up = False
        self._last: TimerReading | None = None
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.tick)
        controller.step_changed.connect(lambda _i: self._follow_step())
        controller.agenda_changed.connect(self._follow_step)
        self._follow_step()

    # -- the step ---------------------------------------------------------------------------
    @property
    def step_id(self) -> str:
        return self._step_id

    def _current_step(self):
        return self.controller.session.active_step()

    def _follow_step(self) -> None:
        step = self._current_step()
        new_id = step.id if step else ""
        if new_id == self._step_id and step is not None:
            # Same step, edited agenda: keep the time, take the new timebox.
            running = self.timer.running
            self.timer.pause()
            self.timer.load(step.timebox, int(self.timer.elapsed_seconds))
            if running:
                self.timer.start()
            self._emit(force=True)
            return
        self.record()
        self.timer.load(step.timebox if step else 0, step.actual if step else 0)
        self._step_id = new_id
        self._recorded = step.actual if step else 0
        self._was_up = self.timer.reading().time_up
        self._refresh.stop()
        self._emit(force=True)

    def record(self) -> None:
        """Keep the time used on the current step in the session."""
        if not self._step_id:
            return
        seconds = int(self.timer.elapsed_seconds)
        if seconds == self._recorded:
            return
        try:
            self.controller.session.step(self._step_id)
        except KeyError:
            return  # the step was removed from the agenda
        self._recorded = seconds
        self.controller.record_step_time(self._step_id, seconds)

    # -- controls -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.timer.running

    def reading(self) -> TimerReading:
        return self.timer.reading()

    def start(self) -> None:
        if not self._step_id:
            return
        self.timer.start()
        self._refresh.start()
        self._emit(force=True)

    def pause(self) -> None:
        self.timer.pause()
        self._refresh.stop()
        self.record()
        self._emit(force=True)

    def toggle(self) -> None:
        if self.timer.running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        if not self._step_id:
            return
        self.timer.add_minute()
        self._was_up = self.timer.reading().time_up
        self._emit(force=True)

    def reset(self) -> None:
        self.timer.reset()
        self._refresh.stop()
        self._was_up = False
        self.record()
        self._emit(force=True)

    def tick(self) -> None:
        """Read the clock and tell the views if what they show changed."""
        self._emit(force=False)

    def shutdown(self) -> None:
        """The session closes: keep the time of the step in progress."""
        self._refresh.stop()
        self.timer.pause()
        self.record()

    def _emit(self, force: bool) -> None:
        reading = self.timer.reading()
        if reading.time_up and not self._was_up:
            self._was_up = True
            self.changed.emit(reading)
            self._last = reading
            self.time_up.emit()
            if sound_enabled():
                QApplication.beep()
            return
        if not reading.time_up:
            self._was_up = False
        if force or reading != self._last:
            self._last = reading
            self.changed.emit(reading)


class TimerWidget(QWidget):
    """The time, with "Time's up" and the overrun in words as well as colour.

    ``controls=True`` adds Start/Pause, +1 min and Reset (the console)."""

    def __init__(self, timers: TimerController, large: bool = False, controls: bool = False, parent=None):
        super().__init__(parent)
        self.timers = timers
        self.large = large
        self.scale = 1.0  # the audience display grows the type with its screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.frame = QWidget()
        self.frame.setObjectName("timerFrame")
        self.frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        inner = QHBoxLayout(self.frame)
        inner.setContentsMargins(10, 4, 10, 4)
        self.time_label = QLabel()
        self.time_label.setObjectName("timerTime")
        self.state_label = QLabel()
        self.state_label.setObjectName("timerState")
        inner.addWidget(self.time_label)
        inner.addWidget(self.state_label, 1)
        layout.addWidget(self.frame)
        self.start_button = self.add_button = self.reset_button = None
        if controls:
            buttons = QHBoxLayout()
            self.start_button = QPushButton(tr("Start"))
            self.start_button.setToolTip(tr("Start or pause the timer (Space)"))
            self.add_button = QPushButton(tr("+1 min"))
            self.add_button.setAccessibleName(tr("Add a minute"))
            self.add_button.setToolTip(tr("Add a minute to this step's timebox"))
            self.reset_button = QPushButton(tr("Reset"))
            self.reset_button.setAccessibleName(tr("Reset the timer"))
            for b in (self.start_button, self.add_button, self.reset_button):
                buttons.addWidget(b)
            layout.addLayout(buttons)
            self.start_button.clicked.connect(timers.toggle)
            self.add_button.clicked.connect(timers.add_minute)
            self.reset_button.clicked.connect(timers.reset)
        timers.changed.connect(self.show_reading)
        self.show_reading(timers.reading())

    def set_scale(self, scale: float) -> None:
        """Type ``scale`` times its size (the display: 2 on a 4K screen)."""
        if scale != self.scale:
            self.scale = scale
            self.show_reading(self.timers.reading())

    def show_reading(self, reading: TimerReading) -> None:
        self.time_label.setText(reading.display)
        if reading.time_up:
            state = tr("Time's up \u2014 over by {0}").format(format_seconds(reading.overrun))
            background, ink = TIME_UP_COLOUR, "#FFFFFF"
        elif reading.counts_down:
            state = tr("left of {0}").format(format_seconds(reading.planned))
            background, ink = "transparent", ""
        else:
            state = tr("elapsed (no timebox)")
            background, ink = "transparent", ""
        if not reading.running and not reading.time_up:
            state += tr(" \u00b7 paused") if reading.elapsed else tr(" \u00b7 not started")
        self.state_label.setText(state)
        big, small = (40, 18) if self.large else (22, 10)
        big, small = round(big * self.scale), round(small * self.scale)
        sheet = (
            f"#timerFrame {{ background: {background}; border-radius: 6px; }}"
            + (f"#timerFrame QLabel {{ color: {ink}; }}" if ink else "")
            + f"QLabel#timerTime {{ font-size: {big}pt; font-weight: bold; }}"
            f"QLabel#timerState {{ font-size: {small}pt; font-weight: normal; }}"
        )
        if sheet != self.frame.styleSheet():  # only when the state changes, not every second
            self.frame.setStyleSheet(sheet)
        self.time_up = reading.time_up
        self.setAccessibleName(tr("Timer"))
        self.setAccessibleDescription(f"{reading.display} {state}")
        if self.start_button is not None:
            self.start_button.setText(tr("Pause") if reading.running else tr("Start"))
            self.start_button.setAccessibleName(tr("Pause the timer") if reading.running else tr("Start the timer"))

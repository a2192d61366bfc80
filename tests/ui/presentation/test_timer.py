"""The step timer: the model with a hand-driven clock, and the real console
and display with it. Nothing sleeps: the tests advance a ManualClock and
call the refresh tick a QTimer would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabworkshop.model.timer import ManualClock, StepTimer, format_seconds
from collabworkshop.storage import read_session


def test_countdown_pause_add_minute_and_overrun():
    clock = ManualClock()
    timer = StepTimer(clock)
    timer.load(timebox=300)
    assert timer.reading().display == "05:00" and not timer.running
    timer.start()
    clock.advance(61.4)
    r = timer.reading()
    assert (r.display, r.remaining, r.time_up) == ("03:59", 239, False)
    timer.pause()
    clock.advance(1000)  # paused: the time does not move
    assert timer.reading().display == "03:59"
    timer.add_minute()
    assert timer.reading().display == "04:59" and timer.reading().planned == 360
    timer.start()
    clock.advance(299)
    assert timer.reading().time_up and timer.reading().display == "+00:00"
    clock.advance(83)
    r = timer.reading()
    assert (r.overrun, r.display, r.elapsed) == (83, "+01:23", 443)
    timer.reset()
    assert timer.reading().display == "05:00" and not timer.running


def test_a_step_without_timebox_counts_up_and_a_minute_makes_it_a_countdown():
    clock = ManualClock()
    timer = StepTimer(clock)
    timer.load(timebox=0, elapsed=30)  # the step already used 30 s
    timer.start()
    clock.advance(45)
    r = timer.reading()
    assert (r.display, r.counts_down, r.time_up) == ("01:15", False, False)
    timer.add_minute()
    assert timer.reading().display == "01:00" and timer.reading().counts_down
    clock.advance(61)
    assert timer.reading().time_up and timer.reading().display == "+00:01"


def test_clock_and_format():
    clock = ManualClock(5)
    with pytest.raises(ValueError):
        clock.advance(-1)
    assert format_seconds(0) == "00:00"
    assert format_seconds(3599) == "59:59"
    assert format_seconds(3723) == "1:02:03"


def _open_with_timebox(window, sample_copy, entry: int, seconds: int):
    clock = ManualClock()
    window.timer_clock = clock
    assert window.open_file(sample_copy)
    controller = window.controller
    steps = list(controller.session.steps)
    steps[entry - 1] = replace(steps[entry - 1], timebox=seconds)
    controller.replace_list("steps", steps, "Set a timebox")
    window.workshop.show_entry(entry)
    return controller, clock


def test_time_up_on_console_and_display_and_the_time_is_kept(window, sample_copy, qtbot):
    controller, clock = _open_with_timebox(window, sample_copy, entry=2, seconds=120)
    step_id = controller.session.steps[1].id
    timers = window.timers
    console_timer = window.console_panel.timer_widget
    display_timer = window.display.timer_widget
    assert console_timer.time_label.text() == display_timer.time_label.text() == "02:00"

    window.workshop.step_list.setFocus()  # Space starts the timer from the step list
    QTest.keyClick(window.workshop.step_list, Qt.Key.Key_Space)
    assert timers.running and console_timer.start_button.text() == "Pause"
    clock.advance(119)
    timers.tick()
    assert display_timer.time_label.text() == "00:01"
    assert "Time's up" not in display_timer.state_label.text()

    with qtbot.waitSignal(timers.time_up, timeout=1000):
        clock.advance(84)
        timers.tick()
    for widget in (console_timer, display_timer):
        assert widget.time_label.text() == "+01:23"
        assert "Time's up" in widget.state_label.text()  # in words, not colour alone
        assert "#B3261E" in widget.frame.styleSheet()
    # The display shows the cue big: its time is larger than the console's.
    assert display_timer.time_label.sizeHint().height() > console_timer.time_label.sizeHint().height()

    # +1 min: still over (by 23 s); another one and the cue goes.
    console_timer.add_button.click()
    assert console_timer.time_label.text() == "+00:23" and "Time's up" in console_timer.state_label.text()
    console_timer.add_button.click()
    assert console_timer.time_label.text() == "00:37" and "Time's up" not in console_timer.state_label.text()

    QTest.keyClick(window.workshop.step_list, Qt.Key.Key_Space)  # pause: the time is recorded
    assert not timers.running
    assert controller.session.step(step_id).actual == 203
    clock.advance(500)
    timers.tick()
    assert console_timer.time_label.text() == "00:37"  # paused means paused
    # It is in the file too (the session autosaves to its path).
    assert read_session(sample_copy).step(step_id).actual == 203


def test_leaving_a_running_step_records_it_and_wrap_up_shows_planned_and_actual(window, sample_copy):
    controller, clock = _open_with_timebox(window, sample_copy, entry=2, seconds=600)
    window.timers.start()
    clock.advance(725)
    window.workshop.go_next()  # left while running
    step = controller.session.steps[1]
    assert step.actual == 725
    # The next step starts stopped, at its own time.
    assert not window.timers.running
    wrapup = len(controller.session.steps)
    window.workshop.show_entry(wrapup)
    text = window.workshop.current_page().text.toPlainText()
    assert "Time per step" in text
    assert "10:00" in text and "12:05" in text and "over by 02:05" in text
    # Back on the step, the timer continues from the recorded time.
    window.workshop.show_entry(2)
    assert window.timers.reading().elapsed == 725
    assert window.console_panel.timer_widget.time_label.text() == "+02:05"

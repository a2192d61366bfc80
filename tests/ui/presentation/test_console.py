"""The facilitator console panel: the script, who has placed, keys that
stay with the focused widget, and what is remembered between runs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from collabworkshop.model.timer import ManualClock


def test_console_shows_the_script_and_who_has_placed(window, sample_copy):
    assert window.open_file(sample_copy)
    controller = window.controller
    steps = list(controller.session.steps)
    steps[0] = replace(steps[0], script="")  # a step with no script
    steps[1] = replace(steps[1], script="Ask each team to place alone first.\nThen compare.")
    controller.replace_list("steps", steps, "Edit script")
    window.workshop.show_entry(2)
    console = window.console_panel
    assert window.console_dock.isVisible()
    assert console.script.toPlainText() == "Ask each team to place alone first.\nThen compare."
    assert console.step_box.title() == f"Step 2 of {len(controller.session.steps)}: Place: today"
    assert "25 of 25 placed" in console.round_box.title()
    names = [name for _mark, name, _count in console.placed_lines()]
    for team in controller.session.teams:
        assert team.name in names
    controller.place("today", "overall", "t2", None)
    controller.place("today", "relationship", "t2", None)
    assert "23 of 25 placed" in console.round_box.title()
    assert ("\u2026", controller.session.team("t2").name, "3 / 5") in console.placed_lines()
    window.workshop.show_entry(1)  # no board, no round box; no script shows a hint
    assert console.round_box.isHidden()
    assert "No facilitator script" in console.script.toPlainText()
    # The script never reaches the room.
    window.workshop.show_entry(2)
    assert "place alone first" not in window.display.prompt_label.text()
    # F9 hides the panel (the plan table gets the width) and brings it back.
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert window.console_dock.isHidden()
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert window.console_dock.isVisible()


def test_keys_stay_with_the_focused_widget(window, sample_copy, qtbot):
    window.timer_clock = ManualClock()
    assert window.open_file(sample_copy)
    window.workshop.show_entry(2)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    notes = window.console_panel.notes
    notes.text_edit.setFocus()
    QTest.keyClicks(notes.text_edit, "ab c")
    QTest.keyClick(notes.text_edit, Qt.Key.Key_Left)
    QTest.keyClick(notes.text_edit, Qt.Key.Key_B)
    # Typing: arrows, Space and B edit the text; no step change, no timer, no blackout.
    assert notes.text_edit.text() == "ab bc"
    assert window.workshop.current_entry == 2
    assert not window.timers.running and not window.display.blacked_out
    # Space on a focused button presses the button.
    button = window.console_panel.timer_widget.add_button
    button.setFocus()
    planned = window.timers.reading().planned
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert window.timers.reading().planned == planned + 60 and not window.timers.running
    # Typing into a table (the set-up's team table starts editing on a key) is typing.
    window.workshop.show_entry(0)
    table = window.workshop.current_page().table
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_B)
    assert not window.display.blacked_out
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Escape)
    window.workshop.show_entry(2)
    # Elsewhere (here the step list) the same keys are the facilitator's.
    window.workshop.step_list.setFocus()
    QTest.keyClick(window.workshop.step_list, Qt.Key.Key_Space)
    assert window.timers.running
    QTest.keyClick(window.workshop.step_list, Qt.Key.Key_Right)
    assert window.workshop.current_entry == 3


def test_window_geometry_dock_and_sound_are_remembered(window, sample_copy, qtbot):
    from collabworkshop.ui.app.main_window import MainWindow

    assert window.open_file(sample_copy)
    window.showNormal()
    window.resize(720, 640)  # within the offscreen screen (800x800): restoring keeps windows on screen
    qtbot.waitUntil(lambda: window.width() == 720, timeout=5000)
    size = (window.width(), window.height())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.console_dock)
    window.console_panel.sound_box.click()
    assert window.console_panel.sound_box.isChecked()
    window.close()  # saves geometry and state

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == size
    assert again.console_dock.isHidden()  # no session yet
    assert again.open_file(sample_copy)
    assert again.dockWidgetArea(again.console_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.console_panel.sound_box.isChecked()
    again.close()


def test_space_and_arrows_work_from_read_only_text(window, sample_copy, qtbot):
    window.timer_clock = ManualClock()
    assert window.open_file(sample_copy)
    window.workshop.show_entry(1)  # the welcome step: a read-only text fills the page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    text = window.workshop.current_page().text
    text.setFocus()
    QTest.keyClick(text, Qt.Key.Key_Space)
    assert window.timers.running
    QTest.keyClick(text, Qt.Key.Key_Right)
    assert window.workshop.current_entry == 2


def test_who_has_placed_follows_a_burst_of_phones_line_by_line(window, sample_copy, qtbot):
    from collabworkshop.session import Origin

    assert window.open_file(sample_copy)
    window.workshop.show_entry(2)
    controller, console = window.controller, window.console_panel
    dims = [d.id for d in controller.session.dimensions]
    teams = controller.session.teams
    view = console.placed_list
    assert view.accessibleName() == "Who has placed"
    assert console.placed_lines() == [("\u2713", t.name, f"{len(dims)} / {len(dims)}") for t in teams]
    items = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    # Phones take back placements in a burst of batches: one redraw, and the
    # lines of the teams that did not change are the same lines, untouched.
    runs = console._round_frame.runs
    for k, dim in enumerate(dims[:3]):
        assert controller.place_many([("today", dim, teams[1].id, None),
                                      ("today", dims[k], teams[3].id, None)], origin=Origin.DEVICE)
    qtbot.waitUntil(lambda: console._round_frame.runs > runs)
    assert console.placed_lines() == [
        ("\u2713", t.name, f"{len(dims)} / {len(dims)}") if t not in (teams[1], teams[3])
        else ("\u2026", t.name, f"{len(dims) - 3} / {len(dims)}") for t in teams]
    assert [view.topLevelItem(i) for i in range(view.topLevelItemCount())] == items
    assert console.placed_summary.isHidden()  # a handful: every line listed, no summary

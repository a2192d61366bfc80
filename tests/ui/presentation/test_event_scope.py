"""Python event filters only where they serve: a mouse moving over a board
of phones' tokens never runs the key guard or the scroll bar namer (an
application-wide Python filter costs a call per event, for every event of
every widget), and the guard still keeps the keys for a focused field when
the console dock floats as a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from collabworkshop.model.timer import ManualClock
from collabworkshop.ui.common import access


def test_mouse_moves_over_the_board_reach_no_python_filter(window, sample_copy, qtbot):
    window.timer_clock = ManualClock()
    assert window.open_file(sample_copy)
    window.workshop.show_entry(2)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    board = window.workshop.current_page().board
    viewport = board.viewport()
    namer = access.install_scroll_bar_names(QApplication.instance())
    QTest.mouseMove(viewport, QPoint(10, viewport.height() // 2))  # the pointer comes in
    QApplication.processEvents()
    guard_before, namer_before = window.key_guard.seen, namer.seen
    moves = 100
    for i in range(moves):
        QTest.mouseMove(viewport, QPoint(20 + 4 * i, viewport.height() // 2 + i % 7))
    QApplication.processEvents()
    # Not one call per move (before: every event of every widget, far more
    # than one per move); a few of the widgets' own (a layout request).
    assert window.key_guard.seen - guard_before < moves // 10
    assert namer.seen - namer_before < moves // 10
    # Without a screen reader listening there is no application-wide filter.
    assert not namer.active


def test_a_floating_console_keeps_its_keys(window, sample_copy, qtbot):
    window.timer_clock = ManualClock()
    assert window.open_file(sample_copy)
    window.workshop.show_entry(2)
    dock = window.console_dock
    dock.setFloating(True)
    dock.show()
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    notes = window.console_panel.notes
    notes.text_edit.setFocus()
    QTest.keyClicks(notes.text_edit, "ab c")
    QTest.keyClick(notes.text_edit, Qt.Key.Key_Left)
    QTest.keyClick(notes.text_edit, Qt.Key.Key_B)
    assert notes.text_edit.text() == "ab bc"
    assert window.workshop.current_entry == 2
    assert not window.display.blacked_out
    dock.setFloating(False)  # the window remembers its docks for the next test's window


def test_scroll_bars_are_named_once_a_screen_reader_listens(qtbot):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel, QScrollArea

    app = QApplication.instance()
    namer = access.install_scroll_bar_names(app)
    before = QScrollArea()
    before.setAccessibleName("Notes")
    qtbot.addWidget(before)
    before.show()
    assert before.verticalScrollBar().accessibleName() == ""  # nobody reads it yet
    QAccessible.setActive(True)
    try:
        namer.activate()  # as when a window of ours next gets the focus
        assert namer.active
        assert before.verticalScrollBar().accessibleName() == "Notes, vertical scroll bar"
        later = QScrollArea()  # one made now is named as it is polished
        later.setWidget(QLabel("x"))
        qtbot.addWidget(later)
        later.show()
        assert later.horizontalScrollBar().accessibleName() == "Horizontal scroll bar"
    finally:
        QAccessible.setActive(False)
        namer.active = False
        app.removeEventFilter(namer)

"""F6 and Shift+F6 walk the window's regions, F7 opens the statistics
beside the board, and a pending keyboard move shows in the statistics live:
real key events where the keyboard focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from collabworkshop.ui.board import TeamToken
from tests.ui.uihelpers import place_page

SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), k, mods)


def region_of(window, widget) -> str:
    page = window.workshop.current_page()
    for name, region in (("steps", window.workshop.step_list), ("board", page.board),
                         ("statistics", page.stats_stack), ("console", window.console_dock)):
        if widget is region or region.isAncestorOf(widget):
            return name
    return repr(widget)


def test_f6_walks_the_regions_and_lands_on_a_token(window, sample_copy, qtbot):
    window.resize(1400, 900)  # the statistics collapse beside the console
    window.open_file(sample_copy)
    window.workshop.show_entry(3)  # Place: needed
    page = place_page(window)
    assert page.compact and not page.stats_shown
    window.workshop.step_list.setFocus()
    key(Qt.Key.Key_F6)
    # One key from the step list to the board's first token.
    focus = QApplication.focusWidget()
    assert focus is page.board
    token = page.board.board_scene.focusItem()
    assert isinstance(token, TeamToken) and token is page.board.board_scene.tokens()[0]
    key(Qt.Key.Key_F6)
    assert region_of(window, QApplication.focusWidget()) == "console"
    key(Qt.Key.Key_F6)
    assert region_of(window, QApplication.focusWidget()) == "steps"
    key(Qt.Key.Key_F6, SHIFT)
    assert region_of(window, QApplication.focusWidget()) == "console"
    key(Qt.Key.Key_F6, SHIFT)
    assert region_of(window, QApplication.focusWidget()) == "board"
    # F7 opens the statistics beside the board: a region of their own.
    key(Qt.Key.Key_F7)
    assert page.stats_shown and page.stats_stack.isVisible() and not page.stats_strip.isVisible()
    key(Qt.Key.Key_F6)
    assert region_of(window, QApplication.focusWidget()) == "statistics"
    key(Qt.Key.Key_F7)
    assert not page.stats_shown and page.stats_strip.isVisible()


def test_the_board_comes_back_to_the_token_it_left(window, sample_copy):
    window.open_file(sample_copy)
    window.workshop.show_entry(3)
    page = place_page(window)
    window.workshop.step_list.setFocus()
    key(Qt.Key.Key_F6)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    third = page.board.board_scene.tokens()[2]
    assert page.board.board_scene.focusItem() is third
    window.workshop.step_list.setFocus()
    key(Qt.Key.Key_F6)
    assert page.board.board_scene.focusItem() is third


def test_a_pending_keyboard_move_shows_in_the_statistics_at_once(window, sample_copy, qtbot):
    window.resize(1400, 900)
    window.open_file(sample_copy)
    window.workshop.show_entry(3)
    page = place_page(window)
    window.workshop.step_list.setFocus()
    key(Qt.Key.Key_F6)
    token = page.board.board_scene.focusItem()
    session = window.controller.session
    before = session.position(page.step.round_id, token.dimension_id, token.placer_id)
    median = page.stats.figure_labels["median"].text()
    strip = page.stats_strip.text()
    for _ in range(4):
        key(Qt.Key.Key_Home)  # the pole: far from the row's median
    assert token.pending
    # Not committed, yet the figures and the collapsed strip follow the preview.
    assert session.position(page.step.round_id, token.dimension_id, token.placer_id) == before
    qtbot.waitUntil(lambda: page.stats.figure_labels["median"].text() != median)
    qtbot.waitUntil(lambda: page.stats_strip.text() != strip)
    key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stats.figure_labels["median"].text() == median)
    assert session.position(page.step.round_id, token.dimension_id, token.placer_id) == before


def test_a_pending_keyboard_move_moves_the_median_and_hides_no_neighbour(window, sample_copy):
    window.open_file(sample_copy)
    window.workshop.show_entry(3)  # Place: needed; Overall: HW 72, PA 70, TD 75, RS 65, QC 80
    page = place_page(window)
    scene = page.board.board_scene
    row = scene._rows["overall"]
    harbour, port = scene.token("overall", "t1"), scene.token("overall", "t2")
    summary = row.summary.text()
    harbour.setFocus()
    page.board.setFocus()
    for _ in range(2):
        key(Qt.Key.Key_Left)  # 72 -> 70: onto Port Authority's place
    assert harbour.pending and harbour.value == 70
    assert window.controller.session.position("needed", "overall", "t1") == 72  # not committed
    # Both stay in sight: the row fans them into lanes around the pending token.
    apart = (harbour.scenePos() - port.scenePos()).manhattanLength()
    assert apart >= 1.5 * harbour.radius
    for _ in range(40):
        key(Qt.Key.Key_Left)  # to 30: the median (72) follows to 70, live
    assert row.summary.text() != summary and "70" in row.summary.text()
    key(Qt.Key.Key_Escape)
    assert row.summary.text() == summary and harbour.value == 72


def test_the_console_gives_way_on_a_narrow_window_and_f9_brings_it_back(window, sample_copy, qtbot):
    window.open_file(sample_copy)
    window.workshop.show_entry(3)
    assert window.console_dock.isVisible() and not window.console_strip.isVisible()
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: not window.console_dock.isVisible())
    assert window.console_strip.isVisible() and "F9" in window.console_strip.text()
    window.workshop.step_list.setFocus()
    key(Qt.Key.Key_F9)
    assert window.console_dock.isVisible() and not window.console_strip.isVisible()
    key(Qt.Key.Key_F9)
    assert not window.console_dock.isVisible()
    window.console_strip.click()
    assert window.console_dock.isVisible()
    # Hidden by the width, it comes back with the width; hidden by F9, it stays hidden.
    window.resize(1200, 800)
    key(Qt.Key.Key_F9)
    assert not window.console_dock.isVisible()
    window.resize(1500, 900)
    assert not window.console_dock.isVisible()
    key(Qt.Key.Key_F9)
    window.resize(1200, 800)
    assert not window.console_dock.isVisible()
    window.resize(1500, 900)
    assert window.console_dock.isVisible()

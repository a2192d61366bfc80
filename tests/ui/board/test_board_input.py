"""The board's touch input (several fingers at once), undo per gesture,
accessible tokens and zoom, driven with real Qt events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.ui.common import settings as prefs

TODAY_STEP = 2


@pytest.fixture
def today_page(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(TODAY_STEP)
    page = place_page(window)
    # The statistics beside the board (F7), as these tests were written for:
    # it keeps the tokens inside the offscreen platform's 800 px screen,
    # where QTest's touch points must land.
    if not page.stats_shown:
        window.toggle_statistics()
    return page


@pytest.fixture(scope="module")
def touch_device():
    return QTest.createTouchDevice()


# QTest's touch sequences (PySide6 6.11) take the points in screen
# coordinates, whatever widget they are sent to: map the viewport's.
def _row_point(board, dimension_id: str, start: QPoint, value: float) -> QPoint:
    return board.viewport().mapToGlobal(QPoint(board.value_view_pos(dimension_id, value).x(), start.y()))


def _screen(board, point: QPoint) -> QPoint:
    return board.viewport().mapToGlobal(point)


def test_two_fingers_drag_two_tokens_at_once(window, today_page, touch_device, qtbot):
    controller = window.controller
    board = today_page.board
    viewport = board.viewport()
    a = board.token_view_pos("overall", "t1")  # Harbour Works at 35
    b = board.token_view_pos("integration", "t2")  # Port Authority at 75
    QTest.touchEvent(viewport, touch_device).press(0, _screen(board, a)).press(1, _screen(board, b))
    for i in range(1, 5):
        QTest.touchEvent(viewport, touch_device).move(0, _row_point(board, "overall", a, 35 + 10 * i)).move(
            1, _row_point(board, "integration", b, 75 - 10 * i))
    scene = board.board_scene
    # Both tokens follow their fingers; both are previewed live, nothing committed.
    assert scene.token("overall", "t1").value == pytest.approx(75, abs=1.5)
    assert scene.token("integration", "t2").value == pytest.approx(35, abs=1.5)
    assert controller.position("today", "overall", "t1") == pytest.approx(75, abs=1.5)
    assert controller.position("today", "integration", "t2") == pytest.approx(35, abs=1.5)
    assert sorted(k[1] for k in controller.previewing()) == ["integration", "overall"]
    assert controller.undo_stack.count() == 0
    # One finger lifts: that token is committed, the other is still held.
    QTest.touchEvent(viewport, touch_device).release(0, _row_point(board, "overall", a, 75)).stationary(1)
    assert controller.session.position("today", "overall", "t1") == pytest.approx(75, abs=1.5)
    assert controller.session.position("today", "integration", "t2") == 75
    assert controller.undo_stack.count() == 1
    assert scene.token("integration", "t2").held
    QTest.touchEvent(viewport, touch_device).release(1, _row_point(board, "integration", b, 35))
    assert controller.session.position("today", "integration", "t2") == pytest.approx(35, abs=1.5)
    assert controller.undo_stack.count() == 2  # one step per finger
    assert controller.previewing() == []
    # Undo takes back the second finger's move only.
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.session.position("today", "integration", "t2") == 75
    assert controller.session.position("today", "overall", "t1") == pytest.approx(75, abs=1.5)
    assert scene.token("integration", "t2").value == 75


def test_a_touch_on_empty_board_moves_nothing(window, today_page, touch_device):
    board = today_page.board
    empty = _screen(board, board.value_view_pos("overall", 2) + QPoint(0, -60))
    QTest.touchEvent(board.viewport(), touch_device).press(0, empty)
    QTest.touchEvent(board.viewport(), touch_device).move(0, empty + QPoint(200, 0))
    QTest.touchEvent(board.viewport(), touch_device).release(0, empty + QPoint(200, 0))
    assert window.controller.undo_stack.count() == 0


def test_each_gesture_is_one_undo_step(window, today_page, touch_device):
    controller = window.controller
    board = today_page.board
    session = controller.session
    drag_token(board, "overall", "t3", 80, steps=10)  # mouse
    start = board.token_view_pos("relationship", "t1")
    QTest.touchEvent(board.viewport(), touch_device).press(0, _screen(board, start))
    for v in (40, 50, 60, 70):
        QTest.touchEvent(board.viewport(), touch_device).move(0, _row_point(board, "relationship", start, v))
    QTest.touchEvent(board.viewport(), touch_device).release(0, _row_point(board, "relationship", start, 70))
    board.board_scene.token("decisions", "t5").setFocus()
    board.setFocus()
    for _ in range(4):
        QTest.keyClick(board.viewport(), Qt.Key.Key_Right)  # keyboard
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert controller.undo_stack.count() == 3
    moved = {
        ("overall", "t3"): session.position("today", "overall", "t3"),
        ("relationship", "t1"): session.position("today", "relationship", "t1"),
        ("decisions", "t5"): session.position("today", "decisions", "t5"),
    }
    assert moved[("overall", "t3")] == pytest.approx(80, abs=1.5)
    assert moved[("relationship", "t1")] == pytest.approx(70, abs=1.5)
    for key in reversed(list(moved)):
        before = dict(moved)
        controller.undo_stack.undo()
        # Each undo reverts exactly one gesture.
        changed = [k for k in moved if session.position("today", *k) != before[k]]
        assert changed == [key]
        moved = {k: session.position("today", *k) for k in moved}


def test_tokens_are_accessible_children_of_the_board(window, today_page):
    board = today_page.board
    iface = QAccessible.queryAccessibleInterface(board)
    assert iface is not None
    session = window.controller.session
    assert iface.childCount() == len(session.teams) * len(session.dimensions)
    children = [iface.child(i) for i in range(iface.childCount())]
    names = [c.text(QAccessible.Text.Name) for c in children]
    assert "Harbour Works, Relationship" in names
    child = children[names.index("Port Authority, Integration")]
    assert child.role() == QAccessible.Role.Slider
    assert child.text(QAccessible.Text.Value) == "75 of 100, intertwined side"
    assert iface.indexOfChild(child) == names.index("Port Authority, Integration")
    # The value follows the token, and the focused child follows Tab.
    drag_token(board, "integration", "t2", 20)
    assert child.text(QAccessible.Text.Value) == "20 of 100, separate workstreams side"
    assert iface.focusChild().text(QAccessible.Text.Name) == "Port Authority, Integration"  # the dragged one
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    focused = iface.focusChild()
    assert focused is not None and focused.text(QAccessible.Text.Name) == "Tidewater Design, Integration"
    assert focused.state().focused
    assert not focused.rect().isEmpty()


def test_zoom_with_ctrl_plus_and_minus_is_remembered(window, today_page, sample_copy):
    board = today_page.board
    token = board.board_scene.token("overall", "t1")
    size = board.mapFromScene(token.mapToScene(token.shape().boundingRect())).boundingRect().width()
    board.setFocus()
    QTest.keyClick(board.viewport(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert board.zoom == pytest.approx(1.25)
    bigger = board.mapFromScene(token.mapToScene(token.shape().boundingRect())).boundingRect().width()
    assert bigger > size * 1.2
    assert prefs.board_zoom() == pytest.approx(1.25)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert board.zoom == pytest.approx(0.8)
    # Another board (the next step) starts at the remembered zoom.
    window.workshop.show_entry(TODAY_STEP + 1)
    assert place_page(window).board.zoom == pytest.approx(0.8)
    prefs.set_board_zoom(1.0)


def test_the_controller_previews_several_tokens_at_once(window, today_page):
    controller = window.controller
    controller.preview_placement("today", "overall", "t1", 90)
    controller.preview_placement("today", "overall", "t2", 80)
    controller.preview_placement("today", "overall", "t3", None)  # held over the tray
    # Live figures count both moving tokens and leave out the one over the tray.
    assert sorted(controller.positions("today", "overall")) == [28, 38, 80, 90]
    assert controller.position("today", "overall", "t3") is None
    controller.cancel_preview("today", "overall", "t2")
    assert sorted(controller.positions("today", "overall")) == [28, 30, 38, 90]  # t3 still over the tray
    assert controller.position("today", "overall", "t2") == 30
    assert controller.place("today", "overall", "t1", 90)
    assert controller.previewing() == [("today", "overall", "t3")]
    controller.cancel_preview()
    assert controller.previewing() == []
    assert sorted(controller.positions("today", "overall")) == [28, 30, 38, 42, 90]

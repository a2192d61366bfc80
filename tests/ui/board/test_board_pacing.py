"""Phones placing while the facilitator drags (issue 14): the board draws
the phones' placements in the gaps between the drag's mouse moves, so the
dragged token keeps up with the hand, and nothing the phones sent is left
undrawn (ui/common/frame.py, PointerPacer)."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from test_board_crowd import console_board, crowd

from collabworkshop.ui.common.frame import PointerPacer, pointer_pacer

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton


def _mouse(board, kind, pos: QPointF, button, buttons) -> None:
    viewport = board.viewport()
    event = QMouseEvent(kind, pos, QPointF(viewport.mapToGlobal(pos.toPoint())), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _gap_closed() -> None:
    """Wait past the gap after the last move (the drag still moving)."""
    time.sleep(PointerPacer.CLOSES_S + 0.002)


def _at_rest() -> None:
    """Wait until no drag counts as moving."""
    time.sleep(PointerPacer.ACTIVE_S + 0.01)


def test_without_a_drag_nothing_waits(qtbot):
    _at_rest()
    ran = []
    assert not pointer_pacer().hold(lambda: ran.append(1))
    assert not pointer_pacer().spent()
    assert ran == []  # the caller runs it itself, at once


def test_work_due_after_the_gap_waits_for_the_next_move_and_never_long(qtbot):
    pacer = pointer_pacer()
    ran = []

    def work() -> None:
        ran.append(time.perf_counter())

    pacer.moved()
    _gap_closed()
    assert pacer.spent()
    held_at = time.perf_counter()
    assert pacer.hold(work)  # the next move is near: it waits for the gap after it
    assert pacer.hold(work)  # asked again: still one run
    QApplication.processEvents()
    if time.perf_counter() - held_at < PointerPacer.LONGEST_S:  # (a stalled machine: its wait is over)
        assert ran == []
    moved = time.perf_counter()
    pacer.moved()
    qtbot.waitUntil(lambda: bool(ran), timeout=1000)
    assert len(ran) == 1 and ran[0] >= moved + PointerPacer.GAP_S  # after the move's own frame
    # No move comes: it runs by itself all the same.
    pacer.moved()
    _gap_closed()
    assert pacer.hold(work)
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=1000)
    qtbot.wait(50)
    assert len(ran) == 2


def _board_with_a_row_to_drag(qtbot):
    session, round_id = crowd(200, 5)
    board, scene = console_board(qtbot, session, round_id)
    return session, round_id, board, scene


def test_phones_rows_are_drawn_in_the_gap_after_a_drags_move(qtbot):
    session, round_id, board, scene = _board_with_a_row_to_drag(qtbot)
    dims = [d.id for d in session.dimensions]
    dragged = scene.token(dims[2], "p1")
    start = board.mapFromScene(dragged.pos())
    _mouse(board, QEvent.Type.MouseButtonPress, QPointF(start), LEFT, LEFT)
    refreshed: list[str] = []
    scene.row_refreshed.connect(refreshed.append)
    x = float(start.x())
    try:
        _mouse(board, QEvent.Type.MouseMove, QPointF(x + 5, start.y()), NONE, LEFT)
        moved = time.perf_counter()
        QApplication.processEvents()
        _gap_closed()
        # Phones place on every row just before the mouse's next report.
        for i, dim in enumerate(dims):
            session.placements[(round_id, dim, "p7")] = 10.0 + 15 * i
            scene.refresh_row_soon(dim)
        QApplication.processEvents()
        if time.perf_counter() - moved < PointerPacer.LONGEST_S:  # (unless the machine stalled)
            assert refreshed == [] and set(scene.rows_due) == set(dims)  # not in the next move's way
        _mouse(board, QEvent.Type.MouseMove, QPointF(x + 10, start.y()), NONE, LEFT)
        qtbot.waitUntil(lambda: not scene.rows_due, timeout=2000)
        # Every row drawn, in the order they came due, with p7 where the phones put it.
        assert refreshed[:len(dims)] == dims
        for i, dim in enumerate(dims):
            assert scene.shown_token(dim, "p7").value == 10.0 + 15 * i
        assert abs(dragged.x() - board.mapToScene(int(x + 10), 0).x()) < 2  # the drag followed the hand
    finally:
        _mouse(board, QEvent.Type.MouseButtonRelease, QPointF(x + 10, start.y()), LEFT, NONE)


def test_rows_left_over_from_a_spent_gap_go_first_in_the_next(qtbot):
    # A slow machine: each row takes longer than the gap. One row per gap
    # while the drag moves, the rows left over before any newly due, and
    # the rest by itself once no move comes.
    session, round_id, board, scene = _board_with_a_row_to_drag(qtbot)
    dims = [d.id for d in session.dimensions]
    dragged = scene.token(dims[2], "p1")
    start = board.mapFromScene(dragged.pos())
    refreshed: list[str] = []
    times: list[tuple[float, float]] = []  # each row's redraw: began, ended

    def slow_row(dimension_id: str) -> None:
        began = time.perf_counter()
        refreshed.append(dimension_id)
        time.sleep(PointerPacer.CLOSES_S + 0.001)
        times.append((began, time.perf_counter()))

    scene.row_refreshed.connect(slow_row)
    x = float(start.x())
    _mouse(board, QEvent.Type.MouseButtonPress, QPointF(start), LEFT, LEFT)
    try:
        _mouse(board, QEvent.Type.MouseMove, QPointF(x + 5, start.y()), NONE, LEFT)
        QApplication.processEvents()
        _gap_closed()
        for dim in dims[:3]:
            scene.refresh_row_soon(dim)
        QApplication.processEvents()
        assert refreshed == []
        _mouse(board, QEvent.Type.MouseMove, QPointF(x + 10, start.y()), NONE, LEFT)
        moved = time.perf_counter()
        qtbot.waitUntil(lambda: bool(refreshed), timeout=1000)
        scene.refresh_row_soon(dims[4])
        scene.refresh_row_soon(dims[0])
        qtbot.waitUntil(lambda: not scene.rows_due, timeout=2000)  # no more moves: by itself
        assert refreshed == [dims[0], dims[1], dims[2], dims[4], dims[0]]
        # The gap was spent after the first row: the second waited for a
        # gap of its own (no move came, so for its longest wait), unless the
        # machine stalled so long that the drag counts as at rest by then.
        if times[0][1] - moved < PointerPacer.ACTIVE_S - PointerPacer.LONGEST_S:
            assert times[1][0] - times[0][1] >= PointerPacer.LONGEST_S / 2
    finally:
        _mouse(board, QEvent.Type.MouseButtonRelease, QPointF(x + 10, start.y()), LEFT, NONE)


def test_the_same_row_refresh_without_a_drag_is_not_held(qtbot):
    session, round_id, board, scene = _board_with_a_row_to_drag(qtbot)
    _at_rest()
    held = pointer_pacer().held
    dim = session.dimensions[0].id
    session.placements[(round_id, dim, "p7")] = 42.0
    scene.refresh_row_soon(dim)
    qtbot.waitUntil(lambda: not scene.rows_due, timeout=1000)
    assert pointer_pacer().held == held
    token = scene.shown_token(dim, "p7")
    assert token.value == 42.0
    assert abs(token.pos().x() - scene.rest_pos(token, 42.0, token.lane, token.shift).x()) < 0.5


def test_a_board_closed_while_its_rows_wait_for_a_gap_is_left_alone(qtbot):
    # The page turns while the facilitator's hand is still moving: what its
    # board had waiting is dropped with it, without an error.
    session, round_id = crowd(200, 5)
    board, scene = console_board(qtbot, session, round_id, keep=False)
    pacer = pointer_pacer()
    pacer.moved()
    _gap_closed()
    held = pacer.held
    scene.refresh_row_soon(session.dimensions[0].id)
    QApplication.processEvents()
    assert pacer.held == held + 1 and scene.rows_due
    board.close()
    board.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(scene)
    pacer.moved()
    qtbot.wait(int(PointerPacer.LONGEST_S * 1000) + 20)  # the gap came and went: nothing raised

"""The spectrum board driven with real mouse and keyboard events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.analysis import describe
from collabworkshop.storage import read_session
from collabworkshop.ui.board import value_to_x

TODAY_STEP = 2  # list entry: 0 set-up, 1 frame, 2 place today, 3 place needed


@pytest.fixture
def today_page(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(TODAY_STEP)
    return place_page(window)


def test_drag_updates_statistics_live_and_commits_on_release(window, today_page, qtbot):
    controller = window.controller
    board, stats = today_page.board, today_page.stats
    before = controller.session.position("today", "integration", "t2")
    assert before == 75
    median_before = stats.figure_labels["median"].text()

    # Drag Port Authority from 75 down to 10 without releasing: the figures
    # and the table follow, but nothing is committed yet.
    drag_token(board, "integration", "t2", 10, release=False)
    live = controller.position("today", "integration", "t2")  # where the token is now
    assert live == pytest.approx(10, abs=1.5)
    expected = describe([20, live, 35, 22, 18])
    # The panel redraws at display-frame rate while dragging.
    qtbot.waitUntil(lambda: stats.figure_labels["mean"].text() == f"{expected.mean:.0f}", timeout=1000)
    assert stats.headline.text().startswith("Integration")
    assert stats.figure_labels["mean"].text() == f"{expected.mean:.0f}"
    assert stats.figure_labels["sd"].text() == f"{expected.sd:.1f}"
    assert stats.figure_labels["median"].text() == f"{expected.median:.0f}" != median_before
    assert controller.session.position("today", "integration", "t2") == 75
    assert controller.undo_stack.count() == 0
    row = [d.id for d in controller.session.dimensions].index("integration")
    assert stats.table.item(row, 3).text() == f"{expected.rwg:.2f}"

    QTest.mouseRelease(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       board.value_view_pos("integration", 10))
    committed = controller.session.position("today", "integration", "t2")
    assert committed == pytest.approx(10, abs=1.5)
    assert controller.undo_stack.count() == 1
    # The named session was saved as the drop happened.
    on_disk = read_session(window.controller.path)
    assert on_disk.position("today", "integration", "t2") == committed


def test_one_drag_is_one_undo_step(window, today_page):
    controller = window.controller
    drag_token(today_page.board, "overall", "t1", 90, steps=12)
    assert controller.undo_stack.count() == 1
    assert controller.session.position("today", "overall", "t1") == pytest.approx(90, abs=1.5)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.session.position("today", "overall", "t1") == 35
    # The token went back on the board too.
    token = today_page.board.board_scene.token("overall", "t1")
    assert token.value == 35
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.session.position("today", "overall", "t1") == pytest.approx(90, abs=1.5)


def test_token_stays_on_its_row_and_within_the_line(window, today_page):
    board = today_page.board
    viewport = board.viewport()
    start = board.token_view_pos("decisions", "t3")
    far = board.value_view_pos("decisions", 100)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    # Move far right and well below the row: the token clamps to 100 on its row.
    target = far + type(far)(400, 120)
    QTest.mouseMove(viewport, target)
    token = board.board_scene.token("decisions", "t3")
    assert token.y() == pytest.approx(board.board_scene.row_y("decisions"))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert window.controller.session.position("today", "decisions", "t3") == 100


def test_dragging_into_the_tray_unplaces_the_team(window, today_page):
    controller = window.controller
    drag_token(today_page.board, "relationship", "t4", -40)  # left of the line: the tray
    assert controller.session.position("today", "relationship", "t4") is None
    assert today_page.stats.table.item(1, 1).text() == "4"


def test_tab_walks_the_tokens_then_leaves_the_board(window, today_page):
    board = today_page.board
    scene = board.board_scene
    board.setFocus(Qt.FocusReason.TabFocusReason)
    assert scene.focusItem() is scene.token("overall", "t1")
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    assert scene.focusItem() is scene.token("overall", "t2")
    # Focusing a token shows its dimension's statistics.
    for _ in range(5):
        QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    assert scene.focusItem() is scene.token("relationship", "t2")
    assert today_page.stats.headline.text().startswith("Relationship")
    QTest.keyClick(board.viewport(), Qt.Key.Key_Backtab)
    assert scene.focusItem() is scene.token("relationship", "t1")
    # Past the last token, Tab moves on to the next widget.
    scene.token("decisions", "t5").setFocus()
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    assert not board.hasFocus()


def test_keyboard_move_is_pending_until_enter(window, today_page):
    controller = window.controller
    board = today_page.board
    board.setFocus(Qt.FocusReason.TabFocusReason)  # the first token: Harbour Works, overall
    token = board.board_scene.token("overall", "t1")
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    # Shown and previewed (live statistics), not committed.
    assert token.value == 46 and token.pending
    assert controller.position("today", "overall", "t1") == 46
    assert controller.session.position("today", "overall", "t1") == 35
    assert controller.undo_stack.count() == 0
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert controller.session.position("today", "overall", "t1") == 46
    assert controller.undo_stack.count() == 1  # the whole keyboard move is one step
    QTest.keyClick(board.viewport(), Qt.Key.Key_Home)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Enter)
    assert controller.session.position("today", "overall", "t1") == 0
    QTest.keyClick(board.viewport(), Qt.Key.Key_End)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert controller.session.position("today", "overall", "t1") == 100
    assert controller.undo_stack.count() == 3
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.session.position("today", "overall", "t1") == 0
    assert token.value == 0


def test_escape_puts_the_token_back(window, today_page):
    controller = window.controller
    board = today_page.board
    board.setFocus(Qt.FocusReason.TabFocusReason)
    token = board.board_scene.token("overall", "t1")
    start = token.pos()
    for _ in range(3):
        QTest.keyClick(board.viewport(), Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert token.value == 5
    assert controller.position("today", "overall", "t1") == 5
    QTest.keyClick(board.viewport(), Qt.Key.Key_Escape)
    assert token.value == 35 and not token.pending
    assert token.pos() == start
    assert controller.position("today", "overall", "t1") == 35  # the live preview is gone too
    assert controller.undo_stack.count() == 0


def test_undo_during_a_pending_move_puts_the_token_back_first(window, today_page):
    controller = window.controller
    board = today_page.board
    drag_token(board, "relationship", "t1", 80)
    token = board.board_scene.token("overall", "t1")
    token.setFocus()
    board.setFocus()
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert token.pending
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not token.pending and token.value == 35
    assert controller.position("today", "overall", "t1") == 35
    assert controller.session.position("today", "relationship", "t1") != pytest.approx(80, abs=1.5)


def test_leaving_a_token_commits_its_pending_move(window, today_page):
    controller = window.controller
    board = today_page.board
    board.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)  # on to Port Authority
    assert controller.session.position("today", "overall", "t1") == 36
    assert board.board_scene.focusItem() is board.board_scene.token("overall", "t2")
    assert controller.undo_stack.count() == 1


def test_keyboard_places_a_token_from_the_tray(window, today_page):
    controller = window.controller
    board = today_page.board
    scene = board.board_scene
    drag_token(board, "relationship", "t4", -40)  # into the tray
    assert controller.session.position("today", "relationship", "t4") is None
    token = scene.token("relationship", "t4")
    token.setFocus(Qt.FocusReason.TabFocusReason)
    board.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right)  # onto the line at the midpoint
    assert token.value == 50 and token.x() == value_to_x(50)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert controller.session.position("today", "relationship", "t4") == 51


def test_the_focused_token_is_described_for_screen_readers(window, today_page):
    board = today_page.board
    board.setFocus(Qt.FocusReason.TabFocusReason)
    assert board.accessibleName() == "Spectrum board"
    assert board.accessibleDescription() == "Harbour Works, Overall way of working, 35 of 100, cooperation side"
    QTest.keyClick(board.viewport(), Qt.Key.Key_End)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert board.accessibleDescription() == "Harbour Works, Overall way of working, 100 of 100, collaboration side"
    QTest.keyClick(board.viewport(), Qt.Key.Key_Delete)
    assert board.accessibleDescription() == "Harbour Works, Overall way of working, not placed"
    token = board.board_scene.token("overall", "t1")
    assert token.toolTip() == board.accessibleDescription()


def test_needed_step_shows_today_and_the_gap(window, sample_copy):
    window.open_file(sample_copy)
    window.workshop.show_entry(3)
    page = place_page(window)
    table = page.stats.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Gap" in headers
    session = window.controller.session
    row = [d.id for d in session.dimensions].index("integration")
    gap = describe(session.positions("needed", "integration")).median - describe(
        session.positions("today", "integration")
    ).median
    assert table.item(row, headers.index("Gap")).text() == f"{gap:+.1f}"  # gaps: one decimal, as in the reports
    assert table.item(row, headers.index("Size")).text() == "Major"
    # Today's tokens are drawn as ghosts beside Needed's.
    ghosts = page.board.board_scene._rows["integration"].ghosts
    assert len(ghosts) == len(session.teams) and all(g.isVisible() for g in ghosts.values())


def test_lanes_fan_out_close_tokens_and_keep_far_ones_on_the_line():
    from collabworkshop.ui.board import LANE_STEP, assign_lanes, lane_offsets

    apart = assign_lanes([(10.0, "a"), (40.0, "b"), (70.0, "c")])
    assert apart == {"a": 0.0, "b": 0.0, "c": 0.0}
    # Five teams on the same spot: the line, above, below, then the least crowded lanes.
    same = assign_lanes([(50.0, k) for k in "abcde"])
    assert [same[k] for k in "abc"] == [0.0, -LANE_STEP, LANE_STEP]
    assert set(same.values()) <= set(lane_offsets())
    # Small tokens get five lanes, all inside the row.
    small = lane_offsets(12.0)
    assert len(small) == 5 and max(abs(o) for o in small) + 12 <= 68
    crowd = assign_lanes([(50.0 + i * 0.5, f"p{i}") for i in range(5)], radius=12.0)
    assert sorted(crowd.values()) == sorted(small)

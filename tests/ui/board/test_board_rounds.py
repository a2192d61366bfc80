"""Blind placement and reveal, re-placement rounds and the movement view,
driven through the place page's own buttons and real mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.analysis import describe
from collabworkshop.ui.board import TRAY_X1, value_to_x

TODAY_STEP = 2
DISCUSS_STEP = 4


@pytest.fixture
def today_page(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(TODAY_STEP)
    return place_page(window)


def _hide(page, qtbot):
    QTest.mouseClick(page.hide_button, Qt.MouseButton.LeftButton)
    assert page.hidden


def test_hiding_puts_every_token_in_the_tray_and_the_statistics_away(window, today_page, qtbot):
    page = today_page
    controller = window.controller
    scene = page.board.board_scene
    # Start from one token not placed, so the count is not trivially full.
    drag_token(page.board, "overall", "t5", -40)
    _hide(page, qtbot)
    assert controller.session.round("today").hidden
    assert page.hide_button.text().replace("&", "") == "Reveal placements"
    assert page.stats_stack.currentWidget() is page.placed_label
    assert page.placed_label.accessibleDescription() == "Placed: 24 of 25"
    assert "Placed: 24 of 25" in page.placed_label.text()
    for token in scene.tokens():
        assert token.x() < TRAY_X1  # no position on the line gives anything away
    assert all(not row.markers for row in scene._rows.values())  # no median, no gap
    assert scene._rows["overall"].summary.text() == "placed: 4 of 5"
    token = scene.token("overall", "t1")
    assert token.accessible_value() == "placed, hidden until the reveal"
    assert token.toolTip().endswith("placed, hidden until the reveal")
    # Hiding is one undo step.
    assert controller.undo_stack.undoText() == "Hide placements"


def test_placing_while_hidden_shows_the_token_only_while_it_moves(window, today_page, qtbot):
    page = today_page
    controller = window.controller
    scene = page.board.board_scene
    board = page.board
    drag_token(board, "relationship", "t3", -40)
    _hide(page, qtbot)
    assert page.placed_label.accessibleDescription() == "Placed: 24 of 25"
    token = scene.token("relationship", "t3")
    drag_token(board, "relationship", "t3", 64, release=False)
    assert token.x() == pytest.approx(value_to_x(64), abs=15)  # visible to the person placing it
    QTest.mouseRelease(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       board.value_view_pos("relationship", 64))
    assert controller.session.position("today", "relationship", "t3") == pytest.approx(64, abs=1.5)
    assert token.x() < TRAY_X1  # back to the tray, with its tick
    assert page.placed_label.accessibleDescription() == "Placed: 25 of 25"
    # The keyboard works the same way: on the line while pending, then hidden.
    token.setFocus()
    board.setFocus()
    QTest.keyClick(board.viewport(), Qt.Key.Key_End)
    assert token.x() == value_to_x(100)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert token.x() < TRAY_X1
    assert controller.session.position("today", "relationship", "t3") == 100


def test_reveal_flies_the_tokens_out_and_brings_the_statistics_back(window, today_page, qtbot):
    page = today_page
    scene = page.board.board_scene
    _hide(page, qtbot)
    QTest.mouseClick(page.hide_button, Qt.MouseButton.LeftButton)  # now "Reveal placements"
    assert not window.controller.session.round("today").hidden
    assert scene.revealing  # an animation, not a jump
    assert page.stats_stack.currentWidget() is page.placed_label
    qtbot.waitUntil(lambda: not scene.revealing, timeout=5000)
    assert page.stats_stack.currentWidget() is page.stats
    token = scene.token("overall", "t1")
    assert token.x() == pytest.approx(value_to_x(35))
    assert scene._rows["overall"].markers and all(m.opacity() == 1.0 for m in scene._rows["overall"].markers)
    assert page.hide_button.text().replace("&", "") == "Hide placements"


def test_undo_of_a_hide_reveals_and_the_animation_can_be_finished(window, today_page, qtbot):
    page = today_page
    scene = page.board.board_scene
    _hide(page, qtbot)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.hidden and not page.hide_button.isChecked()
    scene.finish_reveal()  # tests and screenshots need not wait for it
    assert not scene.revealing
    assert page.stats_stack.currentWidget() is page.stats
    assert scene.token("overall", "t2").x() == pytest.approx(value_to_x(30))


def test_each_round_is_hidden_on_its_own(window, today_page, qtbot):
    _hide(today_page, qtbot)
    window.workshop.show_entry(TODAY_STEP + 1)  # Needed
    needed = place_page(window)
    assert not needed.hidden
    assert needed.stats_stack.currentWidget() is needed.stats
    assert needed.board.board_scene.token("overall", "t1").x() == pytest.approx(value_to_x(72))


def test_a_re_placement_round_follows_the_discussion(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(DISCUSS_STEP)
    discuss = place_page(window)
    controller = window.controller
    steps_before = len(controller.session.steps)
    QTest.mouseClick(discuss.replace_button, Qt.MouseButton.LeftButton)
    session = controller.session
    new_round = session.rounds[-1]
    assert (new_round.name, new_round.follows) == ("After discussion", "needed")
    assert len(session.steps) == steps_before + 1
    new_step = session.steps[DISCUSS_STEP]  # right after the discussion step
    assert new_step.round_id == new_round.id and new_step.kind.value == "place"
    # The workshop moved on to it; its board starts empty.
    page = place_page(window)
    assert page.step.id == new_step.id
    assert window.workshop.step_list.count() == steps_before + 2  # set-up + the steps
    assert all(t.value is None for t in page.board.board_scene.tokens())
    assert page.movement_button.isVisible()
    # Adding the round and its step is one undo step.
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert [r.id for r in session.rounds] == ["today", "needed"]
    assert len(session.steps) == steps_before
    assert window.workshop.step_list.count() == steps_before + 1  # set-up + the steps
    controller.undo_stack.redo()
    assert session.rounds[-1].follows == "needed" and len(session.steps) == steps_before + 1


def test_movement_view_draws_arrows_and_the_change_in_agreement(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(DISCUSS_STEP)
    QTest.mouseClick(place_page(window).replace_button, Qt.MouseButton.LeftButton)
    page = place_page(window)
    controller = window.controller
    round_id = page.step.round_id
    # Everyone moves towards 72 on "Overall" (Needed was 72, 70, 75, 65, 80).
    for team, value in (("t1", 72), ("t2", 71), ("t3", 73), ("t4", 70), ("t5", 74)):
        drag_token(page.board, "overall", team, value)
    after = controller.session.positions(round_id, "overall")
    before = controller.session.positions("needed", "overall")
    scene = page.board.board_scene
    assert not scene.show_movement
    QTest.mouseClick(page.movement_button, Qt.MouseButton.LeftButton)
    assert scene.show_movement
    row = scene._rows["overall"]
    expected = (f"rwg {describe(before).rwg:.2f} \u2192 {describe(after).rwg:.2f} \u25b2 converging")
    assert row.summary.text() == expected
    arrows = [m for m in row.markers if m.toolTip() == "movement since the previous round"]
    assert arrows and not arrows[0].path().isEmpty()
    QTest.mouseClick(page.movement_button, Qt.MouseButton.LeftButton)
    assert not any(m.toolTip() == "movement since the previous round" for m in scene._rows["overall"].markers)


def test_blind_placement_hides_the_earlier_round_too(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(TODAY_STEP + 1)  # Needed, with Today ghosted
    page = place_page(window)
    ghosts = page.board.board_scene._rows["overall"].ghosts
    assert all(g.isVisible() for g in ghosts.values())
    _hide(page, qtbot)
    assert not any(g.isVisible() for g in page.board.board_scene._rows["overall"].ghosts.values())
    QTest.mouseClick(page.hide_button, Qt.MouseButton.LeftButton)
    page.board.board_scene.finish_reveal()
    assert all(g.isVisible() for g in page.board.board_scene._rows["overall"].ghosts.values())

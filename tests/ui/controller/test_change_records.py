"""Every edit made in the real window yields one change record naming what
changed and where the edit came from: a drag on the board, the keys, the
console, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.model import Lever, Part
from collabworkshop.session import Origin

TODAY_STEP = 2


@pytest.fixture
def today_page(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(TODAY_STEP)
    return place_page(window)


@pytest.fixture
def records(window, today_page):
    seen = []
    window.controller.changed.connect(seen.append)
    return seen


def test_a_drag_on_the_board_is_one_record_from_the_board(window, today_page, records):
    drag_token(today_page.board, "overall", "t3", 80, steps=8)
    assert len(records) == 1  # the moves in between are previews, not changes
    record = records[0]
    assert record.origin is Origin.BOARD
    assert record.parts == {Part.PLACEMENTS}
    assert record.keys_of(Part.PLACEMENTS) == {("today", "overall", "t3")}
    assert window.controller.session.position("today", "overall", "t3") == pytest.approx(80, abs=1.5)


def test_a_keyboard_move_is_a_record_from_the_keyboard(window, today_page, records):
    board = today_page.board
    board.board_scene.token("decisions", "t5").setFocus()
    board.setFocus()
    for _ in range(3):
        QTest.keyClick(board.viewport(), Qt.Key.Key_Right)
    assert records == []  # a pending keyboard move is not yet an edit
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert [(r.origin, r.keys_of(Part.PLACEMENTS)) for r in records] == [
        (Origin.KEYBOARD, {("today", "decisions", "t5")})
    ]
    QTest.keyClick(board.viewport(), Qt.Key.Key_Delete)  # off the line, at once
    assert records[-1].origin is Origin.KEYBOARD
    assert window.controller.session.position("today", "decisions", "t5") is None


def test_undo_and_redo_are_records_of_their_own_origin(window, today_page, records):
    controller = window.controller
    before = controller.session.position("today", "overall", "t3")
    drag_token(today_page.board, "overall", "t3", 20)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.session.position("today", "overall", "t3") == before
    controller.undo_stack.redo()
    assert [r.origin for r in records] == [Origin.BOARD, Origin.UNDO, Origin.REDO]
    assert {frozenset(r.keys_of(Part.PLACEMENTS)) for r in records} == {frozenset({("today", "overall", "t3")})}
    # The token shows the model again after each of them.
    token = today_page.board.board_scene.token("overall", "t3")
    assert token.value == controller.session.position("today", "overall", "t3")


def test_hiding_from_the_console_is_a_console_record_and_the_board_hides(window, today_page, records):
    console = window.console_panel
    QTest.mouseClick(console.reveal_button, Qt.MouseButton.LeftButton)
    assert window.controller.session.round("today").hidden
    assert [(r.origin, r.parts, r.keys_of(Part.ROUNDS)) for r in records] == [
        (Origin.CONSOLE, {Part.ROUNDS}, {"today"})
    ]
    assert today_page.hidden  # the place page redrew from the record
    # The page's own button and the console do the same operation: one undo text.
    assert window.controller.undo_stack.undoText() == "Hide placements"


def test_a_vote_past_the_budget_is_refused_where_it_was_asked(window, sample_copy, messages):
    from collabworkshop.ui.steps.vote_page import VotePage

    assert window.open_file(sample_copy)
    controller = window.controller
    entry = next(i for i, s in enumerate(controller.session.steps, start=1) if s.kind.value == "vote")
    window.workshop.show_entry(entry)
    page = window.workshop.current_page()
    assert isinstance(page, VotePage)
    team = controller.session.teams[0]
    budget = controller.session.settings.vote_dots
    for _ in range(budget + 1):  # the sample's teams may have voted already
        if not page.change_vote(team.id, Lever.SHARED_GOALS, +1):
            break
    count = controller.undo_stack.count()
    assert not page.change_vote(team.id, Lever.SHARED_GOALS, +1)
    assert controller.undo_stack.count() == count  # nothing pushed
    assert page.feedback.text().startswith(f"{team.name} has placed all {budget} dots")
    assert messages == []  # said on the page, not in a dialog


def test_a_re_placement_round_and_its_step_are_one_record(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(4)  # the discussion step
    discuss = place_page(window)
    controller = window.controller
    seen = []
    controller.changed.connect(seen.append)
    QTest.mouseClick(discuss.replace_button, Qt.MouseButton.LeftButton)
    new_round = controller.session.rounds[-1]
    assert [(r.origin, r.parts) for r in seen] == [(Origin.EDITOR, {Part.ROUNDS, Part.STEPS})]
    assert seen[0].keys_of(Part.ROUNDS) == {new_round.id}
    assert seen[0].label == "Add re-placement round" == controller.undo_stack.undoText()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert new_round not in controller.session.rounds
    assert [r.origin for r in seen] == [Origin.EDITOR, Origin.UNDO]

"""The lever vote step: dots per team, limits, the live tally, undo, and the
vote's effect on the action plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabworkshop.model import Lever, StepKind


def _vote_page(window, sample_copy):
    from collabworkshop.ui.steps.vote_page import VotePage

    window.open_file(sample_copy)
    steps = window.controller.session.steps
    entry = next(i + 1 for i, s in enumerate(steps) if s.kind is StepKind.VOTE)
    window.workshop.show_entry(entry)
    page = window.workshop.current_page()
    assert isinstance(page, VotePage), type(page)
    return page


def _tally(page, lever: Lever) -> str:
    return page._bars[lever].text()


def test_sample_vote_is_shown_with_names_numbers_and_importance(window, sample_copy):
    page = _vote_page(window, sample_copy)
    cell = page._cells[("t1", Lever.SHARED_GOALS)]
    assert cell.count.text() == "2"
    assert cell.accessibleName() == "Harbour Works, L1 Shared goals, 2 dots"
    assert cell.plus.accessibleName() == "Harbour Works, L1 Shared goals, 2 dots: add a dot"
    qc_l6 = page._cells[("t5", Lever.RIGHT_PARTNERS)]
    assert qc_l6.accessibleName() == "Quayside Community, L6 The right partners, 0 dots"
    # Totals of the sample's vote, as numbers (not only bar lengths).
    assert [_tally(page, lever) for lever in Lever] == ["5 dots", "3 dots", "3 dots", "4 dots", "0 dots", "0 dots"]
    assert page._importance[Lever.SHARED_GOALS].text() == "3 (high)"
    assert page._importance[Lever.JOINT_GOVERNANCE].text() == "2 (medium)"
    assert page._importance[Lever.RIGHT_PARTNERS].text() == "1 (low)"
    assert page._left["t1"].text() == "\u2713 all 3 dots placed"


def test_a_team_cannot_exceed_its_dots(window, sample_copy, qtbot):
    page = _vote_page(window, sample_copy)
    session = window.controller.session
    before = dict(session.votes)
    depth = window.controller.undo_stack.count()
    plus = page._cells[("t1", Lever.MUTUAL_ACCOUNTABILITY)].plus
    # No dots left: "+" is disabled and says why, to the eye and to a screen reader.
    assert not plus.isEnabled()
    reason = "Harbour Works has no dots left: take one off another lever first."
    assert reason in plus.toolTip() and plus.accessibleDescription() == reason
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert session.votes == before
    assert window.controller.undo_stack.count() == depth
    # The "+" key on the cell's other button is refused by the budget rule, with the message.
    minus = page._cells[("t1", Lever.MUTUAL_ACCOUNTABILITY)].minus
    QTest.keyClick(minus, Qt.Key.Key_Plus)
    assert session.votes == before
    assert page.feedback.text() == "Harbour Works has placed all 3 dots. Take a dot off another lever first."
    assert _tally(page, Lever.MUTUAL_ACCOUNTABILITY) == "0 dots"
    # Free a dot, then the same button works and the message goes.
    qtbot.mouseClick(page._cells[("t1", Lever.SHARED_GOALS)].minus, Qt.MouseButton.LeftButton)
    assert page._left["t1"].text() == "1 dot of 3 left"
    assert plus.isEnabled() and plus.accessibleDescription() == ""
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert session.votes[("t1", "L5")] == 1
    assert page.feedback.text() == ""
    assert _tally(page, Lever.MUTUAL_ACCOUNTABILITY) == "1 dot"
    assert _tally(page, Lever.SHARED_GOALS) == "4 dots"
    # Minus at zero does nothing and is disabled.
    minus = page._cells[("t2", Lever.RIGHT_PARTNERS)].minus
    assert not minus.isEnabled()


def test_tally_updates_live_and_each_change_is_one_undo_step(window, sample_copy, qtbot):
    page = _vote_page(window, sample_copy)
    controller = window.controller
    stack = controller.undo_stack
    qtbot.mouseClick(page._cells[("t3", Lever.OPEN_COMMUNICATION)].minus, Qt.MouseButton.LeftButton)
    assert _tally(page, Lever.OPEN_COMMUNICATION) == "3 dots"
    qtbot.mouseClick(page._cells[("t3", Lever.RIGHT_PARTNERS)].plus, Qt.MouseButton.LeftButton)
    assert _tally(page, Lever.RIGHT_PARTNERS) == "1 dot"
    td_l6 = page._cells[("t3", Lever.RIGHT_PARTNERS)]
    assert td_l6.accessibleName() == "Tidewater Design, L6 The right partners, 1 dot"
    assert stack.undoText() == "Vote on levers"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tally(page, Lever.RIGHT_PARTNERS) == "0 dots"
    assert page._cells[("t3", Lever.RIGHT_PARTNERS)].count.text() == "0"
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tally(page, Lever.OPEN_COMMUNICATION) == "4 dots"
    stack.redo()
    assert _tally(page, Lever.OPEN_COMMUNICATION) == "3 dots"
    # An edit made elsewhere (here: the controller) shows on the page too.
    controller.set_vote("t2", Lever.RIGHT_PARTNERS, 0)
    controller.set_vote("t4", Lever.RIGHT_PARTNERS, 0)
    controller.set_vote("t2", Lever.JOINT_GOVERNANCE, 0)
    assert _tally(page, Lever.JOINT_GOVERNANCE) == "1 dot"


def test_keyboard_voting(window, sample_copy):
    page = _vote_page(window, sample_copy)
    cell = page._cells[("t3", Lever.SHARED_GOALS)]
    cell.minus.setFocus()
    QTest.keyClick(cell.minus, Qt.Key.Key_Minus)
    assert window.controller.session.votes.get(("t3", "L1"), 0) == 0
    other = page._cells[("t3", Lever.RIGHT_PARTNERS)]
    other.plus.setFocus()
    QTest.keyClick(other.plus, Qt.Key.Key_Space)  # press the focused + button
    # The last dot: "+" is disabled and the focus stays on the lever, on its "-".
    assert not other.plus.isEnabled() and other.minus.hasFocus()
    QTest.keyClick(other.minus, Qt.Key.Key_Plus)  # over the limit: refused
    assert window.controller.session.votes[("t3", "L6")] == 1
    assert "Tidewater Design has placed all 3 dots" in page.feedback.text()
    QTest.keyClick(other.minus, Qt.Key.Key_Down)
    assert ("t3", "L6") not in window.controller.session.votes


def test_facilitator_changes_the_dots(window, sample_copy, qtbot):
    page = _vote_page(window, sample_copy)
    controller = window.controller
    page.dots_spin.setFocus()
    QTest.keyClick(page.dots_spin, Qt.Key.Key_Up)
    assert controller.session.settings.vote_dots == 4
    assert page._left["t1"].text() == "1 dot of 4 left"
    qtbot.mouseClick(page._cells[("t1", Lever.RIGHT_PARTNERS)].plus, Qt.MouseButton.LeftButton)
    assert controller.session.votes[("t1", "L6")] == 1
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.session.settings.vote_dots == 3 and page.dots_spin.value() == 3
    # Fewer dots than a team placed: the page says so rather than deleting votes.
    page.dots_spin.setValue(2)
    assert page._left["t1"].text() == "\u26a0 1 dot over: take some off"
    assert controller.session.votes[("t1", "L1")] == 2


def test_the_vote_sets_the_plan_priorities(window, sample_copy, qtbot):
    page = _vote_page(window, sample_copy)
    controller = window.controller

    def plan():
        # Accepted actions survive regeneration; start from none so every
        # action is a fresh suggestion ranked by the current vote.
        for action in list(controller.session.actions):
            controller.remove_action(action.id)
        controller.generate_plan()
        return [(a.lever, round(a.priority, 3)) for a in controller.session.actions]

    with_sample_vote = plan()
    # Everybody moves all their dots to L6 "The right partners".
    for team in controller.session.teams:
        for lever in Lever:
            cell = page._cells[(team.id, lever)]
            while cell.count.text() != "0":
                qtbot.mouseClick(cell.minus, Qt.MouseButton.LeftButton)
        for _ in range(3):
            qtbot.mouseClick(page._cells[(team.id, Lever.RIGHT_PARTNERS)].plus, Qt.MouseButton.LeftButton)
    assert _tally(page, Lever.RIGHT_PARTNERS) == "15 dots"
    assert page._importance[Lever.SHARED_GOALS].text() == "1 (low)"
    importance = controller.session.lever_importance()
    assert importance[Lever.RIGHT_PARTNERS] == 3 and importance[Lever.SHARED_GOALS] == 1
    after = plan()
    assert after != with_sample_vote
    shared_before = max(p for lever, p in with_sample_vote if lever is Lever.SHARED_GOALS)
    shared_after = max(p for lever, p in after if lever is Lever.SHARED_GOALS)
    assert shared_after < shared_before  # L1 went from importance 3 to 1


def test_on_a_laptop_the_vote_page_scrolls_once_never_sideways_and_reaches_every_lever(window, sample_copy, qtbot):
    """At 1366x768 with the console shown (the window maximised on a laptop)
    the page has one scroll region, the step page's own, and no sideways
    scroll; every team's dots on all six levers and every lever's tally can
    be scrolled into view. A grid scrolling inside a page that scrolls gave
    two nested scroll bars, one wheel turn moving either."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea

    window.resize(1366, 768)
    window.console_dock.setVisible(True)
    page = _vote_page(window, sample_copy)
    qtbot.wait(50)
    scroller = window.workshop.scroller
    regions = [a for a in window.workshop.findChildren(QAbstractScrollArea)
               if a.isVisible() and (a is scroller or page.isAncestorOf(a))]
    scrolling = [a.accessibleName() for a in regions
                 if a.verticalScrollBar().isVisible() or a.horizontalScrollBar().isVisible()]
    assert len(scrolling) <= 1, scrolling
    assert [a for a in regions if a.horizontalScrollBar().isVisible()] == []
    assert page.width() <= scroller.viewport().width()
    viewport = scroller.viewport()

    def reachable(widget) -> bool:
        scroller.ensureWidgetVisible(widget, 0, 0)
        qtbot.wait(1)
        where = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
        return widget.isVisible() and viewport.rect().contains(where)

    teams = window.controller.session.teams
    assert len({lever for (_team, lever) in page._cells}) == 6
    for team in teams:
        for lever in Lever:
            cell = page._cells[(team.id, lever)]
            assert reachable(cell.plus) and reachable(cell.minus), (team.name, lever.value)
    for lever in Lever:
        assert reachable(page._bars[lever]), lever.value

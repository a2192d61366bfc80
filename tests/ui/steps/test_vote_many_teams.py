"""The lever vote in a big room: fifty teams. The page builds the rows a
user can see (and the ones the keyboard goes to), not 300 cells at once;
every team's - and + on every lever can still be reached by Tab and used."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from collabworkshop.model import Lever, StepKind

TEAMS = 50


def _big_vote_page(window, sample_copy, qtbot):
    from collabworkshop.ui.steps.vote_page import VotePage

    window.open_file(sample_copy)
    controller = window.controller
    for i in range(TEAMS - len(controller.session.teams)):
        assert controller.add_team(f"Extra team {i + 1:02d}") is not None
    entry = next(i + 1 for i, s in enumerate(controller.session.steps) if s.kind is StepKind.VOTE)
    window.workshop.show_entry(entry)
    page = window.workshop.current_page()
    assert isinstance(page, VotePage), type(page)
    qtbot.wait(20)  # let it paint: rows scrolled into view are built then
    return page


def _who(page, widget):
    """(team id, lever, "+" or "-") of a vote button, or None."""
    for (team_id, lever), cell in page._cells.items():
        if widget is cell.plus:
            return team_id, lever, "+"
        if widget is cell.minus:
            return team_id, lever, "-"
    return None


def test_fifty_teams_build_a_bounded_page_and_tab_reaches_every_button(window, sample_copy, qtbot):
    page = _big_vote_page(window, sample_copy, qtbot)
    session = window.controller.session
    assert len(session.teams) == TEAMS
    # Not a row of buttons per team up front: 50 x 6 x 2 = 600 buttons before.
    assert len(page.findChildren(QToolButton)) <= 2 * len(Lever) * 16
    # Tab from the first team's first button through the whole grid.
    first = page._cells[(session.teams[0].id, Lever.SHARED_GOALS)]
    start = first.minus if first.minus.isEnabled() else first.plus
    start.setFocus(Qt.FocusReason.TabFocusReason)
    viewport = window.workshop.scroller.viewport()
    reached = []
    for _ in range(TEAMS * len(Lever) * 2 + 5):
        where = _who(page, QApplication.focusWidget())
        if where is None:
            break
        reached.append(where)
        # The page scrolls to the button the keyboard is on, in a row built just now too.
        focused = QApplication.focusWidget()
        assert viewport.rect().contains(QRect(focused.mapTo(viewport, QPoint(0, 0)), focused.size())), where
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    # In team order, and every team's every button that can be used.
    assert [team_id for team_id, _l, _s in dict.fromkeys((t, 0, 0) for t, _l, _s in reached)] == \
        [t.id for t in session.teams]
    for team in session.teams:
        for lever in Lever:
            cell = page._cells[(team.id, lever)]
            for sign, button in (("-", cell.minus), ("+", cell.plus)):
                if button.isEnabled():
                    assert (team.id, lever, sign) in reached, (team.name, lever.value, sign)
            if not any(session.votes.get((team.id, lv.value)) for lv in Lever):
                # What a screen reader reads, on a row built late too.
                assert cell.plus.accessibleName() == f"{team.name}, {lever.label}, 0 dots: add a dot"
    # The last team votes by keyboard: Space on its focused "+".
    last = session.teams[-1]
    plus = page._cells[(last.id, Lever.RIGHT_PARTNERS)].plus
    plus.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(plus, Qt.Key.Key_Space)
    assert session.votes[(last.id, "L6")] == 1
    assert page._cells[(last.id, Lever.RIGHT_PARTNERS)].count.text() == "1"
    assert page._left[last.id].text() == "2 dots of 3 left"


def test_shift_tab_into_a_row_not_built_lands_on_its_last_button(window, sample_copy, qtbot):
    page = _big_vote_page(window, sample_copy, qtbot)
    session = window.controller.session
    team, below = session.teams[-2], session.teams[-1]
    assert (team.id, Lever.RIGHT_PARTNERS) not in page._cells  # not built: out of view
    # The row below is scrolled into view, so built; Shift+Tab from its first button.
    window.workshop.scroller.ensureWidgetVisible(page._stubs[below.id], 0, 0)
    qtbot.waitUntil(lambda: (below.id, Lever.SHARED_GOALS) in page._cells)
    start = page._cells[(below.id, Lever.SHARED_GOALS)].plus
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(start, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    cell = page._cells[(team.id, Lever.RIGHT_PARTNERS)]
    assert cell.plus.hasFocus()
    assert page._left[below.id].text() == "3 dots of 3 left"
    # The keyboard votes there; the tally and undo follow.
    QTest.keyClick(cell.plus, Qt.Key.Key_Plus)
    assert session.votes[(team.id, "L6")] == 1 and cell.count.text() == "1"
    assert page._bars[Lever.RIGHT_PARTNERS].text() == "1 dot"
    window.controller.undo_stack.undo()
    assert (team.id, "L6") not in session.votes and cell.count.text() == "0"
    assert page._bars[Lever.RIGHT_PARTNERS].text() == "0 dots"

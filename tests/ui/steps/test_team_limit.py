"""Set-up at the largest session the app supports: Add team is off, and
the page says why (model/limits.py); removing a team makes room again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from collabworkshop.model import Team
from collabworkshop.model.limits import MAX_TEAMS
from collabworkshop.storage import read_session, save_session


def test_add_team_is_off_at_the_limit_with_the_reason(window, sample_copy, tmp_path):
    session = read_session(sample_copy)
    session.teams += [Team(f"x{i}", f"Extra {i}") for i in range(MAX_TEAMS - len(session.teams))]
    full = tmp_path / "full.cwsession"
    save_session(session, full)
    assert window.open_file(full)
    window.workshop.show_entry(0)
    page = window.workshop.current_page()
    assert not page.add_button.isEnabled()
    reason = f"CollabWorkshop supports at most {MAX_TEAMS} teams: remove a team to add another."
    assert page.team_limit.isVisible() and page.team_limit.text() == reason
    assert page.add_button.toolTip() == reason
    # Return in the name field adds nothing either.
    QTest.keyClick(page.new_name, Qt.Key.Key_Return)
    assert len(window.controller.session.teams) == MAX_TEAMS
    # One team fewer: room for one more.
    page.table.setCurrentCell(MAX_TEAMS - 1, 0)
    QTest.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.add_button.isEnabled() and not page.team_limit.isVisible()
    page.new_name.setFocus()
    QTest.keyClicks(page.new_name, "Harbour Pilots")
    QTest.keyClick(page.new_name, Qt.Key.Key_Return)
    assert window.controller.session.teams[-1].name == "Harbour Pilots"
    assert not page.add_button.isEnabled()
    window.controller.undo_stack.setClean()

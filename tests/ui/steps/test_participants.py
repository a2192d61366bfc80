"""Participants in set-up (add, rename, move, remove, placement mode) and
the board in participant mode, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.analysis import describe
from collabworkshop.model import Participant, PlacementMode, SessionSettings
from collabworkshop.ui.board import CONSOLE

TODAY_STEP = 2


@pytest.fixture
def setup_page(window, sample_copy):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(0)
    return window.workshop.current_page()


def _add(page, name: str, team_name: str) -> None:
    page.person_team.setCurrentIndex(page.person_team.findText(team_name))
    page.new_person.setFocus()
    QTest.keyClicks(page.new_person, name)
    QTest.keyClick(page.new_person, Qt.Key.Key_Return)


def _select(page, name: str):
    item = page.people.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    page.people.setCurrentItem(item)
    return item


def test_participants_are_listed_under_their_team(window, setup_page):
    page = setup_page
    controller = window.controller
    _add(page, "Ana Silva", "Harbour Works")
    _add(page, "Bo Chen", "Harbour Works")
    _add(page, "Cy Okafor", "Port Authority")
    session = controller.session
    assert [(p.name, p.team_id) for p in session.participants] == [
        ("Ana Silva", "t1"), ("Bo Chen", "t1"), ("Cy Okafor", "t2")]
    top = page.people.topLevelItem(0)
    assert top.text(0) == "Harbour Works (2)"
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["Ana Silva", "Bo Chen"]
    assert page.people.topLevelItem(1).child(0).text(0) == "Cy Okafor"
    assert controller.undo_stack.count() == 3

    # Move Bo to Railink Systems.
    _select(page, "Bo Chen")
    page.person_team.setCurrentIndex(page.person_team.findText("Railink Systems"))
    QTest.mouseClick(page.move_person_button, Qt.MouseButton.LeftButton)
    assert session.participant("p2").team_id == "t4"
    assert page.people.topLevelItem(3).child(0).text(0) == "Bo Chen"
    assert page.people.topLevelItem(0).text(0) == "Harbour Works (1)"

    # Rename by editing the item.
    item = _select(page, "Cy Okafor")
    item.setText(0, "  Cy Okafor-Reid ")
    assert session.participant("p3").name == "Cy Okafor-Reid"

    # Remove, and undo brings the person back.
    _select(page, "Ana Silva")
    QTest.mouseClick(page.remove_person_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in session.participants] == ["Cy Okafor-Reid", "Bo Chen"]
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in session.participants][0] == "Ana Silva"
    assert page.people.topLevelItem(0).child(0).text(0) == "Ana Silva"


def test_an_empty_name_is_refused(window, setup_page, messages):
    page = setup_page
    _add(page, "Dee", "Harbour Works")
    item = _select(page, "Dee")
    item.setText(0, "   ")
    assert window.controller.session.participant("p1").name == "Dee"
    assert page.people.topLevelItem(0).child(0).text(0) == "Dee"
    _add(page, "   ", "Harbour Works")
    assert len(window.controller.session.participants) == 1


def test_switching_to_participant_mode_puts_one_token_per_person_on_the_board(window, setup_page):
    page = setup_page
    controller = window.controller
    _add(page, "Ana Silva", "Harbour Works")
    _add(page, "Bo Chen", "Harbour Works")
    _add(page, "Cy Okafor", "Port Authority")
    # On the indicator: a radio button takes clicks on its circle and label only.
    QTest.mouseClick(page.mode_participant, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, page.mode_participant.height() // 2))
    assert controller.session.settings.placement_mode is PlacementMode.PARTICIPANT
    assert controller.undo_stack.undoText() == "Participants place tokens"

    window.workshop.show_entry(TODAY_STEP)
    board = place_page(window).board
    scene = board.board_scene
    assert sorted({t.placer_id for t in scene.tokens()}) == ["p1", "p2", "p3"]
    token = scene.token("relationship", "p1")
    assert token.team.id == "t1" and token._initials == "AS"
    assert token.accessible_name() == "Ana Silva (Harbour Works), Relationship"
    assert token.accessible_value() == "not placed"
    drag_token(board, "relationship", "p1", 62)
    drag_token(board, "relationship", "p2", 80)
    drag_token(board, "relationship", "p3", 20)
    session = controller.session
    assert session.position("today", "relationship", "p1") == pytest.approx(62, abs=1.5)
    assert token.accessible_value().startswith(f"{session.position('today', 'relationship', 'p1'):.0f} of 100, ")
    # Statistics run over the participants; the board shows each team's mean too.
    stats = place_page(window).stats
    expected = describe(session.positions("today", "relationship"))
    assert expected.n == 3
    stats.set_focus_dimension("relationship")
    assert stats.figure_labels["mean"].text() == f"{expected.mean:.0f}"
    flags = [m for m in scene._rows["relationship"].markers if m.toolTip().startswith(("Harbour", "Port"))]
    tips = sorted(m.toolTip() for m in flags)
    hw = (session.position("today", "relationship", "p1") + session.position("today", "relationship", "p2")) / 2
    assert tips == [f"Harbour Works: team mean {hw:.0f}",
                    f"Port Authority: team mean {session.position('today', 'relationship', 'p3'):.0f}"]
    hw_flag = next(m for m in flags if m.toolTip().startswith("Harbour"))
    assert hw_flag.brush().color() == QColor("#E69F00")

    # Undo of the mode switch brings the team tokens back.
    window.workshop.show_entry(0)
    for _ in range(3):
        controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.session.settings == SessionSettings()
    assert page.mode_team.isChecked()
    window.workshop.show_entry(TODAY_STEP)
    assert {t.placer_id for t in place_page(window).board.board_scene.tokens()} == {"t1", "t2", "t3", "t4", "t5"}


def test_a_crowded_row_stays_readable(window, sample_copy):
    """100 participants: smaller tokens in more lanes, every token inside its
    row, and (since the crowded-line swarm, issue 15) no two on top of each
    other: the old fixed five lanes let up to three share one spot."""
    assert window.open_file(sample_copy)
    controller = window.controller
    session = controller.session
    people = [Participant(f"p{i + 1}", session.teams[i % 5].id, f"Person {i + 1:03d}") for i in range(100)]
    controller.replace_list("participants", people)
    controller.set_settings(SessionSettings(placement_mode=PlacementMode.PARTICIPANT))
    for i, person in enumerate(people):
        controller.session.placements[("today", "overall", person.id)] = float(30 + (i * 7) % 40)
    window.workshop.show_entry(TODAY_STEP)
    scene = place_page(window).board.board_scene
    tokens = [t for t in scene.tokens() if t.dimension_id == "overall"]
    assert len(tokens) == 100
    radius = scene.token_radius
    assert CONSOLE.min_token_radius <= radius < 22
    row_y = scene.row_y("overall")
    lanes = {round(t.y() - row_y) for t in tokens}
    assert len(lanes) > 3  # fanned above and below the line
    row = scene._rows["overall"]
    assert all(-row.band_above <= t.y() - row_y - radius and t.y() - row_y + radius <= row.band_below
               for t in tokens)
    for i, a in enumerate(tokens):
        for b in tokens[i + 1:]:
            d = a.pos() - b.pos()
            assert (d.x() ** 2 + d.y() ** 2) ** 0.5 >= 2 * radius - 1e-6

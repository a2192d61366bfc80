"""Phones placing faster than the screen can show: the board redraws each
row once per frame whatever came in meanwhile, touches only the tokens that
moved, and the console's lists follow a burst once; the facilitator's own
drag and keyboard move are still shown at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.session import Origin
from collabworkshop.ui.board.token import TeamToken


def _open(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(2)  # Place: today (every team has placed)
    page = place_page(window)
    qtbot.waitUntil(lambda: page.board.isVisible())
    scene = page.board.board_scene
    refreshed: list[str] = []
    scene.row_refreshed.connect(refreshed.append)
    return window.controller, page, scene, refreshed


def _at_rest(scene, token) -> bool:
    return abs(token.pos().x() - scene.rest_pos(token, token.value, token.lane, token.shift).x()) < 0.5


def test_a_burst_of_phone_placements_on_one_row_is_one_redraw_showing_every_token(window, sample_copy, qtbot):
    controller, _page, scene, refreshed = _open(window, sample_copy, qtbot)
    dim = controller.session.dimensions[0].id
    teams = [t.id for t in controller.session.teams]
    # Five phones' batches in a row, as the server hands them over within a frame.
    for i, team in enumerate(teams):
        assert controller.place_many([("today", dim, team, 12.0 + 17 * i)], origin=Origin.DEVICE)
    assert refreshed == []  # not once per batch: the row waits for its frame
    qtbot.waitUntil(lambda: not scene.rows_due)
    assert refreshed == [dim]
    for i, team in enumerate(teams):  # and the board shows every new position
        token = scene.token(dim, team)
        assert token.value == 12.0 + 17 * i and _at_rest(scene, token)
        assert f"{12 + 17 * i} of 100" in token.toolTip()


def test_a_phone_placement_touches_only_its_own_token(window, sample_copy, qtbot, monkeypatch):
    controller, _page, scene, refreshed = _open(window, sample_copy, qtbot)
    dim = controller.session.dimensions[1].id
    described: list[str] = []
    real = TeamToken.set_value
    monkeypatch.setattr(TeamToken, "set_value",
                        lambda self, *args: (self.board is scene and described.append(self.placer_id),
                                             real(self, *args))[1])
    assert controller.place_many([("today", dim, "t2", 97.0)], origin=Origin.DEVICE)
    qtbot.waitUntil(lambda: refreshed == [dim])
    # The other four tokens of the row stand where they stood and say what they said.
    assert described == ["t2"]
    assert "97 of 100" in scene.token(dim, "t2").toolTip()
    # Hiding the round changes what every placed token says: each is told.
    described.clear()
    scene.set_hidden(True, animate=False)
    assert sorted(set(described)) == sorted(t.id for t in controller.session.teams)
    assert all("hidden until the reveal" in t.toolTip() for t in scene.tokens() if t.value is not None)
    scene.set_hidden(False, animate=False)
    assert "97 of 100" in scene.token(dim, "t2").toolTip()


def test_the_console_follows_a_burst_of_phones_once_and_rightly(window, sample_copy, qtbot):
    controller, _page, _scene, _refreshed = _open(window, sample_copy, qtbot)
    console = window.console_panel
    dims = [d.id for d in controller.session.dimensions]
    team = controller.session.teams[0]
    runs = console._round_frame.runs
    # A team's phone takes back two of its placements, in two batches.
    assert controller.place_many([("today", dims[0], team.id, None)], origin=Origin.DEVICE)
    assert controller.place_many([("today", dims[1], team.id, None)], origin=Origin.DEVICE)
    qtbot.waitUntil(lambda: ("\u2026", team.name, f"3 / {len(dims)}") in console.placed_lines())
    assert console._round_frame.runs == runs + 1  # one redraw for the burst
    assert f"23 of {5 * len(dims)} placed" in console.round_box.title()


def test_the_facilitators_keyboard_move_and_drag_are_shown_at_once(window, sample_copy, qtbot):
    controller, page, scene, refreshed = _open(window, sample_copy, qtbot)
    dim = controller.session.dimensions[2].id
    # Phones have a redraw waiting on the row...
    assert controller.place_many([("today", dim, "t3", 5.0)], origin=Origin.DEVICE)
    assert scene.rows_due == {dim}
    # ... and the facilitator moves a token with the keys: the row is redrawn
    # on the key press, before the event loop turns, with the phone's token too.
    token = scene.token(dim, "t1")
    before = token.value
    page.board.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to the board, to the token: the keys go there
    token.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.board.viewport(), Qt.Key.Key_Right)
    assert refreshed and refreshed[-1] == dim and not scene.rows_due
    assert token.value == before + 1 and _at_rest(scene, token)
    assert scene.token(dim, "t3").value == 5.0
    refreshed.clear()
    QTest.keyClick(page.board.viewport(), Qt.Key.Key_Return)
    assert refreshed == [dim] and controller.session.position("today", dim, "t1") == before + 1
    # A drag is committed and shown on the release.
    refreshed.clear()
    drag_token(page.board, dim, "t4", 80)
    assert refreshed == [dim]
    value = controller.session.position("today", dim, "t4")
    assert abs(value - 80) <= 1 and scene.token(dim, "t4").value == value

"""A room of 500 (50 teams, 5 dimensions) on the board in the window, the
audience display and a report's picture (issue 15 item 1): no two tokens
overlap, each stays in its row's band, and one person can still be found
(find box, tooltip, keyboard in value order) and moved (keys and drag)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from uihelpers import drag_token, place_page

from collabworkshop.controller.session_controller import TEAM_PALETTE, SessionController
from collabworkshop.model import Participant, PlacementMode, SessionSettings, Team, default_template
from collabworkshop.storage import SessionStore
from collabworkshop.ui.board import DISPLAY, REPORT, SpectrumBoard, render_board_image
from collabworkshop.ui.board.scene import SpectrumScene

PEOPLE, TEAMS = 500, 50


def crowd(people: int = PEOPLE, teams: int = TEAMS):
    """``people`` in ``teams`` teams, every one placed on every dimension of
    "today", in whole numbers around their team's centre."""
    rng = random.Random(15)
    session = default_template().new_session()
    session.teams = [Team(f"t{i + 1}", f"Team {i + 1:02d}", "", TEAM_PALETTE[i % len(TEAM_PALETTE)])
                     for i in range(teams)]
    session.participants = [Participant(f"p{i + 1}", f"t{i % teams + 1}", f"Person {i + 1:03d}")
                            for i in range(people)]
    session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    round_id = session.steps[1].round_id or "today"
    for dim in session.dimensions:
        centres = [rng.uniform(15, 85) for _ in range(teams)]
        for i, person in enumerate(session.participants):
            value = round(rng.gauss(centres[i % teams], 9))
            session.placements[(round_id, dim.id, person.id)] = float(max(0, min(100, value)))
    return session, round_id


def console_board(qtbot, session, round_id: str, keep: bool = True) -> tuple[SpectrumBoard, SpectrumScene]:
    """A console-sized board (1600x1000) showing the round, fitted and on
    screen; ``keep=False``: not closed by qtbot (the test deletes it)."""
    board = SpectrumBoard()
    if keep:
        qtbot.addWidget(board)
    board.resize(1600, 1000)
    board.show()
    scene = board.board_scene
    scene.show_round(session, round_id)
    board.fit()
    qtbot.waitExposed(board)
    return board, scene


def assert_readable(scene: SpectrumScene) -> None:
    """No two tokens of a row overlap; every token lies in its row's band."""
    for dim_id, row in scene._rows.items():
        tokens = [t for t in row.tokens.values() if t.value is not None]
        assert tokens
        for t in tokens:
            offset = t.y() - row.y
            assert -row.band_above - 1e-6 <= offset - t.radius and offset + t.radius <= row.band_below + 1e-6
        ordered = sorted(tokens, key=lambda t: t.x())
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if b.x() - a.x() >= a.radius + b.radius:
                    break
                d = a.pos() - b.pos()
                assert (d.x() ** 2 + d.y() ** 2) ** 0.5 >= a.radius + b.radius - 1e-6, (dim_id, a.placer_id,
                                                                                       b.placer_id)


@pytest.fixture
def crowd_page(window, tmp_path):
    session, round_id = crowd()
    controller = SessionController(session, SessionStore.create(session, tmp_path / "crowd"))
    window.resize(1920, 1080)
    window._show_session(controller, entry=0)
    entry = next(i for i, st in enumerate(session.steps) if st.round_id == round_id) + 1
    window.workshop.show_entry(entry)
    page = place_page(window)
    return page, round_id


def test_a_room_of_500_is_a_swarm_with_no_overlaps_in_the_window(window, crowd_page):
    page, _ = crowd_page
    scene = page.board.board_scene
    assert len(scene.tokens()) == PEOPLE * 5
    assert_readable(scene)
    # The tokens shrank to fit but are all drawn (none hidden).
    assert all(t.isVisible() for t in scene.tokens())
    assert scene.token_radius < 22


def test_one_person_is_found_by_name_and_moved_by_keyboard(window, crowd_page):
    page, round_id = crowd_page
    board, controller = page.board, window.controller
    scene = board.board_scene
    board.setFocus()
    QTest.keyClick(board.viewport(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = board.find_box
    assert box.isVisible() and box.hasFocus()
    QTest.keyClicks(box, "Person 123")
    assert box.found == 1
    target = scene.token("overall", "p123")
    assert target.emphasised and target.drawn_radius() > scene.token_radius
    assert scene.token("overall", "p124").faded
    # Its tooltip names the person, the team and the value.
    assert "Person 123" in target.toolTip() and "Team 23" in target.toolTip()
    value = controller.session.position(round_id, "overall", "p123")
    assert f"{value:.0f} of 100" in target.toolTip()
    # Enter goes to it; Tab walks the found ones only (one per row).
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert scene.focusItem() is target
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    assert scene.focusItem() is scene.token("relationship", "p123")
    QTest.keyClick(board.viewport(), Qt.Key.Key_Backtab)
    assert scene.focusItem() is target
    step = 1 if value < 100 else -1
    QTest.keyClick(board.viewport(), Qt.Key.Key_Right if step > 0 else Qt.Key.Key_Left)
    QTest.keyClick(board.viewport(), Qt.Key.Key_Return)
    assert controller.session.position(round_id, "overall", "p123") == value + step
    assert controller.undo_stack.count() == 1
    assert_readable(scene)
    # Escape in the find box shows everyone again.
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and not scene.token("overall", "p124").faded


def test_a_team_is_found_and_tab_walks_a_crowded_row_in_value_order(window, crowd_page):
    page, _ = crowd_page
    board = page.board
    scene = board.board_scene
    assert scene.set_filter("Team 07") == PEOPLE // TEAMS
    assert all(t.emphasised == (t.team.id == "t7") for t in scene.tokens())
    scene.set_filter("")
    order = [t for t in scene.focus_order() if t.dimension_id == "integration"]
    values = [t.value for t in order]
    assert values == sorted(values)
    board.setFocus()
    order[10].setFocus()
    # The next person along the line has the focus (a crowded row's token
    # becomes a real item when it takes the focus: compare who, not which object).
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    focused = scene.focusItem()
    assert (focused.dimension_id, focused.placer_id) == (order[11].dimension_id, order[11].placer_id)
    assert focused is scene.token("integration", order[11].placer_id)
    assert focused.hasFocus() and focused.value == order[11].value


def test_one_person_is_dragged_out_of_the_crowd(window, crowd_page):
    page, round_id = crowd_page
    board, controller = page.board, window.controller
    placer = "p321"
    before = controller.session.position(round_id, "decisions", placer)
    target = 95.0 if before < 50 else 5.0
    drag_token(board, "decisions", placer, target, steps=8)
    after = controller.session.position(round_id, "decisions", placer)
    # Picked up by its own centre (not a neighbour's), and dropped where let go.
    assert after == pytest.approx(target, abs=2.5)
    assert controller.undo_stack.count() == 1
    assert_readable(board.board_scene)


def test_the_display_and_the_report_draw_the_crowd_the_same_readable_way(qtbot):
    session, round_id = crowd()
    display = SpectrumBoard(profile=DISPLAY)
    qtbot.addWidget(display)
    display.resize(1920, 1080)
    display.show()
    display.board_scene.show_round(session, round_id, editable=False)
    display.fit()
    assert_readable(display.board_scene)
    report = SpectrumScene(profile=REPORT)
    report.show_round(session, round_id, editable=False, hidden=False)
    assert_readable(report)
    image = render_board_image(session, round_id)
    assert not image.isNull() and image.height() > 100


def test_slash_opens_the_find_box_which_has_a_name_and_escape_closes_it(qtbot):
    from collabworkshop.model.template import resource_path
    from collabworkshop.storage import read_session

    session = read_session(resource_path("sample", "eastport-alliance.cwsession"))
    board = SpectrumBoard()
    qtbot.addWidget(board)
    board.resize(1200, 850)
    board.show()
    board.board_scene.show_round(session, "today")
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    board.setFocus()
    QTest.keyClick(board.viewport(), Qt.Key.Key_Slash)
    box = board.find_box
    assert box.isVisible() and box.accessibleName() == "Find a person or team on the board"
    QTest.keyClicks(box, "port")
    scene = board.board_scene
    assert box.found == 1
    assert [t.placer_id for t in scene.tokens() if t.emphasised] == ["t2"] * len(session.dimensions)
    assert "1 found" in box.accessibleDescription()
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible() and scene.filter_text == ""
    assert not any(t.emphasised or t.faded for t in scene.tokens())
    assert board.hasFocus()


def test_a_crowd_revealed_after_a_blind_round_flies_to_a_readable_swarm(qtbot):
    session, round_id = crowd(100, 10)
    session.rounds = [r if r.id != round_id else type(r)(**{**r.__dict__, "hidden": True}) for r in session.rounds]
    board = SpectrumBoard()
    qtbot.addWidget(board)
    board.resize(1200, 850)
    board.show()
    scene = board.board_scene
    scene.show_round(session, round_id)
    assert scene.hidden
    empty = {dim_id: row.band_above for dim_id, row in scene._rows.items()}
    # A room all on one spot gets the same rows: their height gives nothing away.
    dense = crowd(100, 10)[0]
    dense.placements = {key: 50.0 for key in dense.placements}
    scene.show_round(dense, round_id, hidden=True)
    assert {dim_id: row.band_above for dim_id, row in scene._rows.items()} == empty
    scene.show_round(session, round_id)
    assert {dim_id: row.band_above for dim_id, row in scene._rows.items()} == empty
    scene.set_hidden(False)
    assert scene.revealing  # the rows were made room for first, and the tokens fly
    scene.finish_reveal()
    assert_readable(scene)


def test_a_person_in_the_crowd_is_pressed_and_dragged_from_the_rows_layer(window, crowd_page):
    # Nobody has asked for this token yet: it is a mark drawn by the row's
    # layer until the press, which hands it to a real token that follows
    # the pointer and commits one undo step on the release.
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from collabworkshop.ui.board import TeamToken
    from collabworkshop.ui.board.layer import TokenMark

    page, round_id = crowd_page
    board, controller = page.board, window.controller
    scene = board.board_scene
    QApplication.processEvents()
    placer = "p222"
    mark = scene._rows["relationship"].tokens[placer]
    assert isinstance(mark, TokenMark)
    before = controller.session.position(round_id, "relationship", placer)
    target = 95.0 if before < 50 else 5.0
    viewport = board.viewport()
    start = board.mapFromScene(mark.pos())
    end = board.value_view_pos("relationship", target)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 9):
        QTest.mouseMove(viewport, QPoint(start.x() + (end.x() - start.x()) * i // 8, start.y()))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(end.x(), start.y()))
    assert controller.session.position(round_id, "relationship", placer) == pytest.approx(target, abs=2.5)
    assert controller.undo_stack.count() == 1
    live = scene.focusItem()
    assert isinstance(live, TeamToken) and live.placer_id == placer and live is scene.token("relationship", placer)
    assert not mark.isVisible()  # the layer no longer draws it: the token does
    assert_readable(scene)


def test_the_crowded_boards_accessible_tree_names_every_token_and_follows_tab(window, crowd_page):
    from PySide6.QtGui import QAccessible

    page, round_id = crowd_page
    board = page.board
    session = window.controller.session
    iface = QAccessible.queryAccessibleInterface(board)
    assert iface.childCount() == PEOPLE * len(session.dimensions)
    children = [iface.child(i) for i in range(iface.childCount())]
    names = [c.text(QAccessible.Text.Name) for c in children]
    index = names.index("Person 123 (Team 23), Relationship")
    child = children[index]
    value = session.position(round_id, "relationship", "p123")
    assert child.role() == QAccessible.Role.Slider
    assert child.text(QAccessible.Text.Value).startswith(f"{value:.0f} of 100")
    assert not child.rect().isEmpty()
    # Tab from this person lands on the next along the line, which the tree reports as focused.
    order = [t for t in board.board_scene.focus_order() if t.dimension_id == "relationship"]
    at = next(i for i, t in enumerate(order) if t.placer_id == "p123")
    board.setFocus()
    board.board_scene.token("relationship", "p123").setFocus()
    assert child.state().focused  # the child made for the mark answers for the token now
    QTest.keyClick(board.viewport(), Qt.Key.Key_Tab)
    focused = iface.focusChild()
    assert focused is not None and focused.state().focused
    assert focused.text(QAccessible.Text.Name) == order[at + 1].accessible_name()


def test_phones_leaving_the_tray_leave_a_gap_that_closes_up_a_moment_later(qtbot):
    # 200 people still to place, on a console board: as phones place, each
    # token flies to the line at once; the others in the tray keep their
    # slots (the whole tray does not shuffle with every phone) and close up
    # the gaps a moment later (TRAY_CLOSE_MS).
    from collabworkshop.ui.board.scene import TRAY_CLOSE_MS

    session, round_id = crowd(200, 5)
    dim = session.dimensions[0].id
    for person in session.participants:
        session.placements.pop((round_id, dim, person.id), None)
    board, scene = console_board(qtbot, session, round_id)
    people = [p.id for p in session.participants]

    def tray_places() -> dict[str, tuple[float, float]]:
        return {p: (t.x(), t.y()) for p in people if (t := scene.shown_token(dim, p)).value is None}

    def phones_place(who: list[str]) -> None:
        for i, person in enumerate(who):
            session.placements[(round_id, dim, person)] = 20.0 + i
        scene.refresh_row_soon(dim)  # as the place page does for a device's edit
        qtbot.waitUntil(lambda: not scene.rows_due)

    phones_place(people[:3])  # the first close-up: at once
    closed = tray_places()
    phones_place(people[10:13])
    # On the line at once, their tray slots empty, nobody else in the tray moved.
    assert all(scene.shown_token(dim, p).value == 20.0 + i for i, p in enumerate(people[10:13]))
    now = tray_places()
    assert now == {p: place for p, place in closed.items() if p not in people[10:13]}
    qtbot.wait(TRAY_CLOSE_MS + 100)
    shut = tray_places()
    assert set(shut) == set(now) and shut != now  # closed up
    scene.refresh_row(dim)  # as the facilitator's own move lays the tray out: nothing more to close
    assert tray_places() == shut


def test_phones_outgrowing_a_row_lay_the_board_out_once_they_pause(qtbot):
    # Phones pile onto the middle of a row until its swarm outgrows the band.
    # While they keep placing, the board is not laid out again (each time
    # took a tenth of a second on the projector and held every placement
    # arriving meanwhile); once they pause it is, once, and every row fits.
    import time

    from PySide6.QtCore import QElapsedTimer

    from collabworkshop.ui.board.scene import RELAYOUT_LONGEST_MS, RELAYOUT_PAUSE_MS

    session, round_id = crowd(200, 5)
    dim = session.dimensions[0].id
    board, scene = console_board(qtbot, session, round_id)
    rebuilds: list[float] = []
    plain_rebuild = scene.rebuild

    def counted_rebuild() -> None:
        rebuilds.append(time.monotonic())
        plain_rebuild()

    scene.rebuild = counted_rebuild
    row = scene._rows[dim]
    band_above = row.band_above
    timer = QElapsedTimer()
    timer.start()
    for i, person in enumerate(session.participants[:150]):
        session.placements[(round_id, dim, person.id)] = float(48 + i % 5)
        if i % 10 == 9:  # a batch of phones every 30 ms, as the place page passes them on
            scene.refresh_row_soon(dim)
            qtbot.waitUntil(lambda: not scene.rows_due)
            last = time.monotonic()
            qtbot.wait(30)
    placing_ms = timer.elapsed()
    if placing_ms < RELAYOUT_LONGEST_MS - 300:  # (unless the machine stalled)
        assert rebuilds == []
        tokens = [t for t in scene._rows[dim].tokens.values() if t.value is not None]
        assert max(row.y - t.y() + t.radius for t in tokens) > band_above  # the swarm outgrew its band
    qtbot.waitUntil(lambda: bool(rebuilds), timeout=RELAYOUT_LONGEST_MS + 2000)
    if placing_ms < RELAYOUT_LONGEST_MS - RELAYOUT_PAUSE_MS - 300:  # (the longest wait not reached)
        assert rebuilds[0] - last >= RELAYOUT_PAUSE_MS / 1000 * 0.9, placing_ms
    qtbot.wait(RELAYOUT_PAUSE_MS + 100)
    assert len(rebuilds) == 1
    assert_readable(scene)


def test_a_rows_median_and_team_means_are_the_sessions(qtbot):
    # The row's markers read the positions from its tokens in one pass: the
    # same figures, in the same order, as the session's own.
    from collabworkshop.ui.board.overlays import row_positions

    session, round_id = crowd(120, 7)
    for person in session.participants[::9]:
        session.placements.pop((round_id, session.dimensions[1].id, person.id), None)
    scene = SpectrumScene()
    scene.show_round(session, round_id)
    for dim in session.dimensions:
        values, means = row_positions(scene, scene._rows[dim.id])
        assert values == session.positions(round_id, dim.id)
        assert means == session.placements_by_team(round_id, dim.id)


def test_phones_move_a_rows_tokens_every_frame_and_its_figures_as_people_read_them(qtbot, monkeypatch):
    # Phones placing in quick batches: each batch's tokens stand where the
    # phones put them as soon as the frame comes, while the row's median and
    # team means (worked out from the whole row) are drawn at most every
    # READING_MS, and end as the session's.
    from PySide6.QtCore import QElapsedTimer

    from collabworkshop.analysis.stats import describe
    from collabworkshop.ui.board import overlays
    from collabworkshop.ui.common.frame import READING_MS

    session, round_id = crowd(200, 5)
    dim = session.dimensions[0].id
    board, scene = console_board(qtbot, session, round_id)
    drawn: list[str] = []
    plain = overlays.refresh_markers
    monkeypatch.setattr(overlays, "refresh_markers", lambda s, row: (drawn.append(row.dimension_id), plain(s, row)))
    timer = QElapsedTimer()
    timer.start()
    for i, person in enumerate(session.participants[:16]):
        session.placements[(round_id, dim, person.id)] = 90.0 - i
        scene.refresh_row_soon(dim)
        qtbot.waitUntil(lambda: not scene.rows_due)
        assert scene.shown_token(dim, person.id).value == 90.0 - i  # on its place, this frame
        qtbot.wait(20)
    elapsed = timer.elapsed()
    qtbot.wait(READING_MS + 50)
    assert 1 <= len(drawn) <= elapsed // READING_MS + 2, (len(drawn), elapsed)
    median = describe(session.positions(round_id, dim)).median
    assert scene._rows[dim].summary.text() == f"median {median:.0f}"

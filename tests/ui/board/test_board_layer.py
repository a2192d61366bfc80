"""Tokens nobody moves (the compare round's ghosts, every token of a report's
picture or the audience display) are drawn by one layer item per row
(layer.py), and still look, hover and read as before: checked on the
pixels of the rendered picture at each token's place and with real help
(tooltip) events on a view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from test_board_crowd import crowd

from collabworkshop.model.template import resource_path
from collabworkshop.storage import read_session
from collabworkshop.ui.board import DISPLAY, REPORT, SpectrumBoard, render_board_image
from collabworkshop.ui.board.scene import SpectrumScene
from collabworkshop.ui.board.style import text_colour_for

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _picture(session, round_id: str, compare: str = ""):
    """The report's picture and a scene laid out the same way (the layout
    the picture was drawn from), with the scale from scene to pixels."""
    image = render_board_image(session, round_id, compare)
    scene = SpectrumScene(profile=REPORT)
    scene.show_round(session, round_id, compare, editable=False, hidden=False)
    return image, scene, image.width() / scene.sceneRect().width()


def _pixels_around(image, centre, radius: float, scale: float) -> list[QColor]:
    cx, cy = centre.x() * scale, centre.y() * scale
    r = int(radius * scale) + 1
    return [image.pixelColor(int(cx) + dx, int(cy) + dy) for dx in range(-r, r + 1) for dy in range(-r, r + 1)
            if dx * dx + dy * dy <= r * r and 0 <= int(cx) + dx < image.width() and 0 <= int(cy) + dy < image.height()]


def _crowd_with_compare(people: int):
    """A crowd placed on "today" and (shifted) on "needed", shown as needed over today."""
    session, today = crowd(people, 50)
    needed = next(r.id for r in session.rounds if r.id != today)
    for (rnd, dim, pid), value in list(session.placements.items()):
        if rnd == today:
            session.placements[(needed, dim, pid)] = min(100.0, value + 10)
    return session, needed, today


def test_a_crowded_picture_is_one_layer_per_row_not_one_item_per_token(qapp):
    # 100 or 500 people in the same 50 teams: the same items (the marks are
    # painted by the rows' layers), where each token and ghost was an item.
    counts = []
    for people in (100, 500):
        session, needed, today = _crowd_with_compare(people)
        scene = SpectrumScene(profile=REPORT)
        scene.show_round(session, needed, today, editable=False, hidden=False)
        assert len(scene.tokens()) == people * len(session.dimensions)
        counts.append(len(scene.items()))
    assert counts[0] == counts[1]


def test_every_token_of_a_crowded_picture_is_drawn_in_its_team_colour_at_its_place(qapp):
    session, needed, today = _crowd_with_compare(500)
    image, scene, scale = _picture(session, needed, today)
    tokens = scene.tokens()
    assert len(tokens) == 2500
    misses = [t.placer_id for t in tokens
              if not _close(image.pixelColor(int(t.x() * scale), int(t.y() * scale)), QColor(t.team.colour))]
    assert not misses, misses[:10]


def test_the_sample_picture_shows_each_tokens_initials_and_each_ghost_as_a_dashed_ring(qapp):
    session = read_session(SAMPLE)
    image, scene, scale = _picture(session, "needed", "today")
    for row in scene._rows.values():
        for token in row.tokens.values():
            assert token._initials_px  # five teams: full-size tokens with initials
            colour = QColor(token.team.colour)
            pixels = _pixels_around(image, token.pos(), token.radius * 0.6, scale)
            assert any(_close(p, colour) for p in pixels)
            assert any(_close(p, text_colour_for(colour), 60) for p in pixels), token.placer_id  # the initials
        ghost_colour = QColor(scene.colours.ghost)
        checked = 0
        for ghost in row.ghosts.values():
            assert ghost.isVisible()
            if any((t.pos() - ghost.pos()).manhattanLength() < 2.5 * t.radius for t in row.tokens.values()):
                continue  # under this round's token
            checked += 1
            ring = _pixels_around(image, ghost.pos(), ghost.radius, scale)
            assert any(_close(p, ghost_colour, 30) for p in ring), ghost.placer_id
            # Not filled: the ghost's centre shows no team colour.
            centre = image.pixelColor(int(ghost.x() * scale), int(ghost.y() * scale))
            assert not _close(centre, QColor(ghost.team.colour), 20)
        assert checked or len(row.ghosts) == 0


def _tooltip_at(board: SpectrumBoard, scene_pos) -> str:
    QToolTip.hideText()
    view_pos = board.mapFromScene(scene_pos)
    event = QHelpEvent(QEvent.Type.ToolTip, view_pos, board.viewport().mapToGlobal(view_pos))
    QApplication.sendEvent(board.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("editable", [True, False])
def test_hovering_a_ghost_or_a_display_token_names_it(qtbot, editable):
    session = read_session(SAMPLE)
    board = SpectrumBoard(profile=DISPLAY)
    qtbot.addWidget(board)
    board.resize(1600, 1000)
    board.show()
    board.board_scene.show_round(session, "needed", "today", editable=editable)
    board.fit()
    qtbot.waitExposed(board)
    scene = board.board_scene
    row = scene._rows["overall"]
    for placer_id, ghost in row.ghosts.items():
        if any((t.pos() - ghost.pos()).manhattanLength() < 2.5 * t.radius for t in row.tokens.values()):
            continue  # under this round's token: the token answers there
        text = _tooltip_at(board, ghost.pos())
        team = session.team(placer_id)
        value = session.position("today", "overall", placer_id)
        assert text.startswith(f"{team.name}, ") and f"{value:.0f} of 100" in text
        assert scene.mark_at(ghost.pos()) is ghost
    token = scene.token("overall", "t1")
    text = _tooltip_at(board, token.pos())
    assert text == token.toolTip() and text.startswith(session.team("t1").name)
    assert f"{session.position('needed', 'overall', 't1'):.0f} of 100" in text


def test_the_find_box_picks_a_display_token_out_and_back_each_time(qtbot):
    # A row's layer asks Qt for one repaint however many of its marks change,
    # and again after it has painted: each change of the find box reaches
    # the screen (the view's cached picture of the layer is drawn again).
    session = read_session(SAMPLE)
    board = SpectrumBoard(profile=DISPLAY)
    qtbot.addWidget(board)
    board.resize(1600, 1000)
    board.show()
    scene = board.board_scene
    scene.show_round(session, "today", editable=False)
    board.fit()
    qtbot.waitExposed(board)
    other = session.team("t2")  # faded while the find box picks t1 out
    token = scene.token("overall", "t2")
    scale = board.transform().m11()

    def in_full_colour() -> bool:
        qtbot.wait(50)  # the repaint the layer asked for
        picture = board.viewport().grab().toImage()
        centre = board.mapFromScene(token.pos())
        r = token.radius * 0.75 * scale  # inside the disc, clear of the initials
        ring = [picture.pixelColor(int(centre.x() + dx * r), int(centre.y() + dy * r))
                for dx, dy in ((0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7))]
        return sum(_close(c, QColor(other.colour), 25) for c in ring) >= 3

    t1 = session.team("t1").name
    for needle, full in (("", True), (t1, False), ("", True), (t1, False), ("", True)):
        scene.set_filter(needle)
        assert in_full_colour() is full, (needle, full)


def test_a_rows_marks_made_together_are_each_what_a_mark_made_alone_is(qapp):
    """Issue 15: a rebuild makes a row's marks in one go (what they share
    worked out once); each still has its own person, place, size and words."""
    from collabworkshop.ui.board.layer import TokenMark

    session, needed, today = _crowd_with_compare(500)
    scene = SpectrumScene()
    scene.show_round(session, needed, today, editable=True)
    placers = {pid: (team, initials, name) for pid, team, initials, name in scene._placers()}
    for dim_id, row in scene._rows.items():
        for marks in (row.tokens, row.ghosts):
            assert list(marks) == list(placers)  # every person, in the legend's order
            for pid, mark in marks.items():
                team, initials, name = placers[pid]
                alone = TokenMark(scene, team, dim_id, row.y, mark.ghost, pid, initials, name)
                alone.value, alone.lane, alone.shift = mark.value, mark.lane, mark.shift
                alone.setPos(mark.pos())
                assert isinstance(mark, TokenMark) and mark.placer_id == pid and mark.team is team
                assert (mark.radius, mark.emphasis_radius, mark._initials_px) == (
                    alone.radius, alone.emphasis_radius, alone._initials_px)
                assert mark.accessible_name() == alone.accessible_name()
                assert mark.description() == alone.description()
                assert mark.isVisible() == (mark.value is not None)
    # each mark moves on its own: the one a placement moved, and no other
    row = scene._rows["overall"]
    pid = next(iter(row.tokens))
    others = {p: m.pos() for p, m in row.tokens.items() if p != pid}
    session.placements[(needed, "overall", pid)] = 0.0
    scene.refresh_row("overall")
    assert row.tokens[pid].value == 0.0
    assert row.tokens[pid].x() == pytest.approx(scene.geo.value_to_x(0.0) + row.tokens[pid].shift)
    moved = [p for p, m in row.tokens.items() if p != pid and m.pos() != others[p]]
    assert len(moved) < len(others)  # its neighbours may make room; the row does not move as one


@pytest.mark.parametrize(("editable", "profile", "size", "burst"), [
    (True, DISPLAY, (1600, 1000), 3),
    (False, DISPLAY, (1600, 1000), 3),
    # The console's board in a small window scrolls its rows (layers partly
    # out of view), and bursts that move more marks than one repaint of
    # their places takes.
    (True, None, (900, 420), 3),
    (True, None, (900, 420), 40),
])
def test_a_crowd_placing_bit_by_bit_looks_the_same_as_the_board_drawn_afresh(qtbot, editable, profile, size,
                                                                             burst):
    # Phones placing move a few tokens of a crowded row at a time, and the
    # row's layer repaints only their places: after a run of such
    # placements (and some leaving the line for the tray and back) nothing
    # of where they were stays on the screen, nor is anything missing.
    import random

    session, round_id = crowd(200, 5)
    rng = random.Random(14)
    dims = [d.id for d in session.dimensions]

    board = SpectrumBoard(profile=profile) if profile is not None else SpectrumBoard()
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    board.board_scene.show_round(session, round_id, editable=editable)
    board.fit()
    qtbot.waitExposed(board)
    qtbot.wait(30)
    scene = board.board_scene
    people = [p.id for p in session.participants]
    if board.verticalScrollBar().maximum() > 0:
        board.verticalScrollBar().setValue(board.verticalScrollBar().maximum() // 3)  # a row cut by the edge
        qtbot.wait(30)
    for step in range(12):
        for _ in range(burst):
            key = (round_id, dims[step % 2], rng.choice(people))
            session.placements[key] = float(rng.randint(0, 100))
        if step == 5:
            session.placements.pop((round_id, dims[0], people[7]), None)  # back to the tray
        scene.refresh_row(dims[step % 2])
        qtbot.wait(20)  # the partial repaint
    assert not scene.rows_due
    qtbot.wait(30)

    def on_screen():  # what the window shows (its backing store), not a fresh rendering
        return board.screen().grabWindow(board.winId()).toImage()

    bit_by_bit = on_screen()
    # The same board drawn afresh: every layer's picture and the view painted again.
    for row in scene._rows.values():
        for layer in row.layers:
            layer.mark_changed()
    board.viewport().update()
    qtbot.wait(50)
    afresh = on_screen()
    assert bit_by_bit.size() == afresh.size()
    differ = sum(1 for x in range(0, afresh.width(), 2) for y in range(0, afresh.height(), 2)
                 if not _close(bit_by_bit.pixelColor(x, y), afresh.pixelColor(x, y), 24))
    assert differ < 20, differ

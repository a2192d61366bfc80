"""The board's sizes on screen, measured from the scene's own geometry and
font metrics times the view's scale (issue 13 item 2): the audience
display's profile in a 1920x1080 view and at 3840x2160, the console's
profile in the board areas docs/board.md assumes; on the display no empty
tray; the legend and the pole labels whole, never elided."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

from collabworkshop.model import Team
from collabworkshop.model.template import resource_path
from collabworkshop.storage import read_session
from collabworkshop.ui.board import CONSOLE, DISPLAY, REPORT, SpectrumBoard

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


def board_for(qtbot, session, profile, size, round_id="today"):
    board = SpectrumBoard(profile=profile)
    qtbot.addWidget(board)
    board.setFrameShape(SpectrumBoard.Shape.NoFrame)
    board.resize(*size)
    board.show()
    board.board_scene.show_round(session, round_id, editable=False)
    board.fit()
    return board


def texts(scene) -> list[QGraphicsSimpleTextItem]:
    return [i for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.isVisible() and i.text()]


def pixel_size(item: QGraphicsSimpleTextItem) -> float:
    """The text's height on screen: its font's pixel size times the view's scale."""
    return item.font().pixelSize()


def measure(board) -> dict[str, float]:
    scene = board.board_scene
    scale = board.transform().m11()
    tokens = [t for t in scene.tokens() if t.isVisible()]
    return {
        "scale": scale,
        "token": min(2 * t.radius for t in tokens) * scale,
        "initials": min(t._font.pixelSize() for t in tokens) * scale,
        "text": min(pixel_size(i) for i in texts(scene)) * scale,
        "names": min(scene._fonts()["title"].pixelSize(), 10**6) * scale,
        "width": scene.sceneRect().width() * scale,
    }


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_the_display_profile_fills_a_projector_with_room_sized_tokens_and_type(qtbot, size):
    session = read_session(SAMPLE)
    board = board_for(qtbot, session, DISPLAY, size)
    m = measure(board)
    grow = size[0] / 1920  # 3840x2160: everything scales with the screen
    assert m["width"] >= 0.85 * size[0]
    assert m["token"] >= 56 * grow
    assert m["initials"] >= 22 * grow
    assert m["text"] >= 24 * grow
    assert m["names"] >= 40 * grow
    # Every token's initials are drawn (none left out as too small).
    assert all(t._initials_px for t in board.board_scene.tokens())


@pytest.mark.parametrize(("size", "token", "text"), [((880, 570), 24, 11), ((1200, 850), 36, 12)])
def test_the_console_profile_reads_in_the_board_area_a_laptop_or_a_full_hd_window_gives(qtbot, size, token, text):
    # (880, 570): the board's area at 1366x768 with the console shown;
    # (1200, 850) at 1920x1080 (docs/board.md, "Sizes").
    session = read_session(SAMPLE)
    board = board_for(qtbot, session, CONSOLE, size)
    m = measure(board)
    assert m["token"] >= token
    assert m["text"] >= text
    assert m["initials"] >= text


def trays(scene) -> list[QGraphicsRectItem]:
    return [i for i in scene.items() if isinstance(i, QGraphicsRectItem) and i.pen().style().name == "DashLine"]


def test_the_display_draws_no_empty_tray_and_its_line_takes_the_room(qtbot):
    session = read_session(SAMPLE)
    board = board_for(qtbot, session, DISPLAY, (1920, 1080))
    scene = board.board_scene
    assert not trays(scene)
    assert not any(i.text() == "not placed" for i in texts(scene))
    full_line = scene.geo.line_x0
    # One team has not placed on one dimension: a tray on that row only.
    del session.placements[("today", "integration", "t3")]
    scene.show_round(session, "today", editable=False)
    shown = trays(scene)
    assert len(shown) == 1
    assert shown[0].sceneBoundingRect().contains(scene.token("integration", "t3").scenePos())
    assert scene.geo.line_x0 > full_line
    # The console keeps its trays to drag tokens back to.
    console = board_for(qtbot, read_session(SAMPLE), CONSOLE, (1200, 850))
    assert len(trays(console.board_scene)) == len(session.dimensions)


LONG_TEAM = "Quayside Community Development Trust and Harbour Partners"
LONG_LOW = "Separate workstreams, own resources, clear interfaces, each partner reporting on its own"
LONG_HIGH = "Intertwined: pooled resources, shared risk and reward, one budget and one joint board"


@pytest.mark.parametrize("profile", [CONSOLE, DISPLAY, REPORT], ids=lambda p: p.name)
def test_the_legend_and_the_pole_labels_are_whole(qtbot, profile):
    session = read_session(SAMPLE)
    session.teams = [replace(t, name=LONG_TEAM) if t.id == "t5" else t for t in session.teams]
    session.teams += [Team(f"x{i}", f"Extra Partner Organisation {i}", "", "#999999") for i in range(4)]
    session.dimensions = [replace(d, low_label=LONG_LOW, high_label=LONG_HIGH) if d.id == "integration" else d
                          for d in session.dimensions]
    board = board_for(qtbot, session, profile, (1920, 1080))
    scene = board.board_scene
    items = texts(scene)
    assert not any("\u2026" in i.text() for i in items)
    shown = {i.text() for i in items}
    for team in session.teams:
        assert team.name in shown
    # The pole labels' words, all of them, in order (wrapped, not cut): under
    # the line's ends with the end's number, or (the display) beside them,
    # 0 and 100 heading the line's ends once, with the zone names.
    beside = scene.geo.poles_beside
    for pole, whole in ((LONG_LOW, f"0 {LONG_LOW}"), (LONG_HIGH, f"{LONG_HIGH} 100")):
        lines = sorted((i for i in items if pole[:30] in i.toolTip()), key=lambda i: i.scenePos().y())
        assert lines
        assert " ".join(" ".join(i.text() for i in lines).split()) == (pole if beside else whole)
    # No text lies on another.
    rects = [(i.text(), i.sceneBoundingRect()) for i in items]
    for a, (ta, ra) in enumerate(rects):
        for tb, rb in rects[a + 1:]:
            assert not ra.adjusted(1, 1, -1, -1).intersects(rb.adjusted(1, 1, -1, -1)), (ta, tb)
    if beside:
        # 0 and 100 head the line's ends; a token at either pole leaves its
        # label whole.
        assert {"0", "100"} <= shown
        session.placements[("today", "integration", "t1")] = 0.0
        session.placements[("today", "integration", "t2")] = 100.0
        scene.show_round(session, "today", editable=False)
        labels = [i.sceneBoundingRect() for i in texts(scene) if LONG_LOW[:30] in i.toolTip()
                  or LONG_HIGH[:30] in i.toolTip()]
        for team in ("t1", "t2"):
            token = scene.token("integration", team)
            r, c = token.radius, token.scenePos()
            disc = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
            assert not any(disc.intersects(label) for label in labels), (team, disc, labels)


def test_a_drop_that_needs_more_room_grows_the_row_and_nothing_overlaps(qtbot):
    session = read_session(SAMPLE)
    board = board_for(qtbot, session, DISPLAY, (1920, 1080))
    scene = board.board_scene
    before = scene._rows["relationship"].band_above + scene._rows["relationship"].band_below
    for team in session.teams:
        session.placements[("today", "relationship", team.id)] = 50.0
    scene.refresh_row("relationship")
    qtbot.waitUntil(lambda: scene._rows["relationship"].band_above + scene._rows["relationship"].band_below
                    > before, timeout=2000)
    row = scene._rows["relationship"]
    tokens = list(row.tokens.values())
    for a, ta in enumerate(tokens):
        assert abs(ta.y() - row.y) + ta.radius <= max(row.band_above, row.band_below) + 1e-6
        for tb in tokens[a + 1:]:
            d = ta.pos() - tb.pos()
            assert (d.x() ** 2 + d.y() ** 2) ** 0.5 >= ta.radius + tb.radius - 1e-6


def test_text_sizes_are_in_scene_units_whatever_the_screen_dpi(qtbot):
    # Fonts are sized in pixels of the scene: the view's scale alone sets
    # their size on screen (a point size would follow the screen's dpi).
    session = read_session(SAMPLE)
    board = board_for(qtbot, session, CONSOLE, (1200, 850))
    for item in texts(board.board_scene):
        assert item.font().pixelSize() > 0
        assert QFontMetricsF(item.font()).height() >= CONSOLE.text_px
    # The tokens' initials too (drawn by the row's layer on a board nobody edits).
    assert all(t._font.pixelSize() > 0 for t in board.board_scene.tokens())

"""What the board draws over the tokens of a row, and the row's summary
line: the median (and the compare round's), the gap arrow between them,
each team's mean in participant mode, and the movement arrows since the
previous round.

The figures come from the analysis layer (``describe``,
``dimension_movement``) and the model (``placements_by_team``); this module
only draws them and words them. While a round is hidden (blind placement)
a row shows only how many have placed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from ...analysis.movement import Trend, dimension_movement
from ...analysis.stats import describe, gap_text, rwg_text
from ...common.i18n import context
from ...reports.drawing import add_open_arrow_head
from ..common.plaintext import tip
from .geometry import CROWDED_ROW
from .style import text_colour_for

tr = context("SpectrumBoard")

if TYPE_CHECKING:
    from .scene import Row, SpectrumScene


def refresh_markers(scene: SpectrumScene, row: Row) -> None:
    """Draw a row's markers again from the session, and its summary. A
    marker whose inputs are the same as last time keeps its items (phones
    placing refresh a row many times a second; most of its markers stay)."""
    session = scene.session
    if session is None or scene.hidden:
        _keep(scene, row, [])
        if session is not None and row.summary is not None:
            placed = sum(1 for t in row.tokens.values() if t.value is not None)
            row.summary.setText(tr("placed: {0} of {1}").format(placed, len(row.tokens)))
        return
    ink, ghost = QColor(scene.colours.ink), QColor(scene.colours.ghost)
    parts: list[tuple[object, tuple, Callable[[], list[QGraphicsItem]]]] = []
    values, means = row_positions(scene, row)
    current = describe(values)
    summary = (tr("median {0}").format(f"{current.median:.0f}") if current.median is not None
               else tr("no placements yet"))
    if current.median is not None:
        median = current.median
        parts.append(("median", (median, row.y, ink.rgba()),
                      lambda: [median_marker(scene, median, row.y, ink, tr("median"))]))
    if session.by_participant:
        parts.extend(team_marker_parts(scene, row, means))
    if scene.compare_round_id:
        placements, key = session.placements, (scene.compare_round_id, row.dimension_id)
        before = describe([v for p in row.ghosts if (v := placements.get((*key, p))) is not None]
                          if row.ghosts else session.positions(*key))
        if before.median is not None:
            was = before.median
            parts.append(("median before", (was, row.y, ghost.rgba()),
                          lambda: [median_marker(scene, was, row.y, ghost, tr("median before"))]))
        if before.median is not None and current.median is not None:
            # Beside a gap, the medians take the gap's precision, so the
            # row's arithmetic reads right (40.0 -> 52.5, gap +12.5).
            summary = tr("{0} \u2192 {1}, gap {2}").format(
                gap_text(before.median, signed=False), gap_text(current.median, signed=False),
                gap_text(current.median - before.median)
            )
            if before.median != current.median:
                start, end, yy = before.median, current.median, row.y + row.band_below - 12
                parts.append(("gap", (start, end, yy, ink.rgba()), lambda: [gap_arrow(scene, start, end, yy)]))
    previous = scene.previous_round_id()
    if scene.show_movement and previous:
        movement = dimension_movement(session, previous, scene.round_id, row.dimension_id)
        moves = movement.moves
        lanes = tuple((m.placer_id, m.before, m.after, getattr(row.tokens.get(m.placer_id), "lane", 0.0))
                      for m in moves)
        parts.append(("movement", (lanes, ink.rgba(), scene.token_radius),
                      lambda: movement_arrows(scene, row, moves)))
        if movement.rwg_change is not None and movement.before.rwg is not None and movement.after.rwg is not None:
            trend = movement.trend
            arrow = {Trend.CONVERGING: "\u25b2", Trend.DIVERGING: "\u25bc"}.get(trend, "=") if trend else ""
            summary = tr("rwg {0} \u2192 {1} {2} {3}").format(
                rwg_text(movement.before.rwg), rwg_text(movement.after.rwg), arrow,
                trend.title.lower() if trend else "")
    _keep(scene, row, parts)
    if row.summary is not None:
        row.summary.setText(summary)


def row_positions(scene: SpectrumScene, row: Row) -> tuple[list[float], dict[str, float]]:
    """A row's positions in placer order, as ``Session.positions`` gives
    them (a pending keyboard move counts where it is shown, not committed
    yet), and each team's mean of its committed positions, as
    ``Session.placements_by_team``: one pass over the row's tokens (which
    are the session's placers) rather than two over the session."""
    assert scene.session is not None
    placements = scene.session.placements
    round_id, dimension_id = scene.round_id, row.dimension_id
    values: list[float] = []
    teams: dict[str, list[float]] = {}
    for placer_id, token in row.tokens.items():
        committed = placements.get((round_id, dimension_id, placer_id))
        shown = token.value if token.pending else committed
        if shown is not None:
            values.append(shown)
        if committed is not None:
            teams.setdefault(token.team.id, []).append(committed)
    return values, {team_id: sum(v) / len(v) for team_id, v in teams.items()}


def _keep(scene: SpectrumScene, row: Row, parts: list[tuple[object, tuple, Callable[[], list[QGraphicsItem]]]]) -> None:
    """Make the row's markers ``parts`` (key, inputs, maker): a marker drawn
    from the same inputs as before stays; the others are made (or gone)."""
    old = row.marker_parts
    new: dict[object, tuple[tuple, list[QGraphicsItem]]] = {}
    for key, inputs, make in parts:
        was = old.pop(key, None)
        if was is not None and was[0] == inputs:
            new[key] = was
            continue
        moved = getattr(make, "move", None)
        if was is not None and moved is not None and was[0][0] == inputs[0]:
            # The same marker somewhere else (a team's mean moved): its items move.
            moved(was[1])
            new[key] = (inputs, was[1])
            continue
        if was is not None:
            for item in was[1]:
                scene.removeItem(item)
        new[key] = (inputs, make())
    for _inputs, items in old.values():
        for item in items:
            scene.removeItem(item)
    row.marker_parts = new
    row.markers = [item for _inputs, items in new.values() for item in items]


def median_marker(scene: SpectrumScene, value: float, y: float, colour: QColor, label: str) -> QGraphicsItem:
    """An upward triangle under the line at a median."""
    x = scene.geo.value_to_x(value)
    tri = QPolygonF([QPointF(x - 9, y + 16), QPointF(x + 9, y + 16), QPointF(x, y + 4)])
    item = scene.addPolygon(tri, QPen(colour, 1), QBrush(colour))
    item.setZValue(5)
    item.setToolTip(tip(f"{label}: {value:.0f}"))
    return item


def gap_arrow(scene: SpectrumScene, start: float, end: float, yy: float) -> QGraphicsItem:
    """An arrow at height ``yy`` (low in the row's band) from the compare
    round's median to this round's."""
    x0, x1 = scene.geo.value_to_x(start), scene.geo.value_to_x(end)
    path = QPainterPath(QPointF(x0, yy))
    path.lineTo(x1, yy)
    add_open_arrow_head(path, QPointF(x1, yy), 1 if x1 > x0 else -1, 10, 6)
    item = scene.addPath(path, QPen(QColor(scene.colours.ink), 2.5))
    item.setZValue(4)
    item.setToolTip(tr("gap {0}").format(gap_text(end - start)))
    return item


def movement_arrows(scene: SpectrumScene, row: Row, moves) -> list[QGraphicsItem]:
    """A dot at each token's place in the previous round and an arrow from
    there to (just short of) its place now; one path for all of a row."""
    path = QPainterPath()
    dots = QPainterPath()
    r = scene.token_radius
    for move in moves:
        token = row.tokens.get(move.placer_id)
        y = row.y + (token.lane if token is not None else 0.0)
        x0, x1 = scene.geo.value_to_x(move.before), scene.geo.value_to_x(move.after)
        dots.addEllipse(QPointF(x0, y), 3.5, 3.5)
        if abs(x1 - x0) < r + 4:
            continue
        direction = 1 if x1 > x0 else -1
        point = x1 - direction * (r + 2)
        path.moveTo(x0, y)
        path.lineTo(point, y)
        add_open_arrow_head(path, QPointF(point, y), direction, 9, 5)
    ink = QColor(scene.colours.ink)
    arrows = scene.addPath(path, QPen(ink, 2))
    arrows.setZValue(6)
    start = scene.addPath(dots, QPen(Qt.PenStyle.NoPen), QBrush(ink))
    start.setZValue(6)
    arrows.setToolTip(tr("movement since the previous round"))
    return [arrows, start]


def _flag_font(scene: SpectrumScene) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(scene.profile.text_px))
    font.setBold(True)
    return font


def team_marker_room(scene: SpectrumScene, teams: int) -> float:
    """The height the team means take at the top of a row's band (two
    levels of flags; one row of ticks for many teams)."""
    if teams > CROWDED_ROW:
        return max(6.0, scene.profile.text_px * 0.45) * 1.6 + 4
    return 2 * (QFontMetricsF(_flag_font(scene)).height() + 3) + 2


def team_markers(scene: SpectrumScene, row: Row) -> list[QGraphicsItem]:
    """Participant mode: each team's mean as a flag above the row, in the
    team's colour with its initials (or a tick each, for many teams)."""
    return [item for _key, _inputs, make in team_marker_parts(scene, row) for item in make()]


def team_marker_parts(scene: SpectrumScene, row: Row, means: dict[str, float] | None = None
                      ) -> list[tuple[object, tuple, Callable[[], list[QGraphicsItem]]]]:
    """The team means of a row (``means``, or the session's) as markers
    (key, inputs, maker): a flag per team, or a tick per team when there
    are many."""
    session = scene.session
    if session is None:
        return []
    if means is None:
        means = session.placements_by_team(scene.round_id, row.dimension_id)
    if len(means) > CROWDED_ROW:
        return team_tick_parts(scene, row, means)
    parts: list[tuple[object, tuple, Callable[[], list[QGraphicsItem]]]] = []
    half = row.band_below
    top = row.y - row.band_above
    font = _flag_font(scene)
    metrics = QFontMetricsF(font)
    flag_h = metrics.height() + 2
    ring = QColor(scene.colours.ring)
    last_x = -math.inf
    level = 0
    for team_id, value in sorted(means.items(), key=lambda kv: kv[1]):
        try:
            team = session.team(team_id)
        except KeyError:
            continue
        # To half a unit (a mean moves a hair with each placement of one
        # of its team; the flag is made again only when that shows).
        x = round(scene.geo.value_to_x(value) * 2) / 2
        flag_w = metrics.horizontalAdvance(team.initials) + 8
        level = (level + 1) % 2 if x - last_x < flag_w + 4 else 0
        last_x = x
        y0 = top + 2 + level * (flag_h + 1)
        words = tip(tr("{0}: team mean {1}").format(team.name, f"{value:.0f}"))

        make = _TeamFlag(scene, row, team, x, y0, flag_w, flag_h, font, ring, words)
        # The first input says what the flag looks like (the rest, where it
        # stands and its words): a flag that only moved is moved.
        parts.append((("team", team_id), ((flag_w, flag_h, half, row.y, team.colour, team.initials, ring.rgba()),
                                          x, y0, words), make))
    return parts


def team_ticks(scene: SpectrumScene, row: Row, means: dict[str, float]) -> list[QGraphicsItem]:
    """Many teams: each team's mean as a small downward triangle in its
    colour along the top of the band (a flag with initials for each of
    dozens of teams would bury the row); the tooltip names the team and
    the find box picks one team's tokens out."""
    return [item for _key, _inputs, make in team_tick_parts(scene, row, means) for item in make()]


class _TeamFlag:
    """A team's mean as a flag on a dotted line: made, or an earlier flag moved here."""

    def __init__(self, scene: SpectrumScene, row: Row, team, x: float, y0: float, flag_w: float, flag_h: float,
                 font: QFont, ring: QColor, words: str):
        self.scene, self.row, self.team, self.x, self.y0 = scene, row, team, x, y0
        self.flag_w, self.flag_h, self.font, self.ring, self.words = flag_w, flag_h, font, ring, words

    def __call__(self) -> list[QGraphicsItem]:
        colour = QColor(self.team.colour)
        line = self.scene.addLine(0, 0, 0, 0, QPen(colour, 2, Qt.PenStyle.DotLine))
        line.setZValue(0)
        flag = self.scene.addRect(QRectF(), QPen(self.ring, 1), QBrush(colour))
        flag.setZValue(7)
        text = QGraphicsSimpleTextItem(self.team.initials, flag)
        text.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # as the board's other texts
        text.setFont(self.font)
        text.setBrush(text_colour_for(colour))
        items: list[QGraphicsItem] = [line, flag]
        self.move(items)
        return items

    def move(self, items: list[QGraphicsItem]) -> None:
        line, flag = items
        x, y0, row = self.x, self.y0, self.row
        line.setLine(x, y0 + self.flag_h, x, row.y + (row.band_below - 4))  # type: ignore[attr-defined]
        flag.setRect(QRectF(x - self.flag_w / 2, y0, self.flag_w, self.flag_h))  # type: ignore[attr-defined]
        text = flag.childItems()[0]
        rect = text.boundingRect()
        text.setPos(x - rect.width() / 2, y0 + 7 - rect.height() / 2)
        if flag.toolTip() != self.words:
            flag.setToolTip(self.words)


def team_tick_parts(scene: SpectrumScene, row: Row,
                    means: dict[str, float]) -> list[tuple[object, tuple, Callable[[], list[QGraphicsItem]]]]:
    """:func:`team_ticks` as markers (key, inputs, maker)."""
    session = scene.session
    if session is None:
        return []
    parts: list[tuple[object, tuple, Callable[[], list[QGraphicsItem]]]] = []
    y = row.y - row.band_above
    size = max(6.0, scene.profile.text_px * 0.45)
    ring = QColor(scene.colours.ring)
    for team_id, value in sorted(means.items(), key=lambda kv: kv[1]):
        try:
            team = session.team(team_id)
        except KeyError:
            continue
        x = round(scene.geo.value_to_x(value) * 2) / 2  # as the flags' (team_marker_parts)
        words = tip(tr("{0}: team mean {1}").format(team.name, f"{value:.0f}"))

        def make(team=team, x=x, words=words) -> list[QGraphicsItem]:
            tri = QPolygonF([QPointF(x - size, y), QPointF(x + size, y), QPointF(x, y + 1.6 * size)])
            item = scene.addPolygon(tri, QPen(ring, 1), QBrush(QColor(team.colour)))
            item.setZValue(7)
            item.setToolTip(words)
            return [item]

        parts.append((("team", team_id), (x, y, size, team.colour, words, ring.rgba()), make))
    return parts

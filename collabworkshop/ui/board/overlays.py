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
    """Draw a row's markers again from the session, and its summary."""
    for item in row.markers:
        scene.removeItem(item)
    row.markers = []
    session = scene.session
    if session is None:
        return
    if scene.hidden:
        placed = sum(1 for t in row.tokens.values() if t.value is not None)
        if row.summary is not None:
            row.summary.setText(tr("placed: {0} of {1}").format(placed, len(row.tokens)))
        return
    ink, ghost = QColor(scene.colours.ink), QColor(scene.colours.ghost)
    # A pending keyboard move counts where it is shown (not committed yet).
    pending = {(scene.round_id, row.dimension_id, placer_id): token.value
               for placer_id, token in row.tokens.items() if token.pending}
    current = describe(session.positions(scene.round_id, row.dimension_id, pending))
    summary = (tr("median {0}").format(f"{current.median:.0f}") if current.median is not None
               else tr("no placements yet"))
    if current.median is not None:
        row.markers.append(median_marker(scene, current.median, row.y, ink, tr("median")))
    if session.by_participant:
        row.markers.extend(team_markers(scene, row))
    if scene.compare_round_id:
        before = describe(session.positions(scene.compare_round_id, row.dimension_id))
        if before.median is not None:
            row.markers.append(median_marker(scene, before.median, row.y, ghost, tr("median before")))
        if before.median is not None and current.median is not None:
            # Beside a gap, the medians take the gap's precision, so the
            # row's arithmetic reads right (40.0 -> 52.5, gap +12.5).
            summary = tr("{0} \u2192 {1}, gap {2}").format(
                gap_text(before.median, signed=False), gap_text(current.median, signed=False),
                gap_text(current.median - before.median)
            )
            if before.median != current.median:
                row.markers.append(gap_arrow(scene, before.median, current.median, row.y + row.band_below - 12))
    previous = scene.previous_round_id()
    if scene.show_movement and previous:
        movement = dimension_movement(session, previous, scene.round_id, row.dimension_id)
        row.markers.extend(movement_arrows(scene, row, movement.moves))
        if movement.rwg_change is not None and movement.before.rwg is not None and movement.after.rwg is not None:
            trend = movement.trend
            arrow = {Trend.CONVERGING: "\u25b2", Trend.DIVERGING: "\u25bc"}.get(trend, "=") if trend else ""
            summary = tr("rwg {0} \u2192 {1} {2} {3}").format(
                rwg_text(movement.before.rwg), rwg_text(movement.after.rwg), arrow,
                trend.title.lower() if trend else "")
    if row.summary is not None:
        row.summary.setText(summary)


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
    team's colour with its initials."""
    session = scene.session
    if session is None:
        return []
    items: list[QGraphicsItem] = []
    means = session.placements_by_team(scene.round_id, row.dimension_id)
    half = row.band_below
    top = row.y - row.band_above
    font = _flag_font(scene)
    flag_h = QFontMetricsF(font).height() + 2
    if len(means) > CROWDED_ROW:
        return team_ticks(scene, row, means)
    last_x = -math.inf
    level = 0
    for team_id, value in sorted(means.items(), key=lambda kv: kv[1]):
        try:
            team = session.team(team_id)
        except KeyError:
            continue
        x = scene.geo.value_to_x(value)
        flag_w = QFontMetricsF(font).horizontalAdvance(team.initials) + 8
        level = (level + 1) % 2 if x - last_x < flag_w + 4 else 0
        last_x = x
        colour = QColor(team.colour)
        y0 = top + 2 + level * (flag_h + 1)
        line = scene.addLine(x, y0 + flag_h, x, row.y + (half - 4), QPen(colour, 2, Qt.PenStyle.DotLine))
        line.setZValue(0)
        flag = scene.addRect(QRectF(x - flag_w / 2, y0, flag_w, flag_h), QPen(QColor(scene.colours.ring), 1),
                             QBrush(colour))
        flag.setZValue(7)
        text = QGraphicsSimpleTextItem(team.initials, flag)
        text.setFont(font)
        text.setBrush(text_colour_for(colour))
        rect = text.boundingRect()
        text.setPos(x - rect.width() / 2, y0 + 7 - rect.height() / 2)
        flag.setToolTip(tip(tr("{0}: team mean {1}").format(team.name, f"{value:.0f}")))
        items += [line, flag]
    return items


def team_ticks(scene: SpectrumScene, row: Row, means: dict[str, float]) -> list[QGraphicsItem]:
    """Many teams: each team's mean as a small downward triangle in its
    colour along the top of the band (a flag with initials for each of
    dozens of teams would bury the row); the tooltip names the team and
    the find box picks one team's tokens out."""
    session = scene.session
    if session is None:
        return []
    items: list[QGraphicsItem] = []
    y = row.y - row.band_above
    size = max(6.0, scene.profile.text_px * 0.45)
    for team_id, value in sorted(means.items(), key=lambda kv: kv[1]):
        try:
            team = session.team(team_id)
        except KeyError:
            continue
        x = scene.geo.value_to_x(value)
        tri = QPolygonF([QPointF(x - size, y), QPointF(x + size, y), QPointF(x, y + 1.6 * size)])
        colour = QColor(team.colour)
        item = scene.addPolygon(tri, QPen(QColor(scene.colours.ring), 1), QBrush(colour))
        item.setZValue(7)
        item.setToolTip(tip(tr("{0}: team mean {1}").format(team.name, f"{value:.0f}")))
        items.append(item)
    return items

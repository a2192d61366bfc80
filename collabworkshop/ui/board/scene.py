"""The board's scene: one row per dimension (title, tray, line with its zone
bands and poles, summary), one token per placer on each row, the legend
and the zone names; usable without a view (pictures for reports).

:meth:`SpectrumScene.show_round` builds it for a round (with an earlier
round ghosted when there is one to compare); :meth:`SpectrumScene.refresh_row`
puts a row's tokens where the model has them and redraws its overlays
(overlays.py). A token being moved only *previews* its position through the
controller (live statistics); the drop commits one undo step. The scene
turns the tokens' callbacks into its signals.

Blind placement: while the round is hidden, a placed token waits in the
tray with a tick (placed, position secret); a token is visible on the line
only while it is being moved. :meth:`SpectrumScene.reveal` flies every
token from the tray to its place (reveal.py).

Where things go is worked out in geometry.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...common.i18n import context
from ...model import Session, Team
from ...model.template import default_template
from ..common.plaintext import tip
from . import overlays
from .geometry import (
    LEGEND_HEIGHT,
    LINE_X0,
    LINE_X1,
    ROW_HEIGHT,
    SCENE_WIDTH,
    TOKEN_RADIUS,
    TRAY_X0,
    TRAY_X1,
    assign_lanes,
    band_half,
    row_height_for,
    row_line_y,
    row_top,
    scene_height,
    token_radius_for,
    tray_half,
    tray_slot,
    value_to_x,
)
from .reveal import RevealAnimation
from .style import INK, LINE, MUTED, side_text, text_colour_for
from .token import TeamToken

tr = context("SpectrumBoard")


@dataclass
class Row:
    dimension_id: str
    y: float  # scene y of the line
    tokens: dict[str, TeamToken]
    ghosts: dict[str, TeamToken]
    markers: list[QGraphicsItem]
    summary: QGraphicsSimpleTextItem | None
    low_label: str = ""
    high_label: str = ""


class SpectrumScene(QGraphicsScene):
    """The board's scene; usable without a view (for pictures in reports).

    Signals carry the placer id (a team id in team mode, a participant id in
    participant mode) under the historical name ``team_id``.
    """

    token_moved = Signal(str, str, object)  # dimension_id, placer_id, value or None (live)
    token_released = Signal(str, str, object, bool)  # dimension_id, placer_id, value or None, by keyboard
    token_cancelled = Signal(str, str)  # dimension_id, placer_id: a keyboard move was cancelled
    token_selected = Signal(str, str)  # dimension_id, placer_id
    row_refreshed = Signal(str)  # dimension_id: its tokens show the model again
    reveal_finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.round_id = ""
        self.compare_round_id = ""
        self.editable = True
        self.hidden = False  # blind placement: positions and aggregates hidden
        self.show_movement = False
        self.token_radius = TOKEN_RADIUS
        self.row_height = ROW_HEIGHT
        self._rows: dict[str, Row] = {}
        self._zones = default_template().zones
        self._reveal: RevealAnimation | None = None
        self.setBackgroundBrush(QColor("#FFFFFF"))
        # The default BSP index stays: a repaint then asks only the tokens in
        # the exposed area for their (Python) bounding rects, not all 500.

    # building -------------------------------------------------------------------------------
    def show_round(self, session: Session, round_id: str, compare_round_id: str = "", editable: bool = True,
                   hidden: bool | None = None) -> None:
        self.finish_reveal()
        self.session = session
        self.round_id = round_id
        self.compare_round_id = compare_round_id
        self.editable = editable
        if hidden is None:
            try:
                hidden = session.round(round_id).hidden
            except KeyError:
                hidden = False
        self.hidden = bool(hidden)
        self.rebuild()

    def _placers(self) -> list[tuple[str, Team, str, str]]:
        """(placer id, team, initials, name) for every token of a row."""
        session = self.session
        if session is None:
            return []
        if not session.by_participant:
            return [(t.id, t, t.initials, t.name) for t in session.teams]
        return [(p.id, team, p.initials, p.name) for team in session.teams for p in session.team_participants(team.id)]

    def rebuild(self) -> None:
        self.finish_reveal()
        self.clear()
        self._rows = {}
        session = self.session
        if session is None:
            return
        placers = self._placers()
        self.token_radius = token_radius_for(len(placers))
        self.row_height = row_height_for(self.token_radius)
        half = tray_half(len(placers), self.token_radius)
        title_font = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
        pole_font = QFont("DejaVu Sans", 12)
        zone_font = QFont("DejaVu Sans", 11)
        for i, dim in enumerate(session.dimensions):
            top = row_top(i, self.row_height)
            line_y = row_line_y(top, self.token_radius)
            title = self.addSimpleText(
                QFontMetricsF(title_font).elidedText(dim.name, Qt.TextElideMode.ElideRight, LINE_X1 - TRAY_X0),
                title_font)
            title.setBrush(INK)
            title.setPos(TRAY_X0 - 6, top + 4)
            title.setToolTip(tip(dim.name))
            tray_label = self.addSimpleText(tr("not placed"), zone_font)
            tray_label.setBrush(MUTED)
            tray_label.setPos(TRAY_X0, line_y + half + 4)
            tray = self.addRect(
                QRectF(TRAY_X0 - 6, line_y - half, TRAY_X1 - TRAY_X0 + 12, 2 * half),
                QPen(QColor("#C5CCD3"), 1.5, Qt.PenStyle.DashLine),
                QBrush(QColor("#F4F6F8")),
            )
            tray.setZValue(-2)
            self._draw_line(line_y, dim.low_label, dim.high_label, pole_font)
            row = Row(dim.id, line_y, {}, {}, [], None, dim.low_label, dim.high_label)
            row.summary = self.addSimpleText("", pole_font)
            row.summary.setBrush(INK)
            row.summary.setPos(TRAY_X0 - 6, top + 28)
            self._rows[dim.id] = row
            if self.compare_round_id:
                for placer_id, team, initials, name in placers:
                    ghost = TeamToken(self, team, dim.id, line_y, True, placer_id, initials, name)
                    self.addItem(ghost)
                    row.ghosts[placer_id] = ghost
            for placer_id, team, initials, name in placers:
                token = TeamToken(self, team, dim.id, line_y, False, placer_id, initials, name)
                self.addItem(token)
                row.tokens[placer_id] = token
            self.refresh_row(dim.id)
        self._draw_legend(session)
        self._draw_zone_header(zone_font)
        self.setSceneRect(QRectF(0, 0, SCENE_WIDTH, scene_height(len(session.dimensions), self.row_height)))

    def _draw_zone_header(self, font: QFont) -> None:
        """Zone names once, above the first row, like column headings."""
        for zone in self._zones:
            x0, x1 = value_to_x(zone.start), value_to_x(zone.end)
            label = self.addSimpleText(zone.label, font)
            label.setBrush(MUTED)
            label.setPos((x0 + x1) / 2 - label.boundingRect().width() / 2, LEGEND_HEIGHT + 4)

    def _draw_line(self, y: float, low: str, high: str, pole_font: QFont) -> None:
        half_band = band_half(self.row_height)
        for zone in self._zones:
            x0, x1 = value_to_x(zone.start), value_to_x(zone.end)
            band = self.addRect(QRectF(x0, y - half_band, x1 - x0, 2 * half_band - 4), QPen(Qt.PenStyle.NoPen),
                                QBrush(QColor("#F4F6F8") if int(zone.start / 20) % 2 == 0 else QColor("#FFFFFF")))
            band.setZValue(-3)
        self.addLine(LINE_X0, y, LINE_X1, y, QPen(LINE, 3)).setZValue(-1)
        for v in range(0, 101, 10):
            x = value_to_x(v)
            h = 10 if v % 50 == 0 else 5
            self.addLine(x, y - h, x, y + h, QPen(LINE, 2)).setZValue(-1)
        # Each pole's words get half the line, shortened with an ellipsis if
        # longer (the full text is the tooltip).
        metrics = QFontMetricsF(pole_font)
        half = (LINE_X1 - LINE_X0) / 2 - 16
        low_text = metrics.elidedText(f"0  {low}", Qt.TextElideMode.ElideRight, half)
        high_text = metrics.elidedText(f"{high}  100", Qt.TextElideMode.ElideLeft, half)
        lo = self.addSimpleText(low_text, pole_font)
        lo.setToolTip(tip(low))
        lo.setBrush(MUTED)
        lo.setPos(LINE_X0, y + half_band - 2)
        hi = self.addSimpleText(high_text, pole_font)
        hi.setToolTip(tip(high))
        hi.setBrush(MUTED)
        hi.setPos(LINE_X1 - hi.boundingRect().width(), y + half_band - 2)

    def _draw_legend(self, session: Session) -> None:
        font = QFont("DejaVu Sans", 13)
        x = TRAY_X0
        y = 8.0
        # Every team gets an equal share of the width (names elided to fit).
        share = (SCENE_WIDTH - TRAY_X0 - 8) / max(1, len(session.teams)) - 36 - 20
        name_width = max(60.0, min(240.0, share))
        for team in session.teams:
            dot = self.addEllipse(QRectF(x, y, 30, 30), QPen(QColor("#FFFFFF"), 1.5), QBrush(QColor(team.colour)))
            initials = QGraphicsSimpleTextItem(team.initials, dot)
            initials.setFont(QFont("DejaVu Sans", 9, QFont.Weight.Bold))
            initials.setBrush(text_colour_for(QColor(team.colour)))
            r = initials.boundingRect()
            initials.setPos(x + 15 - r.width() / 2, y + 15 - r.height() / 2)
            text = team.name
            if session.by_participant:
                text = tr("{0} ({1})").format(team.name, len(session.team_participants(team.id)))
            label = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, name_width)
            name = self.addSimpleText(label, font)
            name.setToolTip(tip(team.name))
            name.setBrush(INK)
            name.setPos(x + 36, y + 15 - name.boundingRect().height() / 2)
            x += 36 + name.boundingRect().width() + 20
            if x > SCENE_WIDTH - 60:
                break
        if self.compare_round_id and self.session is not None:
            # Under the legend, left of the zone names.
            note = self.addSimpleText(
                tr("dashed: {0}   \u25b2 median").format(self.session.round(self.compare_round_id).name),
                QFont("DejaVu Sans", 11),
            )
            note.setBrush(MUTED)
            note.setPos(TRAY_X0, LEGEND_HEIGHT + 4)

    # keeping in step with the model --------------------------------------------------------------
    def hides(self, token: TeamToken) -> bool:
        """True when the token's position is secret (blind placement, not
        being moved right now)."""
        return self.hidden and not token.ghost and not token.held

    def rest_pos(self, token: TeamToken, value: float | None, lane: float) -> QPointF:
        if value is None or self.hides(token):
            return self.tray_pos(token)
        return QPointF(value_to_x(value), token.row_y + lane)

    def refresh_row(self, dimension_id: str) -> None:
        row = self._rows.get(dimension_id)
        if row is None or self.session is None:
            return
        session = self.session
        placements = session.placements
        placed = []
        for placer_id, token in row.tokens.items():
            if token.pending:
                # A pending keyboard move takes its lane where it is shown, so
                # its neighbours fan out around it rather than hide under it.
                if token.value is not None:
                    placed.append((token.value, placer_id))
                continue
            if token.held:
                continue
            value = placements.get((self.round_id, dimension_id, placer_id))
            token.value = value
            if value is not None:
                placed.append((value, placer_id))
        lanes = assign_lanes(placed, self.token_radius)
        for placer_id, token in row.tokens.items():
            if not token.held or token.pending:
                token.set_value(token.value, lanes.get(placer_id, 0.0))
        before = []
        for placer_id, ghost in row.ghosts.items():
            value = placements.get((self.compare_round_id, dimension_id, placer_id))
            # Blind placement hides the earlier round too: nobody anchors on it.
            ghost.setVisible(value is not None and not self.hidden)
            ghost.value = value
            if value is not None:
                before.append((value, placer_id))
        ghost_lanes = assign_lanes(before, self.token_radius)
        for value, placer_id in before:
            row.ghosts[placer_id].setPos(value_to_x(value), row.y + ghost_lanes[placer_id])
        overlays.refresh_markers(self, row)
        self.row_refreshed.emit(dimension_id)

    def previous_round_id(self) -> str:
        """The round this one re-places ("" when it follows none)."""
        if self.session is None:
            return ""
        try:
            return self.session.round(self.round_id).follows
        except KeyError:
            return ""

    def set_movement_visible(self, visible: bool) -> None:
        """Arrows from each token's place in the previous round to this one."""
        if visible != self.show_movement:
            self.show_movement = visible
            for row in self._rows.values():
                overlays.refresh_markers(self, row)

    # blind placement ---------------------------------------------------------------------------------
    def set_hidden(self, hidden: bool, animate: bool = True) -> None:
        """Hide positions and aggregates, or reveal them (with a short
        animation from the tray when ``animate``)."""
        hidden = bool(hidden)
        if hidden == self.hidden:
            return
        if hidden:
            self.finish_reveal()
            self.hidden = True
            for dim_id in self._rows:
                self.refresh_row(dim_id)
            return
        self.reveal(animate)

    def reveal(self, animate: bool = True) -> None:
        starts = {token: token.pos() for token in self.tokens()}
        self.hidden = False
        for dim_id in self._rows:
            self.refresh_row(dim_id)
        moving = [(t, starts[t], t.pos()) for t in self.tokens() if t.value is not None and starts[t] != t.pos()]
        if not animate or not moving:
            self.reveal_finished.emit()
            return
        markers = [m for row in self._rows.values() for m in row.markers]
        animation = RevealAnimation(moving, markers, self)
        animation.finished.connect(self._reveal_done)
        self._reveal = animation
        animation.start()

    @property
    def revealing(self) -> bool:
        return self._reveal is not None

    def finish_reveal(self) -> None:
        """Jump to the end of a running reveal animation."""
        if self._reveal is not None:
            self._reveal.stop()
            self._reveal_done()

    def _reveal_done(self) -> None:
        animation = self._reveal
        if animation is None:
            return
        self._reveal = None
        animation.jump_to_end()
        self.reveal_finished.emit()

    # token callbacks ---------------------------------------------------------------------------------
    def tray_pos(self, token: TeamToken) -> QPointF:
        """Where a token waits in the tray: not placed, or (blind) placed
        but secret."""
        row = self._rows.get(token.dimension_id)
        if row is None:
            return QPointF(TRAY_X0 + self.token_radius, token.row_y)
        waiting = [t for t in row.tokens.values() if t.value is None or self.hides(t)]
        if token not in waiting:
            waiting.append(token)
        x, offset = tray_slot(waiting.index(token), len(waiting), len(row.tokens), self.token_radius)
        return QPointF(x, token.row_y + offset)

    def tray_x(self, token: TeamToken) -> float:
        return self.tray_pos(token).x()

    def set_drag_cursor(self, dragging: bool) -> None:
        for view in self.views():
            view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor if dragging else Qt.CursorShape.OpenHandCursor)

    def token_dragged(self, token: TeamToken, value: float | None) -> None:
        self.token_moved.emit(token.dimension_id, token.placer_id, value)
        if token.pending:
            # A keyboard step: the row's lanes and median follow at once (a
            # mouse drag follows the pointer and redraws the row on the drop).
            self.refresh_row(token.dimension_id)

    def token_dropped(self, token: TeamToken, value: float | None, *, by_keyboard: bool = False) -> None:
        self.token_released.emit(token.dimension_id, token.placer_id, value, by_keyboard)

    def token_move_cancelled(self, token: TeamToken) -> None:
        self.token_cancelled.emit(token.dimension_id, token.placer_id)

    def token_focused(self, token: TeamToken) -> None:
        self.token_selected.emit(token.dimension_id, token.placer_id)

    def dimension_name(self, dimension_id: str) -> str:
        try:
            return self.session.dimension(dimension_id).name if self.session else dimension_id
        except KeyError:
            return dimension_id

    def side_of(self, dimension_id: str, value: float) -> str:
        row = self._rows.get(dimension_id)
        return side_text(value, row.low_label, row.high_label) if row else ""

    def token(self, dimension_id: str, team_id: str) -> TeamToken:
        """The token of a placer (team or participant) on a dimension."""
        return self._rows[dimension_id].tokens[team_id]

    def tokens(self) -> list[TeamToken]:
        return [t for row in self._rows.values() for t in row.tokens.values()]

    def row_y(self, dimension_id: str) -> float:
        return self._rows[dimension_id].y

    def token_at(self, scene_pos: QPointF) -> TeamToken | None:
        """The topmost movable token under a scene point."""
        for item in self.items(scene_pos):
            if isinstance(item, TeamToken) and not item.ghost and item.shape().contains(item.mapFromScene(scene_pos)):
                return item
        return None

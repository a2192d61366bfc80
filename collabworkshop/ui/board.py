"""The spectrum board: one row per dimension, one draggable token per placer
(a team, or in participant mode a participant in the team's colour).

The scene draws in fixed scene units (the line is 900 units wide, 9 per
point) and the view scales it to the window, times a zoom factor the user
sets with Ctrl+plus and Ctrl+minus, so tokens and text grow with a
projector-sized window. A token being moved only *previews* its position
through the controller (live statistics); the drop commits one undo step.

Ways to move a token, each one undo step:

- mouse: press, drag, release;
- touch: every finger drags its own token, several at once; each finger's
  release commits that token;
- keyboard: Tab/Shift+Tab to a token, arrows move it by 1 (Shift: 10),
  Home/End to the poles; the move is *pending* (shown and previewed, not
  committed) until Enter commits it or Escape puts the token back. Moving
  the focus away (Tab, a click elsewhere) commits a pending move, as leaving
  an edited field keeps the edit. Delete takes the token off the line at once.

Blind placement: while the round is hidden, a placed token waits in the
tray with a tick (placed, position secret); a token is visible on the line
only while it is being moved. :meth:`SpectrumScene.reveal` flies every
token from the tray to its place (about 600 ms).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..analysis.movement import Trend, dimension_movement
from ..analysis.stats import describe, gap_text, rwg_text
from ..model import Session, Team
from ..model.template import default_template
from .plaintext import tip

LINE_X0 = 280.0
LINE_X1 = 1180.0
TRAY_X0 = 24.0
TRAY_X1 = 220.0
ROW_HEIGHT = 176.0
LEGEND_HEIGHT = 48.0
ZONE_HEADER = 28.0
TOP = LEGEND_HEIGHT + ZONE_HEADER
TOKEN_RADIUS = 22.0  # full size; crowded rows use smaller tokens
MIN_TOKEN_RADIUS = 12.0
SCENE_WIDTH = LINE_X1 + 40.0
LANE_STEP = 2 * TOKEN_RADIUS + 2
#: How far from the line a token's edge may reach (the row's band is +-72).
LANE_REACH = 68.0
REVEAL_MS = 600
ZOOM_MIN, ZOOM_MAX = 0.5, 3.0

INK = QColor("#1B1F24")
MUTED = QColor("#59636E")
LINE = QColor("#404850")
GHOST = QColor("#8A939C")


def tr(text: str) -> str:
    return QCoreApplication.translate("SpectrumBoard", text)


def board_help() -> str:
    return tr(
        "One row per dimension from cooperation (0) to collaboration (100). "
        "Tab to a token; arrow keys move it, Shift+arrow by 10, Home and End to the poles; "
        "Enter keeps the move, Escape puts the token back."
    )


def value_to_x(value: float) -> float:
    return LINE_X0 + (LINE_X1 - LINE_X0) * value / 100.0


def x_to_value(x: float) -> float | None:
    """Position on the line for a scene x; None in the tray (not placed)."""
    if x < (TRAY_X1 + LINE_X0) / 2:
        return None
    return max(0.0, min(100.0, (x - LINE_X0) * 100.0 / (LINE_X1 - LINE_X0)))


def token_radius_for(count: int) -> float:
    """Token radius for a row of ``count`` tokens: full size for a handful of
    teams, smaller (not below 12 units, initials still legible) for a
    room full of participants."""
    if count <= 12:
        return TOKEN_RADIUS
    return max(MIN_TOKEN_RADIUS, TOKEN_RADIUS * (12 / count) ** 0.35)


def lane_offsets(radius: float = TOKEN_RADIUS) -> tuple[float, ...]:
    """The line, then alternately just above and below, as far as the row allows."""
    step = 2 * radius + 2
    pairs = max(1, int((LANE_REACH - radius) // step))
    out = [0.0]
    for k in range(1, pairs + 1):
        out += [-k * step, k * step]
    return tuple(out)


def _text_colour_for(background: QColor) -> QColor:
    # Relative luminance decides black or white initials (WCAG formula).
    def channel(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(
        background.blue()
    )
    return QColor("#000000") if lum > 0.28 else QColor("#FFFFFF")


def assign_lanes(placed: list[tuple[float, str]], radius: float = TOKEN_RADIUS) -> dict[str, float]:
    """Vertical offsets so tokens closer than a token's width stay readable:
    the line itself, then just above, then just below (and further out for
    small tokens). When every lane is taken, a token goes to the lane where
    it overlaps least (fanned, not stacked)."""
    offsets = lane_offsets(radius)
    width = 2 * radius + 2
    lanes: dict[str, float] = {}
    last_x = [-math.inf] * len(offsets)
    for value, key in sorted(placed):
        x = value_to_x(value)
        chosen = next((lane for lane in range(len(offsets)) if x - last_x[lane] >= width), None)
        if chosen is None:
            chosen = min(range(len(offsets)), key=lambda lane: last_x[lane])
        last_x[chosen] = x
        lanes[key] = offsets[chosen]
    return lanes


def side_text(value: float, low_label: str, high_label: str) -> str:
    """Which pole a position leans to, e.g. "relational side": the pole
    label's first words when short, else the spectrum's own poles."""
    if abs(value - 50.0) < 0.5:
        return tr("midpoint")
    label = low_label if value < 50 else high_label
    clause = label
    for sep in ",;:":
        clause = clause.split(sep)[0]
    clause = clause.strip()
    if not clause or len(clause.split()) > 2:
        return tr("cooperation side") if value < 50 else tr("collaboration side")
    return tr("{0} side").format(clause.lower())


class TeamToken(QGraphicsObject):
    """One placer's token on one dimension row: a team's, or in participant
    mode a participant's (in the team's colour, with the person's initials)."""

    def __init__(self, board: SpectrumScene, team: Team, dimension_id: str, row_y: float, ghost: bool = False,
                 placer_id: str = "", initials: str = "", name: str = ""):
        super().__init__()
        self.board = board
        self.team = team
        self.placer_id = placer_id or team.id
        self.placer_name = name or team.name
        self._initials = initials or team.initials
        self.dimension_id = dimension_id
        self.row_y = row_y
        self.ghost = ghost
        self.value: float | None = None
        self.lane = 0.0
        self.radius = board.token_radius
        self._dragging = False
        self._pending = False  # a keyboard move not yet committed
        self._press_offset = 0.0
        self._font = QFont("DejaVu Sans")
        self._font.setPixelSize(max(9, round(self.radius * 0.62)))
        self._font.setBold(True)
        self._name_font = QFont("DejaVu Sans", 10)
        # Just the disc (with its tick badge) at rest; the name plate below it
        # while focused or moved. Kept tight: every token this rect overlaps
        # is repainted on each step of a drag.
        rest = self.radius * 1.25 + 3
        self._rest_bounds = QRectF(-rest, -rest, 2 * rest, 2 * rest)
        self._active_bounds = QRectF(-self.radius - 60, -rest, 2 * self.radius + 120, rest + self.radius + 52)
        self._bounds = self._rest_bounds
        self._style_team: Team | None = None  # the team _style was worked out for
        self._style: tuple[QColor, QColor, QColor, str] | None = None
        # No hover events and no per-item cursor: either would make the view
        # look up the items under the pointer (Python shape() calls) on every
        # mouse move of a drag. The view shows the hand cursors instead.
        self.setAcceptHoverEvents(False)
        self.setZValue(1 if ghost else 10)
        # Paint once into a pixmap and reuse it while the token moves: a drag
        # then costs a blit per token, not a repaint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if not ghost:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setObjectName(f"token:{dimension_id}:{self.placer_id}")
        self._update_tooltip()

    @property
    def held(self) -> bool:
        """Being moved (mouse, finger or a pending keyboard move): the model
        does not put it back until it is let go."""
        return self._dragging or self._pending

    @property
    def pending(self) -> bool:
        return self._pending

    # geometry ---------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def _shows_name(self) -> bool:
        """The name plate shows under a token moved or focused by keyboard.
        Not during a pointer drag: the bigger rect would repaint many more
        neighbours on every step, and the finger or pointer covers it anyway."""
        return self._pending or (self.hasFocus() and not self._dragging)

    def _sync_bounds(self) -> None:
        bounds = self._active_bounds if self._shows_name() else self._rest_bounds
        if bounds is not self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 4, self.radius + 4)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius
        colour, faded, text_colour, initials = self._team_style()
        if self.ghost:
            pen = QPen(GHOST, 2.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r * 0.8, r * 0.8)
            painter.setFont(self._font)
            painter.setPen(GHOST)
            painter.drawText(QRectF(-r, -r * 0.8, 2 * r, 1.6 * r), Qt.AlignmentFlag.AlignCenter, initials)
            return
        if self.value is None:
            colour = faded
        focused = self.hasFocus() or self.held
        painter.setPen(QPen(INK if focused else QColor("#FFFFFF"), 4 if focused else max(1.5, r / 9)))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setFont(self._font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, initials)
        if self.board.hides(self) and self.value is not None:
            # Placed, position secret: a tick badge (not colour alone).
            b = max(6.0, r * 0.45)
            centre = QPointF(r * 0.75, -r * 0.75)
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(INK)
            painter.drawEllipse(centre, b, b)
            tick = QPainterPath(centre + QPointF(-b * 0.5, 0))
            tick.lineTo(centre + QPointF(-b * 0.1, b * 0.4))
            tick.lineTo(centre + QPointF(b * 0.55, -b * 0.45))
            painter.setPen(QPen(QColor("#FFFFFF"), max(1.5, b * 0.3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        if not self._shows_name():
            return
        # The placer's name while it has the keyboard focus: the legend names the teams.
        painter.setFont(self._name_font)
        metrics = painter.fontMetrics()
        name = metrics.elidedText(self.placer_name, Qt.TextElideMode.ElideRight, 150)
        w = metrics.horizontalAdvance(name) + 8
        plate = QRectF(-w / 2, r + 2, w, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(plate, 3, 3)
        painter.setPen(INK)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, name)

    def _team_style(self) -> tuple[QColor, QColor, QColor, str]:
        """Colour, faded colour (not placed), initials colour and initials,
        worked out once per Team (a frozen value: an edit makes a new one)."""
        if self._style is None or self._style_team is not self.team:
            colour = QColor(self.team.colour)
            faded = QColor(colour)
            faded.setAlpha(170)
            # The initials' colour ignores alpha, so it is the same for both.
            self._style = (colour, faded, _text_colour_for(colour), self._initials)
            self._style_team = self.team
        return self._style

    # state ------------------------------------------------------------------------------
    def set_value(self, value: float | None, lane_offset: float = 0.0) -> None:
        self.value = value
        self.lane = lane_offset
        self.setPos(self.board.rest_pos(self, value, lane_offset))
        self._update_tooltip()
        self.update()

    def accessible_name(self) -> str:
        """Who and which dimension, e.g. "Harbour Works, Relationship"; in
        participant mode "Ana Silva (Harbour Works), Relationship"."""
        dimension = self.board.dimension_name(self.dimension_id)
        who = self.placer_name if self.placer_id == self.team.id else f"{self.placer_name} ({self.team.name})"
        return f"{who}, {dimension}"

    def accessible_value(self) -> str:
        """Where it stands, e.g. "62 of 100, relational side"; "placed,
        hidden" during blind placement."""
        if self.value is None:
            return tr("not placed")
        if self.board.hides(self):
            return tr("placed, hidden until the reveal")
        where = tr("{0} of 100").format(f"{self.value:.0f}")
        side = self.board.side_of(self.dimension_id, self.value)
        return f"{where}, {side}" if side else where

    def description(self) -> str:
        """What a screen reader says for this token, e.g. "Harbour Works,
        Relationship, 62 of 100, relational side" (also its tooltip)."""
        return f"{self.accessible_name()}, {self.accessible_value()}"

    def _update_tooltip(self) -> None:
        self.setToolTip(tip(self.description()))

    # moving: preview while moving, commit on release ---------------------------------------
    def begin_drag(self, scene_x: float) -> None:
        self._dragging = True
        self._sync_bounds()
        self._press_offset = self.pos().x() - scene_x
        self.board.set_drag_cursor(True)
        self.setZValue(20)

    def drag_to(self, scene_x: float) -> None:
        x = max(TRAY_X0, min(LINE_X1, scene_x + self._press_offset))
        value = x_to_value(x)
        self._show_at(value, x)
        self.board.token_dragged(self, value)

    def end_drag(self) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self._sync_bounds()
        self.board.set_drag_cursor(False)
        self.setZValue(10)
        self.board.token_dropped(self, self.value)

    def _show_at(self, value: float | None, x: float | None = None) -> None:
        if x is None:
            x = value_to_x(value) if value is not None else self.board.tray_pos(self).x()
        self.setPos(x if value is None else value_to_x(value), self.row_y)
        if (value is None) != (self.value is None):
            self.update()  # placed and unplaced tokens look different
        self.value = value

    def mousePressEvent(self, event) -> None:
        if self.ghost or event.button() != Qt.MouseButton.LeftButton or not self.board.editable:
            event.ignore()
            return
        if self._pending:
            self.commit_pending()
        self.begin_drag(event.scenePos().x())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            self.drag_to(event.scenePos().x())

    def mouseReleaseEvent(self, event) -> None:
        self.end_drag()

    def keyPressEvent(self, event) -> None:
        """Arrows move by 1 (Shift: 10), Home/End to the poles: a pending
        move that Enter commits and Escape cancels. Delete takes the token
        off the line (committed at once)."""
        if self.ghost or not self.board.editable or self._dragging:
            event.ignore()
            return
        step = 10.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0
        key = event.key()
        current = self.value
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pending:
                self.commit_pending()
                event.accept()
            else:
                event.ignore()
            return
        if key == Qt.Key.Key_Escape:
            if self._pending:
                self.cancel_pending()
                event.accept()
            else:
                event.ignore()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._pending = False
            self._sync_bounds()
            self.board.token_dropped(self, None, by_keyboard=True)
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            new = 50.0 if current is None else current - step
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            new = 50.0 if current is None else current + step
        elif key == Qt.Key.Key_Home:
            new = 0.0
        elif key == Qt.Key.Key_End:
            new = 100.0
        else:
            event.ignore()
            return
        new = max(0.0, min(100.0, new))
        if not self._pending:
            self._pending = True
            self._sync_bounds()
            self.setZValue(20)
        self._show_at(new)
        self._update_tooltip()
        self.board.token_dragged(self, new)
        event.accept()

    def commit_pending(self) -> None:
        if self._pending:
            self._pending = False
            self._sync_bounds()
            self.setZValue(10)
            self.board.token_dropped(self, self.value, by_keyboard=True)

    def cancel_pending(self) -> None:
        if self._pending:
            self._pending = False
            self._sync_bounds()
            self.setZValue(10)
            self.board.token_move_cancelled(self)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._sync_bounds()
        self.board.token_focused(self)
        self.update()

    def focusOutEvent(self, event) -> None:
        # Leaving a token with a pending keyboard move keeps the move.
        self.commit_pending()
        super().focusOutEvent(event)
        self._sync_bounds()
        self.update()


@dataclass
class _Row:
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
        self._rows: dict[str, _Row] = {}
        self._zones = default_template().zones
        self._reveal: QVariantAnimation | None = None
        self._stat_items: list[QGraphicsItem] = []
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
        self._stat_items = []
        session = self.session
        if session is None:
            return
        placers = self._placers()
        self.token_radius = token_radius_for(len(placers))
        crowded = len(lane_offsets(self.token_radius)) > 3
        self.row_height = ROW_HEIGHT + (24.0 if crowded else 0.0)
        title_font = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
        pole_font = QFont("DejaVu Sans", 12)
        zone_font = QFont("DejaVu Sans", 11)
        for i, dim in enumerate(session.dimensions):
            top = TOP + i * self.row_height
            line_y = top + 84 + (12.0 if crowded else 0.0)
            title = self.addSimpleText(
                QFontMetricsF(title_font).elidedText(dim.name, Qt.TextElideMode.ElideRight, LINE_X1 - TRAY_X0),
                title_font)
            title.setBrush(INK)
            title.setPos(TRAY_X0 - 6, top + 4)
            title.setToolTip(tip(dim.name))
            half = self._tray_half()
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
            row = _Row(dim.id, line_y, {}, {}, [], None, dim.low_label, dim.high_label)
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
        height = TOP + len(session.dimensions) * self.row_height
        self.setSceneRect(QRectF(0, 0, SCENE_WIDTH, height))

    def _tray_rows(self, count: int) -> int:
        """One row of waiting tokens while they fit (overlapping by at most
        a fifth of a token), else up to three."""
        r = self.token_radius
        fits = int((TRAY_X1 - TRAY_X0 - 2 * r) // (1.6 * r)) + 1
        return 1 if count <= fits else min(3, len(lane_offsets(r)))

    def _tray_half(self) -> float:
        """Half the tray's height."""
        r = self.token_radius
        rows = self._tray_rows(len(self._placers()))
        return r + 6 + (rows // 2) * (2 * r + 2)

    def _draw_zone_header(self, font: QFont) -> None:
        """Zone names once, above the first row, like column headings."""
        for zone in self._zones:
            x0, x1 = value_to_x(zone.start), value_to_x(zone.end)
            label = self.addSimpleText(zone.label, font)
            label.setBrush(MUTED)
            label.setPos((x0 + x1) / 2 - label.boundingRect().width() / 2, LEGEND_HEIGHT + 4)

    def _draw_line(self, y: float, low: str, high: str, pole_font: QFont) -> None:
        band_half = self.row_height / 2 - 16
        for zone in self._zones:
            x0, x1 = value_to_x(zone.start), value_to_x(zone.end)
            band = self.addRect(QRectF(x0, y - band_half, x1 - x0, 2 * band_half - 4), QPen(Qt.PenStyle.NoPen),
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
        lo.setPos(LINE_X0, y + band_half - 2)
        hi = self.addSimpleText(high_text, pole_font)
        hi.setToolTip(tip(high))
        hi.setBrush(MUTED)
        hi.setPos(LINE_X1 - hi.boundingRect().width(), y + band_half - 2)

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
            if token.held:
                continue
            value = placements.get((self.round_id, dimension_id, placer_id))
            token.value = value
            if value is not None:
                placed.append((value, placer_id))
        lanes = assign_lanes(placed, self.token_radius)
        for placer_id, token in row.tokens.items():
            if not token.held:
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
        self._refresh_markers(row)
        self.row_refreshed.emit(dimension_id)

    def _refresh_markers(self, row: _Row) -> None:
        for item in row.markers:
            self.removeItem(item)
        row.markers = []
        if self.session is None:
            return
        session = self.session
        if self.hidden:
            placed = sum(1 for t in row.tokens.values() if t.value is not None)
            if row.summary is not None:
                row.summary.setText(tr("placed: {0} of {1}").format(placed, len(row.tokens)))
            return
        current = describe(session.positions(self.round_id, row.dimension_id))
        summary = (tr("median {0}").format(f"{current.median:.0f}") if current.median is not None
                   else tr("no placements yet"))
        if current.median is not None:
            row.markers.append(self._median_marker(current.median, row.y, INK, tr("median")))
        if session.by_participant:
            row.markers.extend(self._team_markers(row))
        if self.compare_round_id:
            before = describe(session.positions(self.compare_round_id, row.dimension_id))
            if before.median is not None:
                row.markers.append(self._median_marker(before.median, row.y, GHOST, tr("median before")))
            if before.median is not None and current.median is not None:
                # Beside a gap, the medians take the gap's precision, so the
                # row's arithmetic reads right (40.0 -> 52.5, gap +12.5).
                summary = tr("{0} \u2192 {1}, gap {2}").format(
                    gap_text(before.median, signed=False), gap_text(current.median, signed=False),
                    gap_text(current.median - before.median)
                )
                if before.median != current.median:
                    row.markers.append(self._gap_arrow(before.median, current.median, row.y))
        previous = self.previous_round_id()
        if self.show_movement and previous:
            movement = dimension_movement(session, previous, self.round_id, row.dimension_id)
            row.markers.extend(self._movement_arrows(row, movement.moves))
            if movement.rwg_change is not None and movement.before.rwg is not None and movement.after.rwg is not None:
                trend = movement.trend
                arrow = {Trend.CONVERGING: "\u25b2", Trend.DIVERGING: "\u25bc"}.get(trend, "=") if trend else ""
                summary = tr("rwg {0} \u2192 {1} {2} {3}").format(
                    rwg_text(movement.before.rwg), rwg_text(movement.after.rwg), arrow,
                    tr(trend.value) if trend else "")
        if row.summary is not None:
            row.summary.setText(summary)

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
                self._refresh_markers(row)

    def _movement_arrows(self, row: _Row, moves) -> list[QGraphicsItem]:
        path = QPainterPath()
        dots = QPainterPath()
        r = self.token_radius
        for move in moves:
            token = row.tokens.get(move.placer_id)
            y = row.y + (token.lane if token is not None else 0.0)
            x0, x1 = value_to_x(move.before), value_to_x(move.after)
            dots.addEllipse(QPointF(x0, y), 3.5, 3.5)
            if abs(x1 - x0) < r + 4:
                continue
            direction = 1 if x1 > x0 else -1
            tip = x1 - direction * (r + 2)
            path.moveTo(x0, y)
            path.lineTo(tip, y)
            path.moveTo(tip, y)
            path.lineTo(tip - direction * 9, y - 5)
            path.moveTo(tip, y)
            path.lineTo(tip - direction * 9, y + 5)
        arrows = self.addPath(path, QPen(INK, 2))
        arrows.setZValue(6)
        start = self.addPath(dots, QPen(Qt.PenStyle.NoPen), QBrush(INK))
        start.setZValue(6)
        arrows.setToolTip(tr("movement since the previous round"))
        return [arrows, start]

    def _team_markers(self, row: _Row) -> list[QGraphicsItem]:
        """Participant mode: each team's mean as a flag above the row, in the
        team's colour with its initials."""
        if self.session is None:
            return []
        items: list[QGraphicsItem] = []
        means = self.session.placements_by_team(self.round_id, row.dimension_id)
        top = row.y - (self.row_height / 2 - 16)
        font = QFont("DejaVu Sans")
        font.setPixelSize(11)
        font.setBold(True)
        last_x = -math.inf
        level = 0
        for team_id, value in sorted(means.items(), key=lambda kv: kv[1]):
            try:
                team = self.session.team(team_id)
            except KeyError:
                continue
            x = value_to_x(value)
            level = (level + 1) % 2 if x - last_x < 34 else 0
            last_x = x
            colour = QColor(team.colour)
            y0 = top + 2 + level * 15
            line = self.addLine(x, y0 + 14, x, row.y + (self.row_height / 2 - 20), QPen(colour, 2, Qt.PenStyle.DotLine))
            line.setZValue(0)
            flag = self.addRect(QRectF(x - 14, y0, 28, 14), QPen(QColor("#FFFFFF"), 1), QBrush(colour))
            flag.setZValue(7)
            text = QGraphicsSimpleTextItem(team.initials, flag)
            text.setFont(font)
            text.setBrush(_text_colour_for(colour))
            rect = text.boundingRect()
            text.setPos(x - rect.width() / 2, y0 + 7 - rect.height() / 2)
            flag.setToolTip(tip(tr("{0}: team mean {1}").format(team.name, f"{value:.0f}")))
            items += [line, flag]
        return items

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
            initials.setBrush(_text_colour_for(QColor(team.colour)))
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

    def _median_marker(self, value: float, y: float, colour: QColor, label: str) -> QGraphicsItem:
        x = value_to_x(value)
        tri = QPolygonF([QPointF(x - 9, y + 16), QPointF(x + 9, y + 16), QPointF(x, y + 4)])
        item = self.addPolygon(tri, QPen(colour, 1), QBrush(colour))
        item.setZValue(5)
        item.setToolTip(tip(f"{label}: {value:.0f}"))
        return item

    def _gap_arrow(self, start: float, end: float, y: float) -> QGraphicsItem:
        x0, x1 = value_to_x(start), value_to_x(end)
        yy = y + 54
        path = QPainterPath(QPointF(x0, yy))
        path.lineTo(x1, yy)
        direction = 1 if x1 > x0 else -1
        path.moveTo(x1, yy)
        path.lineTo(x1 - direction * 10, yy - 6)
        path.moveTo(x1, yy)
        path.lineTo(x1 - direction * 10, yy + 6)
        item = self.addPath(path, QPen(INK, 2.5))
        item.setZValue(4)
        item.setToolTip(tr("gap {0}").format(gap_text(end - start)))
        return item

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
        for token, start, _ in moving:
            token.setPos(start)
        markers = [m for row in self._rows.values() for m in row.markers]
        for m in markers:
            m.setOpacity(0.0)
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(REVEAL_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)

        def step(t) -> None:
            t = float(t)
            for token, a, b in moving:
                token.setPos(a + (b - a) * t)
            for m in markers:
                m.setOpacity(t)

        animation.valueChanged.connect(step)
        animation.finished.connect(self._reveal_done)
        self._reveal = animation
        self._reveal_moving = moving
        self._reveal_markers = markers
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
        if self._reveal is None:
            return
        self._reveal = None
        for token, _, end in self._reveal_moving:
            token.setPos(end)
        for m in self._reveal_markers:
            m.setOpacity(1.0)
        self._reveal_moving = []
        self._reveal_markers = []
        self.reveal_finished.emit()

    # token callbacks ---------------------------------------------------------------------------------
    def tray_pos(self, token: TeamToken) -> QPointF:
        """Where a token waits in the tray: not placed, or (blind) placed
        but secret. Up to three rows of tokens, overlapping when crowded."""
        row = self._rows.get(token.dimension_id)
        if row is None:
            return QPointF(TRAY_X0 + self.token_radius, token.row_y)
        waiting = [t for t in row.tokens.values() if t.value is None or self.hides(t)]
        if token not in waiting:
            waiting.append(token)
        index = waiting.index(token)
        r = self.token_radius
        width = TRAY_X1 - TRAY_X0 - 2 * r
        rows = min(self._tray_rows(len(waiting)), self._tray_rows(len(row.tokens)))
        offsets = sorted(lane_offsets(r)[:rows])
        lines = len(offsets)
        per = math.ceil(len(waiting) / lines)
        line, col = divmod(index, per) if per else (0, 0)
        step = min(2 * r + 6, width / max(1, per - 1))
        return QPointF(TRAY_X0 + r + col * step, token.row_y + offsets[min(line, lines - 1)])

    def tray_x(self, token: TeamToken) -> float:
        return self.tray_pos(token).x()

    def set_drag_cursor(self, dragging: bool) -> None:
        for view in self.views():
            view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor if dragging else Qt.CursorShape.OpenHandCursor)

    def token_dragged(self, token: TeamToken, value: float | None) -> None:
        self.token_moved.emit(token.dimension_id, token.placer_id, value)

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


class SpectrumBoard(QGraphicsView):
    """The view: scales the scene to the widget (times the zoom), keeps
    aspect ratio; mouse, touch (several fingers) and keyboard."""

    zoom_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.board_scene = SpectrumScene(self)
        self.setScene(self.board_scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(tr("Spectrum board"))
        self.setAccessibleDescription(board_help())
        self._zoom = 1.0
        self._touches: dict[int, TeamToken] = {}  # touch point id -> the token its finger holds
        # The focused token is announced through the view as well (see
        # board_access.py for the per-token accessible children).
        self.board_scene.token_selected.connect(self._announce)
        self.board_scene.row_refreshed.connect(self._row_refreshed)
        from .board_access import install_board_accessibility

        install_board_accessibility()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    # zoom --------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = round(max(ZOOM_MIN, min(ZOOM_MAX, zoom)), 2)
        if zoom != self._zoom:
            self._zoom = zoom
            policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if zoom > 1.0 else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            self.setHorizontalScrollBarPolicy(policy)
            self.setVerticalScrollBarPolicy(policy)
            self.fit()
            focused = self.board_scene.focusItem()
            if focused is not None:
                self.ensureVisible(focused)
            self.zoom_changed.emit(zoom)

    # Tab and Shift+Tab walk the tokens (row by row) before leaving the board.
    def focusNextPrevChild(self, next: bool) -> bool:
        tokens = self.board_scene.tokens() if self.board_scene.editable else []
        current = self.board_scene.focusItem()
        if current in tokens:
            index = tokens.index(current) + (1 if next else -1)
            if 0 <= index < len(tokens):
                self._focus_token(tokens[index])
                return True
            self.board_scene.clearFocus()
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        tokens = self.board_scene.tokens() if self.board_scene.editable else []
        if tokens and self.board_scene.focusItem() is None:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self._focus_token(tokens[-1] if backwards else tokens[0])

    def focusOutEvent(self, event) -> None:
        # The scene keeps its focus item while the view loses focus: commit a
        # pending keyboard move now, as the token itself would.
        focused = self.board_scene.focusItem()
        if isinstance(focused, TeamToken):
            focused.commit_pending()
        super().focusOutEvent(event)

    # touch: every finger drags its own token ----------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            self._touch(event)
            return True
        return super().viewportEvent(event)

    def _touch(self, event) -> None:
        scene = self.board_scene
        if event.type() == QEvent.Type.TouchCancel:
            for token in self._touches.values():
                token.end_drag()
            self._touches.clear()
            event.accept()
            return
        for point in event.points():
            state = point.state()
            pid = point.id()
            scene_pos = self.mapToScene(point.position().toPoint())
            if state == point.State.Pressed:
                if not scene.editable:
                    continue
                token = scene.token_at(scene_pos)
                if token is None or token.held:
                    continue
                self._touches[pid] = token
                token.begin_drag(scene_pos.x())
            elif state == point.State.Released:
                token = self._touches.pop(pid, None)
                if token is not None:
                    token.drag_to(scene_pos.x())
                    token.end_drag()
            elif pid in self._touches and state == point.State.Updated:
                self._touches[pid].drag_to(scene_pos.x())
        event.accept()

    def _row_refreshed(self, dimension_id: str) -> None:
        focused = self.board_scene.focusItem()
        if isinstance(focused, TeamToken) and focused.dimension_id == dimension_id:
            self._announce(dimension_id, focused.placer_id)

    def _announce(self, dimension_id: str, team_id: str) -> None:
        try:
            token = self.board_scene.token(dimension_id, team_id)
        except KeyError:
            return
        text = token.description()
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
        if QAccessible.isActive() and token.hasFocus():
            # Tell assistive technology which child (token) has the focus.
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild(self.board_scene.tokens().index(token))
            QAccessible.updateAccessibility(event)

    def _focus_token(self, token: TeamToken) -> None:
        token.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureVisible(token)

    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.set_zoom(self._zoom * 1.25)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Minus:
                self.set_zoom(self._zoom / 1.25)
                event.accept()
                return
        super().keyPressEvent(event)

    def fit(self) -> None:
        rect = self.board_scene.sceneRect()
        if rect.isEmpty():
            return
        # The whole board in view, as large as the window allows, times the zoom.
        scale = max(0.2, min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height()))
        self.resetTransform()
        self.scale(scale * self._zoom, scale * self._zoom)

    def token_view_pos(self, dimension_id: str, team_id: str):
        """Viewport position of a token's centre (for tests and tools)."""
        token = self.board_scene.token(dimension_id, team_id)
        return self.mapFromScene(token.scenePos())

    def value_view_pos(self, dimension_id: str, value: float):
        return self.mapFromScene(QPointF(value_to_x(value), self.board_scene.row_y(dimension_id)))


def render_board_image(session: Session, round_id: str, compare_round_id: str = "", width: int = 1800) -> QImage:
    """A picture of the board for one round (reports, screenshots)."""
    scene = SpectrumScene()
    # A picture for a report shows the positions even of a round never revealed.
    scene.show_round(session, round_id, compare_round_id, editable=False, hidden=False)
    rect = scene.sceneRect()
    height = int(width * rect.height() / rect.width())
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), rect)
    painter.end()
    return image


def board_images(session: Session) -> dict[str, QImage]:
    """One picture per round; each round after the first is drawn over the
    one before it (ghosted), with the gap arrows."""
    images = {}
    for i, rnd in enumerate(session.rounds):
        compare = session.rounds[i - 1].id if i > 0 else ""
        images[rnd.id] = render_board_image(session, rnd.id, compare)
    return images

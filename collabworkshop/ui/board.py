"""The spectrum board: one row per dimension, one draggable token per team.

The scene draws in fixed scene units (the line is 900 units wide, 9 per
point) and the view scales it to the window, so tokens and text grow with a
projector-sized window. A token being dragged only *previews* its position
through the controller (live statistics); the drop commits one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
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

from ..analysis.stats import describe
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
TOKEN_RADIUS = 22.0
SCENE_WIDTH = LINE_X1 + 40.0
LANE_STEP = 2 * TOKEN_RADIUS + 2

INK = QColor("#1B1F24")
MUTED = QColor("#59636E")
LINE = QColor("#404850")
GHOST = QColor("#8A939C")


def tr(text: str) -> str:
    return QCoreApplication.translate("SpectrumBoard", text)


def board_help() -> str:
    return tr(
        "One row per dimension from cooperation (0) to collaboration (100). "
        "Tab to a team's token; arrow keys move it, Shift+arrow by 10, Home and End to the poles."
    )


def value_to_x(value: float) -> float:
    return LINE_X0 + (LINE_X1 - LINE_X0) * value / 100.0


def x_to_value(x: float) -> float | None:
    """Position on the line for a scene x; None in the tray (not placed)."""
    if x < (TRAY_X1 + LINE_X0) / 2:
        return None
    return max(0.0, min(100.0, (x - LINE_X0) * 100.0 / (LINE_X1 - LINE_X0)))


def _text_colour_for(background: QColor) -> QColor:
    # Relative luminance decides black or white initials (WCAG formula).
    def channel(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(
        background.blue()
    )
    return QColor("#000000") if lum > 0.28 else QColor("#FFFFFF")


_TOKEN_BOUNDS = QRectF(-TOKEN_RADIUS - 60, -TOKEN_RADIUS - 4, 2 * TOKEN_RADIUS + 120, 2 * TOKEN_RADIUS + 52)


def assign_lanes(placed: list[tuple[float, str]]) -> dict[str, float]:
    """Vertical offsets so tokens closer than a token's width stay readable:
    the line itself, then just above, then just below; crowded beyond that,
    they share the line."""
    lanes: dict[str, float] = {}
    last_x: list[float] = []
    offsets = (0.0, -LANE_STEP, LANE_STEP)
    for value, key in sorted(placed):
        x = value_to_x(value)
        for lane, offset in enumerate(offsets):
            if lane >= len(last_x) or x - last_x[lane] >= 2 * TOKEN_RADIUS + 2:
                if lane >= len(last_x):
                    last_x.append(x)
                else:
                    last_x[lane] = x
                lanes[key] = offset
                break
        else:
            lanes[key] = 0.0
    return lanes


class TeamToken(QGraphicsObject):
    """A team's token on one dimension row."""

    def __init__(self, board: SpectrumScene, team: Team, dimension_id: str, row_y: float, ghost: bool = False):
        super().__init__()
        self.board = board
        self.team = team
        self.dimension_id = dimension_id
        self.row_y = row_y
        self.ghost = ghost
        self.value: float | None = None
        self._dragging = False
        self._press_offset = 0.0
        self._font = QFont("DejaVu Sans", 13, QFont.Weight.Bold)
        self._name_font = QFont("DejaVu Sans", 10)
        self._style_team: Team | None = None  # the team _style was worked out for
        self._style: tuple[QColor, QColor, QColor, str] | None = None
        self.setAcceptHoverEvents(not ghost)
        self.setZValue(1 if ghost else 10)
        # Paint once into a pixmap and reuse it while the token moves: a drag
        # then costs a blit per token, not a repaint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if not ghost:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self._update_tooltip()

    # geometry ---------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        # The disc with its focus ring, and the name plate shown below it while
        # focused or dragged. Kept tight: every token this rect overlaps is
        # repainted on each step of a drag.
        return _TOKEN_BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), TOKEN_RADIUS + 4, TOKEN_RADIUS + 4)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = TOKEN_RADIUS
        colour, faded, text_colour, initials = self._team_style()
        if self.ghost:
            pen = QPen(GHOST, 2.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r * 0.8, r * 0.8)
            painter.setFont(self._name_font)
            painter.setPen(GHOST)
            painter.drawText(QRectF(-r, -r * 0.8, 2 * r, 1.6 * r), Qt.AlignmentFlag.AlignCenter, initials)
            return
        if self.value is None:
            colour = faded
        focused = self.hasFocus() or self._dragging
        painter.setPen(QPen(INK if focused else QColor("#FFFFFF"), 4 if focused else 2.5))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setFont(self._font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, initials)
        if not focused:
            return
        # The team's name while it is being moved: the legend names the rest.
        painter.setFont(self._name_font)
        metrics = painter.fontMetrics()
        name = metrics.elidedText(self.team.name, Qt.TextElideMode.ElideRight, 150)
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
            self._style = (colour, faded, _text_colour_for(colour), self.team.initials)
            self._style_team = self.team
        return self._style

    # state ------------------------------------------------------------------------------
    def set_value(self, value: float | None, lane_offset: float = 0.0) -> None:
        self.value = value
        x = value_to_x(value) if value is not None else self.board.tray_x(self)
        self.setPos(x, self.row_y + lane_offset)
        self._update_tooltip()
        self.update()

    def description(self) -> str:
        """What a screen reader says for this token, e.g. "Harbour Works,
        Relationship, 62 of 100" (also its tooltip)."""
        dimension = self.board.dimension_name(self.dimension_id)
        if self.value is None:
            where = tr("not placed")
        else:
            where = tr("{0} of 100").format(f"{self.value:.0f}")
        return f"{self.team.name}, {dimension}, {where}"

    def _update_tooltip(self) -> None:
        self.setToolTip(tip(self.description()))

    # dragging: preview while moving, commit on release -----------------------------------
    def mousePressEvent(self, event) -> None:
        if self.ghost or event.button() != Qt.MouseButton.LeftButton or not self.board.editable:
            event.ignore()
            return
        self._dragging = True
        self._press_offset = self.pos().x() - event.scenePos().x()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.setZValue(20)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if not self._dragging:
            return
        x = event.scenePos().x() + self._press_offset
        x = max(TRAY_X0, min(LINE_X1, x))
        value = x_to_value(x)
        self.setPos(x if value is None else value_to_x(value), self.row_y)
        if (value is None) != (self.value is None):
            self.update()  # placed and unplaced tokens look different
        self.value = value
        self.board.token_dragged(self, value)

    def mouseReleaseEvent(self, event) -> None:
        if not self._dragging:
            return
        self._dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self.board.token_dropped(self, self.value)

    def keyPressEvent(self, event) -> None:
        """Arrows move by 1 (Shift: 10), Home/End to the poles, Delete takes
        the token off the line. Each key press is one committed step."""
        if self.ghost or not self.board.editable:
            event.ignore()
            return
        step = 10.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0
        key = event.key()
        current = self.value
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            new = 50.0 if current is None else current - step
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            new = 50.0 if current is None else current + step
        elif key == Qt.Key.Key_Home:
            new = 0.0
        elif key == Qt.Key.Key_End:
            new = 100.0
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            new = None
        else:
            event.ignore()
            return
        if new is not None:
            new = max(0.0, min(100.0, new))
        self.board.token_dropped(self, new)
        event.accept()

    def focusInEvent(self, event) -> None:
        self.board.token_focused(self)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


@dataclass
class _Row:
    dimension_id: str
    y: float  # scene y of the line
    tokens: dict[str, TeamToken]
    ghosts: dict[str, TeamToken]
    markers: list[QGraphicsItem]
    summary: QGraphicsSimpleTextItem | None


class SpectrumScene(QGraphicsScene):
    """The board's scene; usable without a view (for pictures in reports)."""

    token_moved = Signal(str, str, object)  # dimension_id, team_id, value or None (live)
    token_released = Signal(str, str, object)  # dimension_id, team_id, value or None
    token_selected = Signal(str, str)  # dimension_id, team_id
    row_refreshed = Signal(str)  # dimension_id: its tokens show the model again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.round_id = ""
        self.compare_round_id = ""
        self.editable = True
        self._rows: dict[str, _Row] = {}
        self._zones = default_template().zones
        self.setBackgroundBrush(QColor("#FFFFFF"))

    # building -------------------------------------------------------------------------------
    def show_round(self, session: Session, round_id: str, compare_round_id: str = "", editable: bool = True) -> None:
        self.session = session
        self.round_id = round_id
        self.compare_round_id = compare_round_id
        self.editable = editable
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        self._rows = {}
        session = self.session
        if session is None:
            return
        title_font = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
        pole_font = QFont("DejaVu Sans", 12)
        zone_font = QFont("DejaVu Sans", 11)
        for i, dim in enumerate(session.dimensions):
            top = TOP + i * ROW_HEIGHT
            line_y = top + 84
            title = self.addSimpleText(dim.name, title_font)
            title.setBrush(INK)
            title.setPos(TRAY_X0 - 6, top + 4)
            tray_label = self.addSimpleText(tr("not placed"), zone_font)
            tray_label.setBrush(MUTED)
            tray_label.setPos(TRAY_X0, line_y + TOKEN_RADIUS + 8)
            tray = self.addRect(
                QRectF(TRAY_X0 - 6, line_y - TOKEN_RADIUS - 6, TRAY_X1 - TRAY_X0 + 12, 2 * TOKEN_RADIUS + 12),
                QPen(QColor("#C5CCD3"), 1.5, Qt.PenStyle.DashLine),
                QBrush(QColor("#F4F6F8")),
            )
            tray.setZValue(-2)
            self._draw_line(line_y, dim.low_label, dim.high_label, pole_font)
            row = _Row(dim.id, line_y, {}, {}, [], None)
            row.summary = self.addSimpleText("", pole_font)
            row.summary.setBrush(INK)
            row.summary.setPos(TRAY_X0 - 6, line_y + TOKEN_RADIUS + 26)
            self._rows[dim.id] = row
            if self.compare_round_id:
                for team in session.teams:
                    ghost = TeamToken(self, team, dim.id, line_y, ghost=True)
                    self.addItem(ghost)
                    row.ghosts[team.id] = ghost
            for team in session.teams:
                token = TeamToken(self, team, dim.id, line_y)
                self.addItem(token)
                row.tokens[team.id] = token
            self.refresh_row(dim.id)
        self._draw_legend(session)
        self._draw_zone_header(zone_font)
        height = TOP + len(session.dimensions) * ROW_HEIGHT
        self.setSceneRect(QRectF(0, 0, SCENE_WIDTH, height))

    def _draw_zone_header(self, font: QFont) -> None:
        """Zone names once, above the first row, like column headings."""
        for zone in self._zones:
            x0, x1 = value_to_x(zone.start), value_to_x(zone.end)
            label = self.addSimpleText(zone.label, font)
            label.setBrush(MUTED)
            label.setPos((x0 + x1) / 2 - label.boundingRect().width() / 2, LEGEND_HEIGHT + 4)

    def _draw_line(self, y: float, low: str, high: str, pole_font: QFont) -> None:
        for zone in self._zones:
            x0, x1 = value_to_x(zone.start), value_to_x(zone.end)
            band = self.addRect(QRectF(x0, y - 72, x1 - x0, 140), QPen(Qt.PenStyle.NoPen),
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
        lo.setPos(LINE_X0, y + 70)
        hi = self.addSimpleText(high_text, pole_font)
        hi.setToolTip(tip(high))
        hi.setBrush(MUTED)
        hi.setPos(LINE_X1 - hi.boundingRect().width(), y + 70)

    # keeping in step with the model --------------------------------------------------------------
    def refresh_row(self, dimension_id: str) -> None:
        row = self._rows.get(dimension_id)
        if row is None or self.session is None:
            return
        session = self.session
        placed = []
        for team_id, token in row.tokens.items():
            if token._dragging:
                continue
            value = session.position(self.round_id, dimension_id, team_id)
            token.value = value
            if value is not None:
                placed.append((value, team_id))
        lanes = assign_lanes(placed)
        for team_id, token in row.tokens.items():
            if not token._dragging:
                token.set_value(token.value, lanes.get(team_id, 0.0))
        before = []
        for team_id, ghost in row.ghosts.items():
            value = session.position(self.compare_round_id, dimension_id, team_id)
            ghost.setVisible(value is not None)
            ghost.value = value
            if value is not None:
                before.append((value, team_id))
        ghost_lanes = assign_lanes(before)
        for value, team_id in before:
            row.ghosts[team_id].setPos(value_to_x(value), row.y + ghost_lanes[team_id])
        self._refresh_markers(row)
        self.row_refreshed.emit(dimension_id)

    def _refresh_markers(self, row: _Row) -> None:
        for item in row.markers:
            self.removeItem(item)
        row.markers = []
        if self.session is None:
            return
        current = describe(self.session.positions(self.round_id, row.dimension_id))
        summary = (tr("median {0}").format(f"{current.median:.0f}") if current.median is not None
                   else tr("no placements yet"))
        if current.median is not None:
            row.markers.append(self._median_marker(current.median, row.y, INK, tr("median")))
        if self.compare_round_id:
            before = describe(self.session.positions(self.compare_round_id, row.dimension_id))
            if before.median is not None:
                row.markers.append(self._median_marker(before.median, row.y, GHOST, tr("median before")))
            if before.median is not None and current.median is not None:
                summary = tr("{0} \u2192 {1}, gap {2}").format(
                    f"{before.median:.0f}", f"{current.median:.0f}", f"{current.median - before.median:+.0f}"
                )
                if before.median != current.median:
                    row.markers.append(self._gap_arrow(before.median, current.median, row.y))
        if row.summary is not None:
            row.summary.setText(summary)

    def _draw_legend(self, session: Session) -> None:
        font = QFont("DejaVu Sans", 13)
        x = TRAY_X0
        y = 8.0
        for team in session.teams:
            dot = self.addEllipse(QRectF(x, y, 30, 30), QPen(QColor("#FFFFFF"), 1.5), QBrush(QColor(team.colour)))
            initials = QGraphicsSimpleTextItem(team.initials, dot)
            initials.setFont(QFont("DejaVu Sans", 9, QFont.Weight.Bold))
            initials.setBrush(_text_colour_for(QColor(team.colour)))
            r = initials.boundingRect()
            initials.setPos(x + 15 - r.width() / 2, y + 15 - r.height() / 2)
            label = QFontMetricsF(font).elidedText(team.name, Qt.TextElideMode.ElideRight, 240)
            name = self.addSimpleText(label, font)
            name.setToolTip(tip(team.name))
            name.setBrush(INK)
            name.setPos(x + 36, y + 15 - name.boundingRect().height() / 2)
            x += 36 + name.boundingRect().width() + 28
            if x > SCENE_WIDTH - 200:
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
        item.setToolTip(tr("gap {0}").format(f"{end - start:+.0f}"))
        return item

    # token callbacks ---------------------------------------------------------------------------------
    def tray_x(self, token: TeamToken) -> float:
        row = self._rows.get(token.dimension_id)
        unplaced = [t for t in (row.tokens.values() if row else []) if t.value is None]
        index = unplaced.index(token) if token in unplaced else 0
        step = min(2 * TOKEN_RADIUS + 6, (TRAY_X1 - TRAY_X0 - 2 * TOKEN_RADIUS) / max(1, len(unplaced) - 1))
        return TRAY_X0 + TOKEN_RADIUS + index * step

    def token_dragged(self, token: TeamToken, value: float | None) -> None:
        self.token_moved.emit(token.dimension_id, token.team.id, value)

    def token_dropped(self, token: TeamToken, value: float | None) -> None:
        self.token_released.emit(token.dimension_id, token.team.id, value)

    def token_focused(self, token: TeamToken) -> None:
        self.token_selected.emit(token.dimension_id, token.team.id)

    def dimension_name(self, dimension_id: str) -> str:
        try:
            return self.session.dimension(dimension_id).name if self.session else dimension_id
        except KeyError:
            return dimension_id

    def token(self, dimension_id: str, team_id: str) -> TeamToken:
        return self._rows[dimension_id].tokens[team_id]

    def tokens(self) -> list[TeamToken]:
        return [t for row in self._rows.values() for t in row.tokens.values()]

    def row_y(self, dimension_id: str) -> float:
        return self._rows[dimension_id].y


class SpectrumBoard(QGraphicsView):
    """The view: scales the scene to the widget, keeps aspect ratio."""

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
        self.setAccessibleName(tr("Spectrum board"))
        self.setAccessibleDescription(board_help())
        # The focused token is announced through the view: graphics items
        # have no accessibility interface of their own.
        self.board_scene.token_selected.connect(self._announce)
        self.board_scene.row_refreshed.connect(self._row_refreshed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

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

    def _row_refreshed(self, dimension_id: str) -> None:
        focused = self.board_scene.focusItem()
        if isinstance(focused, TeamToken) and focused.dimension_id == dimension_id:
            self._announce(dimension_id, focused.team.id)

    def _announce(self, dimension_id: str, team_id: str) -> None:
        token = self.board_scene.token(dimension_id, team_id)
        text = token.description()
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    def _focus_token(self, token: TeamToken) -> None:
        token.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureVisible(token)

    def fit(self) -> None:
        rect = self.board_scene.sceneRect()
        if rect.isEmpty():
            return
        # The whole board in view, as large as the window allows.
        scale = max(0.2, min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height()))
        self.resetTransform()
        self.scale(scale, scale)

    def token_view_pos(self, dimension_id: str, team_id: str):
        """Viewport position of a token's centre (for tests and tools)."""
        token = self.board_scene.token(dimension_id, team_id)
        return self.mapFromScene(token.scenePos())

    def value_view_pos(self, dimension_id: str, value: float):
        return self.mapFromScene(QPointF(value_to_x(value), self.board_scene.row_y(dimension_id)))


def render_board_image(session: Session, round_id: str, compare_round_id: str = "", width: int = 1800) -> QImage:
    """A picture of the board for one round (reports, screenshots)."""
    scene = SpectrumScene()
    scene.show_round(session, round_id, compare_round_id, editable=False)
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

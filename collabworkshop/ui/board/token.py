"""A placer's token on the board: one per placer and dimension (a team, or in
participant mode a participant in the team's colour, with their initials).

The token paints itself, follows the mouse or a finger, and takes the keys:
Tab/Shift+Tab reach it (the view walks the tokens), arrows move it by 1
(Shift: 10), Home/End to the poles. A keyboard move is *pending* (shown and
previewed, not committed) until Enter commits it or Escape puts the token
back; moving the focus away commits it, as leaving an edited field keeps
the edit. Delete takes the token off the line at once. It tells its scene
(``board``) what happens; the scene turns that into signals.

It also says what it is for assistive technology and its tooltip
(:meth:`TeamToken.accessible_name`, :meth:`TeamToken.accessible_value`);
access.py exposes that to screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from ...common.i18n import context
from ...model import Team
from ..common.frame import pointer_pacer
from ..common.plaintext import tip
from .style import text_colour_for

tr = context("SpectrumBoard")

if TYPE_CHECKING:
    from .scene import SpectrumScene


class TeamLook:
    """A team's colours on the board, worked out once per rebuild (the
    scene's :meth:`~.scene.SpectrumScene.team_look`), not in every paint:
    the disc, the disc of a token not placed yet, and the initials on it."""

    __slots__ = ("colour", "unplaced", "text")

    def __init__(self, team: Team):
        self.colour = QColor(team.colour)
        self.unplaced = QColor(self.colour)
        self.unplaced.setAlpha(170)
        # The initials' colour ignores alpha, so it is the same for both.
        self.text = text_colour_for(self.colour)


def draw_tick_badge(painter: QPainter, centre: QPointF, r: float, ink: QColor, on_ink: QColor) -> None:
    """Placed, position secret: a tick badge on a disc of radius ``r`` at
    ``centre`` (not colour alone)."""
    b = max(6.0, r * 0.45)
    badge = centre + QPointF(r * 0.75, -r * 0.75)
    painter.setPen(QPen(on_ink, 1.5))
    painter.setBrush(ink)
    painter.drawEllipse(badge, b, b)
    tick = QPainterPath(badge + QPointF(-b * 0.5, 0))
    tick.lineTo(badge + QPointF(-b * 0.1, b * 0.4))
    tick.lineTo(badge + QPointF(b * 0.55, -b * 0.45))
    painter.setPen(QPen(on_ink, max(1.5, b * 0.3)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)


def init_placer(token, board: SpectrumScene, team: Team, dimension_id: str, row_y: float,
                placer_id: str, initials: str, name: str) -> None:
    """What a TeamToken and a layer's TokenMark both know of their placer:
    who (a team, or a participant of it), which row, where, how large."""
    token.board = board
    token.team = team
    token.placer_id = placer_id or team.id
    token.placer_name = name or team.name
    token._initials = initials or team.initials
    token.dimension_id = dimension_id
    token.row_y = row_y
    token.value = None
    token.lane = 0.0
    token.shift = 0.0
    token.radius = board.token_radius
    # A token found (find box) or focused on a crowded line is drawn
    # larger than its neighbours, so it can be seen among hundreds.
    token.emphasis_radius = max(token.radius, min(board.profile.token_radius, max(12.0, token.radius * 1.8)))
    token._emphasis = False
    token._faded = False
    token._initials_px = 0
    token._set_font_for(token.radius)


class TeamToken(QGraphicsObject):
    """One placer's token on one dimension row: a team's, or in participant
    mode a participant's (in the team's colour, with the person's initials).
    Only an editable board has these; ghosts and the tokens of a board
    nobody edits are drawn by a row's layer (layer.py)."""

    ghost = False  # the compare round's ghosts are layer.TokenMark

    def __init__(self, board: SpectrumScene, team: Team, dimension_id: str, row_y: float,
                 placer_id: str = "", initials: str = "", name: str = ""):
        super().__init__()
        init_placer(self, board, team, dimension_id, row_y, placer_id, initials, name)
        self._dragging = False
        self._pending = False  # a keyboard move not yet committed
        self._press_offset = 0.0
        profile = board.profile
        self._plate_width = profile.text_px * 16  # a name plate's widest (in scene units)
        self._rest_bounds = QRectF()
        self._active_bounds = QRectF()
        self._make_bounds()
        self._bounds = self._rest_bounds
        # No hover events and no per-item cursor: either would make the view
        # look up the items under the pointer (Python shape() calls) on every
        # mouse move of a drag. The view shows the hand cursors instead.
        self.setAcceptHoverEvents(False)
        self.setZValue(10)
        # Paint once into a pixmap and reuse it while the token moves: a drag
        # then costs a blit per token, not a repaint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        # No setToolTip: the text is made when asked for (toolTip(), the
        # scene's help event), not for each of 2,500 tokens on every move.

    def _set_font_for(self, radius: float) -> None:
        profile = self.board.profile
        px = profile.initials_px * radius / profile.token_radius
        # Initials too small to read (a token under 60 % of full size, on a
        # crowded line) are left out: the tooltip, the name plate on focus
        # and the find box name the token, so colour is not the only cue.
        self._initials_px = round(px) if px >= 0.6 * profile.initials_px else 0

    @property
    def _font(self) -> QFont:
        """The initials' font (shared by the scene's tokens of one size)."""
        return self.board.token_font(self._initials_px or 1, bold=True)

    @property
    def _name_font(self) -> QFont:
        return self.board.token_font(round(self.board.profile.text_px), bold=False)

    def _make_bounds(self) -> None:
        # Just the disc (with its tick badge) at rest; the name plate below it
        # while focused or moved. Kept tight: every token this rect overlaps
        # is repainted on each step of a drag.
        r = self.emphasis_radius if self._emphasis or self.hasFocus() or self.held else self.radius
        rest = r * 1.25 + 3
        self._rest_bounds = QRectF(-rest, -rest, 2 * rest, 2 * rest)
        plate_h = self.board.token_font_height(round(self.board.profile.text_px)) + 6
        half_w = max(rest, self._plate_width / 2 + 4)
        self._active_bounds = QRectF(-half_w, -rest, 2 * half_w, rest + r + plate_h + 4)

    def matches(self, needle: str) -> bool:
        """True when a casefolded search text is part of this placer's
        name, initials or team name."""
        return (needle in self.placer_name.casefold() or needle == self._initials.casefold()
                or needle in self.team.name.casefold())

    def set_emphasis(self, emphasis: bool, faded: bool = False) -> None:
        """Stand out (found by the find box: larger, ringed, on top) or fade
        (the find box has text this token does not match)."""
        if emphasis == self._emphasis and faded == self._faded:
            return
        self._emphasis = emphasis
        self._faded = faded
        self._resync()

    @property
    def emphasised(self) -> bool:
        return self._emphasis

    @property
    def faded(self) -> bool:
        return self._faded

    def _resync(self) -> None:
        self.prepareGeometryChange()
        self._make_bounds()
        self._bounds = self._active_bounds if self._shows_name() else self._rest_bounds
        if not self.held:
            self.setZValue(15 if self._emphasis else 10)
        self.update()

    def drawn_radius(self) -> float:
        """The radius the token is drawn at now."""
        return self.emphasis_radius if self._emphasis or self.hasFocus() or self.held else self.radius

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
        self.prepareGeometryChange()
        self._make_bounds()
        self._bounds = self._active_bounds if self._shows_name() else self._rest_bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 4, self.radius + 4)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.drawn_radius()
        self._set_font_for(r)
        team_look = self.board.team_look(self.team)
        colour, text_colour, initials = team_look.colour, team_look.text, self._initials
        look = self.board.colours
        ink = QColor(look.ink)
        if self._faded and not self.hasFocus() and not self.held:
            painter.setOpacity(0.25)
        if self.value is None:
            colour = team_look.unplaced
        focused = self.hasFocus() or self.held or self._emphasis
        if focused:
            painter.setPen(QPen(ink, 4))
        else:
            # Small tokens get a thin edge in the theme's ring colour so neighbours stay apart.
            painter.setPen(QPen(QColor(look.ring), max(1.0, min(2.5, r / 9))))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self._initials_px:
            painter.setFont(self._font)
            painter.setPen(text_colour)
            painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, initials)
        if self.board.hides(self) and self.value is not None:
            draw_tick_badge(painter, QPointF(0, 0), r, ink, QColor(look.on_ink))
        if not self._shows_name():
            return
        # The placer's name while it has the keyboard focus: the legend names the teams.
        painter.setFont(self._name_font)
        metrics = painter.fontMetrics()
        name = metrics.elidedText(self.placer_name, Qt.TextElideMode.ElideRight, int(self._plate_width - 8))
        w = metrics.horizontalAdvance(name) + 8
        plate = QRectF(-w / 2, r + 2, w, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        plate_colour = QColor(look.plate)
        plate_colour.setAlpha(215)
        painter.setBrush(plate_colour)
        painter.drawRoundedRect(plate, 3, 3)
        painter.setPen(ink)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, name)

    # state ------------------------------------------------------------------------------
    def set_value(self, value: float | None, lane_offset: float = 0.0, shift: float = 0.0) -> None:
        """Rest at ``value`` (None: the tray), ``lane_offset`` above or below
        the line and ``shift`` right of the value (a crowded row's swarm)."""
        self.value = value
        self.lane = lane_offset
        self.shift = shift
        self.setPos(self.board.rest_pos(self, value, lane_offset, shift))
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

    def toolTip(self) -> str:  # noqa: N802 (Qt's name)
        """The tooltip, made when asked for: the description as text."""
        return tip(self.description())

    # moving: preview while moving, commit on release ---------------------------------------
    def begin_drag(self, scene_x: float) -> None:
        self._dragging = True
        self._sync_bounds()
        self._press_offset = self.pos().x() - scene_x
        self.board.set_drag_cursor(True)
        self.setZValue(20)

    def drag_to(self, scene_x: float) -> None:
        pointer_pacer().moved()  # the frames phones wait for keep out of this move's way
        geo = self.board.geo
        x = max(geo.tray_x0 if geo.has_tray else geo.line_x0, min(geo.line_x1, scene_x + self._press_offset))
        value = geo.x_to_value(x)
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
            x = self.board.geo.value_to_x(value) if value is not None else self.board.tray_pos(self).x()
        self.setPos(x if value is None else self.board.geo.value_to_x(value), self.row_y)
        if (value is None) != (self.value is None):
            self.update()  # placed and unplaced tokens look different
        self.value = value

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.board.editable:
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
        if not self.board.editable or self._dragging:
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


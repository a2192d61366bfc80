"""Tokens that never take input, drawn by one item per row.

A ghost (the compare round's place of a token) and every token of a board
that is not editable (the reports' pictures, the audience display) is a
:class:`TokenMark`: plain Python state (who, where, found or faded), no
graphics item of its own. Each row has a :class:`TokenLayer` per kind
(its ghosts, its tokens) that paints all of the row's marks in one
``paint()``, from the positions the scene's layout (geometry.py's swarm)
gave them, exactly as a :class:`~.token.TeamToken` at rest looks: the same
disc, ring, initials, tick badge and ghost style.

A mark answers what a token answers to the rest of the board (its value,
lane, position, whether it is shown, its words for a screen reader), so
the scene's layout, the find box, the reveal animation and the accessible
tree treat marks and tokens alike. The tooltip of a mark comes from the
scene's help event, which asks the layer under the pointer for the mark
there (:meth:`TokenLayer.mark_at`).

Why: 500 participants on 5 rows with a compare round are 5,000 items,
each painted by a Python ``paint()``; one layer per row paints the same
discs with the style worked out once per team per rebuild.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...model import Team
from ..common.plaintext import tip
from .token import TeamToken, draw_tick_badge, init_placer

if TYPE_CHECKING:
    from .scene import SpectrumScene


def drawn_half(r: float) -> float:
    """Half the side of the square a mark of radius ``r`` is painted in:
    its disc with the ring, the found outline and the blind round's tick
    badge."""
    return max(r * 1.25 + 3, r * 0.75 + max(6.0, r * 0.45) + 2)


class TokenMark:
    """One placer on one row, drawn by the row's layer (no item of its own)."""

    pending = False  # a mark is never moved by hand
    held = False

    def __init__(self, board: SpectrumScene, team: Team, dimension_id: str, row_y: float, ghost: bool,
                 placer_id: str, initials: str, name: str):
        init_placer(self, board, team, dimension_id, row_y, placer_id, initials, name)
        self.ghost = ghost
        self._pos = QPointF(0.0, row_y)
        self._xy = (0.0, row_y)  # the same as plain numbers (the layer's paint reads many)
        self._visible = True
        self.layer: TokenLayer | None = None
        #: The real token that took over (a crowded editable row's, once
        #: pressed or focused): what was asked of the mark is asked of it.
        self.live: TeamToken | None = None

    @classmethod
    def for_placers(cls, board: SpectrumScene, placers, dimension_id: str, row_y: float,
                    ghost: bool) -> dict[str, TokenMark]:
        """A row's marks, placer id -> mark, for (placer id, team, initials,
        name) in order: as ``TokenMark(...)`` makes each, with what every
        mark of the row shares (its size, its font, where it starts)
        worked out once for the row rather than once per mark (a row of
        500 people with its ghosts is a thousand marks)."""
        out: dict[str, TokenMark] = {}
        if not placers:
            return out
        placer_id, team, initials, name = placers[0]
        first = cls(board, team, dimension_id, row_y, ghost, placer_id, initials, name)
        own = ("team", "placer_id", "placer_name", "_initials")
        # What the first mark was given, but its person (its start, too, is
        # shared: setPos replaces a mark's point, never changes it in place).
        # Read with vars() of the first alone: a mark whose __dict__ is
        # asked for keeps a dict of its own, one more object for every
        # garbage collection to walk.
        shared = [(key, value) for key, value in vars(first).items() if key not in own]
        new = object.__new__
        out[placer_id] = first
        for placer_id, team, initials, name in placers[1:]:
            mark = new(cls)
            for key, value in shared:
                setattr(mark, key, value)
            mark.team = team
            mark.placer_id = placer_id or team.id
            mark.placer_name = name or team.name
            mark._initials = initials or team.initials
            out[placer_id] = mark
        return out

    # the same words, search and sizes as a token (TeamToken's own rules)
    _set_font_for = TeamToken._set_font_for
    _font = TeamToken._font
    matches = TeamToken.matches
    accessible_name = TeamToken.accessible_name
    emphasised = TeamToken.emphasised
    faded = TeamToken.faded

    def accessible_value(self) -> str:
        if self.live is not None:
            return self.live.accessible_value()
        return TeamToken.accessible_value(self)  # type: ignore[arg-type]

    def description(self) -> str:
        if self.live is not None:
            return self.live.description()
        return TeamToken.description(self)  # type: ignore[arg-type]

    def toolTip(self) -> str:  # noqa: N802 (the name a token's tooltip has)
        return tip(self.description())

    def setFocus(self, reason=None) -> None:  # noqa: N802
        """Focus on a crowded editable row: the real token takes it."""
        live = self.board.live_token(self)
        if live is not self:
            live.setFocus(reason) if reason is not None else live.setFocus()

    def drawn_radius(self) -> float:
        return self.emphasis_radius if self._emphasis else self.radius

    def set_emphasis(self, emphasis: bool, faded: bool = False) -> None:
        if emphasis != self._emphasis or faded != self._faded:
            self.update()  # as large as it was drawn
            self._emphasis = emphasis
            self._faded = faded
            self.update()

    def set_value(self, value: float | None, lane_offset: float = 0.0, shift: float = 0.0) -> None:
        self.value = value
        self.lane = lane_offset
        self.shift = shift
        self.setPos(self.board.rest_pos(self, value, lane_offset, shift))

    # what the rest of the board asks of a token's item
    def pos(self) -> QPointF:
        return QPointF(self._pos)

    scenePos = pos  # noqa: N815 (a mark's position is in scene units)

    def x(self) -> float:
        return self._pos.x()

    def y(self) -> float:
        return self._pos.y()

    def setPos(self, pos: QPointF, y: float | None = None) -> None:  # noqa: N802
        point = QPointF(pos, y) if y is not None else QPointF(pos)
        was = self._xy
        self._pos = point
        self._xy = (point.x(), point.y())
        if self.layer is not None and self._visible:
            # Where it was and where it is painted again, in one call (a
            # phone's placement moves dozens of a crowded row's marks).
            self.layer.mark_moved(self, was, self._xy)

    def isVisible(self) -> bool:  # noqa: N802
        return self._visible

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        if visible != self._visible:
            self._visible = True
            self.update()  # the place it is drawn (or will be)
            self._visible = visible

    def hasFocus(self) -> bool:  # noqa: N802
        return self.live is not None and self.live.hasFocus()

    def scene(self):
        return self.board

    def sceneBoundingRect(self) -> QRectF:  # noqa: N802
        if self.live is not None:
            return self.live.sceneBoundingRect()
        return self.drawn_rect()

    def drawn_rect(self) -> QRectF:
        """Where the layer paints this mark: its disc with the ring, the
        found outline and the blind round's tick badge."""
        return self.rect_for(self.drawn_radius())

    def rect_for(self, r: float) -> QRectF:
        """Where this mark is painted as a disc of radius ``r``."""
        half = drawn_half(r)
        return QRectF(self._pos.x() - half, self._pos.y() - half, 2 * half, 2 * half)

    def update(self) -> None:
        """The layer paints the mark's place again (only where it is drawn)."""
        if self.layer is not None and self._visible:
            self.layer.mark_changed(self)


class TokenLayer(QGraphicsItem):
    """A row's ghosts or its non-interactive tokens, painted by one item."""

    def __init__(self, board: SpectrumScene, marks: list[TokenMark], ghost: bool):
        super().__init__()
        self.board = board
        self.marks = marks
        self.ghost = ghost
        self._bounds = QRectF()
        self._bounds_xy = (math.inf, math.inf, -math.inf, -math.inf)  # the same as numbers (none yet)
        for mark in marks:
            mark.layer = self
        # Under a row's real tokens (z 10), which take over from their marks.
        self.setZValue(1 if ghost else 9)
        # Painted once into a pixmap per view and blitted after: a token
        # dragged over the row repaints a strip of it, not its 500 marks.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self._pressed: QGraphicsItem | None = None  # the real token a press on a mark made
        # Asked to repaint all of it since it last painted: a rebuild or a
        # crowd's placements move hundreds of marks, and one request is enough.
        # A new layer is painted whole the first time (its marks placed
        # meanwhile ask for nothing).
        self._repaint_asked = True
        # Marks moved since the last paint, each asking for its own places
        # (a phone's placement moves a few marks of a row of hundreds: the
        # cache is drawn again there only, and paint() skips the others).
        self._dirty_marks = 0
        self._dirty_spans: list[tuple[float, float, float, float]] = []  # their places (x0, x1, y0, y1)
        self._widest = 0.0  # the widest of those places
        # The row's band and whether a mark has moved out of the bounds
        # since relayout() last measured them.
        self._band = QRectF()
        self._outgrown = True
        # Paint is told which part of the layer it draws (exposedRect).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        # A crowded editable row's tokens are pressed here (ghosts never).
        if ghost or not board.editable:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def relayout(self, band: QRectF) -> None:
        """Bounds for the marks where they are now (and the row's band, so
        the reveal's flight from the tray stays inside them). Measured only
        when the band changed or a mark left the bounds; the marks that
        moved have asked for their own repaint."""
        if band == self._band and not self._outgrown:
            return
        self._band = QRectF(band)
        self._outgrown = False
        x0, y0, x1, y1 = band.left(), band.top(), band.right(), band.bottom()
        halves: dict[float, float] = {}
        for mark in self.marks:
            # As large as a mark is drawn when the find box picks it out.
            r = max(mark.radius, mark.emphasis_radius)
            half = halves.get(r)
            if half is None:
                half = halves[r] = mark.rect_for(r).width() / 2
            x, y = mark._xy
            x0, x1 = min(x0, x - half), max(x1, x + half)
            y0, y1 = min(y0, y - half), max(y1, y + half)
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect
            self._bounds_xy = (x0, y0, x1, y1)
            self.repaint_all()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def mark_at(self, scene_pos: QPointF) -> TokenMark | None:
        """The shown mark under a scene point (the topmost where they touch)."""
        for mark in sorted(self.marks, key=lambda m: m._emphasis, reverse=True):
            if not mark._visible:
                continue
            d = mark._pos - scene_pos
            r = mark.drawn_radius() + 4
            if d.x() * d.x() + d.y() * d.y() <= r * r:
                return mark
        return None

    # a press on a mark of a crowded editable row: the real token takes it over
    def mousePressEvent(self, event) -> None:  # noqa: N802
        mark = self.mark_at(event.scenePos()) if not self.ghost and self.board.editable else None
        live = self.board.live_token(mark) if mark is not None else None
        if not isinstance(live, TeamToken):
            event.ignore()
            return
        live.mousePressEvent(event)
        self._pressed = live if event.isAccepted() else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if isinstance(self._pressed, TeamToken):
            self._pressed.mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, None
        if isinstance(pressed, TeamToken):
            pressed.mouseReleaseEvent(event)

    #: More marks than this moving before the next paint: the whole layer
    #: is painted again (one request rather than one per mark).
    PARTIAL_MARKS = 96  # requests: a mark that moves asks twice (where it was, where it is)

    def mark_changed(self, mark: TokenMark | None = None) -> None:
        """A mark moved or changed (None: anything may have): its place is
        painted again, or the whole layer once many have (asked of Qt once
        until it has painted, not once per mark)."""
        if self._repaint_asked:
            self._outgrown = True  # relayout() measures the bounds again (they are painted whole anyway)
            return
        if mark is not None:
            rect = mark.drawn_rect()
            if not self._bounds.contains(rect):
                self._outgrown = True
            if self._dirty_marks < self.PARTIAL_MARKS:
                self._dirty_marks += 1
                self._dirty_spans.append((rect.left(), rect.right(), rect.top(), rect.bottom()))
                self._widest = max(self._widest, rect.width())
                self.update(rect)
                return
        self.repaint_all()

    def mark_moved(self, mark: TokenMark, was: tuple[float, float], now: tuple[float, float]) -> None:
        """:meth:`mark_changed` where a mark was and where it is now, in
        plain numbers (a refresh of a crowded row moves dozens of marks)."""
        if self._repaint_asked:
            self._outgrown = True
            return
        if self._dirty_marks + 2 > self.PARTIAL_MARKS:
            self.repaint_all()
            return
        self._dirty_marks += 2
        half = drawn_half(mark.drawn_radius())
        side = 2 * half
        bx0, by0, bx1, by1 = self._bounds_xy
        spans = self._dirty_spans
        for x, y in (was, now):
            left, top = x - half, y - half
            right, bottom = left + side, top + side
            if left < bx0 or top < by0 or right > bx1 or bottom > by1:
                self._outgrown = True
            spans.append((left, right, top, bottom))
            self.update(QRectF(left, top, side, side))
        if side > self._widest:
            self._widest = side

    def repaint_all(self) -> None:
        """Paint the whole layer again (a view scrolled or zoomed, say)."""
        self._repaint_asked = True
        self.update()

    def _marks_to_paint(self, exposed: QRectF) -> list[TokenMark]:
        """The marks whose places are being painted: all of them when the
        whole layer is; when only the places of the marks that moved are
        (Qt clips the painting to them), the marks that touch those places;
        otherwise those in the exposed rectangle."""
        if exposed.contains(self._bounds):
            return self.marks
        spans = self._dirty_spans
        box = QRectF()
        if spans:
            left, top = min(s[0] for s in spans), min(s[2] for s in spans)
            box = QRectF(left - 2, top - 2, max(s[1] for s in spans) - left + 4, max(s[3] for s in spans) - top + 4)
        # (A whole repaint asked for, of a layer partly in view, is not the
        # marks' places: every mark in view is painted.)
        if self._dirty_spans and not self._repaint_asked and box.contains(exposed):
            # The places, merged where they overlap from left to right (a
            # swarm's column), each with the height it covers.
            merged: list[list[float]] = []
            for left, right, top, bottom in sorted(self._dirty_spans):
                last = merged[-1] if merged else None
                if last is not None and left <= last[1]:
                    last[1], last[2], last[3] = max(last[1], right), min(last[2], top), max(last[3], bottom)
                else:
                    merged.append([left, right, top, bottom])
            lefts = [m[0] for m in merged]
            widest = self._widest
            out = []
            halves: dict[float, float] = {}
            for mark in self.marks:
                if not mark._visible:
                    continue
                r = mark.emphasis_radius if mark._emphasis else mark.radius
                half = halves.get(r)
                if half is None:
                    half = halves[r] = mark.rect_for(r).width() / 2
                x, y = mark._xy
                i = bisect_right(lefts, x + half) - 1
                # The places that start left of the mark's right edge: the
                # nearest ones, back to where they end left of it.
                while i >= 0:
                    left, right, top, bottom = merged[i]
                    if right >= x - half and bottom >= y - half and top <= y + half:
                        out.append(mark)
                        break
                    if right < x - half - widest:
                        break
                    i -= 1
            return out
        return [m for m in self.marks if m._visible and exposed.intersects(m.drawn_rect())]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Only the marks in the part being painted (a phone's placement
        # repaints a few marks' places, not the row).
        shown = self._marks_to_paint(option.exposedRect)
        self._repaint_asked = False
        self._dirty_marks = 0
        self._dirty_spans = []
        self._widest = 0.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        look = self.board.colours
        if self.ghost:
            self._paint_ghosts(painter, QColor(look.ghost), shown)
            return
        ink, ring, on_ink = QColor(look.ink), QColor(look.ring), QColor(look.on_ink)
        # Found tokens last, over their neighbours (a token's z 15 over 10).
        marks = [m for m in shown if m._visible and not m._emphasis]
        marks += [m for m in shown if m._visible and m._emphasis]
        hidden = self.board.hidden
        t = painter.worldTransform()
        # Scaled and moved only (a board is never turned): each kind of disc
        # is drawn once into a sprite at the device's scale and stamped.
        stamp = t.m12() == 0 and t.m21() == 0 and t.m11() > 0 and abs(t.m11() - t.m22()) < 1e-9
        opacity = 1.0
        if stamp:
            painter.save()
            painter.resetTransform()
        scale, dx, dy = t.m11(), t.dx(), t.dy()
        # The sprites of this paint by what decides a disc's look: marks of
        # a team look alike (their initials aside), so most find theirs here.
        sprites: dict[tuple, tuple[QImage, float]] = {}
        for mark in marks:
            r = mark.drawn_radius()
            mark._set_font_for(r)
            want = 0.25 if mark._faded else 1.0
            if want != opacity:
                painter.setOpacity(want)
                opacity = want
            if stamp:
                key = (mark.team.id, mark.team.colour, mark.value is None, r, mark._emphasis, mark._initials,
                       mark._initials_px)
                found = sprites.get(key)
                if found is None:
                    team_look = self.board.team_look(mark.team)
                    fill = team_look.unplaced if mark.value is None else team_look.colour
                    initials = mark._initials if mark._initials_px else ""
                    found = sprites[key] = self._sprite(painter, scale, r, mark, fill, team_look.text, initials,
                                                        ink, ring)
                sprite, half = found
                x, y = mark._xy
                painter.drawImage(QPointF(x * scale + dx - half, y * scale + dy - half), sprite)
                if hidden and mark.value is not None:
                    painter.save()
                    painter.setTransform(t)
                    draw_tick_badge(painter, mark._pos, r, ink, on_ink)
                    painter.restore()
                continue
            team_look = self.board.team_look(mark.team)
            fill = team_look.unplaced if mark.value is None else team_look.colour
            initials = mark._initials if mark._initials_px else ""
            _draw_disc(painter, mark._pos, r, mark, fill, team_look.text, initials, ink, ring)
            if hidden and mark.value is not None:
                draw_tick_badge(painter, mark._pos, r, ink, on_ink)
        if opacity != 1.0:
            painter.setOpacity(1.0)
        if stamp:
            painter.restore()

    def _sprite(self, painter: QPainter, scale: float, r: float, mark: TokenMark, fill: QColor, text: QColor,
                initials: str, ink: QColor, ring: QColor) -> tuple[QImage, float]:
        """A disc as :func:`_draw_disc` draws it, at ``scale`` device pixels
        per scene unit, shared by the scene's marks that look the same;
        with the distance from its corner to the disc's centre."""
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        key = (round(scale, 6), dpr, round(r, 4), mark.ghost, mark._emphasis, fill.rgba(), text.rgba(), initials,
               mark._initials_px, ink.rgba(), ring.rgba())
        cached = self.board.sprites.get(key)
        if cached is None:
            half = (r + 3) * scale  # the ring's or the emphasis outline's width beyond the disc
            size = int(2 * half * dpr) + 2
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            image.setDevicePixelRatio(dpr)
            sprite_painter = QPainter(image)
            sprite_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            sprite_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            centre = size / (2 * dpr)
            sprite_painter.translate(centre, centre)
            sprite_painter.scale(scale, scale)
            _draw_disc(sprite_painter, QPointF(0, 0), r, mark, fill, text, initials, ink, ring)
            sprite_painter.end()
            cached = self.board.sprites[key] = (image, centre)
        return cached

    def _paint_ghosts(self, painter: QPainter, colour: QColor, marks: list[TokenMark]) -> None:
        t = painter.worldTransform()
        stamp = t.m12() == 0 and t.m21() == 0 and t.m11() > 0 and abs(t.m11() - t.m22()) < 1e-9
        if stamp:
            painter.save()
            painter.resetTransform()
        scale, dx, dy = t.m11(), t.dx(), t.dy()
        sprites: dict[tuple, tuple[QImage, float]] = {}  # this paint's, by what decides a ghost's look
        for mark in marks:
            if not mark._visible:
                continue
            r = mark.drawn_radius()
            initials = mark._initials if mark._initials_px else ""
            if stamp:
                key = (r, mark._emphasis, initials, mark._initials_px)
                found = sprites.get(key)
                if found is None:
                    found = sprites[key] = self._sprite(painter, scale, r, mark, colour, colour, initials, colour,
                                                        colour)
                sprite, half = found
                x, y = mark._xy
                painter.drawImage(QPointF(x * scale + dx - half, y * scale + dy - half), sprite)
            else:
                _draw_disc(painter, mark._pos, r, mark, colour, colour, initials, colour, colour)
        if stamp:
            painter.restore()


def _draw_disc(painter: QPainter, centre: QPointF, r: float, mark: TokenMark, fill: QColor, text: QColor,
               initials: str, ink: QColor, ring: QColor) -> None:
    """A token at rest as TeamToken paints it: the disc in its team's
    colour, a thin ring (an ink outline when found), the initials; a
    ghost as a dashed ring in ``fill`` (the ghost colour) with its initials."""
    if mark.ghost:
        painter.setPen(QPen(fill, 2.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r * 0.8, r * 0.8)
        if initials:
            painter.setFont(mark._font)
            painter.setPen(fill)
            painter.drawText(QRectF(centre.x() - r, centre.y() - r * 0.8, 2 * r, 1.6 * r),
                             Qt.AlignmentFlag.AlignCenter, initials)
        return
    if mark._emphasis:
        painter.setPen(QPen(ink, 4))
    else:
        # Small tokens get a thin edge in the theme's ring colour so neighbours stay apart.
        painter.setPen(QPen(ring, max(1.0, min(2.5, r / 9))))
    painter.setBrush(QBrush(fill))
    painter.drawEllipse(centre, r, r)
    if initials:
        painter.setFont(mark._font)
        painter.setPen(text)
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, initials)

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

Where things go is worked out in geometry.py: the scene's size profile
(console, display, report) sets its fonts, tokens and trays; each row's
placed tokens are laid out as a swarm that never overlaps (a crowded row
with smaller tokens, growing when it must); the find box's filter
(:meth:`SpectrumScene.set_filter`) and the keyboard's order
(:meth:`SpectrumScene.focus_order`) live here too.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QToolTip

from ...common.i18n import context
from ...model import Session, Team
from ...model.template import default_template
from ..common.frame import READING_MS, FrameCoalescer, pointer_pacer
from ..common.plaintext import tip
from . import overlays
from .geometry import (
    CONSOLE,
    CROWDED_ROW,
    POLE_GAP,
    ROW_HEIGHT,
    TOKEN_RADIUS,
    BoardProfile,
    board_geometry,
    legend_positions,
    place_row,
    row_reach,
    swarm_lanes,
    swarm_radius,
    swarm_reach,
    swarm_slack,
    token_radius_for,
    tray_half,
    tray_slot,
    wrap_parts,
    wrap_words,
)
from .layer import TokenLayer, TokenMark
from .reveal import RevealAnimation
from .style import BoardPalette, board_palette, side_text, text_colour_for
from .token import TeamLook, TeamToken

tr = context("SpectrumBoard")

#: Row layouts lately worked out, by their input: the same placements are
#: laid out for the window's page and the audience display, and a report's
#: picture ghosts the round the picture before it showed.
_LAYOUTS: OrderedDict[tuple, dict[str, tuple[float, float]]] = OrderedDict()
_LAYOUTS_KEPT = 64
#: Phones placing: a tray closes up the gaps its tokens left at most this
#: often (ms); between times a token that left the tray leaves a gap. Once
#: a second: a close-up moves every token behind the first gap (a hundred
#: of a room's tray), and a tray that shuffles four times a second while a
#: room places is restless on a projector and costs the drawing of every
#: row the phones are placing on.
TRAY_CLOSE_MS = 1000
#: Phones placing: a board whose row outgrew its band (or its summary its
#: lines) is laid out again once the placements pause this long (ms), and
#: at the latest this long after it first outgrew it. Laying a crowded
#: board out again takes a tenth of a second on the projector's board;
#: once per lane a filling row gains, it held every placement arriving
#: meanwhile. Meanwhile the row's outer lane reaches into the room between
#: rows. The facilitator's own move lays it out at once, as before.
RELAYOUT_PAUSE_MS = 400
RELAYOUT_LONGEST_MS = 2000


def layout_row(placed: list[tuple[float, str]], radius: float, count: int,
               per_point: float) -> dict[str, tuple[float, float]]:
    """geometry.place_row, remembered for the last few dozen inputs (the
    answer is a pure function of them; callers only read it)."""
    key = (tuple(placed), radius, count, per_point)
    offsets = _LAYOUTS.get(key)
    if offsets is None:
        offsets = _LAYOUTS[key] = place_row(placed, radius, count, per_point)
        if len(_LAYOUTS) > _LAYOUTS_KEPT:
            _LAYOUTS.popitem(last=False)
    else:
        _LAYOUTS.move_to_end(key)
    return offsets


def cache_texts(items) -> None:
    """The board's texts are drawn once into a picture per view and stamped
    after: a simple text item lays its text out again (shaping it) at every
    paint, and while phones place, rows are painted many times a second
    with every name, pole label and summary beside them (a quarter of the
    window's time before). Qt draws an item's cache only on a view; an
    image or a PDF of the board gets the text itself."""
    for item in items:
        if isinstance(item, QGraphicsSimpleTextItem):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class WrappedText(QGraphicsSimpleTextItem):
    """A text that wraps at spaces into a width (a row's summary in the
    names' column): :meth:`text` is the text as given, unwrapped."""

    def __init__(self, width: float, font: QFont):
        super().__init__()
        self.setFont(font)
        self._width = width
        self._metrics = QFontMetricsF(font)
        self._plain = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._plain = text
        super().setText("\n".join(wrap_words(text, self._width, self._metrics.horizontalAdvance)))

    def set_parts(self, parts: list[str], separator: str = ", ") -> None:
        """A summary of figures, broken between its parts where it can
        ("median 72.0, rwg 0.96 aligned," / "gap +37.0 moderate"), never
        inside one that fits a line; :meth:`text` joins them."""
        self._plain = separator.join(parts)
        super().setText("\n".join(wrap_parts(parts, self._width, self._metrics.horizontalAdvance, separator)))

    def line_count(self) -> int:
        return super().text().count("\n") + 1 if super().text() else 0

    def text(self) -> str:
        return self._plain


@dataclass
class Row:
    """A row's parts. ``tokens`` are TeamToken items on an editable board,
    else TokenMark drawn by a layer; ``ghosts`` are always TokenMark."""

    dimension_id: str
    y: float  # scene y of the line
    tokens: dict[str, TeamToken | TokenMark]
    ghosts: dict[str, TokenMark]
    markers: list[QGraphicsItem]
    summary: WrappedText | None
    low_label: str = ""
    high_label: str = ""
    band_half: float = 60.0  # how far the row's band reaches from its line (the larger side)
    band_above: float = 60.0
    band_below: float = 60.0
    has_tray: bool = True  # a "not placed" tray is drawn on this row
    summary_lines: int = 2  # the lines the names' column keeps for the summary
    #: placer -> (value, secret, x, y): what refresh_row last made its token say and where it put it
    settled: dict[str, tuple[float | None, bool, float, float]] = field(default_factory=dict)
    tray: tuple[str, ...] = ()  # the placers waiting in the tray, in its order, as refresh_row last put them
    layers: list[TokenLayer] = field(default_factory=list)  # the items that paint its marks
    #: The markers by what they stand for ("median", ("team", id), ...): the
    #: inputs they were drawn from and their items (overlays.refresh_markers
    #: makes a marker again only when its inputs changed).
    marker_parts: dict[object, tuple[tuple, list[QGraphicsItem]]] = field(default_factory=dict)


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

    def __init__(self, parent=None, profile: BoardProfile = CONSOLE):
        super().__init__(parent)
        self.profile = profile
        self.geo = board_geometry(profile, True)
        self._top = 0.0
        self._filter = ""  # the find box's text: matching tokens stand out
        self._relayout_due = False
        # Phones' placements outgrew a row: laid out again after a pause (RELAYOUT_PAUSE_MS).
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.timeout.connect(self._relayout_after_pause)
        self._relayout_asked = QElapsedTimer()
        self._sizing_for_reveal = False
        self._token_fonts: dict[tuple[int, bool], tuple[QFont, float]] = {}
        self._looks: dict[tuple[str, str], TeamLook] = {}  # (team id, colour): worked out once per rebuild
        #: Discs drawn once at a device scale, stamped by the rows' layers (layer.py).
        self.sprites: dict[tuple, tuple] = {}
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
        # Rows to refresh once the event loop has turned (refresh_row_soon).
        self._rows_due: dict[str, None] = {}  # in the order they came due
        self._rows_frame = FrameCoalescer(self._refresh_due_rows, self)  # see follow_devices_every
        # Phones placing: a row's tokens follow every frame, its figures (the
        # median, team means, summary line) as often as people read them.
        self._figures_due: dict[str, None] = {}
        self._figures_frame = FrameCoalescer(self._refresh_due_figures, self, READING_MS)
        # Phones placing: the trays close up their gaps at most this often.
        self._tray_closed = QElapsedTimer()
        self._trays_open: set[str] = set()
        self._tray_closed_due: float | None = None  # when the trays' close-up came due
        self._tray_timer = QTimer(self)
        self._tray_timer.setSingleShot(True)
        self._tray_timer.timeout.connect(self._close_trays_due)
        self.colours: BoardPalette = board_palette("light")
        self.setBackgroundBrush(QColor(self.colours.background))
        #: Whoever shows the board may put its own figures in each row's
        #: summary (the audience display: median, rwg, gap): parts of the
        #: summary for a dimension, or None for the board's own line.
        self.summary_source: Callable[[str], list[str] | None] | None = None
        # The default BSP index stays: a repaint then asks only the tokens in
        # the exposed area for their (Python) bounding rects, not all 500.

    def set_colours(self, colours: BoardPalette) -> None:
        """Draw in another theme's palette (style.board_palette)."""
        if colours == self.colours:
            return
        self.colours = colours
        self.setBackgroundBrush(QColor(colours.background))
        self.rebuild()

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
        focused = self.focusItem()
        refocus = (focused.dimension_id, focused.placer_id) if isinstance(focused, TeamToken) else None
        del focused
        self._drop_rows()
        c = self.colours
        ink, muted = QColor(c.ink), QColor(c.muted)
        self.clear()
        self._relayout_due = False
        session = self.session
        if session is None:
            return
        profile = self.profile
        placers = self._placers()
        placements = session.placements
        values: dict[str, list[float]] = {}
        waiting: dict[str, int] = {}
        for dim in session.dimensions:
            row_values = [v for v in (placements.get((self.round_id, dim.id, pid)) for pid, *_ in placers)
                          if v is not None]
            # A blind round's rows are sized as if empty (their height must
            # not hint at the placements), except just before the reveal.
            values[dim.id] = [] if self.hidden and not self._sizing_for_reveal else row_values
            waiting[dim.id] = len(placers) - (0 if self.hidden else len(row_values))
        any_waiting = any(waiting.values())
        self.geo = board_geometry(profile, profile.show_empty_trays or any_waiting)
        per_point = (self.geo.line_x1 - self.geo.line_x0) / 100.0
        radius = swarm_radius(list(values.values()), profile, per_point, len(placers))
        if any_waiting:
            # A full tray keeps the tray's own rule (smaller tokens for a big room).
            scaled = token_radius_for(len(placers)) * profile.token_radius / TOKEN_RADIUS
            radius = min(radius, max(profile.min_token_radius, scaled))
        self.token_radius = radius
        fonts = self._fonts()
        title_font, text_font = fonts["title"], fonts["text"]
        title_metrics, text_metrics = QFontMetricsF(title_font), QFontMetricsF(text_font)
        text_h = text_metrics.height()
        poles = self._pole_widths(session, text_metrics)
        if poles != (0.0, 0.0):
            self.geo = board_geometry(profile, self.geo.has_tray, None, poles)
        tray_half_h = tray_half(len(placers), radius)
        # The legend across the top while it takes at most three lines; a
        # longer one (many teams) in columns beside the rows, which widens
        # the board rather than pushing every row down.
        texts, widths, dot = self._legend_entries(session, text_font)
        gap = 24.0
        available = self.geo.width - self.geo.title_x0 - 8
        on_top = legend_positions(widths, available, gap)
        if self.profile.legend_columns or len(widths) > CROWDED_ROW:
            # Aligned columns read better, unless they take more lines.
            columns = legend_positions(widths, available, gap, True)
            if max((line for _, line in columns), default=0) <= max((line for _, line in on_top), default=0):
                on_top = columns
        side_legend = max((line for _, line in on_top), default=0) >= 3
        top = 8.0
        if not side_legend:
            top = self._draw_legend(session, text_font, texts, on_top, dot, self.geo.title_x0, top)
        top = self._draw_zone_header(text_font, top)
        self._top = top
        # The names' column is as wide as the profile says, or as the
        # longest word of a name (names wrap at spaces, never inside a word).
        column = max([profile.title_column] + [title_metrics.horizontalAdvance(word) + 4
                                               for dim in session.dimensions for word in dim.name.split()])
        if column != profile.title_column:
            self.geo = board_geometry(profile, self.geo.has_tray, column, poles)
        geo = self.geo
        heights = []
        for dim in session.dimensions:
            has_tray = geo.has_tray and (profile.show_empty_trays or waiting[dim.id] > 0)
            # A handful of tokens: the room its swarm takes, and at least
            # the profile's lanes (the console keeps the line and a lane
            # above and below, so a drop rarely reshapes the board). A crowd:
            # two lanes more than its placements need, so most moves fit
            # without laying the board out again.
            above, below = swarm_reach(profile.min_lanes, radius)
            if len(placers) > CROWDED_ROW:
                lanes = swarm_lanes(values[dim.id], radius, per_point, slack=swarm_slack(len(placers), radius))
                above, below = swarm_reach(max(profile.min_lanes, lanes + 2), radius)
            else:
                placed = [(v, str(i)) for i, v in enumerate(values[dim.id])]
                up, down = row_reach(place_row(placed, radius, len(placers), per_point), radius)
                above, below = max(above, up), max(below, down)
                if self.compare_round_id and not self.hidden:
                    # The compare round's ghosts stay inside the row's band too.
                    ghosts = [(v, str(i)) for i, v in enumerate(
                        v for v in (placements.get((self.compare_round_id, dim.id, pid)) for pid, *_ in placers)
                        if v is not None)]
                    up, down = row_reach(place_row(ghosts, radius, len(placers), per_point), radius)
                    above, below = max(above, up), max(below, down)
            pad = profile.band_padding
            above, below = max(profile.band_half, above + pad), max(profile.band_half, below + pad)
            if self.compare_round_id:
                below = max(below, radius + 18)  # the gap arrow runs under the tokens on the line
            if session.by_participant:
                above += overlays.team_marker_room(self, len(session.teams))  # team means over the tokens
            if has_tray:
                above = max(above, tray_half_h + 2)
                below = max(below, tray_half_h + 2)
            pole_lines = self._pole_lines(dim.low_label, dim.high_label, text_metrics)
            pole_h = max(len(pole_lines[0]), len(pole_lines[1])) * text_h
            if geo.poles_beside:
                # Beside the line's ends, centred on the line: they take
                # the row's band, not a line of their own.
                above, below = max(above, pole_h / 2 + 2), max(below, pole_h / 2 + 2)
                pole_h = 0.0
            else:
                pole_h += 6
            half = max(above, below)
            # The name and the summary in the column left of the line, the
            # tray (if any) under them, level with the line.
            title_lines = wrap_words(dim.name, column, title_metrics.horizontalAdvance)
            title_h = len(title_lines) * title_metrics.height()
            summary_lines = self._summary_lines(dim.id, column, text_metrics)
            summary_h = summary_lines * text_h
            if has_tray:
                # The summary under the tray, so the tray (level with the
                # line) sits just under the name.
                line_y = top + max(above, title_h + tray_half_h + 4)
                bottom = line_y + max(below + pole_h, tray_half_h + summary_h + 6)
                summary_pos = QPointF(geo.title_x0, line_y + tray_half_h + 3)
            else:
                line_y = top + above
                # (the names' column keeps 10 units from the next row's name)
                bottom = max(line_y + below + pole_h, top + title_h + summary_h + max(4.0, 10 - profile.row_gap))
                summary_pos = QPointF(geo.title_x0, top + title_h + 1)
            height = bottom - top + profile.row_gap
            title_pos = QPointF(geo.title_x0, top)
            title = self.addSimpleText("\n".join(title_lines), title_font)
            title.setBrush(ink)
            title.setPos(title_pos)
            title.setToolTip(tip(dim.name))
            if has_tray:
                x0, x1 = geo.tray_x0, geo.tray_x1
                # The tray's name inside it (its tokens cover it as they wait).
                tray_label = self.addSimpleText(tr("not placed"), text_font)
                tray_label.setBrush(muted)
                label_rect = tray_label.boundingRect()
                tray_label.setPos((x0 + x1) / 2 - label_rect.width() / 2, line_y - label_rect.height() / 2)
                tray_label.setZValue(-1.5)
                tray = self.addRect(
                    QRectF(x0 - 6, line_y - tray_half_h, x1 - x0 + 12, 2 * tray_half_h),
                    QPen(QColor(c.tray_border), 1.5, Qt.PenStyle.DashLine),
                    QBrush(QColor(c.band)),
                )
                tray.setZValue(-2)
            self._draw_line(line_y, above, below, dim.low_label, dim.high_label, pole_lines, text_font, text_h)
            row = Row(dim.id, line_y, {}, {}, [], None, dim.low_label, dim.high_label)
            row.band_half = half
            row.band_above, row.band_below = above, below
            row.has_tray = has_tray
            row.summary_lines = summary_lines
            row.summary = WrappedText(column, text_font)
            self.addItem(row.summary)
            row.summary.setBrush(ink)
            row.summary.setPos(summary_pos)
            self._rows[dim.id] = row
            # Ghosts never take input, nor do the tokens of a board nobody
            # edits (pictures, the audience display): one layer item per row
            # paints them all (layer.py), rather than an item per token.
            if self.compare_round_id:
                row.ghosts = TokenMark.for_placers(self, placers, dim.id, line_y, True)
                row.layers.append(TokenLayer(self, list(row.ghosts.values()), ghost=True))
            if self.editable and len(placers) <= CROWDED_ROW:
                for placer_id, team, initials, name in placers:
                    token = TeamToken(self, team, dim.id, line_y, placer_id, initials, name)
                    self.addItem(token)
                    row.tokens[placer_id] = token
            else:
                row.tokens = TokenMark.for_placers(self, placers, dim.id, line_y, False)  # type: ignore[assignment]
                # A crowded editable row too: the token pressed, focused or
                # asked for becomes a real TeamToken then (live_token).
                row.layers.append(TokenLayer(self, list(row.tokens.values()), ghost=False))  # type: ignore[arg-type]
            for layer in row.layers:
                self.addItem(layer)
            self.refresh_row(dim.id)
            heights.append(height)
            top += height
        self.row_height = max(heights, default=ROW_HEIGHT)
        self._relayout_due = False
        self._relayout_timer.stop()
        self._relayout_asked.invalidate()
        width = geo.width
        if side_legend and widths:
            # As few columns as let the legend stand no taller than the rows.
            line_h = dot + 8
            column_w = max(widths) + gap
            per_column = max(1, int((top - 8) // line_h))
            count = -(-len(widths) // per_column)
            positions = [((i // per_column) * column_w, i % per_column) for i in range(len(widths))]
            bottom = self._draw_legend(session, text_font, texts, positions, dot, width, 8.0)
            width += count * column_w
            top = max(top, bottom)
        self.setSceneRect(QRectF(0, 0, width, top))
        cache_texts(self.items())
        if self._filter:
            self.set_filter(self._filter)
        if refocus is not None:
            try:
                self.token(*refocus).setFocus(Qt.FocusReason.OtherFocusReason)
            except KeyError:
                pass

    def _drop_rows(self) -> None:
        """Let go of the rows' Python side (tokens, marks, layers) before
        their items go: a wrapper outliving its deleted item crashes the
        garbage collector. A layer and its marks refer to each other, and
        each mark to the scene: untied here, they are freed at once rather
        than left to a full garbage collection, which with thousands of
        marks took a tenth of a second in the middle of a later step switch."""
        for old in self._rows.values():
            for layer in old.layers:
                for mark in layer.marks:
                    mark.layer = None
                layer.marks = []
            old.tokens = {}
            old.ghosts = {}
        self._rows = {}
        self._looks = {}
        self.sprites = {}

    def release(self) -> None:
        """The board is going away (its page is dropped): its items and
        their Python side are freed now. The scene shows nothing after."""
        self.finish_reveal()
        self._rows_frame.cancel()
        self._rows_due.clear()
        self._figures_frame.cancel()
        self._figures_due.clear()
        self._relayout_due = False
        self._relayout_timer.stop()
        self._drop_rows()
        self.clear()
        self.session = None

    def _fonts(self) -> dict[str, QFont]:
        """The profile's fonts, sized in scene units (pixels of the scene,
        so the view's scale alone decides their size on screen)."""
        profile = self.profile
        title = QFont("DejaVu Sans")
        title.setPixelSize(round(profile.title_px))
        title.setBold(True)
        text = QFont("DejaVu Sans")
        text.setPixelSize(round(profile.text_px))
        return {"title": title, "text": text}

    def team_look(self, team: Team) -> TeamLook:
        """A team's disc and initials colours, worked out once per rebuild
        (every token of the team paints with the same)."""
        key = (team.id, team.colour)
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = TeamLook(team)
        return look

    def token_font(self, px: int, bold: bool) -> QFont:
        """A font for tokens, shared: hundreds of tokens need two or three."""
        return self._token_font(px, bold)[0]

    def token_font_height(self, px: int) -> float:
        return self._token_font(px, False)[1]

    def _token_font(self, px: int, bold: bool) -> tuple[QFont, float]:
        cached = self._token_fonts.get((px, bold))
        if cached is None:
            font = QFont("DejaVu Sans")
            font.setPixelSize(max(1, px))
            font.setBold(bold)
            cached = (font, QFontMetricsF(font).height())
            self._token_fonts[(px, bold)] = cached
        return cached

    def text_font(self) -> QFont:
        return self._fonts()["text"]

    def _pole_lines(self, low: str, high: str, metrics: QFontMetricsF) -> tuple[list[str], list[str]]:
        """Each pole's words, whole: on one line when both fit side by side,
        else each wrapped into half the line."""
        length = self.geo.line_x1 - self.geo.line_x0
        low_text, high_text = f"0  {low}", f"{high}  100"
        if self.geo.poles_beside:
            # The words only (0 and 100 head the line's ends, with the zone names).
            room = (self.geo.low_pole_width - self._pole_gap() - 2, self.geo.high_pole_width - self._pole_gap() - 2)
            return (wrap_words(low, room[0], metrics.horizontalAdvance),
                    wrap_words(high, room[1], metrics.horizontalAdvance))
        if metrics.horizontalAdvance(low_text) + metrics.horizontalAdvance(high_text) + 32 <= length:
            return [low_text], [high_text]
        half = length / 2 - 16
        return (wrap_words(low_text, half, metrics.horizontalAdvance),
                wrap_words(f"{high}  100", half, metrics.horizontalAdvance))

    def _pole_widths(self, session: Session, metrics: QFontMetricsF) -> tuple[float, float]:
        """The widths of the pole labels' columns beside the line (a profile
        with ``pole_column``): the widest label, up to the profile's column;
        (0, 0) for poles under the line."""
        most = self.profile.pole_column
        if most <= 0 or not session.dimensions:
            return 0.0, 0.0
        def width(texts: list[str]) -> float:
            # Clear of a token at the pole, then the words: as wide as the
            # widest label, up to the column (never narrower than a word).
            whole = max(metrics.horizontalAdvance(t) for t in texts)
            word = max(metrics.horizontalAdvance(w) for t in texts for w in t.split() or [""])
            return self._pole_gap() + max(min(most, whole), word) + 2

        dims = session.dimensions
        return width([d.low_label for d in dims]), width([d.high_label for d in dims])

    def _pole_gap(self) -> float:
        """How far pole labels beside the line stand from its ends: clear of
        a full-size token at the pole."""
        return self.profile.token_radius + POLE_GAP / 2

    def _summary_lines(self, dimension_id: str, column: float, metrics: QFontMetricsF) -> int:
        """The lines the names' column keeps for a row's summary: the
        profile's, or more when the figures shown there take more."""
        lines = self.profile.summary_lines
        parts = self.summary_source(dimension_id) if self.summary_source is not None and not self.hidden else None
        if parts:
            lines = max(lines, len(wrap_parts(parts, column, metrics.horizontalAdvance)))
        return lines

    def _apply_summary_source(self, dimension_id: str, later: bool = False) -> None:
        """A row was refreshed: its summary shows the shower's figures (if
        any); when they have outgrown the room kept for them, the board is
        laid out again (``later``: phones placing, after they pause)."""
        row = self._rows.get(dimension_id)
        if self.summary_source is None or self.hidden or row is None or row.summary is None:
            return
        parts = self.summary_source(dimension_id)
        if parts is None:
            return
        row.summary.set_parts(parts)
        if row.summary.line_count() > row.summary_lines:
            self._schedule_relayout(later)

    def _draw_zone_header(self, font: QFont, top: float) -> float:
        """Zone names once, above the first row, like column headings; the
        y where the rows start."""
        height = QFontMetricsF(font).height()
        first_zone_x = self.geo.line_x1
        for zone in self._zones:
            x0, x1 = self.geo.value_to_x(zone.start), self.geo.value_to_x(zone.end)
            label = self.addSimpleText(zone.label, font)
            label.setBrush(QColor(self.colours.muted))
            label.setPos((x0 + x1) / 2 - label.boundingRect().width() / 2, top)
            first_zone_x = min(first_zone_x, label.pos().x())
        if self.geo.poles_beside:
            # The pole labels stand beside the rows' ends without numbers:
            # 0 and 100 head the line's ends here, once.
            for value, text in ((0, "0"), (100, "100")):
                label = self.addSimpleText(text, font)
                label.setBrush(QColor(self.colours.muted))
                label.setPos(self.geo.value_to_x(value) - label.boundingRect().width() / 2, top)
                first_zone_x = min(first_zone_x, label.pos().x())
        if self.compare_round_id and self.session is not None:
            # Left of the zone names, or on a line of its own when it would
            # reach the first of them.
            note = self.addSimpleText(
                tr("dashed: {0}   \u25b2 median").format(self.session.round(self.compare_round_id).name), font)
            note.setBrush(QColor(self.colours.muted))
            note.setPos(self.geo.title_x0, top)
            if self.geo.title_x0 + note.boundingRect().width() + 12 > first_zone_x:
                note.setPos(self.geo.title_x0, top + height + 4)
                top += height + 4
        return top + height + 10

    def _draw_line(self, y: float, above: float, below: float, low: str, high: str,
                   pole_lines: tuple[list[str], list[str]], font: QFont, text_h: float) -> None:
        geo = self.geo
        c = self.colours
        line_pen, muted = QColor(c.line), QColor(c.muted)
        for zone in self._zones:
            x0, x1 = geo.value_to_x(zone.start), geo.value_to_x(zone.end)
            band = self.addRect(QRectF(x0, y - above, x1 - x0, above + below), QPen(Qt.PenStyle.NoPen),
                                QBrush(QColor(c.band) if int(zone.start / 20) % 2 == 0 else QColor(c.background)))
            band.setZValue(-3)
        self.addLine(geo.line_x0, y, geo.line_x1, y, QPen(line_pen, 3)).setZValue(-1)
        for v in range(0, 101, 10):
            x = geo.value_to_x(v)
            h = 10 if v % 50 == 0 else 5
            self.addLine(x, y - h, x, y + h, QPen(line_pen, 2)).setZValue(-1)
        metrics = QFontMetricsF(font)
        if geo.poles_beside:
            # Each pole's words, whole, beside its end of the line, centred
            # on it and clear of a token at the pole (the low pole's lines
            # end left of the line, the high pole's begin right of it; the
            # numbers 0 and 100 head the line's ends with the zone names;
            # the full text is also the tooltip).
            gap = self._pole_gap()
            for lines, text, right in ((pole_lines[0], low, geo.line_x0 - gap), (pole_lines[1], high, None)):
                y0 = y - len(lines) * text_h / 2
                for i, line in enumerate(lines):
                    item = self.addSimpleText(line, font)
                    item.setToolTip(tip(text))
                    item.setBrush(muted)
                    x = right - metrics.horizontalAdvance(line) if right is not None else geo.line_x1 + gap
                    item.setPos(x, y0 + i * text_h)
            return
        # Each pole's words, whole, under its end of the line (wrapped into
        # half the line; the full text is also the tooltip).
        lo = self.addSimpleText("\n".join(pole_lines[0]), font)
        lo.setToolTip(tip(low))
        lo.setBrush(muted)
        lo.setPos(geo.line_x0, y + below + 2)
        for i, line in enumerate(pole_lines[1]):
            hi = self.addSimpleText(line, font)
            hi.setToolTip(tip(high))
            hi.setBrush(muted)
            hi.setPos(geo.line_x1 - metrics.horizontalAdvance(line), y + below + 2 + i * text_h)

    def _legend_entries(self, session: Session, font: QFont) -> tuple[list[str], list[float], float]:
        """Each team's legend text ("name (n)" in participant mode), its
        width with the disc, and the disc's size."""
        metrics = QFontMetricsF(font)
        dot = round(max(metrics.height() * 1.35, self.profile.text_px * 2.0))
        texts = []
        for team in session.teams:
            text = team.name
            if session.by_participant:
                text = tr("{0} ({1})").format(team.name, len(session.team_participants(team.id)))
            texts.append(text)
        return texts, [dot + 6 + metrics.horizontalAdvance(t) for t in texts], dot

    def _draw_legend(self, session: Session, font: QFont, texts: list[str], positions: list[tuple[float, int]],
                     dot: float, x0: float, y0: float) -> float:
        """Every team, whole: a disc with its initials and the name, at the
        given (x, line) positions; the y under it."""
        initials_font = QFont("DejaVu Sans")
        # As large as the smallest text (two letters fit a disc twice as wide).
        initials_font.setPixelSize(round(self.profile.text_px))
        initials_font.setBold(True)
        line_h = dot + 8
        lines = 0
        for team, text, (x, line) in zip(session.teams, texts, positions, strict=True):
            x += x0
            y = y0 + line * line_h
            lines = max(lines, line + 1)
            disc = self.addEllipse(QRectF(x, y, dot, dot), QPen(QColor(self.colours.ring), 1.5),
                                   QBrush(QColor(team.colour)))
            # A scene item of its own over the disc, not the disc's child
            # (a Python-made child of a scene-made item outlives it badly).
            initials = self.addSimpleText(team.initials, initials_font)
            initials.setZValue(disc.zValue() + 0.5)
            initials.setBrush(text_colour_for(QColor(team.colour)))
            r = initials.boundingRect()
            initials.setPos(x + dot / 2 - r.width() / 2, y + dot / 2 - r.height() / 2)
            name = self.addSimpleText(text, font)
            name.setToolTip(tip(team.name))
            name.setBrush(QColor(self.colours.ink))
            name.setPos(x + dot + 6, y + dot / 2 - name.boundingRect().height() / 2)
        return y0 + lines * line_h + 6

    # keeping in step with the model --------------------------------------------------------------
    def hides(self, token: TeamToken) -> bool:
        """True when the token's position is secret (blind placement, not
        being moved right now)."""
        return self.hidden and not token.ghost and not token.held

    def rest_pos(self, token: TeamToken, value: float | None, lane: float, shift: float = 0.0) -> QPointF:
        """Where a token rests: its place on the line, ``lane`` above or
        below it and ``shift`` right of it (a crowded row's swarm), or the tray."""
        if value is None or self.hides(token):
            return self.tray_pos(token)
        return QPointF(self.geo.value_to_x(value) + shift, token.row_y + lane)

    def follow_devices_every(self, ms: int) -> None:
        """Redraw rows that phones placed on at most every ``ms`` (a display
        frame unless told otherwise; the room's display reads them ten
        times a second, ``READING_MS``)."""
        self._rows_frame.set_interval(ms)

    def refresh_row_soon(self, dimension_id: str) -> None:
        """Refresh a row once the event loop has turned, at most once per
        display frame: many changes to one row in a frame (phones placing
        together) are one :meth:`refresh_row`. A facilitator's own move
        refreshes at once (:meth:`refresh_row`), which also settles a row
        waiting here."""
        self._rows_due.setdefault(dimension_id)
        self._rows_frame.request()

    @property
    def rows_due(self) -> frozenset[str]:
        """The rows waiting for their frame (refresh_row_soon)."""
        return frozenset(self._rows_due)

    def _refresh_due_rows(self) -> None:
        pacer = pointer_pacer()
        began = self._rows_frame.began
        first = True
        while self._rows_due:
            if not first and pacer.spent(began):
                # A facilitator drags: the other rows in the gap after the next
                # move, before any that come due meanwhile.
                self._rows_frame.request_next_gap()
                return
            dimension_id = next(iter(self._rows_due))
            del self._rows_due[dimension_id]
            first = False
            if dimension_id in self._rows:
                self.refresh_row(dimension_id, tray_later=True, figures_later=True)

    def _refresh_due_figures(self) -> None:
        """The figures of the rows phones placed on (a row at a time while
        a facilitator drags, in the gaps between moves)."""
        pacer = pointer_pacer()
        began = self._figures_frame.began
        first = True
        while self._figures_due:
            if not first and pacer.spent(began):
                self._figures_frame.request_next_gap()
                return
            dimension_id = next(iter(self._figures_due))
            del self._figures_due[dimension_id]
            first = False
            self._refresh_figures(dimension_id, later=True)

    def _refresh_figures(self, dimension_id: str, later: bool = False) -> None:
        """A row's markers and summary from the session as it is now
        (``later``: phones placing; see :meth:`_schedule_relayout`)."""
        self._figures_due.pop(dimension_id, None)
        row = self._rows.get(dimension_id)
        if row is None or self.session is None:
            return
        overlays.refresh_markers(self, row)
        self._apply_summary_source(dimension_id, later)

    def _close_trays_due(self) -> None:
        if self._tray_closed_due is None:
            self._tray_closed_due = time.perf_counter()
        if not pointer_pacer().hold(self._close_trays, self._tray_closed_due):  # not in a dragging hand's way
            self._close_trays()

    def _close_trays(self) -> None:
        """The trays left with gaps by phones' placements close up now (a
        row at a time while a facilitator drags, in the gaps between moves)."""
        rows = [d for d in self._rows if d in self._trays_open]
        pacer = pointer_pacer()
        for index, dimension_id in enumerate(rows):
            if index and pacer.spent(self._tray_closed_due):
                self._tray_closed_due = None  # the rest: a part of its own
                self._tray_timer.start(0)
                return
            self._trays_open.discard(dimension_id)
            self.refresh_row(dimension_id)
        self._trays_open.clear()
        self._tray_closed_due = None

    def refresh_row(self, dimension_id: str, tray_later: bool = False, figures_later: bool = False) -> None:
        """Put a row's tokens where the model has them, and redraw its
        overlays. Only the tokens whose place changed are moved, and only
        those whose value (or secrecy) changed get a new description: with
        hundreds of tokens on a row, one phone's placement moves a few.

        ``tray_later`` (phones placing): tokens that left the tray leave a
        gap there that closes up at most every ``TRAY_CLOSE_MS``, rather
        than the whole tray moving up with each placement.
        ``figures_later`` (phones placing): the row's markers and summary
        follow at most every ``READING_MS`` (they are worked out from the
        whole row, and nobody reads them change faster)."""
        self._rows_due.pop(dimension_id, None)
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
                row.settled.pop(placer_id, None)  # its own keys describe it meanwhile
                continue
            if token.held:
                row.settled.pop(placer_id, None)
                continue
            value = placements.get((self.round_id, dimension_id, placer_id))
            if value != token.value:
                row.settled.pop(placer_id, None)
            token.value = value
            if value is not None:
                placed.append((value, placer_id))
        per_point = (self.geo.line_x1 - self.geo.line_x0) / 100.0
        offsets = layout_row(placed, self.token_radius, len(row.tokens), per_point)
        # The tray's order once for the row (tray_pos would look it up per token).
        waiting = [t for t in row.tokens.values() if t.value is None or self.hides(t)]
        tray_shift = self.geo.tray_shift()
        value_to_x = self.geo.value_to_x
        tray = tuple(t.placer_id for t in waiting)
        unsettled = any(placer_id not in row.settled for placer_id in tray)
        if (tray_later and tray != row.tray and not unsettled and set(tray) <= set(row.tray)
                and self._tray_closed.isValid() and self._tray_closed.elapsed() < TRAY_CLOSE_MS):
            # Only departures since the tray last closed up, and that was a
            # moment ago: the gaps stay until the next close-up.
            self._trays_open.add(dimension_id)
            if not self._tray_timer.isActive():
                self._tray_timer.start(max(1, TRAY_CLOSE_MS - int(self._tray_closed.elapsed())))
        elif tray != row.tray or unsettled:
            # Someone came into the tray or left it: its tokens close up.
            self._trays_open.discard(dimension_id)
            if tray_later:
                self._tray_closed.start()
            row.tray = tray
            for index, token in enumerate(waiting):
                if not token.held or token.pending:
                    x, offset = tray_slot(index, len(waiting), len(row.tokens), self.token_radius)
                    self._settle(row, token, x + tray_shift, token.row_y + offset, 0.0, 0.0)
        settled = row.settled
        for placer_id, (dx, dy) in offsets.items():  # the tokens on the line
            token = row.tokens[placer_id]
            if self.hidden and not token.pending:
                continue  # in the tray (secret)
            value = token.value
            x, y = value_to_x(value) + dx, token.row_y + dy
            if settled.get(placer_id) != (value, False, x, y):
                self._settle(row, token, x, y, dy, dx)
        waits = any(t.value is None or self.hides(t) for t in row.tokens.values())
        up, down = row_reach(offsets, self.token_radius)
        if (not self.hidden and (up > row.band_above + 1e-6 or down > row.band_below + 1e-6)) or (
                waits and not row.has_tray):
            # The row has outgrown its band (or needs a tray it has not
            # got): lay the board out again once the event loop is free
            # (phones placing: once they pause).
            self._schedule_relayout(later=tray_later)
        before = []
        for placer_id, ghost in row.ghosts.items():
            value = placements.get((self.compare_round_id, dimension_id, placer_id))
            # Blind placement hides the earlier round too: nobody anchors on it.
            ghost.setVisible(value is not None and not self.hidden)
            ghost.value = value
            if value is not None:
                before.append((value, placer_id))
        ghost_offsets = layout_row(before, self.token_radius, len(row.ghosts), per_point)
        for value, placer_id in before:
            dx, dy = ghost_offsets[placer_id]
            row.ghosts[placer_id].setPos(self.geo.value_to_x(value) + dx, row.y + dy)
        if row.layers:
            band = QRectF(0, row.y - row.band_above, self.geo.width, row.band_above + row.band_below)
            for layer in row.layers:
                layer.relayout(band)
        if figures_later:
            self._figures_due.setdefault(dimension_id)
            self._figures_frame.request()
        else:
            self._refresh_figures(dimension_id)
        self.row_refreshed.emit(dimension_id)

    def _settle(self, row: Row, token: TeamToken | TokenMark, x: float, y: float, lane: float, shift: float) -> None:
        """A token of refresh_row at rest at (x, y): left alone when it is
        there already and says the same; moved when only its place changed;
        described again (tooltip, accessible text, its look) only when its
        value changed, or whether that is secret."""
        said = (token.value, self.hides(token), x, y)
        before = row.settled.get(token.placer_id)
        if before == said:
            return
        row.settled[token.placer_id] = said
        token.lane, token.shift = lane, shift
        if before is not None and before[:2] == said[:2]:
            token.setPos(x, y)
        else:
            token.set_value(token.value, lane, shift)

    def repaint_layers(self) -> None:
        """Every row's layers painted whole at the next paint."""
        for row in self._rows.values():
            for layer in row.layers:
                layer.repaint_all()

    def _schedule_relayout(self, later: bool = False) -> None:
        """Lay the board out again once the event loop is free; ``later``
        (phones placing): once their placements pause for
        ``RELAYOUT_PAUSE_MS``, at the latest ``RELAYOUT_LONGEST_MS`` after
        the first ask."""
        if later and not self._relayout_due:
            if not self._relayout_asked.isValid():
                self._relayout_asked.start()
            left = RELAYOUT_LONGEST_MS - self._relayout_asked.elapsed()
            self._relayout_timer.start(max(0, min(RELAYOUT_PAUSE_MS, left)))
            return
        if not self._relayout_due:
            self._relayout_due = True
            QTimer.singleShot(0, self, self._relayout_soon)  # dropped with the scene

    def _relayout_after_pause(self) -> None:
        self._relayout_asked.invalidate()
        self._schedule_relayout()

    def _relayout_soon(self) -> None:
        if not pointer_pacer().hold(self._relayout):  # a facilitator's drag: in the gap after a move
            self._relayout()

    def _relayout(self) -> None:
        if not self._relayout_due:
            return  # a rebuild came first
        self._relayout_due = False
        if any(t.held for t in self.tokens()):
            return  # never under a moving token: the refresh after its release asks again
        self.rebuild()
        for view in self.views():
            fit = getattr(view, "fit", None)
            if fit is not None:
                fit()

    # finding a token -----------------------------------------------------------------------------
    def set_filter(self, text: str) -> int:
        """Make the tokens whose person or team matches ``text`` (a part of
        the name or the initials, any case) stand out and fade the others;
        "" shows every token as usual. Returns how many tokens match on
        each row (the same placers on every row)."""
        self._filter = text.strip()
        needle = self._filter.casefold()
        count = 0
        for row in self._rows.values():
            count = 0
            for token in row.tokens.values():
                hit = bool(needle) and token.matches(needle)
                count += hit
                token.set_emphasis(hit, faded=bool(needle) and not hit)
        return count

    @property
    def filter_text(self) -> str:
        return self._filter

    def focus_order(self) -> list[TeamToken]:
        """The order the keyboard walks the tokens: row by row; on a row of a
        handful of tokens in the legend's order (it stays put while one
        moves), on a crowded row by value, left to right, with waiting
        tokens last (neighbours on the line are neighbours for Tab); only
        the found tokens while the find box has text."""
        needle = self._filter.casefold()
        out: list[TeamToken] = []
        for row in self._rows.values():
            tokens = [t for t in row.tokens.values() if not needle or t.matches(needle)]
            if len(row.tokens) > CROWDED_ROW:
                # A hidden position stays secret: blind tokens keep the tray's order.
                tokens.sort(key=lambda t: (t.value is None or self.hides(t),
                                           t.value if t.value is not None and not self.hides(t) else 0.0))
            out += tokens
        return out

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

    def _rows_too_small_to_show(self) -> bool:
        """Whether a row's band is too small for its placements once shown."""
        per_point = (self.geo.line_x1 - self.geo.line_x0) / 100.0
        for row in self._rows.values():
            placed = [(t.value, t.placer_id) for t in row.tokens.values() if t.value is not None]
            up, down = row_reach(layout_row(placed, self.token_radius, len(row.tokens), per_point), self.token_radius)
            if up > row.band_above + 1e-6 or down > row.band_below + 1e-6:
                return True
        return False

    def reveal(self, animate: bool = True) -> None:
        if self._rows_too_small_to_show():
            # Lay the board out for the placements first, tokens still in
            # their trays, so the animation flies them to their final places.
            self._sizing_for_reveal = True
            try:
                self.rebuild()
            finally:
                self._sizing_for_reveal = False
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
            return QPointF(self.geo.tray_x0 + self.token_radius, token.row_y)
        waiting = [t for t in row.tokens.values() if t.value is None or self.hides(t)]
        if token not in waiting:
            waiting.append(token)
        x, offset = tray_slot(waiting.index(token), len(waiting), len(row.tokens), self.token_radius)
        return QPointF(x + self.geo.tray_shift(), token.row_y + offset)

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

    def shown_token(self, dimension_id: str, placer_id: str) -> TeamToken | TokenMark:
        """What stands for a placer on a row now, as it is: a real token or a
        layer's mark (looking does not make a mark a token, as token() does)."""
        return self._rows[dimension_id].tokens[placer_id]

    def token(self, dimension_id: str, team_id: str) -> TeamToken | TokenMark:
        """The token of a placer (team or participant) on a dimension: on an
        editable board always a TeamToken (made now for a crowded row's mark)."""
        token = self._rows[dimension_id].tokens[team_id]
        if isinstance(token, TokenMark) and self.editable:
            return self.live_token(token)
        return token

    def live_token(self, token: TeamToken | TokenMark) -> TeamToken | TokenMark:
        """A crowded editable row's mark as a real token, to be pressed,
        focused, moved or asked about (the row's layer stops drawing the
        mark); a TeamToken, or a mark of a board nobody edits, as it is."""
        if not isinstance(token, TokenMark) or not self.editable or token.ghost:
            return token
        row = self._rows.get(token.dimension_id)
        if row is None or row.tokens.get(token.placer_id) is not token:
            return token
        live = TeamToken(self, token.team, token.dimension_id, token.row_y, token.placer_id, token._initials,
                         token.placer_name)
        live.value, live.lane, live.shift = token.value, token.lane, token.shift
        live.setPos(token.pos())
        live.set_emphasis(token.emphasised, token.faded)
        self.addItem(live)
        row.tokens[token.placer_id] = live  # the same key: the row's order stays
        row.settled.pop(token.placer_id, None)  # the next refresh describes the new item
        token.setVisible(False)  # the layer no longer draws it
        token.live = live  # what is still asked of the mark (an accessible child) answers for the token
        return live

    def tokens(self) -> list[TeamToken | TokenMark]:
        """Every placer's token on every row, row by row (TokenMark on a
        board that is not editable)."""
        return [t for row in self._rows.values() for t in row.tokens.values()]

    def mark_at(self, scene_pos: QPointF) -> TokenMark | None:
        """The ghost or non-interactive token drawn under a scene point."""
        for item in self.items(scene_pos):
            if isinstance(item, TokenLayer):
                mark = item.mark_at(scene_pos)
                if mark is not None:
                    return mark
        return None

    def helpEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The tooltip under the pointer: a token's or a mark's description
        (made now, not stored on 5,000 items), else the item's own."""
        pos = event.scenePos()
        text = ""
        for item in self.items(pos):
            if isinstance(item, TokenLayer):
                mark = item.mark_at(pos)
                text = mark.toolTip() if mark is not None else ""
            elif isinstance(item, TeamToken):
                text = item.toolTip() if item.shape().contains(item.mapFromScene(pos)) else ""
            else:
                text = item.toolTip()
            if text:
                break
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.setAccepted(True)
        else:
            QToolTip.hideText()
            event.setAccepted(False)

    def row_y(self, dimension_id: str) -> float:
        return self._rows[dimension_id].y

    def token_at(self, scene_pos: QPointF) -> TeamToken | None:
        """The topmost movable token under a scene point (a crowded row's
        mark there becomes a real token)."""
        for item in self.items(scene_pos):
            if isinstance(item, TeamToken) and not item.ghost and item.shape().contains(item.mapFromScene(scene_pos)):
                return item
            if isinstance(item, TokenLayer) and not item.ghost and self.editable:
                mark = item.mark_at(scene_pos)
                if mark is not None:
                    live = self.live_token(mark)
                    return live if isinstance(live, TeamToken) else None
        return None

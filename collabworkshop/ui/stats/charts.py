"""The statistics panel's charts (pyqtgraph).

- SpreadChart: every dimension of a round as a strip of dots (one per
  placement), the middle half (IQR) as a band, the mean as a diamond and the
  median as an upright bar; with a compare round (Today beside Needed) its
  strip in hollow grey above, and an arrow with the signed gap from its
  median to the current one. The most divergent dimension is outlined
  (dashed) and flagged in its label, the dimension in focus shaded.
- ProfileChart: the characteristic dimensions top to bottom, one line per
  round through the medians, each round with its own line style, marker and
  colour, and a legend.

Items are created once per layout and updated with ``setData``/``setRect``,
so a redraw during a drag touches one dimension's few items, not the chart.
Shapes, fills and text tell the markers apart; colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ...analysis.stats import DimensionStats, gap_text, shown_gap
from ...common.i18n import context
from ...reports.drawing import arrow_head
from . import FLAG

tr = context("Charts")


GRID_ALPHA = 0.25
#: With a compare round, the x axis runs on past 100 to give the gap labels a column.
LINE_END = 100.0
GAP_LABEL_ZONE = 11.0
TICK_FONT_PT = 11
LABEL_WIDTH = 150  # px for the dimension names on the left axis

#: Line style and marker for the rounds of the profile, in round order: a
#: round is told apart by its dash pattern and marker alone (the colours,
#: per theme, are themes.CHART_COLOURS["rounds"]).
ROUND_STYLES = (
    (Qt.PenStyle.SolidLine, "o"),
    (Qt.PenStyle.DashLine, "s"),
    (Qt.PenStyle.DotLine, "t"),
    (Qt.PenStyle.DashDotLine, "d"),
    (Qt.PenStyle.DashDotDotLine, "star"),
)


def look() -> dict:
    """The charts' colours in the application's theme (themes.CHART_COLOURS)."""
    from PySide6.QtWidgets import QApplication

    from ..common.themes import DEFAULT_THEME, chart_colours, current_theme

    app = QApplication.instance()
    return chart_colours(current_theme(app) if app is not None else DEFAULT_THEME)


def _alpha(colour: str, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out


def _style_axes(plot: pg.PlotItem) -> None:
    font = QFont("DejaVu Sans", TICK_FONT_PT)
    c = look()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTextPen(pg.mkPen(c["ink"]))
        axis.setPen(pg.mkPen(c["axis"]))
        axis.setStyle(tickFont=font, tickTextOffset=6)
    plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
    plot.getAxis("left").setWidth(LABEL_WIDTH)


def _elided(text: str, width: int = LABEL_WIDTH - 14) -> str:
    """A dimension name for the left axis: on two lines if need be, the
    second elided."""
    metrics = QFontMetrics(QFont("DejaVu Sans", TICK_FONT_PT))
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    first = words[0]
    rest = words[1:]
    while rest and metrics.horizontalAdvance(first + " " + rest[0]) <= width:
        first += " " + rest.pop(0)
    first = metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)
    if not rest:
        return first
    return first + "\n" + metrics.elidedText(" ".join(rest), Qt.TextElideMode.ElideRight, width)


class _StaticPlot(pg.PlotWidget):
    """A plot to look at, not to operate: no mouse panning, menu or buttons."""

    def __init__(self, parent=None):
        super().__init__(parent, background=look()["background"])
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=False, alpha=GRID_ALPHA)
        _style_axes(plot)
        self._built = True

    def restyle(self) -> None:
        """Background and axes in the current theme (marks take it when drawn next)."""
        self.setBackground(look()["background"])
        _style_axes(self.getPlotItem())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_built", False):
            self.restyle()  # the application's theme changed

    def sizeHint(self) -> QSize:
        # Ask for little and take what is left (the panel's layout stretches
        # the charts): the table of figures beside them is served first.
        return QSize(420, 240)


class StripItem(QGraphicsItem):
    """One round's strip of one dimension, painted in one go: a dot per
    placement, the IQR band, the median (an upright bar) and the mean (a
    white diamond). Positions are in data units, sizes in pixels.

    A plain QGraphicsItem rather than pyqtgraph scatter items: a drag step
    changes one strip, and repainting it is one short paint() call instead
    of several scatter items' bookkeeping (see bench/bench_stats.py)."""

    DOT_RADIUS = 6.5
    MEAN_RADIUS = 7.5

    def __init__(self, y: float, spread: float, compare: bool, bar_px: float, row_y: float | None = None):
        super().__init__()
        self.y, self.spread, self.compare, self.bar_px = y, spread, compare, bar_px
        self.positions: list[float] = []
        self.brushes: list[QBrush] = []
        self.stats: DimensionStats | None = None
        row_y = y if row_y is None else row_y
        self._bounds = QRectF(-12, row_y - 0.5, 124, 1.0)  # the dimension's whole row
        self._dots: dict[int, QPixmap] = {}
        self._kept: list[QBrush] = []
        self._stamp_key = (0.0, 0.0)
        c = look()
        self._dot_pen = QPen(QColor(c["compare"] if compare else c["hollow"]), 1.6 if compare else 1.2)
        self._hollow = QBrush(QColor(c["hollow"]))
        self._iqr_brush = QBrush(_alpha(c["compare"], 45) if compare else _alpha(c["accent"], 50))
        self._iqr_pen = QPen(QColor(c["compare"]) if compare else _alpha(c["accent"], 160), 1)
        self._bar_pen = QPen(QColor(c["ink"]), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        self._mean_pen = QPen(QColor(c["ink"]), 2)
        self.setZValue(2)

    def set_data(self, positions: Sequence[float], brushes: Sequence[QBrush], stats: DimensionStats) -> bool:
        """Returns False when nothing changed (no repaint)."""
        positions, brushes = list(positions), list(brushes)
        if positions == self.positions and stats == self.stats and brushes == self.brushes:
            return False
        self.positions, self.brushes, self.stats = positions, brushes, stats
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        y = self.y
        s = self.stats
        if s is not None and s.n:
            height = 0.34 if self.spread > 0.1 else 0.24
            band = to_device.mapRect(QRectF(s.q1, y - height / 2, s.q3 - s.q1, height)).normalized()
            if band.width() < 3:  # a zero IQR still shows as a sliver
                band.adjust(-1.5, 0, 1.5, 0)
            painter.setPen(self._iqr_pen)
            painter.setBrush(self._iqr_brush)
            painter.drawRect(band)
        # Dots are stamped from one pre-rendered pixmap per colour: drawing
        # hundreds of antialiased ellipses per repaint would cost milliseconds.
        # Sizes are capped by the row's height in pixels, so that nothing is
        # drawn outside the item's bounds (the row) on a short chart.
        ppu = abs(to_device.m22())  # pixels per data unit, vertically
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        r = min(self.DOT_RADIUS - (1 if self.compare else 0), 0.2 * ppu)
        if (dpr, r) != self._stamp_key:
            self._dots.clear()
            self._kept.clear()
            self._stamp_key = (dpr, r)
        offset = r + 2
        stamps = self._dots
        hollow = self._hollow
        m11, dx, m22, dy = to_device.m11(), to_device.dx() - offset, to_device.m22(), to_device.dy() - offset
        spread = self.spread
        rows = (m22 * (y - spread) + dy, m22 * y + dy, m22 * (y + spread) + dy)
        draw = painter.drawPixmap
        for i, x in enumerate(self.positions):
            brush = hollow if self.compare else self.brushes[i]
            dot = stamps.get(id(brush))
            if dot is None:
                dot = self._dot(brush, r, dpr)
            draw(round(m11 * x + dx), round(rows[i % 3]), dot)
        if s is not None and s.n:
            median = to_device.map(QPointF(s.median, y))
            half = min(self.bar_px / 2, 0.27 * ppu)
            painter.setPen(self._bar_pen)
            painter.drawLine(QPointF(median.x(), median.y() - half), QPointF(median.x(), median.y() + half))
            mean = to_device.map(QPointF(s.mean, y))
            m = min(self.MEAN_RADIUS, 0.22 * ppu)
            painter.setPen(self._mean_pen)
            painter.setBrush(hollow)
            painter.drawPolygon(QPolygonF([mean + QPointF(0, -m), mean + QPointF(m, 0), mean + QPointF(0, m),
                                           mean + QPointF(-m, 0)]))
        painter.restore()


    def _dot(self, brush: QBrush, r: float, dpr: float) -> QPixmap:
        """The dot for one colour, rendered once (keyed by the shared brush)."""
        size = 2 * (r + 2)
        dot = QPixmap(round(size * dpr), round(size * dpr))
        dot.setDevicePixelRatio(dpr)
        dot.fill(Qt.GlobalColor.transparent)
        p = QPainter(dot)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(self._dot_pen)
        p.setBrush(brush)
        p.drawEllipse(QPointF(size / 2, size / 2), r, r)
        p.end()
        self._dots[id(brush)] = dot
        self._kept.append(brush)  # keeps the id valid while the stamp is cached
        return dot


class GapArrowItem(QGraphicsItem):
    """An arrow from the compare round's median to the current one at the
    row's centre line, with the signed gap in points beyond its head."""

    def __init__(self, y: float):
        super().__init__()
        self.y = y
        self.gap: tuple[float, float] | None = None
        self._bounds = QRectF(-12, y - 0.3, 124, 0.6)
        self._colour = QColor(look()["gap"])
        self._pen = QPen(self._colour, 2.5)
        self._brush = QBrush(self._colour)
        self._font = QFont("DejaVu Sans", 10, QFont.Weight.Bold)
        self.setZValue(1)

    @property
    def label(self) -> str | None:
        if self.gap is None or shown_gap(self.gap[1] - self.gap[0]) == 0:
            return None
        return gap_text(self.gap[1] - self.gap[0])  # as the table and the reports print it

    def set_gap(self, start: float | None, end: float | None) -> bool:
        gap = None if start is None or end is None else (start, end)
        if gap == self.gap:
            return False
        self.gap = gap
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        label = self.label
        if label is None:
            return
        start_x, end_x = self.gap
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        start = to_device.map(QPointF(start_x, self.y))
        end = to_device.map(QPointF(end_x, self.y))
        direction = 1.0 if end.x() >= start.x() else -1.0
        head = 11.0
        painter.setPen(self._pen)
        painter.drawLine(start, QPointF(end.x() - direction * head, end.y()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        painter.drawPolygon(arrow_head(end, direction, head, 6))
        painter.setFont(self._font)
        painter.setPen(self._colour)
        metrics = painter.fontMetrics()
        # In a column of its own right of the line, where no dot can cover it.
        x = to_device.map(QPointF(LINE_END + 2.5, self.y)).x()
        painter.drawText(QPointF(x, end.y() + metrics.ascent() / 2 - 1), label)
        painter.restore()


@dataclass
class _Row:
    y: float
    name: str
    current: StripItem
    compare: StripItem | None
    arrow: GapArrowItem | None = None


class SpreadChart(_StaticPlot):
    """Strip plots of every dimension in one round, with the compare round."""

    ROW = 1.0  # data units per dimension

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(200)
        plot = self.getPlotItem()
        plot.setXRange(0, 100, padding=0.05)  # room for the "100" tick label
        self._rows: dict[str, _Row] = {}
        c = look()
        self._focus = self._make_band(_alpha(c["accent"], 22), None, z=-20)
        self._divergent = self._make_band(QColor(0, 0, 0, 0), pg.mkPen(c["divergent"], width=2,
                                                                       style=Qt.PenStyle.DashLine), z=-10)
        self._focus_id = ""
        self._divergent_id = ""
        # One QBrush per colour, shared by every strip.
        self._brushes: dict[str, QBrush] = {}
        self.redraws = 0  # strips actually changed: no-op updates are skipped

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if hasattr(self, "_with_compare"):  # pyqtgraph resizes while it is still being built
            self._fit_x_range()

    def _fit_x_range(self) -> None:
        """Right of the line, a column for the gap labels as wide as the
        widest ("+100.0") needs in pixels at this width: a narrow panel
        must not cut them ("+37.")."""
        zone = 0.0
        if self._with_compare:
            box = self.getPlotItem().getViewBox()
            width = max(1.0, box.width() if box.width() > 0 else self.width() * 0.75)
            # The gap label's own font (GapArrowItem's), whatever the widget's is.
            label = QFontMetricsF(QFont("DejaVu Sans", 10, QFont.Weight.Bold)).horizontalAdvance("+100.0") + 10
            share = min(0.45, label / width)  # that part of the plot's width
            zone = max(GAP_LABEL_ZONE, LINE_END * share / (1 - share))
        self.getPlotItem().setXRange(0, LINE_END + zone, padding=0.04)

    def brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def _make_band(self, fill: QColor, pen, z: float) -> QGraphicsRectItem:
        item = QGraphicsRectItem()
        item.setBrush(QBrush(fill))
        item.setPen(pen if pen is not None else QPen(Qt.PenStyle.NoPen))
        item.setZValue(z)
        item.setVisible(False)
        self.getPlotItem().addItem(item)
        return item

    # -- layout ----------------------------------------------------------------------------
    def set_dimensions(self, dimensions: Sequence[tuple[str, str]], with_compare: bool) -> None:
        """(id, name) of the dimensions, top to bottom; rebuilds the items."""
        plot = self.getPlotItem()
        for row in self._rows.values():
            for item in (row.current, row.compare, row.arrow):
                if item is not None:
                    plot.removeItem(item)
        self._rows = {}
        for i, (dim_id, name) in enumerate(dimensions):
            y = -i * self.ROW
            if with_compare:
                row = _Row(y, name, StripItem(y - 0.22, 0.07, False, 22, y), StripItem(y + 0.22, 0.07, True, 22, y),
                           GapArrowItem(y))
            else:
                row = _Row(y, name, StripItem(y, 0.12, False, 30), None)
            for item in (row.current, row.compare, row.arrow):
                if item is not None:
                    plot.addItem(item)
            self._rows[dim_id] = row
        n = max(1, len(dimensions))
        plot.setYRange(-(n - 1) * self.ROW - 0.5, 0.5, padding=0)
        self._with_compare = with_compare
        self._fit_x_range()
        self._update_labels()
        self._place_band(self._focus, self._focus_id)
        self._place_band(self._divergent, self._divergent_id)

    def _update_labels(self) -> None:
        ticks = []
        for dim_id, row in self._rows.items():
            flag = FLAG if dim_id == self._divergent_id else ""
            ticks.append((row.y, _elided(flag + row.name)))
        self.getPlotItem().getAxis("left").setTicks([ticks])

    def _place_band(self, band: QGraphicsRectItem, dim_id: str) -> None:
        row = self._rows.get(dim_id)
        band.setVisible(row is not None)
        if row is not None:
            band.setRect(QRectF(-1.5, row.y - 0.46, 103, 0.92))

    # -- content -----------------------------------------------------------------------------
    def show_strip(self, dim_id: str, which: str, positions: Sequence[float], brushes: Sequence[QBrush],
                   stats: DimensionStats) -> None:
        """Draw one round's strip of one dimension (``which``: "current" or "compare")."""
        row = self._rows.get(dim_id)
        if row is None:
            return
        strip = row.current if which == "current" else row.compare
        if strip is not None and strip.set_data(positions, brushes, stats):
            self.redraws += 1

    def show_gap(self, dim_id: str, start: float | None, end: float | None) -> None:
        """Arrow from the compare round's median to the current one, labelled with the signed gap."""
        row = self._rows.get(dim_id)
        if row is not None and row.arrow is not None:
            row.arrow.set_gap(start, end)

    def set_focus(self, dim_id: str) -> None:
        if dim_id != self._focus_id:
            self._focus_id = dim_id
            self._place_band(self._focus, dim_id)

    def set_divergent(self, dim_id: str | None) -> None:
        dim_id = dim_id or ""
        if dim_id != self._divergent_id:
            self._divergent_id = dim_id
            self._place_band(self._divergent, dim_id)
            self._update_labels()

    # -- for tests and screen readers ------------------------------------------------------
    def strip_data(self, dim_id: str, which: str = "current") -> dict:
        """What the strip shows: dot positions, mean, median, IQR band (q1, q3), gap label."""
        row = self._rows[dim_id]
        strip = row.current if which == "current" else row.compare
        assert strip is not None
        s = strip.stats
        shown = s is not None and s.n > 0
        return {
            "positions": sorted(strip.positions),
            "colours": [b.color().name().upper() for b in strip.brushes],
            "median": s.median if shown else None,
            "mean": s.mean if shown else None,
            "iqr": (s.q1, s.q3) if shown else None,
            "gap": row.arrow.label if row.arrow is not None else None,
        }

    def label_of(self, dim_id: str) -> str:
        ticks = self.getPlotItem().getAxis("left")._tickLevels[0]
        for y, text in ticks:
            if y == self._rows[dim_id].y:
                return text
        raise KeyError(dim_id)

    @property
    def divergent_dimension(self) -> str:
        return self._divergent_id if self._divergent.isVisible() else ""

    @property
    def focus_dimension(self) -> str:
        return self._focus_id if self._focus.isVisible() else ""


class ProfileChart(_StaticPlot):
    """The characteristics top to bottom, one line per round through the medians."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(220)
        plot = self.getPlotItem()
        plot.setXRange(0, 100, padding=0.05)  # room for the "100" tick label
        plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
        c = look()
        plot.setLabel("bottom", tr("Median position, per round"), color=c["ink"], size="10pt")
        self.legend = plot.addLegend(offset=(-6, -6), labelTextSize="10pt", labelTextColor=c["ink"],
                                     brush=pg.mkBrush(_alpha(c["legend"], 225)), pen=pg.mkPen(c["legend_border"]))
        self._lines: dict[str, pg.PlotDataItem] = {}
        self._dims: list[str] = []

    def set_layout(self, dimensions: Sequence[tuple[str, str]], rounds: Sequence[tuple[str, str]]) -> None:
        """(id, name) of the characteristics (top to bottom) and of the rounds."""
        plot = self.getPlotItem()
        for line in self._lines.values():
            plot.removeItem(line)
        self.legend.clear()
        self._dims = [d for d, _ in dimensions]
        self._lines = {}
        c = look()
        colours = c["rounds"]
        self.legend.setLabelTextColor(c["ink"])
        self.legend.setBrush(pg.mkBrush(_alpha(c["legend"], 225)))
        self.legend.setPen(pg.mkPen(c["legend_border"]))
        for i, (round_id, name) in enumerate(rounds):
            style, symbol = ROUND_STYLES[i % len(ROUND_STYLES)]
            colour = colours[i % len(colours)]
            line = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=3, style=style),
                symbol=symbol,
                symbolSize=13,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(c["hollow"], width=1.2),
                connect="finite",
                name=name,
            )
            plot.addItem(line)
            self._lines[round_id] = line
        n = max(1, len(dimensions))
        plot.getAxis("left").setTicks([[(-i, _elided(name)) for i, (_, name) in enumerate(dimensions)]])
        plot.setYRange(-(n - 1) - 0.4, 0.4, padding=0)

    def show_line(self, round_id: str, medians: Sequence[float | None]) -> None:
        line = self._lines.get(round_id)
        if line is None:
            return
        xs = [float("nan") if m is None else m for m in medians]
        ys = [-float(i) for i in range(len(xs))]
        if all(m is None for m in medians):
            line.setData([], [])
        else:
            line.setData(xs, ys)

    def line_data(self, round_id: str) -> list[float | None]:
        xs, _ = self._lines[round_id].getData()
        if xs is None:
            return [None] * len(self._dims)
        return [None if x != x else float(x) for x in xs]

    def line_style(self, round_id: str) -> tuple[Qt.PenStyle, str]:
        line = self._lines[round_id]
        return line.opts["pen"].style(), line.opts["symbol"]

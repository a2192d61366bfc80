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
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from ..analysis.stats import DimensionStats


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


INK = "#1B1F24"
AXIS = "#59636E"
GRID_ALPHA = 0.25
GAP_COLOUR = "#D55E00"  # vermillion (Okabe-Ito): the gap arrows
DIVERGENT_COLOUR = "#B04A00"
FOCUS_FILL = QColor(0, 114, 178, 22)
IQR_FILL = QColor(0, 114, 178, 50)
IQR_EDGE = QColor(0, 114, 178, 160)
COMPARE_EDGE = "#7A838C"
TICK_FONT_PT = 11
LABEL_WIDTH = 150  # px for the dimension names on the left axis
FLAG = "\u2691 "  # the most divergent dimension's label starts with a flag

#: Line style, marker and colour for the rounds of the profile, in round
#: order: a round is told apart by its dash pattern and marker alone.
ROUND_STYLES = (
    (Qt.PenStyle.SolidLine, "o", "#0072B2"),
    (Qt.PenStyle.DashLine, "s", "#D55E00"),
    (Qt.PenStyle.DotLine, "t", "#009E73"),
    (Qt.PenStyle.DashDotLine, "d", "#CC79A7"),
    (Qt.PenStyle.DashDotDotLine, "star", "#E69F00"),
)


def _style_axes(plot: pg.PlotItem) -> None:
    font = QFont("DejaVu Sans", TICK_FONT_PT)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTextPen(pg.mkPen(INK))
        axis.setPen(pg.mkPen(AXIS))
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
        super().__init__(parent, background="w")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=False, alpha=GRID_ALPHA)
        _style_axes(plot)


@dataclass
class _Strip:
    """One round's strip of one dimension."""

    y: float
    spread: float  # vertical jitter of the dots around y
    dots: pg.ScatterPlotItem
    markers: pg.ScatterPlotItem  # mean (diamond) and median (bar)
    iqr: QGraphicsRectItem
    data: tuple = ()  # what is drawn: (positions, stats), to skip no-op redraws


@dataclass
class _Row:
    y: float
    name: str
    current: _Strip
    compare: _Strip | None
    gap_line: pg.PlotDataItem | None = None
    gap_head: pg.ArrowItem | None = None
    gap_text: pg.TextItem | None = None
    gap: tuple[float, float] | None = None
    extras: list = field(default_factory=list)


class SpreadChart(_StaticPlot):
    """Strip plots of every dimension in one round, with the compare round."""

    ROW = 1.0  # data units per dimension

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(220)
        plot = self.getPlotItem()
        plot.setXRange(0, 100, padding=0.05)  # room for the "100" tick label
        self._rows: dict[str, _Row] = {}
        self._order: list[str] = []
        self._focus = self._make_band(FOCUS_FILL, None, z=-20)
        self._divergent = self._make_band(QColor(0, 0, 0, 0), pg.mkPen(DIVERGENT_COLOUR, width=2,
                                                                       style=Qt.PenStyle.DashLine), z=-10)
        self._focus_id = ""
        self._divergent_id = ""
        # One QBrush per colour, reused: the scatter's symbol atlas keys its
        # cache on the brush object, so a fresh brush per call would re-render
        # every symbol on each drag step.
        self._brushes: dict[str, QBrush] = {}
        self.redraws = 0  # strips redrawn: lets tests see that no-op updates are skipped

    def brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = pg.mkBrush(colour)
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
            for item in self._row_items(row):
                plot.removeItem(item)
        self._rows, self._order = {}, [d for d, _ in dimensions]
        for i, (dim_id, name) in enumerate(dimensions):
            y = -i * self.ROW
            if with_compare:
                current = self._make_strip(y - 0.22, 0.07, compare=False)
                compare = self._make_strip(y + 0.22, 0.07, compare=True)
            else:
                current, compare = self._make_strip(y, 0.12, compare=False), None
            row = _Row(y, name, current, compare)
            if with_compare:
                row.gap_line = pg.PlotDataItem(pen=pg.mkPen(GAP_COLOUR, width=2.5))
                row.gap_head = pg.ArrowItem(angle=180, headLen=13, tipAngle=40, brush=GAP_COLOUR,
                                            pen=pg.mkPen(GAP_COLOUR))
                row.gap_text = pg.TextItem(color=GAP_COLOUR, anchor=(0, 0.5))
                row.gap_text.setFont(QFont("DejaVu Sans", 10, QFont.Weight.Bold))
                for item in (row.gap_line, row.gap_head, row.gap_text):
                    item.setVisible(False)
                    plot.addItem(item)
            self._rows[dim_id] = row
        n = max(1, len(dimensions))
        plot.setYRange(-(n - 1) * self.ROW - 0.5, 0.5, padding=0)
        self._update_labels()
        self._place_band(self._focus, self._focus_id)
        self._place_band(self._divergent, self._divergent_id)

    def _make_strip(self, y: float, spread: float, compare: bool) -> _Strip:
        plot = self.getPlotItem()
        iqr = QGraphicsRectItem()
        iqr.setBrush(QBrush(IQR_FILL if not compare else QColor(120, 130, 140, 45)))
        iqr.setPen(pg.mkPen(IQR_EDGE if not compare else COMPARE_EDGE, width=1))
        iqr.setVisible(False)
        if compare:
            dots = pg.ScatterPlotItem(size=11, pen=pg.mkPen(COMPARE_EDGE, width=1.5), brush=pg.mkBrush("w"))
        else:
            dots = pg.ScatterPlotItem(size=13, pen=pg.mkPen("w", width=1.2))
        markers = pg.ScatterPlotItem(pxMode=True)
        markers.setZValue(5)
        for item in (iqr, dots, markers):
            plot.addItem(item)
        return _Strip(y, spread, dots, markers, iqr)

    @staticmethod
    def _row_items(row: _Row) -> list:
        items = []
        for strip in (row.current, row.compare):
            if strip is not None:
                items += [strip.iqr, strip.dots, strip.markers]
        items += [i for i in (row.gap_line, row.gap_head, row.gap_text) if i is not None]
        return items

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
        if strip is None:
            return
        key = (tuple(positions), tuple(id(b) for b in brushes), stats)
        if strip.data == key:
            return
        strip.data = key
        self.redraws += 1
        ys = [strip.y + ((i % 3) - 1) * strip.spread for i in range(len(positions))]
        if which == "current":
            strip.dots.setData(x=list(positions), y=ys, brush=list(brushes))
        else:
            strip.dots.setData(x=list(positions), y=ys)
        if stats.n == 0:
            strip.markers.setData([], [])
            strip.iqr.setVisible(False)
            return
        height = 0.34 if row.compare is None else 0.24
        strip.iqr.setRect(QRectF(stats.q1, strip.y - height / 2, max(stats.iqr, 0.4), height))
        strip.iqr.setVisible(True)
        strip.markers.setData(
            x=[stats.median, stats.mean],
            y=[strip.y, strip.y],
            symbol=["|", "d"],
            size=[30 if row.compare is None else 22, 15],
            pen=[pg.mkPen(INK, width=4), pg.mkPen(INK, width=2)],
            brush=[pg.mkBrush(INK), pg.mkBrush("w")],
        )

    def show_gap(self, dim_id: str, start: float | None, end: float | None) -> None:
        """Arrow from the compare round's median to the current one, labelled with the signed gap."""
        row = self._rows.get(dim_id)
        if row is None or row.gap_line is None:
            return
        gap = None if start is None or end is None else (start, end)
        if gap == row.gap:
            return
        row.gap = gap
        visible = gap is not None and abs(gap[1] - gap[0]) >= 0.5
        for item in (row.gap_line, row.gap_head, row.gap_text):
            item.setVisible(visible)
        if gap is None:
            return
        start, end = gap
        text = f"{end - start:+.0f}"
        row.gap_text.setText(text)
        if not visible:
            return
        row.gap_line.setData([start, end], [row.y, row.y])
        rightward = end > start
        row.gap_head.setStyle(angle=180 if rightward else 0)
        row.gap_head.setPos(end, row.y)
        # The label sits beyond the arrowhead, or before the start where the
        # head is near the edge of the line.
        if rightward:
            row.gap_text.setAnchor((0, 0.5) if end <= 88 else (1, 0.5))
            row.gap_text.setPos(end + 2.5 if end <= 88 else start - 1.5, row.y)
        else:
            row.gap_text.setAnchor((1, 0.5) if end >= 12 else (0, 0.5))
            row.gap_text.setPos(end - 2.5 if end >= 12 else start + 1.5, row.y)

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
        """What the strip shows: dot positions, mean, median, IQR band (x0, x1), gap."""
        row = self._rows[dim_id]
        strip = row.current if which == "current" else row.compare
        assert strip is not None
        xs, _ = strip.dots.getData()
        mx, _ = strip.markers.getData()
        rect = strip.iqr.rect()
        return {
            "positions": sorted(float(x) for x in xs),
            "median": float(mx[0]) if len(mx) else None,
            "mean": float(mx[1]) if len(mx) else None,
            "iqr": (rect.left(), rect.right()) if strip.iqr.isVisible() else None,
            "gap": row.gap_text.toPlainText() if row.gap_text is not None and row.gap_text.isVisible() else None,
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


class ProfileChart(_StaticPlot):
    """The characteristics top to bottom, one line per round through the medians."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(220)
        plot = self.getPlotItem()
        plot.setXRange(0, 100, padding=0.05)  # room for the "100" tick label
        plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
        self.legend = plot.addLegend(offset=(-6, -6), labelTextSize="10pt", labelTextColor=INK,
                                     brush=pg.mkBrush(255, 255, 255, 225), pen=pg.mkPen("#D5DAE0"))
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
        for i, (round_id, name) in enumerate(rounds):
            style, symbol, colour = ROUND_STYLES[i % len(ROUND_STYLES)]
            line = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=3, style=style),
                symbol=symbol,
                symbolSize=13,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen("w", width=1.2),
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

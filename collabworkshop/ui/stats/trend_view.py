"""Trend since the baseline: for a follow-up session, each dimension's
position (median) and agreement (rwg, band) in the baseline Today against
the new Today, as a table and a chart.

The numbers come from :func:`collabworkshop.planning.trend.followup_trend`;
the view only shows them. Direction is given by an arrow character and words
as well as by the chart's marker shapes (open circle = baseline, filled
square = now), never by colour alone.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.stats import rwg_text
from ...common.i18n import QT_TRANSLATE_NOOP, context
from ...planning.trend import DimensionTrend, band_name, followup_trend
from .charts import _alpha, look

tr = context("TrendView")


COLUMNS = (
    QT_TRANSLATE_NOOP("TrendView", "Dimension"),
    QT_TRANSLATE_NOOP("TrendView", "Baseline"),
    QT_TRANSLATE_NOOP("TrendView", "Now"),
    QT_TRANSLATE_NOOP("TrendView", "Position change"),
    QT_TRANSLATE_NOOP("TrendView", "Baseline agreement"),
    QT_TRANSLATE_NOOP("TrendView", "Now agreement"),
    QT_TRANSLATE_NOOP("TrendView", "Agreement change"),
    QT_TRANSLATE_NOOP("TrendView", "Gap then \u2192 now"),
)


def _num(value, fmt=".0f") -> str:
    return "\u2013" if value is None else format(value, fmt)


def _signed(value, fmt="+.0f") -> str:
    if value is None:
        return "\u2013"
    text = format(value, fmt)
    return text[1:] if text.lstrip("+-").strip("0.") == "" else text


def _agreement(stats) -> str:
    if stats.rwg is None:
        return tr("n = {0}").format(stats.n) if stats.n else "\u2013"
    return f"{rwg_text(stats.rwg)} {band_name(stats.band)} (n = {stats.n})"


def _change(marker: str, value, fmt: str, words: str) -> str:
    if value is None:
        return f"\u2013 {words}"
    return f"{marker} {_signed(value, fmt)} {words}"


def row_texts(row: DimensionTrend) -> list[str]:
    return [
        row.name,
        _num(row.before.median),
        _num(row.after.median),
        _change(row.position_marker, row.median_change, "+.0f", row.position_words),
        _agreement(row.before),
        _agreement(row.after),
        _change(row.agreement_marker, row.rwg_change, "+.2f", row.agreement_words),
        f"{_signed(row.gap_before)} \u2192 {_signed(row.gap_after)}",
    ]


class TrendChart(pg.PlotWidget):
    """One row per dimension: baseline median (open circle) to the new median
    (filled square), joined by an arrow."""

    def __init__(self, parent=None):
        c = look()
        super().__init__(parent, background=c["background"])
        self.setMinimumHeight(200)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        plot = self.getPlotItem()
        plot.setXRange(0, 100, padding=0.05)
        plot.showGrid(x=True, y=False, alpha=0.25)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTextPen(pg.mkPen(c["ink"]))
            axis.setPen(pg.mkPen(c["axis"]))
            axis.setStyle(tickFont=QFont("DejaVu Sans", 10))
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        plot.setLabel("bottom", tr("0 cooperation \u2026 100 collaboration (median of Today)"))
        self.legend = plot.addLegend(offset=(-10, 10), labelTextColor=c["ink"],
                                     brush=pg.mkBrush(_alpha(c["legend"], 220)), pen=pg.mkPen(c["legend_border"]))
        self.baseline = pg.ScatterPlotItem(symbol="o", size=14, pen=pg.mkPen(c["ink"], width=2),
                                           brush=pg.mkBrush(c["hollow"]))
        self.now = pg.ScatterPlotItem(symbol="s", size=14, pen=pg.mkPen(c["ink"], width=1),
                                      brush=pg.mkBrush(c["accent"]))
        plot.addItem(self.baseline)
        plot.addItem(self.now)
        self.legend.addItem(self.baseline, tr("Baseline Today"))
        self.legend.addItem(self.now, tr("Today now"))
        self._lines: list = []

    def set_rows(self, rows: list[DimensionTrend]) -> None:
        plot = self.getPlotItem()
        for item in self._lines:
            plot.removeItem(item)
        self._lines = []
        n = len(rows)
        ys = {row.dimension_id: n - 1 - i for i, row in enumerate(rows)}
        plot.getAxis("left").setTicks([[(ys[r.dimension_id], r.name) for r in rows]])
        plot.setYRange(-0.7, max(n - 0.3, 0.7), padding=0)
        base = [(r.before.median, ys[r.dimension_id]) for r in rows if r.before.median is not None]
        now = [(r.after.median, ys[r.dimension_id]) for r in rows if r.after.median is not None]
        self.baseline.setData([p[0] for p in base], [p[1] for p in base])
        self.now.setData([p[0] for p in now], [p[1] for p in now])
        for r in rows:
            if r.median_change is None or abs(r.median_change) < 0.5:
                continue
            y = ys[r.dimension_id]
            line = pg.PlotDataItem([r.before.median, r.after.median], [y, y], pen=pg.mkPen(look()["axis"], width=2))
            head = pg.ArrowItem(pos=(r.after.median, y), angle=180 if r.median_change > 0 else 0, headLen=12,
                                brush=look()["axis"], pen=pg.mkPen(look()["axis"]))
            plot.addItem(line)
            plot.addItem(head)
            self._lines += [line, head]


class TrendView(QWidget):
    """Table and chart of the trend since the baseline; refreshes itself as
    tokens move."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("trendView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("trendTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("trendTable")
        self.table.setAccessibleName(tr("Trend since the baseline, per dimension"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])  # i18n: looked up
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.chart = TrendChart()
        self.chart.setAccessibleName(tr("Chart: baseline and current median per dimension"))
        layout.addWidget(self.chart, 1)
        self.rows: list[DimensionTrend] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        for signal in (controller.placement_moved, controller.rounds_changed, controller.teams_changed,
                       controller.settings_changed):
            signal.connect(lambda *_: self._timer.start(0))
        self.refresh()

    def refresh(self) -> None:
        self.rows = followup_trend(self.controller.session)
        base = next((r for r in self.controller.session.rounds if r.baseline), None)
        if not self.rows:
            self.title.setText(tr("No baseline in this session: start a follow-up from a saved session "
                                  "(File \u2192 Start follow-up) to see the trend."))
        else:
            self.title.setText(tr("Today now against {0}. \u25b2 up, \u25bc down, \u25b6 about the same, "
                                  "\u2013 not placed yet.").format(base.name if base else tr("the baseline")))
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for j, text in enumerate(row_texts(row)):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, item)
        self.chart.set_rows(self.rows)


class TrendDialog(QDialog):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Trend since the baseline"))
        self.resize(1360, 720)
        layout = QVBoxLayout(self)
        self.view = TrendView(controller, self)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

"""Live aggregation beside the board: the figures for the dimension in
focus, a distribution chart (pyqtgraph), and a table over all dimensions.

While a token is dragged the controller emits ``placement_previewed`` and
only that dimension's row and the chart are refreshed; chart items are
created once and updated with ``setData``.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.stats import AgreementBand, DimensionStats, classify_gap, describe
from ..controller import SessionController

BAND_MARK = {AgreementBand.ALIGNED: "\u25cf", AgreementBand.MIXED: "\u25d0", AgreementBand.DIVIDED: "\u25cb"}
BAND_BACKGROUND = {
    AgreementBand.ALIGNED: QColor("#DCEFE6"),
    AgreementBand.MIXED: QColor("#FFF1CC"),
    AgreementBand.DIVIDED: QColor("#F9DCD2"),
}


#: Shortest interval between two redraws of the panel while dragging (ms).
FRAME_MS = 16


def tr(text: str) -> str:
    return QCoreApplication.translate("StatsPanel", text)


def fmt(value: float | None, digits: int = 0) -> str:
    return "\u2013" if value is None else f"{value:.{digits}f}"


def band_text(band: AgreementBand | None) -> str:
    """Band as symbol and word, so colour is never the only cue."""
    if band is None:
        return tr("too few to tell")
    return f"{BAND_MARK[band]} {tr(band.title)}"


class DistributionChart(pg.PlotWidget):
    """Positions of one dimension: a strip per round, mean, median, IQR, gap."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setMinimumHeight(170)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        plot = self.getPlotItem()
        plot.setXRange(0, 100, padding=0.05)  # room for the "100" tick label
        plot.setYRange(-0.7, 1.7, padding=0)
        plot.showGrid(x=True, y=False, alpha=0.25)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTextPen(pg.mkPen("#1B1F24"))
            axis.setPen(pg.mkPen("#59636E"))
            axis.setStyle(tickFont=QFont("DejaVu Sans", 10))
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        self._rows = {}
        for row_y in (0, 1):
            iqr = pg.BarGraphItem(x0=[0], width=[0], y=[row_y], height=[0.5], brush=pg.mkBrush(0, 114, 178, 45),
                                  pen=pg.mkPen(None))
            dots = pg.ScatterPlotItem(size=18, pen=pg.mkPen("w", width=1.5))
            mean = pg.PlotDataItem(pen=pg.mkPen("#1B1F24", width=3))
            median = pg.PlotDataItem(pen=pg.mkPen("#1B1F24", width=3, style=Qt.PenStyle.DashLine))
            for item in (iqr, dots, mean, median):
                plot.addItem(item)
            self._rows[row_y] = (iqr, dots, mean, median)
        self._gap = pg.PlotDataItem(pen=pg.mkPen("#D55E00", width=3))
        self._gap_head = pg.ArrowItem(angle=0, headLen=16, brush="#D55E00", pen=pg.mkPen("#D55E00"))
        plot.addItem(self._gap)
        plot.addItem(self._gap_head)
        self._gap_head.setVisible(False)
        # One QBrush per colour, reused: the scatter's symbol atlas keys its
        # cache on the brush object, so a fresh brush per call re-renders every
        # symbol (and grows the atlas) on each drag step.
        self._brushes: dict[str, QBrush] = {}
        self._cleared: set[int] = set()
        self._gap_shown = True

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = pg.mkBrush(colour)
        return brush

    def set_rows(self, current_name: str, compare_name: str = "") -> None:
        ticks = [(1, current_name)] if not compare_name else [(1, current_name), (0, compare_name)]
        self.getPlotItem().getAxis("left").setTicks([ticks])

    def show_round(self, row_y: int, positions: list[float], colours: list[str], stats: DimensionStats) -> None:
        iqr, dots, mean, median = self._rows[row_y]
        # A little vertical spread keeps equal positions apart.
        ys = [row_y + ((i % 3) - 1) * 0.12 for i in range(len(positions))]
        self._cleared.discard(row_y)
        dots.setData(x=positions, y=ys, brush=[self._brush(c) for c in colours])
        if stats.n:
            iqr.setOpts(x0=[stats.q1], width=[stats.iqr], y=[row_y], height=[0.55])
            mean.setData([stats.mean, stats.mean], [row_y - 0.35, row_y + 0.35])
            median.setData([stats.median, stats.median], [row_y - 0.35, row_y + 0.35])
        else:
            iqr.setOpts(x0=[0], width=[0])
            mean.setData([], [])
            median.setData([], [])

    def clear_round(self, row_y: int) -> None:
        if row_y in self._cleared:
            return
        self._cleared.add(row_y)
        iqr, dots, mean, median = self._rows[row_y]
        dots.setData([], [])
        iqr.setOpts(x0=[0], width=[0])
        mean.setData([], [])
        median.setData([], [])

    def show_gap(self, start: float | None, end: float | None) -> None:
        if start is None or end is None or abs(end - start) < 0.5:
            if self._gap_shown:
                self._gap.setData([], [])
                self._gap_head.setVisible(False)
                self._gap_shown = False
            return
        self._gap_shown = True
        self._gap.setData([start, end], [0.5, 0.5])
        self._gap_head.setStyle(angle=180 if end > start else 0)
        self._gap_head.setPos(end, 0.5)
        self._gap_head.setVisible(True)


class StatsPanel(QWidget):
    COLUMNS = ("Dimension", "n", "Median", "rwg", "Agreement")
    GAP_COLUMNS = ("Gap", "Size")

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.round_id = ""
        self.compare_round_id = ""
        self.focus_dimension = controller.session.dimensions[0].id if controller.session.dimensions else ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setObjectName("statsHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # dimension and round names are user text
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        figures = QFrame()
        figures.setObjectName("statsFigures")
        grid = QGridLayout(figures)
        grid.setContentsMargins(0, 0, 0, 0)
        self.figure_labels: dict[str, QLabel] = {}
        names = [("n", tr("n")), ("mean", tr("Mean")), ("median", tr("Median")), ("sd", tr("SD")),
                 ("iqr", tr("IQR")), ("rwg", tr("rwg")), ("consensus", tr("Consensus")), ("band", tr("Agreement"))]
        for i, (key, title) in enumerate(names):
            caption = QLabel(title)
            caption.setObjectName("figureCaption")
            value = QLabel("\u2013")
            value.setObjectName("figureValue")
            value.setAccessibleName(title)
            grid.addWidget(caption, (i // 4) * 2, i % 4)
            grid.addWidget(value, (i // 4) * 2 + 1, i % 4)
            self.figure_labels[key] = value
        layout.addWidget(figures)

        self.chart = DistributionChart()
        self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: nothing to operate
        self.chart.setAccessibleName(tr("Distribution chart"))
        layout.addWidget(self.chart, 3)

        self.table = QTableWidget()
        self.table.setObjectName("statsTable")
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(tr("Statistics for every dimension"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._table_selected)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table, 2)

        # A drag previews a position on every mouse move; the panel redraws at
        # most once per display frame (~60 Hz), and at once on a committed drop.
        self._pending: set[str] = set()
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush)
        controller.placement_previewed.connect(self._schedule)
        controller.placement_moved.connect(lambda r, d, t: self.refresh_dimension(r, d))
        controller.teams_changed.connect(self.refresh_all)

    # -- configuration ---------------------------------------------------------------------
    def show_round(self, round_id: str, compare_round_id: str = "") -> None:
        self.round_id = round_id
        self.compare_round_id = compare_round_id
        session = self.controller.session
        columns = [tr(c) for c in self.COLUMNS]
        if compare_round_id:
            columns += [tr(c) for c in self.GAP_COLUMNS]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(session.dimensions))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        current = session.round(round_id).name
        compare = session.round(compare_round_id).name if compare_round_id else ""
        self.chart.set_rows(current, compare)
        self.refresh_all()

    def set_focus_dimension(self, dimension_id: str) -> None:
        if dimension_id != self.focus_dimension:
            self.focus_dimension = dimension_id
            self._refresh_focus()

    # -- refreshing ----------------------------------------------------------------------------
    def refresh_all(self) -> None:
        if not self.round_id:
            return
        for row, dim in enumerate(self.controller.session.dimensions):
            self._refresh_row(row, dim.id)
        self._refresh_focus()

    def _schedule(self, round_id: str, dimension_id: str) -> None:
        if round_id not in (self.round_id, self.compare_round_id) or not self.round_id:
            return
        self._pending.add(dimension_id)
        self.focus_dimension = dimension_id
        if not self._frame.isActive():
            self._frame.start()

    def _flush(self) -> None:
        self._frame.stop()
        pending, self._pending = self._pending, set()
        if not pending or not self.round_id:
            return
        for row, dim in enumerate(self.controller.session.dimensions):
            if dim.id in pending:
                self._refresh_row(row, dim.id)
        self._refresh_focus()

    def refresh_dimension(self, round_id: str, dimension_id: str) -> None:
        """Redraw one dimension now (a committed change)."""
        if round_id not in (self.round_id, self.compare_round_id) or not self.round_id:
            return
        self._pending.add(dimension_id)
        self.focus_dimension = dimension_id
        self._flush()

    def _set_cell(self, row: int, col: int, text: str, background: QColor | None = None) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, col, item)
        item.setText(text)
        item.setBackground(background if background is not None else QColor(0, 0, 0, 0))

    def _refresh_row(self, row: int, dimension_id: str) -> None:
        session = self.controller.session
        s = self.controller.stats(self.round_id, dimension_id)
        self._set_cell(row, 0, session.dimension(dimension_id).name)
        self._set_cell(row, 1, str(s.n))
        self._set_cell(row, 2, fmt(s.median))
        self._set_cell(row, 3, fmt(s.rwg, 2))
        self._set_cell(row, 4, band_text(s.band), BAND_BACKGROUND.get(s.band) if s.band else None)
        if self.compare_round_id:
            before = self.controller.stats(self.compare_round_id, dimension_id)
            if before.median is None or s.median is None:
                self._set_cell(row, 5, "\u2013")
                self._set_cell(row, 6, "\u2013")
            else:
                gap = s.median - before.median
                self._set_cell(row, 5, f"{gap:+.0f}")
                self._set_cell(row, 6, tr(classify_gap(gap).title))

    def _refresh_focus(self) -> None:
        session = self.controller.session
        dim_id = self.focus_dimension
        if not dim_id or not self.round_id:
            return
        stats = self.controller.stats(self.round_id, dim_id)
        name = session.dimension(dim_id).name
        round_name = session.round(self.round_id).name
        self.headline.setText(f"{name} \u00b7 {round_name}")
        values = {
            "n": tr("{0} of {1}").format(stats.n, len(session.teams)),
            "mean": fmt(stats.mean),
            "median": fmt(stats.median),
            "sd": fmt(stats.sd, 1),
            "iqr": fmt(stats.iqr),
            "rwg": fmt(stats.rwg, 2),
            "consensus": fmt(stats.consensus, 2),
            "band": band_text(stats.band),
        }
        for key, text in values.items():
            self.figure_labels[key].setText(text)
        positions, colours = self._points(self.round_id, dim_id)
        self.chart.show_round(1, positions, colours, stats)
        if self.compare_round_id:
            before_pos, before_col = self._points(self.compare_round_id, dim_id)
            before = describe(before_pos)
            self.chart.show_round(0, before_pos, ["#B8BFC6"] * len(before_pos), before)
            self.chart.show_gap(before.median, stats.median)
        else:
            self.chart.clear_round(0)
            self.chart.show_gap(None, None)

    def _points(self, round_id: str, dimension_id: str) -> tuple[list[float], list[str]]:
        positions, colours = [], []
        for team in self.controller.session.teams:
            pos = self.controller.position(round_id, dimension_id, team.id)
            if pos is not None:
                positions.append(pos)
                colours.append(team.colour)
        return positions, colours

    def _table_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            dims = self.controller.session.dimensions
            self.set_focus_dimension(dims[rows[0].row()].id)

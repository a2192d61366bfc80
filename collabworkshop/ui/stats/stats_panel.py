"""Live aggregation beside the board.

Top: the dimension in focus with all its figures (n, mean, median, SD,
quartiles and IQR, min-max, rwg, consensus, agreement band) and the round's
most divergent dimension. Middle, in tabs: the spread of every dimension
(strip plots, with the compare round and gap arrows), the profile across the
characteristics (one line per round), the figures per team (participant
mode: over each team's participants), and every pair of teams and of
organisations 25 points or more apart. Bottom: a table of every dimension.

While a token is dragged the controller emits ``placement_previewed``; the
panel redraws at most once per display frame (``FRAME_MS``), and then only
the dimensions that changed, reusing cached statistics for the rest. Tabs
that are not shown are brought up to date when they are opened.

The two charts (pyqtgraph plots, the costliest part of the panel to make
and to lay out) are made when they first come into view: the spread when
the panel is shown with its tab open, the profile when its tab is opened,
or either when asked for (:attr:`StatsPanel.spread`,
:attr:`StatsPanel.profile`). A page whose statistics are collapsed to the
board's strip (a narrow window) never makes them (issue 15).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...analysis.stats import (
    AgreementBand,
    DimensionStats,
    PerceptionGap,
    characteristic_ids,
    classify_gap,
    describe,
    gap_round_label,
    gap_rounds,
    gap_text,
    most_divergent,
    perception_gaps,
    rwg_text,
    step_gap_rounds,
    team_figures,
)
from ...common.i18n import QT_TRANSLATE_NOOP, context
from ...controller.session_controller import SessionController
from ...model import Part
from ...model.session import GapPlacement
from ...session import ChangeRecord, Origin
from ..common.frame import READING_MS, FrameCoalescer, pointer_pacer
from . import FLAG

if TYPE_CHECKING:
    from .charts import ProfileChart, SpreadChart

BAND_MARK = {AgreementBand.ALIGNED: "\u25cf", AgreementBand.MIXED: "\u25d0", AgreementBand.DIVIDED: "\u25cb"}
BAND_BACKGROUND = {
    AgreementBand.ALIGNED: QColor("#DCEFE6"),
    AgreementBand.MIXED: QColor("#FFF1CC"),
    AgreementBand.DIVIDED: QColor("#F9DCD2"),
}
DASH = "\u2013"

#: Shortest interval between two redraws of the panel while dragging (ms).
FRAME_MS = 16

STYLE = """
QTabWidget#statsTabs QTabBar::tab { font-size: 11pt; padding: 6px 12px; }
QTabWidget#statsTabs QTabBar::tab:selected { font-weight: bold; }
QLabel#statsLegend { font-size: 10pt; color: #3D4650; }
QLabel#statsDivergent { font-size: 11pt; color: #1B1F24; }
QTableWidget#teamTable, QTableWidget#gapTable { font-size: 10pt; }
QLabel#figureValue[small="true"] { font-size: 14pt; }
"""


tr = context("StatsPanel")


def fmt(value: float | None, digits: int = 0) -> str:
    return DASH if value is None else f"{value:.{digits}f}"


def fmt_range(low: float | None, high: float | None) -> str:
    return DASH if low is None or high is None else f"{low:.0f}\u2013{high:.0f}"


def band_text(band: AgreementBand | None) -> str:
    """Band as symbol and word, so colour is never the only cue."""
    if band is None:
        return tr("too few to tell")
    return f"{BAND_MARK[band]} {band.title}"


class GapModel(QAbstractTableModel):
    """Every pair 25 points or more apart, as a read-only table. A model, not
    a QTableWidget: with many teams the pairs run into thousands, and a view
    only asks for the rows in sight."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("StatsPanel", "Points"),
        QT_TRANSLATE_NOOP("StatsPanel", "Dimension"),
        QT_TRANSLATE_NOOP("StatsPanel", "Further right"),
        QT_TRANSLATE_NOOP("StatsPanel", "Further left"),
        QT_TRANSLATE_NOOP("StatsPanel", "Between"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section])  # i18n: looked up
        return None


def _is_number(text: str) -> bool:
    return text == DASH or text.replace("\u2013", "").replace(".", "").replace("+", "").replace("-", "").isdigit()


class _FittedTable(QTableWidget):
    """A table that asks for the height of all its rows (its maximum height),
    and can be squeezed down to its minimum on a short screen."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(self.maximumHeight(), 2000))


def _table(name: str, accessible: str, table: QTableView | None = None) -> QTableWidget:
    table = table if table is not None else QTableWidget()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.verticalHeader().hide()
    return table


class StatsPanel(QWidget):
    #: The figures of the dimension in focus were redrawn (a preview or a
    #: drop included): the board's collapsed summary strip follows them.
    focus_refreshed = Signal()

    #: The table's columns: the first five (and Gap, Size on steps with a
    #: compare round) come first, the rest to the right.
    COLUMNS = (
        QT_TRANSLATE_NOOP("StatsPanel", "Dimension"),
        QT_TRANSLATE_NOOP("StatsPanel", "n"),
        QT_TRANSLATE_NOOP("StatsPanel", "Median"),
        QT_TRANSLATE_NOOP("StatsPanel", "rwg"),
        QT_TRANSLATE_NOOP("StatsPanel", "Agreement"),
    )
    GAP_COLUMNS = (QT_TRANSLATE_NOOP("StatsPanel", "Gap"), QT_TRANSLATE_NOOP("StatsPanel", "Size"))
    MORE_COLUMNS = (
        QT_TRANSLATE_NOOP("StatsPanel", "Mean"),
        QT_TRANSLATE_NOOP("StatsPanel", "SD"),
        QT_TRANSLATE_NOOP("StatsPanel", "Q1\u2013Q3"),
        QT_TRANSLATE_NOOP("StatsPanel", "IQR"),
        QT_TRANSLATE_NOOP("StatsPanel", "Min\u2013max"),
        QT_TRANSLATE_NOOP("StatsPanel", "Consensus"),
    )
    FIGURES = (
        ("n", QT_TRANSLATE_NOOP("StatsPanel", "n")),
        ("mean", QT_TRANSLATE_NOOP("StatsPanel", "Mean")),
        ("median", QT_TRANSLATE_NOOP("StatsPanel", "Median")),
        ("sd", QT_TRANSLATE_NOOP("StatsPanel", "SD")),
        ("iqr", QT_TRANSLATE_NOOP("StatsPanel", "IQR")),
        ("quartiles", QT_TRANSLATE_NOOP("StatsPanel", "Q1\u2013Q3")),
        ("range", QT_TRANSLATE_NOOP("StatsPanel", "Min\u2013max")),
        ("rwg", QT_TRANSLATE_NOOP("StatsPanel", "rwg")),
        ("consensus", QT_TRANSLATE_NOOP("StatsPanel", "Consensus")),
        ("band", QT_TRANSLATE_NOOP("StatsPanel", "Agreement")),
    )

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.round_id = ""
        self.compare_round_id = ""
        self.focus_dimension = controller.session.dimensions[0].id if controller.session.dimensions else ""
        # The panel's style sheet is set when it is first shown: a widget
        # with a style sheet of its own is styled again, children and all,
        # each time it is put into another (the page puts it into three as
        # it is made, a third of making the page; issue 15).
        self._styled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        self.headline = QLabel()
        self.headline.setObjectName("statsHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # dimension and round names are user text
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's text
        layout.addWidget(self.headline)

        figures = QFrame()
        figures.setObjectName("statsFigures")
        grid = QGridLayout(figures)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        self.figure_labels: dict[str, QLabel] = {}
        per_row = 5
        for i, (key, title) in enumerate(self.FIGURES):
            caption = QLabel(tr(title))  # i18n: looked up
            caption.setObjectName("figureCaption")
            value = QLabel(DASH)
            value.setObjectName("figureValue")
            value.setAccessibleName(tr(title))  # i18n: looked up
            if key in ("quartiles", "range", "band"):
                value.setProperty("small", True)
            grid.addWidget(caption, (i // per_row) * 2, i % per_row)
            grid.addWidget(value, (i // per_row) * 2 + 1, i % per_row)
            self.figure_labels[key] = value
        layout.addWidget(figures)

        self.divergent_label = QLabel()
        self.divergent_label.setObjectName("statsDivergent")
        self.divergent_label.setWordWrap(True)
        self.divergent_label.setTextFormat(Qt.TextFormat.RichText)
        self.divergent_label.setAccessibleName(tr("Most divergent dimension"))
        layout.addWidget(self.divergent_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("statsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(tr("Charts and breakdowns"))

        # The charts are made when they first come into view (or are asked
        # for): until then a plain widget holds each one's place.
        self._spread: SpreadChart | None = None
        self._profile: ProfileChart | None = None
        self._profile_args: tuple[list[tuple[str, str]], list[tuple[str, str]]] | None = None
        self._brushes: dict[str, QBrush] = {}  # one per colour, shared by every strip
        spread_page = QWidget()
        self._spread_layout = spread_layout = QVBoxLayout(spread_page)
        spread_layout.setContentsMargins(0, 4, 0, 0)
        self._spread_slot = QWidget()
        self._spread_slot.setMinimumHeight(200)  # the chart's own
        self._spread_slot.setAccessibleName(tr("Spread of every dimension"))
        spread_layout.addWidget(self._spread_slot, 1)
        self.legend = QLabel()
        self.legend.setObjectName("statsLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setAccessibleName(tr("Chart key"))
        spread_layout.addWidget(self.legend)
        self.tabs.addTab(spread_page, tr("&Spread"))
        self._spread_page = spread_page

        self._profile_slot = QWidget()
        self._profile_slot.setAccessibleName(tr("Profile across the characteristics, one line per round"))
        self.tabs.addTab(self._profile_slot, tr("P&rofile"))

        self.team_table = _table("teamTable", tr("Figures per team"))
        self.tabs.addTab(self.team_table, tr("&Teams"))

        self.gap_model = GapModel(self)
        self.gap_table = _table("gapTable", tr("Teams and organisations 25 points or more apart"), QTableView())
        self.gap_table.setModel(self.gap_model)
        self.gap_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.gap_table.horizontalHeader().setResizeContentsPrecision(40)  # thousands of pairs: sample
        self.tabs.addTab(self.gap_table, tr("&Gaps"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 3)

        self.table = _table("statsTable", tr("Statistics for every dimension"), _FittedTable())
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.itemSelectionChanged.connect(self._table_selected)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.table)

        # Which placement of Today and Needed the gaps use, where a round has
        # a re-placement: shown only then, on a step comparing the two.
        self.gap_placement_row = QWidget()
        row_layout = QHBoxLayout(self.gap_placement_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.gap_placement_label = QLabel(tr("Gaps &use:"))
        self.gap_placement_combo = QComboBox()
        self.gap_placement_combo.setObjectName("gapPlacement")
        self.gap_placement_combo.addItem(tr("the latest placement (after discussion)"), GapPlacement.LATEST.value)
        self.gap_placement_combo.addItem(tr("the first placement"), GapPlacement.FIRST.value)
        self.gap_placement_combo.setAccessibleName(tr("Placement the gaps use"))
        self.gap_placement_combo.setToolTip(tr(
            "Gaps, the plan and the reports compare Today and Needed; with a re-placement after discussion, "
            "choose which placement they use."))
        self.gap_placement_label.setBuddy(self.gap_placement_combo)
        row_layout.addWidget(self.gap_placement_label)
        row_layout.addWidget(self.gap_placement_combo, 1)
        self.gap_placement_combo.activated.connect(self._gap_placement_chosen)
        self.gap_placement_row.setVisible(False)
        layout.addWidget(self.gap_placement_row)
        #: (before, after) rounds of the Gap column: the step's compare round
        #: and round, or the session's gap rounds when the step compares its
        #: Today and Needed (see analysis.stats.step_gap_rounds).
        self._gap_pair: tuple[str, str] = ("", "")

        # Statistics per (round, dimension), and each placement's dot colour;
        # a change to one dimension recomputes that dimension only.
        self._stats: dict[tuple[str, str], DimensionStats] = {}
        self._points: dict[tuple[str, str], tuple[list[float], list]] = {}
        self._gaps: dict[tuple[str, str], list[PerceptionGap]] = {}
        self._gap_rows: dict[tuple[str, str], list[tuple[str, str, str, str, str, float]]] = {}
        self._brush_of: dict[str, object] = {}  # placer -> its team's brush
        self._stale_tabs: set[int] = set()
        #: Completed redraws (a frame's worth of changes, or a committed one):
        #: the tests count these to check that previews are coalesced.
        self.redraw_count = 0

        # A drag previews a position on every mouse move; the panel redraws at
        # most once per display frame (~60 Hz), and at once on a committed drop.
        self._pending: set[tuple[str, str]] = set()
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush_due)
        controller.placement_previewed.connect(self._schedule)
        # Phones' placements: the dimensions they touched, redrawn together (READING_MS).
        self._device_keys: set[tuple[str, str]] = set()
        self._device_frame = FrameCoalescer(self._refresh_device_keys, self, READING_MS)
        controller.changed.connect(self._changed)

    def _changed(self, record: ChangeRecord) -> None:
        if record.only(Part.PLACEMENTS):
            keys = sorted({k[:2] for k in record.keys_of(Part.PLACEMENTS) or ()})
            if record.origin is Origin.DEVICE:
                # Phones placing together: at most ten times a second, whatever came in meanwhile.
                self._device_keys.update(keys)
                self._device_frame.request()
                return
            # A drop (or its undo): redraw the rows of the tokens moved, at once.
            for round_id, dimension_id in keys:
                self.refresh_dimension(round_id, dimension_id)
        elif record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.ROUNDS, Part.SETTINGS):
            self._rebuild()  # settings: e.g. which placement the gaps use

    # -- configuration ---------------------------------------------------------------------
    def show_round(self, round_id: str, compare_round_id: str = "") -> None:
        self.round_id = round_id
        self.compare_round_id = compare_round_id
        self._rebuild()

    # -- the charts, made when they come into view ---------------------------------------------
    @property
    def spread(self) -> SpreadChart:
        """The spread chart, made now if it was not yet (with what the panel shows)."""
        if self._spread is None:
            self._make_spread()
        assert self._spread is not None
        return self._spread

    @property
    def chart(self) -> SpreadChart:
        """The spread chart under the name earlier versions used."""
        return self.spread

    @property
    def profile(self) -> ProfileChart:
        """The profile chart, made now if it was not yet (its tab then holds it)."""
        if self._profile is None:
            self._make_profile()
        assert self._profile is not None
        return self._profile

    @property
    def charts_made(self) -> tuple[bool, bool]:
        """Whether the spread and the profile chart have been made yet."""
        return self._spread is not None, self._profile is not None

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def _make_spread(self) -> None:
        from .charts import SpreadChart

        chart = SpreadChart()
        chart.setAccessibleName(self._spread_slot.accessibleName())
        self._spread_layout.replaceWidget(self._spread_slot, chart)
        self._spread_slot.hide()
        chart.show()  # a child added to a shown widget stays hidden until told
        self._spread_slot.deleteLater()
        self._spread = chart
        session = self.controller.session
        if not self.round_id:
            return
        # Laid out and drawn from what the table shows (the cached statistics).
        chart.set_dimensions([(d.id, d.name) for d in session.dimensions], bool(self.compare_round_id))
        chart.set_focus(self.focus_dimension)
        for dim in session.dimensions:
            self._draw_strips(dim.id)
        chart.set_divergent(most_divergent({d.id: self.stats_of(self.round_id, d.id) for d in session.dimensions}))

    def _draw_strips(self, dimension_id: str) -> None:
        """One dimension's strips and gap arrow in the spread chart (made)."""
        chart = self._spread
        if chart is None:
            return
        if self.compare_round_id:
            gap_before, gap_after = self._gap_pair
            start = self.stats_of(gap_before, dimension_id).median
            end = self.stats_of(gap_after, dimension_id).median
            before = self.stats_of(self.compare_round_id, dimension_id)
            positions, _ = self._points_of(self.compare_round_id, dimension_id)
            chart.show_strip(dimension_id, "compare", positions, [], before)
            chart.show_gap(dimension_id, start, end)
        positions, brushes = self._points_of(self.round_id, dimension_id)
        chart.show_strip(dimension_id, "current", positions, brushes, self.stats_of(self.round_id, dimension_id))

    def _make_profile(self) -> None:
        from .charts import ProfileChart

        chart = ProfileChart()
        chart.setAccessibleName(self._profile_slot.accessibleName())
        tabs = self.tabs
        index = tabs.indexOf(self._profile_slot)
        current = tabs.currentIndex()
        tabs.blockSignals(True)
        try:
            text = tabs.tabText(index)
            tabs.removeTab(index)
            tabs.insertTab(index, chart, text)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
        self._profile_slot.deleteLater()
        self._profile = chart
        if self._profile_args is not None:
            chart.set_layout(*self._profile_args)
            if self.round_id:
                self._refresh_profile()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._profile_slot and self._profile is None:
            self._make_profile()  # its lines are drawn there
            self._stale_tabs.discard(index)
        self._charts_into_view()
        self._refresh_tab()

    def _charts_into_view(self) -> None:
        """Make the spread chart once the panel is shown with its tab open."""
        if self._spread is None and self.isVisible() and self.tabs.currentWidget() is self._spread_page:
            self._make_spread()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.ensure_styled()
        super().showEvent(event)
        self._charts_into_view()

    def ensure_styled(self) -> None:
        """The panel's own style sheet (fonts of the tabs, figures, legend)."""
        if not self._styled:
            self._styled = True
            self.setStyleSheet(STYLE)

    def set_focus_dimension(self, dimension_id: str) -> None:
        if dimension_id != self.focus_dimension:
            self.focus_dimension = dimension_id
            self._refresh_focus()
            if self._spread is not None:
                self._spread.set_focus(dimension_id)
            if self.tabs.currentWidget() is self.team_table:
                self._refresh_teams()

    def _rebuild(self) -> None:
        """Lay the panel out for the round (teams, rounds or dimensions changed)."""
        session = self.controller.session
        round_ids = {r.id for r in session.rounds}
        if self.round_id and self.round_id not in round_ids:
            self.round_id = ""
        if self.compare_round_id not in round_ids:
            self.compare_round_id = ""
        self._stats.clear()
        self._points.clear()
        self._gaps.clear()
        self._gap_rows.clear()
        self._pending.clear()
        if not self.round_id:
            return
        dims = [d.id for d in session.dimensions]
        if self.focus_dimension not in dims:
            self.focus_dimension = dims[0] if dims else ""
        self._brush_of = {p: self._brush(colour) for p, colour in self._placer_colours().items()}
        compare = self.compare_round_id

        columns = [tr(c) for c in self.COLUMNS]  # i18n: looked up
        if compare:
            columns += [tr(c) for c in self.GAP_COLUMNS]  # i18n: looked up
        columns += [tr(c) for c in self.MORE_COLUMNS]  # i18n: looked up
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(session.dimensions))
        # Columns sized once per layout, not on every change: ResizeToContents
        # would measure every cell again at each drag step.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        if self._spread is not None:
            self._spread.set_dimensions([(d.id, d.name) for d in session.dimensions], bool(compare))
            self._spread.set_focus(self.focus_dimension)
        current = session.round(self.round_id).name
        rounds = [(r.id, r.name) for r in session.rounds]
        names = {d.id: d.name for d in session.dimensions}
        self._profile_args = ([(d, names[d]) for d in characteristic_ids(session)], rounds)
        if self._profile is not None:
            self._profile.set_layout(*self._profile_args)
        self._update_gap_pair()
        if compare:
            before = session.round(compare).name
            self.legend.setText(tr(
                "\u25cb {0} (hollow) \u00b7 \u25cf {1} \u00b7 \u25c6 mean \u00b7 \u2503 median \u00b7 "
                "\u25ad middle half (IQR) \u00b7 \u2192 gap {2} to {3}, in points").format(
                    before, current, *self._gap_labels()))
        else:
            self.legend.setText(tr(
                "\u25cf one dot per placement \u00b7 \u25c6 mean \u00b7 \u2503 median \u00b7 "
                "\u25ad middle half (IQR) \u00b7 {0} dashed outline: most divergent").format(FLAG.strip()))
        self.refresh_all()
        self._size_columns()
        self._fit_table_height()

    def _size_columns(self) -> None:
        """Fit the columns once per layout, leaving room for wider figures to
        come during a drag. The dimension names are whole (a cut name
        cannot be read); the table scrolls sideways to the rest."""
        table = self.table
        table.resizeColumnsToContents()
        metrics = table.fontMetrics()
        for c in range(1, table.columnCount()):
            table.setColumnWidth(c, max(table.columnWidth(c), metrics.horizontalAdvance("+100") + 14))
        table.setColumnWidth(0, max(table.columnWidth(0), 110))

    def _fit_table_height(self) -> None:
        """Every dimension's row in view where there is room; on a short
        screen the table gives way (down to three rows, then it scrolls)
        before the charts do."""
        table = self.table
        row_height = table.fontMetrics().height() + 12
        table.verticalHeader().setDefaultSectionSize(row_height)
        for r in range(table.rowCount()):
            table.setRowHeight(r, row_height)
        chrome = (table.horizontalHeader().sizeHint().height() + table.horizontalScrollBar().sizeHint().height()
                  + 2 * table.frameWidth() + 2)
        table.setMaximumHeight(chrome + row_height * table.rowCount())
        table.setMinimumHeight(chrome + row_height * min(3, table.rowCount()))

    def _placer_colours(self) -> dict[str, str]:
        """Each placer's dot colour, its team's (grey for a team not found),
        in placer order. One pass over the people: asking the session for
        each placer's team looked through all 500 of them for each."""
        session = self.controller.session
        colours = {t.id: t.colour for t in session.teams}
        team_of = {p.id: p.team_id for p in session.participants} if session.by_participant else None
        return {pid: colours.get(team_of.get(pid, "") if team_of is not None else pid, "#8A939C")
                for pid in session.placer_ids()}

    def _update_gap_pair(self) -> bool:
        """Work out the Gap column's rounds and show the placement choice
        where it matters; True when the rounds changed."""
        session = self.controller.session
        pair = ("", "")
        if self.round_id and self.compare_round_id:
            pair = step_gap_rounds(session, self.round_id, self.compare_round_id)
        changed = pair != self._gap_pair
        self._gap_pair = pair
        rounds = gap_rounds(session)
        relevant = (
            bool(self.compare_round_id)
            and rounds is not None
            and set(pair) <= {rounds.today, rounds.needed}
            and any(r.follows and not r.baseline for r in session.rounds)
        )
        self.gap_placement_row.setVisible(relevant)
        index = self.gap_placement_combo.findData(session.settings.gap_placement.value)
        if index >= 0 and index != self.gap_placement_combo.currentIndex():
            self.gap_placement_combo.setCurrentIndex(index)
        return changed

    def _gap_labels(self) -> tuple[str, str]:
        """Names of the Gap column's rounds: "Needed (After discussion)" for a re-placement."""
        session = self.controller.session
        rounds = gap_rounds(session)
        names = []
        for rid in self._gap_pair:
            base = rid
            if rounds is not None and rid == rounds.today:
                base = rounds.today_base
            elif rounds is not None and rid == rounds.needed:
                base = rounds.needed_base
            names.append(gap_round_label(session, base, rid))
        return names[0], names[1]

    def _gap_placement_chosen(self, index: int) -> None:
        self.controller.set_gap_placement(GapPlacement(self.gap_placement_combo.itemData(index)))

    def _watches(self, round_id: str) -> bool:
        return bool(self.round_id) and round_id in (self.round_id, self.compare_round_id, *self._gap_pair)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh_all(self) -> None:
        if not self.round_id:
            return
        self._update_gap_pair()
        self._stats.clear()
        self._points.clear()
        self._gaps.clear()
        self._gap_rows.clear()
        for row, dim in enumerate(self.controller.session.dimensions):
            self._refresh_dimension_now(row, dim.id)
        self._refresh_round()

    def _schedule(self, round_id: str, dimension_id: str) -> None:
        if not self._watches(round_id):
            return
        self._pending.add((round_id, dimension_id))
        self.focus_dimension = dimension_id
        if not self._frame.isActive():
            self._frame.start()

    def refresh_dimension(self, round_id: str, dimension_id: str) -> None:
        """Redraw one dimension now (a committed change)."""
        if self.round_id and self.compare_round_id and self._update_gap_pair():
            # A re-placement got its first token (or lost its last): the gaps
            # now come from another round.
            self.refresh_all()
            return
        if not self._watches(round_id):
            return
        self._pending.add((round_id, dimension_id))
        self.focus_dimension = dimension_id
        self._flush(committed=True)

    def _refresh_device_keys(self) -> None:
        keys, self._device_keys = sorted(self._device_keys), set()
        if self.round_id and self.compare_round_id and self._update_gap_pair():
            self.refresh_all()
            return
        watched = [key for key in keys if self._watches(key[0])]
        if watched:
            self._pending.update(watched)
            self.focus_dimension = watched[-1][1]
            self._flush(committed=True)

    def _flush_due(self) -> None:
        # The preview's frame: in the gap after the drag's move, not before the next.
        if not pointer_pacer().hold(self._flush):
            self._flush()

    def _flush(self, committed: bool = False) -> None:
        self._frame.stop()
        pending, self._pending = self._pending, set()
        if not pending or not self.round_id:
            return
        for key in pending:
            self._stats.pop(key, None)
            self._points.pop(key, None)
            self._gaps.pop(key, None)
            self._gap_rows.pop(key, None)
        changed = {dim for _, dim in pending}
        for row, dim in enumerate(self.controller.session.dimensions):
            if dim.id in changed:
                self._refresh_dimension_now(row, dim.id)
        self._refresh_round(live=not committed)
        self.redraw_count += 1

    def stats_of(self, round_id: str, dimension_id: str) -> DimensionStats:
        """describe() of a round's positions, a drag in progress included (cached)."""
        key = (round_id, dimension_id)
        stats = self._stats.get(key)
        if stats is None:
            stats = self._stats[key] = describe(self._points_of(round_id, dimension_id)[0])
        return stats

    def _points_of(self, round_id: str, dimension_id: str) -> tuple[list[float], list]:
        key = (round_id, dimension_id)
        points = self._points.get(key)
        if points is None:
            positions, brushes = [], []
            position = self.controller.position
            for placer, brush in self._brush_of.items():
                pos = position(round_id, dimension_id, placer)
                if pos is not None:
                    positions.append(pos)
                    brushes.append(brush)
            points = self._points[key] = (positions, brushes)
        return points

    def _refresh_dimension_now(self, row: int, dimension_id: str) -> None:
        """Table row and strips of one dimension."""
        session = self.controller.session
        s = self.stats_of(self.round_id, dimension_id)
        self._set_cell(row, 0, session.dimension(dimension_id).name)
        self._set_cell(row, 1, str(s.n))
        self._set_cell(row, 2, fmt(s.median))
        self._set_cell(row, 3, rwg_text(s.rwg, DASH))
        self._set_cell(row, 4, band_text(s.band), BAND_BACKGROUND.get(s.band) if s.band else None)
        col = len(self.COLUMNS)
        if self.compare_round_id:
            # The gap comes from the rounds the reports and the plan use
            # (step_gap_rounds), so the window says what they say.
            gap_before, gap_after = self._gap_pair
            start = self.stats_of(gap_before, dimension_id).median
            end = self.stats_of(gap_after, dimension_id).median
            if start is None or end is None:
                self._set_cell(row, col, DASH)
                self._set_cell(row, col + 1, DASH)
            else:
                gap = end - start
                self._set_cell(row, col, gap_text(gap, DASH))
                self._set_cell(row, col + 1, classify_gap(gap).title)
            col += len(self.GAP_COLUMNS)
        for offset, text in enumerate(
            (fmt(s.mean), fmt(s.sd, 1), fmt_range(s.q1, s.q3), fmt(s.iqr), fmt_range(s.minimum, s.maximum),
             rwg_text(s.consensus, DASH))
        ):
            self._set_cell(row, col + offset, text)
        self._draw_strips(dimension_id)

    def _refresh_round(self, live: bool = False) -> None:
        """What depends on the whole round: focus figures, most divergent, open tab.
        ``live``: a drag in progress; the list of perception gaps then waits
        for the drop (a list reshuffling at every frame cannot be read)."""
        self._refresh_focus()
        session = self.controller.session
        stats = {d.id: self.stats_of(self.round_id, d.id) for d in session.dimensions}
        divergent = most_divergent(stats)
        if self._spread is not None:
            self._spread.set_divergent(divergent)
        self._mark_divergent_row(divergent)
        round_name = html.escape(session.round(self.round_id).name)
        if divergent is None:
            self.divergent_label.setText(tr("Most divergent in {0}: needs two placements on a line.").format(
                round_name))
        elif stats[divergent].band is AgreementBand.ALIGNED:
            s = stats[divergent]
            self.divergent_label.setText(
                tr("{0} {1}: every dimension is aligned; the lowest rwg is <b>{2}</b>'s, {3}").format(
                    FLAG.strip(), round_name, html.escape(session.dimension(divergent).name), rwg_text(s.rwg))
            )
        else:
            s = stats[divergent]
            self.divergent_label.setText(
                tr("{0} Most divergent in {1}: <b>{2}</b> \u00b7 rwg {3} ({4}) \u00b7 SD {5:.0f}").format(
                    FLAG.strip(), round_name, html.escape(session.dimension(divergent).name), rwg_text(s.rwg),
                    s.band.title.lower() if s.band else DASH, s.sd)
            )
        self._stale_tabs = set(range(self.tabs.count()))
        self._refresh_tab(live)

    def _refresh_tab(self, live: bool = False) -> None:
        index = self.tabs.currentIndex()
        if index not in self._stale_tabs or not self.round_id:
            return
        if live and self.tabs.widget(index) is self.gap_table:
            return
        self._stale_tabs.discard(index)
        widget = self.tabs.widget(index)
        if widget is self._profile and widget is not None:
            self._refresh_profile()
        elif widget is self.team_table:
            self._refresh_teams()
        elif widget is self.gap_table:
            self._refresh_gaps()

    def _refresh_focus(self) -> None:
        session = self.controller.session
        dim_id = self.focus_dimension
        if not dim_id or not self.round_id:
            return
        stats = self.stats_of(self.round_id, dim_id)
        name = session.dimension(dim_id).name
        round_name = session.round(self.round_id).name
        self.headline.setText(f"{name} \u00b7 {round_name}")
        values = {
            "n": tr("{0} of {1}").format(stats.n, len(self._brush_of)),
            "mean": fmt(stats.mean),
            "median": fmt(stats.median),
            "sd": fmt(stats.sd, 1),
            "iqr": fmt(stats.iqr),
            "quartiles": fmt_range(stats.q1, stats.q3),
            "range": fmt_range(stats.minimum, stats.maximum),
            "rwg": rwg_text(stats.rwg, DASH),
            "consensus": rwg_text(stats.consensus, DASH),
            "band": band_text(stats.band),
        }
        for key, text in values.items():
            self.figure_labels[key].setText(text)
        if self._spread is not None:
            self._spread.set_focus(dim_id)
        self.focus_refreshed.emit()

    def _refresh_profile(self) -> None:
        session = self.controller.session
        dims = characteristic_ids(session)
        for rnd in session.rounds:
            self._profile.show_line(rnd.id, [self.stats_of(rnd.id, d).median for d in dims])

    def _refresh_teams(self) -> None:
        """Figures per team for the dimension in focus (participant mode: over
        each team's participants), with the compare round and the change."""
        session = self.controller.session
        dim_id = self.focus_dimension
        by_participant = session.by_participant
        current = session.round(self.round_id).name
        if by_participant:
            columns = [tr("Team"), tr("Organisation"), tr("n"), tr("Mean"), tr("Median"), tr("Min\u2013max")]
        else:
            columns = [tr("Team"), tr("Organisation"), current]
        figures = team_figures(session, self.round_id, dim_id, self.controller.position)
        before: dict[str, float | None] = {}
        if self.compare_round_id:
            name = session.round(self.compare_round_id).name
            columns += [tr("{0} mean").format(name) if by_participant else name, tr("Change")]
            before = {f.team_id: f.mean for f in team_figures(session, self.compare_round_id, dim_id,
                                                                self.controller.position)}
        table = self.team_table
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.setRowCount(len(figures))
        names = {t.id: t for t in session.teams}
        for row, f in enumerate(figures):
            team = names[f.team_id]
            cells = [team.name, team.organisation]
            if by_participant:
                cells += [str(f.n), fmt(f.mean), fmt(f.median), fmt_range(f.minimum, f.maximum)]
            else:
                cells.append(fmt(f.mean))
            if self.compare_round_id:
                then = before.get(f.team_id)
                change = None if then is None or f.mean is None else f.mean - then
                cells += [fmt(then), DASH if change is None else f"{change:+.0f}"]
            for col, text in enumerate(cells):
                self._set_cell(row, col, text, table=table)
        if table.property("columns") != columns:
            table.setProperty("columns", columns)
            table.resizeColumnsToContents()
        title = tr("Teams: {0}").format(session.dimension(dim_id).name) if dim_id else tr("Teams")
        table.setAccessibleDescription(title)

    def _gaps_of(self, round_id: str, dimension_id: str) -> list[PerceptionGap]:
        key = (round_id, dimension_id)
        gaps = self._gaps.get(key)
        if gaps is None:
            gaps = self._gaps[key] = perception_gaps(
                self.controller.session, round_id, dimension_id, self.controller.position
            )
        return gaps

    def gap_rows(self) -> list[tuple[str, str, str, str, str, float]]:
        """(round, dimension, level, further right, further left, points) for
        every pair of teams and of organisations 25 points or more apart in
        the shown rounds (a drag in progress included): per round, widest first."""
        session = self.controller.session
        rows = []
        for round_id in (self.round_id, self.compare_round_id):
            if not round_id:
                continue
            found = []
            for dim in session.dimensions:
                key = (round_id, dim.id)
                cached = self._gap_rows.get(key)
                if cached is None:
                    cached = self._gap_rows[key] = self._format_gaps(round_id, dim.id)
                found += cached
            found.sort(key=lambda row: -row[5])
            rows += found
        return rows

    def _format_gaps(self, round_id: str, dimension_id: str) -> list[tuple[str, str, str, str, str, float]]:
        session = self.controller.session
        names = {t.id: t.name for t in session.teams}
        round_name = session.round(round_id).name
        dim_name = session.dimension(dimension_id).name
        teams, orgs = tr("Teams"), tr("Organisations")
        out = []
        for g in self._gaps_of(round_id, dimension_id):
            a, b = (names[g.a], names[g.b]) if g.kind == "team" else (g.a, g.b)
            right, left = (a, b) if g.difference >= 0 else (b, a)
            out.append((round_name, dim_name, teams if g.kind == "team" else orgs, right, left, abs(g.difference)))
        return out

    def _refresh_gaps(self) -> None:
        rows = self.gap_rows()
        two_rounds = bool(self.compare_round_id)
        shown = [
            (gap_text(points, DASH, signed=False), f"{dim_name} ({round_name})" if two_rounds else dim_name, right,
             left, level)
            for round_name, dim_name, level, right, left, points in rows
        ]
        if not shown:
            shown = [("", tr("No two teams or organisations are 25 points or more apart."), "", "", "")]
        sized = self.gap_model.rowCount() > 1
        self.gap_model.set_rows(shown)
        if not sized or len(shown) <= 1:
            self.gap_table.resizeColumnsToContents()  # sampled rows only, see set-up
        index = self.tabs.indexOf(self.gap_table)
        self.tabs.setTabText(index, tr("&Gaps ({0})").format(len(rows)))

    def _mark_divergent_row(self, divergent: str | None) -> None:
        font = QFont(self.table.font())
        for row, dim in enumerate(self.controller.session.dimensions):
            item = self.table.item(row, 0)
            if item is None:
                continue
            flagged = dim.id == divergent
            item.setText((FLAG if flagged else "") + dim.name)
            font.setBold(flagged)
            item.setFont(font)
            item.setToolTip(tr("Most divergent dimension (lowest rwg)") if flagged else "")

    def _set_cell(self, row: int, col: int, text: str, background: QColor | None = None,
                  table: QTableWidget | None = None) -> None:
        table = table or self.table
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            if (col and table is self.table) or (table is not self.table and _is_number(text)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, col, item)
        if item.text() != text:
            item.setText(text)
        item.setBackground(background if background is not None else QColor(0, 0, 0, 0))

    def _table_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            dims = self.controller.session.dimensions
            self.set_focus_dimension(dims[rows[0].row()].id)

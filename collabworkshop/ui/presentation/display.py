"""The audience display: what the room sees on the projector.

A top-level window that follows the controller's signals (never the
console's widgets), so it always shows the session as it is: the current
step's title and prompt, the board large, the timer, and the aggregates
only once the round is revealed. Blackout blanks it. In presentation mode
(one screen) a small control strip runs along the bottom.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import Step, StepKind
from .aggregates import dimension_figures, no_placements
from .timer import TimerController, TimerWidget

#: The display keeps its own look, whatever the console's theme: projector-sized
#: type, dark ink on white (as the board is), black for blackout.
DISPLAY_STYLE = """
#displayContent { background: #FFFFFF; }
#displayContent QLabel { color: #1B1F24; }
QLabel#displayTitle { font-size: 30pt; font-weight: bold; }
QLabel#displayPrompt { font-size: 20pt; }
QLabel#displayHidden { font-size: 26pt; color: #3D4650; }
QLabel#displayAggregates { font-size: 15pt; }
#displayBlackout { background: #000000; }
#controlStrip { background: #26313B; }
#controlStrip QLabel { color: #FFFFFF; font-size: 12pt; }
"""


tr = context("AudienceDisplay")


def shows_board(step: Step | None) -> bool:
    return step is not None and step.kind in (StepKind.PLACE, StepKind.DISCUSS) and bool(step.round_id)


class AudienceDisplay(QWidget):
    """The public view of one session."""

    #: The control strip's buttons (presentation mode); the presenter acts on them.
    back_requested = Signal()
    next_requested = Signal()
    blackout_requested = Signal()
    exit_requested = Signal()
    closed = Signal()

    def __init__(self, controller: SessionController, timers: TimerController, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.timers = timers
        self.setObjectName("audienceDisplay")
        self.setWindowTitle(tr("Audience display \u2014 {0}").format(controller.title))
        self.setAccessibleName(tr("Audience display"))
        self._step_id = ""
        self._board_key: tuple | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # The content page.
        self.content = QWidget()
        self.content.setObjectName("displayContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(40, 24, 40, 16)
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("displayTitle")
        self.title_label.setWordWrap(True)
        head.addWidget(self.title_label, 1)
        self.timer_widget = TimerWidget(timers, large=True)
        head.addWidget(self.timer_widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("displayPrompt")
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)

        self.body = QStackedWidget()
        from ..board import DISPLAY, SpectrumBoard

        # The display's own size profile: projector-sized tokens and type,
        # names beside the line, no empty trays (docs/board.md).
        self.board = SpectrumBoard(profile=DISPLAY)
        self.board.setObjectName("displayBoard")
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the room watches; the console edits
        self.board.setFrameShape(SpectrumBoard.Shape.NoFrame)
        self.body.addWidget(self.board)
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("displayHidden")
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setWordWrap(True)
        self.body.addWidget(self.hidden_label)
        self.blank = QWidget()
        self.body.addWidget(self.blank)
        layout.addWidget(self.body, 1)

        self.aggregates = QLabel()
        self.aggregates.setObjectName("displayAggregates")
        self.aggregates.setWordWrap(True)
        layout.addWidget(self.aggregates)
        self.pages.addWidget(self.content)

        # Blackout: black, and nothing else.
        self.black = QWidget()
        self.black.setObjectName("displayBlackout")
        self.black.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.black.setAccessibleName(tr("Display blanked"))
        self.pages.addWidget(self.black)

        # The control strip for presentation mode on one screen.
        self.strip = QWidget()
        self.strip.setObjectName("controlStrip")
        self.strip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self.strip)
        row.setContentsMargins(8, 4, 8, 4)
        self.strip_back = QPushButton(tr("\u2190 Back"))
        self.strip_back.setAccessibleName(tr("Previous step"))
        self.strip_next = QPushButton(tr("Next \u2192"))
        self.strip_next.setAccessibleName(tr("Next step"))
        self.strip_timer = QPushButton(tr("Start/pause timer"))
        self.strip_blackout = QPushButton(tr("Blackout (B)"))
        self.strip_exit = QPushButton(tr("Exit (Esc)"))
        self.strip_exit.setAccessibleName(tr("Leave presentation mode"))
        self.strip_label = QLabel()
        for b in (self.strip_back, self.strip_next, self.strip_timer, self.strip_blackout):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the shortcuts
            row.addWidget(b)
        row.addWidget(self.strip_label, 1)
        self.strip_exit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.strip_exit)
        self.strip.setVisible(False)
        outer.addWidget(self.strip)
        self.strip_back.clicked.connect(self.back_requested)
        self.strip_next.clicked.connect(self.next_requested)
        self.strip_timer.clicked.connect(timers.toggle)
        self.strip_blackout.clicked.connect(self.blackout_requested)
        self.strip_exit.clicked.connect(self.exit_requested)

        self.setStyleSheet(DISPLAY_STYLE)
        controller.step_changed.connect(lambda _i: self.refresh())
        controller.agenda_changed.connect(self.refresh)
        controller.rounds_changed.connect(self.refresh)
        controller.teams_changed.connect(self._rebuild_board)
        controller.info_changed.connect(self.refresh)
        controller.placement_moved.connect(self._placement_moved)
        controller.settings_changed.connect(self.refresh)  # which placement the gaps use
        self.refresh()

    # -- state ----------------------------------------------------------------------------
    @property
    def blacked_out(self) -> bool:
        return self.pages.currentWidget() is self.black

    def set_blackout(self, on: bool) -> None:
        self.pages.setCurrentWidget(self.black if on else self.content)
        self.strip_blackout.setText(tr("Show (B)") if on else tr("Blackout (B)"))

    def set_strip_visible(self, on: bool) -> None:
        self.strip.setVisible(on)

    def current_step(self) -> Step | None:
        return self.controller.session.active_step()

    def round_hidden(self) -> bool:
        step = self.current_step()
        if not shows_board(step):
            return False
        try:
            return self.controller.session.round(step.round_id).hidden
        except KeyError:
            return False

    @property
    def aggregates_shown(self) -> bool:
        return not self.aggregates.isHidden() and bool(self.aggregates.text())

    # -- following the session ------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.controller.session
        step = self.current_step()
        self.setWindowTitle(tr("Audience display \u2014 {0}").format(self.controller.title))
        if step is None:
            self.title_label.setText(self.controller.title)
            self.prompt_label.setText("")
            self.body.setCurrentWidget(self.blank)
            self.aggregates.setText("")
            return
        self.title_label.setText(step.title)
        self.prompt_label.setText(step.prompt)
        self.prompt_label.setVisible(bool(step.prompt))
        total = len(session.steps)
        self.strip_label.setText(tr("  Step {0} of {1}").format(session.current_step + 1, total))
        if not shows_board(step):
            self._board_key = None
            self.body.setCurrentWidget(self.blank)
            self.aggregates.setText("")
            self.aggregates.setVisible(False)
            return
        if self.round_hidden():
            placed, possible = session.placed_count(step.round_id)
            self.hidden_label.setText(
                tr("Blind round: placements stay hidden until the facilitator reveals them.\n\n"
                   "{0} of {1} placed").format(placed, possible)
            )
            self.body.setCurrentWidget(self.hidden_label)
            self.aggregates.setText("")
            self.aggregates.setVisible(False)
            return
        key = (step.round_id, step.compare_round_id)
        if key != self._board_key:
            self._board_key = key
            self.board.board_scene.show_round(session, step.round_id, step.compare_round_id, editable=False)
            self.board.fit()
        self.body.setCurrentWidget(self.board)
        self._refresh_aggregates()

    def _rebuild_board(self) -> None:
        self._board_key = None
        self.refresh()

    def _placement_moved(self, round_id: str, dimension_id: str, _placer: str) -> None:
        step = self.current_step()
        if not shows_board(step):
            return
        if self.round_hidden():
            self.refresh()  # the "n of m placed" count
            return
        if self._board_key and round_id in self._board_key:
            self.board.board_scene.refresh_row(dimension_id)
        if self._board_key:
            self._refresh_aggregates()  # the gap may come from a re-placement round

    def _refresh_aggregates(self) -> None:
        step = self.current_step()
        session = self.controller.session
        cells = []
        for dim in session.dimensions:
            figures = dimension_figures(session, step, dim.id)
            cells.append(f"<b>{html.escape(dim.name)}</b>: {figures if figures is not None else no_placements()}")
        self.aggregates.setText("&nbsp;&nbsp;\u00b7&nbsp;&nbsp;".join(cells))
        self.aggregates.setVisible(bool(cells))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

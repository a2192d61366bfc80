"""The audience display: what the room sees on the projector.

A top-level window that follows the controller (its ``changed`` records and
the step it is on; never the console's widgets), so it always shows the
session as it is: the current step's title and prompt, the timer, and for
each kind of step a view sized for the back of the room (display_steps.py):
the frame, the board (each row's figures, median, rwg and gap, under the
dimension's name once revealed; during a blind round "n of m placed" and
who is still to place), the divergence and gaps, the
live vote tally, the agreed actions, the wrap-up, the review of statuses.
Blackout blanks it. In presentation mode (one screen) a small control strip
runs along the bottom.

It draws in the projector theme by default (high contrast; ``set_theme``).
Sizes follow the window: one unit is 1.0 at 1920x1080 and scales with the
screen (display_steps.unit_for).

Room for more: ``add_page`` puts another full page beside the content (a
join screen, say) and ``show_page`` shows it; ``add_corner_overlay`` keeps a
small widget in a corner of the content (a reminder), above the body.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
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
from ...model import Part, Step, StepKind
from ...session import ChangeRecord, Origin
from ..common.frame import READING_MS, FrameCoalescer
from ..common.themes import colours
from . import display_steps as views
from .aggregates import dimension_figure_parts, no_placements
from .join_screen import JoinScreen
from .timer import TimerController, TimerWidget

tr = context("AudienceDisplay")

#: The theme the room sees unless the facilitator picks another.
DISPLAY_THEME = "projector"


def shows_board(step: Step | None) -> bool:
    return step is not None and step.kind in (StepKind.PLACE, StepKind.DISCUSS) and bool(step.round_id)


def display_style(theme: str, unit: float = 1.0) -> str:
    """The display's colours from a theme's palette, and its text sizes in
    pixels at ``unit`` (so they scale with the screen)."""
    c = colours(theme)
    return views.size_rules(unit) + f"""
#displayContent {{ background: {c['window']}; }}
#displayContent QLabel {{ color: {c['text']}; }}
#displayContent QLabel[role="muted"] {{ color: {c['muted']}; }}
#displayContent QLabel#actionDetail {{ padding-bottom: {views.px(views.DETAIL_GAP, unit)}px; }}
#displayBlackout {{ background: #000000; }}
#controlStrip {{ background: #26313B; }}
#controlStrip QLabel {{ color: #FFFFFF; }}
"""


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
        #: The rounds the board shows; None: its rows are to be made anew. A
        #: display nobody sees does no board work (a large room's rebuild,
        #: phones' placements): it drops the key and catches up in showEvent.
        self._board_key: tuple | None = None
        # Every row's figures and the discuss step's lines after phones'
        # placements: at most ten times a second (each row's own figures
        # follow its redraw).
        self._figures_soon = FrameCoalescer(self._refresh_all_figures, self, READING_MS)
        self.unit = 1.0
        self.theme = DISPLAY_THEME
        self._overlays: list[tuple[QWidget, Qt.Corner]] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # The content page.
        self.content = QWidget()
        self.content.setObjectName("displayContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.content_layout = layout = QVBoxLayout(self.content)
        head = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("displayTitle")
        self.title_label.setWordWrap(True)
        views.mark_size(self.title_label, views.TITLE_PX, bold=True)
        head.addWidget(self.title_label, 1)
        self.timer_widget = TimerWidget(timers, large=True)
        head.addWidget(self.timer_widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("displayPrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setProperty("role", "muted")
        views.mark_size(self.prompt_label, views.TEXT_PX)
        layout.addWidget(self.prompt_label)

        self.body = QStackedWidget()
        from ..board import DISPLAY, SpectrumBoard

        # The display's own size profile: projector-sized tokens and type,
        # names beside the line, no empty trays (docs/board.md).
        self.board = SpectrumBoard(profile=DISPLAY)
        self.board.setObjectName("displayBoard")
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the room watches; the console edits
        self.board.setFrameShape(SpectrumBoard.Shape.NoFrame)
        self.board.follows_theme = False  # the room sees the display's theme (set_theme)
        # Each row's figures (median, rwg, gap) under its name, on the board
        # itself: no paragraph of figures under it takes the board's height.
        self.board.board_scene.summary_source = self._row_figures
        # Phones placing: the room sees the swarm follow them ten times a
        # second (the console's board, every frame); a large room's
        # placements would otherwise have two boards redrawn per frame.
        self.board.board_scene.follow_devices_every(READING_MS)
        self.body.addWidget(self.board)
        # Blind round: the count and who is still to place.
        self.hidden_label = self.blind_view = views.BlindView()
        self.frame_view = views.FrameView()
        self.info_view = views.InfoView()
        self.vote_view = views.VoteView()
        self.plan_view = views.PlanView()
        self.wrapup_view = views.WrapupView()
        self.review_view = views.ReviewView()
        self.blank = QWidget()
        self.step_views: list[views.StepView] = [
            self.blind_view, self.frame_view, self.info_view, self.vote_view, self.plan_view,
            self.wrapup_view, self.review_view,
        ]
        for view in self.step_views:
            self.body.addWidget(view)
        self.body.addWidget(self.blank)
        layout.addWidget(self.body, 1)

        self.discuss_strip = views.DiscussStrip()
        layout.addWidget(self.discuss_strip)
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

        self.set_theme(DISPLAY_THEME)
        self._apply_unit(1.0)
        # Phones (join_screen.py): the join page and the corner reminder, idle until joining is on.
        self.join = JoinScreen(self)
        controller.step_changed.connect(lambda _i: self.refresh())
        controller.changed.connect(self._changed)
        self.refresh()

    # -- room for other parts: pages and corner overlays ----------------------------------------
    def add_page(self, widget: QWidget) -> int:
        """Another full page beside the content (e.g. a join screen)."""
        return self.pages.addWidget(widget)

    def show_page(self, widget: QWidget | None = None) -> None:
        """Show a page added with :meth:`add_page`; None: back to the content."""
        self.pages.setCurrentWidget(widget if widget is not None else self.content)

    def add_corner_overlay(self, widget: QWidget, corner: Qt.Corner = Qt.Corner.BottomRightCorner) -> None:
        """Keep ``widget`` in a corner of the content, above the body."""
        widget.setParent(self.content)
        self._overlays.append((widget, corner))
        widget.show()
        self._place_overlays()

    def _place_overlays(self) -> None:
        margin = views.px(16, self.unit)
        area = self.content.rect()
        for widget, corner in self._overlays:
            widget.adjustSize()
            size = widget.size()
            left = corner in (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner)
            top = corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)
            x = margin if left else area.width() - size.width() - margin
            y = margin if top else area.height() - size.height() - margin
            widget.move(QPoint(x, y))
            widget.raise_()

    # -- look -----------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """Colours from a theme (the projector theme unless changed)."""
        from ..board.style import board_palette

        self.theme = theme
        self.setStyleSheet(display_style(theme, self.unit))
        c = colours(theme)
        for _name, bar, _count in self.vote_view.rows.values():
            bar.set_colours(c["accent"], c["text"], c["on_accent"])
        self.board.board_scene.set_colours(board_palette(theme))
        self._board_key = None
        self.refresh()

    def _apply_unit(self, unit: float) -> None:
        self.unit = unit
        self.setStyleSheet(display_style(self.theme, unit))
        # Narrow margins: the board takes the room's screen edge to edge.
        margin = views.px(24, unit)
        self.content_layout.setContentsMargins(margin, views.px(12, unit), margin, views.px(10, unit))
        self.content_layout.setSpacing(views.px(8, unit))
        for view in [*self.step_views, self.discuss_strip]:
            view.set_unit(unit)
        self.timer_widget.set_scale(unit)

    def showEvent(self, event) -> None:
        self.refresh()  # what changed while nobody saw it
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        unit = views.unit_for(self.width(), self.height())
        if abs(unit - self.unit) > 1e-3:
            self._apply_unit(unit)
        self._place_overlays()

    # -- state ----------------------------------------------------------------------------
    @property
    def blacked_out(self) -> bool:
        return self.pages.currentWidget() is self.black

    def set_blackout(self, on: bool) -> None:
        self.pages.setCurrentWidget(self.black if on else self.join.lit_page())
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

    def figures_text(self) -> str:
        """What the room reads of the figures: each dimension's name and
        its row's summary on the board ("Integration: median 70.0, rwg 0.96
        aligned, gap +48.0 major"), in plain text; "" while the board is not
        shown (a blind round, a step without a board)."""
        if self.body.currentWidget() is not self.board or self.round_hidden():
            return ""
        scene = self.board.board_scene
        session = self.controller.session
        out = []
        for dim in session.dimensions:
            row = scene._rows.get(dim.id)
            if row is not None and row.summary is not None and row.summary.isVisible():
                out.append(f"{dim.name}: {row.summary.text()}")
        return "  \u00b7  ".join(out)

    @property
    def aggregates_shown(self) -> bool:
        """Whether the room sees every dimension's figures (on the board's rows)."""
        return bool(self.figures_text())

    def _row_figures(self, dimension_id: str) -> list[str] | None:
        """A board row's summary on the display: the dimension's median,
        rwg with its band and gap with its class (as the console's
        aggregates word them), or "no placements yet"."""
        step = self.current_step()
        if not shows_board(step):
            return None
        return dimension_figure_parts(self.controller.session, step, dimension_id) or [no_placements()]

    def current_view(self) -> QWidget | None:
        """The body's page for the current step (the board, or a step view)."""
        return self.body.currentWidget()

    # -- following the session ------------------------------------------------------------------
    def _changed(self, record: ChangeRecord) -> None:
        if record.touches(Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self._board_key = None  # the placers may have changed
            self.refresh()
        elif record.touches(Part.STEPS, Part.ROUNDS, Part.INFO):
            self.refresh()
        elif record.touches(Part.PLACEMENTS):
            self._placements_changed(record.keys_of(Part.PLACEMENTS), soon=record.origin is Origin.DEVICE)
        if record.touches(Part.VOTES, Part.ACTIONS):
            self._refresh_view()

    def refresh(self) -> None:
        session = self.controller.session
        step = self.current_step()
        self.setWindowTitle(tr("Audience display \u2014 {0}").format(self.controller.title))
        self.discuss_strip.setVisible(False)
        if step is None:
            self.title_label.setText(self.controller.title)
            self.prompt_label.setText("")
            self.body.setCurrentWidget(self.blank)
            return
        self.title_label.setText(step.title)
        total = len(session.steps)
        self.strip_label.setText(tr("  Step {0} of {1}").format(session.current_step + 1, total))
        view = self._view_for(step)
        # The frame and the information steps say their prompt in the body;
        # the wrap-up's three headings answer it (and its list needs the
        # room), as the discuss step's lines under the board do (the most
        # divergent dimension, the largest gaps: the board keeps the height).
        self.prompt_label.setText(step.prompt)
        answered = step.kind is StepKind.DISCUSS and view is self.board
        self.prompt_label.setVisible(bool(step.prompt) and not answered
                                     and view not in (self.frame_view, self.info_view, self.wrapup_view))
        if view is not self.board:
            self._board_key = None
            self.body.setCurrentWidget(view)
            self._refresh_view()
            return
        self.body.setCurrentWidget(self.board)
        if not self.isVisible():
            self._board_key = None  # shown again: its rows anew
            return
        key = (step.round_id, step.compare_round_id)
        if key != self._board_key:
            self._board_key = key
            self.board.board_scene.show_round(session, step.round_id, step.compare_round_id, editable=False)
            self.board.fit()
        else:
            self._refresh_summaries()  # the same rows; the figures may come from another step's rounds
        self.body.setCurrentWidget(self.board)
        self._refresh_figures()

    def _view_for(self, step: Step) -> QWidget:
        session = self.controller.session
        if shows_board(step):
            return self.blind_view if self.round_hidden() else self.board
        kind = step.kind
        if kind is StepKind.INFO:
            return self.frame_view if views.is_frame(session, step) else self.info_view
        return {
            StepKind.VOTE: self.vote_view,
            StepKind.PLAN: self.plan_view,
            StepKind.WRAPUP: self.wrapup_view,
            StepKind.REVIEW: self.review_view,
        }.get(kind, self.blank)

    def _refresh_view(self) -> None:
        view = self.body.currentWidget()
        step = self.current_step()
        if isinstance(view, views.StepView) and step is not None:
            view.show_step(self.controller.session, step)

    def _placements_changed(self, keys, soon: bool = False) -> None:
        step = self.current_step()
        if not shows_board(step):
            return
        if self.round_hidden():
            self._refresh_view()  # the "n of m placed" count and who is still to place
            return
        if not self.isVisible():
            self._board_key = None  # showEvent brings the rows up to date
            return
        if not self._board_key:
            return
        dims = {d for r, d, _p in keys if r in self._board_key} if keys is not None else None
        scene = self.board.board_scene
        for dim in (dims if dims is not None else [d.id for d in self.controller.session.dimensions]):
            # Phones placing together: each row once per frame (SpectrumScene.refresh_row_soon).
            if soon:
                scene.refresh_row_soon(dim)
            else:
                scene.refresh_row(dim)
        if soon:
            # Phones placing: the figures people read, ten times a second.
            self._figures_soon.request()
            return
        if dims is not None:
            # The gap may come from a re-placement round: every row's figures again.
            self._refresh_summaries()
        self._refresh_figures()

    def _refresh_all_figures(self) -> None:
        if not self.isVisible() or not self._board_key:
            return
        self._refresh_summaries()
        self._refresh_figures()

    def _refresh_summaries(self) -> None:
        """Every row's figures on the board, from the session as it is now."""
        scene = self.board.board_scene
        for dim in self.controller.session.dimensions:
            scene._apply_summary_source(dim.id)

    def _refresh_figures(self) -> None:
        """Under the board on a discuss step: the most divergent dimension
        and the largest gaps (each row's figures are on the board)."""
        step = self.current_step()
        if step is not None and step.kind is StepKind.DISCUSS:
            self.discuss_strip.show_step(self.controller.session, step)
            self.discuss_strip.setVisible(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


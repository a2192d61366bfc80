"""The workshop in progress: the step list, the current step's page and the
Back/Next bar. Entry 0 of the list is the session set-up; entry i + 1 is
workshop step i."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import StepKind
from .pages import InfoPage, PlacePage, StepPage, WrapupPage
from .setup_page import SetupPage


class _PageStack(QStackedWidget):
    """A stack sized by the page on show, not by the largest page ever built:
    visiting the plan page must not make the set-up page's window wider."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    # The scroll area sizes the stack by its height for the width; the
    # stacked layout's own answer is the tallest page's (the set-up's),
    # which made a place page taller than the window and its board scroll
    # away under the Back/Next bar.
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.hasHeightForWidth() if page is not None else False

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


tr = context("WorkshopView")

#: Board pages kept built besides the one in view. Each holds a board of
#: every token of its round and the one compared (5,000 items for 500 people
#: on 5 lines), about 80 MB in a large room: a workshop of twenty place and
#: discuss steps kept them all, 1.7 GB. The most recently shown are kept,
#: so stepping back and forth stays instant; an older one is built again.
KEPT_BOARD_PAGES = 3
#: Idle this long after a step switch, the window collects its garbage
#: (see WorkshopView.__init__).
IDLE_COLLECT_MS = 1500


class WorkshopView(QWidget):
    export_pdf_requested = Signal()
    export_json_requested = Signal()
    save_requested = Signal()

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self._pages: dict[int, QWidget] = {}
        self._recent_boards: list[int] = []  # entries of built board pages, most recent last
        self._active: QWidget | None = None
        self._after_agenda: int | None = None  # entry to show after an agenda edit

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(tr("Workshop steps"))
        self.step_list.setFixedWidth(230)  # narrowed to its titles by _fill_list
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        right.setContentsMargins(12, 8, 12, 8)
        self.stack = _PageStack()
        # On a small screen (a 1024x768 projector, a 1366x768 laptop) the page
        # scrolls rather than pushing the window off the screen.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("pageScroller")
        self.scroller.setAccessibleName(tr("Step page"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        right.addWidget(self.scroller, 1)
        nav = QHBoxLayout()
        self.back_button = QPushButton(tr("\u2190 Back"))
        self.back_button.setAccessibleName(tr("Previous step"))
        self.back_button.setToolTip(tr("Previous step (Page Up)"))
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(tr("Next \u2192"))
        self.next_button.setAccessibleName(tr("Next step"))
        self.next_button.setToolTip(tr("Next step (Page Down)"))
        self.next_button.setDefault(False)
        nav.addWidget(self.back_button)
        nav.addWidget(self.step_label, 1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        outer.addLayout(right, 1)

        self._fill_list()
        self.step_list.currentRowChanged.connect(self._row_chosen)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        controller.step_changed.connect(self._step_changed)
        controller.agenda_changed.connect(self._agenda_changed)
        # Python's full garbage collection walks every object that lives
        # long (a large room's session, window and modules, and the kept
        # pages' marks: some 90,000): one that came due fell inside a step
        # switch every few switches (40-80 ms; issue 15). After a switch,
        # once the facilitator has paused, the window collects then, so the
        # next switch starts with the collector's count at zero.
        # A closing session's pages let go of their boards at once (as a
        # dropped page does), rather than leaving them to the collector.
        controller.closing.connect(self._release_pages)
        self._idle_collect = QTimer(self)
        self._idle_collect.setSingleShot(True)
        self._idle_collect.setInterval(IDLE_COLLECT_MS)
        self._idle_collect.timeout.connect(gc.collect)

    def _fill_list(self) -> None:
        self.step_list.clear()
        setup = QListWidgetItem(tr("Set-up"))
        setup.setToolTip(tr("Session facts and teams"))
        self.step_list.addItem(setup)
        for i, step in enumerate(self.controller.session.steps, start=1):
            self.step_list.addItem(QListWidgetItem(f"{i}. {step.title}"))
        # As wide as its longest title needs (every pixel it does not take
        # goes to the board), within 160..230 px; a longer title wraps.
        fm = self.step_list.fontMetrics()
        widest = max(fm.horizontalAdvance(self.step_list.item(i).text()) for i in range(self.step_list.count()))
        self.step_list.setFixedWidth(max(160, min(230, widest + 40)))
        self.step_list.setWordWrap(True)

    # -- agenda edits ------------------------------------------------------------------------
    def _agenda_changed(self) -> None:
        """Steps were added, removed, reordered or edited: rebuild the list and
        the step pages, staying on the step that was shown (by id) if it is
        still there, on the set-up if that was shown."""
        shown = self._active.step.id if isinstance(self._active, StepPage) else None
        if isinstance(self._active, StepPage):
            self._active.deactivate()
        self._active = None
        for entry in [e for e in self._pages if e > 0]:
            page = self._pages.pop(entry)
            self.stack.removeWidget(page)
            if isinstance(page, StepPage):
                page.release()
            page.deleteLater()
        steps = self.controller.session.steps
        self.step_list.blockSignals(True)
        self._fill_list()
        self.step_list.blockSignals(False)
        ids = [st.id for st in steps]
        if shown in ids:
            entry = ids.index(shown) + 1
        elif shown is None:
            entry = 0
        else:
            entry = self.controller.session.current_step + 1
        # The controller follows with step_changed(current_step): land on
        # ``entry`` instead, once, whatever index that signal carries.
        self._after_agenda = entry
        self.step_list.setCurrentRow(-1)
        self.show_entry(entry)
        if entry > 0:
            self.controller.set_step(entry - 1)

    def _step_changed(self, index: int) -> None:
        pending, self._after_agenda = self._after_agenda, None
        self.show_entry(pending if pending is not None else index + 1)

    # -- navigation ------------------------------------------------------------------------
    @property
    def current_entry(self) -> int:
        return self.step_list.currentRow()

    def show_entry(self, entry: int) -> None:
        entry = max(0, min(entry, self.step_list.count() - 1))
        if self.step_list.currentRow() != entry:
            self.step_list.setCurrentRow(entry)  # calls _row_chosen
        elif self._active is None:
            self._row_chosen(entry)

    def go_next(self) -> None:
        self.show_entry(self.current_entry + 1)

    def go_back(self) -> None:
        self.show_entry(self.current_entry - 1)

    def _row_chosen(self, entry: int) -> None:
        if entry < 0:
            return
        page = self._page(entry)
        if self._active is not None and self._active is not page and isinstance(self._active, StepPage):
            self._active.deactivate()
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()  # the new page's own minimum size applies
        self._active = page
        if isinstance(page, StepPage):
            page.activate()
        if isinstance(page, PlacePage):
            self._keep_board_page(entry)
        if entry >= 1:
            self.controller.set_step(entry - 1)
        steps = self.controller.session.steps
        total = len(steps)
        if entry == 0:
            self.step_label.setText(tr("Set-up"))
        else:
            self.step_label.setText(tr("Step {0} of {1}: {2}").format(entry, total, steps[entry - 1].title))
        self.back_button.setEnabled(entry > 0)
        self.next_button.setEnabled(entry < total)
        self._idle_collect.start()  # (again): after the switch, once the event loop has been idle a while

    def _release_pages(self) -> None:
        for page in self._pages.values():
            if isinstance(page, StepPage):
                page.release()

    def _keep_board_page(self, entry: int) -> None:
        """Note ``entry`` as the latest board page; drop the oldest beyond
        KEPT_BOARD_PAGES (never the page in view)."""
        recent = [e for e in self._recent_boards if e != entry and e in self._pages] + [entry]
        while len(recent) > KEPT_BOARD_PAGES + 1:
            old = recent.pop(0)
            page = self._pages.pop(old)
            self.stack.removeWidget(page)
            if isinstance(page, StepPage):
                page.release()
            page.deleteLater()
        self._recent_boards = recent

    def _page(self, entry: int) -> QWidget:
        page = self._pages.get(entry)
        if page is not None:
            return page
        if entry == 0:
            page = SetupPage(self.controller)
        else:
            step = self.controller.session.steps[entry - 1]
            if step.kind in (StepKind.PLACE, StepKind.DISCUSS) and step.round_id:
                # Made in the stack, not put into it: a page moved into
                # another widget is styled again with all its children.
                page = PlacePage(self.controller, step, self.stack)
            elif step.kind is StepKind.VOTE:
                from .vote_page import VotePage

                page = VotePage(self.controller, step)
            elif step.kind is StepKind.PLAN:
                from .plan_page import PlanPage

                page = PlanPage(self.controller, step)
            elif step.kind is StepKind.REVIEW:
                from .review_page import ReviewPage

                page = ReviewPage(self.controller, step)
            elif step.kind is StepKind.WRAPUP:
                page = WrapupPage(self.controller, step)
                page.export_pdf_requested.connect(self.export_pdf_requested)
                page.export_json_requested.connect(self.export_json_requested)
                page.save_requested.connect(self.save_requested)
            else:
                page = InfoPage(self.controller, step)
        self._pages[entry] = page
        self.stack.addWidget(page)
        return page

    def current_page(self) -> QWidget | None:
        return self._active

"""The workshop in progress: the step list, the current step's page and the
Back/Next bar. Entry 0 of the list is the session set-up; entry i + 1 is
workshop step i."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..controller import SessionController
from ..model import StepKind
from .pages import InfoPage, PlacePage, StepPage, WrapupPage
from .setup_page import SetupPage


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopView", text)


class WorkshopView(QWidget):
    export_pdf_requested = Signal()
    export_json_requested = Signal()
    save_requested = Signal()

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self._pages: dict[int, QWidget] = {}
        self._active: QWidget | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(tr("Workshop steps"))
        self.step_list.setFixedWidth(230)
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        right.setContentsMargins(12, 8, 12, 8)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
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
        controller.step_changed.connect(lambda i: self.show_entry(i + 1))
        controller.agenda_changed.connect(self._agenda_changed)

    def _fill_list(self) -> None:
        self.step_list.clear()
        setup = QListWidgetItem(tr("Set-up"))
        setup.setToolTip(tr("Session facts and teams"))
        self.step_list.addItem(setup)
        for i, step in enumerate(self.controller.session.steps, start=1):
            self.step_list.addItem(QListWidgetItem(f"{i}. {step.title}"))

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
        self._active = page
        if isinstance(page, StepPage):
            page.activate()
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

    def _page(self, entry: int) -> QWidget:
        page = self._pages.get(entry)
        if page is not None:
            return page
        if entry == 0:
            page = SetupPage(self.controller)
        else:
            step = self.controller.session.steps[entry - 1]
            if step.kind in (StepKind.PLACE, StepKind.DISCUSS) and step.round_id:
                page = PlacePage(self.controller, step)
            elif step.kind is StepKind.PLAN:
                from .plan_page import PlanPage

                page = PlanPage(self.controller, step)
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

    def _agenda_changed(self) -> None:
        """Steps added, removed or reordered (e.g. a re-placement round): list
        them again and build their pages afresh."""
        entry = self.current_entry
        for key in [k for k in self._pages if k != 0]:
            page = self._pages.pop(key)
            if page is self._active:
                if isinstance(page, StepPage):
                    page.deactivate()
                self._active = None
            self.stack.removeWidget(page)
            page.deleteLater()
        self.step_list.blockSignals(True)
        self._fill_list()
        entry = max(0, min(entry, self.step_list.count() - 1))
        self.step_list.setCurrentRow(entry)
        self.step_list.blockSignals(False)
        self._row_chosen(entry)

    def current_page(self) -> QWidget | None:
        return self._active

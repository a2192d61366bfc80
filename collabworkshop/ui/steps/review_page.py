"""The follow-up's "Review actions" step: the actions carried from the last
workshop, their status, owner and due date updated in the room, with counts,
and the trend since the baseline beside them.

Edits go through the controller (one undo step each), like the plan page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...model import ActionStatus
from ..stats.trend_view import TrendView
from .pages import StepPage
from .plan_page import ActionTableModel, action_table

tr = context("ReviewPage")


REVIEW_COLUMNS = ("title", "lever", "owner", "due", "status", "success_measure")


def status_counts(actions) -> dict[ActionStatus, int]:
    counts = {status: 0 for status in ActionStatus}
    for action in actions:
        if action.accepted:
            counts[action.status] += 1
    return counts


class ReviewPage(StepPage):
    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt_label())
        self.counts_label = QLabel()
        self.counts_label.setObjectName("reviewCounts")
        layout.addWidget(self.counts_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = ActionTableModel(controller, self, columns=REVIEW_COLUMNS, accepted_only=True)
        self.table = action_table(
            controller, self.model, "reviewTable", tr("Actions from the last workshop"),
            tr("Press F2 or start typing on a status, owner or due date to change it"),
        )
        header = self.table.horizontalHeader()
        widths = {"lever": 170, "owner": 150, "due": 110, "status": 120}
        for col, field in enumerate(REVIEW_COLUMNS):
            if field in widths:
                self.table.setColumnWidth(col, widths[field])
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        top_layout.addWidget(self.table)
        splitter.addWidget(top)

        self.trend = TrendView(controller)
        splitter.addWidget(self.trend)
        splitter.setSizes([360, 440])
        layout.addWidget(splitter, 1)

        controller.actions_changed.connect(self._update_counts)

    def activate(self) -> None:
        self._update_counts()
        self.table.resizeRowsToContents()
        self.trend.refresh()

    def _update_counts(self) -> None:
        counts = status_counts(self.controller.session.actions)
        total = sum(counts.values())
        if not total:
            self.counts_label.setText(tr("No actions were carried from the last workshop."))
            return
        self.counts_label.setText(
            tr("%n actions: {0} done, {1} in progress, {2} blocked, {3} not started", total).format(
                counts[ActionStatus.DONE],
                counts[ActionStatus.IN_PROGRESS],
                counts[ActionStatus.BLOCKED],
                counts[ActionStatus.NOT_STARTED],
            )
        )

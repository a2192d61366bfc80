"""The action plan step: generate from the results, then edit in a table.

Every edit goes through the controller as one undoable step; the table
model only reads the session and forwards ``setData``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from ..model import ACTION_EDIT_FIELDS, ActionStatus, Lever
from .pages import StepPage


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanPage", text)


HEADERS = {
    "title": "Action",
    "lever": "Lever",
    "why": "Why",
    "owner": "Owner",
    "due": "Due",
    "success_measure": "Success measure",
    "status": "Status",
}


class ActionTableModel(QAbstractTableModel):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        controller.actions_changed.connect(self._reset)
        controller.teams_changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.controller.session.actions)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(ACTION_EDIT_FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[ACTION_EDIT_FIELDS[section]])
        return str(section + 1)

    def action_at(self, row: int):
        return self.controller.session.actions[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self.action_at(index.row())
        field = ACTION_EDIT_FIELDS[index.column()]
        value = getattr(action, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if field == "lever":
                return value.label
            if field == "status":
                return tr(value.title)
            if field == "owner" and not value:
                return tr("(to assign)") if role == Qt.ItemDataRole.DisplayRole else ""
            return value
        if role == Qt.ItemDataRole.EditRole:
            if field in ("lever", "status"):
                return value.value
            return value
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action = self.action_at(index.row())
        field = ACTION_EDIT_FIELDS[index.column()]
        if field == "title" and not str(value).strip():
            return False  # an action needs a title; keep the old one
        self.controller.update_action(action.id, field, value)
        return True


class ActionDelegate(QStyledItemDelegate):
    """Combo boxes for lever, status and owner; a date picker for the due date."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller

    def createEditor(self, parent, option, index):
        field = ACTION_EDIT_FIELDS[index.column()]
        if field == "lever":
            combo = QComboBox(parent)
            for lever in Lever:
                combo.addItem(lever.label, lever.value)
            return combo
        if field == "status":
            combo = QComboBox(parent)
            for status in ActionStatus:
                combo.addItem(tr(status.title), status.value)
            return combo
        if field == "owner":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems([t.name for t in self.controller.session.teams])
            return combo
        if field == "due":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                editor.setCurrentText(value or "")
            else:
                editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            date = QDate.fromString(value or "", "yyyy-MM-dd")
            editor.setDate(date if date.isValid() else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText() if editor.isEditable() else editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        else:
            super().setModelData(editor, model, index)


class PlanPage(StepPage):
    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt_label())
        bar = QHBoxLayout()
        self.generate_button = QPushButton(tr("&Generate plan from results"))
        self.generate_button.setToolTip(
            tr("Suggest 3 to 7 actions from the gaps and agreement (replaces the current list; undo restores it)")
        )
        self.add_button = QPushButton(tr("&Add action"))
        self.remove_button = QPushButton(tr("&Remove action"))
        for button in (self.generate_button, self.add_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model = ActionTableModel(controller, self)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setAccessibleName(tr("Action plan"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ActionDelegate(controller, self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Free text shares the spare width; short fields keep a fixed one, so
        # every column fits a laptop screen without scrolling sideways.
        widths = {"title": 250, "lever": 170, "owner": 140, "due": 105, "status": 115}
        for col, field in enumerate(ACTION_EDIT_FIELDS):
            if field in widths:
                self.table.setColumnWidth(col, widths[field])
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        # Wrapped rows are measured against the current column widths: measure
        # again whenever a column changes width (stretching included) or the
        # rows change. (ResizeToContents on the vertical header would keep
        # the heights of the first, narrow layout.)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start(0))
        self.model.modelReset.connect(lambda: self._rows_timer.start(0))
        layout.addWidget(self.table, 1)

        self.generate_button.clicked.connect(self._generate)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        controller.actions_changed.connect(self._update_count)

    def activate(self) -> None:
        self._update_count()
        self._rows_timer.start(0)

    def _update_count(self) -> None:
        n = len(self.controller.session.actions)
        self.count_label.setText(tr("{0} actions").format(n) if n != 1 else tr("1 action"))
        self.remove_button.setEnabled(n > 0)

    def _generate(self) -> None:
        self.controller.generate_plan()

    def _add(self) -> None:
        self.controller.add_action()
        row = len(self.controller.session.actions) - 1
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.controller.remove_action(self.model.action_at(index.row()).id)

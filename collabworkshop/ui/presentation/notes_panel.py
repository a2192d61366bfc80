"""Discussion capture on the console: notes, decisions and the parking lot.

Notes belong to a step (and optionally a dimension); the list shows the
current step's notes, and the parking lot (from every step) is always in
view. Every edit is one named, undoable controller operation (``add_note``,
``edit_note``, ``remove_note``); the panel redraws when a change record
names the notes or the agenda.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import context
from ...controller.session_controller import SessionController
from ...model import Note, NoteKind, Part
from ...model.session import clean_text
from ...session import ChangeRecord

TEXT_COLUMN = 2


tr = context("NotesPanel")


class _NotesTree(QTreeWidget):
    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setColumnCount(3)
        self.setHeaderLabels([tr("Kind"), tr("Dimension"), tr("Text (F2 to edit)")])
        # The short columns fit their content and headers (the console is
        # narrow); the text takes the rest and wraps.
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setColumnWidth(0, 72)
        self.setColumnWidth(1, 96)

    def edit(self, index, trigger, event):  # only the text column is editable
        if index.isValid() and index.column() != TEXT_COLUMN:
            index = index.siblingAtColumn(TEXT_COLUMN)
        return super().edit(index, trigger, event)


class NotesPanel(QWidget):
    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        row = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Kind of note"))
        for kind in NoteKind:
            self.kind_box.addItem(kind.title, kind)
        self.dimension_box = QComboBox()
        self.dimension_box.setAccessibleName(tr("Dimension of the note"))
        self.dimension_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dimension_box.setMinimumContentsLength(10)
        row.addWidget(self.kind_box)
        row.addWidget(self.dimension_box, 1)
        layout.addLayout(row)
        entry = QHBoxLayout()
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("noteText")
        self.text_edit.setPlaceholderText(tr("Type, then Enter to add"))
        self.text_edit.setAccessibleName(tr("New note"))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add the note"))
        entry.addWidget(self.text_edit, 1)
        entry.addWidget(self.add_button)
        layout.addLayout(entry)

        self.step_caption = QLabel()
        self.step_caption.setObjectName("notesCaption")
        layout.addWidget(self.step_caption)
        self.step_tree = _NotesTree("stepNotes")
        self.step_tree.setAccessibleName(tr("Notes and decisions for this step"))
        layout.addWidget(self.step_tree, 2)
        parking = QLabel(tr("<b>Parking lot</b> (from every step)"))
        layout.addWidget(parking)
        self.parking_tree = _NotesTree("parkingLot")
        self.parking_tree.setAccessibleName(tr("Parking lot"))
        layout.addWidget(self.parking_tree, 1)
        self.delete_button = QPushButton(tr("Delete selected note"))
        self.delete_button.setEnabled(False)
        layout.addWidget(self.delete_button)

        self.add_button.clicked.connect(self.add_from_fields)
        self.text_edit.returnPressed.connect(self.add_from_fields)
        self.delete_button.clicked.connect(self.delete_selected)
        for tree in (self.step_tree, self.parking_tree):
            tree.itemChanged.connect(self._item_edited)
            tree.itemSelectionChanged.connect(self._selection_changed)
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.delete_selected)
        controller.changed.connect(self._changed)
        controller.step_changed.connect(lambda _i: self.refresh())
        self.refresh()

    def _changed(self, record: ChangeRecord) -> None:
        if record.touches(Part.NOTES, Part.STEPS):
            self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def current_step_id(self) -> str:
        step = self.controller.session.active_step()
        return step.id if step is not None else ""

    def step_notes(self) -> list[Note]:
        step_id = self.current_step_id()
        return [n for n in self.controller.session.notes if n.step_id == step_id and n.kind is not NoteKind.PARKING]

    def parking_notes(self) -> list[Note]:
        return [n for n in self.controller.session.notes if n.kind is NoteKind.PARKING]

    def refresh(self) -> None:
        session = self.controller.session
        step_id = self.current_step_id()
        try:
            title = session.step(step_id).title if step_id else ""
        except KeyError:
            title = ""
        self.step_caption.setText(tr("<b>This step</b>: {0}").format(title) if title else "")
        current_dim = self.dimension_box.currentData()
        self.dimension_box.blockSignals(True)
        self.dimension_box.clear()
        self.dimension_box.addItem(tr("Whole step"), "")
        for dim in session.dimensions:
            self.dimension_box.addItem(dim.name, dim.id)
        index = self.dimension_box.findData(current_dim) if current_dim else 0
        self.dimension_box.setCurrentIndex(max(0, index))
        self.dimension_box.blockSignals(False)
        self._filling = True
        try:
            self._fill(self.step_tree, self.step_notes())
            self._fill(self.parking_tree, self.parking_notes())
        finally:
            self._filling = False
        self._selection_changed()

    def _fill(self, tree: QTreeWidget, notes: list[Note]) -> None:
        session = self.controller.session
        tree.clear()
        for note in notes:
            try:
                dim = session.dimension(note.dimension_id).name if note.dimension_id else ""
            except KeyError:
                dim = ""
            item = QTreeWidgetItem([note.kind.title, dim, note.text])
            item.setData(0, Qt.ItemDataRole.UserRole, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(TEXT_COLUMN, note.text)
            if note.kind is NoteKind.DECISION:
                font = item.font(0)
                font.setBold(True)
                for col in range(3):
                    item.setFont(col, font)
            tree.addTopLevelItem(item)

    # -- editing ----------------------------------------------------------------------------------
    def add_note(self, text: str, kind: NoteKind = NoteKind.NOTE, dimension_id: str = "") -> str | None:
        return self.controller.add_note(text, kind, self.current_step_id(), dimension_id)

    def add_from_fields(self) -> None:
        if self.add_note(self.text_edit.text(), self.kind_box.currentData(), self.dimension_box.currentData() or ""):
            self.text_edit.clear()

    def _item_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        note_id = item.data(0, Qt.ItemDataRole.UserRole)
        text = clean_text(item.text(TEXT_COLUMN)) if column == TEXT_COLUMN else ""
        # The item view is still inside the edit: change the list (which
        # rebuilds the tree) once the editor has closed.
        QTimer.singleShot(0, lambda: self._apply_edit(note_id, text))

    def _apply_edit(self, note_id: str, text: str) -> None:
        if not self.controller.edit_note(note_id, text):
            self.refresh()  # an empty edit keeps the note; delete is its own command

    def selected_note_id(self) -> str:
        for tree in (self.step_tree, self.parking_tree):
            if tree.hasFocus() or tree.selectedItems():
                items = tree.selectedItems()
                if items:
                    return items[0].data(0, Qt.ItemDataRole.UserRole)
        return ""

    def delete_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id:
            self.controller.remove_note(note_id)

    def _selection_changed(self) -> None:
        sender = self.sender()
        if isinstance(sender, QTreeWidget) and sender.selectedItems():
            other = self.parking_tree if sender is self.step_tree else self.step_tree
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self.delete_button.setEnabled(bool(self.selected_note_id()))

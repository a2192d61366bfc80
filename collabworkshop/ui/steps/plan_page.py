"""The action plan step: generate suggestions from the results, then accept,
drop, add, reorder and edit them in a table.

Every edit goes through the controller as one undoable step; the table
model only reads the session and forwards ``setData``. Generated actions
are suggestions (``accepted=False``) until the group accepts them: they
carry a "Suggested" tag and are shown in italics on a tinted row, so the
difference does not rest on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QByteArray, QDate, QMimeData, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from ...common.i18n import QT_TRANSLATE_NOOP, context
from ...model import ActionStatus, Lever, Part
from ...model.words import level_word
from ...session import ChangeRecord
from .pages import StepPage

tr = context("PlanPage")


#: Columns of the plan table, in order.
PLAN_COLUMNS = (
    "title", "lever", "why", "owner", "supporting", "due", "success_measure", "status", "impact", "effort",
)
HEADERS = {
    "title": QT_TRANSLATE_NOOP("PlanPage", "Action"),
    "lever": QT_TRANSLATE_NOOP("PlanPage", "Lever"),
    "why": QT_TRANSLATE_NOOP("PlanPage", "Why"),
    "owner": QT_TRANSLATE_NOOP("PlanPage", "Owner"),
    "supporting": QT_TRANSLATE_NOOP("PlanPage", "Supporting"),
    "due": QT_TRANSLATE_NOOP("PlanPage", "Due"),
    "success_measure": QT_TRANSLATE_NOOP("PlanPage", "Success measure"),
    "status": QT_TRANSLATE_NOOP("PlanPage", "Status"),
    "impact": QT_TRANSLATE_NOOP("PlanPage", "Impact"),
    "effort": QT_TRANSLATE_NOOP("PlanPage", "Effort"),
}
HEADER_TIPS = {
    "owner": QT_TRANSLATE_NOOP("PlanPage", "The one accountable owner: a team or a person"),
    "supporting": QT_TRANSLATE_NOOP("PlanPage", "Teams supporting the owner"),
    "why": QT_TRANSLATE_NOOP("PlanPage", "The numbers that raised the action"),
}
LEVELS = ("low", "medium", "high")
#: Columns of free text: they stretch and wrap.
FREE_TEXT = ("title", "why", "success_measure")
#: Columns shown in the details pane only when the table is narrower than
#: ``WIDE_TABLE`` px (a 1366x768 laptop with the console): the rest keep a
#: readable width and the full text is under the table.
DETAIL_ONLY = ("why", "supporting", "success_measure", "impact", "effort")
WIDE_TABLE = 1100
SUGGESTED_TAG = QT_TRANSLATE_NOOP("PlanPage", "Suggested")
MIME_TYPE = "application/x-collabworkshop-action-row"


def column(field: str) -> int:
    return PLAN_COLUMNS.index(field)


def level_title(value: str) -> str:
    return level_word(value)


class ActionTableModel(QAbstractTableModel):
    """The plan as a table. ``columns`` picks the fields shown; with
    ``accepted_only`` the rows are the accepted actions only (the follow-up's
    review step), and rows cannot be dragged."""

    def __init__(self, controller, parent=None, columns=PLAN_COLUMNS, accepted_only=False):
        super().__init__(parent)
        self.controller = controller
        self.columns = tuple(columns)
        self.accepted_only = accepted_only
        controller.changed.connect(self._changed)

    def _changed(self, record: ChangeRecord) -> None:
        # Teams: the owner and supporting columns show their names.
        if record.touches(Part.ACTIONS, Part.TEAMS, Part.PARTICIPANTS, Part.SETTINGS):
            self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rows(self) -> list:
        actions = self.controller.session.actions
        return [a for a in actions if a.accepted] if self.accepted_only else actions

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows())

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADER_TIPS.get(self.columns[section], "")) or None  # i18n: looked up
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[self.columns[section]])  # i18n: looked up
        return str(section + 1)

    def action_at(self, row: int):
        return self.rows()[row]

    def team_names(self, ids) -> str:
        names = []
        for team_id in ids:
            try:
                names.append(self.controller.session.team(team_id).name)
            except KeyError:
                continue
        return ", ".join(names)

    def _text(self, action, field: str, role) -> str:
        value = getattr(action, field)
        if field == "lever":
            return value.label
        if field == "status":
            return value.title
        if field in ("impact", "effort"):
            return level_title(value)
        if field == "supporting":
            return self.team_names(value)
        if field == "owner" and not value:
            return tr("(to assign)") if role == Qt.ItemDataRole.DisplayRole else ""
        if field == "title" and not action.accepted:
            return f"{tr(SUGGESTED_TAG)}: {value}"  # i18n: looked up
        return value

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self.action_at(index.row())
        field = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(action, field, role)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{tr(HEADERS[field])}: {text or tr('none')}"  # i18n: looked up
            return text
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(action, field)
            if field in ("lever", "status"):
                return value.value
            if field == "supporting":
                return list(value)
            return value
        if role == Qt.ItemDataRole.FontRole and not action.accepted:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and not action.accepted:
            return QBrush(QColor("#FFF7E0"))
        if role == Qt.ItemDataRole.ForegroundRole and not action.accepted:
            return QBrush(QColor("#4A4A4A"))
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.accepted_only:
            if index.isValid() and self.columns[index.column()] not in ("title", "lever", "why"):
                return base | Qt.ItemFlag.ItemIsEditable
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or value is None:
            return False
        action = self.action_at(index.row())
        field = self.columns[index.column()]
        if field == "owner":
            # RACI (the owner's team stops supporting) is the operation's rule.
            self.controller.set_action_owner(action.id, str(value))
            return True
        if field == "supporting":
            return self.controller.set_action_supporting(action.id, tuple(value))
        # An emptied title is refused: the old one stays, without a dialog.
        return self.controller.update_action(action.id, field, value, on_refused=lambda _message: None)

    # -- drag and drop to reorder (the move itself goes through the controller) --------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_TYPE]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if self.accepted_only or not data.hasFormat(MIME_TYPE):
            return False
        try:
            source = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        actions = self.controller.session.actions
        if not 0 <= source < len(actions):
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(actions))
        if target > source:
            target -= 1  # the row leaves its place first
        self.controller.move_action(actions[source].id, target)
        # The move is done; returning False stops the view from also
        # "removing" the dragged row itself.
        return False


class ActionDelegate(QStyledItemDelegate):
    """Combo boxes for lever, status, impact, effort and owner; a date picker
    for the due date; a checklist of teams for the supporting teams."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller

    def createEditor(self, parent, option, index):
        field = index.model().columns[index.column()]
        if field == "lever":
            combo = QComboBox(parent)
            for lever in Lever:
                combo.addItem(lever.label, lever.value)
            combo.setAccessibleName(tr("Lever"))
            return combo
        if field == "status":
            combo = QComboBox(parent)
            for status in ActionStatus:
                combo.addItem(status.title, status.value)
            combo.setAccessibleName(tr("Status"))
            return combo
        if field in ("impact", "effort"):
            combo = QComboBox(parent)
            for level in LEVELS:
                combo.addItem(level_title(level), level)
            combo.setAccessibleName(tr(HEADERS[field]))  # i18n: looked up
            return combo
        if field == "owner":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems([t.name for t in self.controller.session.teams])
            combo.setAccessibleName(tr("Accountable owner: a team or a person"))
            return combo
        if field == "supporting":
            box = QListWidget(parent)
            box.setAccessibleName(tr("Supporting teams (Space ticks a team)"))
            action = index.model().action_at(index.row())
            for team in self.controller.session.teams:
                if team.name == action.owner:
                    continue  # the accountable team is not also a supporter
                item = QListWidgetItem(team.name)
                item.setData(Qt.ItemDataRole.UserRole, team.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                box.addItem(item)
            if box.count():
                box.setCurrentRow(0)
            return box
        if field == "due":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(tr("Due date"))
            return edit
        return super().createEditor(parent, option, index)

    def updateEditorGeometry(self, editor, option, index):
        if isinstance(editor, QListWidget):
            rows = max(1, editor.count())
            height = max(option.rect.height(), editor.sizeHintForRow(0) * rows + 2 * editor.frameWidth() + 4)
            width = max(option.rect.width(), 180)
            editor.setGeometry(QRect(option.rect.topLeft(), option.rect.topLeft()).adjusted(0, 0, width, height))
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QListWidget):
            chosen = set(value or ())
            for i in range(editor.count()):
                item = editor.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif isinstance(editor, QComboBox):
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
        if isinstance(editor, QListWidget):
            ids = [
                editor.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(editor.count())
                if editor.item(i).checkState() == Qt.CheckState.Checked
            ]
            model.setData(index, ids)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText() if editor.isEditable() else editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        else:
            super().setModelData(editor, model, index)


def action_table(controller, model, object_name: str, name: str, description: str) -> QTableView:
    """A table of actions as the plan and the review steps show them: one
    row selected at a time, edited in place by the action delegate (double
    click, F2 or typing)."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setModel(model)
    table.setItemDelegate(ActionDelegate(controller, table))
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return table


class PlanPage(StepPage):
    def __init__(self, controller, step, parent=None):
        super().__init__(controller, step, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt_label())
        bar = QHBoxLayout()
        self.generate_button = QPushButton(tr("&Generate suggestions"))
        self.generate_button.setToolTip(
            tr("Suggest 3 to 7 actions from the gaps and agreement. Accepted actions stay; "
               "earlier suggestions are replaced (undo restores them).")
        )
        self.accept_button = QPushButton(tr("A&ccept"))
        self.accept_button.setToolTip(tr("Accept the selected suggestion (Ctrl+Return)"))
        self.accept_all_button = QPushButton(tr("Accept a&ll"))
        self.accept_all_button.setToolTip(tr("Accept every suggestion in the plan"))
        self.add_button = QPushButton(tr("&Add action"))
        self.add_button.setToolTip(tr("Add an action of your own"))
        self.remove_button = QPushButton(tr("&Drop"))
        self.remove_button.setToolTip(tr("Drop the selected action or suggestion (Delete)"))
        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.setToolTip(tr("Move the selected action up (Alt+Up)"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.down_button.setToolTip(tr("Move the selected action down (Alt+Down)"))
        for button in (self.generate_button, self.accept_button, self.accept_all_button, self.add_button):
            bar.addWidget(button)
        # Drop and the moves: on the same row where it fits, else on a second
        # one (a laptop beside the console), never cut or scrolled sideways.
        self.second_bar = QHBoxLayout()
        self._edit_buttons = (self.remove_button, self.up_button, self.down_button)
        for button in self._edit_buttons:
            bar.addWidget(button)
        self.second_bar.addStretch(1)
        self._bar = bar
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("planCount")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addLayout(self.second_bar)

        self.model = ActionTableModel(controller, self)
        self.table = action_table(
            controller, self.model, "planTable", tr("Action plan"),
            tr("Suggested actions are tagged Suggested and shown in italics until accepted. "
               "Ctrl+Return accepts, Delete drops, Alt+Up and Alt+Down reorder."),
        )
        # Rows reorder by dragging; the model turns the drop into one undoable move.
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.table.horizontalHeader()
        # Short fields fit their content (headers whole); the free text
        # shares the spare width and wraps. On a narrow table the fields
        # in DETAIL_ONLY give way to the details pane under it.
        for col, field in enumerate(PLAN_COLUMNS):
            mode = QHeaderView.ResizeMode.Stretch if field in FREE_TEXT else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("Action") + 24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Wrapped rows are measured against the current column widths: measure
        # again whenever a column changes width (stretching included) or the
        # rows change. (ResizeToContents on the vertical header would keep
        # the heights of the first, narrow layout.)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start(0))
        self.model.modelReset.connect(lambda: self._rows_timer.start(0))
        self.model.modelReset.connect(self._fit_columns)
        layout.addWidget(self.table, 1)
        # One line after an accept (an owner still to assign), not a dialog:
        # the group is mid-conversation.
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Plan message"))
        layout.addWidget(self.message)
        # Every field of the current action, whole: the narrow table's
        # hidden columns and any long text (Enter on a row comes here).
        self.details = QLabel()
        self.details.setObjectName("actionDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setAccessibleName(tr("Action details"))
        self.details_box = QScrollArea()
        self.details_box.setAccessibleName(tr("Action details"))
        self.details_box.setWidgetResizable(True)
        self.details_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_box.setWidget(self.details)
        self.details_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        layout.addWidget(self.details_box)

        self.generate_button.clicked.connect(self._generate)
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(+1)),
            ("Ctrl+Return", self.accept_current),
            ("Ctrl+Enter", self.accept_current),
            ("Delete", self._remove),
            ("Return", self.show_details),
            ("Enter", self.show_details),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        controller.changed.connect(lambda record: record.touches(Part.ACTIONS) and self._update_state())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        self.model.modelReset.connect(self._update_state)

    def activate(self) -> None:
        self._update_state()
        self._fit_bar()
        self._rows_timer.start(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_bar()
        self._fit_columns()

    @property
    def narrow(self) -> bool:
        return self.table.width() < WIDE_TABLE

    def _fit_bar(self) -> None:
        buttons = (self.generate_button, self.accept_button, self.accept_all_button, self.add_button,
                   *self._edit_buttons)
        spacing = self._bar.spacing() if self._bar.spacing() >= 0 else 6
        needed = (sum(b.sizeHint().width() for b in buttons) + self.count_label.sizeHint().width()
                  + spacing * (len(buttons) + 2) + 24)
        # The room the window gives the page, not the page's own width (which
        # its buttons' minimum would hold wide, scrolling sideways).
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        room = area.viewport().width() if area is not None else self.width()
        one_row = room >= needed
        if one_row == (self._bar.indexOf(self._edit_buttons[0]) >= 0):
            return
        for button in self._edit_buttons:
            (self.second_bar if not one_row else self._bar).removeWidget(button)
        for i, button in enumerate(self._edit_buttons):
            if one_row:
                self._bar.insertWidget(4 + i, button)
            else:
                self.second_bar.insertWidget(i, button)

    def _fit_columns(self) -> None:
        """Wide: the short fields fit their content on one line. Narrow: the
        DETAIL_ONLY fields go to the details pane, and the short fields are
        as wide as their longest word (or header), wrapping the rest, so the
        action's own text keeps a readable width."""
        narrow = self.narrow
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        hfm = header.fontMetrics()
        margin = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 12
        for col, field in enumerate(PLAN_COLUMNS):
            hide = narrow and field in DETAIL_ONLY
            if self.table.isColumnHidden(col) != hide:
                self.table.setColumnHidden(col, hide)
            if field in FREE_TEXT or hide:
                continue
            if not narrow:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
                continue
            words = [w for r in range(self.model.rowCount())
                     for w in str(self.model.index(r, col).data() or "").split()]
            widest = max([fm.horizontalAdvance(w) for w in words]
                         + [hfm.horizontalAdvance(tr(HEADERS[field]))])  # i18n: looked up
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, widest + margin)
        self._rows_timer.start(0)

    def show_details(self) -> None:
        """Enter on a row: the focus to the action's details (every field,
        whole), where a screen reader reads them; Tab goes back on."""
        self._show_details()
        self.details.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_details(self) -> None:
        import html

        row = self.current_row()
        if not 0 <= row < self.model.rowCount():
            self.details.setText(tr("Select an action to see all of it here."))
            return
        lines = []
        for col, field in enumerate(PLAN_COLUMNS):
            text = self.model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "\u2013"
            lines.append(f"<b>{html.escape(tr(HEADERS[field]))}:</b> {html.escape(str(text))}")  # i18n: looked up
        self.details.setText("<br>".join(lines))

    # -- state ----------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_state(self) -> None:
        actions = self.controller.session.actions
        n = len(actions)
        suggested = sum(not a.accepted for a in actions)
        text = tr("{0} actions").format(n) if n != 1 else tr("1 action")
        if suggested:
            text += tr(", {0} suggested").format(suggested)
        self.count_label.setText(text)
        row = self.current_row()
        has = 0 <= row < n
        self.remove_button.setEnabled(has)
        self.accept_button.setEnabled(has and not actions[row].accepted)
        self.accept_all_button.setEnabled(suggested > 0)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < n - 1)
        self._show_details()

    def _select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))
        self._update_state()

    # -- edits (each one undo step, through the controller) --------------------------------
    def _generate(self) -> None:
        self.controller.generate_plan()

    def accept_current(self) -> None:
        """Accept the selected suggestion, say if it has no owner yet, and
        move to the next suggestion (after it, else before it), keeping the
        column, so the group walks the plan with one key."""
        row = self.current_row()
        if not 0 <= row < self.model.rowCount():
            return
        column = self.table.currentIndex().column()
        action = self.model.action_at(row)
        self.controller.accept_actions([action.id])
        actions = self.controller.session.actions
        if not action.owner:
            self.message.setText(tr("Accepted \u201c{0}\u201d: its owner is still (to assign); F2 on Owner sets "
                                    "one.").format(action.title))
        else:
            self.message.setText(tr("Accepted \u201c{0}\u201d.").format(action.title))
        order = list(range(row + 1, len(actions))) + list(range(0, row))
        following = next((i for i in order if not actions[i].accepted), row)
        self._select_row(following, column)

    def accept_all(self) -> None:
        row = self.current_row()
        self.controller.accept_actions([a.id for a in self.controller.session.actions])
        self._select_row(row)

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if not (0 <= row < self.model.rowCount() and 0 <= target < self.model.rowCount()):
            return
        col = self.table.currentIndex().column()
        self.controller.move_action(self.model.action_at(row).id, target)
        self._select_row(target, col)

    def _add(self) -> None:
        self.controller.add_action()
        row = len(self.controller.session.actions) - 1
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        row = self.current_row()
        if not 0 <= row < self.model.rowCount():
            return
        self.controller.remove_action(self.model.action_at(row).id)
        self._select_row(min(row, self.model.rowCount() - 1))

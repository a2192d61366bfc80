"""Edit a session's agenda, save it as a reusable template, and start a new
session from a saved template.

The editor is a dialog over the workshop: a list of steps (drag to reorder,
or Alt+Up / Alt+Down) and a form for the selected step. Every edit is one
named controller operation (``add_step``, ``remove_step``, ``move_step``,
``update_step``, ``reorder_steps``), so it is one undo step on the session's
undo stack (the dialog has its own Undo/Redo buttons wired to that stack,
Ctrl+Z / Ctrl+Shift+Z), and the editor and the workshop view redraw from the
change record when it names the steps.

Templates the user saves live in ``<data dir>/templates/<name>.json``
(``ui.settings.data_dir()``), written atomically; see docs/templates.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...common.i18n import QT_TRANSLATE_NOOP, context
from ...controller.session_controller import SessionController
from ...model import Part, Step, StepKind
from ...model.template import (
    MAX_TIMEBOX_MINUTES,
    ROUND_KINDS,
    Template,
    TemplateError,
    default_template,
    load_template,
    parse_template,
    resource_path,
    safe_template_name,
    template_data,
    template_json,
    with_rounds,
)
from ...session import ChangeRecord
from ..common import settings as prefs

tr = context("AgendaEditor")


# Titles of a new step; {0} is the round's name.
NEW_TITLES = {
    StepKind.INFO: QT_TRANSLATE_NOOP("AgendaEditor", "New information step"),
    StepKind.PLACE: QT_TRANSLATE_NOOP("AgendaEditor", "Place: {0}"),
    StepKind.DISCUSS: QT_TRANSLATE_NOOP("AgendaEditor", "Discuss: {0}"),
    StepKind.VOTE: QT_TRANSLATE_NOOP("AgendaEditor", "Lever vote"),
    StepKind.PLAN: QT_TRANSLATE_NOOP("AgendaEditor", "Action plan"),
    StepKind.REVIEW: QT_TRANSLATE_NOOP("AgendaEditor", "Review actions"),
    StepKind.WRAPUP: QT_TRANSLATE_NOOP("AgendaEditor", "Wrap-up"),
}
NEW_TIMEBOX_MINUTES = 10


def kind_name(kind: StepKind) -> str:
    return kind.title


def templates_dir() -> Path:
    return prefs.data_dir() / "templates"


class _CommitTextEdit(QPlainTextEdit):
    """A plain text editor that reports when the user leaves it."""

    editing_finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in any form

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.editing_finished.emit()


class AgendaEditor(QDialog):
    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Edit agenda"))
        self.setObjectName("agendaEditor")
        self.resize(1100, 700)
        self._filling = False
        self._closed = False

        outer = QVBoxLayout(self)
        intro = QLabel(tr("Steps of this session. Changes apply at once and can be undone (Ctrl+Z)."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        list_label = QLabel(tr("&Steps"))
        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName(tr("Agenda steps"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setMinimumWidth(360)
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add step"))
        self.add_button.setAccessibleName(tr("Add a step after the selected one"))
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.setToolTip(tr("Remove the selected step (Delete)"))
        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.setToolTip(tr("Move the selected step up (Alt+Up)"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.down_button.setToolTip(tr("Move the selected step down (Alt+Down)"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        left.addLayout(buttons)
        body.addLayout(left, 2)

        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Step title"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("Step kind"))
        for kind in StepKind:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(tr("Round the step works on"))
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(tr("Round shown beside it"))
        self.timebox_spin = QSpinBox()
        self.timebox_spin.setRange(0, MAX_TIMEBOX_MINUTES)
        self.timebox_spin.setSuffix(tr(" min"))
        self.timebox_spin.setSpecialValueText(tr("no timebox"))
        self.timebox_spin.setKeyboardTracking(False)  # one edit per value, not per digit
        self.timebox_spin.setAccessibleName(tr("Timebox in minutes"))
        self.prompt_edit = _CommitTextEdit()
        self.prompt_edit.setAccessibleName(tr("Audience prompt"))
        self.prompt_edit.setPlaceholderText(tr("What the room sees and is asked"))
        self.script_edit = _CommitTextEdit()
        self.script_edit.setAccessibleName(tr("Facilitator script"))
        self.script_edit.setPlaceholderText(tr("What you say and do (only on your console)"))
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Kind:"), self.kind_combo)
        form.addRow(tr("R&ound:"), self.round_combo)
        form.addRow(tr("&Compare with:"), self.compare_combo)
        form.addRow(tr("Time&box:"), self.timebox_spin)
        form.addRow(tr("&Prompt:"), self.prompt_edit)
        form.addRow(tr("Scr&ipt:"), self.script_edit)
        self.form_host = form_host
        body.addWidget(form_host, 3)

        bottom = QHBoxLayout()
        self.undo_button = QPushButton(tr("Undo"))
        self.redo_button = QPushButton(tr("Redo"))
        self.save_template_button = QPushButton(tr("Save as &template\u2026"))
        self.save_template_button.setToolTip(tr("Keep this agenda for future sessions"))
        self.total_label = QLabel()
        self.total_label.setObjectName("hint")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter confirms a field (a new title, a timebox), it does not close
        # the editor: no button here is a default button. Escape closes.
        for button in (*close.buttons(), self.undo_button, self.redo_button, self.save_template_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.save_template_button)
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(close)
        outer.addLayout(bottom)

        stack = controller.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(self, tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.redo_button.clicked.connect(self.redo_action.trigger)
        stack.indexChanged.connect(self._update_undo_buttons)
        self._update_undo_buttons()

        for shortcut, slot in (("Alt+Up", lambda: self.move_selected(-1)), ("Alt+Down", lambda: self.move_selected(1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
        self.list.installEventFilter(self)

        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.list.model().rowsMoved.connect(self._rows_dropped)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.save_template_button.clicked.connect(self.ask_save_template)
        self.title_edit.editingFinished.connect(self._commit_form)
        self.kind_combo.activated.connect(lambda _i: self._kind_chosen())
        self.round_combo.activated.connect(lambda _i: self._commit_form())
        self.compare_combo.activated.connect(lambda _i: self._commit_form())
        self.timebox_spin.valueChanged.connect(lambda _v: self._commit_form())
        self.prompt_edit.editing_finished.connect(self._commit_form)
        self.script_edit.editing_finished.connect(self._commit_form)
        controller.changed.connect(self._changed)

        self._fill_add_menu()
        self.refresh()
        self.list.setCurrentRow(min(controller.session.current_step, self.list.count() - 1))
        self.list.setFocus()

    # -- model <-> view -----------------------------------------------------------------------
    @property
    def steps(self) -> list[Step]:
        return list(self.controller.session.steps)

    def selected_index(self) -> int:
        return self.list.currentRow()

    def _changed(self, record: ChangeRecord) -> None:
        if record.touches(Part.STEPS, Part.ROUNDS):
            self.refresh()

    def refresh(self) -> None:
        """Refill from the session, keeping the selected step (by id)."""
        steps = self.steps
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._filling = True
        self.list.clear()
        for i, step in enumerate(steps, start=1):
            item = QListWidgetItem(self._item_text(i, step))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setToolTip(step.prompt)
            self.list.addItem(item)
        ids = [st.id for st in steps]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else min(max(0, self.list.currentRow()), len(ids) - 1))
        self._filling = False
        total = sum(st.timebox for st in steps) // 60
        self.total_label.setText(
            tr("%n steps, {0} h {1:02d} min planned", len(steps)).format(total // 60, total % 60)
        )
        self._show_selected()

    def _item_text(self, number: int, step: Step) -> str:
        minutes = step.timebox // 60
        box = tr("{0} min").format(minutes) if step.timebox else tr("no timebox")
        return f"{number}. {step.title}  \u2014  {kind_name(step.kind)}, {box}"

    def _round_items(self, combo: QComboBox, chosen: str, none_text: str | None) -> None:
        combo.clear()
        if none_text is not None:
            combo.addItem(none_text, "")
        for r in self.controller.session.rounds:
            combo.addItem(r.name, r.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(0, index))

    def _show_selected(self) -> None:
        if self._filling:
            return
        index = self.selected_index()
        steps = self.steps
        has = 0 <= index < len(steps)
        self.form_host.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and index > 0)
        self.down_button.setEnabled(has and index < len(steps) - 1)
        if not has:
            return
        step = steps[index]
        self._filling = True
        self.title_edit.setText(step.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(step.kind))
        needs_round = step.kind in ROUND_KINDS
        self._round_items(self.round_combo, step.round_id, None if needs_round else tr("(none)"))
        self._round_items(self.compare_combo, step.compare_round_id, tr("(none)"))
        self.round_combo.setEnabled(needs_round)  # only placement and discussion steps work on a round
        self.compare_combo.setEnabled(needs_round)
        self.timebox_spin.setValue(step.timebox // 60)
        if self.prompt_edit.toPlainText() != step.prompt:
            self.prompt_edit.setPlainText(step.prompt)
        if self.script_edit.toPlainText() != step.script:
            self.script_edit.setPlainText(step.script)
        self._filling = False

    def _form_step(self, step: Step) -> Step:
        kind = self.kind_combo.currentData()
        round_id = self.round_combo.currentData() or ""
        if kind in ROUND_KINDS and not round_id and self.controller.session.rounds:
            round_id = self.controller.session.rounds[0].id
        seconds = self.timebox_spin.value() * 60
        if self.timebox_spin.value() == step.timebox // 60:
            seconds = step.timebox  # keep a template's fractional minutes
        return replace(
            step,
            title=" ".join(self.title_edit.text().split()) or step.title,
            kind=kind,
            round_id=round_id,
            compare_round_id=self.compare_combo.currentData() or "",
            timebox=seconds,
            prompt=self.prompt_edit.toPlainText().strip(),
            script=self.script_edit.toPlainText().strip(),
        )

    def _commit_form(self) -> None:
        if self._filling:
            return
        index = self.selected_index()
        steps = self.steps
        if not 0 <= index < len(steps):
            return
        old = steps[index]
        new = self._form_step(old)
        if new == old:
            self.title_edit.setText(old.title)  # an emptied title comes back
            return
        self.controller.update_step(new)

    def _kind_chosen(self) -> None:
        kind = self.kind_combo.currentData()
        if kind in ROUND_KINDS and not self.controller.session.rounds:
            QMessageBox.information(self, tr("No rounds"), tr("A {0} step needs a round; this session has none.")
                                    .format(kind_name(kind).lower()))
            self._show_selected()
            return
        self._commit_form()

    # -- add, remove, reorder ----------------------------------------------------------------------
    def _fill_add_menu(self) -> None:
        """One entry per kind; placement and discussion offer the session's rounds."""
        self.add_menu.clear()
        rounds = self.controller.session.rounds
        for kind in StepKind:
            if kind in ROUND_KINDS:
                sub = self.add_menu.addMenu(kind_name(kind))
                sub.setEnabled(bool(rounds))
                for r in rounds:
                    action = sub.addAction(r.name)
                    action.setData((kind, r.id))
                    action.triggered.connect(lambda _=False, k=kind, rid=r.id: self.add_step(k, rid))
            else:
                action = self.add_menu.addAction(kind_name(kind))
                action.setData((kind, ""))
                action.triggered.connect(lambda _=False, k=kind: self.add_step(k))

    def add_step(self, kind: StepKind, round_id: str = "") -> Step:
        session = self.controller.session
        if kind in ROUND_KINDS and not round_id:
            raise ValueError(f"a {kind.value} step needs a round")
        round_name = session.round(round_id).name if round_id else ""
        compare = ""
        if kind in ROUND_KINDS:
            ids = [r.id for r in session.rounds]
            at = ids.index(round_id)
            compare = ids[at - 1] if at > 0 else ""
        step = Step(
            id=session.new_step_id(),
            title=tr(NEW_TITLES[kind]).format(round_name),  # i18n: looked up
            kind=kind,
            round_id=round_id,
            compare_round_id=compare,
            timebox=NEW_TIMEBOX_MINUTES * 60,
        )
        at = self.selected_index() + 1 if self.selected_index() >= 0 else len(self.steps)
        self.controller.add_step(step, at)
        self.list.setCurrentRow(at)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return step

    def remove_selected(self) -> bool:
        index = self.selected_index()
        steps = self.steps
        if not 0 <= index < len(steps):
            return False
        if not self.controller.remove_step(
            steps[index].id, on_refused=lambda message: QMessageBox.information(self, tr("Keep one step"), message)
        ):
            return False
        self.list.setCurrentRow(min(index, len(steps) - 2))
        return True

    def move_selected(self, delta: int) -> bool:
        index = self.selected_index()
        steps = self.steps
        target = index + delta
        if not (0 <= index < len(steps) and 0 <= target < len(steps)):
            return False
        self.controller.move_step(steps[index].id, target)
        self.list.setCurrentRow(target)
        return True

    def _rows_dropped(self, *_args) -> None:
        """A drag in the list reordered the items: apply that order."""
        if self._filling:
            return
        order = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        self.controller.reorder_steps(order, on_refused=lambda _message: None)  # a foreign drop: just redraw
        self.refresh()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        if obj is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F2:
            self.title_edit.setFocus()
            self.title_edit.selectAll()
            return True
        return super().eventFilter(obj, event)

    def _update_undo_buttons(self) -> None:
        stack = self.controller.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_button.setToolTip(stack.undoText())
        self.redo_button.setToolTip(stack.redoText())

    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            self._commit_form()  # a text field still being edited counts
            self.controller.changed.disconnect(self._changed)
            self.controller.undo_stack.indexChanged.disconnect(self._update_undo_buttons)
        super().done(result)

    # -- templates ------------------------------------------------------------------------------------
    def ask_save_template(self) -> Path | None:
        self._commit_form()
        name, ok = QInputDialog.getText(
            self, tr("Save agenda as template"), tr("Template name:"), text=self.controller.title
        )
        if not ok or not name.strip():
            return None
        path = templates_dir() / f"{safe_template_name(name)}.json"
        if path.exists():
            answer = QMessageBox.question(
                self,
                tr("Replace template?"),
                tr("A template called \u201c{0}\u201d exists. Replace it?").format(path.stem),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self.save_template(name)

    def save_template(self, name: str) -> Path | None:
        """Write the agenda as ``<data dir>/templates/<safe name>.json``;
        None (after a message) if it cannot be written."""
        try:
            path = save_agenda_template(self.controller, name)
        except (OSError, TemplateError) as exc:
            QMessageBox.warning(self, tr("Could not save the template"), str(exc))
            return None
        QMessageBox.information(
            self, tr("Template saved"),
            tr("Saved \u201c{0}\u201d. Use File \u203a New session from template\u2026 to start from it.").format(name),
        )
        return path


def save_agenda_template(controller: SessionController, name: str) -> Path:
    """The session's steps, with its dimensions and rounds and the default
    template's zones and contrast table, as a template file. Validated before
    it is written (atomically), so a saved template always loads."""
    from ...storage import atomic

    session = controller.session
    base = with_rounds(replace(default_template(), dimensions=tuple(session.dimensions)), session.rounds)
    name = " ".join(name.split())
    stem = safe_template_name(name)
    data = template_data(stem, name, session.steps, base)
    parse_template(data, source=name)  # never write a template that would not load
    path = templates_dir() / f"{stem}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, template_json(data))
    return path


@dataclass(frozen=True)
class TemplateChoice:
    label: str
    path: Path
    builtin: bool = False


def available_templates() -> list[TemplateChoice]:
    """The built-in template, then the user's (by file name). Files are not
    validated here: a broken one is reported when chosen."""
    default = resource_path("templates", "default.json")
    choices = [TemplateChoice(tr("{0} (built in)").format(default_template().title), default, True)]
    folder = templates_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            choices.append(TemplateChoice(_template_label(path), path))
    return choices


def _template_label(path: Path) -> str:
    import json

    from ...common.userfiles import read_regular
    from ...model.template import MAX_TEMPLATE_BYTES

    try:
        title = json.loads(read_regular(path, MAX_TEMPLATE_BYTES).decode("utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        title = None
    return f"{title} ({path.name})" if isinstance(title, str) and title.strip() else path.name


def choose_template(parent) -> Template | None:
    """Ask which template to start from; load it with validation and explain
    a broken one (naming the problem). None if cancelled or broken."""
    choices = available_templates()
    labels = [c.label for c in choices]
    label, ok = QInputDialog.getItem(parent, tr("New session from template"), tr("Template:"), labels, 0, False)
    if not ok:
        return None
    choice = choices[labels.index(label)]
    # The built-in one in the app's language, as a new session gets it.
    return default_template() if choice.builtin else open_template(parent, choice.path)


def open_template(parent, path: Path) -> Template | None:
    try:
        return load_template(path)
    except TemplateError as exc:
        QMessageBox.warning(
            parent,
            tr("This template cannot be used"),
            tr("{0}\n\nFix the file (see docs/templates.md) or remove it from {1}.").format(exc, path.parent),
        )
        return None

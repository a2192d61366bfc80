"""Editing a session's agenda, saving it as a template, and starting a
session from a saved (or broken) template."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from collabworkshop.model import StepKind, load_template


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("COLLABWORKSHOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def editor(window, sample_copy, data_dir, qtbot):
    from collabworkshop.ui.editors.agenda_editor import AgendaEditor

    window.open_file(sample_copy)
    dialog = AgendaEditor(window.controller, window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()
    dialog.deleteLater()


def titles(window) -> list[str]:
    return [s.title for s in window.controller.session.steps]


def list_texts(window) -> list[str]:
    lst = window.workshop.step_list
    return [lst.item(i).text() for i in range(lst.count())]


def select(editor, title: str) -> None:
    steps = [s.title for s in editor.controller.session.steps]
    editor.list.setCurrentRow(steps.index(title))


def test_menu_and_shortcut_open_the_editor(window, sample_copy):
    from collabworkshop.ui.editors.agenda_editor import AgendaEditor

    assert not window.edit_agenda_action.isEnabled()  # no session yet
    window.open_file(sample_copy)
    assert window.edit_agenda_action.isEnabled()
    assert window.edit_agenda_action.shortcut().toString() == "Ctrl+Shift+A"
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            dialog.reject()  # never leave a modal dialog open: the run would hang

    QTimer.singleShot(0, close_it)
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(seen) == 1 and isinstance(seen[0], AgendaEditor)
    assert seen[0].list.count() == 7


def test_rename_retime_and_rewrite_a_step_each_one_undo_step(window, editor):
    controller = window.controller
    depth = controller.undo_stack.count()
    select(editor, "Welcome and frame")
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    QTest.keyClicks(editor.title_edit, "Opening")
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert editor.isVisible()  # Enter confirms the title; it does not close the editor
    assert titles(window)[0] == "Opening"
    assert list_texts(window)[1] == "1. Opening"
    assert editor.list.item(0).text().startswith("1. Opening  \u2014  Information, 10 min")
    assert controller.undo_stack.undoText() == "Rename step \u201cOpening\u201d"

    editor.timebox_spin.setFocus()
    QTest.keyClick(editor.timebox_spin, Qt.Key.Key_Up)
    assert controller.session.steps[0].timebox == 11 * 60

    editor.script_edit.setFocus()
    QTest.keyClick(editor.script_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.script_edit, " Mention the fire exits.")
    QTest.keyClick(editor.script_edit, Qt.Key.Key_Tab)  # leaving the field commits it
    assert not editor.script_edit.hasFocus()
    assert controller.session.steps[0].script.endswith("Mention the fire exits.")
    assert controller.undo_stack.count() == depth + 3

    # Undo from the editor, one edit at a time.
    editor.list.setFocus()
    QTest.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not controller.session.steps[0].script.endswith("fire exits.")
    assert not editor.script_edit.toPlainText().endswith("fire exits.")
    editor.undo_button.click()
    assert controller.session.steps[0].timebox == 10 * 60 and editor.timebox_spin.value() == 10
    editor.undo_button.click()
    assert titles(window)[0] == "Welcome and frame" and editor.title_edit.text() == "Welcome and frame"
    assert list_texts(window)[1] == "1. Welcome and frame"
    editor.redo_button.click()
    assert titles(window)[0] == "Opening"


def test_an_emptied_title_comes_back(window, editor):
    select(editor, "Lever vote")
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert "Lever vote" in titles(window) and editor.title_edit.text() == "Lever vote"


def test_add_a_discussion_offers_the_rounds(window, editor):
    select(editor, "Discuss divergence")
    editor._fill_add_menu()
    discuss_menu = next(a.menu() for a in editor.add_menu.actions() if a.text() == "Discussion")
    assert [a.text() for a in discuss_menu.actions()] == ["Today", "Needed"]
    vote = next(a for a in editor.add_menu.actions() if a.text() == "Lever vote")
    assert vote.menu() is None
    next(a for a in discuss_menu.actions() if a.text() == "Needed").trigger()
    steps = window.controller.session.steps
    new = steps[4]
    assert (new.kind, new.round_id, new.compare_round_id, new.timebox) == (StepKind.DISCUSS, "needed", "today", 600)
    assert new.title == "Discuss: Needed"
    assert len(steps) == 8 and editor.list.currentRow() == 4
    assert editor.title_edit.hasFocus()  # ready to name it
    QTest.keyClicks(editor.title_edit, "Second look")
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert window.controller.session.steps[4].title == "Second look"
    # The workshop's list and pages follow: the new step is a board page.
    assert list_texts(window)[5] == "5. Second look"
    from collabworkshop.ui.steps.pages import PlacePage

    window.workshop.show_entry(5)
    assert isinstance(window.workshop.current_page(), PlacePage)
    assert window.workshop.step_label.text() == "Step 5 of 8: Second look"


def test_changing_kind_to_placement_picks_a_round(window, editor):
    select(editor, "Welcome and frame")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(StepKind.PLACE))
    editor.kind_combo.activated.emit(editor.kind_combo.currentIndex())
    step = window.controller.session.steps[0]
    assert step.kind is StepKind.PLACE and step.round_id == "today"


def test_reorder_keeps_the_shown_step(window, editor):
    view = window.workshop
    view.show_entry(4)
    assert view.step_label.text() == "Step 4 of 7: Discuss divergence"
    select(editor, "Discuss divergence")
    QTest.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(window)[2] == "Discuss divergence" and editor.list.currentRow() == 2
    assert view.step_label.text() == "Step 3 of 7: Discuss divergence"
    assert window.controller.session.current_step == 2
    assert window.controller.undo_stack.undoText() == "Move step \u201cDiscuss divergence\u201d"
    editor.down_button.click()
    editor.down_button.click()
    assert titles(window)[4] == "Discuss divergence"
    assert view.step_label.text() == "Step 5 of 7: Discuss divergence"
    editor.list.setFocus()
    for _ in range(3):  # undo from the editor's keyboard
        QTest.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window)[3] == "Discuss divergence"
    assert view.step_label.text() == "Step 4 of 7: Discuss divergence"
    # First and last steps cannot move further.
    select(editor, "Welcome and frame")
    assert not editor.up_button.isEnabled()
    assert not editor.move_selected(-1)


def test_drag_and_drop_order_is_applied(window, editor):
    before = titles(window)
    editor.list.model().moveRow(editor.list.rootIndex(), 6, editor.list.rootIndex(), 0)  # what a drop does
    assert titles(window) == [before[6], *before[:6]]
    assert window.controller.undo_stack.undoText() == "Reorder steps"
    assert editor.list.item(0).text().startswith("1. Wrap-up")


def test_remove_steps_but_keep_one(window, editor, messages):
    select(editor, "Lever vote")
    editor.list.setFocus()
    QTest.keyClick(editor.list, Qt.Key.Key_Delete)
    assert "Lever vote" not in titles(window) and len(titles(window)) == 6
    assert window.controller.undo_stack.undoText() == "Remove step \u201cLever vote\u201d"
    while len(window.controller.session.steps) > 1:
        editor.remove_button.click()
    assert messages == []
    editor.remove_button.click()
    assert len(window.controller.session.steps) == 1
    assert messages[-1][0] == "Keep one step"
    assert "An agenda needs at least one step" in messages[-1][1]
    assert list_texts(window) == ["Set-up", f"1. {titles(window)[0]}"]
    # All of it comes back.
    while window.controller.undo_stack.undoText().startswith("Remove step"):
        window.controller.undo_stack.undo()
    assert len(titles(window)) == 7 and "Lever vote" in titles(window)


def test_edits_reach_the_session_file(window, editor, sample_copy):
    from collabworkshop.storage import read_session

    select(editor, "Wrap-up")
    editor.up_button.click()
    assert [s.title for s in read_session(sample_copy).steps][5] == "Wrap-up"


def test_save_as_template_and_start_a_session_from_it(window, editor, data_dir, messages):
    from collabworkshop.ui.editors.agenda_editor import available_templates

    select(editor, "Lever vote")
    editor.remove_selected()
    editor.timebox_spin.setValue(40)
    path = editor.save_template("Board away-day: short")
    assert path == data_dir / "templates" / "board-away-day-short.json"
    assert messages[-1][0] == "Template saved"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "collabworkshop-template" and data["title"] == "Board away-day: short"
    assert all("script" in s and "timebox_minutes" in s for s in data["steps"])
    template = load_template(path)
    assert [s.title for s in template.steps] == titles(window)
    assert [r.id for r in template.rounds] == ["today", "needed"]
    labels = [c.label for c in available_templates()]
    assert labels == [
        "From cooperation to collaboration (built in)",
        "Board away-day: short (board-away-day-short.json)",
    ]
    edited = list(window.controller.session.steps)
    editor.close()

    window.controller.undo_stack.setClean()
    assert window.new_session_from_template(path)
    session = window.controller.session
    assert [(s.title, s.kind, s.timebox, s.script) for s in session.steps] == [
        (s.title, s.kind, s.timebox, s.script) for s in edited
    ]
    assert session.teams == [] and session.votes == {}
    assert window.workshop.current_entry == 0


def test_choose_a_template_from_the_list(window, data_dir, messages):
    from collabworkshop.model import default_template
    from collabworkshop.model.template import template_data, template_json

    base = default_template()
    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "short.json").write_text(template_json(template_data("short", "Short one", base.steps[:3], base)))

    offered = []

    def pick():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            if dialog is not None:
                dialog.reject()  # never leave a modal dialog open: the run would hang
            return
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue("Short one (short.json)")
        dialog.accept()

    QTimer.singleShot(0, pick)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert offered == ["From cooperation to collaboration (built in)", "Short one (short.json)"]
    assert window.controller is not None
    assert [s.id for s in window.controller.session.steps] == ["frame", "place-today", "place-needed"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "steps[3] ('discuss'): unknown step kind 'brainstorm'"),
        ("{ not json", "not valid JSON: Expecting property name enclosed in double quotes at line 1, column 3"),
        ("", "the file is empty"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        ('{"format": "collabworkshop-template", "version": 9}', "made by a newer CollabWorkshop"),
    ],
    ids=["unknown kind", "bad json", "empty", "not utf-8", "newer version"],
)
def test_a_broken_template_gets_a_clear_message(window, sample_copy, data_dir, messages, content, problem):
    from collabworkshop.model.template import resource_path

    window.open_file(sample_copy)
    before = window.controller
    path = data_dir / "templates" / "broken.json"
    path.parent.mkdir(parents=True)
    if content is None:
        data = json.loads(resource_path("templates", "default.json").read_text(encoding="utf-8"))
        data["steps"][3]["kind"] = "brainstorm"
        content = json.dumps(data)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    assert not window.new_session_from_template(path)
    assert window.controller is before  # the open session stays open
    title, text = messages[-1]
    assert title == "This template cannot be used"
    assert str(path) in text and problem in text
    assert "Traceback" not in text


def test_escape_closes_and_keeps_a_field_being_edited(window, editor):
    select(editor, "Wrap-up")
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    QTest.keyClicks(editor.title_edit, "Close and thanks")
    QTest.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert titles(window)[-1] == "Close and thanks"
    assert list_texts(window)[-1] == "7. Close and thanks"


def test_a_template_with_a_lone_surrogate_gets_a_clear_message(window, data_dir, messages):
    from collabworkshop.model.template import resource_path

    data = json.loads(resource_path("templates", "default.json").read_text(encoding="utf-8"))
    data["dimensions"][0]["name"] = "Trust \ud800"  # written as the escape \ud800: valid JSON, no valid text
    path = data_dir / "templates" / "surrogate.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(data), encoding="ascii")
    assert not window.new_session_from_template(path)
    assert window.controller is None
    title, text = messages[-1]
    assert title == "This template cannot be used"
    assert "dimensions[0]: 'name' is not valid text" in text and "lone surrogate" in text

"""The plan page: suggestions, accept/drop, reorder, editing every field, undo."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QListWidget

from collabworkshop.model import ActionStatus
from collabworkshop.storage import read_session
from collabworkshop.ui.steps.plan_page import PlanPage, column

PLAN_ENTRY = 6  # the sample's agenda: entry 6 (step 5 after set-up and the lever vote) is the action plan


def open_plan(window, sample_copy, qtbot) -> PlanPage:
    window.open_file(sample_copy)
    window.workshop.show_entry(PLAN_ENTRY)
    page = window.workshop.current_page()
    assert isinstance(page, PlanPage)
    return page


def generated(window, page, qtbot) -> list:
    """Drop what the sample holds, then generate suggestions."""
    controller = window.controller
    for action in list(controller.session.actions):
        controller.remove_action(action.id)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    return controller.session.actions


def edit_with(page, row: int, field: str):
    index = page.model.index(row, column(field))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    return QApplication.focusWidget()


def commit(page, editor) -> None:
    page.table.commitData(editor)
    page.table.closeEditor(editor, page.table.itemDelegate().EndEditHint.NoHint)


def test_suggestions_look_different_and_accept_one_then_all(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    assert 3 <= len(actions) <= 7 and not any(a.accepted for a in actions)
    title = page.model.index(0, column("title"))
    # Suggested rows carry a tag and italics, not only a tint.
    assert title.data().startswith("Suggested: ")
    assert title.data(Qt.ItemDataRole.FontRole).italic()
    assert title.data(Qt.ItemDataRole.EditRole) == actions[0].title
    assert "suggested" in page.count_label.text()

    # Accept the second row with the keyboard (Ctrl+Return on the table).
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    session = window.controller.session
    assert session.actions[1].accepted and not session.actions[0].accepted
    accepted = page.model.index(1, column("title"))
    assert not accepted.data().startswith("Suggested")
    assert accepted.data(Qt.ItemDataRole.FontRole) is None

    qtbot.mouseClick(page.accept_all_button, Qt.MouseButton.LeftButton)
    assert all(a.accepted for a in session.actions)
    assert not page.accept_all_button.isEnabled()
    assert read_session(sample_copy).actions[0].accepted
    # "Accept all" is one undo step; the single accept is another.
    window.undo_action.trigger()
    assert [a.accepted for a in session.actions] == [False, True] + [False] * (len(actions) - 2)
    window.undo_action.trigger()
    assert not any(a.accepted for a in session.actions)


def test_regenerating_keeps_accepted_actions(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    keep = actions[1]
    window.controller.accept_actions([keep.id])
    window.controller.update_action(keep.id, "owner", "Port Authority")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    session = window.controller.session
    assert session.actions[0].title == keep.title and session.actions[0].owner == "Port Authority"
    assert sum(a.title == keep.title for a in session.actions) == 1
    assert len({a.id for a in session.actions}) == len(session.actions)
    assert all(not a.accepted for a in session.actions[1:])


def test_drop_and_reorder_by_keyboard_with_undo(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    titles = [a.title for a in actions]
    session = window.controller.session
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in session.actions] == [titles[1], titles[0], *titles[2:]]
    assert page.table.currentIndex().row() == 1, "the selection follows the moved action"
    QTest.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in session.actions][:3] == [titles[1], titles[2], titles[0]]
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [a.title for a in session.actions] == [titles[1], titles[0], *titles[2:]]
    assert [a.title for a in read_session(sample_copy).actions] == [a.title for a in session.actions]
    # Delete drops the current row (a suggestion)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert [a.title for a in session.actions] == [titles[1], *titles[2:]]
    for _ in range(4):
        window.undo_action.trigger()
    assert [a.title for a in session.actions] == titles


def test_drag_a_row_onto_another_moves_it(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    titles = [a.title for a in actions]
    model = page.model
    data = model.mimeData([model.index(0, c) for c in range(model.columnCount())])
    # dropped between rows 2 and 3: the first action becomes the third
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, page.table.rootIndex())
    assert [a.title for a in window.controller.session.actions] == [titles[1], titles[2], titles[0], *titles[3:]]
    assert window.controller.undo_stack.undoText() == "Move action"
    window.undo_action.trigger()
    assert [a.title for a in window.controller.session.actions] == titles


def test_edit_owner_supporting_due_measure_status_impact_effort(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    generated(window, page, qtbot)
    session = window.controller.session
    teams = {t.name: t.id for t in session.teams}

    # Owner: an editable combo of team names, or a typed person.
    combo = edit_with(page, 0, "owner")
    assert isinstance(combo, QComboBox) and combo.isEditable()
    assert [combo.itemText(i) for i in range(combo.count())] == list(teams)
    combo.setCurrentText("")
    QTest.keyClicks(combo, "Priya Shah")
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.actions[0].owner == "Priya Shah")

    combo = edit_with(page, 0, "owner")
    combo.setCurrentIndex(combo.findText("Port Authority"))
    commit(page, combo)
    assert session.actions[0].owner == "Port Authority"

    # Supporting teams: a checklist without the owner team; Space ticks.
    box = edit_with(page, 0, "supporting")
    assert isinstance(box, QListWidget)
    names = [box.item(i).text() for i in range(box.count())]
    assert "Port Authority" not in names and names == [n for n in teams if n != "Port Authority"]
    box.setCurrentRow(0)
    QTest.keyClick(box, Qt.Key.Key_Space)
    box.setCurrentRow(1)
    QTest.keyClick(box, Qt.Key.Key_Space)
    commit(page, box)
    assert session.actions[0].supporting == (teams[names[0]], teams[names[1]])
    assert page.model.index(0, column("supporting")).data() == f"{names[0]}, {names[1]}"

    # Making a supporting team the owner takes it off the supporters, in one undo step.
    combo = edit_with(page, 0, "owner")
    combo.setCurrentIndex(combo.findText(names[0]))
    commit(page, combo)
    assert session.actions[0].owner == names[0]
    assert session.actions[0].supporting == (teams[names[1]],)
    window.undo_action.trigger()
    assert session.actions[0].owner == "Port Authority"
    assert session.actions[0].supporting == (teams[names[0]], teams[names[1]])

    # Due date through the date picker.
    edit = edit_with(page, 0, "due")
    assert isinstance(edit, QDateEdit) and edit.calendarPopup()
    edit.setDate(QDate(2026, 12, 18))
    commit(page, edit)
    assert session.actions[0].due == "2026-12-18"

    # Success measure: plain text.
    editor = edit_with(page, 0, "success_measure")
    editor.selectAll()
    QTest.keyClicks(editor, "Charter signed by all three leads")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: session.actions[0].success_measure == "Charter signed by all three leads")

    for field, value, expected in (
        ("status", ActionStatus.BLOCKED.value, ActionStatus.BLOCKED),
        ("impact", "low", "low"),
        ("effort", "high", "high"),
    ):
        combo = edit_with(page, 0, field)
        assert isinstance(combo, QComboBox) and not combo.isEditable()
        combo.setCurrentIndex(combo.findData(value))
        commit(page, combo)
        assert getattr(session.actions[0], field) == expected, field
    assert page.model.index(0, column("effort")).data() == "High"
    assert page.model.index(0, column("status")).data() == "Blocked"

    on_disk = read_session(sample_copy).actions[0]
    assert (on_disk.owner, on_disk.due, on_disk.status, on_disk.effort) == (
        "Port Authority", "2026-12-18", ActionStatus.BLOCKED, "high")
    # each edit is one undo step
    window.undo_action.trigger()
    assert session.actions[0].effort != "high"
    window.undo_action.trigger()
    assert session.actions[0].impact != "low"
    window.undo_action.trigger()
    assert session.actions[0].status is ActionStatus.NOT_STARTED


def test_buttons_have_names_and_follow_the_selection(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    generated(window, page, qtbot)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert not page.up_button.isEnabled() and page.down_button.isEnabled()
    assert page.accept_button.isEnabled()
    last = page.model.rowCount() - 1
    page.table.setCurrentIndex(page.model.index(last, 0))
    assert page.up_button.isEnabled() and not page.down_button.isEnabled()
    for button in (page.generate_button, page.accept_button, page.accept_all_button, page.add_button,
                   page.remove_button, page.up_button, page.down_button):
        assert "&" in button.text() and button.toolTip()
    assert page.model.index(0, column("owner")).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Owner")


def test_wrapup_lists_only_accepted_actions(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    window.controller.accept_actions([actions[0].id])
    window.workshop.show_entry(PLAN_ENTRY + 1)  # the wrap-up follows the plan
    text = window.workshop.current_page().text.toPlainText()
    assert actions[0].title in text and actions[1].title not in text
    assert f"{len(actions) - 1} more suggested, not accepted yet." in text


def test_accept_moves_on_to_the_next_suggestion_and_says_when_the_owner_is_missing(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    controller = window.controller
    controller.set_action_owner(actions[0].id, "Harbour Works")
    controller.set_action_owner(actions[1].id, "")  # still "(to assign)"
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, column("owner")))
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    session = controller.session
    assert session.actions[0].accepted
    # The selection stays, on the next suggestion, in the same column.
    assert page.table.currentIndex().row() == 1 and page.table.currentIndex().column() == column("owner")
    assert page.table.selectionModel().isRowSelected(1, page.table.rootIndex())
    assert "owner" not in page.message.text()
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.actions[1].accepted
    assert "owner is still (to assign)" in page.message.text()
    assert session.actions[1].title in page.message.text()
    assert page.table.currentIndex().row() == 2
    # Accepting the last suggestion goes back to the first one still suggested.
    page.table.setCurrentIndex(page.model.index(len(actions) - 1, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == 2


def test_enter_on_an_action_shows_all_of_it(window, sample_copy, qtbot):
    page = open_plan(window, sample_copy, qtbot)
    actions = generated(window, page, qtbot)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert page.details.hasFocus()
    text = page.details.text()
    action = window.controller.session.actions[2]
    assert action.title in text and action.why.replace("&", "&amp;")[:40] in text.replace("&#x27;", "'")
    assert "Success measure:" in text and "Effort:" in text
    assert actions

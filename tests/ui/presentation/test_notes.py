"""Discussion capture on the console: notes per step and dimension,
decisions, the parking lot; undoable, saved, and in the PDF report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from collabworkshop.model import NoteKind
from collabworkshop.storage import read_session


def _texts(tree) -> list[str]:
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


def _type_note(panel, text: str, kind: NoteKind = NoteKind.NOTE, dimension: str = "") -> None:
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(kind))
    panel.dimension_box.setCurrentIndex(panel.dimension_box.findData(dimension))
    panel.text_edit.setFocus()
    QTest.keyClicks(panel.text_edit, text)
    QTest.keyClick(panel.text_edit, Qt.Key.Key_Return)


def test_notes_by_step_with_parking_lot_always_in_view(window, sample_copy, qtbot):
    assert window.open_file(sample_copy)
    window.workshop.show_entry(4)  # Discuss divergence
    controller = window.controller
    panel = window.console_panel.notes
    discuss = controller.session.steps[3]
    _type_note(panel, "Integration is where we differ most", NoteKind.NOTE, "integration")
    _type_note(panel, "Joint steering group from January", NoteKind.DECISION)
    _type_note(panel, "Procurement rules for shared budgets", NoteKind.PARKING)
    assert panel.text_edit.text() == ""  # cleared after adding
    QTest.keyClicks(panel.text_edit, "   ")
    QTest.keyClick(panel.text_edit, Qt.Key.Key_Return)  # blank: nothing added
    notes = controller.session.notes
    assert [(n.kind, n.step_id, n.dimension_id) for n in notes] == [
        (NoteKind.NOTE, discuss.id, "integration"), (NoteKind.DECISION, discuss.id, ""),
        (NoteKind.PARKING, discuss.id, "")]
    assert _texts(panel.step_tree) == ["Integration is where we differ most", "Joint steering group from January"]
    assert panel.step_tree.topLevelItem(0).text(1) == "Integration"
    assert panel.step_tree.topLevelItem(1).text(0) == "Decision"
    assert _texts(panel.parking_tree) == ["Procurement rules for shared budgets"]

    # Another step: its own (empty) notes, the parking lot still there.
    window.workshop.show_entry(5)
    assert _texts(panel.step_tree) == []
    assert _texts(panel.parking_tree) == ["Procurement rules for shared budgets"]
    window.workshop.show_entry(4)
    assert len(_texts(panel.step_tree)) == 2

    # Edit with F2, as a user would.
    tree = panel.step_tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1), 2)
    QTest.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    QTest.keyClicks(editor, "Joint steering group, monthly, from January")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.session.notes[1].text == "Joint steering group, monthly, from January")
    assert _texts(tree)[1] == "Joint steering group, monthly, from January"
    assert controller.undo_stack.undoText() == "Edit note"
    assert controller.session.notes[1].kind is NoteKind.DECISION

    # Delete with the Delete key; undo brings it back.
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0), 2)
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert [n.text for n in controller.session.notes] == [
        "Joint steering group, monthly, from January", "Procurement rules for shared budgets"]
    assert controller.undo_stack.undoText() == "Delete note"
    window.undo_action.trigger()
    assert len(controller.session.notes) == 3 and len(_texts(panel.step_tree)) == 2

    # Kept in the file.
    saved = read_session(sample_copy)
    assert [n.text for n in saved.notes] == [n.text for n in controller.session.notes]


def test_notes_are_in_the_pdf_report(window, sample_copy, tmp_path):
    from pypdf import PdfReader

    assert window.open_file(sample_copy)
    window.workshop.show_entry(4)
    panel = window.console_panel.notes
    _type_note(panel, "Integration splits us most", NoteKind.NOTE, "integration")
    _type_note(panel, "Steering group from January", NoteKind.DECISION)
    _type_note(panel, "Shared budget rules", NoteKind.PARKING)
    pdf = tmp_path / "report.pdf"
    assert window.export_pdf(pdf)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "Notes, decisions and parking lot" in text
    notes_part = text[text.index("Notes, decisions and parking lot"):]
    assert "Decisions" in notes_part and "Steering group from January" in notes_part
    assert "Integration splits us most" in notes_part
    assert "Parking lot" in notes_part and "Shared budget rules" in notes_part

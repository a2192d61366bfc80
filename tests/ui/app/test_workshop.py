"""Walking the workshop: steps by keyboard, set-up, the plan, save and reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit
from uihelpers import drag_token, place_page

from collabworkshop.model import ActionStatus
from collabworkshop.storage import read_session
from collabworkshop.ui.common import settings as prefs


def test_start_page_offers_new_open_sample_and_recent(window, sample_copy):
    start = window.start_page
    assert window.stack.currentWidget() is start
    assert start.new_button.isEnabled() and start.open_button.isEnabled() and start.sample_button.isEnabled()
    prefs.add_recent_file(sample_copy)
    window._refresh_recent()
    assert start.recent_list.count() >= 1
    item = start.recent_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == str(sample_copy.resolve())
    start.recent_list.setCurrentItem(item)
    start.recent_list.itemActivated.emit(item)
    assert window.controller is not None and window.controller.path == sample_copy.resolve()


def test_sample_opens_untitled_and_never_changes_the_shipped_file(window, qtbot):
    from collabworkshop.model.template import resource_path

    shipped = resource_path("sample", "eastport-alliance.cwsession")
    before = shipped.read_bytes()
    qtbot.mouseClick(window.start_page.sample_button, Qt.MouseButton.LeftButton)
    assert window.controller is not None and window.controller.is_untitled
    assert len(window.controller.session.teams) == 5
    window.controller.place("today", "overall", "t1", 99)
    assert shipped.read_bytes() == before


def test_steps_by_keyboard(window, sample_copy, qtbot):
    window.open_file(sample_copy)
    view = window.workshop
    view.show_entry(1)
    labels = []
    for _ in range(len(window.controller.session.steps) + 1):
        labels.append(view.step_label.text())
        QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert labels[0].startswith("Step 1 of 7")
    assert labels[-1].startswith("Step 7 of 7: Wrap-up")
    assert window.controller.session.current_step == 6
    assert not view.next_button.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert view.step_label.text().startswith("Step 6 of 7: Action plan")
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.step_label.text().startswith("Step 2 of 7: Place: today")
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.step_label.text() == "Set-up"
    # The step is remembered in the file (a moment later: a switch is not held up by a save).
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert read_session(window.controller.store.working_path).current_step == 3  # what a recovery reads
    qtbot.waitUntil(lambda: read_session(sample_copy).current_step == 3, timeout=3000)


def test_steps_by_mouse(window, sample_copy, qtbot):
    window.open_file(sample_copy)
    view = window.workshop
    view.show_entry(1)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.step_label.text().startswith("Step 2 of 7")
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.step_label.text().startswith("Step 1 of 7")
    rect = view.step_list.visualItemRect(view.step_list.item(6))
    qtbot.mouseClick(view.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.step_label.text().startswith("Step 6 of 7: Action plan")


def test_new_session_set_up_with_teams(window, qtbot, tmp_path):
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    setup = window.workshop.current_page()
    title = setup.fields["title"]
    title.setFocus()
    QTest.keyClicks(title, "Riverside bid consortium")
    QTest.keyClick(title, Qt.Key.Key_Tab)
    assert window.controller.session.info.title == "Riverside bid consortium"
    assert "Riverside bid consortium" in window.windowTitle()

    for name, org in (("Design Studio", "Arc Ltd"), ("Build Crew", "Stone & Co"), ("Client Team", "City")):
        QTest.keyClicks(setup.new_name, name)
        QTest.keyClicks(setup.new_org, org)
        QTest.keyClick(setup.new_org, Qt.Key.Key_Return)
    teams = window.controller.session.teams
    assert [t.name for t in teams] == ["Design Studio", "Build Crew", "Client Team"]
    assert len({t.colour for t in teams}) == 3  # each a different palette colour
    assert setup.table.rowCount() == 3

    # An empty name is refused.
    QTest.keyClicks(setup.new_name, "   ")
    QTest.keyClick(setup.new_name, Qt.Key.Key_Return)
    assert len(window.controller.session.teams) == 3

    # Rename in the table, then remove; undo brings it back.
    item = setup.table.item(1, 0)
    setup.table.setCurrentItem(item)
    setup.table.editItem(item)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Build Partners")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an item editor's data on the next turn of the event loop.
    qtbot.waitUntil(lambda: window.controller.session.teams[1].name == "Build Partners")
    setup.table.setCurrentCell(2, 0)
    qtbot.mouseClick(setup.remove_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in window.controller.session.teams] == ["Design Studio", "Build Partners"]
    window.undo_action.trigger()
    assert [t.name for t in window.controller.session.teams] == ["Design Studio", "Build Partners", "Client Team"]
    assert setup.table.rowCount() == 3


def test_plan_generate_edit_undo(window, sample_copy, qtbot):
    window.open_file(sample_copy)
    window.workshop.show_entry(6)  # the action plan
    page = window.workshop.current_page()
    controller = window.controller
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    actions = controller.session.actions
    assert 3 <= len(actions) <= 7
    assert page.model.rowCount() == len(actions)
    assert actions[0].lever.value == "L4"  # Integration is divided: dialogue first

    # Edit the first action's title through the table's own editor.
    index = page.model.index(0, 0)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Dialogue on integration, chaired by the client")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.session.actions[0].title == "Dialogue on integration, chaired by the client")

    # Status through its combo box.
    from collabworkshop.ui.steps.plan_page import column

    status_col = column("status")
    index = page.model.index(1, status_col)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(ActionStatus.IN_PROGRESS.value))
    page.table.commitData(combo)
    page.table.closeEditor(combo, page.table.itemDelegate().EndEditHint.NoHint)
    assert controller.session.actions[1].status is ActionStatus.IN_PROGRESS
    assert page.model.index(1, status_col).data() == "In progress"

    # Edits are kept in the file, and undo walks them back one at a time.
    on_disk = read_session(sample_copy)
    assert on_disk.actions[0].title == "Dialogue on integration, chaired by the client"
    assert on_disk.actions[1].status is ActionStatus.IN_PROGRESS
    window.undo_action.trigger()
    assert controller.session.actions[1].status is ActionStatus.NOT_STARTED
    window.undo_action.trigger()
    assert controller.session.actions[0].title != "Dialogue on integration, chaired by the client"


def test_add_and_remove_action(window, sample_copy, qtbot):
    window.open_file(sample_copy)
    window.workshop.show_entry(6)  # the action plan
    page = window.workshop.current_page()
    n = len(window.controller.session.actions)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(window.controller.session.actions) == n + 1
    page.table.setCurrentIndex(page.model.index(n, 0))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(window.controller.session.actions) == n


def test_save_as_and_reopen_in_a_fresh_window(window, qtbot, tmp_path, monkeypatch, messages):
    from collabworkshop.ui.app.main_window import MainWindow

    window.new_session()
    controller = window.controller
    controller.set_info("title", "Follow-up check")
    controller.set_info("facilitator", "Sam Okafor")
    a = controller.add_team("North Depot", "Northern Rail")
    b = controller.add_team("South Yard", "Southern Works")
    window.workshop.show_entry(2)
    page = place_page(window)
    drag_token(page.board, "overall", a, 30)
    drag_token(page.board, "overall", b, 70)
    assert window.isWindowModified()

    target = tmp_path / "follow up"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    saved = tmp_path / "follow up.cwsession"
    assert saved.exists() and not window.isWindowModified()
    original = controller.session
    window.close_session()
    assert window.controller is None

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.open_file(saved)
    reopened = fresh.controller.session
    assert reopened.info == original.info
    assert reopened.teams == original.teams
    assert reopened.placements == original.placements
    assert reopened.placements[("today", "overall", a)] == pytest.approx(30, abs=1.5)
    assert fresh.workshop.step_label.text().startswith("Step 2 of 7")  # where we left off
    fresh.close()


def test_untitled_session_asks_before_closing(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.new_session()
    window.controller.add_team("Only Team")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close_session()
    assert window.controller is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close_session()
    assert window.controller is None


def test_opening_a_bad_file_shows_a_message_and_changes_nothing(window, tmp_path, messages):
    bad = tmp_path / "notes.cwsession"
    bad.write_text("meeting notes, not a session")
    before = bad.read_bytes()
    assert not window.open_file(bad)
    assert window.controller is None
    assert messages and "not a CollabWorkshop session" in messages[-1][1]
    assert bad.read_bytes() == before


def test_saving_where_no_file_can_go_reports_and_keeps_the_session(window, tmp_path, monkeypatch, messages):
    # A "folder" that is really a file: no user, root included, can save there.
    not_a_folder = tmp_path / "minutes.txt"
    not_a_folder.write_text("x")
    window.new_session()
    window.controller.add_team("Team A")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(not_a_folder / "s.cwsession"), ""))
    assert not window.save_as()
    assert messages and "minutes.txt" in messages[-1][1]
    assert window.controller.is_untitled
    assert window.controller.session.teams[0].name == "Team A"


def test_exports_from_the_wrap_up_step(window, sample_copy, tmp_path, monkeypatch, qtbot):
    import json

    from pypdf import PdfReader

    window.open_file(sample_copy)
    window.workshop.show_entry(7)  # wrap-up
    page = window.workshop.current_page()
    assert "Agreed actions" in page.text.toPlainText()
    pdf = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    for team in window.controller.session.teams:
        assert team.name in text
    out = tmp_path / "session.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.json_button, Qt.MouseButton.LeftButton)
    data = json.loads(Path(out).read_text(encoding="utf-8"))
    assert len(data["teams"]) == 5


def test_frame_step_shows_the_contrast_from_the_template(window, sample_copy):
    window.open_file(sample_copy)
    window.workshop.show_entry(1)
    text = window.workshop.current_page().text.toPlainText()
    assert "Cooperation" in text and "Collaboration" in text
    assert "a relay race" in text and "a jazz band" in text
    assert "Eastport Harbour Alliance" in text


def test_a_file_naming_missing_rounds_opens_and_its_discuss_page_shows_normally(window, sample_copy, messages):
    """A hand-edited file whose steps and rounds name rounds it lacks: the
    loader drops those links, so every page shows and the session exports
    as JSON that imports again."""
    import sqlite3

    from collabworkshop.storage import session_from_json, session_to_json
    from collabworkshop.ui.steps.pages import InfoPage, PlacePage

    conn = sqlite3.connect(sample_copy)
    conn.execute("UPDATE steps SET compare_round_id = 'gone' WHERE kind = 'discuss'")
    conn.execute("UPDATE steps SET round_id = 'vanished' WHERE id = 'place-needed'")
    conn.execute("UPDATE rounds SET follows = 'gone' WHERE id = 'needed'")
    conn.commit()
    conn.close()
    assert window.open_file(sample_copy)
    session = window.controller.session
    kinds = [st.kind.value for st in session.steps]
    window.workshop.show_entry(1)
    for _ in range(kinds.index("discuss")):
        window.next_action.trigger()  # step by step, as the facilitator does
        QApplication.processEvents()
    page = window.workshop.current_page()
    assert isinstance(page, PlacePage) and page.step.kind.value == "discuss"
    scene = page.board.board_scene
    assert scene.round_id == "needed" and scene.compare_round_id == ""
    assert len(scene.tokens()) > 0  # the board is drawn, with its tokens
    assert page.movement_button.isHidden()  # "needed" follows no round that exists
    window.workshop.show_entry(kinds.index("place") + 2)  # the place step whose round vanished
    assert isinstance(window.workshop.current_page(), InfoPage)
    assert session_from_json(session_to_json(session)) == session
    assert messages == []

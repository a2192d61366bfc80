"""Opening a session file from the window: a file that takes long to read
shows a progress dialog with Cancel while the window keeps handling
events; Cancel leaves the open session, the file and the folders as they
were; a bad file still gets its one-line message; a small file opens with
no dialog at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from largesession import large_session
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from collabworkshop.model.session import Note, NoteKind
from collabworkshop.storage import save_session
from collabworkshop.ui.common import settings as prefs


@pytest.fixture(scope="module")
def huge_file(tmp_path_factory) -> Path:
    """The largest file the app opens: the big room over 20 rounds (50,000
    placements) and 550 notes near the longest a note may be (about 58 MB;
    the limit is 64 MB). Reading it, checking it and building its working
    copy takes well over a second on any machine."""
    session = large_session(rounds=20)
    line = "The berth schedule, the rail slots and the night shift. "
    session.notes = [Note(f"n{i}", NoteKind.NOTE, (f"Note {i}: " + line * 1800)[:99_000]) for i in range(550)]
    path = tmp_path_factory.mktemp("huge") / "harbour-all-hands.cwsession"
    save_session(session, path)
    return path


class _Shown(QObject):
    """Every progress dialog that was shown, however briefly."""

    def __init__(self) -> None:
        super().__init__()
        self.dialogs: list[QProgressDialog] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.dialogs.append(watched)
        return False


@pytest.fixture
def shown():
    spy = _Shown()
    QApplication.instance().installEventFilter(spy)
    yield spy
    QApplication.instance().removeEventFilter(spy)


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def _visible_dialog(window) -> QProgressDialog | None:
    return next((d for d in window.findChildren(QProgressDialog) if d.isVisible()), None)


def _lock_is_free(path: Path) -> bool:
    """The file's session lock can be taken (and is given back at once)."""
    from collabworkshop.controller.locks import SessionLock

    lock = SessionLock.acquire(path, prefs.working_dir())
    lock.release()
    return True


@pytest.mark.slow
def test_cancel_keeps_the_open_session_and_leaves_nothing_behind(window, qtbot, sample_copy, huge_file, shown):
    assert window.open_file(sample_copy)
    previous, workshop = window.controller, window.workshop
    window.controller.update_team("t1", "name", "Harbour Pilots")  # a named session: saved at once
    huge_before = huge_file.read_bytes()
    huge_folder = _listing(huge_file.parent)
    working_before = _listing(prefs.working_dir())
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)
    seen: dict = {}

    def watch() -> None:
        dialog = _visible_dialog(window)
        if dialog is None:
            QTimer.singleShot(20, watch)
            return
        seen["label"] = dialog.labelText()
        seen["modal"] = dialog.windowModality()
        seen["name"] = dialog.accessibleName()
        seen["ticks"] = len(ticks)
        QTimer.singleShot(150, lambda: click(dialog))

    def click(dialog) -> None:
        seen["ticks_at_click"] = len(ticks)
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, watch)
    opened = window.open_file(huge_file)
    ticker.stop()

    assert not opened
    assert seen, "no progress dialog appeared"
    assert seen["label"] == "Opening harbour-all-hands.cwsession\u2026"
    assert seen["modal"] == Qt.WindowModality.WindowModal and seen["name"] == "Open session"
    assert seen["ticks_at_click"] > seen["ticks"]  # the window's timer ran while the dialog was up
    # The session that was open is still open, as it was, in the same page.
    assert window.controller is previous and window.workshop is workshop
    assert window.stack.currentWidget() is workshop
    assert window.controller.session.teams[0].name == "Harbour Pilots"
    assert window.controller.path == sample_copy.resolve()
    assert "nothing was opened" in window.statusBar().currentMessage()
    # The file and its folder untouched; no working copy, reading copy or lock left.
    assert huge_file.read_bytes() == huge_before
    assert _listing(huge_file.parent) == huge_folder
    assert _listing(prefs.working_dir()) == working_before
    assert _lock_is_free(huge_file)
    QApplication.processEvents()
    assert _visible_dialog(window) is None
    assert str(huge_file) not in prefs.recent_files()
    # The previous session still works: a change is saved to its file.
    window.controller.update_team("t1", "name", "Harbour Pilots II")
    from collabworkshop.storage import read_session

    assert read_session(sample_copy).teams[0].name == "Harbour Pilots II"


@pytest.mark.slow
def test_a_long_opening_shows_the_dialog_then_opens(window, qtbot, huge_file, shown):
    assert window.open_file(huge_file)
    assert [d for d in shown.dialogs if d.labelText().startswith("Opening harbour-all-hands")], \
        "no progress dialog appeared"
    assert window.controller is not None and window.controller.path == huge_file.resolve()
    assert len(window.controller.session.placements) == 50_000
    assert window.stack.currentWidget() is window.workshop
    QApplication.processEvents()
    assert _visible_dialog(window) is None


def test_a_small_file_opens_without_a_dialog(window, sample_copy, shown):
    assert window.open_file(sample_copy)
    assert window.controller is not None and window.controller.path == sample_copy.resolve()
    assert shown.dialogs == []


def test_a_damaged_file_gets_one_line_and_the_open_session_stays(window, sample_copy, tmp_path, messages):
    assert window.open_file(sample_copy)
    previous = window.controller
    # A session file cut short (a copy that stopped half-way).
    data = sample_copy.read_bytes()
    bad = tmp_path / "cut.cwsession"
    bad.write_bytes(data[: len(data) // 2 + 100])
    working_before = _listing(prefs.working_dir())
    assert not window.open_file(bad)
    assert messages, "no message"
    title, text = messages[-1]
    assert title == "Could not open the session"
    assert "cut.cwsession" in text and "damaged" in text
    assert "\n" not in text and "Traceback" not in text
    assert window.controller is previous  # the session that was open stays
    assert _listing(prefs.working_dir()) == working_before
    assert _lock_is_free(bad)


@pytest.mark.parametrize("content, words", [
    (b"meeting notes, not a session", "not a CollabWorkshop session"),
    (None, "newer"),
])
def test_foreign_and_newer_files_get_one_line(window, tmp_path, messages, sample_copy, content, words):
    path = tmp_path / "other.cwsession"
    if content is not None:
        path.write_bytes(content)
    else:
        # A file from a later CollabWorkshop: a format version this one does not know.
        import sqlite3

        shutil.copyfile(sample_copy, path)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    assert not window.open_file(path)
    assert window.controller is None
    text = messages[-1][1]
    assert words in text and "\n" not in text and "Traceback" not in text


def test_keeping_the_open_session_reads_nothing(window, sample_copy, monkeypatch, shown):
    window.new_session()
    window.controller.add_team("Only Team")
    previous = window.controller
    asked = []

    def keep_it(*_a, **_k):
        asked.append(1)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep_it)
    working_before = _listing(prefs.working_dir())
    assert not window.open_file(sample_copy)
    assert asked  # asked before anything was read
    assert window.controller is previous and window.controller.session.teams[-1].name == "Only Team"
    assert _listing(prefs.working_dir()) == working_before
    assert shown.dialogs == []


@pytest.mark.slow
def test_cancelling_after_dont_save_keeps_the_unsaved_session(window, qtbot, huge_file, monkeypatch):
    """Asked first, swapped last: the user said not to save the untitled
    session, then cancelled the opening; the session and its change stay."""
    window.new_session()
    window.controller.add_team("Only Team")
    previous = window.controller
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def watch() -> None:
        dialog = _visible_dialog(window)
        if dialog is None:
            QTimer.singleShot(20, watch)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, watch)
    assert not window.open_file(huge_file)
    assert window.controller is previous
    assert window.controller.session.teams[-1].name == "Only Team"
    assert window.controller.needs_save  # still asks when it closes


@pytest.mark.slow
def test_closing_the_window_while_reading_cancels_the_reading(window, qtbot, huge_file):
    working_before = _listing(prefs.working_dir())
    seen = {}

    def watch() -> None:
        if _visible_dialog(window) is None:
            QTimer.singleShot(20, watch)
            return
        seen["closed"] = window.close()

    QTimer.singleShot(0, watch)
    assert not window.open_file(huge_file)
    assert seen == {"closed": False}  # the window stayed until the reading had stopped
    assert window.controller is None
    assert _listing(prefs.working_dir()) == working_before
    assert window.close()


@pytest.mark.slow
def test_keys_and_clicks_during_the_reading_do_not_reach_the_open_session(window, qtbot, sample_copy, huge_file):
    """Before the dialog shows (the first half second) the window paints
    but takes no input: Ctrl+Z or a click on the step list would otherwise
    change the session that is about to be replaced (or kept, on Cancel)."""
    assert window.open_file(sample_copy)
    window.activateWindow()
    window.controller.update_team("t1", "name", "Harbour Pilots")
    step_list = window.focusWidget()
    row = step_list.currentRow()
    seen = {}

    def press() -> None:
        seen["dialog_up"] = _visible_dialog(window) is not None
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(step_list, Qt.Key.Key_Down)
        QTimer.singleShot(0, watch)

    def watch() -> None:
        dialog = _visible_dialog(window)
        if dialog is None:
            QTimer.singleShot(20, watch)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press)
    assert not window.open_file(huge_file)
    assert seen == {"dialog_up": False}
    assert window.controller.session.teams[0].name == "Harbour Pilots"  # no undo ran
    assert step_list.currentRow() == row  # no step was changed
    # And the window takes keys again afterwards.
    qtbot.keyClick(step_list, Qt.Key.Key_Down)
    assert step_list.currentRow() == row + 1


def test_a_file_open_in_another_window_is_refused_with_no_dialog_after(window, qtbot, sample_copy, messages):
    from collabworkshop.ui.app.main_window import MainWindow

    other = MainWindow()
    try:
        assert other.open_file(sample_copy)
        assert not window.open_file(sample_copy)
        assert "already open" in messages[-1][1] and "\n" not in messages[-1][1]
        qtbot.wait(900)  # longer than the dialog's half second
        assert _visible_dialog(window) is None
        assert window.controller is None
    finally:
        other.controller.undo_stack.setClean()
        other.close()
        other.deleteLater()

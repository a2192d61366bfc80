"""Crash recovery, session locks, backups and older files, with real
crashes (a child process killed with SIGKILL) and the real window.

The recovery question is a real QMessageBox; the tests answer it by
clicking its buttons once it is up.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from collabworkshop.controller.factory import new_session, open_session
from collabworkshop.controller.locks import SessionInUseError
from collabworkshop.controller.recovery import find_orphans
from collabworkshop.storage import SCHEMA_VERSION, check_header, read_session

DATA = Path(__file__).resolve().parents[2] / "data"

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from collabworkshop.controller.factory import new_session, open_session

    app = QCoreApplication([])
    target, working = sys.argv[1], Path(sys.argv[2])
    if target == "-":
        c = new_session(working)
        c.set_info("title", "Eastport crash test")
        for name in ("North", "South", "East"):
            c.add_team(name)
        teams = [t.id for t in c.session.teams]
        c.place("today", "overall", teams[0], 31.5)
        c.place("today", "overall", teams[1], 72.0)
    else:
        c = open_session(Path(target), working)
        if len(sys.argv) > 3:  # "the disk is full" from here on: the autosaves fail
            import resource, signal
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        c.place("today", "overall", "t1", 3.5)
        c.set_info("title", "Changed before the crash")
    print("ACK", c.store.working_path, flush=True)
    time.sleep(120)
    """
)


def crash_child(target: Path | None, data: Path, file_size_limit: int | None = None) -> Path:
    """Run the editing child until it acknowledges, then SIGKILL it.
    Returns its working copy. With ``file_size_limit`` the child's files
    cannot grow past it once the session is open (a full disk)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLLABWORKSHOP_DATA_DIR=str(data))
    limit = [str(file_size_limit)] if file_size_limit else []
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target) if target else "-", str(data / "working"), *limit],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("ACK "), child.stderr.read() if child.poll() is not None else line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    return Path(line.split(" ", 1)[1].strip())


def answer_box(button: str, seen: list[str], tries: int = 400) -> None:
    """Click ``button`` in the next modal message box (polling for it)."""

    def poll(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
            if os.environ.get("CW_SHOTS"):  # for looking at it: CW_SHOTS=/tmp pytest ...
                box.grab().save(str(Path(os.environ["CW_SHOTS"]) / f"box-{len(seen)}.png"))
            for b in box.buttons():
                if b.text().replace("&", "") == button:
                    b.click()
                    return
            raise AssertionError(f"no button {button!r} in {[b.text() for b in box.buttons()]}")
        if left:
            QTimer.singleShot(25, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("COLLABWORKSHOP_DATA_DIR", str(data))
    return data


# -- recovery --------------------------------------------------------------------------

@pytest.mark.slow
def test_untitled_session_is_offered_and_recovered_after_sigkill(window, data_dir, monkeypatch):
    working = crash_child(None, data_dir)
    assert working.exists()
    seen: list[str] = []
    answer_box("Recover", seen)
    assert window.offer_recovery() == 1
    assert len(seen) == 1
    assert "Eastport crash test" in seen[0] and "untitled" in seen[0]
    assert "3 teams" in seen[0] and "2 placements" in seen[0] and "today" in seen[0]
    controller = window.controller
    assert controller is not None and controller.is_untitled
    assert controller.title == "Eastport crash test"
    assert [t.name for t in controller.session.teams] == ["North", "South", "East"]
    assert sorted(controller.session.placements.values()) == [31.5, 72.0]
    assert window.isWindowModified()  # recovered work is not in any file yet
    # It is owned by this run now: a second look finds nothing to offer.
    assert find_orphans(data_dir / "working") == []
    # Closing asks before throwing the recovered work away.
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard)
    assert window.close_session()
    assert asked and "Eastport crash test" in asked[0]
    assert not working.exists() and find_orphans(data_dir / "working") == []


@pytest.mark.slow
def test_later_keeps_the_session_for_the_next_start_and_discard_deletes_it(window, data_dir, monkeypatch):
    working = crash_child(None, data_dir)
    seen: list[str] = []
    answer_box("Later", seen)
    assert window.offer_recovery() == 0
    assert window.controller is None and working.exists()
    [orphan] = find_orphans(data_dir / "working")
    orphan.release()
    # Discard asks to confirm; "Cancel" keeps it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    answer_box("Discard\u2026", seen)
    window.offer_recovery()
    assert working.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    answer_box("Discard\u2026", seen)
    window.offer_recovery()
    assert len(seen) == 3
    assert not working.exists() and not working.with_suffix(".json").exists()
    assert find_orphans(data_dir / "working") == []


@pytest.mark.slow
def test_named_session_with_changes_its_file_lacks_is_saved_back_with_a_backup(window, data_dir, sample_copy):
    original = sample_copy.read_bytes()
    # The autosaves never reach the file: the disk is full (the file is 86 kB).
    crash_child(sample_copy, data_dir, file_size_limit=40_000)
    assert sample_copy.read_bytes() == original
    seen: list[str] = []
    answer_box("Recover", seen)
    assert window.offer_recovery() == 1
    assert str(sample_copy) in seen[0] and "Changed before the crash" in seen[0]
    assert "does not have" in seen[0]
    assert window.controller.path == sample_copy
    on_disk = read_session(sample_copy)
    assert on_disk.info.title == "Changed before the crash"
    assert on_disk.position("today", "overall", "t1") == 3.5
    backup = sample_copy.with_name(sample_copy.name + ".bak")
    assert backup.read_bytes() == original


@pytest.mark.slow
def test_named_session_whose_file_has_everything_is_cleaned_up_without_asking(window, data_dir, sample_copy):
    working = crash_child(sample_copy, data_dir)
    seen: list[str] = []
    answer_box("Later", seen, tries=20)  # would record a question, if one came
    assert window.offer_recovery() == 0
    QApplication.processEvents()
    assert seen == []
    assert not working.exists()
    assert read_session(sample_copy).position("today", "overall", "t1") == 3.5


@pytest.mark.slow
def test_named_session_whose_file_changed_later_opens_untitled_and_leaves_the_file(window, data_dir, sample_copy):
    crash_child(sample_copy, data_dir)
    other = (DATA / "session-v2.cwsession").read_bytes()
    sample_copy.write_bytes(other)  # someone saved another version there after the crash
    seen: list[str] = []
    answer_box("Recover", seen)
    assert window.offer_recovery() == 1
    assert "changed after this copy" in seen[0]
    assert window.controller.is_untitled
    assert window.controller.session.info.title == "Changed before the crash"
    assert sample_copy.read_bytes() == other


# -- locks ----------------------------------------------------------------------------------

def test_the_same_file_cannot_be_open_twice(tmp_path, sample_copy, qapp):
    working = tmp_path / "working"
    first = open_session(sample_copy, working)
    try:
        with pytest.raises(SessionInUseError, match=rf"already open in CollabWorkshop \(process {os.getpid()} on "):
            open_session(sample_copy, working)
        # Another name for the same file is the same file.
        with pytest.raises(SessionInUseError):
            open_session(tmp_path / "." / sample_copy.name, working)
    finally:
        first.close()
    second = open_session(sample_copy, working)  # closing released it
    second.close()


def test_second_window_is_told_the_session_is_open(window, qtbot, sample_copy, messages):
    from collabworkshop.ui.app.main_window import MainWindow

    assert window.open_file(sample_copy)
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.open_file(sample_copy)
    assert other.controller is None
    assert "already open in CollabWorkshop" in messages[-1][1]
    assert "Traceback" not in messages[-1][1]


def test_untitled_copy_of_the_sample_does_not_lock_it(window, qtbot):
    from collabworkshop.model.template import resource_path
    from collabworkshop.ui.app.main_window import MainWindow

    window.open_sample()
    assert window.controller.is_untitled
    other = MainWindow()
    qtbot.addWidget(other)
    other.open_sample()  # the shipped file is free: it was opened as an untitled copy
    assert other.controller is not None
    other.controller.close()
    other.controller = None
    assert resource_path("sample", "eastport-alliance.cwsession").exists()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from collabworkshop.controller.factory import new_session, open_session

    app = QCoreApplication([])
    c = open_session(Path(sys.argv[1]), Path(sys.argv[2]))
    print("OPEN", flush=True)
    time.sleep(120)
    """
)


@pytest.mark.slow
def test_lock_of_a_live_process_refuses_and_of_a_killed_one_is_taken_over(tmp_path, sample_copy, qapp):
    working = tmp_path / "working"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(sample_copy), str(working)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        line = child.stdout.readline()
        assert line.startswith("OPEN"), child.stderr.read() if child.poll() is not None else line
        with pytest.raises(SessionInUseError, match=rf"\(process {child.pid} on "):
            open_session(sample_copy, working)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    controller = open_session(sample_copy, working)  # the stale lock is removed
    controller.close()


# -- backups ----------------------------------------------------------------------------------

def test_first_autosave_keeps_the_file_as_opened_and_later_ones_do_not_replace_it(tmp_path, sample_copy, qapp):
    original = sample_copy.read_bytes()
    controller = open_session(sample_copy, tmp_path / "working")
    backup = sample_copy.with_name(sample_copy.name + ".bak")
    try:
        assert not backup.exists()  # opening writes nothing
        controller.place("today", "overall", "t1", 11)
        assert backup.read_bytes() == original
        controller.place("today", "overall", "t2", 12)
        controller.place("today", "overall", "t3", 13)
        assert backup.read_bytes() == original  # still the file as it was when opened
        assert read_session(sample_copy).position("today", "overall", "t3") == 13
    finally:
        controller.close()


def test_save_as_over_another_file_keeps_that_file(tmp_path, sample_copy, qapp):
    other = tmp_path / "other.cwsession"
    shutil.copyfile(DATA / "session-v2.cwsession", other)
    before = other.read_bytes()
    controller = new_session(tmp_path / "working")
    try:
        controller.set_info("title", "Replacement")
        assert controller.save_as(other)
        assert read_session(other).info.title == "Replacement"
        assert other.with_name("other.cwsession.bak").read_bytes() == before
        assert controller.last_backup == other.with_name("other.cwsession.bak")
    finally:
        controller.close()


def test_save_as_to_a_file_open_elsewhere_is_refused(tmp_path, sample_copy, qapp):
    working = tmp_path / "working"
    holder = open_session(sample_copy, working)
    controller = new_session(working)
    errors: list[str] = []
    controller.error_occurred.connect(errors.append)
    before = sample_copy.read_bytes()
    try:
        assert not controller.save_as(sample_copy)
        assert errors and "already open" in errors[0]
        assert sample_copy.read_bytes() == before and controller.is_untitled
    finally:
        controller.close()
        holder.close()


# -- older files ----------------------------------------------------------------------------------

def test_older_file_is_not_written_until_saved_then_its_original_is_kept(tmp_path, qapp):
    path = tmp_path / "old.cwsession"
    shutil.copyfile(DATA / "session-v1.cwsession", path)
    original = path.read_bytes()
    controller = open_session(path, tmp_path / "working")
    try:
        assert controller.autosave_paused and controller.store.migrated_from == 1
        team = controller.session.teams[0].id
        controller.place("today", controller.session.dimensions[0].id, team, 42)
        controller.set_step(1)
        assert path.read_bytes() == original  # no autosave over the old format
        assert controller.needs_save
        assert controller.save_as(path)
        assert check_header(path) == SCHEMA_VERSION
        assert read_session(path).position("today", controller.session.dimensions[0].id, team) == 42
        kept = path.with_name("old.cwsession.v1.bak")
        assert kept.read_bytes() == original and controller.last_backup == kept
        # From now on it autosaves like any current file.
        assert not controller.autosave_paused and not controller.needs_save
        controller.place("today", controller.session.dimensions[0].id, team, 43)
        assert read_session(path).position("today", controller.session.dimensions[0].id, team) == 43
        assert kept.read_bytes() == original
    finally:
        controller.close()


def test_window_tells_about_the_upgrade_before_editing_and_asks_before_closing(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "old.cwsession"
    shutil.copyfile(DATA / "session-v1.cwsession", path)
    original = path.read_bytes()
    assert window.open_file(path)
    notice = window.statusBar().findChild(QLabel, "upgradeNotice")
    assert notice is not None
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert "older CollabWorkshop (format 1)" in notice.text() and "old.cwsession.v1.bak" in notice.text()
    window.statusBar().clearMessage()
    window.grab().save(str(Path(os.environ.get("CW_SHOTS", tmp_path)) / "upgrade-notice.png"))
    c = window.controller
    c.place("today", c.session.dimensions[0].id, c.session.teams[0].id, 55)
    assert window.isWindowModified() and path.read_bytes() == original
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    assert not window.close_session()
    assert asked and "upgraded" in asked[0]
    assert window.save()
    assert window.statusBar().findChild(QLabel, "upgradeNotice") is None or not notice.isVisible()
    assert "original is kept" in window.statusBar().currentMessage()
    assert path.with_name("old.cwsession.v1.bak").read_bytes() == original
    assert not window.isWindowModified()


# -- a file that cannot take the latest change (a full or read-only disk) ---------------------

@pytest.fixture
def stick(tmp_path, window):
    """A small real file system (tmpfs) for the session file, unmounted at
    the end whatever happens: remount it read-only or fill it up."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        # Writable and with room again before the window goes, so that a
        # test failing half-way leaves no question nobody would answer.
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], capture_output=True)
        (folder / "filler").unlink(missing_ok=True)
        if window.controller is not None:
            window.close_session()
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def read_only(folder: Path, on: bool = True) -> None:
    subprocess.run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Take every free byte of ``folder``'s file system; returns the filler."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def edit_on_the_board(window, value: float) -> None:
    from uihelpers import drag_token, place_page

    window.workshop.show_entry(2)  # the first place step
    drag_token(place_page(window).board, "overall", "t1", value)


def open_on_stick(window, stick: Path) -> Path:
    path = stick / "eastport.cwsession"
    shutil.copyfile(DATA.parent.parent / "resources" / "sample" / "eastport-alliance.cwsession", path)
    assert window.open_file(path)
    return path


def test_closing_after_a_failed_autosave_asks_and_keep_for_recovery_offers_it_next_start(
        window, data_dir, stick, messages):
    path = open_on_stick(window, stick)
    original = path.read_bytes()
    read_only(stick)
    edit_on_the_board(window, 30)
    placed = window.controller.session.position("today", "overall", "t1")
    assert placed is not None and path.read_bytes() == original
    # Told at once, naming the file and why.
    assert any(str(path) in text and "Read-only file system" in text for _title, text in messages), messages
    assert window.isWindowModified()
    working = window.controller.store.working_path
    # Closing asks; Cancel keeps the session open.
    seen: list[str] = []
    answer_box("Cancel", seen)
    window.close()
    assert window.controller is not None and len(seen) == 1
    assert str(path) in seen[0] and "Read-only file system" in seen[0] and "Keep for recovery" in seen[0]
    answer_box("Keep for recovery", seen)
    window.close()
    assert len(seen) == 2 and window.controller is None
    assert working.exists() and working.with_suffix(".json").exists()
    # The next start offers it, with the edit inside, as newer than its file.
    [orphan] = find_orphans(data_dir / "working")
    assert orphan.source == path and orphan.session.position("today", "overall", "t1") == placed
    orphan.release()
    read_only(stick, False)  # the stick is writable again
    answer_box("Recover", seen)
    assert window.offer_recovery() == 1
    assert "does not have" in seen[2]
    assert window.controller.path == path and not window.isWindowModified()
    assert read_session(path).position("today", "overall", "t1") == placed


def test_discard_after_a_failed_autosave_removes_the_working_copy(window, data_dir, stick, messages):
    path = open_on_stick(window, stick)
    original = path.read_bytes()
    fill(stick)
    edit_on_the_board(window, 40)
    assert any("No space left on device" in text for _title, text in messages), messages
    working = window.controller.store.working_path
    seen: list[str] = []
    answer_box("Discard", seen)
    assert window.close_session()
    assert len(seen) == 1 and str(path) in seen[0]
    assert not working.exists() and find_orphans(data_dir / "working") == []
    assert path.read_bytes() == original


def test_save_as_after_a_failed_autosave_writes_the_edit_elsewhere(window, data_dir, stick, tmp_path, messages,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = open_on_stick(window, stick)
    read_only(stick)
    edit_on_the_board(window, 60)
    placed = window.controller.session.position("today", "overall", "t1")
    elsewhere = tmp_path / "elsewhere.cwsession"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    seen: list[str] = []
    answer_box("Save As\u2026", seen)
    assert window.close_session()
    assert len(seen) == 1 and window.controller is None
    assert read_session(elsewhere).position("today", "overall", "t1") == placed
    assert read_session(path).position("today", "overall", "t1") != placed  # the stick was read-only
    assert find_orphans(data_dir / "working") == []


def test_autosave_catches_up_when_space_comes_back_and_closing_asks_nothing(window, data_dir, stick, messages):
    path = open_on_stick(window, stick)
    filler = fill(stick)
    edit_on_the_board(window, 20)
    assert window.isWindowModified()
    filler.unlink()  # space again: the next change saves everything
    edit_on_the_board(window, 25)
    assert not window.isWindowModified()
    placed = window.controller.session.position("today", "overall", "t1")
    assert placed is not None and read_session(path).position("today", "overall", "t1") == placed
    # Full again; freed before closing: closing saves it once more and asks nothing.
    filler = fill(stick)
    edit_on_the_board(window, 35)
    assert window.isWindowModified()
    placed = window.controller.session.position("today", "overall", "t1")
    assert read_session(path).position("today", "overall", "t1") != placed
    filler.unlink()
    seen: list[str] = []
    answer_box("Cancel", seen, tries=20)  # would record a question, if one came
    assert window.close_session()
    QApplication.processEvents()
    assert seen == [] and window.controller is None
    assert read_session(path).position("today", "overall", "t1") == placed
    assert find_orphans(data_dir / "working") == []


# -- locks whose owner cannot be read ---------------------------------------------------------

UNREADABLE_LOCKS = {"empty": b"", "garbage": b"\x00\xffnot a lock\n"}


def age(path: Path, seconds: float) -> None:
    import time

    moment = time.time() - seconds
    os.utime(path, (moment, moment))


@pytest.mark.parametrize("content", list(UNREADABLE_LOCKS))
def test_a_session_lock_nobody_can_read_is_respected_briefly_then_taken_over(tmp_path, sample_copy, qapp,
                                                                              content):
    from collabworkshop.controller.locks import lock_file_for

    working = tmp_path / "working"
    lock = lock_file_for(sample_copy, working)
    lock.parent.mkdir(parents=True)
    lock.write_bytes(UNREADABLE_LOCKS[content])
    age(lock, 0)  # just made: its owner may still be writing it
    with pytest.raises(SessionInUseError):
        open_session(sample_copy, working)
    age(lock, 120)  # left by a crash mid-write, or damaged
    controller = open_session(sample_copy, working)
    try:
        controller.place("today", "overall", "t1", 44)
        assert read_session(sample_copy).position("today", "overall", "t1") == 44
    finally:
        controller.close()


@pytest.mark.slow
@pytest.mark.parametrize("content", list(UNREADABLE_LOCKS))
def test_a_working_copy_lock_nobody_can_read_does_not_hide_the_session_for_ever(window, data_dir, content):
    from collabworkshop.controller.locks import working_lock_for

    working = crash_child(None, data_dir)
    lock = working_lock_for(working)
    lock.write_bytes(UNREADABLE_LOCKS[content])  # the crash came while the lock was being written
    age(lock, 0)
    assert find_orphans(data_dir / "working") == []  # its owner may still be writing it
    age(lock, 120)
    seen: list[str] = []
    answer_box("Recover", seen)
    assert window.offer_recovery() == 1
    assert "Eastport crash test" in seen[0]
    assert sorted(window.controller.session.placements.values()) == [31.5, 72.0]


# -- a file replaced after the crash ----------------------------------------------------------

REPLACEMENTS = {
    "text file": lambda path: path.write_text("minutes of the meeting\n"),
    "folder": lambda path: (path.unlink(), path.mkdir()),
    # Another session, copied with its old date kept (cp -p, a restore, an unzip).
    "older-dated session": lambda path: (shutil.copyfile(DATA / "session-v2.cwsession", path),
                                         os.utime(path, (1_600_000_000, 1_600_000_000))),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(REPLACEMENTS))
def test_recover_leaves_a_file_that_is_no_longer_the_session_it_came_from(window, data_dir, sample_copy, kind):
    crash_child(sample_copy, data_dir)
    REPLACEMENTS[kind](sample_copy)
    before = sample_copy.read_bytes() if sample_copy.is_file() else None
    backup = sample_copy.with_name(sample_copy.name + ".bak")
    backup_before = backup.read_bytes()  # made by the crashed run's first autosave
    seen: list[str] = []
    answer_box("Recover", seen)
    assert window.offer_recovery() == 1
    assert "leaves the file as it is" in seen[0]
    controller = window.controller
    assert controller.is_untitled and controller.session.info.title == "Changed before the crash"
    assert (sample_copy.read_bytes() if sample_copy.is_file() else None) == before
    assert backup.read_bytes() == backup_before


@pytest.mark.slow
def test_a_recovered_session_the_window_cannot_show_yet_is_kept_not_thrown_away(window, data_dir, monkeypatch):
    working = crash_child(None, data_dir)
    window.new_session()
    mine = window.controller
    mine.add_team("Unsaved team")  # the open session needs saving: closing it asks
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    seen: list[str] = []
    answer_box("Recover", seen)
    window.offer_recovery()
    assert window.controller is mine  # the user kept the open session...
    assert working.exists()  # ...and the recovered one waits for the next start
    [orphan] = find_orphans(data_dir / "working")
    assert orphan.session.info.title == "Eastport crash test"
    orphan.release()

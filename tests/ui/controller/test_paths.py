"""What the app does with the paths it is given: symbolic links are saved
through to their target (and locked as that target), only regular files are
read, and temporary files a dead run left beside a session are removed when
that session is next opened or offered, and nothing else is."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_recovery import crash_child

from collabworkshop.controller.factory import new_session, open_session
from collabworkshop.controller.locks import SessionInUseError
from collabworkshop.controller.recovery import find_orphans, recover
from collabworkshop.model.template import TemplateError, load_template
from collabworkshop.storage import read_session

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "mkfifo"), reason="needs POSIX")


# -- symbolic links ------------------------------------------------------------------------

def test_editing_a_linked_session_saves_to_the_target_and_keeps_the_link(tmp_path, sample_copy, qapp):
    link = tmp_path / "link.cwsession"
    link.symlink_to(sample_copy.name)  # relative, as people make them
    working = tmp_path / "working"
    controller = open_session(link, working)
    try:
        controller.place("today", "overall", "t1", 11.5)
        controller.place("today", "overall", "t2", 22.5)
        assert link.is_symlink() and os.readlink(link) == sample_copy.name
        assert read_session(sample_copy).position("today", "overall", "t2") == 22.5
        # The backup is of the target, beside it; none for the link's name.
        assert sample_copy.with_name(sample_copy.name + ".bak").is_file()
        assert not (tmp_path / "link.cwsession.bak").exists()
        assert controller.path == link  # the window keeps the name the user opened
        # The target, or the link, is the same session: open already.
        with pytest.raises(SessionInUseError):
            open_session(sample_copy, working)
        with pytest.raises(SessionInUseError):
            open_session(link, working)
    finally:
        controller.close()


def test_save_as_onto_a_link_writes_its_target(tmp_path, sample_copy, qapp):
    link = tmp_path / "shared.cwsession"
    link.symlink_to(sample_copy)
    working = tmp_path / "working"
    controller = new_session(working)
    try:
        controller.set_info("title", "Saved through a link")
        assert controller.save_as(link)
        assert link.is_symlink()
        assert read_session(sample_copy).info.title == "Saved through a link"
        with pytest.raises(SessionInUseError):
            open_session(sample_copy, working)
    finally:
        controller.close()


def test_a_link_to_a_file_not_made_yet_creates_that_file(tmp_path, qapp):
    target = tmp_path / "later.cwsession"
    link = tmp_path / "link.cwsession"
    link.symlink_to(target)
    controller = new_session(tmp_path / "working")
    try:
        assert controller.save_as(link)
        assert link.is_symlink() and read_session(target) is not None
    finally:
        controller.close()


# -- leftovers --------------------------------------------------------------------------------

OURS = (
    ".eastport.cwsession.cw-0123abcd.tmp",
    ".eastport.cwsession.cw-0123abcd.tmp-journal",
    ".eastport.cwsession.bak.cw-89abcdef.tmp",
    ".eastport.cwsession.v1.bak.cw-00ff00ff.tmp",
)
#: Similar names that are not ours: the user's own, or another session's.
NOT_OURS = (
    ".eastport.cwsession.notes.tmp",
    ".eastport.cwsession.cw-0123abcd.tmp.keep",
    ".eastport.cwsession.cw-0123ABCD.tmp",
    ".eastport.cwsession.cw-0123abc.tmp",
    "eastport.cwsession.cw-0123abcd.tmp",
    ".other.cwsession.cw-0123abcd.tmp",
    ".eastport.cwsession.k2j3h4x9.tmp",
)


def _litter(folder: Path) -> None:
    for name in OURS + NOT_OURS:
        (folder / name).write_bytes(b"x")
    (folder / ".eastport.cwsession.cw-fedcba98.tmp").symlink_to(folder / "elsewhere")  # a link is never ours


def _expect_tidied(folder: Path) -> None:
    names = {p.name for p in folder.iterdir()}
    assert not names & set(OURS)
    assert set(NOT_OURS) <= names
    assert (folder / ".eastport.cwsession.cw-fedcba98.tmp").is_symlink()


def test_opening_a_session_removes_our_leftovers_beside_it_and_nothing_else(tmp_path, sample_copy, qapp):
    _litter(tmp_path)
    controller = open_session(sample_copy, tmp_path / "working")
    try:
        _expect_tidied(tmp_path)
    finally:
        controller.close()


def test_opening_through_a_link_tidies_beside_the_target(tmp_path, sample_copy, qapp):
    real = tmp_path / "real"
    real.mkdir()
    target = real / sample_copy.name
    shutil.move(sample_copy, target)
    _litter(real)
    link = tmp_path / "link.cwsession"
    link.symlink_to(target)
    controller = open_session(link, tmp_path / "working")
    try:
        _expect_tidied(real)
    finally:
        controller.close()


def test_a_session_open_elsewhere_keeps_its_temporary_files(tmp_path, sample_copy, qapp):
    """Only the holder of the session's lock tidies: a second opening that is
    refused touches nothing."""
    working = tmp_path / "working"
    holder = open_session(sample_copy, working)
    try:
        _litter(tmp_path)
        with pytest.raises(SessionInUseError):
            open_session(sample_copy, working)
        assert set(OURS) <= {p.name for p in tmp_path.iterdir()}
    finally:
        holder.close()


@pytest.mark.slow
def test_after_a_crash_the_next_start_tidies_and_recover_saves_through_the_link(tmp_path, sample_copy, qapp):
    link = tmp_path / "link.cwsession"
    link.symlink_to(sample_copy)
    data = tmp_path / "data"
    working = crash_child(link, data)
    _litter(tmp_path)
    (data / "working" / f".{working.with_suffix('.json').name}.cw-13572468.tmp").write_bytes(b"{")
    orphans = find_orphans(data / "working")  # what the next start does first
    assert [o.working_path for o in orphans] == [working]
    _expect_tidied(tmp_path)
    assert not [p for p in (data / "working").iterdir() if p.name.startswith(".")]
    assert orphans[0].source == link
    controller = recover(orphans[0], data / "working")
    try:
        assert controller.path == link and link.is_symlink()
        assert read_session(sample_copy).info.title == "Changed before the crash"
        with pytest.raises(SessionInUseError):
            open_session(sample_copy, data / "working")
    finally:
        controller.close()


# -- special files ---------------------------------------------------------------------------

@contextmanager
def named_pipe(path: Path):
    """A named pipe at ``path``; if the code under test blocks on it, a
    writer comes after 10 s and closes it, so the test fails (the app
    waited) instead of hanging."""
    os.mkfifo(path)
    done = threading.Event()
    rescued = []

    def rescue() -> None:
        if not done.wait(10):
            rescued.append(True)
            with open(path, "wb"):
                pass

    thread = threading.Thread(target=rescue, daemon=True)
    thread.start()
    try:
        yield path
    finally:
        done.set()
        thread.join(timeout=20)
    assert not rescued, f"the app waited on the named pipe {path.name}"


@pytest.fixture
def fifo(tmp_path):
    with named_pipe(tmp_path / "pipe.cwsession") as path:
        yield path


def test_window_refuses_a_named_pipe_without_waiting(window, fifo, messages):
    assert not window.open_file(fifo)
    assert window.controller is None
    title, text = messages[-1]
    assert title == "Could not open the session"
    assert "pipe.cwsession" in text and "named pipe" in text


@pytest.mark.parametrize("special", ["/dev/zero", "socket"])
def test_window_refuses_a_device_or_a_socket(window, tmp_path, messages, special):
    if special == "socket":
        path = tmp_path / "s.cwsession"
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
    else:
        path = Path(special)
    try:
        assert not window.open_file(path)
    finally:
        if special == "socket":
            sock.close()
    assert window.controller is None
    assert ("socket" if special == "socket" else "device") in messages[-1][1]


def test_a_template_that_is_a_named_pipe_is_refused(tmp_path):
    with named_pipe(tmp_path / "agenda.json") as template:
        with pytest.raises(TemplateError, match="named pipe"):
            load_template(template)


def test_the_template_list_is_not_stopped_by_a_named_pipe(tmp_path, monkeypatch, qapp):
    from collabworkshop.ui.editors.agenda_editor import available_templates

    monkeypatch.setenv("COLLABWORKSHOP_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "data" / "templates"
    folder.mkdir(parents=True)
    with named_pipe(folder / "stuck.json"):
        labels = [c.label for c in available_templates()]
    assert labels[-1] == "stuck.json"  # listed by its name; refused with a message if chosen


def test_a_loop_of_links_is_refused_with_a_message(tmp_path, qapp):
    loop = tmp_path / "loop.cwsession"
    loop.symlink_to(tmp_path / "back.cwsession")
    (tmp_path / "back.cwsession").symlink_to(loop)
    controller = new_session(tmp_path / "working")
    errors: list[str] = []
    controller.error_occurred.connect(errors.append)
    try:
        assert not controller.save_as(loop)
        assert errors and "loop of symbolic links" in errors[-1]
        assert loop.is_symlink() and controller.is_untitled
    finally:
        controller.close()

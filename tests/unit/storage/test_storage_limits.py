"""Saving when the disk is full or the folder is read-only: a clear message,
the old file intact, no temporary files left, and the work kept.

A full disk is simulated honestly without root or a special mount: the child
process gets a file-size limit (RLIMIT_FSIZE), so every write past it fails
with EFBIG exactly as a full disk fails with ENOSPC, through the same code
paths (SIGXFSZ is ignored so the write returns the error instead of
killing the process).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from collabworkshop.model.template import resource_path
from collabworkshop.storage import SessionFileError, read_session, save_session

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")

FULL_DISK_CHILD = textwrap.dedent(
    """
    import json, resource, signal, sqlite3, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from collabworkshop.controller.factory import open_session
    from collabworkshop.storage.sessionfile import _read_all

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    app = QCoreApplication([])
    path, working, elsewhere = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    c = open_session(path, working)
    errors = []
    c.error_occurred.connect(errors.append)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, hard))  # "the disk is full" (the file is 86 kB)
    c.place("today", "overall", "t1", 12.5)
    c.place("today", "overall", "t2", 13.5)
    saved_elsewhere = c.save_as(elsewhere)
    conn = sqlite3.connect(c.store.working_path)
    kept = _read_all(conn, path).position("today", "overall", "t2")
    conn.close()
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space again
    c.place("today", "overall", "t3", 14.5)
    print(json.dumps({"errors": errors, "saved_elsewhere": saved_elsewhere, "kept": kept}), flush=True)
    c.close()
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs resource.RLIMIT_FSIZE")
def test_full_disk_while_autosaving_keeps_the_file_and_the_work(tmp_path):
    path = tmp_path / "workshop.cwsession"
    shutil.copyfile(SAMPLE, path)
    before = path.read_bytes()
    elsewhere = tmp_path / "copy.cwsession"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(path), str(tmp_path / "working"),
                           str(elsewhere)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    # Told once (not at every change), in words, with the way out.
    assert len(report["errors"]) == 2, report["errors"]
    autosave, save_as = report["errors"]
    assert "Could not update" in autosave and "File too large" in autosave and "Your work is kept" in autosave
    assert "cannot save" in save_as and "copy.cwsession" in save_as
    assert "Traceback" not in autosave + save_as
    assert report["saved_elsewhere"] is False and not elsewhere.exists()
    assert report["kept"] == 13.5  # the change is safe in the working copy
    # While the disk was full the file stayed as it was...
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert leftovers == [], leftovers
    # ...and with space again the next change saved everything.
    on_disk = read_session(path)
    assert [on_disk.position("today", "overall", t) for t in ("t1", "t2", "t3")] == [12.5, 13.5, 14.5]
    assert path.with_name("workshop.cwsession.bak").read_bytes() == before


def _read_only_folder() -> Path | None:
    """A folder this process cannot write in: a chmod'ed folder for a normal
    user; for root (which permissions do not stop) a read-only file system
    such as /sys, when there is one."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        folder = Path(tempfile.mkdtemp(prefix="cw-ro-"))
        folder.chmod(0o555)
        return folder
    for candidate in (Path("/sys"), Path("/proc")):
        try:
            fd, name = tempfile.mkstemp(dir=candidate)
        except OSError:
            return candidate
        os.close(fd)
        os.unlink(name)
    return None


@pytest.fixture
def read_only_folder():
    folder = _read_only_folder()
    if folder is None:
        pytest.skip("no folder that this user cannot write in")
    yield folder
    if str(folder).startswith(tempfile.gettempdir()):
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_saving_into_a_read_only_folder_is_refused_clearly(read_only_folder):
    with pytest.raises(SessionFileError) as info:
        save_session(read_session(SAMPLE), read_only_folder / "workshop.cwsession")
    message = str(info.value)
    assert "cannot write in" in message and str(read_only_folder) in message and "\n" not in message


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_exporting_into_a_read_only_folder_is_one_line_on_stderr(read_only_folder, fmt):
    # A child process: the PDF export needs Qt, and unit tests keep Qt out of this process.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COLLABWORKSHOP_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "collabworkshop", "export", str(SAMPLE), "--format", fmt,
                           "-o", str(read_only_folder / f"report.{fmt}")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("collabworkshop: "), done.stderr[-2000:]
    assert str(read_only_folder) in lines[0] and not (read_only_folder / f"report.{fmt}").exists()


def _limit_file_size() -> None:  # runs in the child before exec
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs resource.RLIMIT_FSIZE")
@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_export_failing_half_way_leaves_the_previous_export_whole(tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    out.write_bytes(b"the previous export, complete")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COLLABWORKSHOP_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "collabworkshop", "export", str(SAMPLE), "--format", fmt,
                           "-o", str(out)], capture_output=True, text=True, env=env, timeout=120,
                          preexec_fn=_limit_file_size)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("collabworkshop: "), done.stderr[-2000:]
    assert out.read_bytes() == b"the previous export, complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no half-written temporary file

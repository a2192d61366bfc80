"""A named pipe, a device or a socket given as a file: every command that
reads a user's file refuses it at once with one line, instead of waiting
forever for a writer. Each command runs as a real child process with a
timeout, so a hang fails the test rather than the suite."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from exportsamples import SAMPLE

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        return subprocess.run([sys.executable, "-m", "collabworkshop", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"collabworkshop {' '.join(map(str, args))} waited on the special file")


@pytest.fixture
def pipe(tmp_path) -> Path:
    path = tmp_path / "pipe.cwsession"
    os.mkfifo(path)
    return path


def _refused(done: subprocess.CompletedProcess, name: str, what: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith(f"collabworkshop: {name}") or name in lines[0], lines[0]
    assert what in lines[0], lines[0]


@pytest.mark.parametrize("command", ["summary", "export", "compare-first", "compare-second"])
def test_session_commands_refuse_a_named_pipe(command, pipe, tmp_path):
    if command == "summary":
        done = cli("summary", pipe)
    elif command == "export":
        done = cli("export", pipe, "-o", tmp_path / "out.json")
        assert not (tmp_path / "out.json").exists()
    elif command == "compare-first":
        done = cli("compare", pipe, SAMPLE)
    else:
        done = cli("compare", SAMPLE, pipe)
    _refused(done, str(pipe), "named pipe")


def test_import_refuses_a_named_pipe(tmp_path):
    pipe = tmp_path / "export.json"
    os.mkfifo(pipe)
    done = cli("import", pipe, "-o", tmp_path / "new.cwsession")
    _refused(done, str(pipe), "named pipe")
    assert not (tmp_path / "new.cwsession").exists()


def test_summary_refuses_a_device_and_a_socket(tmp_path):
    _refused(cli("summary", "/dev/zero"), "/dev/zero", "device")
    path = tmp_path / "s.cwsession"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        _refused(cli("summary", path), str(path), "socket")
    finally:
        sock.close()

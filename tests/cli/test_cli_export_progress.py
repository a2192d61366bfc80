"""The command line's export progress: a line redrawn on stderr when stderr
is a terminal (a real pseudo-terminal here), nothing at all when it is not,
so scripts and logs stay clean."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from exportsamples import REPO, SAMPLE


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLLABWORKSHOP_LANGUAGE="en")
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return env


def _read_all(fd: int) -> bytes:
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other end is closed
            return out
        if not chunk:
            return out
        out += chunk


def test_progress_on_a_terminal_and_none_on_a_pipe(tmp_path: Path):
    out = tmp_path / "report.pdf"
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "collabworkshop", "export", str(SAMPLE), "-o", str(out)],
            cwd=REPO, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave,
        )
        os.close(slave)
        shown = _read_all(master)
        stdout, _ = proc.communicate(timeout=180)
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert out.read_bytes().startswith(b"%PDF-")
    text = shown.decode("utf-8", "replace")
    # Redrawn in place, counting up to the last page, then wiped.
    assert "\r\x1b[Kwriting report.pdf: 0%" in text
    pages = re.search(r"writing report\.pdf: 100% \(Page (\d+) of (\d+)\)", text)
    assert pages and pages.group(1) == pages.group(2)
    assert text.endswith("\r\x1b[K")
    assert "Traceback" not in text
    assert stdout == b""  # progress is never on stdout

    # Not a terminal: the same export says nothing on stderr.
    again = tmp_path / "again.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "collabworkshop", "export", str(SAMPLE), "-o", str(again)],
        cwd=REPO, env=_env(), capture_output=True, timeout=180, check=False,
    )
    assert done.returncode == 0 and done.stderr == b"" and done.stdout == b""
    assert again.read_bytes().startswith(b"%PDF-")

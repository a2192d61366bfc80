"""Exports on a full disk: the real command in a child process with a
file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored, so a write past the limit
fails with EFBIG the way a full disk fails with ENOSPC). The old export
stays whole and readable, the user gets one line and a non-zero exit, and
no temporary file is left beside it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from exportsamples import SAMPLE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs resource.RLIMIT_FSIZE")


def _limited(limit: int):
    def start() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # stays ignored across exec
        _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))

    return start


def export(*args: str | Path, limit: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "collabworkshop", "export", str(SAMPLE), *map(str, args)],
        capture_output=True, text=True, env=env, timeout=180,
        preexec_fn=_limited(limit) if limit else None,
    )


def _one_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert lines[0].startswith("collabworkshop: ")
    return lines[0]


def _ours_left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.slow
def test_pdf_export_on_a_full_disk_fails_clearly_and_keeps_the_old_report(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    old = tmp_path / "report.pdf"
    assert export("-o", old).returncode == 0
    before = old.read_bytes()
    # The report is about 1 MB: the limit stops it a tenth of the way.
    done = export("-o", old, limit=100_000)
    line = _one_line(done)
    assert "report.pdf" in line and "File too large" in line
    assert old.read_bytes() == before
    assert len(pypdf.PdfReader(old).pages) > 3  # the old report still opens
    assert _ours_left(tmp_path) == []


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_text_export_on_a_full_disk_fails_clearly_and_keeps_the_old_file(fmt, tmp_path):
    old = tmp_path / f"report.{fmt}"
    assert export("-o", old).returncode == 0
    before = old.read_bytes()
    line = _one_line(export("-o", old, limit=2_000))
    assert f"report.{fmt}" in line and "File too large" in line
    assert old.read_bytes() == before
    assert _ours_left(tmp_path) == []


@pytest.mark.slow
def test_board_images_on_a_full_disk_are_replaced_all_or_none(tmp_path):
    """Round 1's picture (about 270 kB) fits under the limit, round 2's
    (about 350 kB) does not: the old pair must stay a pair."""
    old = tmp_path / "board.png"
    assert export("-o", old).returncode == 0
    first, second = tmp_path / "board-1-today.png", tmp_path / "board-2-needed.png"
    assert first.stat().st_size < 300_000 < second.stat().st_size
    # Mark the old set so a replaced first picture shows.
    shutil.copyfile(second, first)
    before = first.read_bytes(), second.read_bytes()
    line = _one_line(export("-o", old, limit=300_000))
    assert "board-2-needed.png" in line
    assert (first.read_bytes(), second.read_bytes()) == before
    assert _ours_left(tmp_path) == []

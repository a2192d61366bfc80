"""``collabworkshop compare A B``, run as a real process on real files."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from collabworkshop.analysis import describe
from collabworkshop.planning.followup import start_followup
from collabworkshop.storage import read_session, save_session

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"


def run_cli(*args) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "collabworkshop", *map(str, args)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.fixture
def pair(tmp_path):
    """The sample (A) and a follow-up of it (B) with a new Today and Needed."""
    a = tmp_path / "a.cwsession"
    shutil.copyfile(SAMPLE, a)
    earlier = read_session(a)
    later = start_followup(earlier, dt.date(2027, 1, 20))
    for team in later.teams:
        later.placements[("today", "overall", team.id)] = 70.0
        later.placements[("needed", "overall", team.id)] = 80.0
    b = tmp_path / "b.cwsession"
    save_session(later, b)
    return a, b, earlier


def test_compare_prints_the_change_per_dimension(pair):
    a, b, earlier = pair
    before_bytes = a.read_bytes()
    result = run_cli("compare", a, b)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "A: Eastport Harbour Alliance: partnership check (2026-10-14)"
    assert lines[1] == "B: Eastport Harbour Alliance: partnership check: follow-up (2027-01-20)"
    header = next(line for line in lines if line.startswith("Dimension"))
    assert "A median" in header and "B median" in header and "gap change" in header
    rows = {line.split("  ")[0].strip(): line for line in lines[lines.index(header) + 1:] if line.strip()}
    assert set(rows) == {d.name for d in earlier.dimensions}

    today = describe(earlier.positions("today", "overall"))
    needed = describe(earlier.positions("needed", "overall"))
    cells = rows["Overall way of working"].split()
    # A: median, mean, rwg; B: 70, 70, 1.00; change; rwg change; gaps
    assert cells[4:7] == [f"{today.median:.0f}", f"{today.mean:.0f}", f"{today.rwg:.2f}"]
    assert cells[7:10] == ["70", "70", "1.00"]
    assert cells[10:12] == ["\u25b2", f"{70 - today.median:+.0f}"]
    gap_a = needed.median - today.median
    assert cells[14:17] == [f"{gap_a:+.0f}", "+10", f"{10 - abs(gap_a):+.0f}"]
    # a dimension B has not placed yet shows dashes, not made-up numbers
    rel = rows["Relationship"].split()
    assert rel[4:7] == ["-", "-", "-"] and rel[7] == "\u2013"
    # columns line up: every row is as long as the header or shorter
    widths = {len(line) for line in lines[lines.index(header):] if line.strip()}
    assert max(widths) <= len(header) + 2
    assert a.read_bytes() == before_bytes


def test_compare_bad_files_give_one_line(tmp_path, pair):
    a, _, _ = pair
    missing = tmp_path / "nope.cwsession"
    junk = tmp_path / "junk.cwsession"
    junk.write_text("not a session")
    for args in ((a, missing), (junk, a), (a,)):
        result = run_cli("compare", *args)
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("collabworkshop: "), result.stderr
    assert "nope.cwsession" in run_cli("compare", a, missing).stderr


def test_compare_is_in_the_help():
    result = run_cli("--help")
    assert "compare A B" in result.stdout
    result = run_cli("compare", "--help")
    assert result.returncode == 0 and "Today" in result.stdout

"""The command line refuses a session larger than the app supports
(model/limits.py) with one line naming the limit, writes nothing and
leaves the user's file as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from collabworkshop.model import Team, default_template
from collabworkshop.storage import save_session, session_to_dict

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "collabworkshop", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_importing_json_with_100000_teams_is_refused_with_one_line(tmp_path: Path):
    data = session_to_dict(default_template().new_session())
    data["teams"] = [{"id": f"t{i}", "name": f"Team {i}"} for i in range(100_000)]
    source = tmp_path / "big.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "big.cwsession"
    line = one_line(run_cli("import", source, "-o", out))
    assert line == f"collabworkshop: {source}: 100,000 teams: more than the 100 teams CollabWorkshop supports"
    assert not out.exists()


def test_a_file_with_too_many_teams_is_refused_by_every_command(tmp_path: Path):
    session = default_template().new_session()
    session.teams = [Team(f"t{i}", f"Team {i}") for i in range(101)]
    path = tmp_path / "many.cwsession"
    save_session(session, path)
    before = path.read_bytes()
    for args in (("summary", path), ("export", path, "--format", "md", "-o", tmp_path / "r.md")):
        line = one_line(run_cli(*args))
        assert line == f"collabworkshop: {path}: session file refused: teams has more rows than the limit (100)"
    assert path.read_bytes() == before
    assert not (tmp_path / "r.md").exists()

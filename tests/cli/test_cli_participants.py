"""``collabworkshop FILE --participants``: wrong use and an address that is
not this machine's are one line on stderr, and the file is left as it was.
(The working start, with phones, is tests/ui/participation/test_participation_kill.py.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "eastport-alliance.cwsession"


def run_cli(tmp_path, *args) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLLABWORKSHOP_CONFIG_DIR=str(tmp_path / "config"),
               COLLABWORKSHOP_DATA_DIR=str(tmp_path / "data"))
    env.pop("COLLABWORKSHOP_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "collabworkshop", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("args", "needle"), [
    (("--participants",), "--participants needs a session FILE"),
    (("{file}", "--bind", "127.0.0.1"), "--bind and --port go with --participants"),
    (("{file}", "--participants", "--port", "70000"), "a port is a whole number from 0 to 65535"),
    (("{file}", "--participants", "--port", "http"), "a port is a whole number from 0 to 65535"),
])
def test_wrong_use_is_one_line(tmp_path, args, needle):
    session = tmp_path / "w.cwsession"
    shutil.copyfile(SAMPLE, session)
    result = run_cli(tmp_path, *(a.format(file=session) for a in args))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_an_address_that_is_not_this_machines_is_one_line_and_the_app_exits(tmp_path):
    session = tmp_path / "w.cwsession"
    shutil.copyfile(SAMPLE, session)
    before = session.read_bytes()
    # 192.0.2.0/24 is reserved for documentation: never an address of this machine.
    result = run_cli(tmp_path, session, "--participants", "--bind", "192.0.2.77", "--port", "0")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("collabworkshop:")]
    assert len(errors) == 1 and "participants cannot join" in errors[0] and "192.0.2.77" in errors[0]
    assert "Traceback" not in result.stderr and "Join:" not in result.stdout
    assert session.read_bytes() == before

"""What starting the app loads before its first window is shown: the
window's own modules, never the session machinery or the heavy libraries
the first window does not use (they load when a session is opened or an
export is made), nor the Qt namespace's enum classes (PySide builds all 93
of them on the first ``Qt`` use). A behaviour of the module graph, checked
in a child process that really starts the app; no timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

# The first timer fires on the event loop's first turn, with the window
# shown: the moment the start-up benchmark measures.
CHILD = """
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def at_show():
    print("at-show " + json.dumps({"modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(QtCore)}),
          flush=True)
QTimer.singleShot(0, at_show)
from collabworkshop.app import run_gui
code = run_gui()
print("modules " + json.dumps(sorted(sys.modules)), flush=True)
sys.exit(code)
"""

#: Loaded only when a session opens or an export runs.
DEFERRED = ("numpy", "pyqtgraph", "sqlite3", "PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtPdf",
            "collabworkshop.controller", "collabworkshop.storage", "collabworkshop.analysis",
            "collabworkshop.planning", "collabworkshop.model", "collabworkshop.session",
            "collabworkshop.reports.pdf", "collabworkshop.ui.board", "collabworkshop.ui.stats",
            "collabworkshop.ui.steps",
            # the key guard (ui/presentation/presenter.py) is made with the first session
            "collabworkshop.ui.presentation")


def _start(tmp_path: Path) -> tuple[dict, list[str]]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "COLLABWORKSHOP_EXIT_WHEN_SHOWN": "1",
                "COLLABWORKSHOP_CONFIG_DIR": str(tmp_path / "config"),
                "COLLABWORKSHOP_DATA_DIR": str(tmp_path / "data")})
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "shown " in result.stdout  # the window was really shown
    lines = result.stdout.splitlines()
    at_show = json.loads(next(x for x in lines if x.startswith("at-show ")).removeprefix("at-show "))
    loaded = json.loads(next(x for x in lines if x.startswith("modules ")).removeprefix("modules "))
    return at_show, loaded


def test_the_first_window_loads_no_session_machinery_or_heavy_library(tmp_path: Path):
    at_show, loaded = _start(tmp_path)
    assert "collabworkshop.ui.app.main_window" in at_show["modules"]
    # Not even by the time the app has quit.
    early = sorted(m for m in loaded if any(m == d or m.startswith(d + ".") for d in DEFERRED))
    assert not early, early


def test_the_first_window_builds_no_qt_namespace_enums(tmp_path: Path):
    at_show, _loaded = _start(tmp_path)
    assert "collabworkshop.ui.app.main_window" in at_show["modules"]
    assert not at_show["qt_namespace"], "a start-up module used PySide6.QtCore.Qt before the window was shown"


def test_started_with_a_file_the_app_shows_and_leaves_when_asked(tmp_path: Path):
    # `collabworkshop FILE` as the desktop starts it, under the start-up
    # benchmark's hook: the window shows, the file is being read when the
    # hook asks the window to close (it refuses while reading), and the app
    # still leaves once the reading stopped - it used to wait forever.
    sample = REPO / "resources" / "sample" / "eastport-alliance.cwsession"
    copy = tmp_path / "eastport.cwsession"
    copy.write_bytes(sample.read_bytes())
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "COLLABWORKSHOP_EXIT_WHEN_SHOWN": "1",
                "COLLABWORKSHOP_CONFIG_DIR": str(tmp_path / "config"),
                "COLLABWORKSHOP_DATA_DIR": str(tmp_path / "data")})
    try:
        result = subprocess.run([sys.executable, "-m", "collabworkshop", str(copy)], cwd=REPO, env=env,
                                capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the app did not leave (it hung after showing its window)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown "), result.stdout
    assert copy.read_bytes() == sample.read_bytes()  # the cancelled opening changed nothing

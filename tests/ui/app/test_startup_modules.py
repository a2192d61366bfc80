"""What starting the app loads before its first window is shown: the
window's own modules, never the session machinery or the heavy libraries
the first window does not use (they load when a session is opened or an
export is made). A behaviour of the module graph, checked in a child
process that really starts the app; no timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

CHILD = """
import json, sys
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
            "collabworkshop.ui.steps")


def test_the_first_window_loads_no_session_machinery_or_heavy_library(tmp_path: Path):
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "COLLABWORKSHOP_EXIT_WHEN_SHOWN": "1",
                "COLLABWORKSHOP_CONFIG_DIR": str(tmp_path / "config"),
                "COLLABWORKSHOP_DATA_DIR": str(tmp_path / "data")})
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "shown " in result.stdout  # the window was really shown
    line = next(x for x in result.stdout.splitlines() if x.startswith("modules "))
    loaded = json.loads(line.removeprefix("modules "))
    assert "collabworkshop.ui.app.main_window" in loaded
    early = sorted(m for m in loaded if any(m == d or m.startswith(d + ".") for d in DEFERRED))
    assert not early, early

"""Killing the app right after a drop loses nothing.

The real app runs in a child process; it drags a token with real mouse
events, reports the drop, and is killed with SIGKILL at once. Reopening the
file must show the placement.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from collabworkshop.model.template import resource_path
from collabworkshop.storage import read_session

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from collabworkshop.ui.app.main_window import MainWindow

    path, dim, team, value = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    assert window.open_file(Path(path))
    window.workshop.show_entry(2)
    app.processEvents()
    board = window.workshop.current_page().board
    vp = board.viewport()
    start = board.token_view_pos(dim, team)
    end = board.value_view_pos(dim, value)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, QPoint((start.x() + end.x()) // 2, start.y()))
    QTest.mouseMove(vp, QPoint(end.x(), start.y()))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(end.x(), start.y()))
    placed = window.controller.session.position("today", dim, team)
    print(f"dropped {placed}", flush=True)
    app.exec()  # keep running until killed
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize(("dim", "team", "value"), [("overall", "t1", 88), ("integration", "t2", 12),
                                                     ("decisions", "t5", 64)])
def test_sigkill_right_after_a_drop_loses_nothing(tmp_path, dim, team, value):
    session_file = tmp_path / "workshop.cwsession"
    shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), session_file)
    before = read_session(session_file).position("today", dim, team)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               COLLABWORKSHOP_CONFIG_DIR=str(tmp_path / "config"),
               COLLABWORKSHOP_DATA_DIR=str(tmp_path / "data"))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(session_file), dim, team, str(value)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("dropped "), child.stderr.read() if child.poll() is not None else line
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    acknowledged = float(line.split()[1])
    assert acknowledged == pytest.approx(value, abs=1.5) and acknowledged != before
    assert read_session(session_file).position("today", dim, team) == acknowledged

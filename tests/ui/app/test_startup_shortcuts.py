"""The first window's keys work the moment it is shown: the app started for
real in a child process, and on the event loop's first turn (when the
start-up benchmark stops its clock) a few shortcuts are pressed in the
window: New session, then the plain Right arrow (a session command, with
the key guard that arbitrates plain keys put in place by the session), F9
(the facilitator console, placed when the first session opens) and a
theme. The menus are whole then too. No timing.

(The key presses wait for the window to be active, as a user's keys do: the
platform activates it with its own event, queued with the show.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def press():
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from collabworkshop.ui.app.main_window import MainWindow
    from collabworkshop.ui.app.menus import menu_table, Menu, Act, DockToggle
    from collabworkshop.ui.common.themes import current_theme
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    out = {"visible": window.isVisible(), "session_before": window.controller is not None}
    # Keys go to the active window; the platform activates it with its own
    # event, queued with the show.
    turns = 0
    while not window.isActiveWindow() and turns < 1000:
        QApplication.processEvents()
        turns += 1
    out["active"] = window.isActiveWindow()

    def listed(items):
        n = 0
        for item in items:
            if isinstance(item, Menu):
                n += 1 + listed(item.items)
            elif isinstance(item, (Act, DockToggle)) and getattr(item, "listed", True):
                n += 1
        return n

    def shown(menu):
        n = 0
        for action in menu.actions():
            if action.isSeparator():
                continue
            n += 1
            if action.menu() is not None:
                n += shown(action.menu())
        return n

    out["menus"] = [[shown(getattr(window, spec.name)), listed(spec.items)] for spec in menu_table()]
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    out["session"] = window.controller is not None
    out["entry_after_new"] = window.workshop.current_entry if window.workshop else None
    window.workshop.step_list.setFocus()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right)
    out["entry_after_right"] = window.workshop.current_entry
    out["console_before_f9"] = window.console_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F9)
    out["console_after_f9"] = window.console_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    out["theme"] = current_theme(app)
    print("keys " + json.dumps(out), flush=True)
    if window.controller is not None:
        window.controller.undo_stack.setClean()
    window.close()
    app.quit()

QTimer.singleShot(0, press)
from collabworkshop.app import run_gui
sys.exit(run_gui())
"""


def test_shortcuts_work_at_once_in_the_window_just_shown(tmp_path: Path):
    env = dict(os.environ)
    env.pop("COLLABWORKSHOP_EXIT_WHEN_SHOWN", None)
    env.update({"QT_QPA_PLATFORM": "offscreen",
                "COLLABWORKSHOP_CONFIG_DIR": str(tmp_path / "config"),
                "COLLABWORKSHOP_DATA_DIR": str(tmp_path / "data"), "COLLABWORKSHOP_LANGUAGE": "en"})
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    line = next((x for x in result.stdout.splitlines() if x.startswith("keys ")), None)
    assert line is not None, result.stdout[-2000:] + result.stderr[-2000:]
    keys = json.loads(line.removeprefix("keys "))
    assert keys["visible"] and keys["active"] and not keys["session_before"]
    for shown, declared in keys["menus"]:
        assert shown == declared  # every menu whole, submenus included
    assert keys["session"] and keys["entry_after_new"] == 0  # Ctrl+N: a new session, on its set-up
    assert keys["entry_after_right"] == 1  # Right: the next step
    assert keys["console_after_f9"] != keys["console_before_f9"]  # F9: the console shown or hidden
    assert keys["theme"] != "light"  # Ctrl+Alt+2: the second theme

"""Run by tests/ui/app/test_real_screens.py on a real X server (Xorg's dummy
driver, split into a 1366x768 laptop and a 1920x1080 projector, with
openbox): the app as a facilitator starts it, on the xcb platform.

Opens the sample session on "Place: needed", then prints one JSON line
``{"ready": <the main window's X id>, ...}`` and waits for F5, which the test
presses with xdotool as a user would. Once the display is up and the window
manager has stopped moving it, prints where the display and the main window
are, and the display's sizes measured as tests/ui/two_screens_probe.py's
"sizes" mode measures them (the same function), as a last JSON line.
Bounded: gives up (printing what it saw) after ``WAIT_S`` seconds."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ui: two_screens_probe

WAIT_S = 40.0


def geometry(rect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main(sample: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from two_screens_probe import measure

    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app)

    def settle():
        for _ in range(6):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            app.processEvents()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    out: dict = {"platform": app.platformName(),
                 "screens": {s.name(): geometry(s.geometry()) for s in app.screens()}}
    win = MainWindow()
    win.show_first()  # the real start-up: fitted to the screen it opens on
    settle()
    win.open_file(Path(sample))
    win.workshop.show_entry(3)  # Place: needed
    settle()
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline and not (win.isVisible() and win.windowHandle().isExposed()):
        pump(0.05)
    win.activateWindow()
    pump(0.3)
    out["before"] = {"screen": win.screen().name(), "frame": geometry(win.frameGeometry())}
    print(json.dumps({"ready": int(win.winId())}), flush=True)

    # F5 arrives from xdotool; then the window manager places the display.
    display = win.display if hasattr(win, "display") else None
    stable, last = 0, None
    while time.monotonic() < deadline:
        pump(0.1)
        display = getattr(win, "display", None)
        if display is None or not display.isVisible() or not display.isFullScreen():
            stable, last = 0, None
            continue
        now = geometry(display.geometry())
        stable = stable + 1 if now == last else 0
        last = now
        if stable >= 5:  # half a second without a move
            break
    out["seen_f5"] = bool(display is not None and display.isVisible())
    if out["seen_f5"]:
        assert display is not None
        out["display"] = {"screen": display.screen().name(), "geometry": geometry(display.geometry()),
                          "full_screen": display.isFullScreen()}
        out["console"] = {"screen": win.screen().name(), "frame": geometry(win.frameGeometry())}
        out["sizes"] = measure(win, settle)
        win.presenter.hide_display()
    win.controller.undo_stack.setClean()
    win.close()
    settle()
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

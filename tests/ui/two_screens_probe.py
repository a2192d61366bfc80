"""Run by tests/ui/presentation/test_display.py in a child process, on an offscreen
platform with two virtual screens (the test sets QT_QPA_PLATFORM to
``offscreen:configfile=...``; a QApplication's platform is fixed once it
exists, so this cannot run inside the pytest process).

Drives the real main window: shows the display, swaps screens, chooses a
screen, reopens; prints what it saw as JSON for the test to check."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def geometry(widget) -> list[int]:
    g = widget.geometry()
    return [g.x(), g.y(), g.width(), g.height()]


def main(sample: str) -> int:
    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app)
    out: dict = {"screens": [s.name() for s in app.screens()]}

    def settle():
        for _ in range(5):
            app.processEvents()

    win = MainWindow()
    win.resize(1200, 800)
    win.move(40, 40)  # on the laptop
    win.show()
    settle()
    win.open_file(Path(sample))
    settle()
    out["console_screen"] = win.screen().name()
    out["chooser"] = [win.console_panel.screen_box.itemData(i) for i in range(win.console_panel.screen_box.count())]
    win.present_action.trigger()  # F5 with two screens: the display on the other screen
    settle()
    out["shown"] = {"screen": win.display.screen().name(), "geometry": geometry(win.display),
                    "full_screen": win.display.isFullScreen(), "strip": win.display.strip.isVisible(),
                    "presenting": win.presenter.presenting}
    win.swap_screens_action.trigger()
    settle()
    out["swapped"] = {"console_screen": win.screen().name(), "screen": win.display.screen().name(),
                      "geometry": geometry(win.display)}
    # Choose the projector again through the chooser, as a user would.
    box = win.console_panel.screen_box
    box.setCurrentIndex(box.findData("Projector"))
    box.activated.emit(box.currentIndex())
    settle()
    out["chosen"] = {"screen": win.display.screen().name(), "geometry": geometry(win.display)}
    win.controller.undo_stack.setClean()
    win.close()
    settle()
    # A new window remembers the choice.
    again = MainWindow()
    again.show()
    settle()
    again.open_file(Path(sample))
    settle()
    out["remembered"] = again.presenter.display_screen().name()
    again.controller.undo_stack.setClean()
    again.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

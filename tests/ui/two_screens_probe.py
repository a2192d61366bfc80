"""Run by tests/ui/presentation/test_display.py in a child process, on an offscreen
platform with two virtual screens (the test sets QT_QPA_PLATFORM to
``offscreen:configfile=...``; a QApplication's platform is fixed once it
exists, so this cannot run inside the pytest process).

Drives the real main window: shows the display, swaps screens, chooses a
screen, reopens; prints what it saw as JSON for the test to check. With
``sizes`` after the session file: measures the display F5 put on the
projector (see :func:`sizes`)."""

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


def sizes(sample: str) -> int:
    """A laptop beside a projector: F5 on the laptop's window, then measure
    the display on the projector from its own geometry and fonts: where it
    went, the board widget's share of the width, the drawn board's share,
    the token diameter and initials in device pixels, and the smallest text
    and title on every step."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app)

    def settle():
        for _ in range(6):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            app.processEvents()

    laptop = app.screens()[0]
    win = MainWindow()
    win.setGeometry(laptop.availableGeometry())
    win.show()
    settle()
    win.open_file(Path(sample))
    win.workshop.show_entry(3)  # Place: needed
    settle()
    win.present_action.trigger()  # F5
    settle()
    out = measure(win, settle)
    win.controller.undo_stack.setClean()
    win.presenter.hide_display()
    win.close()
    print(json.dumps(out))
    return 0


def measure(win, settle) -> dict:
    """The display F5 showed, measured (see :func:`sizes`); also run on a
    real X server by tests/ui/app/real_screens_probe.py."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QLabel

    display = win.display
    board = display.board
    board.fit()
    settle()
    scene = board.board_scene
    scale = board.transform().m11()
    token = scene.tokens()[0]
    drawn = board.mapFromScene(scene.itemsBoundingRect()).boundingRect()
    ratio = display.devicePixelRatioF()
    out: dict = {
        "screen": display.screen().name(),
        "geometry": geometry(display),
        "full_screen": display.isFullScreen(),
        "unit": display.unit,
        "board_widget_share": board.width() / display.width(),
        "board_drawn_share": min(drawn.width(), board.viewport().width()) / display.width(),
        "token_px": 2 * token.radius * scale * ratio,
        "initials_px": token._font.pixelSize() * scale * ratio,
        "steps": [],
    }
    for entry in range(1, len(win.controller.session.steps) + 1):
        win.workshop.show_entry(entry)
        settle()
        labels = [w for w in display.content.findChildren(QLabel)
                  if w.isVisibleTo(display.content) and w.text().strip() and w.objectName() != "timerState"]
        sizes_px = [QFontInfo(w.font()).pixelSize() * ratio for w in labels]
        out["steps"].append({"entry": entry, "view": display.current_view().objectName(),
                             "smallest_text_px": min(sizes_px) if sizes_px else 0,
                             "title_px": QFontInfo(display.title_label.font()).pixelSize() * ratio})
    return out


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "sizes":
        sys.exit(sizes(sys.argv[1]))
    sys.exit(main(sys.argv[1]))

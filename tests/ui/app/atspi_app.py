"""The app as a screen reader meets it: run by tests/ui/app/atspi_driver.py
under Xvfb with the AT-SPI bus. Opens the session given; each line read
from stdin is a workshop entry to show (0 the set-up), answered "ready"
once it is shown; runs until stdin closes."""

from __future__ import annotations

import sys
import threading
from pathlib import Path


def main(sample: str) -> int:
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    configure(app)
    window = MainWindow()
    window.show_first()

    class Commands(QObject):
        entry = Signal(int)
        done = Signal()

    commands = Commands()

    def show(entry: int) -> None:
        if window.controller is None:
            window.open_file(Path(sample))
        window.workshop.show_entry(entry)
        window.workshop.step_list.setFocus()
        QTimer.singleShot(300, lambda: print("ready", flush=True))

    def finish() -> None:
        window.controller.undo_stack.setClean()
        window.close()
        app.quit()

    commands.entry.connect(show)
    commands.done.connect(finish)

    def read() -> None:  # stdin in a thread; the signals cross to the GUI thread queued
        for line in sys.stdin:
            commands.entry.emit(int(line))
        commands.done.emit()

    threading.Thread(target=read, daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

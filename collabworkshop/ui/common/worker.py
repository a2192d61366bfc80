"""A function run on a worker thread (opening a file, writing an export):
the work itself is Qt-free; what it reports reaches the GUI thread through
the caller's queued signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread


class WorkerThread(QThread):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()

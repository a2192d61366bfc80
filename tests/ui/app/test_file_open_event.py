"""A session double-clicked in the Finder reaches the running app as a
QFileOpenEvent (macOS); the app opens it in its window."""

from __future__ import annotations

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from collabworkshop.app import install_file_open_handler


def test_a_file_open_event_opens_the_session(window, sample_copy):
    app = QApplication.instance()
    install_file_open_handler(app, window)
    try:
        assert window.controller is None
        QApplication.sendEvent(app, QFileOpenEvent(str(sample_copy)))
        assert window.controller is not None and window.controller.path == sample_copy
        assert len(window.controller.session.teams) == 5
    finally:
        app.removeEventFilter(window._file_open_filter)

"""Fixtures for driving the real UI with pytest-qt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from collabworkshop.model.template import resource_path

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "eastport.cwsession"
    shutil.copyfile(SAMPLE, dest)
    return dest


@pytest.fixture
def messages(monkeypatch):
    """Record message boxes instead of blocking on them."""
    shown: list[tuple[str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def information(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *args, **kwargs):
        # A question nobody answers would hang the run: fail loudly instead.
        raise AssertionError(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


@pytest.fixture
def window(qtbot, messages):
    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    app = QApplication.instance()
    configure(app)
    win = MainWindow()
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.controller is not None:
        win.controller.undo_stack.setClean()  # no "save?" prompt at teardown
    win.close()
    win.deleteLater()
    # Really delete it now: windows left alive pile up over hundreds of tests.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

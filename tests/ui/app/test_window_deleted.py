"""A main window deleted with a session open (as at the end of a script or
of the interpreter, without closing it first) goes quietly: its console
dock hides as it is deleted, and nothing it was connected to still reaches
for the half-deleted window."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("focus", ["board", "step list"])
def test_deleting_the_window_with_a_session_open_raises_nothing(qtbot, messages, qapp, focus):
    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    configure(QApplication.instance())
    window = MainWindow()
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    window.open_sample()
    window.console_dock.show()
    window.controller.undo_stack.setClean()
    if focus == "step list":
        window.workshop.step_list.setFocus()
        qapp.processEvents()
    # pytest-qt fails the test on an exception raised in a slot meanwhile.
    shiboken6.delete(window)
    qapp.processEvents()
    assert not shiboken6.isValid(window)

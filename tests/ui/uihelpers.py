"""Helpers for driving the real UI (imported by the UI tests)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def place_page(win):
    from collabworkshop.ui.steps.pages import PlacePage

    page = win.workshop.current_page()
    assert isinstance(page, PlacePage), type(page)
    return page


def drag_token(board, dimension_id: str, team_id: str, value: float, steps: int = 4, release: bool = True):
    """Drag a team's token along its row with real mouse events."""
    # Let a page just shown finish its layout first, as it has long before a
    # person can reach for a token: positions are read from the laid-out board.
    QApplication.processEvents()
    viewport = board.viewport()
    start = board.token_view_pos(dimension_id, team_id)
    end = board.value_view_pos(dimension_id, value)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = QPoint(start.x() + (end.x() - start.x()) * i // steps, start.y())
        QTest.mouseMove(viewport, p)
    if release:
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(end.x(), start.y()))
    return end

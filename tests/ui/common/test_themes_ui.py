"""Choosing a theme from the View menu restyles the open window at once and
is remembered in the settings for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from collabworkshop.ui.common import settings as prefs
from collabworkshop.ui.common import themes


@pytest.fixture
def restore_theme():
    yield
    prefs.set_theme("light")
    themes.apply_theme(QApplication.instance(), "light")


def _step_list_colour(window) -> QColor:
    image = window.workshop.step_list.grab().toImage()
    return QColor(image.pixel(QPoint(image.width() - 8, image.height() - 8)))


def test_theme_menu_restyles_the_open_window_and_is_remembered(window, sample_copy, restore_theme):
    from collabworkshop.app import configure

    app = QApplication.instance()
    window.open_file(sample_copy)
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "&View" in menu_titles and menu_titles.index("&View") < menu_titles.index("&Help")
    assert _step_list_colour(window).name() == themes.colours("light")["panel"].lower()
    assert [a.text() for a in window.theme_actions.values()] == ["Light", "Dark", "High contrast (projector)"]
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.theme_actions["dark"].isChecked() and not window.theme_actions["light"].isChecked()
    assert app.styleSheet() == themes.stylesheet("dark")
    assert _step_list_colour(window).name() == themes.colours("dark")["panel"].lower()
    assert prefs.theme() == "dark"
    window.theme_actions["projector"].trigger()
    assert _step_list_colour(window).name() == "#000000"
    assert prefs.theme() == "projector"
    # The next start applies the saved theme (an app styled otherwise picks it up).
    themes.apply_theme(app, "light")
    assert app.styleSheet() == themes.stylesheet("light")
    configure(app)
    assert app.styleSheet() == themes.stylesheet("projector")


def test_an_unknown_saved_theme_starts_light(window, restore_theme):
    from collabworkshop.app import configure

    prefs.set_theme("neon")
    configure(QApplication.instance())
    assert QApplication.instance().styleSheet() == themes.stylesheet("light")

"""The window in German, and the View > Language preference."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from collabworkshop.common import i18n
from collabworkshop.ui.common import translations


@pytest.fixture
def german_window(qtbot, messages, monkeypatch):
    from collabworkshop.app import configure
    from collabworkshop.ui.app.main_window import MainWindow

    monkeypatch.setenv("COLLABWORKSHOP_LANGUAGE", "de")
    configure(QApplication.instance())  # installs the translator, as at start-up
    win = MainWindow()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    translations.install("en")  # the other tests are written in English


def menu_titles(win) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_the_window_under_a_german_translator_shows_german_menus(german_window):
    assert i18n.language() == "de"
    titles = menu_titles(german_window)
    for title in ("&Datei", "&Bearbeiten", "&Workshop", "&Ansicht", "&Hilfe"):
        assert title in titles, titles
    assert "&File" not in titles
    # Qt's own buttons come from Qt's catalogue.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_language_preference_is_kept_for_the_next_start(window, qtbot):
    assert menu_titles(window)[0] == "&File"  # the tests run in English
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in view.actions() if a.menu() and a.text() == "&Language")
    names = [a.text() for a in language.actions()]
    assert names == ["System language", "English", "Deutsch"]
    assert language.actions()[0].isChecked()  # the system's language until one is chosen
    language.actions()[2].trigger()
    assert translations.preference() == "de"
    assert "next" in window.statusBar().currentMessage()
    # The saved choice is what a start without the test's override would use.
    import os

    forced = os.environ.pop("COLLABWORKSHOP_LANGUAGE")
    try:
        assert translations.wanted_language() == "de"
    finally:
        os.environ["COLLABWORKSHOP_LANGUAGE"] = forced
        translations.set_preference(translations.SYSTEM)

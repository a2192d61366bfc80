"""Loading the compiled catalogues (resources/translations/*.qm) for the app
and the CLI, and the language preference they follow.

The app's language is, in order: ``COLLABWORKSHOP_LANGUAGE`` (tests and
scripts), the saved preference (View > Language: System, English, Deutsch)
and the system locale (QLocale.system()). English is the source language and
needs no catalogue. The terminal commands do without Qt
(``i18n.install_catalogue``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...common import i18n
from ...common.i18n import LANGUAGES

SYSTEM = "system"
PREFERENCE_KEY = "view/language"

_installed: list[QTranslator] = []  # kept alive while installed


def preference() -> str:
    """The saved choice: "system" (the default), "en" or "de"."""
    from .settings import settings

    value = str(settings().value(PREFERENCE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def set_preference(value: str) -> None:
    from .settings import settings

    s = settings()
    s.setValue(PREFERENCE_KEY, value if value in LANGUAGES else SYSTEM)
    s.sync()


def system_language() -> str:
    """The system locale's language if we ship it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def wanted_language() -> str:
    forced = i18n.forced_language()
    if forced:
        return forced
    chosen = preference()
    return system_language() if chosen == SYSTEM else chosen


def install(code: str | None = None) -> str:
    """Load the catalogue for ``code`` (default: the wanted language), point
    ``i18n.translate`` at it and, when an application exists, install it (and
    Qt's own strings for standard buttons) there too. Returns the language in
    effect. English, or a missing catalogue, leaves the source texts."""
    code = code or wanted_language()
    uninstall()
    if code == "en":
        return "en"
    ours = QTranslator()
    if not ours.load(i18n.catalogue_file(code, ".qm")):
        return "en"
    _installed.append(ours)

    def lookup(context: str, text: str, n: int) -> str:
        return ours.translate(context, text, None, n)

    i18n.set_lookup(lookup, code)
    app = QCoreApplication.instance()
    if app is not None:
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
            app.installTranslator(qt_own)
        app.installTranslator(ours)
    return code


def uninstall() -> None:
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    i18n.set_lookup(None)

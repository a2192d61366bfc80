"""Starting the GUI: :func:`run_gui` (the window, the file-open handler,
the recovery offer) and :func:`configure` (what makes a QApplication this
app, shared with the self-check, scripts and tests).

The ``collabworkshop`` command's entry point is ``collabworkshop.cli:main``,
which opens the GUI through :func:`run_gui`; nothing here imports the
command line back.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def run_gui(path: str | Path | None = None, *, participants: tuple[str | None, int] | None = None,
            announce=None, fail=None) -> int:
    """The app's window, optionally opening ``path``. With ``participants``
    ((bind address or None, port)), joining is turned on once the file is
    open: ``announce(url, address, code)`` is called when it runs, else
    ``fail(message)`` and the app exits with status 1."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)

    from .ui.app.main_window import MainWindow

    window = MainWindow()
    window.show_first()  # fitted to the screen, maximised as it was last time
    if sys.platform == "darwin":  # only macOS sends QFileOpenEvent (and a filter on the app costs start-up)
        install_file_open_handler(app, window)
    # Sessions a crashed run left behind are offered first (docs/recovery.md).
    QTimer.singleShot(0, window.offer_recovery)
    if path is not None:
        # Open after the window is up, so an error message has a parent.
        def open_it() -> None:
            opened = window.open_file(Path(path))
            if participants is None:
                return
            started = window.start_participation(*participants, report=False) if opened else None
            if started is None:
                if fail is not None:
                    fail(window.participation_part.last_error or "the session did not open")
                app.exit(1)
            elif announce is not None:
                announce(started.join_url, started.address, started.join_code)

        QTimer.singleShot(0, open_it)
    if os.environ.get("COLLABWORKSHOP_EXIT_WHEN_SHOWN"):
        # Start-up benchmark: report the time to a shown window (and the
        # process's CPU time), then leave.
        def report() -> None:
            print(f"shown {time.perf_counter() - _T0:.4f} cpu={time.process_time():.4f}", flush=True)
            leave()

        def leave() -> None:
            # A window still reading its file refuses to close (it cancels the
            # reading and keeps its session): ask again once it has stopped.
            if not window.close():
                QTimer.singleShot(50, leave)
                return
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()


def install_file_open_handler(app, window) -> None:
    """macOS opens a double-clicked session in the running app with a
    QFileOpenEvent sent to the application; open it in ``window``."""
    from PySide6.QtCore import QEvent, QObject

    class _FileOpen(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.FileOpen and event.file():
                window.open_file(Path(event.file()))
                return True
            return False

    window._file_open_filter = _FileOpen(window)  # kept alive by the window
    app.installEventFilter(window._file_open_filter)


#: Middle-generation collections between two full ones (Python's default is 10).
FULL_COLLECTION_EVERY = 100


def configure(app) -> None:
    """Names, theme and icon: everything that makes a QApplication this app
    (shared with the screenshot and benchmark scripts and the UI tests)."""
    from PySide6.QtGui import QIcon

    from . import __version__

    app.setApplicationName("CollabWorkshop")
    app.setOrganizationName("CollabWorkshop")
    app.setApplicationVersion(__version__)
    # Matches packaging/linux/*.desktop, so Wayland desktops pair the window
    # with its menu entry and icon.
    app.setDesktopFileName("org.collabworkshop.CollabWorkshop")
    from .ui.common import settings as prefs
    from .ui.common.themes import apply_theme
    from .ui.common.translations import install as install_translations

    install_translations()  # before any window makes its texts

    apply_theme(app, prefs.theme())  # the saved theme (light by default)
    icon = QIcon()
    # PNGs rendered from the SVG source (scripts/make_icons.py): no SVG plugin at start-up.
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(_resource_path("icons", f"collabworkshop-{size}.png")))
    app.setWindowIcon(icon)
    # Python's full garbage collection walks every object alive (a large
    # room's session, pages and window: a hundred thousand, 50-80 ms); by
    # default one comes due every few step switches, in the middle of one.
    # Ten times rarer here: the window collects at a pause after each switch
    # (WorkshopView's idle collection), so cyclic garbage still goes soon.
    import gc

    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def _resource_path(*parts: str) -> Path:
    """The same file as :func:`collabworkshop.model.template.resource_path`,
    found from the package's own location: at start-up this avoids importing
    the model package and importlib.resources (with zipfile), some 30 ms
    before the window is up. The resources are plain files in a checkout, an
    editable install and a wheel alike."""
    from . import resources

    return Path(resources.__file__).parent.joinpath(*parts)

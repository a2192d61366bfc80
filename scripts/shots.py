"""What the screenshot scripts share (scripts/screenshots.py,
scripts/crowd_screenshots.py): a throw-away config and data folder, the
app started as the real one is, and a widget grabbed once its layouts have
settled."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sandbox(prefix: str) -> Path:
    """A new temporary folder whose config/ and data/ the app uses instead
    of the user's (the pictures never show, or change, anyone's settings)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    for name, variable in (("config", "COLLABWORKSHOP_CONFIG_DIR"), ("data", "COLLABWORKSHOP_DATA_DIR")):
        (tmp / name).mkdir()
        os.environ[variable] = str(tmp / name)
    return tmp


def start_app():
    """The QApplication, configured as the app configures it (style,
    theme, translations), with the checkout importable."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    return app


def settle(app, rounds: int = 10) -> None:
    """Let layouts, deferred resizes and repaints run."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def grab(widget, app, path: Path) -> Path:
    """``widget`` as it is on screen, written to ``path`` (PNG)."""
    settle(app)
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    try:
        shown = path.relative_to(ROOT)
    except ValueError:
        shown = path
    print(f"wrote {shown}")
    return path

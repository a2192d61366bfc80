"""Preferences in QSettings (INI): recent files, window placement and theme.

Never session content. Tests (and anyone) can redirect both the settings
and the app's data folder with ``COLLABWORKSHOP_CONFIG_DIR`` and
``COLLABWORKSHOP_DATA_DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QStandardPaths

MAX_RECENT = 8
DEFAULTS = {"recent_files": []}


def settings() -> QSettings:
    config = os.environ.get("COLLABWORKSHOP_CONFIG_DIR")
    if config:
        return QSettings(str(Path(config) / "collabworkshop.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CollabWorkshop", "CollabWorkshop")


def data_dir() -> Path:
    """The app's own folder: working copies of open sessions live here."""
    override = os.environ.get("COLLABWORKSHOP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def working_dir() -> Path:
    return data_dir() / "working"


def recent_files() -> list[str]:
    value = settings().value("recent_files", DEFAULTS["recent_files"])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def add_recent_file(path: str | Path) -> list[str]:
    path = str(Path(path).resolve())
    files = [f for f in recent_files() if f != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    s = settings()
    s.setValue("recent_files", files)
    s.sync()
    return files


def theme() -> str:
    """The saved theme name ("light" until the user picks another)."""
    value = settings().value("view/theme", "light")
    return str(value) if value else "light"


def set_theme(name: str) -> None:
    s = settings()
    s.setValue("view/theme", name)
    s.sync()


def remove_recent_file(path: str | Path) -> None:
    path = str(path)
    s = settings()
    s.setValue("recent_files", [f for f in recent_files() if f != path])
    s.sync()


def board_zoom() -> float:
    """The spectrum board's zoom (Ctrl+plus / Ctrl+minus), 1.0 = fit the window."""
    try:
        value = float(settings().value("board_zoom", 1.0))
    except (TypeError, ValueError):
        return 1.0
    return value if 0.5 <= value <= 3.0 else 1.0


def set_board_zoom(zoom: float) -> None:
    s = settings()
    s.setValue("board_zoom", round(float(zoom), 2))
    s.sync()


def window_placement() -> tuple[QRect | None, bool]:
    """The main window's last normal (not maximised) geometry, and whether
    it was maximised; (None, False) before the first close."""
    s = settings()
    rect = s.value("window/normal")
    maximized = str(s.value("window/maximized", "false")).lower() in ("true", "1")
    return (rect if isinstance(rect, QRect) and rect.isValid() else None), maximized


def set_window_placement(rect: QRect, maximized: bool) -> None:
    s = settings()
    s.setValue("window/normal", rect)
    s.setValue("window/maximized", bool(maximized))
    s.sync()

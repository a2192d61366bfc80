"""Where a save dialog starts: beside the session's file, or in Documents
under a file name made from the session's title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def safe_file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return " ".join(keep.split())[:80] or "session"


def suggested_path(controller, suffix: str) -> Path:
    """The session's file with ``suffix``, or (untitled) its title in Documents."""
    if controller.path is not None:
        return controller.path.with_suffix(suffix)
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return folder / (safe_file_name(controller.title) + suffix)

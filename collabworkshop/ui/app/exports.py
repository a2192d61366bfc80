"""File > Export: how the window offers each export format, and the one
handler that runs any of them.

What a format is and how it is written is ``reports/formats.py`` (shared
with the command line). Here each format gets, by its id, what the window
shows: the menu text and shortcut, the file dialog's title and filter, the
title of the error dialog and the status line after. :func:`run_export`
asks for the file (and, for a per-round picture, the round), runs the
writer with a wait cursor and reports a failure as one dialog, the same way
for every format. The menu (``ui/app/menus.py``) lists :func:`export_items`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from ...common.i18n import context
from ...reports.formats import BY_ID, ExportError
from .filenames import suggested_path

if TYPE_CHECKING:
    from ...model import Session


# The context these texts had before the window was split, so their translations stay.
tr = context("MainWindow")


class ExportItem(NamedTuple):
    #: The format's id in reports/formats.py.
    format: str
    #: The window's attribute for the menu action (``export_pdf_action``).
    action: str
    menu_text: str
    #: The file dialog's title and file filter.
    title: str
    file_filter: str
    #: The error dialog's title when writing fails.
    failure: str
    #: The status line after writing ``path``.
    done: Callable[[Session, Path], str]
    shortcut: str | None = None
    #: Shown in the status bar while it writes (the report takes a moment).
    busy: str = ""
    #: Why there is nothing to export, as (title, message), or None.
    refuse: Callable[[Session], tuple[str, str] | None] | None = None
    separator_before: bool = False
    done_ms: int = 6000


def _csv_done(_session: Session, path: Path) -> str:
    from ...reports.csv_export import actions_path_for

    return tr("Exported placements to {0} and actions to {1}").format(path, actions_path_for(path).name)


def _ics_refuse(session: Session) -> tuple[str, str] | None:
    from ...reports.ics import calendar_events

    if calendar_events(session)[0]:
        return None
    return (tr("Nothing to put in a calendar"),
            tr("No action has a due date (YYYY-MM-DD) yet; add due dates in the plan first."))


def _ics_done(session: Session, path: Path) -> str:
    from ...reports.ics import calendar_events

    dated, undated = calendar_events(session)
    message = tr("Exported %n action(s) with a due date to {0}", len(dated)).format(path)
    if undated:
        message += tr("; {0} without a due date left out").format(len(undated))
    return message


def export_items() -> tuple[ExportItem, ...]:
    """The formats in menu order (built when the window is, so the texts
    are in the language of the moment)."""
    return (
        ExportItem("pdf", "export_pdf_action", tr("&PDF report\u2026"), tr("Export PDF report"),
                   tr("PDF files (*.pdf)"), tr("Could not write the report"),
                   lambda _s, path: tr("Report written to {0}").format(path),
                   shortcut="Ctrl+E", busy=tr("Writing the report\u2026")),
        ExportItem("csv", "export_csv_action", tr("&CSV spreadsheets (placements, actions)\u2026"),
                   tr("Export CSV (placements; the actions go beside it)"), tr("CSV files (*.csv)"),
                   tr("Could not export {0}").format(tr("CSV")), _csv_done),
        ExportItem("md", "export_markdown_action", tr("&Markdown\u2026"), tr("Export Markdown"),
                   tr("Markdown files (*.md)"), tr("Could not export {0}").format(tr("Markdown")),
                   lambda _s, path: tr("Exported to {0}").format(path)),
        ExportItem("ics", "export_calendar_action", tr("&Action calendar (.ics)\u2026"),
                   tr("Export action calendar"), tr("Calendar files (*.ics)"),
                   tr("Could not export {0}").format(tr("the calendar")), _ics_done,
                   refuse=_ics_refuse, done_ms=8000),
        ExportItem("png", "export_board_action", tr("&Board image (PNG)\u2026"), tr("Export board image"),
                   tr("PNG images (*.png)"), tr("Could not export {0}").format(tr("the board image")),
                   lambda _s, path: tr("Board image written to {0}").format(path)),
        ExportItem("json", "export_json_action", tr("&JSON (complete, re-importable)\u2026"), tr("Export JSON"),
                   tr("JSON files (*.json)"), tr("Could not export JSON"),
                   lambda _s, path: tr("Exported to {0}").format(path),
                   shortcut="Ctrl+Shift+E", separator_before=True),
    )


def run_export(window, item: ExportItem, path: Path | None = None, round_id: str | None = None) -> bool:
    """Export the window's session as ``item``: to ``path``, or a file the
    user picks. A per-round format draws ``round_id``, or the round the user
    picks (default: the current step's). True when the file was written."""
    controller = window.controller
    if controller is None:
        return False
    session = controller.session
    fmt = BY_ID[item.format]
    if fmt.per_round:
        if not session.rounds:
            return False
        if round_id is None:
            round_id = _ask_round(window, session, ask=path is None)
            if round_id is None:
                return False
    problem = item.refuse(session) if item.refuse is not None else None
    if problem is not None:
        window.show_error(*problem)
        return False
    path = Path(path) if path else _ask_target(window, item, fmt.suffix)
    if path is None:
        return False
    if item.busy:
        window.statusBar().showMessage(item.busy)
        window.statusBar().repaint()  # shown now, before the event loop is busy drawing
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    from ..board import render_board_image  # the board's package loads with the first export, not at start

    try:
        fmt.write(session, path, round_id=round_id, board_image=render_board_image)
    except ExportError as exc:
        QApplication.restoreOverrideCursor()
        window.show_error(item.failure, str(exc))
        return False
    QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(item.done(session, path), item.done_ms)
    return True




def _ask_target(window, item: ExportItem, suffix: str) -> Path | None:
    """The file to write: the session's file name (or title) with the
    format's extension, in a save dialog; the extension is added if the
    user left it out."""
    base = suggested_path(window.controller, suffix)
    name, _ = QFileDialog.getSaveFileName(window, item.title, str(base), item.file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def current_round_id(session: Session) -> str:
    """The round of the step shown (the first round on a step without one)."""
    if not session.rounds:
        return ""
    if 0 <= session.current_step < len(session.steps):
        rid = session.steps[session.current_step].round_id
        if rid and any(r.id == rid for r in session.rounds):
            return rid
    return session.rounds[0].id


def _ask_round(window, session: Session, *, ask: bool) -> str | None:
    """The round to draw: the current step's, or (``ask``, with more than
    one round) the one picked from a list; None when the user cancels."""
    round_id = current_round_id(session)
    if not ask or len(session.rounds) < 2:
        return round_id
    names = [r.name for r in session.rounds]
    current = [r.id for r in session.rounds].index(round_id)
    name, ok = QInputDialog.getItem(window, tr("Export board image"), tr("Round to draw:"), names, current, False)
    if not ok:
        return None
    return session.rounds[names.index(name)].id

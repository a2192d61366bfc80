"""File > Export: how the window offers each export format, and the one
handler that runs any of them.

What a format is and how it is written is ``reports/formats.py`` (shared
with the command line). Here each format gets, by its id, what the window
shows: the menu text and shortcut, the file dialog's title and filter, the
title of the error dialog and the status line after. :func:`run_export`
asks for the file (and, for a per-round picture, the round), runs the
writer and reports a failure as one dialog, the same way for every format.
The menu (``ui/app/menus.py``) lists :func:`export_items`.

The writing runs off the GUI thread (on a copy of the session, so edits
arriving meanwhile, from phones for instance, cannot change it mid-way),
reporting through queued signals; the window keeps painting and its timers
keep running. Only the board's pictures are drawn on the GUI thread (the
board is a QGraphicsScene), one per turn of the event loop. A progress
dialog appears when the export takes more than half a second; its Cancel
stops the export at the next step, before anything is written, so the old
file stays whole and no temporary file is left. The PDF and Markdown file
dialogs offer a second filter for the report with the full appendix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from ...common.i18n import context
from ...reports.formats import BY_ID, ExportCancelled, ExportError, ExportFormat, ExportOptions
from ..common.worker import WorkerThread
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
    #: A second file filter, for the report with every row of its long lists.
    full_filter: str = ""


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
                   shortcut="Ctrl+E", busy=tr("Writing the report\u2026"),
                   full_filter=tr("PDF report with the full appendix (*.pdf)")),
        ExportItem("csv", "export_csv_action", tr("&CSV spreadsheets (placements, actions)\u2026"),
                   tr("Export CSV (placements; the actions go beside it)"), tr("CSV files (*.csv)"),
                   tr("Could not export {0}").format(tr("CSV")), _csv_done),
        ExportItem("md", "export_markdown_action", tr("&Markdown\u2026"), tr("Export Markdown"),
                   tr("Markdown files (*.md)"), tr("Could not export {0}").format(tr("Markdown")),
                   lambda _s, path: tr("Exported to {0}").format(path),
                   full_filter=tr("Markdown with the full appendix (*.md)")),
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


def run_export(window, item: ExportItem, path: Path | None = None, round_id: str | None = None, *,
               full_appendix: bool = False) -> bool:
    """Export the window's session as ``item``: to ``path``, or a file the
    user picks (whose filter may ask for the full appendix). A per-round
    format draws ``round_id``, or the round the user picks (default: the
    current step's). True when the file was written; False when it failed
    (one dialog says why) or was cancelled (nothing written)."""
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
    if path is None:
        asked = _ask_target(window, item, fmt.suffix)
        if asked is None:
            return False
        path, full_appendix = asked
    path = Path(path)
    if item.busy:
        window.statusBar().showMessage(item.busy)
    job = ExportJob(window, item, fmt, snapshot(session), path, round_id, full_appendix)
    outcome = job.run()
    if isinstance(outcome, ExportCancelled):
        window.statusBar().showMessage(tr("Export cancelled; nothing was written"), item.done_ms)
        return False
    if isinstance(outcome, ExportError):
        window.statusBar().clearMessage()
        window.show_error(item.failure, str(outcome))
        return False
    if isinstance(outcome, BaseException):
        raise outcome
    window.statusBar().showMessage(item.done(session, path), item.done_ms)
    return True


def snapshot(session: Session) -> Session:
    """A copy of ``session`` the export thread can read while the GUI thread
    goes on changing the original: its lists and dicts copied, their items
    (frozen dataclasses) shared."""
    import dataclasses

    values = {}
    for f in dataclasses.fields(session):
        value = getattr(session, f.name)
        values[f.name] = list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value
    return type(session)(**values)


#: A progress dialog appears when an export has run this long (ms).
SHOW_AFTER_MS = 500
#: The progress bar's steps.
_SCALE = 1000


class _Signals(QObject):
    """Reports from the export thread, delivered queued on the GUI thread."""

    progressed = Signal(float, str)
    finished = Signal(object)


class ExportJob:
    """One export with its progress dialog: pictures of the board on the GUI
    thread, then the writer on a worker thread; :meth:`run` returns when it
    is over (a nested event loop keeps the window alive meanwhile)."""

    def __init__(self, window, item: ExportItem, fmt: ExportFormat, session: Session, path: Path,
                 round_id: str | None, full_appendix: bool) -> None:
        self.window = window
        self.item = item
        self.fmt = fmt
        self.session = session
        self.path = path
        self.round_id = round_id
        self.full_appendix = full_appendix
        import threading

        from PySide6.QtWidgets import QProgressDialog  # here, not at start-up: each Qt class's enums are built with it

        self.cancelled = threading.Event()
        self.outcome: Any = None
        self._signals = _Signals()
        self._loop = QEventLoop()
        self._pictures: dict[str, Any] = {}
        self._to_draw: list[str] = []
        self._drawn = 0
        self._width = 0
        self._thread: WorkerThread | None = None
        from PySide6.QtCore import Qt  # not at start-up: the Qt namespace's 93 enums are built on first use

        self.dialog = QProgressDialog(item.busy or tr("Exporting\u2026"), tr("Cancel"), 0, _SCALE, window)
        self.dialog.setWindowTitle(item.title)
        self.dialog.setAccessibleName(item.title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Wide enough for "Drawing the board (10 of 10)" and a page count on one line each.
        self.dialog.setMinimumWidth(self.dialog.fontMetrics().horizontalAdvance("M") * 28)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self._cancel)
        # Queued: emitted on the export thread, run on the GUI thread.
        self._signals.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    # -- the steps ---------------------------------------------------------------------------
    def run(self) -> Any:
        """None when written, or the exception that ended it (ExportCancelled, ExportError, ...)."""
        if self.fmt.needs_qt:
            from ...reports.png import DEFAULT_WIDTH

            if self.fmt.per_round:
                self._to_draw = [self.round_id] if self.round_id else [r.id for r in self.session.rounds]
                self._width = DEFAULT_WIDTH
            else:
                from ...reports.pdf import board_picture_width

                self._to_draw = [r.id for r in self.session.rounds]
                self._width = board_picture_width()
        QTimer.singleShot(0, self._draw_next)
        self._loop.exec()
        if self._thread is not None:
            self._thread.wait()
        self.dialog.close()
        self.dialog.deleteLater()
        return self.outcome

    def _draw_next(self) -> None:
        """One board picture per turn of the event loop (the board draws only
        on the GUI thread); then the writer goes to its thread."""
        if self.dialog.wasCanceled():  # Esc or closing the dialog, as well as its button
            self._cancel()
        if self.cancelled.is_set():
            self._finish(ExportCancelled())
            return
        if self._drawn < len(self._to_draw):
            from ...reports.png import draw_board
            from ..board import render_board_image  # the board's package loads with the first export

            rid = self._to_draw[self._drawn]
            try:
                self._pictures[rid] = draw_board(render_board_image, self.session, rid, self._width)
            except Exception as exc:  # noqa: BLE001 (reported like any export failure)
                self._finish(exc)
                return
            self._drawn += 1
            self._show_progress(self._picture_share() * self._drawn / len(self._to_draw),
                                tr("Drawing the board ({0} of {1})").format(self._drawn, len(self._to_draw)))
            QTimer.singleShot(0, self._draw_next)
            return
        # A QThread, not a bare Python thread: the report's QTextDocument
        # starts timers, which need the event dispatcher a QThread has.
        self._thread = WorkerThread(self._write)
        self._thread.start()

    def _picture_share(self) -> float:
        """The part of the bar the pictures take (they are most of the work)."""
        if not self._to_draw:
            return 0.0
        return 0.9 if self.fmt.per_round else 0.6

    def _write(self) -> None:
        """On the worker thread: the writer, with the pictures drawn."""
        done = self._picture_share()

        def progress(fraction: float, what: str) -> None:
            if self.cancelled.is_set():
                raise ExportCancelled()
            self._signals.progressed.emit(done + (1 - done) * fraction, what)

        pictures = dict(self._pictures)

        def board_image(_session, round_id, _compare_round_id, _width):
            # Drawn on the GUI thread before; reports only look them up here.
            return pictures[round_id]

        try:
            self.fmt.write(self.session, self.path, round_id=self.round_id,
                           board_image=board_image if self.fmt.needs_qt else None,
                           options=ExportOptions(full_appendix=self.full_appendix, progress=progress))
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread)
            self._signals.finished.emit(exc)
            return
        self._signals.finished.emit(None)

    # -- on the GUI thread -------------------------------------------------------------------
    def _show_progress(self, fraction: float, what: str) -> None:
        if self.dialog.wasCanceled():
            self._cancel()
        if self.cancelled.is_set():
            return
        if what:
            self.dialog.setLabelText(f"{self.item.busy or tr('Exporting')}\n{what}")
        self.dialog.setValue(min(_SCALE - 1, round(_SCALE * fraction)))

    def _cancel(self) -> None:
        if self.cancelled.is_set():
            return
        self.cancelled.set()
        self.dialog.setLabelText(tr("Cancelling\u2026"))

    def _finish(self, outcome) -> None:
        self.outcome = outcome
        self._loop.quit()


def _ask_target(window, item: ExportItem, suffix: str) -> tuple[Path, bool] | None:
    """The file to write: the session's file name (or title) with the
    format's extension, in a save dialog; the extension is added if the
    user left it out. True beside it when the user picked the filter of the
    report with the full appendix."""
    base = suggested_path(window.controller, suffix)
    from PySide6.QtWidgets import QFileDialog  # here, not at start-up: each Qt class's enums are built with it

    filters = item.file_filter + (f";;{item.full_filter}" if item.full_filter else "")
    name, chosen = QFileDialog.getSaveFileName(window, item.title, str(base), filters)
    if not name:
        return None
    path = Path(name)
    path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
    return path, bool(item.full_filter) and chosen == item.full_filter


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
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getItem(window, tr("Export board image"), tr("Round to draw:"), names, current, False)
    if not ok:
        return None
    return session.rounds[names.index(name)].id

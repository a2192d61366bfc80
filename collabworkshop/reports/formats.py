"""Every export format the app writes, in one table: its id (the CLI's
``--format``), its file name extension, whether it can go to standard
output, and the one function that writes it. The command line
(``collabworkshop export``) and the window's File > Export menu
(``ui/app/exports.py``, which adds the menu text, shortcut and file filter per
id) both read this table, so a new format is one row here and one there.

No Qt at import time: the writers that draw (PDF, PNG) import it when they
run, so ``summary`` and the JSON export start fast and work without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .progress import ExportCancelled, Progress

if TYPE_CHECKING:
    from ..model.session import Session

#: The board's picture of one round over another, at a width:
#: (session, round_id, compare_round_id, width) -> QImage (reports.png's
#: BoardImage). The reports never draw the board themselves: the command
#: line and the window pass ``ui.board.render_board_image``.
BoardImage = Callable[["Session", str, str, int], Any]


class ExportError(Exception):
    """The export could not be written; ``str()`` is one line for the user."""


class ExportOptions(NamedTuple):
    """How a report is written, beyond its format."""

    #: The PDF and Markdown print every row of their long lists (raw
    #: placements, perception gaps, teams) instead of the largest few.
    full_appendix: bool = False
    #: Told how far the export is; raises ExportCancelled to stop it.
    progress: Progress | None = None


class ExportFormat(NamedTuple):
    id: str
    #: The extension of a file of this format, with its dot.
    suffix: str
    #: What ``write`` does: (session, dest, round_id, board_image, options) -> None.
    writer: Callable[[Session, Path, str | None, BoardImage | None, ExportOptions], None]
    #: The bytes for standard output, or None when it cannot go there.
    to_bytes: Callable[[Session, ExportOptions], bytes] | None = None
    #: Other name extensions that mean this format (``.markdown``).
    aliases: tuple[str, ...] = ()
    #: Drawn by Qt: needs a QGuiApplication while it writes.
    needs_qt: bool = False
    #: One picture per round: takes a round (None: every round).
    per_round: bool = False
    #: The files written beside ``dest`` (the CSV's action plan).
    beside: Callable[[Path], list[Path]] | None = None

    #: Long lists are cut unless asked for whole (``--full-appendix``).
    has_appendix: bool = False

    def write(self, session: Session, dest: Path, *, round_id: str | None = None,
              board_image: BoardImage | None = None, options: ExportOptions | None = None) -> None:
        """Write ``session`` to ``dest`` (and, for some formats, beside it:
        see :meth:`targets`); raises ExportError naming the problem, or
        ExportCancelled (from ``options.progress``) having written nothing."""
        self.writer(session, Path(dest), round_id, board_image, options or ExportOptions())

    def targets(self, session: Session, dest: Path, round_id: str | None = None) -> list[Path]:
        """Every file :meth:`write` writes (so a caller can refuse to write
        over the file being exported)."""
        dest = Path(dest)
        if self.per_round and round_id is None:
            from .png import round_paths

            return list(round_paths(session, dest).values())
        return [dest, *(self.beside(dest) if self.beside else [])]


def _json(session: Session, dest: Path, _round: str | None, _images: BoardImage | None,
          _options: ExportOptions) -> None:
    from ..storage import SessionFileError, write_session_json

    try:
        write_session_json(session, dest)
    except SessionFileError as exc:
        raise ExportError(str(exc)) from exc


def _json_bytes(session: Session, _options: ExportOptions) -> bytes:
    from ..storage import session_to_json

    return session_to_json(session).encode("utf-8")


def _pdf(session: Session, dest: Path, _round: str | None, board_image: BoardImage | None,
         options: ExportOptions) -> None:
    from .pdf import ReportError, write_pdf_report

    try:
        write_pdf_report(session, dest, board_image=board_image, full_appendix=options.full_appendix,
                         progress=options.progress)
    except (ReportError, OSError) as exc:
        raise ExportError(str(exc)) from exc


def _oserrors(write: Callable[[Session, Path, ExportOptions], object]):
    """A writer whose destination problems are OSErrors with a message."""

    def writer(session: Session, dest: Path, _round: str | None, _images: BoardImage | None,
               options: ExportOptions) -> None:
        if options.progress is not None:
            options.progress(0.0, "")  # a cancel before it starts writes nothing
        try:
            write(session, dest, options)
        except OSError as exc:
            raise ExportError(str(exc)) from exc

    return writer


def _csv(session: Session, dest: Path, _options: ExportOptions) -> None:
    from .csv_export import write_csv_pair

    write_csv_pair(session, dest)


def _csv_beside(dest: Path) -> list[Path]:
    from .csv_export import actions_path_for

    return [actions_path_for(dest)]


def _csv_bytes(session: Session, _options: ExportOptions) -> bytes:
    from .csv_export import placements_csv

    return placements_csv(session)


def _markdown(session: Session, dest: Path, options: ExportOptions) -> None:
    from .markdown import write_markdown

    write_markdown(session, dest, full_appendix=options.full_appendix)


def _markdown_bytes(session: Session, options: ExportOptions) -> bytes:
    from .markdown import session_markdown

    return session_markdown(session, full_appendix=options.full_appendix).encode("utf-8")


def _ics(session: Session, dest: Path, _options: ExportOptions) -> None:
    from .ics import write_ics

    write_ics(session, dest)


def _ics_bytes(session: Session, _options: ExportOptions) -> bytes:
    from .ics import session_ics

    return session_ics(session)


def _png(session: Session, dest: Path, round_id: str | None, board_image: BoardImage | None,
         options: ExportOptions) -> None:
    from .png import write_board_pngs

    if board_image is None:
        raise ExportError("a picture of the board needs the app's board renderer")
    try:
        write_board_pngs(session, dest, round_id, board_image=board_image, progress=options.progress)
    except OSError as exc:
        raise ExportError(str(exc)) from exc


#: In the order ``--help`` lists them.
FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("pdf", ".pdf", _pdf, needs_qt=True, has_appendix=True),
    ExportFormat("json", ".json", _json, _json_bytes),
    ExportFormat("csv", ".csv", _oserrors(_csv), _csv_bytes, beside=_csv_beside),
    ExportFormat("md", ".md", _oserrors(_markdown), _markdown_bytes, aliases=("markdown",), has_appendix=True),
    ExportFormat("ics", ".ics", _oserrors(_ics), _ics_bytes),
    ExportFormat("png", ".png", _png, needs_qt=True, per_round=True),
)

__all__ = ["BY_ID", "FORMATS", "BoardImage", "ExportCancelled", "ExportError", "ExportFormat", "ExportOptions",
           "format_for_name"]

BY_ID: dict[str, ExportFormat] = {f.id: f for f in FORMATS}


def format_for_name(name: str) -> ExportFormat | None:
    """The format a file name's extension implies (``report.PDF``: pdf)."""
    ext = Path(name).suffix.lower().lstrip(".")
    return next((f for f in FORMATS if ext == f.suffix.lstrip(".") or ext in f.aliases), None)

"""The ``collabworkshop`` command: open the app, or work with a session file
from a terminal.

    collabworkshop [FILE]                         open the app (optionally a session)
    collabworkshop summary FILE                   print the statistics as text
    collabworkshop export FILE --format pdf|json -o OUT
    collabworkshop --version
    collabworkshop self-check                     check this installation offscreen

The terminal commands only ever read the session file (through
``storage.read_session``, which opens it read-only), so the file is left
byte for byte as it was, whatever happens. Every expected failure (a
missing file, a file from a newer version, an unwritable destination)
prints one line to stderr starting with "collabworkshop: " and returns a
non-zero status, never a traceback. Set COLLABWORKSHOP_DEBUG=1 to see the
traceback of an unexpected error instead.

Qt is imported only when it is needed (the PDF export and the app), so
``summary`` and the JSON export start fast and work without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__

PROG = "collabworkshop"
COMMANDS = ("summary", "export")
FORMATS = ("pdf", "json")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE from sysexits.h
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """An expected failure; ``str()`` is the line shown to the user."""

    def __init__(self, message: str, code: int = EXIT_FAILED):
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line like every other error."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)


def _build_parsers() -> tuple[_Parser, _Parser, _Parser]:
    main = _Parser(
        prog=PROG,
        description="A facilitated workshop on moving a partnership from cooperation to collaboration. "
        "With no command, opens the app.",
        epilog=(
            "commands:\n"
            "  summary FILE                          print the statistics, gaps and most divergent\n"
            "                                        dimensions of a session as plain text\n"
            "  export FILE --format pdf|json -o OUT  write a PDF report or a JSON export\n"
            "  self-check                            check this installation offscreen: sample session,\n"
            "                                        board and PDF report (used by the packaging checks)\n"
            "\n"
            f"'{PROG} COMMAND --help' describes a command. To open a session file named like a\n"
            f"command, write it as a path: {PROG} ./summary"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    main.add_argument("file", nargs="?", metavar="FILE", help="a session file (.cwsession) to open")

    summary = _Parser(
        prog=f"{PROG} summary",
        description="Print a session's statistics per round and dimension, the gap between the "
        "first two rounds, and the most divergent dimension of each round.",
    )
    summary.add_argument("file", metavar="FILE", help="a session file (.cwsession)")

    export = _Parser(
        prog=f"{PROG} export",
        description="Write a PDF report or a complete JSON export of a session. The session file "
        "itself is only read.",
    )
    export.add_argument("file", metavar="FILE", help="a session file (.cwsession)")
    export.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="pdf or json (default: from the extension of OUT)",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the file to write; '-' writes JSON to standard output",
    )
    return main, summary, export


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except CliError as exc:
        if os.environ.get("COLLABWORKSHOP_DEBUG") and exc.__cause__ is not None:
            raise
        return _report(str(exc), exc.code)
    except SystemExit as exc:  # argparse after --help or --version
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_FAILED)
    except KeyboardInterrupt:
        return _report("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        # e.g. "collabworkshop summary x | head": the reader went away; not an error.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("COLLABWORKSHOP_DEBUG"):
            raise
        return _report(f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)


def _report(message: str, code: int) -> int:
    line = " ".join(str(message).split())  # exactly one line, whatever the message held
    try:
        sys.stderr.write(f"{PROG}: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return code


def _silence_stdout() -> None:
    # Point stdout at devnull so Python's own flush at exit cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _dispatch(args: list[str]) -> int:
    main_parser, summary_parser, export_parser = _build_parsers()
    if args and args[0] == "summary":
        return _summary(summary_parser.parse_args(args[1:]))
    if args and args[0] == "export":
        return _export(export_parser.parse_args(args[1:]))
    if args and args[0] in ("self-check", "--self-check"):
        # Packaging check (collabworkshop/selfcheck.py); takes no arguments.
        if args[1:]:
            raise CliError("self-check takes no arguments", EXIT_USAGE)
        from .selfcheck import SelfCheckError, run

        try:
            run()
        except SelfCheckError as exc:
            raise CliError(f"self-check failed: {exc}") from exc
        return EXIT_OK
    return _gui(main_parser.parse_args(args))


# -- commands ----------------------------------------------------------------------------


def _read(path_text: str):
    from .storage import SessionFileError, read_session

    try:
        return read_session(Path(path_text))
    except SessionFileError as exc:
        raise CliError(str(exc)) from exc


def _summary(args: argparse.Namespace) -> int:
    from .reports.text import summary_table

    session = _read(args.file)
    sys.stdout.write(summary_table(session))
    sys.stdout.flush()
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    out_text: str = args.output
    fmt = args.format or ("json" if out_text == "-" else _format_from_name(out_text))
    if out_text == "-" and fmt != "json":
        raise CliError("only the JSON export can go to standard output; give a file name with -o", EXIT_USAGE)
    # Read first: a bad input file is reported before anything is written.
    session = _read(args.file)
    if out_text == "-":
        from .storage import session_to_json

        sys.stdout.write(session_to_json(session))
        sys.stdout.flush()
        return EXIT_OK
    out = Path(out_text)
    if _same_file(Path(args.file), out):
        raise CliError(f"{out}: refusing to overwrite the session file being exported")
    if fmt == "json":
        _export_json(session, out)
    else:
        _export_pdf(session, out)
    return EXIT_OK


def _format_from_name(out_text: str) -> str:
    suffix = Path(out_text).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise CliError(f"cannot tell the format from '{out_text}'; add --format pdf or --format json", EXIT_USAGE)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _export_json(session, out: Path) -> None:
    from .storage import SessionFileError, write_session_json

    try:
        write_session_json(session, out)
    except SessionFileError as exc:
        raise CliError(str(exc)) from exc


def _export_pdf(session, out: Path) -> None:
    # The report is drawn by Qt; with no display (a server, CI, ssh) it must
    # not try to open a window, so render offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .reports.pdf import ReportError, write_pdf_report

    app = QApplication.instance() or QApplication([PROG])  # noqa: F841 (alive while drawing)
    try:
        write_pdf_report(session, out, _board_images(session))
    except ReportError as exc:
        raise CliError(str(exc)) from exc


def _board_images(session) -> dict:
    """A picture of the board for each round, if the app's board can draw
    one; the report is complete without them."""
    try:
        from .ui.board import board_images
    except ImportError:
        return {}
    try:
        return board_images(session)
    except Exception as exc:  # a drawing problem must not cost the whole report
        _report(f"warning: no board pictures ({type(exc).__name__}: {exc})", 0)
        return {}


def _gui(args: argparse.Namespace) -> int:
    if args.file:
        _read(args.file)  # a bad file is reported here, in one line, before any window
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        raise CliError("no display to open the app on (DISPLAY is not set); "
                       "the summary and export commands work without one")
    try:
        from .app import run_gui
    except ImportError as exc:
        raise CliError(f"the desktop app cannot start: {exc}") from exc
    return int(run_gui(args.file) or 0)

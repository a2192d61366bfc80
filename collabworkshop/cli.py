"""The ``collabworkshop`` command: open the app, or work with a session file
from a terminal.

    collabworkshop [FILE]                         open the app (optionally a session)
    collabworkshop summary FILE                   print the statistics as text
    collabworkshop export FILE --format pdf|json|csv|md|ics|png -o OUT [--round R]
    collabworkshop import JSON -o FILE [--force]
    collabworkshop --version
    collabworkshop self-check                     check this installation offscreen

The terminal commands only ever read the session file (through
``storage.read_session``, which opens it read-only), so the file is left
byte for byte as it was, whatever happens. Every expected failure (a
missing file, a file from a newer version, an unwritable destination)
prints one line to stderr starting with "collabworkshop: " and returns a
non-zero status, never a traceback. Set COLLABWORKSHOP_DEBUG=1 to see the
traceback of an unexpected error instead.

Text leaves the command through :func:`_emit`. Text for people (the
summary, compare, help, error lines) is always made printable
(``safetext.printable``): a name or file name from a session cannot retitle
or clear the terminal, even when the output is saved first and shown later.
Data (``export -o -``) is written byte for byte to a pipe or a file, and
through :func:`_emit` only when standard output is a terminal, which shows
it instead of keeping it.

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
from .common.i18n import context
from .common.safetext import printable
from .reports import formats as export_formats

tr = context("CommandLine")

PROG = "collabworkshop"
COMMANDS = ("summary", "export", "import")
#: ``--format`` choices: the export table's ids (reports/formats.py).
FORMATS = tuple(f.id for f in export_formats.FORMATS)

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
        raise CliError(tr("{0} (see '{1} --help')").format(message, self.prog), EXIT_USAGE)

    def _print_message(self, message: str, file=None) -> None:
        # --help, --version and usage lines leave through the same door as the rest.
        if message:
            try:
                _emit(file or sys.stderr, message)
            except (AttributeError, OSError):
                pass  # as argparse does: no stream, no message


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(tr("a port is a whole number from 0 to 65535: {0}").format(text))
    return value


def _build_parsers() -> tuple[_Parser, _Parser, _Parser]:
    main = _Parser(
        prog=PROG,
        description=tr(
            "A facilitated workshop on moving a partnership from cooperation to collaboration. With no command, opens "
            "the app."
        ),
        epilog=tr(
            "commands:\n"
            "  summary FILE                          print the statistics, gaps and most divergent\n"
            "                                        dimensions of a session as plain text\n"
            "  export FILE --format FMT -o OUT       write a report or an export: pdf, json, csv,\n"
            "                                        md (Markdown), ics (calendar), png (board)\n"
            "  import JSON -o FILE                   make a session file from a JSON export\n"
            "  compare A B                           print how each dimension moved from session A to B\n"
            "  self-check                            check this installation offscreen: sample session,\n"
            "                                        board and PDF report (used by the packaging checks)\n"
            "\n"
            "'{0} COMMAND --help' describes a command. To open a session file named like a\n"
            "command, write it as a path: {0} ./summary"
        ).format(PROG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    main.add_argument("file", nargs="?", metavar="FILE", help=tr("a session file (.cwsession) to open"))
    main.add_argument("--participants", action="store_true",
                      help=tr("open FILE with joining on: participants join from their phones; prints the join "
                              "address and code (docs/participants.md)"))
    main.add_argument("--bind", metavar="ADDRESS",
                      help=tr("with --participants: the address to serve on (default: the one with the default "
                              "route)"))
    main.add_argument("--port", metavar="N", type=_port,
                      help=tr("with --participants: the port to serve on (default: any free port)"))

    summary = _Parser(
        prog=f"{PROG} summary",
        description=tr(
            "Print a session's statistics per round and dimension, the gap between the first two rounds, and the most "
            "divergent dimension of each round."
        ),
    )
    summary.add_argument("file", metavar="FILE", help=tr("a session file (.cwsession)"))

    export = _Parser(
        prog=f"{PROG} export",
        description=tr(
            "Write a report or an export of a session. The session file itself is only read. csv writes two files: the "
            "placements to OUT and the action plan beside it (report.csv and report-actions.csv). png writes the board "
            "of the round given with --round to OUT, or of every round to OUT-1-<round>.png, OUT-2-<round>.png, ... "
            "(docs/exports.md)."
        ),
    )
    export.add_argument("file", metavar="FILE", help=tr("a session file (.cwsession)"))
    export.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help=tr("pdf, json, csv, md, ics or png (default: from the extension of OUT)"),
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=tr("the file to write; '-' writes JSON, CSV placements, Markdown or iCalendar to standard output"),
    )
    export.add_argument(
        "--round",
        metavar="ROUND",
        help=tr("png only: the round to draw, by number (1 = first), id or name; default: every round"),
    )
    export.add_argument(
        "--full-appendix",
        action="store_true",
        help=tr("pdf and md: print every row of the long lists (raw placements, perception gaps, teams) instead "
                "of the largest 20; the CSV and JSON always hold everything"),
    )
    return main, summary, export


def _build_import_parser() -> _Parser:
    parser = _Parser(
        prog=f"{PROG} import",
        description=tr(
            "Make a new session file from a JSON export (collabworkshop export --format json). The JSON is checked "
            "completely before anything is written."
        ),
    )
    parser.add_argument("json", metavar="JSON", help=tr("a JSON export; '-' reads standard input"))
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("the session file to create"))
    parser.add_argument("--force", action="store_true", help=tr("replace FILE if it exists"))
    return parser


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
        return _report(tr("interrupted"), EXIT_INTERRUPTED)
    except BrokenPipeError:
        # e.g. "collabworkshop summary x | head": the reader went away; not an error.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("COLLABWORKSHOP_DEBUG"):
            raise
        return _report(tr("internal error: {0}: {1}").format(type(exc).__name__, exc), EXIT_INTERNAL)


def _report(message: str, code: int) -> int:
    line = " ".join(str(message).split())  # exactly one line, whatever the message held
    try:
        _emit(sys.stderr, f"{PROG}: {line}\n")
    except (OSError, ValueError, AttributeError):
        pass  # no stderr at all (a windowed program on Windows has None)
    return code


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _emit(stream, text: str, *, data: bool = False) -> None:
    """Write ``text`` to ``stream``: the only way text leaves the command.

    Text for people (``data`` False) is made printable wherever it goes:
    a session file's names, a file name in an error, anything a user did
    not type themselves, can hold escape sequences, and a report saved to a
    file is usually shown on a terminal later. Data (``data`` True, an
    export to ``-o -``) must reach a pipe or a file byte for byte, so it is
    made printable only on a terminal. Line feeds and tabs are layout and
    stay; everything else a terminal would act on shows as a symbol."""
    if stream is None:
        return
    if not data or _is_terminal(stream):
        text = printable(text, keep="\n\t")
    try:
        stream.write(text)
    except UnicodeEncodeError:
        # A stream that cannot encode every character (PYTHONIOENCODING=ascii,
        # an old code page) shows "?" for those instead of failing the command.
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))
    stream.flush()


class _Emitter:
    """A writable stream for code that prints by itself (self-check)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        _emit(self._stream, text)
        return len(text)

    def flush(self) -> None:
        pass


def _silence_stdout() -> None:
    # Point stdout at devnull so Python's own flush at exit cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _dispatch(args: list[str]) -> int:
    # Reports in the language of the locale (or COLLABWORKSHOP_LANGUAGE),
    # without Qt; the window installs its own translator (ui/common/translations.py).
    from .common.i18n import install_catalogue

    install_catalogue()
    main_parser, summary_parser, export_parser = _build_parsers()
    if args and args[0] == "summary":
        return _summary(summary_parser.parse_args(args[1:]))
    if args and args[0] == "export":
        return _export(export_parser.parse_args(args[1:]))
    if args and args[0] == "compare":
        return _compare(args[1:])
    if args and args[0] == "import":
        return _import(_build_import_parser().parse_args(args[1:]))
    if args and args[0] in ("self-check", "--self-check"):
        # Packaging check (collabworkshop/selfcheck.py); takes no arguments.
        if args[1:]:
            raise CliError(tr("self-check takes no arguments"), EXIT_USAGE)
        from .selfcheck import SelfCheckError, run

        try:
            run(_Emitter(sys.stdout) if sys.stdout is not None else None)
        except SelfCheckError as exc:
            raise CliError(tr("self-check failed: {0}").format(exc)) from exc
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
    _emit(sys.stdout, summary_table(session))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    out_text: str = args.output
    fmt = export_formats.BY_ID[args.format or ("json" if out_text == "-" else _format_from_name(out_text))]
    if out_text == "-" and fmt.to_bytes is None:
        raise CliError(tr(
            "the {0} export cannot go to standard output; give a file name with -o"
        ).format(fmt.id), EXIT_USAGE)
    if args.full_appendix and not fmt.has_appendix:
        raise CliError(tr(
            "--full-appendix is for the {0} export only"
        ).format(' and '.join(f.id for f in export_formats.FORMATS if f.has_appendix)), EXIT_USAGE)
    if args.round is not None and not fmt.per_round:
        raise CliError(tr(
            "--round is for the {0} export only"
        ).format(' and '.join(f.id for f in export_formats.FORMATS if f.per_round)), EXIT_USAGE)
    # Read first: a bad input file is reported before anything is written.
    session = _read(args.file)
    if out_text == "-":
        _write_stdout(fmt.to_bytes(session, export_formats.ExportOptions(full_appendix=args.full_appendix)))
        return EXIT_OK
    out = Path(out_text)
    round_id = _round_id(session, args.round)
    targets = fmt.targets(session, out, round_id)
    for target in targets:
        if _same_file(Path(args.file), target):
            raise CliError(tr("{0}: refusing to overwrite the session file being exported").format(target))
    if fmt.needs_qt:
        # Drawn by Qt; with no display (a server, CI, ssh) it must not try
        # to open a window, so render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([PROG])  # noqa: F841 (alive while drawing)
    # Progress only for a person watching: a script's or a test's stderr stays clean.
    progress = _ProgressLine(sys.stderr, out) if _is_terminal(sys.stderr) else None
    options = export_formats.ExportOptions(full_appendix=args.full_appendix, progress=progress)
    try:
        fmt.write(session, out, round_id=round_id, board_image=_board_renderer() if fmt.needs_qt else None,
                  options=options)
    except export_formats.ExportError as exc:
        raise CliError(str(exc)) from exc
    finally:
        if progress is not None:
            progress.clear()
    if targets != [out]:
        # Not (only) the file that was asked for: one picture per round, or
        # the action plan beside the CSV. Say which, so nobody has to look.
        _emit(sys.stdout, "".join(tr("wrote {0}").format(target) + "\n" for target in targets))
    return EXIT_OK


class _ProgressLine:
    """One line on a terminal's stderr, redrawn in place: "writing
    report.pdf: 40% (Page 3 of 18)"; cleared when the export ends, so
    nothing of it stays behind. Ctrl+C stops the export (nothing written)."""

    #: Seconds between redraws at most (a terminal over ssh is slow).
    INTERVAL = 0.1

    def __init__(self, stream, dest: Path) -> None:
        self._stream = stream
        self._dest = dest.name
        self._last = -1.0
        self._shown = False

    def __call__(self, fraction: float, what: str) -> None:
        import time

        now = time.monotonic()
        if self._shown and now - self._last < self.INTERVAL and fraction < 1.0:
            return
        self._last = now
        text = tr("writing {0}: {1}%").format(self._dest, round(100 * max(0.0, min(1.0, fraction))))
        if what:
            text += f" ({what})"
        # Printable (names from the session), and cut to one line of the terminal.
        width = _terminal_width(self._stream)
        line = printable(text)[: max(10, width - 1)]
        self._write("\r\x1b[K" + line)
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._write("\r\x1b[K")
            self._shown = False

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError, UnicodeEncodeError):
            pass  # progress is a courtesy; the export goes on


def _terminal_width(stream) -> int:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns if columns > 0 else 80  # a terminal that never said its size


def _round_id(session, round_text: str | None) -> str | None:
    if round_text is None:
        return None
    from .reports.png import RoundNotFound, find_round

    try:
        return find_round(session, round_text)
    except RoundNotFound as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc


def _write_stdout(data: bytes) -> None:
    if _is_terminal(sys.stdout):
        # Shown, not stored: printable, with CRLF (CSV, iCalendar) as plain line ends.
        _emit(sys.stdout, data.decode("utf-8", "replace").replace("\r\n", "\n"), data=True)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _format_from_name(out_text: str) -> str:
    fmt = export_formats.format_for_name(out_text)
    if fmt is not None:
        return fmt.id
    raise CliError(tr(
        "cannot tell the format from '{0}'; add --format ({1})"
    ).format(out_text, '|'.join(FORMATS)), EXIT_USAGE)


#: A JSON export of a large workshop is well under a megabyte; this is a
#: guard against reading a wrong, enormous file into memory.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def _import(args: argparse.Namespace) -> int:
    from .storage import InterchangeError, SessionFileError, save_session, session_from_json

    out = Path(args.output)
    if args.json != "-" and _same_file(Path(args.json), out):
        raise CliError(tr("{0}: refusing to overwrite the JSON file being imported").format(out))
    if out.is_dir():
        raise CliError(tr("{0}: is a folder").format(out))
    if out.exists() and not args.force:
        raise CliError(tr("{0}: already exists; add --force to replace it").format(out))
    data = _read_json_bytes(args.json)
    try:
        session = session_from_json(_decode_json(data, args.json))
    except InterchangeError as exc:
        raise CliError(f"{args.json}: {exc}") from exc
    try:
        save_session(session, out)
    except SessionFileError as exc:
        raise CliError(str(exc)) from exc
    return EXIT_OK


def _read_json_bytes(name: str) -> bytes:
    from .common.userfiles import NotRegularFileError, read_regular

    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1)
        else:
            data = read_regular(name, MAX_IMPORT_BYTES)  # a named pipe or a device is refused, not waited on
    except NotRegularFileError as exc:
        raise CliError(tr("{0}: {1}, not a JSON file").format(name, exc.kind)) from exc
    except FileNotFoundError as exc:
        raise CliError(tr("{0}: no such file").format(name)) from exc
    except IsADirectoryError as exc:
        raise CliError(tr("{0}: is a folder").format(name)) from exc
    except OSError as exc:
        raise CliError(tr("{0}: cannot read ({1})").format(name, exc.strerror or exc)) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise CliError(tr(
            "{0}: too large for a session export (over {1} MB)"
        ).format(name, MAX_IMPORT_BYTES // (1024 * 1024)))
    return data


def _decode_json(data: bytes, name: str) -> str:
    """Text from the bytes of a JSON file: UTF-8 (with or without a byte
    order mark) or UTF-16/32 with a byte order mark, as Windows tools write."""
    import codecs

    codec = "utf-8"
    for bom, name_of_codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            codec = name_of_codec
            break
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise CliError(tr("{0}: not a JSON text file (it is not UTF-8 or UTF-16 text)").format(name)) from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        if b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _board_renderer():
    """The app's board renderer, for the reports that show the board (the
    PDF is complete without it, should the ui be missing)."""
    try:
        from .ui.board import render_board_image
    except ImportError:
        return None
    return render_board_image


# -- compare (follow-up) -------------------------------------------------------------------


def _compare(argv: list[str]) -> int:
    """``collabworkshop compare A B``: Today in A against Today in B, per dimension."""
    parser = _Parser(
        prog=f"{PROG} compare",
        description=tr(
            "Print, per dimension, Today's median, mean and agreement (rwg) in session A and in session B, the change, "
            "and the change of the gap to Needed. Typically A is a workshop and B its follow-up. Both files are only "
            "read."
        ),
    )
    parser.add_argument("a", metavar="A", help=tr("the earlier session file (.cwsession)"))
    parser.add_argument("b", metavar="B", help=tr("the later session file (.cwsession)"))
    args = parser.parse_args(argv)
    from .planning.trend import compare, compare_table, session_measurement

    before, after = _read(args.a), _read(args.b)
    try:
        rows = compare(session_measurement(before), session_measurement(after))
    except ValueError as exc:
        raise CliError(tr("cannot compare: {0}").format(exc)) from exc
    if not rows:
        raise CliError(tr("{0} and {1} have no dimension in common").format(args.a, args.b))
    # Each header line is one line whatever a title holds (printable() also
    # shows a line break in it as a symbol); compare_table does the same per row.
    from .common.i18n import translate

    undated = translate("Compare", "undated")
    out = [printable(f"A: {before.info.title or Path(args.a).name} ({before.info.date or undated})"),
           printable(f"B: {after.info.title or Path(args.b).name} ({after.info.date or undated})"),
           translate("Compare", "Today's position (0 cooperation .. 100 collaboration); "
                     "gap = median(Needed) - median(Today)"),
           "", compare_table(rows)]
    _emit(sys.stdout, "\n".join(out))
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    if (args.bind is not None or args.port is not None) and not args.participants:
        raise CliError(tr("--bind and --port go with --participants"), EXIT_USAGE)
    if args.participants and not args.file:
        raise CliError(tr("--participants needs a session FILE to open"), EXIT_USAGE)
    if args.file:
        _read(args.file)  # a bad file is reported here, in one line, before any window
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        raise CliError(tr(
            "no display to open the app on (DISPLAY is not set); the summary and export commands work without one"
        ))
    try:
        from .app import run_gui
    except ImportError as exc:
        raise CliError(tr("the desktop app cannot start: {0}").format(exc)) from exc
    if not args.participants:
        return int(run_gui(args.file) or 0)

    def announce(url: str, address: str, code: str) -> None:
        # One fact a line, in a fixed form (not translated): scripts that start
        # the app read it, as the tests do.
        _emit(sys.stdout, f"Join: {url}\nAddress: {address}\nCode: {code}\n")

    def fail(message: str) -> None:
        _report(tr("participants cannot join: {0}").format(message), EXIT_FAILED)

    return int(run_gui(args.file, participants=(args.bind, args.port or 0), announce=announce, fail=fail) or 0)

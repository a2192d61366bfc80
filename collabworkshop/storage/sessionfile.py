"""The session file: one SQLite database per workshop (``.cwsession``).

How a file is used (see docs/file-format.md):

* Opening never writes to the user's file. Its header is checked byte by
  byte first (SQLite magic, ``application_id``, ``user_version``), then it
  is copied, with any -wal or -journal beside it, to a reading copy in the
  app's data folder, where SQLite applies the journals. Its data is read
  under limits (size, rows, value length, work) and written into a fresh
  *working copy* with the app's own schema: nothing in the file's schema
  ever acts on what the app writes.
* Every change is written to the working copy in its own transaction with
  ``synchronous=FULL``, so a crash loses nothing that was acknowledged.
* Saving (and the autosave after each change of a named session) publishes
  the working copy's serialized database into a temporary file beside the
  destination (storage/atomic.py), flushes it to disk and renames it over
  the destination, so the user's file is always either the old or the new
  complete file.
"""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from ..common.i18n import context
from ..common.userfiles import NotRegularFileError, open_regular
from ..model.changes import Change, Touched
from ..model.limits import LIMITS, MAX_LONG_TEXT, MAX_NAME, limit_of
from ..model.session import (
    ActionItem,
    ActionStatus,
    Dimension,
    GapPlacement,
    Lever,
    Note,
    NoteKind,
    Participant,
    PlacementMode,
    Round,
    Session,
    SessionInfo,
    SessionSettings,
    Step,
    StepKind,
    Team,
)
from . import rows as _rows
from .atomic import fsync_dir, remove_quietly, replacing, write_checked
from .rows import write_touched

tr = context("SessionFile")

FILE_SUFFIX = ".cwsession"
#: "CWKS" as a big-endian 32-bit integer; SQLite stores it at offset 68.
APPLICATION_ID = 0x43574B53
#: Schema version, stored in ``PRAGMA user_version`` at offset 60. Every
#: version ever released has a fixture in tests/data and a step in MIGRATIONS.
SCHEMA_VERSION = 2
SQLITE_MAGIC = b"SQLite format 3\x00"


class SessionFileError(Exception):
    """A session file cannot be used; ``str()`` is a message for the user,
    always one line (SQLite's own errors can quote schema text with line
    breaks)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))


class NotASessionFileError(SessionFileError):
    pass


class NewerVersionError(SessionFileError):
    pass


class ReadingCancelled(Exception):
    """Opening was cancelled (the ``stop`` of SessionStore.open_copy said
    so) before the reading was done; nothing it made is left behind. Not a
    SessionFileError: nothing is wrong with the file."""


#: Asked while a file is read for opening: True stops the reading
#: (ReadingCancelled) at its next step.
Stop = Callable[[], bool]


def _check_stop(stop: Stop | None) -> None:
    if stop is not None and stop():
        raise ReadingCancelled()


class DamagedFileError(SessionFileError):
    pass


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE teams (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL,
    name TEXT NOT NULL, organisation TEXT NOT NULL, colour TEXT NOT NULL);
CREATE TABLE participants (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, team_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE dimensions (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL,
    name TEXT NOT NULL, low_label TEXT NOT NULL, high_label TEXT NOT NULL);
CREATE TABLE rounds (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, name TEXT NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0, follows TEXT NOT NULL DEFAULT '',
    baseline INTEGER NOT NULL DEFAULT 0);
CREATE TABLE steps (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, title TEXT NOT NULL,
    kind TEXT NOT NULL, prompt TEXT NOT NULL, round_id TEXT NOT NULL,
    compare_round_id TEXT NOT NULL, script TEXT NOT NULL DEFAULT '',
    timebox INTEGER NOT NULL DEFAULT 0, actual INTEGER NOT NULL DEFAULT 0);
CREATE TABLE placements (
    round_id TEXT NOT NULL, dimension_id TEXT NOT NULL, placer_id TEXT NOT NULL,
    position REAL NOT NULL CHECK (position >= 0 AND position <= 100),
    PRIMARY KEY (round_id, dimension_id, placer_id));
CREATE TABLE actions (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, title TEXT NOT NULL,
    lever TEXT NOT NULL, why TEXT NOT NULL, owner TEXT NOT NULL, due TEXT NOT NULL,
    success_measure TEXT NOT NULL, status TEXT NOT NULL, dimension_id TEXT NOT NULL,
    priority REAL NOT NULL, impact TEXT NOT NULL, effort TEXT NOT NULL,
    supporting TEXT NOT NULL DEFAULT '', accepted INTEGER NOT NULL DEFAULT 1);
CREATE TABLE votes (
    team_id TEXT NOT NULL, lever TEXT NOT NULL, dots INTEGER NOT NULL CHECK (dots > 0),
    PRIMARY KEY (team_id, lever));
CREATE TABLE notes (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    step_id TEXT NOT NULL, dimension_id TEXT NOT NULL);
"""
TABLES = (
    "meta", "teams", "participants", "dimensions", "rounds", "steps", "placements", "actions", "votes", "notes",
)
INFO_KEYS = _rows.INFO_KEYS

#: How to bring a working copy from version N to N+1: MIGRATIONS[N] is the
#: SQL that does it. Migrations run only on the working copy, never on the
#: user's file.
MIGRATIONS: dict[int, str] = {
    1: """
ALTER TABLE rounds ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rounds ADD COLUMN follows TEXT NOT NULL DEFAULT '';
ALTER TABLE rounds ADD COLUMN baseline INTEGER NOT NULL DEFAULT 0;
ALTER TABLE steps ADD COLUMN script TEXT NOT NULL DEFAULT '';
ALTER TABLE steps ADD COLUMN timebox INTEGER NOT NULL DEFAULT 0;
ALTER TABLE steps ADD COLUMN actual INTEGER NOT NULL DEFAULT 0;
ALTER TABLE placements RENAME COLUMN team_id TO placer_id;
ALTER TABLE actions ADD COLUMN supporting TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN accepted INTEGER NOT NULL DEFAULT 1;
CREATE TABLE participants (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, team_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE votes (
    team_id TEXT NOT NULL, lever TEXT NOT NULL, dots INTEGER NOT NULL CHECK (dots > 0),
    PRIMARY KEY (team_id, lever));
CREATE TABLE notes (
    id TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    step_id TEXT NOT NULL, dimension_id TEXT NOT NULL);
""",
}


def migrate(conn: sqlite3.Connection, path: Path) -> int | None:
    """Bring the database on ``conn`` up to SCHEMA_VERSION in one
    transaction. Returns the version it started from, or None when it was
    current already."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version >= SCHEMA_VERSION:
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except (sqlite3.Error, KeyError) as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error) and isinstance(_sqlite_failure(exc, path), LimitError):
            raise _sqlite_failure(exc, path) from exc
        raise DamagedFileError(tr(
            "{0}: cannot upgrade this session file from format {1} ({2})"
        ).format(path, version, exc)) from exc
    return int(version)


# -- header checks (no SQLite involved, so the file is never touched) ---------

def check_header(path: Path) -> int:
    """Check that ``path`` is a session file this version can read.

    Returns its schema version; raises SessionFileError with a message that
    names the problem.
    """
    return _check_header(Path(path), Path(path))


def _check_header(path: Path, shown: Path) -> int:
    """check_header() of ``path``, naming ``shown`` in messages (the user's
    file when ``path`` is the copy being read)."""
    if not path.exists():
        raise SessionFileError(tr("{0}: no such file").format(shown))
    if path.is_dir():
        raise SessionFileError(tr("{0}: is a folder, not a session file").format(shown))
    try:
        # Only a regular file: a named pipe or a device would block or never end.
        with open_regular(path) as fh:
            header = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except NotRegularFileError as exc:
        raise SessionFileError(tr("{0}: {1}, not a session file").format(shown, exc.kind)) from exc
    except OSError as exc:
        raise SessionFileError(tr("{0}: cannot read ({1})").format(shown, exc.strerror or exc)) from exc
    return _check_header_bytes(header, size, shown)


def _check_header_bytes(header: bytes, size: int, shown: Path) -> int:
    """The header checks on the first 100 bytes of a database ``size`` bytes long."""
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotASessionFileError(tr("{0}: not a CollabWorkshop session file").format(shown))
    (user_version,) = struct.unpack(">I", header[60:64])
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotASessionFileError(
            tr("{0}: not a CollabWorkshop session file (a different SQLite database)").format(shown)
        )
    if user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            tr(
                "{0}: made by a newer CollabWorkshop (file format {1}; this version reads up to {2}). Please update "
                "the app."
            ).format(shown, user_version, SCHEMA_VERSION)
        )
    if user_version < 1:
        raise DamagedFileError(tr("{0}: session file has no format version").format(shown))
    _check_size(header, size, shown)
    return user_version


def _page_size(header: bytes) -> int:
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    return 65536 if raw_page_size == 1 else raw_page_size


def _counted_bytes(header: bytes) -> int | None:
    """The size in bytes the header says the database has, or None when the
    header's page count is not current (then SQLite uses the file size)."""
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if page_count and valid_for == change_counter:
        return page_count * _page_size(header)
    return None


def _check_size(header: bytes, size: int, shown: Path) -> None:
    """A whole file is a whole number of pages, as many as the header says
    (when the header's count is current): anything else was cut short."""
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        raw = struct.unpack(">H", header[16:18])[0]
        raise DamagedFileError(tr("{0}: session file is damaged (impossible page size {1})").format(shown, raw))
    counted = _counted_bytes(header)
    if size % page_size or (counted is not None and size < counted):
        raise DamagedFileError(tr("{0}: session file is damaged (it is incomplete: {1} bytes)").format(shown, size))


# -- the working copy ------------------------------------------------------------

def _connect(path: Path, *, read_only: bool = False, any_thread: bool = False) -> sqlite3.Connection:
    """A connection to ``path``. ``any_thread``: made on one thread (the
    thread that reads a file for opening) and used on another after it (the
    GUI thread), never by both at once."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=not any_thread)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=not any_thread)
    # Values in a file are data, never code: no functions from the schema.
    conn.execute("PRAGMA trusted_schema = OFF")
    # A damaged byte inside a name shows as \ufffd instead of costing the whole file.
    conn.text_factory = _decode_text
    return conn


def _decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


# -- limits: what reading a file may cost (docs/file-format.md, "Limits") ------

MB = 1024 * 1024
#: The largest database (and the largest -wal or -journal beside it) that is
#: read. The largest session the app supports (500 people in 50 teams, 5
#: dimensions, 10 rounds: 25,000 placements) is about 1 MB, or 20 MB with a
#: thousand notes of 20,000 characters.
MAX_FILE_BYTES = 64 * MB
#: The longest single value (text, blob or row) SQLite will hand back. Names
#: are cut to 2,000 characters on reading anyway; this stops a value the
#: file makes up on the fly (a printf() in a generated column) before it is
#: built in memory.
MAX_VALUE_BYTES = 4 * MB
#: Rows read from a table no limit of model/limits.py covers (meta).
MAX_ROWS = 100_000
#: The tables that hold one limited part of the session each.
LIMITED_PARTS = frozenset(limit.part for limit in LIMITS)
#: SQLite virtual-machine instructions one reading may run, in all its
#: statements together: the largest session (20 MB, 25,000 placements) takes
#: about 530,000.
MAX_STEPS = 50_000_000
_STEPS_PER_TICK = 1_000


class LimitError(SessionFileError):
    """A file is refused because reading it would cost more than a limit."""


def _bound(conn: sqlite3.Connection, stop: Stop | None = None) -> None:
    """Put a reading connection under the limits above (and ``stop``: when
    it says so, the running statement is interrupted)."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)  # the app's statements are short
    ticks = [MAX_STEPS // _STEPS_PER_TICK]

    def tick() -> bool:
        ticks[0] -= 1
        return ticks[0] < 0 or (stop is not None and stop())  # True interrupts the running statement

    conn.set_progress_handler(tick, _STEPS_PER_TICK)


def _sqlite_failure(exc: sqlite3.Error, shown: Path) -> SessionFileError:
    """The message for an SQLite error while reading ``shown``."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_INTERRUPT:
        return LimitError(
            tr(
                "{0}: session file refused: reading it takes more work than the limit ({1:,} SQLite steps)"
            ).format(shown, MAX_STEPS)
        )
    if code == sqlite3.SQLITE_TOOBIG:
        return LimitError(
            tr(
                "{0}: session file refused: it holds a value longer than the limit ({1} MB)"
            ).format(shown, MAX_VALUE_BYTES // MB)
        )
    return DamagedFileError(tr("{0}: session file is damaged ({1})").format(shown, exc))


def _size_text(n: int) -> str:
    return tr("{0:.1f} MB").format(n / MB) if n >= MB else tr("{0:,} bytes").format(n)


# -- reading a file as SQLite sees it ------------------------------------------

#: Files SQLite keeps beside a database while it changes it. A committed
#: -wal holds changes not yet in the file; a hot -journal holds what a
#: half-done change overwrote. Either changes what the file reads as.
#: (A -shm is only an index SQLite rebuilds from the -wal; it is not copied.)
JOURNALS = ("-wal", "-journal")


def _journal_base(path: Path) -> str:
    """SQLite names a database's journals after its real path (a symlink's
    target), so they are looked for there."""
    return os.path.realpath(path)


def _journals(path: Path) -> list[str]:
    """The suffixes of the journal files beside ``path`` (regular files only:
    anything else there is no journal SQLite would use)."""
    found = []
    for suffix in JOURNALS:
        try:
            if stat.S_ISREG(os.stat(_journal_base(path) + suffix).st_mode):
                found.append(suffix)
        except OSError:
            pass
    return found


def _copy_bounded(src: Path, dst: Path, length: int, stop: Stop | None = None) -> None:
    """Copy the first ``length`` bytes of ``src`` to ``dst``, streaming."""
    with open_regular(src) as fin, open(dst, "wb") as fout:
        left = length
        while left > 0:
            _check_stop(stop)
            chunk = fin.read(min(left, MB))
            if not chunk:
                break
            fout.write(chunk)
            left -= len(chunk)


def _copy_as_sqlite_sees(src: Path, dst: Path, shown: Path, *, limit: int | None = MAX_FILE_BYTES,
                         stop: Stop | None = None) -> None:
    """Make ``dst`` a self-contained database holding what SQLite reads at
    ``src``: with its journals beside it, SQLite applies them (replays the
    -wal, rolls back a hot -journal) on the copy, never on ``src``. Without
    journals only the pages the header counts are copied: SQLite ignores
    anything after them, and a sparse tail is never read."""
    journals = _journals(src)
    # An OSError goes to the caller, which says what it was doing.
    size = os.stat(src).st_size
    length = size
    if not journals:
        with open_regular(src) as fh:
            header = fh.read(100)
        counted = _counted_bytes(header) if header[:16] == SQLITE_MAGIC and len(header) == 100 else None
        if counted is not None:
            length = min(size, counted)
    if limit is not None and length > limit:
        raise LimitError(
            tr(
                "{0}: session file refused: it is larger than the limit ({1}; at most {2} MB)"
            ).format(shown, _size_text(length), MAX_FILE_BYTES // MB)
        )
    sizes = {suffix: os.stat(_journal_base(src) + suffix).st_size for suffix in journals}
    for suffix, n in sizes.items():
        if limit is not None and n > limit:
            raise LimitError(
                tr(
                    "{0}: session file refused: its {1} file is larger than the limit ({2}; at most {3} MB)"
                ).format(shown, suffix, _size_text(n), MAX_FILE_BYTES // MB)
            )
    _copy_bounded(src, dst, length, stop)
    for suffix, n in sizes.items():
        _copy_bounded(Path(_journal_base(src) + suffix), Path(str(dst) + suffix), n, stop)
    if journals:
        _settle(dst, shown, stop)


def _settle(path: Path, shown: Path, stop: Stop | None = None) -> None:
    """Let SQLite apply the journals beside ``path`` to it and remove them,
    leaving one whole database file (``journal_mode = DELETE``). SQLite's
    own recovery is safe against a crash at any moment: until it is done
    the journal stays, and any SQLite reader finishes the job."""
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise _sqlite_failure(exc, shown) from exc
    try:
        _bound(conn, stop)
        conn.execute("PRAGMA busy_timeout = 1000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read applies them
        (mode,) = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.Error as exc:
        _check_stop(stop)
        raise _sqlite_failure(exc, shown) from exc
    finally:
        conn.close()
    left = _journals(path)
    if str(mode).lower() != "delete" or left:
        raise SessionFileError(tr(
            "{0}: the {1} file beside it cannot be applied"
        ).format(shown, ', '.join(left) or 'journal'))
    remove_quietly(Path(str(path) + "-shm"))


def copy_as_sqlite_sees(src: Path, dst: Path) -> None:
    """Write to ``dst`` a self-contained database that reads as ``src`` with
    its journals does (the backup kept before a file is replaced); ``src``
    and its journals are not changed."""
    src, dst = Path(src), Path(dst)
    if not _journals(src):
        _copy_as_sqlite_sees(src, dst, src, limit=None)
        return
    with tempfile.TemporaryDirectory(prefix="cw-copy-") as work:
        settled = Path(work) / "copy.cwsession"
        try:
            _copy_as_sqlite_sees(src, settled, src, limit=None)
        except SessionFileError:
            # Not a database SQLite can settle: keep the bytes as they are.
            _copy_bounded(src, dst, os.stat(src).st_size)
            return
        _copy_bounded(settled, dst, settled.stat().st_size)


def _load(user_path: Path, parent: Path | None = None, prefix: str = "cw-read-",
          stop: Stop | None = None) -> tuple[Session, int | None]:
    """Read the session in ``user_path`` as SQLite would see it: its pages in
    memory or, when journals lie beside it, through a copy in a temporary
    folder (``prefix``, in ``parent``) on which SQLite applies them; the
    folder is made only then, and removed after. Returns the session and
    the format it was upgraded from (None when current). The user's file is
    only read. ``stop`` is asked at every step (ReadingCancelled)."""
    user_path = Path(user_path)
    if not _journals(user_path):
        return _read_copy(user_path, None, stop)
    with tempfile.TemporaryDirectory(prefix=prefix, dir=parent) as folder:
        return _read_copy(user_path, Path(folder), stop)


def _read_copy(user_path: Path, folder: Path | None, stop: Stop | None = None) -> tuple[Session, int | None]:
    """_load() of ``user_path``: into memory (``folder`` None), or through a
    copy with its journals in ``folder``."""
    conn = None
    copy: Path | None = None
    image = bytearray()
    if folder is not None:
        # The header in the file may be out of date until SQLite has applied
        # the journal, so only the magic is checked before copying; SQLite
        # needs the copy and its journals as files to apply them.
        _check_magic(user_path)
        copy = Path(folder) / "reading.cwsession"
        try:
            _copy_as_sqlite_sees(user_path, copy, user_path, stop=stop)
        except OSError as exc:
            raise SessionFileError(tr(
                "{0}: cannot copy for reading ({1})"
            ).format(user_path, exc.strerror or exc)) from exc
        _check_header(copy, user_path)  # the copy as SQLite left it (and in case the file changed meanwhile)
    else:
        # Without journals the pages are all there is: read them into memory
        # (bounded), so reading needs no disk space and never opens the file
        # with SQLite.
        check_header(user_path)
        image = _database_image(user_path, stop)
        _check_header_bytes(bytes(image[:100]), len(image), user_path)  # in case the file changed meanwhile
    try:
        _check_stop(stop)
        conn = _connect(copy) if copy is not None else _connect_image(image)
        _bound(conn, stop)
        _check_stored_only(conn, user_path)
        # quick_check would evaluate the file's CHECK expressions: they are
        # the file's SQL, not its data, and the app never relies on them.
        conn.execute("PRAGMA ignore_check_constraints = ON")
        _check_integrity(conn, user_path)
        _check_stop(stop)
        migrated_from = migrate(conn, user_path)
        session = _read_all(conn, user_path)
        _check_stop(stop)
        return session, migrated_from
    except sqlite3.Error as exc:
        _check_stop(stop)  # an interrupted statement: the user's cancel, not a damaged file
        raise _sqlite_failure(exc, user_path) from exc
    except UnicodeDecodeError as exc:
        raise DamagedFileError(tr("{0}: session file is damaged ({1})").format(user_path, exc)) from exc
    finally:
        if conn is not None:
            conn.close()


def _database_image(path: Path, stop: Stop | None = None) -> bytearray:
    """The pages SQLite would read at ``path`` (a file with no journal beside
    it): only as many as the header counts, never more than the size limit."""
    try:
        with open_regular(path) as fh:
            header = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
            counted = _counted_bytes(header) if len(header) == 100 else None
            length = size if counted is None else min(size, counted)
            if length > MAX_FILE_BYTES:
                raise LimitError(
                    tr(
                        "{0}: session file refused: it is larger than the limit ({1}; at most {2} MB)"
                    ).format(path, _size_text(length), MAX_FILE_BYTES // MB)
                )
            fh.seek(0)
            image = bytearray()
            while len(image) < length:  # in pieces, so a slow disk can be cancelled between them
                _check_stop(stop)
                chunk = fh.read(min(length - len(image), MB))
                if not chunk:
                    break
                image += chunk
    except NotRegularFileError as exc:
        raise SessionFileError(tr("{0}: {1}, not a session file").format(path, exc.kind)) from exc
    except OSError as exc:
        raise SessionFileError(tr("{0}: cannot read ({1})").format(path, exc.strerror or exc)) from exc
    if image[18:20] == b"\x02\x02":
        # A WAL-mode file closed cleanly: in memory it reads as the rollback
        # mode it is equivalent to (an in-memory database has no WAL).
        image[18:20] = b"\x01\x01"
    return image


def _connect_image(image: bytearray) -> sqlite3.Connection:
    """An in-memory database holding ``image``, set up like _connect()."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.text_factory = _decode_text
    conn.deserialize(bytes(image))
    conn.execute("PRAGMA trusted_schema = OFF")  # deserialize opened a new database on the connection
    return conn


def _sweep_reading_folders(working_dir: Path) -> None:
    """Remove reading copies left by a CollabWorkshop that died while opening
    a file (their folder names the process; a live one's are left alone)."""
    if os.name != "posix":
        return
    for folder in working_dir.glob("reading-*-*"):
        try:
            pid = int(folder.name.split("-")[1])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass  # alive (or not ours to ask about)


def _check_magic(path: Path) -> None:
    """The checks of check_header that hold before journals are applied."""
    if not path.is_file():
        check_header(path)  # its messages for a missing file or a folder
    try:
        with open_regular(path) as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except NotRegularFileError as exc:
        raise SessionFileError(tr("{0}: {1}, not a session file").format(path, exc.kind)) from exc
    except OSError as exc:
        raise SessionFileError(tr("{0}: cannot read ({1})").format(path, exc.strerror or exc)) from exc
    if head != SQLITE_MAGIC:
        raise NotASessionFileError(tr("{0}: not a CollabWorkshop session file").format(path))


class SessionStore:
    """The working copy of one open session."""

    def __init__(self, conn: sqlite3.Connection, working_path: Path, migrated_from: int | None = None):
        self._conn = conn
        self.working_path = working_path
        #: The format version of the file opened, when it was older and the
        #: working copy was upgraded; the user's file is untouched.
        self.migrated_from = migrated_from

    # construction -------------------------------------------------------------
    @classmethod
    def create(cls, session: Session, working_dir: Path) -> SessionStore:
        """A fresh working copy holding ``session``."""
        path = _new_working_path(working_dir)
        return cls(_build(path, session), path)

    @classmethod
    def open_copy(cls, user_path: Path, working_dir: Path, *, stop: Stop | None = None,
                  any_thread: bool = False) -> tuple[SessionStore, Session]:
        """Read the user's file (through a copy, as SQLite sees it) and build
        a working copy of our own schema from its data alone, so nothing in
        the file's schema (indexes, triggers, constraints, extra columns)
        ever acts on what the app writes.

        ``stop`` is asked at every step; when it says so, ReadingCancelled is
        raised and the reading copy and the working copy are gone.
        ``any_thread``: the store may be used on another thread than this
        one (the window reads on a worker thread, then edits on its own)."""
        user_path = Path(user_path)
        working_dir = Path(working_dir)
        working_dir.mkdir(parents=True, exist_ok=True)
        _sweep_reading_folders(working_dir)
        session, migrated_from = _load(user_path, working_dir, prefix=f"reading-{os.getpid()}-", stop=stop)
        _check_stop(stop)
        path = _new_working_path(working_dir)
        try:
            store = cls(_build(path, session, stop=stop, any_thread=any_thread), path)
        except (sqlite3.Error, OSError) as exc:
            _check_stop(stop)  # _build removed what it made
            raise SessionFileError(tr(
                "{0}: cannot make a working copy to open it ({1})"
            ).format(user_path, exc)) from exc
        store.migrated_from = migrated_from
        return store, session

    @classmethod
    def adopt(cls, working_path: Path) -> tuple[SessionStore, Session]:
        """Open an existing working copy in place (crash recovery): SQLite
        replays its write-ahead log, so every committed change is there.
        The copy is then rebuilt from its data with our schema (a copy left
        by an older version may hold whatever its file held)."""
        path = Path(working_path)
        if not path.is_file():
            raise SessionFileError(tr("{0}: no such file").format(path))
        rebuilt = path.with_name(path.name + ".rebuild")
        for suffix in ("", "-wal", "-shm", "-journal"):
            remove_quietly(Path(str(rebuilt) + suffix))  # left by a crash during an earlier rebuild
        # The time of the last change, which recovery shows and compares with
        # the user's file: reading and rebuilding are no change.
        last_change = max(
            (os.stat(str(path) + suffix).st_mtime_ns for suffix in ("", "-wal") if Path(str(path) + suffix).exists()),
        )
        conn = None
        try:
            # Not check_header(): a working copy's header may still be in its
            # write-ahead log; SQLite reads the current values.
            conn = _connect(path)
            _bound(conn)
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            if app_id != APPLICATION_ID:
                raise NotASessionFileError(tr("{0}: not a CollabWorkshop session file").format(path))
            if not 1 <= version <= SCHEMA_VERSION:
                raise DamagedFileError(tr("{0}: unusable format version {1}").format(path, version))
            migrated_from = migrate(conn, path)
            session = _read_all(conn, path)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise _sqlite_failure(exc, path) from exc
        except UnicodeDecodeError as exc:
            if conn is not None:
                conn.close()
            raise DamagedFileError(tr("{0}: session file is damaged ({1})").format(path, exc)) from exc
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        conn.close()  # the last connection: SQLite checkpoints and removes the -wal
        if not _journals(path):
            # Never put a new file beside a -wal: SQLite would apply it.
            try:
                _build(rebuilt, session).close()
                remove_quietly(Path(str(path) + "-shm"))  # indexed the -wal that is gone
                os.replace(rebuilt, path)
                fsync_dir(path.parent)
            except (OSError, sqlite3.Error):
                # No room to rebuild: keep using the copy as it is.
                for suffix in ("", "-wal", "-shm", "-journal"):
                    remove_quietly(Path(str(rebuilt) + suffix))
        try:
            os.utime(path, ns=(last_change, last_change))
        except OSError:
            pass
        conn = _connect(path)
        try:
            _init_pragmas(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, migrated_from), session

    # writing ---------------------------------------------------------------------
    def write_change(self, change: Change, session: Session, touched: Touched | None = None, *,
                     synced: bool = True) -> None:
        """Persist the rows ``change`` touched, as one committed transaction.
        ``touched`` (from the change and its inverse, see
        model.changes.touched_by) names them exactly; without it the change's
        own account is used, and a part it cannot name row by row is
        compared whole and only the rows that differ are written.

        ``synced=False``: committed (a crash or a kill of the app keeps it)
        but not yet forced to the disk; :meth:`sync` does that, on any
        thread, before anyone is told the change is safe (phones placing
        together: the window's thread never waits for the disk)."""
        conn = self._conn
        with _committing(conn, synced):
            conn.execute("BEGIN IMMEDIATE")
            try:
                write_touched(conn, session, change.touched() if touched is None else touched)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def sync(self) -> None:
        """Force what is committed to the working copy onto the disk (its
        write-ahead log, or the file itself once that is checkpointed).
        Safe on any thread (it opens the file itself); OSError when the disk
        refuses."""
        sync_committed(self.working_path)

    def write_current_step(self, index: int) -> None:
        """Where the workshop stands, committed without waiting for the disk
        (a step switch is not held up by an fsync; the next synced write,
        or the publish to the file, takes it to the disk)."""
        with _committing(self._conn, synced=False):
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES ('current_step', ?)", (str(int(index)),))

    def write_step_time(self, step_id: str, seconds: int) -> None:
        """Record the time spent on a step (not an undoable edit)."""
        self._conn.execute("UPDATE steps SET actual=? WHERE id=?", (int(seconds), step_id))

    def publish(self, dest: Path) -> None:
        """Atomically replace ``dest`` with a complete copy of the session."""
        publish_database(self._conn, Path(dest))

    def close(self, *, remove: bool = True) -> None:
        self._conn.close()
        if remove:
            for suffix in ("", "-wal", "-shm", "-journal"):
                remove_quietly(Path(str(self.working_path) + suffix))


@contextmanager
def _committing(conn: sqlite3.Connection, synced: bool):
    """Commits inside wait for the disk (the connection's FULL) or, when not
    ``synced``, only for the write (NORMAL: a kill keeps them, SessionStore.sync
    takes them to the disk); FULL again after."""
    if synced:
        yield
        return
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        conn.execute("PRAGMA synchronous = FULL")


def sync_committed(path: Path) -> None:
    """fsync a SQLite file in WAL mode: its log (where commits are until a
    checkpoint) and the file (where a checkpoint put them)."""
    for target in (Path(str(path) + "-wal"), Path(path)):
        try:
            fd = os.open(target, os.O_RDONLY)
        except FileNotFoundError:
            continue  # no log: everything is in the file
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish_database(conn: sqlite3.Connection, dest: Path) -> None:
    """Write a complete copy of the database to ``dest``, atomically."""
    dest = Path(dest)
    try:
        # A new file must never appear beside the old one's -wal or hot
        # -journal: SQLite would apply it to the new file and break it. So
        # first SQLite itself applies them to the old file (crash-safe), then
        # the new file replaces the whole old one.
        if _journals(dest):
            try:
                _settle(dest, dest)
            except SessionFileError as exc:
                # Gone all the same (the old file was no database, and SQLite
                # dropped a journal it could not use): nothing left to apply.
                if _journals(dest):
                    reason = exc.__cause__ or str(exc).removeprefix(f"{dest}: ")
                    raise SessionFileError(
                        tr(
                            "cannot save {0}: the {1} file beside it could not be applied to it first ({2})"
                        ).format(dest, ', '.join(_journals(dest)), reason)
                    ) from exc
        with replacing(dest) as tmp:
            # The database as SQLite sees it (WAL included), written as plain
            # bytes: no SQLite connection ever opens the temporary file, so a
            # crash leaves no -journal or -wal of it beside the user's file,
            # and a full disk is an ordinary, checked write error.
            data = bytearray(conn.serialize())
            # The working copy is in WAL mode; the published file stands
            # alone in rollback-journal mode (header bytes 18-19: 1, not 2).
            data[18:20] = b"\x01\x01"
            write_checked(tmp, data)
        if not _journals(dest):
            remove_quietly(Path(_journal_base(dest) + "-shm"))  # an index of a -wal that is gone
    except SessionFileError:
        raise
    except sqlite3.Error as exc:
        raise SessionFileError(tr("cannot save {0}: {1}").format(dest, exc)) from exc
    except OSError as exc:
        raise SessionFileError(tr("cannot save {0}: {1}").format(dest, exc)) from exc


def save_session(session: Session, dest: Path) -> None:
    """Write ``session`` as a new complete file at ``dest`` (atomically)."""
    with tempfile.TemporaryDirectory(prefix="cw-save-") as work:
        store = SessionStore.create(session, Path(work))
        try:
            store.publish(dest)
        finally:
            store.close()


def read_session(path: Path) -> Session:
    """Read a session file without changing it (for the command line): the
    same reading as opening in the app (a temporary copy only when journals
    lie beside the file)."""
    session, _ = _load(Path(path))
    return session


# -- helpers ---------------------------------------------------------------------

def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own page-level check: a truncated or scribbled-on file is
    refused at once, not half-read."""
    rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    if rows != [("ok",)]:
        detail = " ".join(str(rows[0][0]).split()) if rows and rows[0] else "no answer"
        raise DamagedFileError(tr("{0}: session file is damaged ({1})").format(path, detail[:200]))


def _unique(items: list) -> list:
    """Keep the first record of each id (a hand-edited file may repeat one)."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            out.append(item)
    return out


def _new_working_path(working_dir: Path) -> Path:
    working_dir = Path(working_dir)
    working_dir.mkdir(parents=True, exist_ok=True)
    return working_dir / f"working-{uuid.uuid4().hex}{FILE_SUFFIX}"


def _build(path: Path, session: Session, *, stop: Stop | None = None,
           any_thread: bool = False) -> sqlite3.Connection:
    """A new database at ``path`` with our schema, holding ``session``
    (interrupted, and removed, when ``stop`` says so)."""
    conn = _connect(path, any_thread=any_thread)
    if stop is not None:
        conn.set_progress_handler(stop, _STEPS_PER_TICK)
    try:
        _init_pragmas(conn)
        conn.execute("BEGIN")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        _write_all(conn, session)
        conn.execute("COMMIT")
        # Into the file itself: later changes start a fresh, short -wal.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _check_stop(stop)
        conn.set_progress_handler(None, 0)
    except BaseException:
        conn.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            remove_quietly(Path(str(path) + suffix))
        raise
    return conn


def _init_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _write_all(conn: sqlite3.Connection, session: Session) -> None:
    _write_info(conn, session.info)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('current_step', ?)", (str(session.current_step),))
    from .. import __version__

    conn.execute("INSERT OR REPLACE INTO meta VALUES ('app_version', ?)", (__version__,))
    conn.executemany(
        "INSERT INTO dimensions VALUES (?,?,?,?,?)",
        [(d.id, i, d.name, d.low_label, d.high_label) for i, d in enumerate(session.dimensions)],
    )
    _write_rounds(conn, session)
    _write_steps(conn, session)
    _write_teams(conn, session.teams)
    _write_participants(conn, session)
    _write_placements(conn, session.placements.items())
    _write_actions(conn, session.actions)
    _write_votes(conn, session)
    _write_notes(conn, session)
    _write_settings(conn, session.settings)


def _write_rounds(conn: sqlite3.Connection, session: Session) -> None:
    _rows.insert_all(conn, _rows.ROUNDS, session)


def _write_steps(conn: sqlite3.Connection, session: Session) -> None:
    _rows.insert_all(conn, _rows.STEPS, session)


def _write_participants(conn: sqlite3.Connection, session: Session) -> None:
    _rows.insert_all(conn, _rows.PARTICIPANTS, session)


def _write_votes(conn: sqlite3.Connection, session: Session) -> None:
    _rows.insert_all(conn, _rows.VOTES, session)


def _write_notes(conn: sqlite3.Connection, session: Session) -> None:
    _rows.insert_all(conn, _rows.NOTES, session)


def _write_settings(conn: sqlite3.Connection, settings: SessionSettings) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [
            ("placement_mode", settings.placement_mode.value),
            ("vote_dots", str(int(settings.vote_dots))),
            ("gap_placement", settings.gap_placement.value),
        ],
    )


def _write_info(conn: sqlite3.Connection, info: SessionInfo) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, getattr(info, k)) for k in INFO_KEYS]
    )


def _write_teams(conn: sqlite3.Connection, teams: list[Team]) -> None:
    conn.executemany("INSERT INTO teams VALUES (?,?,?,?,?)", [_rows.team_row(t, i) for i, t in enumerate(teams)])


def _write_placements(conn: sqlite3.Connection, items: Iterable) -> None:
    conn.executemany("INSERT INTO placements VALUES (?,?,?,?)", [(*k, p) for k, p in items])


def _write_actions(conn: sqlite3.Connection, actions: list[ActionItem]) -> None:
    conn.executemany(
        "INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_rows.action_row(a, i) for i, a in enumerate(actions)],
    )


def _schema_columns() -> dict[str, tuple[str, ...]]:
    """Our columns of each table, as SCHEMA makes them."""
    memory = sqlite3.connect(":memory:")
    try:
        memory.executescript(SCHEMA)
        return {t: tuple(row[1] for row in memory.execute(f"PRAGMA table_xinfo({t})")) for t in TABLES}
    finally:
        memory.close()


COLUMNS = _schema_columns()


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Each of our tables must be a real table whose columns we read are
    stored values: a view, a virtual table or a generated column would run
    the file's own SQL on reading, or hand back something never stored.
    Anything else of the file's (indexes, triggers, views, constraints,
    extra columns) is ignored: reading never uses it (see _select) and the
    app never writes to that database."""
    found = {
        str(name).lower(): (kind, str(sql or ""))
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    missing = [t for t in TABLES if t not in found]
    if missing:
        raise DamagedFileError(tr("{0}: session file is damaged (missing {1})").format(path, ', '.join(missing)))
    for table in TABLES:
        kind, sql = found[table]
        if kind != "table":
            raise DamagedFileError(tr(
                "{0}: session file has an unexpected schema ({1} is a {2}, not a table)"
            ).format(path, table, kind))
        if sql.lstrip()[:14].upper().split() == ["CREATE", "VIRTUAL"]:
            raise DamagedFileError(tr(
                "{0}: session file has an unexpected schema ({1} is a virtual table)"
            ).format(path, table))
        columns = {str(row[1]).lower(): row[6] for row in conn.execute(f'PRAGMA table_xinfo("{table}")')}
        for column in COLUMNS[table]:
            if column not in columns:
                raise DamagedFileError(tr(
                    "{0}: session file is damaged ({1} has no column {2})"
                ).format(path, table, column))
            if columns[column]:
                raise DamagedFileError(
                    tr(
                        "{0}: session file has an unexpected schema ({1}.{2} is a generated column)"
                    ).format(path, table, column)
                )


def _check_stored_only(conn: sqlite3.Connection, path: Path) -> None:
    """Before anything reads rows: no table of ours may be a view or a
    virtual table, and no table may have a generated column. Those are SQL
    the file brings along, run on reading (even by quick_check), and SQLite
    cannot interrupt one expression however long it runs."""
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')"):
        name = str(name)
        virtual = str(sql or "").lstrip()[:14].upper().split() == ["CREATE", "VIRTUAL"]
        if name.lower() in TABLES and (kind != "table" or virtual):
            what = tr("a virtual table") if virtual else tr("a {0}, not a table").format(kind)
            raise DamagedFileError(tr(
                "{0}: session file has an unexpected schema ({1} is {2})"
            ).format(path, name, what))
        if kind != "table" or virtual:
            continue  # never read (and a virtual table's module is never loaded)
        quoted = '"' + name.replace('"', '""') + '"'
        for row in conn.execute(f"PRAGMA table_xinfo({quoted})"):
            if row[6] in (2, 3):
                raise DamagedFileError(
                    tr(
                        "{0}: session file has an unexpected schema ({1}.{2} is a generated column)"
                    ).format(path, name, row[1])
                )


def _select(conn: sqlite3.Connection, path: Path, table: str, columns: str, *, ordered: bool = True) -> list[tuple]:
    """The stored rows of ``table``: NOT INDEXED, so no index of the file's
    (an expression, a partial or a tampered index) decides what is read;
    ordered by plain byte comparison, whatever collation the file declares.
    More than MAX_ROWS rows are refused."""
    order = " ORDER BY sort_order COLLATE BINARY" if ordered else ""
    # A part of the session has the app's limit (model/limits.py); the other
    # tables (meta) the general one.
    most = limit_of(table) if table in LIMITED_PARTS else MAX_ROWS
    query = f"SELECT {columns} FROM {table} NOT INDEXED{order} LIMIT {most + 1}"
    # Decoding every text value in Python (the replacing decoder) cost more
    # than the rest of reading a large session (75,000 values for 25,000
    # placements): sqlite3's own decoder reads valid text, and only a table
    # with a damaged byte is read again with the replacing one.
    replacing = conn.text_factory
    conn.text_factory = str
    try:
        rows = conn.execute(query).fetchall()
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc):
            raise
        conn.text_factory = replacing
        rows = conn.execute(query).fetchall()
    finally:
        conn.text_factory = replacing
    if len(rows) > most:
        raise LimitError(tr(
            "{0}: session file refused: {1} has more rows than the limit ({2:,})"
        ).format(path, table, most))
    return rows


def _read_all(conn: sqlite3.Connection, path: Path) -> Session:
    try:
        _check_schema(conn, path)
        meta = dict(_select(conn, path, "meta", "key, value", ordered=False))
        info = SessionInfo(**{k: _name(meta.get(k, "")) for k in INFO_KEYS})
        teams = [
            Team(str(i), _name(n), _name(o), _name(c))
            for i, n, o, c in _select(conn, path, "teams", "id, name, organisation, colour")
        ]
        dims = [
            Dimension(str(i), _name(n), _name(lo), _name(hi))
            for i, n, lo, hi in _select(conn, path, "dimensions", "id, name, low_label, high_label")
        ]
        rounds = [
            Round(str(i), _name(n), bool(h), str(f), bool(b))
            for i, n, h, f, b in _select(conn, path, "rounds", "id, name, hidden, follows, baseline")
        ]
        steps = [
            Step(str(i), _name(t), StepKind(k), _long(p), str(r), str(c), _long(sc), _int(tb), _int(ac))
            for i, t, k, p, r, c, sc, tb, ac in _select(
                conn, path, "steps", "id, title, kind, prompt, round_id, compare_round_id, script, timebox, actual"
            )
        ]
        teams, dims, rounds, steps = _unique(teams), _unique(dims), _unique(rounds), _unique(steps)
        team_ids = {t.id for t in teams}
        participants = [
            Participant(str(i), str(t), _name(n))
            for i, t, n in _select(conn, path, "participants", "id, team_id, name")
            if str(t) in team_ids
        ]
        participants = _unique(participants)
        placer_ids = team_ids | {p.id for p in participants}
        dim_ids = {d.id for d in dims}
        round_ids = {r.id for r in rounds}
        placements = {}
        placed = _select(conn, path, "placements", "round_id, dimension_id, placer_id, position", ordered=False)
        for r, d, t, pos in placed:
            # Skip rows that point nowhere or hold no usable number.
            if r in round_ids and d in dim_ids and t in placer_ids and isinstance(pos, (int, float)):
                if math.isfinite(pos) and 0 <= pos <= 100:
                    placements[(r, d, t)] = float(pos)
        votes = {}
        for t, lever, dots in _select(conn, path, "votes", "team_id, lever, dots", ordered=False):
            if t in team_ids and lever in {lv.value for lv in Lever} and isinstance(dots, int) and dots > 0:
                votes[(str(t), str(lever))] = dots
        notes = [
            Note(str(i), NoteKind(k), _long(x), str(st), str(d))
            for i, k, x, st, d in _select(conn, path, "notes", "id, kind, text, step_id, dimension_id")
        ]
        notes = _unique(notes)
        actions = [
            ActionItem(
                id=str(row[0]), title=_name(row[1]), lever=Lever(row[2]), why=_long(row[3]),
                owner=str(row[4]), due=str(row[5]), success_measure=str(row[6]),
                status=ActionStatus(row[7]), dimension_id=str(row[8]), priority=float(row[9]),
                impact=str(row[10]), effort=str(row[11]),
                supporting=tuple(x for x in str(row[12]).split(",") if x in team_ids), accepted=bool(row[13]),
            )
            for row in _select(
                conn, path, "actions", "id, title, lever, why, owner, due, success_measure, status, "
                "dimension_id, priority, impact, effort, supporting, accepted",
            )
        ]
        actions = _unique(actions)
        try:
            mode = PlacementMode(meta.get("placement_mode", "team"))
        except ValueError:
            mode = PlacementMode.TEAM
        try:
            # A file from before this setting has no key: the default (latest).
            gap_placement = GapPlacement(meta.get("gap_placement", GapPlacement.LATEST.value))
        except ValueError:
            gap_placement = GapPlacement.LATEST
        settings = SessionSettings(mode, max(1, min(_int(meta.get("vote_dots", "3")) or 3, 20)), gap_placement)
        try:
            current = int(meta.get("current_step", "0"))
        except ValueError:
            current = 0
        current = max(0, min(current, max(0, len(steps) - 1)))
    except sqlite3.Error as exc:
        raise _sqlite_failure(exc, path) from exc
    except UnicodeDecodeError as exc:
        raise DamagedFileError(tr("{0}: session file is damaged ({1})").format(path, exc)) from exc
    except (ValueError, TypeError) as exc:
        raise DamagedFileError(tr("{0}: session file holds invalid data ({1})").format(path, exc)) from exc
    lacking = [what for what, items in ((tr(
        "dimensions"
    ), dims), (tr("rounds"), rounds), (tr("steps"), steps)) if not items]
    if lacking:
        raise DamagedFileError(tr(
            "{0}: session file is damaged (it has no {1}; a workshop needs at least one dimension, round and step)"
        ).format(path, tr(" and no ").join(lacking)))
    rounds, steps = _drop_dangling(rounds, steps)
    return Session(
        info, teams, dims, rounds, steps, placements, actions, current, participants, settings, votes, notes
    )


def _drop_dangling(rounds: list[Round], steps: list[Step]) -> tuple[list[Round], list[Step]]:
    """No round reference that points nowhere reaches the model: a step's
    round or comparison round, or a round's ``follows``, naming a round the
    file lacks becomes "" (none), as a placement pointing nowhere is skipped.
    The JSON import and templates refuse such references with a message; a
    session file is the user's document, so it opens, without the link that
    led nowhere. (A place or discuss step left without a round shows as a
    plain step; Edit agenda can give it one.) Notes and actions name steps
    and dimensions only as labels, looked up with a fallback, so they stay."""
    from dataclasses import replace

    round_ids = {r.id for r in rounds}
    rounds = [r if not r.follows or r.follows in round_ids else replace(r, follows="") for r in rounds]
    steps = [
        replace(
            st,
            round_id=st.round_id if st.round_id in round_ids else "",
            compare_round_id=st.compare_round_id if st.compare_round_id in round_ids else "",
        )
        for st in steps
    ]
    return rounds, steps


#: Text longer than the app itself lets anyone type (model.session.MAX_TEXT)
#: can only come from a hand-made file; it is cut on reading, so a 1 MB team
#: name cannot freeze the window that shows it.
NAME_LIMIT = MAX_NAME
LONG_TEXT_LIMIT = MAX_LONG_TEXT


def _name(value: object) -> str:
    return str(value)[:NAME_LIMIT]


def _long(value: object) -> str:
    return str(value)[:LONG_TEXT_LIMIT]


def _int(value: object) -> int:
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0


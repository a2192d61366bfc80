"""The session file: one SQLite database per workshop (``.cwsession``).

How a file is used (see docs/file-format.md):

* Opening never writes to the user's file. Its header is checked byte by
  byte first (SQLite magic, ``application_id``, ``user_version``), then it
  is copied to a *working copy* in the app's data folder, and only the copy
  is opened by SQLite.
* Every change is written to the working copy in its own transaction with
  ``synchronous=FULL``, so a crash loses nothing that was acknowledged.
* Saving (and the autosave after each change of a named session) publishes
  the working copy with SQLite's backup API into a temporary file beside the
  destination, flushes it to disk and renames it over the destination, so
  the user's file is always either the old or the new complete file.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import struct
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

from ..model.changes import Change
from ..model.session import (
    MAX_TEXT,
    ActionItem,
    ActionStatus,
    Dimension,
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
from .atomic import remove_quietly, replacing

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
INFO_KEYS = ("title", "organisation", "date", "facilitator")

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
        raise DamagedFileError(f"{path}: cannot upgrade this session file from format {version} ({exc})") from exc
    return int(version)


# -- header checks (no SQLite involved, so the file is never touched) ---------

def check_header(path: Path) -> int:
    """Check that ``path`` is a session file this version can read.

    Returns its schema version; raises SessionFileError with a message that
    names the problem.
    """
    path = Path(path)
    if not path.exists():
        raise SessionFileError(f"{path}: no such file")
    if path.is_dir():
        raise SessionFileError(f"{path}: is a folder, not a session file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise SessionFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotASessionFileError(f"{path}: not a CollabWorkshop session file")
    (user_version,) = struct.unpack(">I", header[60:64])
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotASessionFileError(
            f"{path}: not a CollabWorkshop session file (a different SQLite database)"
        )
    if user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path}: made by a newer CollabWorkshop (file format {user_version}; "
            f"this version reads up to {SCHEMA_VERSION}). Please update the app."
        )
    if user_version < 1:
        raise DamagedFileError(f"{path}: session file has no format version")
    _check_size(path, header)
    return user_version


def _check_size(path: Path, header: bytes) -> None:
    """A whole file is a whole number of pages, as many as the header says
    (when the header's count is current): anything else was cut short."""
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFileError(f"{path}: session file is damaged (impossible page size {raw_page_size})")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SessionFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if size % page_size or (page_count and valid_for == change_counter and size < page_count * page_size):
        raise DamagedFileError(f"{path}: session file is damaged (it is incomplete: {size} bytes)")


# -- the working copy ------------------------------------------------------------

def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None)
    # Values in a file are data, never code: no functions from the schema.
    conn.execute("PRAGMA trusted_schema = OFF")
    # A damaged byte inside a name shows as \ufffd instead of costing the whole file.
    conn.text_factory = _decode_text
    return conn


def _decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


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
        conn = _connect(path)
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
        except BaseException:
            conn.close()
            remove_quietly(path)
            raise
        return cls(conn, path)

    @classmethod
    def open_copy(cls, user_path: Path, working_dir: Path) -> tuple[SessionStore, Session]:
        """Copy the user's file to a working copy, open and read it."""
        user_path = Path(user_path)
        check_header(user_path)
        path = _new_working_path(working_dir)
        try:
            shutil.copyfile(user_path, path)
        except OSError as exc:
            remove_quietly(path)
            raise SessionFileError(f"{user_path}: cannot copy for opening ({exc.strerror or exc})") from exc
        conn = None
        try:
            check_header(path)  # the copy, in case the file changed meanwhile
            conn = _connect(path)
            _check_integrity(conn, user_path)
            _drop_foreign_code(conn)
            migrated_from = migrate(conn, user_path)
            session = _read_all(conn, user_path)
            _init_pragmas(conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if conn is not None:
                conn.close()
            remove_quietly(path)
            raise DamagedFileError(f"{user_path}: session file is damaged ({exc})") from exc
        except BaseException:
            if conn is not None:
                conn.close()
            remove_quietly(path)
            raise
        return cls(conn, path, migrated_from), session

    @classmethod
    def adopt(cls, working_path: Path) -> tuple[SessionStore, Session]:
        """Open an existing working copy in place (crash recovery): SQLite
        replays its write-ahead log, so every committed change is there."""
        path = Path(working_path)
        if not path.is_file():
            raise SessionFileError(f"{path}: no such file")
        conn = None
        try:
            # Not check_header(): a working copy's header may still be in its
            # write-ahead log; SQLite reads the current values.
            conn = _connect(path)
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            if app_id != APPLICATION_ID:
                raise NotASessionFileError(f"{path}: not a CollabWorkshop session file")
            if not 1 <= version <= SCHEMA_VERSION:
                raise DamagedFileError(f"{path}: unusable format version {version}")
            migrated_from = migrate(conn, path)
            session = _read_all(conn, path)
            _init_pragmas(conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if conn is not None:
                conn.close()
            raise DamagedFileError(f"{path}: session file is damaged ({exc})") from exc
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        return cls(conn, path, migrated_from), session

    # writing ---------------------------------------------------------------------
    def write_change(self, change: Change, session: Session) -> None:
        """Persist what ``change`` touched, as one committed transaction."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            part = change.part
            if part == "placements":
                key = change.key  # type: ignore[attr-defined]
                pos = session.placements.get(key)
                if pos is None:
                    conn.execute(
                        "DELETE FROM placements WHERE round_id=? AND dimension_id=? AND placer_id=?", key
                    )
                else:
                    conn.execute("INSERT OR REPLACE INTO placements VALUES (?,?,?,?)", (*key, pos))
            elif part == "info":
                _write_info(conn, session.info)
            elif part in ("teams", "participants", "rounds"):
                # These can take placements (and votes) with them.
                for table in ("teams", "participants", "rounds", "placements", "votes"):
                    conn.execute(f"DELETE FROM {table}")
                _write_teams(conn, session.teams)
                _write_participants(conn, session)
                _write_rounds(conn, session)
                _write_placements(conn, session.placements.items())
                _write_votes(conn, session)
            elif part == "actions":
                conn.execute("DELETE FROM actions")
                _write_actions(conn, session.actions)
            elif part == "steps":
                conn.execute("DELETE FROM steps")
                _write_steps(conn, session)
                conn.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('current_step', ?)", (str(session.current_step),)
                )
            elif part == "notes":
                conn.execute("DELETE FROM notes")
                _write_notes(conn, session)
            elif part == "votes":
                conn.execute("DELETE FROM votes")
                _write_votes(conn, session)
            elif part == "settings":
                _write_settings(conn, session.settings)
            else:
                raise ValueError(f"unknown change part {part!r}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def write_current_step(self, index: int) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('current_step', ?)", (str(int(index)),)
        )

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


def publish_database(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the database to ``dest`` with the backup API, atomically."""
    dest = Path(dest)
    try:
        with replacing(dest) as tmp:
            out = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.backup(out)
                # The copy stands alone: no WAL file beside it.
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
    except sqlite3.Error as exc:
        raise SessionFileError(f"cannot save {dest}: {exc}") from exc
    except OSError as exc:
        raise SessionFileError(f"cannot save {dest}: {exc}") from exc


def save_session(session: Session, dest: Path) -> None:
    """Write ``session`` as a new complete file at ``dest`` (atomically)."""
    with tempfile.TemporaryDirectory(prefix="cw-save-") as work:
        store = SessionStore.create(session, Path(work))
        try:
            store.publish(dest)
        finally:
            store.close()


def read_session(path: Path) -> Session:
    """Read a session file without changing it (for the command line)."""
    path = Path(path)
    check_header(path)
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise DamagedFileError(f"{path}: cannot open ({exc})") from exc
    try:
        _check_integrity(conn, path)
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version < SCHEMA_VERSION:
            # Upgrade a copy in memory; the file itself is never written.
            memory = sqlite3.connect(":memory:", isolation_level=None)
            conn.backup(memory)
            conn.close()
            conn = memory
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.text_factory = _decode_text
            migrate(conn, path)
        return _read_all(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedFileError(f"{path}: session file is damaged ({exc})") from exc
    finally:
        conn.close()


# -- helpers ---------------------------------------------------------------------

def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own page-level check: a truncated or scribbled-on file is
    refused at once, not half-read."""
    rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    if rows != [("ok",)]:
        detail = " ".join(str(rows[0][0]).split()) if rows and rows[0] else "no answer"
        raise DamagedFileError(f"{path}: session file is damaged ({detail[:200]})")


def _drop_foreign_code(conn: sqlite3.Connection) -> None:
    """The app's schema has no triggers or views: any found in a file were
    put there by someone else and would run on our writes. They go from the
    working copy (the user's file is never written)."""
    rows = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall()
    for kind, name in rows:
        quoted = '"' + str(name).replace('"', '""') + '"'
        conn.execute(f"DROP {'TRIGGER' if kind == 'trigger' else 'VIEW'} IF EXISTS {quoted}")


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
    conn.executemany(
        "INSERT INTO rounds VALUES (?,?,?,?,?,?)",
        [(r.id, i, r.name, int(r.hidden), r.follows, int(r.baseline)) for i, r in enumerate(session.rounds)],
    )


def _write_steps(conn: sqlite3.Connection, session: Session) -> None:
    conn.executemany(
        "INSERT INTO steps VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                s.id, i, s.title, s.kind.value, s.prompt, s.round_id, s.compare_round_id,
                s.script, int(s.timebox), int(s.actual),
            )
            for i, s in enumerate(session.steps)
        ],
    )


def _write_participants(conn: sqlite3.Connection, session: Session) -> None:
    conn.executemany(
        "INSERT INTO participants VALUES (?,?,?,?)",
        [(p.id, i, p.team_id, p.name) for i, p in enumerate(session.participants)],
    )


def _write_votes(conn: sqlite3.Connection, session: Session) -> None:
    conn.executemany(
        "INSERT INTO votes VALUES (?,?,?)", [(t, lever, dots) for (t, lever), dots in session.votes.items()]
    )


def _write_notes(conn: sqlite3.Connection, session: Session) -> None:
    conn.executemany(
        "INSERT INTO notes VALUES (?,?,?,?,?,?)",
        [(n.id, i, n.kind.value, n.text, n.step_id, n.dimension_id) for i, n in enumerate(session.notes)],
    )


def _write_settings(conn: sqlite3.Connection, settings: SessionSettings) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [("placement_mode", settings.placement_mode.value), ("vote_dots", str(int(settings.vote_dots)))],
    )


def _write_info(conn: sqlite3.Connection, info: SessionInfo) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, getattr(info, k)) for k in INFO_KEYS]
    )


def _write_teams(conn: sqlite3.Connection, teams: list[Team]) -> None:
    conn.executemany(
        "INSERT INTO teams VALUES (?,?,?,?,?)",
        [(t.id, i, t.name, t.organisation, t.colour) for i, t in enumerate(teams)],
    )


def _write_placements(conn: sqlite3.Connection, items: Iterable) -> None:
    conn.executemany("INSERT INTO placements VALUES (?,?,?,?)", [(*k, p) for k, p in items])


def _write_actions(conn: sqlite3.Connection, actions: list[ActionItem]) -> None:
    conn.executemany(
        "INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                a.id, i, a.title, a.lever.value, a.why, a.owner, a.due, a.success_measure,
                a.status.value, a.dimension_id, a.priority, a.impact, a.effort,
                ",".join(a.supporting), int(a.accepted),
            )
            for i, a in enumerate(actions)
        ],
    )


def _read_all(conn: sqlite3.Connection, path: Path) -> Session:
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in TABLES if t not in tables]
        if missing:
            raise DamagedFileError(f"{path}: session file is damaged (missing {', '.join(missing)})")
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        info = SessionInfo(**{k: _name(meta.get(k, "")) for k in INFO_KEYS})
        teams = [
            Team(str(i), _name(n), _name(o), _name(c))
            for i, n, o, c in conn.execute(
                "SELECT id, name, organisation, colour FROM teams ORDER BY sort_order"
            )
        ]
        dims = [
            Dimension(str(i), _name(n), _name(lo), _name(hi))
            for i, n, lo, hi in conn.execute(
                "SELECT id, name, low_label, high_label FROM dimensions ORDER BY sort_order"
            )
        ]
        rounds = [
            Round(str(i), _name(n), bool(h), str(f), bool(b))
            for i, n, h, f, b in conn.execute(
                "SELECT id, name, hidden, follows, baseline FROM rounds ORDER BY sort_order"
            )
        ]
        steps = [
            Step(str(i), _name(t), StepKind(k), _long(p), str(r), str(c), _long(sc), _int(tb), _int(ac))
            for i, t, k, p, r, c, sc, tb, ac in conn.execute(
                "SELECT id, title, kind, prompt, round_id, compare_round_id, script, timebox, actual "
                "FROM steps ORDER BY sort_order"
            )
        ]
        teams, dims, rounds, steps = _unique(teams), _unique(dims), _unique(rounds), _unique(steps)
        team_ids = {t.id for t in teams}
        participants = [
            Participant(str(i), str(t), _name(n))
            for i, t, n in conn.execute("SELECT id, team_id, name FROM participants ORDER BY sort_order")
            if str(t) in team_ids
        ]
        participants = _unique(participants)
        placer_ids = team_ids | {p.id for p in participants}
        dim_ids = {d.id for d in dims}
        round_ids = {r.id for r in rounds}
        placements = {}
        for r, d, t, pos in conn.execute(
            "SELECT round_id, dimension_id, placer_id, position FROM placements"
        ):
            # Skip rows that point nowhere or hold no usable number.
            if r in round_ids and d in dim_ids and t in placer_ids and isinstance(pos, (int, float)):
                if math.isfinite(pos) and 0 <= pos <= 100:
                    placements[(r, d, t)] = float(pos)
        votes = {}
        for t, lever, dots in conn.execute("SELECT team_id, lever, dots FROM votes"):
            if t in team_ids and lever in {lv.value for lv in Lever} and isinstance(dots, int) and dots > 0:
                votes[(str(t), str(lever))] = dots
        notes = [
            Note(str(i), NoteKind(k), _long(x), str(st), str(d))
            for i, k, x, st, d in conn.execute(
                "SELECT id, kind, text, step_id, dimension_id FROM notes ORDER BY sort_order"
            )
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
            for row in conn.execute(
                "SELECT id, title, lever, why, owner, due, success_measure, status, "
                "dimension_id, priority, impact, effort, supporting, accepted FROM actions ORDER BY sort_order"
            )
        ]
        actions = _unique(actions)
        try:
            mode = PlacementMode(meta.get("placement_mode", "team"))
        except ValueError:
            mode = PlacementMode.TEAM
        settings = SessionSettings(mode, max(1, min(_int(meta.get("vote_dots", "3")) or 3, 20)))
        try:
            current = int(meta.get("current_step", "0"))
        except ValueError:
            current = 0
        current = max(0, min(current, max(0, len(steps) - 1)))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedFileError(f"{path}: session file is damaged ({exc})") from exc
    except (ValueError, TypeError) as exc:
        raise DamagedFileError(f"{path}: session file holds invalid data ({exc})") from exc
    lacking = [what for what, items in (("dimensions", dims), ("rounds", rounds), ("steps", steps)) if not items]
    if lacking:
        raise DamagedFileError(f"{path}: session file is damaged (it has no {' and no '.join(lacking)}; "
                               "a workshop needs at least one dimension, round and step)")
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
NAME_LIMIT = MAX_TEXT
LONG_TEXT_LIMIT = 50 * MAX_TEXT


def _name(value: object) -> str:
    return str(value)[:NAME_LIMIT]


def _long(value: object) -> str:
    return str(value)[:LONG_TEXT_LIMIT]


def _int(value: object) -> int:
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0


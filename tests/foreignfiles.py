"""Session files as other SQLite tools (or an attacker) leave them, made for
real with SQLite by the tests: a committed -wal or a hot -journal beside the
file, foreign schema objects, and files that would cost too much to read.

Each maker checks that the state it built is the one it claims (for
example that the file alone, read without its journal, shows something else),
so a test using it cannot pass for the wrong reason.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from collabworkshop.model.template import resource_path
from collabworkshop.storage.sessionfile import SCHEMA, TABLES

SAMPLE = resource_path("sample", "eastport-alliance.cwsession")
#: The sample's first team, as stored in the file.
FIRST_TEAM = "t1"


def _columns() -> dict[str, list[str]]:
    memory = sqlite3.connect(":memory:")
    memory.executescript(SCHEMA)
    columns = {t: [row[1] for row in memory.execute(f"PRAGMA table_info({t})")] for t in TABLES}
    memory.close()
    return columns


COLUMNS = _columns()


def team_name(path: Path, team_id: str = FIRST_TEAM, *, journals: bool = True) -> str:
    """The team's name as plain SQLite reads ``path`` (with its journals, or,
    with ``journals=False``, the file's own bytes only)."""
    if journals:
        conn = sqlite3.connect(path)
    else:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT name FROM teams WHERE id=?", (team_id,)).fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def with_committed_wal(path: Path, name: str) -> None:
    """The sample at ``path`` with a committed change (the first team and the
    session renamed ``name``) that is only in ``path``-wal, as a tool that was killed (or is
    still running) leaves it."""
    work = path.parent / "wal-maker"
    work.mkdir()
    src = work / "s.cwsession"
    shutil.copyfile(SAMPLE, src)
    conn = sqlite3.connect(src, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("BEGIN")
    conn.execute("UPDATE teams SET name=? WHERE id=?", (name, FIRST_TEAM))
    conn.execute("UPDATE meta SET value=? WHERE key='title'", (name,))
    conn.execute("COMMIT")
    # Copied while the writer still has it open: the change is committed in
    # the -wal and not yet in the file.
    shutil.copyfile(src, path)
    shutil.copyfile(str(src) + "-wal", str(path) + "-wal")
    if Path(str(src) + "-shm").exists():
        shutil.copyfile(str(src) + "-shm", str(path) + "-shm")
    conn.close()
    shutil.rmtree(work)
    assert team_name(path, journals=False) != name  # the file alone is stale...
    check = path.parent / "check.cwsession"
    shutil.copyfile(path, check)
    shutil.copyfile(str(path) + "-wal", str(check) + "-wal")
    assert team_name(check) == name  # ...SQLite sees the change
    for suffix in ("", "-wal", "-shm"):
        Path(str(check) + suffix).unlink(missing_ok=True)


def with_hot_journal(path: Path, name: str) -> None:
    """The sample at ``path`` in the middle of a transaction that renamed the
    first team and the session ``name`` and moved every token to 99: the changed pages are
    already in the file, the originals in a hot ``path``-journal (the writer
    died before committing)."""
    work = path.parent / "journal-maker"
    work.mkdir()
    src = work / "s.cwsession"
    shutil.copyfile(SAMPLE, src)
    conn = sqlite3.connect(src, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # so the change spills into the file before COMMIT
    conn.execute("BEGIN")
    conn.execute("UPDATE teams SET name=? WHERE id=?", (name, FIRST_TEAM))
    conn.execute("UPDATE meta SET value=? WHERE key='title'", (name,))
    conn.execute("UPDATE placements SET position = 99")
    conn.execute("UPDATE notes SET text = text || ' (uncommitted)'")
    shutil.copyfile(src, path)
    shutil.copyfile(str(src) + "-journal", str(path) + "-journal")
    conn.execute("ROLLBACK")
    conn.close()
    shutil.rmtree(work)
    assert team_name(path, journals=False) == name  # the file alone shows the half-done change...
    check = path.parent / "check.cwsession"
    shutil.copyfile(path, check)
    shutil.copyfile(str(path) + "-journal", str(check) + "-journal")
    assert team_name(check) != name  # ...SQLite rolls it back
    for suffix in ("", "-journal"):
        Path(str(check) + suffix).unlink(missing_ok=True)


def crafted(path: Path, *, schema_edits: dict[str, str] | None = None, extra_sql: str = "") -> None:
    """The sample's data in a file whose schema is ours with ``schema_edits``
    (text replacements in SCHEMA) and ``extra_sql`` run afterwards: how a
    file edited with another SQLite tool can look."""
    schema = SCHEMA
    for old, new in (schema_edits or {}).items():
        assert old in schema, old
        schema = schema.replace(old, new)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        source = sqlite3.connect(SAMPLE)
        app_id, version = (source.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
        source.close()
        conn.executescript(schema)
        conn.execute(f"PRAGMA application_id = {app_id}")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("ATTACH ? AS s", (str(SAMPLE),))
        for table in TABLES:
            cols = ", ".join(COLUMNS[table])
            conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM s.{table}")
        conn.execute("DETACH s")
        if extra_sql:
            conn.executescript(extra_sql)
    finally:
        conn.close()

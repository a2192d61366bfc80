"""Files other SQLite tools left behind, crafted schemas and files that cost
too much to read (issue 11, items 2, 3 and 7), through the storage layer,
the controller (with its autosave) and the real command line.

The rule under test: a session is read as SQLite itself would read the file
(journals applied, on a copy), the app works only on a database it built
with its own schema, and reading is bounded, each refusal one line naming
what the file broke.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from foreignfiles import (
    FIRST_TEAM,
    SAMPLE,
    crafted,
    integrity,
    team_name,
    with_committed_wal,
    with_hot_journal,
)

from collabworkshop.controller.factory import open_session
from collabworkshop.controller.session_controller import SessionController
from collabworkshop.storage import SessionFileError, SessionStore, read_session
from collabworkshop.storage.sessionfile import MAX_ROWS

NEIGHBOURS = ("-wal", "-journal", "-shm")


def snapshot(path: Path) -> dict[str, bytes]:
    """The file and whatever SQLite keeps beside it, byte for byte."""
    return {s: Path(str(path) + s).read_bytes() for s in ("", *NEIGHBOURS) if Path(str(path) + s).exists()}


def neighbours(path: Path) -> list[str]:
    return [s for s in NEIGHBOURS if Path(str(path) + s).exists()]


def refusal(path: Path, tmp_path: Path) -> str:
    """The one-line message with which every way in refuses ``path``."""
    messages = []
    for attempt in (read_session, lambda p: SessionStore.open_copy(p, tmp_path / "working")):
        with pytest.raises(SessionFileError) as caught:
            attempt(path)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    message = messages[0]
    assert path.name in message and "\n" not in message and len(message) < 300, message
    assert not (tmp_path / "working").exists() or not list((tmp_path / "working").iterdir())
    return message


@pytest.fixture
def opened(tmp_path, qapp):
    controllers = []

    def open_(path: Path) -> SessionController:
        controller = open_session(path, tmp_path / "working")
        errors = []
        controller.error_occurred.connect(errors.append)
        controller.errors = errors
        controllers.append(controller)
        return controller

    yield open_
    for controller in controllers:
        controller.close()


# -- item 2: journals beside the file ---------------------------------------------

def test_a_committed_wal_is_read_and_the_first_autosave_leaves_one_whole_file(tmp_path, opened):
    path = tmp_path / "wal.cwsession"
    with_committed_wal(path, "Committed in the WAL")
    before = snapshot(path)
    assert read_session(path).team(FIRST_TEAM).name == "Committed in the WAL"
    controller = opened(path)
    assert controller.session.team(FIRST_TEAM).name == "Committed in the WAL"
    assert snapshot(path) == before  # opening wrote nothing, the -wal included
    assert controller.place("today", "overall", "t2", 12.5)
    assert controller.errors == []
    assert neighbours(path) == []  # no stale -wal for SQLite to apply to the new file
    assert team_name(path) == "Committed in the WAL"  # the committed change was kept...
    conn = sqlite3.connect(path)
    position = conn.execute("SELECT position FROM placements WHERE round_id='today' AND dimension_id='overall' "
                            "AND placer_id='t2'").fetchone()
    conn.close()
    assert position == (12.5,)  # ...with the edit
    # The backup is one whole file that reads as the user saw it.
    backup = controller.last_backup
    assert backup is not None and neighbours(backup) == []
    assert team_name(backup) == "Committed in the WAL" and integrity(backup) == "ok"


def test_a_hot_journal_is_rolled_back_and_the_new_file_reads_intact_elsewhere(tmp_path, opened):
    path = tmp_path / "journal.cwsession"
    with_hot_journal(path, "Half-written")
    before = snapshot(path)
    original = sqlite3.connect(SAMPLE).execute("SELECT name FROM teams WHERE id=?", (FIRST_TEAM,)).fetchone()[0]
    assert read_session(path).team(FIRST_TEAM).name == original
    controller = opened(path)
    session = controller.session
    assert session.team(FIRST_TEAM).name == original
    assert 99.0 not in set(session.placements.values())  # not the uncommitted positions
    assert snapshot(path) == before
    assert controller.place("today", "overall", "t2", 12.5)
    assert controller.errors == []
    assert neighbours(path) == []
    # Another SQLite reader of the user's file: the new data, intact.
    assert integrity(path) == "ok"
    assert team_name(path) == original
    assert read_session(path).position("today", "overall", "t2") == 12.5
    backup = controller.last_backup
    assert neighbours(backup) == [] and integrity(backup) == "ok" and team_name(backup) == original


def test_saving_over_a_file_with_a_hot_journal_never_lets_it_roll_back_the_new_file(tmp_path, opened):
    source = tmp_path / "source.cwsession"
    shutil.copyfile(SAMPLE, source)
    dest = tmp_path / "dest.cwsession"
    with_hot_journal(dest, "Half-written")
    controller = opened(source)
    controller.update_team(FIRST_TEAM, "name", "Saved over")
    assert controller.save_as(dest)
    assert neighbours(dest) == [] and integrity(dest) == "ok"
    assert team_name(dest) == "Saved over"


@pytest.mark.slow
def test_the_command_line_reads_what_sqlite_reads(tmp_path):
    wal = tmp_path / "wal.cwsession"
    with_committed_wal(wal, "Committed in the WAL")
    journal = tmp_path / "journal.cwsession"
    with_hot_journal(journal, "Half-written")
    before = snapshot(wal), snapshot(journal)
    outputs = []
    for path in (wal, journal):
        done = subprocess.run([sys.executable, "-m", "collabworkshop", "summary", str(path)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert "Committed in the WAL" in outputs[0]
    assert "Half-written" not in outputs[1] and "Eastport Harbour Alliance" in outputs[1]
    assert (snapshot(wal), snapshot(journal)) == before


# -- item 3: the file's own schema objects ------------------------------------------

def one_token_per_line(path: Path) -> None:
    """Only the first team's tokens, so a UNIQUE index on the line can exist."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM placements WHERE placer_id <> ?", (FIRST_TEAM,))
    conn.execute("CREATE UNIQUE INDEX one_per_line ON placements(round_id, dimension_id)")
    conn.commit()
    conn.close()


def test_a_unique_index_in_the_file_cannot_delete_another_teams_token(tmp_path, opened):
    path = tmp_path / "unique.cwsession"
    crafted(path)
    one_token_per_line(path)
    controller = opened(path)
    first = controller.session.position("today", "overall", FIRST_TEAM)
    assert first is not None
    assert controller.place("today", "overall", "t2", 80.0)
    assert controller.errors == []
    conn = sqlite3.connect(controller.store.working_path)
    assert conn.execute("SELECT count(*) FROM placements WHERE round_id='today' AND dimension_id='overall'"
                        ).fetchone() == (2,)
    conn.close()
    reread = read_session(path)  # the autosaved file
    assert reread.position("today", "overall", FIRST_TEAM) == first
    assert reread.position("today", "overall", "t2") == 80.0


def test_an_expression_index_in_the_file_does_not_grow_it(tmp_path, opened):
    path = tmp_path / "bloat.cwsession"
    # Each row indexed costs 2 MB; only a token at 42.5 is indexed, so the
    # crafted file itself stays small.
    crafted(path, extra_sql="CREATE INDEX bloat ON placements(printf('%.*c', 2000000, 'x')) WHERE position = 42.5")
    size = path.stat().st_size
    controller = opened(path)
    assert controller.place("today", "overall", "t2", 42.5)
    assert controller.errors == []
    assert path.stat().st_size < size + 100_000
    assert read_session(path).position("today", "overall", "t2") == 42.5


def test_a_check_constraint_and_an_extra_column_do_not_stop_edits(tmp_path, opened):
    path = tmp_path / "check.cwsession"
    crafted(path, schema_edits={
        "CHECK (position >= 0 AND position <= 100)": "CHECK (position >= 0 AND position <= 100 AND position <> 61.7)",
        "name TEXT NOT NULL, organisation TEXT NOT NULL, colour TEXT NOT NULL)":
            "name TEXT NOT NULL, organisation TEXT NOT NULL, colour TEXT NOT NULL, extra TEXT NOT NULL DEFAULT '')",
    }, extra_sql="CREATE TRIGGER no_new_notes BEFORE INSERT ON notes BEGIN SELECT RAISE(ABORT, 'no'); END;")
    controller = opened(path)
    assert controller.place("today", "overall", "t2", 61.7)
    controller.update_team(FIRST_TEAM, "name", "Renamed")
    assert controller.errors == []
    reread = read_session(path)
    assert reread.position("today", "overall", "t2") == 61.7
    assert reread.team(FIRST_TEAM).name == "Renamed"
    # The file is ours again: no foreign column, constraint or trigger is left.
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone() == (0,)
    assert "extra" not in [row[1] for row in conn.execute("PRAGMA table_info(teams)")]
    conn.close()


def test_a_view_in_place_of_a_table_is_refused_in_one_line(tmp_path):
    path = tmp_path / "view.cwsession"
    crafted(path, extra_sql="""
        DROP TABLE notes;
        CREATE VIEW notes AS SELECT 'n1' AS id, 0 AS sort_order, 'note' AS kind,
            'made up by the view' AS text, '' AS step_id, '' AS dimension_id;
    """)
    before = snapshot(path)
    message = refusal(path, tmp_path)
    assert "notes is a view" in message
    assert snapshot(path) == before


@pytest.mark.parametrize("column", ["name", "bomb"])
def test_a_generated_column_is_refused_without_running_it(tmp_path, column):
    # The file of the issue: 84 kB, and reading its team names (or merely
    # checking the file, for a column the app does not read) built a 300 MB
    # string per row.
    path = tmp_path / "generated.cwsession"
    shutil.copyfile(SAMPLE, path)
    conn = sqlite3.connect(path)
    if column == "name":
        conn.execute("ALTER TABLE teams RENAME COLUMN name TO old_name")
    conn.execute(f"ALTER TABLE teams ADD COLUMN {column} TEXT "
                 "GENERATED ALWAYS AS (printf('%.*c', 300000000, 'x')) VIRTUAL")
    conn.close()
    assert path.stat().st_size < 100_000
    message = refusal(path, tmp_path)
    assert f"teams.{column} is a generated column" in message


# -- item 7: what reading may cost ----------------------------------------------------

def test_a_sparse_tail_is_never_copied(tmp_path, opened):
    path = tmp_path / "sparse.cwsession"
    shutil.copyfile(SAMPLE, path)
    with open(path, "r+b") as fh:
        fh.truncate(1 << 30)  # 1 GiB, all of it a hole after the sample's pages
    controller = opened(path)
    working = tmp_path / "working"
    copied = sum(p.stat().st_size for p in working.rglob("*") if p.is_file())
    assert copied < 10_000_000
    assert controller.place("today", "overall", "t2", 12.5)
    assert controller.errors == []
    assert path.stat().st_size < 10_000_000 and integrity(path) == "ok"
    assert controller.last_backup.stat().st_size < 10_000_000 and integrity(controller.last_backup) == "ok"


def test_a_file_above_the_size_limit_is_refused_before_it_is_copied(tmp_path):
    path = tmp_path / "huge.cwsession"
    data = bytearray(SAMPLE.read_bytes())
    data[92:96] = struct.pack(">I", struct.unpack(">I", data[24:28])[0] + 1)  # page count not current
    path.write_bytes(bytes(data))
    with open(path, "r+b") as fh:
        fh.truncate(65 * 1024 * 1024)
    message = refusal(path, tmp_path)
    assert "larger than the limit" in message and "64 MB" in message


def test_a_table_with_too_many_rows_is_refused(tmp_path):
    path = tmp_path / "rows.cwsession"
    crafted(path, extra_sql=f"""
        INSERT INTO placements
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= {MAX_ROWS})
        SELECT 'today', 'overall', 'ghost' || i, 50 FROM n;
    """)
    message = refusal(path, tmp_path)
    assert f"placements has more rows than the limit ({MAX_ROWS:,})" in message


def test_a_value_longer_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "long.cwsession"
    crafted(path, extra_sql="UPDATE teams SET name = printf('%.*c', 5000000, 'x') WHERE rowid = "
                            "(SELECT min(rowid) FROM teams);")
    assert os.path.getsize(path) < 10_000_000
    message = refusal(path, tmp_path)
    assert "value longer than the limit (4 MB)" in message


@pytest.mark.skipif(os.name != "posix", reason="process ids are checked with os.kill(pid, 0)")
def test_a_reading_copy_left_by_a_process_that_died_is_removed_at_the_next_opening(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    working = tmp_path / "working"
    left = working / f"reading-{dead.pid}-x1"
    alive = working / f"reading-{os.getppid()}-x2"  # another CollabWorkshop still opening a file
    for folder in (left, alive):
        folder.mkdir(parents=True)
        shutil.copyfile(SAMPLE, folder / "reading.cwsession")
    store, _ = SessionStore.open_copy(SAMPLE, working)
    store.close()
    assert not left.exists()
    assert (alive / "reading.cwsession").exists()


def largest_session(path: Path) -> None:
    """500 people in 50 teams, 5 dimensions, 10 rounds: 25,000 placements,
    and a thousand notes of 20,000 characters (a 20 MB file)."""
    crafted(path, extra_sql="""
        DELETE FROM teams; DELETE FROM placements; DELETE FROM rounds; DELETE FROM dimensions;
        DELETE FROM notes; DELETE FROM participants; DELETE FROM steps; DELETE FROM votes; DELETE FROM actions;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
        INSERT INTO teams SELECT 't' || i, i, 'Team ' || i || printf('%.*c', 150, 'n'), 'Org', '#123456' FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
        INSERT INTO participants SELECT 'p' || i, i, 't' || (i % 50 + 1), 'Person ' || i FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
        INSERT INTO dimensions SELECT 'd' || i, i, 'Dimension ' || i, printf('%.*c', 500, 'l'),
            printf('%.*c', 500, 'h') FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
        INSERT INTO rounds SELECT 'r' || i, i, 'Round ' || i, 0, '', 0 FROM n;
        INSERT INTO steps SELECT 's' || id, sort_order, name, 'place', '', id, '', '', 0, 0 FROM rounds;
        INSERT INTO placements SELECT r.id, d.id, p.id, (p.sort_order * 7) % 100 FROM rounds r, dimensions d,
            participants p;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
        INSERT INTO notes SELECT 'n' || i, i, 'note', printf('%.*c', 20000, 'x'), '', '' FROM n;
        UPDATE meta SET value = 'participant' WHERE key = 'placement_mode';
    """)


def test_the_largest_supported_session_opens_within_the_limits(tmp_path):
    path = tmp_path / "largest.cwsession"
    largest_session(path)
    session = read_session(path)
    assert len(session.placements) == 25_000 and len(session.participants) == 500 and len(session.notes) == 1000
    store, opened = SessionStore.open_copy(path, tmp_path / "working")
    store.close()
    assert opened.placements == session.placements


def test_reading_that_takes_more_work_than_the_limit_is_interrupted(tmp_path, monkeypatch):
    from collabworkshop.storage import sessionfile

    # The real budget is a hundred times what the largest session needs, and
    # no file can make SQLite work that hard once views and generated columns
    # are refused; a budget below what that session needs shows the progress
    # handler stops reading, and says so.
    monkeypatch.setattr(sessionfile, "MAX_STEPS", 100_000)
    path = tmp_path / "work.cwsession"
    largest_session(path)
    message = refusal(path, tmp_path)
    assert "reading it takes more work than the limit (100,000 SQLite steps)" in message


def test_a_recovered_working_copy_is_rebuilt_with_our_schema(tmp_path, qapp):
    # A working copy made by an older version was a byte copy of the user's
    # file, foreign index and all.
    working = tmp_path / "working"
    working.mkdir()
    path = working / "working-0123456789abcdef.cwsession"
    crafted(path)
    one_token_per_line(path)
    store, session = SessionStore.adopt(path)
    controller = SessionController(session, store)
    try:
        first = controller.session.position("today", "overall", FIRST_TEAM)
        assert controller.place("today", "overall", "t2", 80.0)
        conn = sqlite3.connect(path)
        rows = dict(conn.execute("SELECT placer_id, position FROM placements WHERE round_id='today' "
                                 "AND dimension_id='overall'").fetchall())
        indexes = conn.execute("SELECT name FROM sqlite_master WHERE name = 'one_per_line'").fetchall()
        conn.close()
        assert rows == {FIRST_TEAM: first, "t2": 80.0} and indexes == []
    finally:
        controller.close()


def test_the_journal_of_a_linked_file_is_found_where_sqlite_looks_for_it(tmp_path):
    # SQLite names the journals after the link's target.
    real = tmp_path / "real.cwsession"
    with_committed_wal(real, "Committed in the WAL")
    link = tmp_path / "link.cwsession"
    link.symlink_to(real)
    assert read_session(link).team(FIRST_TEAM).name == "Committed in the WAL"
    assert Path(str(real) + "-wal").exists()  # read, not merged into the file
    # What plain SQLite reads through the link (its closing merges the -wal).
    assert team_name(link) == "Committed in the WAL"


def test_rebuilding_a_recovered_working_copy_keeps_its_last_change_time(tmp_path):
    # Recovery shows this time and compares it with the user's file.
    working = tmp_path / "working"
    working.mkdir()
    path = working / "working-0123456789abcdef.cwsession"
    crafted(path)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    store, _ = SessionStore.adopt(path)
    store.close(remove=False)
    times = [os.stat(str(path) + s).st_mtime for s in ("", "-wal") if Path(str(path) + s).exists()]
    assert max(times) == 1_700_000_000

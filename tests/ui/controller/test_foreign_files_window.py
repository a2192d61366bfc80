"""Files other SQLite tools left behind and crafted schemas, opened in the
real window and edited with real mouse drags (issue 11, items 2, 3 and 7).
The storage-level cases are in tests/unit/storage/test_foreign_files.py."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from foreignfiles import FIRST_TEAM, SAMPLE, crafted, integrity, team_name, with_committed_wal
from uihelpers import drag_token, place_page

TODAY_STEP = 2


def stored_position(path, placer: str):
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT position FROM placements WHERE round_id='today' AND dimension_id='overall' "
                           "AND placer_id=?", (placer,)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def test_a_committed_wal_shows_in_the_window_and_the_autosave_leaves_one_file(window, tmp_path, messages):
    path = tmp_path / "wal.cwsession"
    with_committed_wal(path, "Committed in the WAL")
    assert window.open_file(path), messages
    assert "Committed in the WAL" in window.windowTitle()
    window.workshop.show_entry(TODAY_STEP)
    board = place_page(window).board
    drag_token(board, "overall", "t2", 20)
    moved = window.controller.session.position("today", "overall", "t2")
    assert moved == pytest.approx(20, abs=1.5)
    assert messages == []
    for suffix in ("-wal", "-journal", "-shm"):
        assert not (tmp_path / f"wal.cwsession{suffix}").exists(), suffix
    # Plain SQLite reads the new file: the committed change and the drag.
    assert team_name(path) == "Committed in the WAL" and integrity(path) == "ok"
    assert stored_position(path, "t2") == moved


def test_a_unique_index_in_the_file_does_not_take_a_token_off_the_board(window, tmp_path, messages):
    path = tmp_path / "unique.cwsession"
    crafted(path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM placements WHERE placer_id <> ?", (FIRST_TEAM,))
    conn.execute("CREATE UNIQUE INDEX one_per_line ON placements(round_id, dimension_id)")
    conn.commit()
    conn.close()
    first = stored_position(path, FIRST_TEAM)
    assert first is not None
    assert window.open_file(path), messages
    window.workshop.show_entry(TODAY_STEP)
    board = place_page(window).board
    drag_token(board, "overall", FIRST_TEAM, 60)  # the placed team moves...
    drag_token(board, "overall", "t2", 20)  # ...and a second team joins it on the line
    session = window.controller.session
    assert session.position("today", "overall", FIRST_TEAM) == pytest.approx(60, abs=1.5)
    assert session.position("today", "overall", "t2") == pytest.approx(20, abs=1.5)
    assert messages == []
    assert stored_position(path, FIRST_TEAM) == session.position("today", "overall", FIRST_TEAM)
    assert stored_position(path, "t2") == session.position("today", "overall", "t2")


def test_a_generated_column_bomb_is_refused_in_one_line(window, tmp_path, messages):
    path = tmp_path / "generated.cwsession"
    shutil.copyfile(SAMPLE, path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE teams RENAME COLUMN name TO old_name")
    conn.execute("ALTER TABLE teams ADD COLUMN name TEXT GENERATED ALWAYS AS (printf('%.*c', 300000000, 'x')) VIRTUAL")
    conn.close()
    before = path.read_bytes()
    assert not window.open_file(path)
    assert window.controller is None
    assert len(messages) == 1
    title, text = messages[0]
    assert title == "Could not open the session"
    assert "teams.name is a generated column" in text and "\n" not in text and path.name in text
    assert path.read_bytes() == before

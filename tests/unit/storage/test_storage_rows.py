"""The working copy is written row by row: a change writes the rows it
touched and no others (counted with ``total_changes`` and the SQL traced),
and what it writes reads back as the session in memory."""

from __future__ import annotations

from exportsamples import sample_session

from collabworkshop.model import (
    AddTeam,
    Participant,
    RemoveTeam,
    ReplaceList,
    SetPlacement,
    SetVote,
    Team,
    UpdateTeam,
)
from collabworkshop.storage import SessionStore, read_session


def _store(tmp_path, session):
    return SessionStore.create(session, tmp_path / "work")


def _write(store, session, change, touched=None):
    """Apply and write ``change``; returns (rows changed, SQL run)."""
    conn = store._conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    before = conn.total_changes
    inverse = change.apply(session)
    if touched is None:
        store.write_change(change, session)
    else:
        store.write_change(change, session, touched(change, inverse))
    conn.set_trace_callback(None)
    return conn.total_changes - before, statements, inverse


def _round_trip(store, session, tmp_path):
    dest = tmp_path / "out.cwsession"
    store.publish(dest)
    assert read_session(dest) == session


def test_a_team_rename_writes_one_row_and_no_placement(tmp_path):
    session = sample_session()
    store = _store(tmp_path, session)
    try:
        changed, sql, _ = _write(store, session, UpdateTeam("t1", "name", "Harbour"))
        assert changed == 1
        assert not [s for s in sql if "placements" in s or "DELETE" in s.upper()]
        _round_trip(store, session, tmp_path)
    finally:
        store.close()


def test_a_placement_writes_its_own_row(tmp_path):
    session = sample_session()
    store = _store(tmp_path, session)
    try:
        changed, sql, _ = _write(store, session, SetPlacement("today", "overall", "t2", 71.5))
        assert changed == 1
        assert [s for s in sql if "placements" in s] == [
            s for s in sql if s.startswith("INSERT OR REPLACE INTO placements")
        ]
        changed, _, _ = _write(store, session, SetVote("t2", "L3", 2))
        assert changed == 1
        _round_trip(store, session, tmp_path)
    finally:
        store.close()


def test_removing_a_team_deletes_its_rows_only_and_undo_restores_them(tmp_path):
    from collabworkshop.model.changes import touched_by

    session = sample_session()
    session.votes = {("t2", "L1"): 2, ("t1", "L4"): 1}
    original = session.copy()
    store = _store(tmp_path, session)
    try:
        mine = sum(1 for k in session.placements if k[2] == "t2")
        later = len(session.teams) - 2  # teams after t2 move up one place
        changed, _, inverse = _write(store, session, RemoveTeam("t2"), touched_by)
        assert changed == 1 + mine + 1 + later
        _round_trip(store, session, tmp_path)
        # Without the inverse the change names no rows for what went with the
        # team; storage compares those parts whole and writes the same rows.
        session2 = original.copy()
        store2 = SessionStore.create(session2, tmp_path / "work2")
        try:
            changed2, _, _ = _write(store2, session2, RemoveTeam("t2"))
            assert changed2 == changed
        finally:
            store2.close()
        changed, _, _ = _write(store, session, inverse, touched_by)
        assert changed == 1 + mine + 1 + later
        assert session == original
        _round_trip(store, session, tmp_path)
    finally:
        store.close()


def test_list_edits_keep_the_order_on_disk(tmp_path):
    session = sample_session()
    store = _store(tmp_path, session)
    try:
        _write(store, session, AddTeam(Team("t9", "Newcomer"), 0))
        _write(store, session, ReplaceList("participants", (Participant("p1", "t9", "Ana"),
                                                            Participant("p2", "t1", "Bo"))))
        _round_trip(store, session, tmp_path)
        assert read_session(tmp_path / "out.cwsession").teams[0].id == "t9"
    finally:
        store.close()

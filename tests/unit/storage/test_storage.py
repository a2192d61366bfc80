"""The SQLite session file: round trips, the user's file left alone, and
every way a file can be wrong."""

from __future__ import annotations

import os
import sqlite3
import struct
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabworkshop.model import (
    ActionItem,
    ActionStatus,
    AddTeam,
    Dimension,
    Lever,
    RemoveTeam,
    Round,
    Session,
    SessionInfo,
    SetActions,
    SetInfo,
    SetPlacement,
    Step,
    StepKind,
    Team,
    UpdateAction,
    UpdateTeam,
    default_template,
)
from collabworkshop.storage import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    DamagedFileError,
    NewerVersionError,
    NotASessionFileError,
    SessionFileError,
    SessionStore,
    check_header,
    read_session,
    save_session,
)


def sample_session() -> Session:
    s = default_template().new_session(SessionInfo("Eastport", "Eastport Alliance", "2025-03-10", "Sam"))
    s.teams = [
        Team("t1", "Design Office", "Arcadis"),
        Team("t2", "Site Team", "BuildCo", "#D55E00"),
    ]
    s.placements = {
        ("today", "overall", "t1"): 20.0,
        ("today", "overall", "t2"): 45.5,
        ("needed", "overall", "t1"): 80.0,
        ("needed", "relationship", "t2"): 100.0,
        ("today", "relationship", "t2"): 0.0,
    }
    s.actions = [
        ActionItem(
            "a1", "Charter", Lever.SHARED_GOALS, "gap +40", "Ana", "2025-04-09", "signed", priority=80.0
        ),
        ActionItem(
            "a2", "Log", Lever.JOINT_GOVERNANCE, status=ActionStatus.DONE, effort="low", impact="high"
        ),
    ]
    s.current_step = 2
    return s


@pytest.fixture
def saved(tmp_path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "eastport.cwsession"
    save_session(sample_session(), path)
    return path


def test_save_and_read_round_trip(saved):
    assert read_session(saved) == sample_session()


def test_store_writes_changes_then_publishes(tmp_path):
    session = sample_session()
    store = SessionStore.create(session, tmp_path / "work")
    try:
        changes = [
            SetPlacement("today", "decisions", "t1", 63.25),
            SetPlacement("today", "overall", "t2", None),
            SetPlacement("needed", "overall", "t1", 150.0),  # clamped to 100
            SetInfo("facilitator", "Kim"),
            AddTeam(Team("t3", "Client PMO", "Eastport"), 0),
            SetPlacement("today", "overall", "t3", 10.0),
            UpdateTeam("t1", "name", "Design"),
            RemoveTeam("t2"),
            SetActions((ActionItem("a9", "Only", Lever.RIGHT_PARTNERS),)),
            UpdateAction("a9", "status", ActionStatus.BLOCKED),
        ]
        for change in changes:
            change.apply(session)
            store.write_change(change, session)
        session.current_step = 4
        store.write_current_step(4)
        dest = tmp_path / "out.cwsession"
        store.publish(dest)
    finally:
        store.close()
    back = read_session(dest)
    assert back == session
    assert back.position("needed", "overall", "t1") == 100.0
    assert back.teams[0].name == "Client PMO"
    # the working copy and its WAL files are gone after close
    assert list((tmp_path / "work").iterdir()) == []


def test_a_change_committed_before_its_sync_is_read_by_another_reader_and_later_edits_sync_again(tmp_path):
    # Phones' placements are committed without waiting for the disk and
    # synced after (SessionStore.sync, on another thread): a second reader
    # (the crash recovery) sees the commit at once, and the next ordinary
    # edit is forced to the disk as every edit was.
    session = sample_session()
    store = SessionStore.create(session, tmp_path / "work")
    try:
        change = SetPlacement("today", "decisions", "t1", 41.5)
        change.apply(session)
        store.write_change(change, session, synced=False)
        assert read_session(store.working_path).position("today", "decisions", "t1") == 41.5
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
        store.sync()
        store.sync()  # idempotent
    finally:
        store.close()


def test_undo_written_to_store_round_trips(tmp_path):
    session = sample_session()
    original = session.copy()
    store = SessionStore.create(session, tmp_path / "work")
    try:
        inverse = RemoveTeam("t1").apply(session)
        store.write_change(RemoveTeam("t1"), session)
        inverse.apply(session)
        store.write_change(inverse, session)
        store.publish(tmp_path / "x.cwsession")
    finally:
        store.close()
    assert read_session(tmp_path / "x.cwsession") == original


def test_published_file_header_and_journal_mode(saved):
    raw = saved.read_bytes()
    assert raw.startswith(b"SQLite format 3\x00")
    assert struct.unpack(">I", raw[68:72])[0] == APPLICATION_ID == 0x43574B53
    assert struct.unpack(">I", raw[60:64])[0] == SCHEMA_VERSION == 2
    # bytes 18-19 are 2 for a WAL database, 1 for a rollback-journal one
    assert raw[18:20] == b"\x01\x01"
    conn = sqlite3.connect(f"{saved.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x43574B53
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
    finally:
        conn.close()
    assert check_header(saved) == 2
    # nothing left beside it: no WAL, no temporary file
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_publish_replaces_existing_file(tmp_path, saved):
    session = sample_session()
    session.info = SessionInfo(title="Second version")
    store = SessionStore.create(session, tmp_path / "work")
    try:
        store.publish(saved)
    finally:
        store.close()
    assert read_session(saved).info.title == "Second version"
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_publish_into_missing_folder_fails_cleanly(tmp_path):
    store = SessionStore.create(sample_session(), tmp_path / "work")
    try:
        with pytest.raises(SessionFileError, match="does not exist"):
            store.publish(tmp_path / "no" / "such" / "x.cwsession")
    finally:
        store.close()


def _snapshot(path: Path) -> tuple[bytes, int, int]:
    st_ = path.stat()
    return path.read_bytes(), st_.st_mtime_ns, st_.st_size


def test_open_copy_never_touches_the_users_file(tmp_path, saved):
    before = _snapshot(saved)
    siblings = sorted(p.name for p in saved.parent.iterdir())
    store, session = SessionStore.open_copy(saved, tmp_path / "work")
    try:
        assert session == sample_session()
        assert store.working_path != saved
        assert store.working_path.parent == tmp_path / "work"
        # edits go to the working copy only
        change = SetInfo("title", "Edited in the copy")
        change.apply(session)
        store.write_change(change, session)
        store.write_current_step(0)
        assert _snapshot(saved) == before
        store.publish(tmp_path / "other.cwsession")
    finally:
        store.close()
    assert _snapshot(saved) == before
    # no WAL, shm or journal file was ever made beside the user's file
    assert sorted(p.name for p in saved.parent.iterdir()) == siblings == [saved.name]
    assert read_session(tmp_path / "other.cwsession").info.title == "Edited in the copy"
    assert read_session(saved).info.title == "Eastport"


def test_read_session_never_touches_the_file(saved):
    before = _snapshot(saved)
    read_session(saved)
    check_header(saved)
    assert _snapshot(saved) == before


# -- check_header errors -------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(SessionFileError, match="no such file"):
        check_header(tmp_path / "gone.cwsession")


def test_folder(tmp_path):
    with pytest.raises(SessionFileError, match="folder"):
        check_header(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.cwsession"
    path.write_bytes(b"")
    with pytest.raises(NotASessionFileError, match="not a CollabWorkshop session file"):
        check_header(path)


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.cwsession"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(NotASessionFileError):
        check_header(path)
    with pytest.raises(NotASessionFileError):
        read_session(path)


def test_plain_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotASessionFileError, match="different SQLite database"):
        check_header(path)
    with pytest.raises(NotASessionFileError):
        SessionStore.open_copy(path, tmp_path / "work")
    assert not (tmp_path / "work").exists() or list((tmp_path / "work").iterdir()) == []


def _with_user_version(src: Path, dest: Path, version: int) -> Path:
    dest.write_bytes(src.read_bytes())
    conn = sqlite3.connect(dest)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return dest


def test_newer_version(tmp_path, saved):
    path = _with_user_version(saved, tmp_path / "future.cwsession", 99)
    with pytest.raises(NewerVersionError) as info:
        check_header(path)
    message = str(info.value)
    assert "99" in message
    assert f"up to {SCHEMA_VERSION}" in message
    with pytest.raises(NewerVersionError):
        read_session(path)
    with pytest.raises(NewerVersionError):
        SessionStore.open_copy(path, tmp_path / "work")
    assert not (tmp_path / "work").exists() or list((tmp_path / "work").iterdir()) == []


def test_no_format_version(tmp_path, saved):
    path = _with_user_version(saved, tmp_path / "zero.cwsession", 0)
    with pytest.raises(DamagedFileError, match="no format version"):
        check_header(path)


def test_truncated_header(tmp_path, saved):
    path = tmp_path / "short.cwsession"
    path.write_bytes(saved.read_bytes()[:60])
    with pytest.raises(NotASessionFileError):
        check_header(path)


@pytest.mark.parametrize("keep", [100, 4096, 0.5])
def test_truncated_body(tmp_path, saved, keep):
    raw = saved.read_bytes()
    cut = int(len(raw) * keep) if isinstance(keep, float) else keep
    path = tmp_path / "cut.cwsession"
    path.write_bytes(raw[:cut])
    # the header's page count against the file's size gives it away at once ...
    with pytest.raises(DamagedFileError, match="incomplete"):
        check_header(path)
    # ... and reading says so too
    with pytest.raises(DamagedFileError, match="damaged"):
        read_session(path)
    before = _snapshot(path)
    with pytest.raises(DamagedFileError):
        SessionStore.open_copy(path, tmp_path / "work")
    assert _snapshot(path) == before
    assert not (tmp_path / "work").exists() or list((tmp_path / "work").iterdir()) == []


def test_session_file_with_a_table_missing(tmp_path, saved):
    path = tmp_path / "partial.cwsession"
    path.write_bytes(saved.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE actions")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedFileError, match="missing actions"):
        read_session(path)


# -- property: arbitrary content survives the round trip --------------------------------------

SPECIAL = [
    "",
    " ",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eevil\u202c",
    "Robert'); DROP TABLE teams;--",
    "' OR 1=1 --",
    '"quoted" ; %_ \\',
    "東京チーム 🤝",
    "line\nbreak\ttab",
]
text = st.text(max_size=40) | st.sampled_from(SPECIAL)
ident = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=8)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def sessions(draw) -> Session:
    dim_ids = draw(st.lists(ident, min_size=1, max_size=4, unique=True))
    round_ids = draw(st.lists(ident, min_size=1, max_size=3, unique=True))
    step_ids = draw(st.lists(ident, min_size=1, max_size=5, unique=True))
    team_ids = draw(st.lists(ident, max_size=6, unique=True))
    action_ids = draw(st.lists(ident, max_size=5, unique=True))
    dims = [Dimension(i, draw(text), draw(text), draw(text)) for i in dim_ids]
    rounds = [Round(i, draw(text)) for i in round_ids]
    steps = [
        Step(
            i,
            draw(text),
            draw(st.sampled_from(StepKind)),
            draw(text),
            draw(st.sampled_from(["", *round_ids])),
            draw(st.sampled_from(["", *round_ids])),
        )
        for i in step_ids
    ]
    teams = [Team(i, draw(text), draw(text), draw(text)) for i in team_ids]
    keys = [(r, d, t) for r in round_ids for d in dim_ids for t in team_ids]
    placed = draw(st.lists(st.sampled_from(keys), unique=True)) if keys else []
    placements = {k: draw(st.floats(min_value=0.0, max_value=100.0)) for k in placed}
    actions = [
        ActionItem(
            id=i,
            title=draw(text),
            lever=draw(st.sampled_from(Lever)),
            why=draw(text),
            owner=draw(text),
            due=draw(text),
            success_measure=draw(text),
            status=draw(st.sampled_from(ActionStatus)),
            dimension_id=draw(text),
            priority=draw(finite),
            impact=draw(text),
            effort=draw(text),
        )
        for i in action_ids
    ]
    info = SessionInfo(draw(text), draw(text), draw(text), draw(text))
    current = draw(st.integers(min_value=0, max_value=len(steps) - 1))
    return Session(info, teams, dims, rounds, steps, placements, actions, current)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_round_trip_property(session):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.cwsession"
        save_session(session, path)
        assert read_session(path) == session
        store, reopened = SessionStore.open_copy(path, Path(folder) / "work")
        store.close()
        assert reopened == session
        assert sorted(os.listdir(folder)) == ["s.cwsession", "work"]

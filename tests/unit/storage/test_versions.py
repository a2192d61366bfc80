"""Every released file format opens with this version: the fixtures in
tests/data are migrated on the working copy, never on the user's file."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from collabworkshop.model import (
    Lever,
    Note,
    NoteKind,
    Participant,
    PlacementMode,
    ReplaceList,
    Round,
    SessionSettings,
    SetPlacement,
    SetSettings,
    SetVote,
)
from collabworkshop.storage import SCHEMA_VERSION, SessionStore, check_header, read_session, save_session

DATA = Path(__file__).resolve().parents[2] / "data"
FIXTURES = sorted(DATA.glob("session-v*.cwsession"))


def test_there_is_a_fixture_for_every_format_version():
    versions = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_formats_open_with_their_data_and_the_file_untouched(fixture: Path, tmp_path: Path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    version = check_header(path)
    store, session = SessionStore.open_copy(path, tmp_path / "work")
    try:
        assert store.migrated_from == (None if version == SCHEMA_VERSION else version)
        # the Eastport sample: five teams, both rounds fully placed, a plan
        assert [t.name for t in session.teams][:2] == ["Harbour Works", "Port Authority"]
        assert len(session.teams) == 5
        for round_id in ("today", "needed"):
            assert session.placed_count(round_id) == (25, 25)
        assert session.actions and all(a.accepted for a in session.actions)
        # the upgraded working copy takes new kinds of data
        vote = SetVote("t1", "L2", 2)
        vote.apply(session)
        store.write_change(vote, session)
    finally:
        store.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    # the command line reads it read-only, upgrading in memory
    assert read_session(path).placements == session.placements
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_new_kinds_of_data_survive_a_round_trip(tmp_path: Path):
    store, session = SessionStore.open_copy(FIXTURES[0], tmp_path / "work")
    try:
        edits = [
            ReplaceList("participants", (Participant("p1", "t1", "Ana"), Participant("p2", "t1", "Bo"))),
            SetSettings(SessionSettings(PlacementMode.PARTICIPANT, 4)),
            SetPlacement("today", "overall", "p1", 12.5),
            ReplaceList("rounds", (*session.rounds, Round("r3", "After discussion", hidden=True, follows="today"))),
            SetPlacement("r3", "overall", "p2", 70.0),
            SetVote("t2", Lever.RIGHT_PARTNERS.value, 3),
            ReplaceList("notes", (Note("n1", NoteKind.PARKING, "Budget rules", "discuss", "integration"),)),
        ]
        for change in edits:
            change.apply(session)
            store.write_change(change, session)
        store.write_step_time(session.steps[1].id, 754)
        store.publish(tmp_path / "out.cwsession")
    finally:
        store.close()
    back = read_session(tmp_path / "out.cwsession")
    assert back.participants == session.participants
    assert back.settings == SessionSettings(PlacementMode.PARTICIPANT, 4)
    assert back.placements == session.placements
    assert back.rounds[-1] == Round("r3", "After discussion", hidden=True, follows="today")
    assert back.votes[("t2", "L6")] == 3
    assert back.notes == session.notes
    assert back.steps[1].actual == 754
    # and a freshly saved copy says the same
    save_session(back, tmp_path / "again.cwsession")
    assert read_session(tmp_path / "again.cwsession") == back

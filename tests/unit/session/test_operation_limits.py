"""Adding through the operations stops at the largest session the app
supports (model/limits.py), with a message naming the limit."""

from __future__ import annotations

import pytest

from collabworkshop.model import Note, NoteKind, Participant, Team, default_template
from collabworkshop.model.limits import MAX_NOTES, MAX_PARTICIPANTS, MAX_TEAMS
from collabworkshop.session import OperationRefused
from collabworkshop.session.operations import notes, teams


def test_the_team_after_the_last_supported_one_is_refused():
    session = default_template().new_session()
    session.teams = [Team(f"t{i}", f"Team {i}") for i in range(MAX_TEAMS - 1)]
    change = teams.add_team(session, "One more")
    change.apply(session)
    assert len(session.teams) == MAX_TEAMS
    with pytest.raises(OperationRefused) as caught:
        teams.add_team(session, "Too many")
    assert caught.value.message == f"CollabWorkshop supports at most {MAX_TEAMS} teams."


def test_participants_and_notes_stop_at_their_limits():
    session = default_template().new_session()
    session.teams = [Team("t1", "Team 1")]
    session.participants = [Participant(f"p{i}", "t1", f"P {i}") for i in range(MAX_PARTICIPANTS)]
    with pytest.raises(OperationRefused, match=f"at most {MAX_PARTICIPANTS} participants"):
        teams.add_participant(session, "t1", "One more")
    session.notes = [Note(f"n{i}", NoteKind.NOTE, "x") for i in range(MAX_NOTES)]
    with pytest.raises(OperationRefused, match=f"at most {MAX_NOTES:,} notes"):
        notes.add_note(session, "One more")

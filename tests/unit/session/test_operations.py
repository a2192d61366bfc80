"""Named operations hold their rules; each executed change names its rows
(parts and keys), and an undo carries back exactly what the edit took."""

from __future__ import annotations

import ast
from dataclasses import replace

import pytest
from exportsamples import sample_session

import collabworkshop
from collabworkshop.model import (
    Batch,
    Lever,
    NoteKind,
    Part,
    RemoveTeam,
    ReplaceList,
    Round,
    SessionSettings,
    Step,
    StepKind,
)
from collabworkshop.model.changes import touched_by
from collabworkshop.session import OperationRefused, Origin, record_of
from collabworkshop.session.operations import agenda, info, notes, placements, plan, rounds, teams, votes


@pytest.fixture
def session():
    # The Eastport sample: five teams, both rounds fully placed, a plan.
    return sample_session()


def refused(operation, *args) -> str:
    with pytest.raises(OperationRefused) as caught:
        operation(*args)
    return caught.value.message


def applied(session, change, origin=Origin.EDITOR):
    inverse = change.apply(session)
    return record_of(change, inverse, origin), inverse


# -- rules, checked before anything changes ---------------------------------------------------


def test_a_vote_beyond_the_dot_budget_is_refused_and_taking_one_off_is_not(session):
    session.settings = SessionSettings(vote_dots=3)
    team = session.teams[0]
    session.votes = {(team.id, "L1"): 2, (team.id, "L2"): 1}
    before = session.copy()
    message = refused(votes.spend_vote_dot, session, team.id, Lever.RIGHT_PARTNERS, +1)
    assert message == f"{team.name} has placed all 3 dots. Take a dot off another lever first."
    assert refused(votes.set_vote, session, team.id, "L1", 3).startswith(team.name)
    assert session == before  # a refused operation changes nothing
    # The budget shrank below what the team spent: taking dots off still works.
    session.settings = SessionSettings(vote_dots=1)
    change = votes.spend_vote_dot(session, team.id, "L1", -1)
    assert change is not None and change.dots == 1


def test_an_owner_who_is_also_a_supporter_is_refused(session):
    action = session.actions[0]
    owner = session.teams[0]
    session.actions[0] = replace(action, owner=owner.name, supporting=())
    message = refused(plan.set_action_supporting, session, action.id, (owner.id, session.teams[1].id))
    assert message == f"{owner.name} is the accountable owner; the owner does not also support the action."


def test_a_team_that_becomes_the_owner_stops_supporting_in_one_change(session):
    action = session.actions[0]
    t1, t2 = session.teams[0], session.teams[1]
    session.actions[0] = replace(action, owner="", supporting=(t1.id, t2.id))
    change = plan.set_action_owner(session, action.id, t1.name)
    assert isinstance(change, Batch)
    change.apply(session)
    assert session.actions[0].owner == t1.name
    assert session.actions[0].supporting == (t2.id,)


def test_empty_names_and_unknown_targets_are_refused(session):
    assert refused(teams.add_team, session, "   ") == "A team needs a name."
    assert refused(teams.update_team, session, session.teams[0].id, "name", "") == "A team needs a name."
    assert refused(teams.add_participant, session, session.teams[0].id, "\t") == "A participant needs a name."
    assert refused(teams.add_participant, session, "t99", "Ana") == "This session has no team t99."
    assert refused(notes.add_note, session, " ", NoteKind.NOTE) == "A note needs some text."
    assert refused(plan.add_action, session, "") == "An action needs a title."
    assert refused(info.set_vote_dots, session, 0) == "Each team has 1 to 12 dots."


def test_agenda_rules_duplicate_step_last_step_and_a_round_for_a_place_step(session):
    first = session.steps[0]
    assert refused(agenda.add_step, session, first, 0) == f"The agenda has a step {first.id} already."
    assert refused(agenda.add_step, session, Step("s99", "Place", StepKind.PLACE), 0) == "A place step needs a round."
    one = session.copy()
    one.steps = [first]
    assert refused(agenda.remove_step, one, first.id) == (
        f"An agenda needs at least one step. Add another step before removing \u201c{first.title}\u201d."
    )
    assert refused(agenda.reorder_steps, session, [s.id for s in session.steps][1:]).startswith("The new order")


def test_operations_with_nothing_to_do_build_no_change(session):
    key = next(iter(session.placements))
    assert placements.place(session, *key, session.placements[key]) is None
    assert teams.update_team(session, session.teams[0].id, "name", f" {session.teams[0].name} ") is None
    assert rounds.set_round_hidden(session, "today", False) is None
    assert agenda.move_step(session, session.steps[0].id, -5) is None
    assert agenda.reorder_steps(session, [s.id for s in session.steps]) is None


def test_the_operations_package_imports_no_qt():
    package = __import__("pathlib").Path(collabworkshop.__file__).parent / "session"
    files = sorted(package.rglob("*.py"))
    assert len(files) >= 9
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        roots = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        roots |= {n.module.split(".")[0] for n in ast.walk(tree)
                  if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module}
        assert not roots & {"PySide6", "pyqtgraph", "shiboken6"}, path


# -- records: parts, keys and origin of each kind of edit ------------------------------------------


def test_a_placement_record_names_one_key(session):
    change = placements.place(session, "today", "overall", "t1", 12.34)
    record, _ = applied(session, change, Origin.BOARD)
    assert record.parts == {Part.PLACEMENTS}
    assert record.keys_of(Part.PLACEMENTS) == {("today", "overall", "t1")}
    assert record.origin is Origin.BOARD
    assert record.only(Part.PLACEMENTS)
    assert session.placements[("today", "overall", "t1")] == 12.3  # the board's precision


def test_removing_a_team_records_exactly_its_people_tokens_and_votes(session):
    team = session.teams[1]
    session.votes = {(team.id, "L1"): 2, (session.teams[0].id, "L2"): 1}
    mine = {k for k in session.placements if k[2] == team.id}
    record, inverse = applied(session, teams.remove_team(session, team.id))
    assert record.parts == {Part.TEAMS, Part.PLACEMENTS, Part.VOTES}  # the sample has no participants
    assert record.keys_of(Part.TEAMS) == {team.id}
    assert record.keys_of(Part.PLACEMENTS) == mine
    assert record.keys_of(Part.VOTES) == {(team.id, "L1")}
    # The inverse restores exactly those, not a copy of every placement.
    assert {k for k, _ in inverse.placements} == mine


def test_a_rename_records_only_the_team(session):
    record, _ = applied(session, teams.update_team(session, "t1", "name", "Harbour"), Origin.EDITOR)
    assert record.parts == {Part.TEAMS}
    assert record.keys_of(Part.TEAMS) == {"t1"}
    assert record.keys_of(Part.PLACEMENTS) == frozenset()


def test_participants_rounds_steps_and_notes_records(session):
    change = teams.add_participant(session, "t1", "Ana")
    record, _ = applied(session, change)
    person = change.item.id
    assert record.parts == {Part.PARTICIPANTS} and record.keys_of(Part.PARTICIPANTS) == {person}
    session.placements[("today", "overall", person)] = 40.0
    record, inverse = applied(session, teams.remove_participant(session, person))
    assert record.parts == {Part.PARTICIPANTS, Part.PLACEMENTS}
    assert record.keys_of(Part.PLACEMENTS) == {("today", "overall", person)}
    assert inverse.placements == ((("today", "overall", person), 40.0),)
    record, _ = applied(session, rounds.set_round_hidden(session, "today", True), Origin.CONSOLE)
    assert (record.parts, record.keys_of(Part.ROUNDS), record.origin) == ({Part.ROUNDS}, {"today"}, Origin.CONSOLE)
    step = session.steps[2]
    record, _ = applied(session, agenda.move_step(session, step.id, 0))
    assert record.parts == {Part.STEPS} and record.keys_of(Part.STEPS) == {step.id}
    change = notes.add_note(session, "Budget rules", NoteKind.PARKING, step.id)
    record, _ = applied(session, change)
    assert record.parts == {Part.NOTES} and record.keys_of(Part.NOTES) == {change.item.id}
    record, _ = applied(session, info.set_info(session, "title", "Phase 2"))
    assert record.parts == {Part.INFO} and record.keys_of(Part.INFO) == {"title"}
    record, _ = applied(session, info.set_vote_dots(session, 5))
    assert record.parts == {Part.SETTINGS} and record.keys_of(Part.SETTINGS) is None


def test_a_replacement_round_and_its_step_are_one_change_and_one_record(session):
    change, round_id = rounds.add_replacement_round(session, 1, name="After", title="Again", prompt="")
    record, inverse = applied(session, change)
    assert record.parts == {Part.ROUNDS, Part.STEPS}
    assert record.keys_of(Part.ROUNDS) == {round_id}
    assert session.steps[2].round_id == round_id
    inverse.apply(session)
    assert session == sample_session()


def test_removing_a_round_undoes_with_only_its_tokens():
    # A whole-list replacement (imports, scripts) keeps no copy of the other tokens.
    s = sample_session()
    today = {k: v for k, v in s.placements.items() if k[0] == "today"}
    original = s.copy()
    inverse = ReplaceList("rounds", tuple(r for r in s.rounds if r.id != "today")).apply(s)
    assert dict(inverse.placements) == today
    inverse.apply(s)
    assert s == original


def test_touched_by_uses_the_inverse_for_what_a_removal_took(session):
    team = session.teams[0].id
    change = RemoveTeam(team)
    assert change.touched()[Part.PLACEMENTS] is None  # the change alone cannot know
    inverse = change.apply(session)
    assert touched_by(change, inverse)[Part.PLACEMENTS] == {k for k, _ in inverse.placements}


def test_two_replacements_in_a_row_get_their_own_round_and_step(session):
    # Two re-placements in a row: each batch sees the session the last one left.
    change, first = rounds.add_replacement_round(session, 1, name="A", title="A", prompt="")
    change.apply(session)
    change, second = rounds.add_replacement_round(session, 1, name="B", title="B", prompt="")
    change.apply(session)
    assert first != second and len({s.id for s in session.steps}) == len(session.steps)
    assert session.round(second) == Round(second, "B", follows="today")

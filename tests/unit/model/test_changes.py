"""Every Change undoes exactly; random edit sequences unwind to the start."""

from __future__ import annotations

import math
from dataclasses import FrozenInstanceError, fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collabworkshop.model import (
    ActionItem,
    ActionStatus,
    AddAction,
    AddItem,
    AddTeam,
    Batch,
    Change,
    Lever,
    MoveAction,
    MoveItem,
    Note,
    NoteKind,
    Participant,
    PlacementMode,
    RemoveAction,
    RemoveItem,
    RemoveTeam,
    ReplaceList,
    Round,
    Session,
    SessionInfo,
    SessionSettings,
    SetActions,
    SetInfo,
    SetItem,
    SetPlacement,
    SetSettings,
    SetVote,
    Step,
    StepKind,
    Team,
    UpdateAction,
    UpdateTeam,
    clamp_position,
    default_template,
)
from collabworkshop.model.session import MAX_TEXT, clean_text


def make_session() -> Session:
    s = default_template().new_session(SessionInfo("Eastport", "Eastport Alliance", "2025-03-10", "Sam"))
    s.teams = [
        Team("t1", "Design Office", "Arcadis", "#0072B2"),
        Team("t2", "Site Team", "BuildCo", "#D55E00"),
        Team("t3", "Client PMO", "Eastport", "#009E73"),
    ]
    for i, team in enumerate(s.teams):
        s.placements[("today", "overall", team.id)] = 20.0 + 10 * i
        s.placements[("needed", "overall", team.id)] = 60.0 + 5 * i
        s.placements[("today", "relationship", team.id)] = 35.5
    s.actions = [
        ActionItem("a1", "Co-write a charter", Lever.SHARED_GOALS, why="gap", owner="Ana", due="2025-04-09"),
        ActionItem("a2", "Decision log", Lever.JOINT_GOVERNANCE, status=ActionStatus.IN_PROGRESS),
    ]
    s.participants = [Participant("p1", "t1", "Ana"), Participant("p2", "t2", "Bo"), Participant("p3", "t2", "Cy")]
    s.placements[("today", "overall", "p2")] = 44.0
    s.placements[("today", "overall", "p1")] = 10.0
    s.votes = {("t1", "L1"): 2, ("t2", "L4"): 3}
    s.notes = [Note("n1", NoteKind.DECISION, "Meet monthly", "discuss", "overall")]
    return s


# One entry per kind of edit: (label, change). Each must really change the session.
CASES: list[tuple[str, Change]] = [
    ("place new", SetPlacement("needed", "relationship", "t1", 70.0)),
    ("move existing", SetPlacement("today", "overall", "t2", 90.0)),
    ("remove placement", SetPlacement("today", "overall", "t3", None)),
    ("clamp above", SetPlacement("today", "outcomes", "t1", 250.0)),
    ("clamp below", SetPlacement("today", "overall", "t1", -5.0)),
    ("info title", SetInfo("title", "Eastport phase 2")),
    ("info date", SetInfo("date", "2025-09-01")),
    ("add team first", AddTeam(Team("t9", "Newcomer", "NewCo"), 0)),
    ("add team end", AddTeam(Team("t9", "Newcomer"), 99)),
    (
        "add team with placements",
        AddTeam(
            Team("t9", "Back"), 1, ((("today", "overall", "t9"), 12.0), (("needed", "overall", "t9"), 88.0))
        ),
    ),
    ("remove middle team", RemoveTeam("t2")),
    ("remove first team", RemoveTeam("t1")),
    ("rename team", UpdateTeam("t1", "name", "Design")),
    ("team organisation", UpdateTeam("t2", "organisation", "")),
    ("team colour", UpdateTeam("t3", "colour", "#CC79A7")),
    ("replace plan", SetActions((ActionItem("a1", "Only one", Lever.RIGHT_PARTNERS),))),
    ("clear plan", SetActions(())),
    ("action title", UpdateAction("a1", "title", "Co-write a one-page charter")),
    ("action lever", UpdateAction("a2", "lever", Lever.OPEN_COMMUNICATION)),
    ("action status", UpdateAction("a2", "status", ActionStatus.BLOCKED)),
    ("action owner", UpdateAction("a1", "owner", "")),
    ("action priority", UpdateAction("a1", "priority", 120.0)),
    ("add action", AddAction(ActionItem("a3", "New", Lever.MUTUAL_ACCOUNTABILITY), 1)),
    ("remove action", RemoveAction("a1")),
    ("move action down", MoveAction("a1", 1)),
    ("move action up", MoveAction("a2", 0)),
    ("remove team with people", RemoveTeam("t2")),
    ("add participant", ReplaceList("participants", (Participant("p1", "t1", "Ana"), Participant("p9", "t3", "Di")))),
    ("reorder participants", ReplaceList("participants", (
        Participant("p3", "t2", "Cy"), Participant("p1", "t1", "Ana"), Participant("p2", "t2", "Bo")))),
    ("add re-placement round", ReplaceList("rounds", (
        Round("today", "Today"), Round("needed", "Needed"), Round("r3", "After discussion", follows="today")))),
    ("remove a round", ReplaceList("rounds", (Round("today", "Today"),))),
    ("hide a round", ReplaceList("rounds", (Round("today", "Today", hidden=True), Round("needed", "Needed")))),
    ("drop steps", ReplaceList("steps", ())),
    ("add note", ReplaceList("notes", (
        Note("n1", NoteKind.DECISION, "Meet monthly"), Note("n2", NoteKind.PARKING, "x")))),
    ("participant mode", SetSettings(SessionSettings(PlacementMode.PARTICIPANT, 3))),
    ("vote dots", SetSettings(SessionSettings(vote_dots=5))),
    ("add participant at", AddItem("participants", Participant("p9", "t3", "Di"), 1)),
    ("remove participant with tokens", RemoveItem("participants", "p2")),
    ("rename participant", SetItem("participants", Participant("p1", "t1", "Anna"))),
    ("move participant", MoveItem("participants", "p1", 2)),
    ("remove a round with tokens", RemoveItem("rounds", "today")),
    ("hide one round", SetItem("rounds", Round("needed", "Needed", hidden=True))),
    ("add step", AddItem("steps", Step("s99", "Extra", StepKind.INFO), 0)),
    ("remove note", RemoveItem("notes", "n1")),
    ("owner stops supporting", Batch((UpdateAction("a1", "supporting", ()), UpdateAction("a1", "owner", "Bo")))),
    ("new vote", SetVote("t3", "L2", 1)),
    ("change vote", SetVote("t2", "L4", 1)),
    ("clear vote", SetVote("t1", "L1", 0)),
]


@pytest.mark.parametrize(("label", "change"), CASES, ids=[c[0] for c in CASES])
def test_change_then_inverse_restores_session(label, change):
    session = make_session()
    original = session.copy()
    inverse = change.apply(session)
    assert session != original, "the change should have changed something"
    after = session.copy()
    redo = inverse.apply(session)
    assert session == original
    # and the inverse of the inverse redoes the edit
    redo.apply(session)
    assert session == after


def test_every_change_subclass_is_covered():
    covered = {type(change) for _, change in CASES}
    assert covered == set(Change.__subclasses__())


def test_changes_are_frozen():
    change = SetInfo("title", "x")
    with pytest.raises(FrozenInstanceError):
        change.value = "y"  # type: ignore[misc]


def test_specific_effects():
    s = make_session()
    SetPlacement("today", "outcomes", "t1", 250.0).apply(s)
    assert s.position("today", "outcomes", "t1") == 100.0
    SetPlacement("today", "outcomes", "t1", -1.0).apply(s)
    assert s.position("today", "outcomes", "t1") == 0.0
    inverse = RemoveTeam("t2").apply(s)
    assert [t.id for t in s.teams] == ["t1", "t3"]
    assert not any(key[2] == "t2" for key in s.placements)
    assert isinstance(inverse, AddTeam) and inverse.index == 1
    assert dict(inverse.placements) == {
        ("today", "overall", "t2"): 30.0,
        ("needed", "overall", "t2"): 65.0,
        ("today", "relationship", "t2"): 35.5,
        ("today", "overall", "p2"): 44.0,  # a participant of the team
    }
    AddTeam(Team("t7", "Late"), -3).apply(s)
    assert s.teams[0].id == "t7"
    assert s.new_team_id() not in {t.id for t in s.teams}


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (SetPlacement("today", "overall", "t1", math.nan), ValueError),
        (SetInfo("colour", "x"), KeyError),
        (AddTeam(Team("t1", "Duplicate"), 0), ValueError),
        (RemoveTeam("nope"), KeyError),
        (UpdateTeam("t1", "id", "t5"), KeyError),
        (UpdateTeam("nope", "name", "x"), KeyError),
        (UpdateAction("a1", "id", "a9"), KeyError),
        (UpdateAction("a1", "no_such_field", "x"), KeyError),
        (UpdateAction("nope", "title", "x"), KeyError),
        (AddAction(ActionItem("a1", "dup", Lever.SHARED_GOALS), 0), ValueError),
        (RemoveAction("nope"), KeyError),
    ],
)
def test_invalid_changes_raise_and_leave_session_alone(change, error):
    s = make_session()
    original = s.copy()
    with pytest.raises(error):
        change.apply(s)
    assert s == original


def test_describe_names_the_edit():
    s = make_session()
    assert SetPlacement("today", "overall", "t1", 50.0).describe(s) == "Place Design Office"
    assert SetPlacement("today", "overall", "t1", None).describe(s) == "Remove Design Office from the board"
    assert RemoveTeam("t2").describe(s) == "Remove team Site Team"
    assert UpdateTeam("t1", "name", "x").describe(s) == "Rename team"
    assert SetInfo("facilitator", "x").describe(s) == "Edit facilitator"


def test_part_tells_storage_what_to_write():
    parts = {type(c).__name__: c.part for _, c in CASES}
    assert parts["SetPlacement"] == "placements"
    assert parts["SetInfo"] == "info"
    assert parts["AddTeam"] == parts["RemoveTeam"] == parts["UpdateTeam"] == "teams"
    assert {parts[n] for n in ("SetActions", "UpdateAction", "AddAction", "RemoveAction")} == {"actions"}


# -- random sequences -----------------------------------------------------------------

texts = st.text(max_size=20)
INFO_FIELDS = [f.name for f in fields(SessionInfo)]


def _draw_change(data: st.DataObject, s: Session) -> Change:
    kinds = ["place", "add_team", "info"]
    if s.teams:
        kinds += ["remove_team", "update_team", "place", "place"]
    if s.actions:
        kinds += ["update_action"]
    kind = data.draw(st.sampled_from(kinds))
    if kind == "place":
        team = data.draw(st.sampled_from(s.teams)) if s.teams else Team("ghost", "Ghost")
        rnd = data.draw(st.sampled_from(s.rounds))
        dim = data.draw(st.sampled_from(s.dimensions))
        pos = data.draw(st.none() | st.floats(min_value=-50, max_value=150, allow_nan=False))
        return SetPlacement(rnd.id, dim.id, team.id, pos)
    if kind == "add_team":
        team = Team(s.new_team_id(), data.draw(texts), data.draw(texts))
        index = data.draw(st.integers(min_value=-2, max_value=len(s.teams) + 2))
        return AddTeam(team, index)
    if kind == "remove_team":
        return RemoveTeam(data.draw(st.sampled_from(s.teams)).id)
    if kind == "update_team":
        team = data.draw(st.sampled_from(s.teams))
        return UpdateTeam(
            team.id, data.draw(st.sampled_from(["name", "organisation", "colour"])), data.draw(texts)
        )
    if kind == "info":
        return SetInfo(data.draw(st.sampled_from(INFO_FIELDS)), data.draw(texts))
    action = data.draw(st.sampled_from(s.actions))
    field_name, values = data.draw(
        st.sampled_from(
            [
                ("title", texts),
                ("owner", texts),
                ("due", texts),
                ("lever", st.sampled_from(Lever)),
                ("status", st.sampled_from(ActionStatus)),
                ("priority", st.floats(min_value=0, max_value=1000)),
            ]
        )
    )
    return UpdateAction(action.id, field_name, data.draw(values))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_sequence_unwinds_to_the_start(data):
    session = make_session()
    original = session.copy()
    n = data.draw(st.integers(min_value=1, max_value=25), label="length")
    inverses: list[Change] = []
    for _ in range(n):
        change = _draw_change(data, session)
        inverses.append(change.apply(session))
    final = session.copy()
    redos = [inverse.apply(session) for inverse in reversed(inverses)]
    assert session == original
    # redo everything again: back to where the edits ended
    for redo in reversed(redos):
        redo.apply(session)
    assert session == final


# -- text and initials ----------------------------------------------------------------


def test_clean_text_strips_control_characters():
    assert clean_text("  North\x00 Star\x07\x1b[31m\x7f  ") == "North Star[31m"
    # C1 controls too (U+009B is a one-character terminal CSI, U+0085 next-line)
    assert clean_text("a\x85b\x9b2Jc") == "ab2Jc"
    assert clean_text("line one\r\n\tline two") == "line one\n\tline two"
    # format characters and other scripts are text, not control characters
    assert clean_text("مرحبا \u200f שלום 東京 👋") == "مرحبا \u200f שלום 東京 👋"
    assert clean_text(42) == "42"  # type: ignore[arg-type]


def test_clean_text_caps_length():
    assert len(clean_text("x" * 10_000)) == MAX_TEXT == 2000
    assert clean_text("abcdef", max_length=3) == "abc"
    # the cut does not leave trailing whitespace behind
    assert clean_text("ab cd", max_length=3) == "ab"


@settings(max_examples=100, deadline=None)
@given(st.text(), st.integers(min_value=1, max_value=50))
def test_clean_text_properties(value, cap):
    out = clean_text(value, max_length=cap)
    assert len(out) <= cap
    assert all(ch in "\n\t" or ord(ch) >= 32 and not 127 <= ord(ch) < 160 for ch in out)
    assert out == out.strip()
    assert clean_text(out, max_length=cap) == out


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("North Star", "NS"),
        ("alpha", "AL"),
        ("x", "X"),
        ("  river   delta  ", "RD"),
        ("Joint-Venture Ops", "JV"),
        ("#1 Crew", "CR"),
        ("東京 チーム", "東チ"),
        ("", "?"),
        ("   ", "?"),
        ("-- !!", "?"),
    ],
)
def test_team_initials(name, initials):
    assert Team("t1", name).initials == initials


def test_clamp_position():
    assert clamp_position(-0.1) == 0.0
    assert clamp_position(100.5) == 100.0
    assert clamp_position(37) == 37.0 and isinstance(clamp_position(37), float)
    with pytest.raises(ValueError):
        clamp_position(math.nan)


def test_removing_a_team_takes_its_participants_their_tokens_and_votes():
    s = make_session()
    RemoveTeam("t2").apply(s)
    assert [p.id for p in s.participants] == ["p1"]
    assert ("today", "overall", "p2") not in s.placements
    assert ("today", "overall", "p1") in s.placements
    assert ("t2", "L4") not in s.votes


def test_removing_a_round_or_participant_removes_its_tokens():
    s = make_session()
    ReplaceList("rounds", (Round("needed", "Needed"),)).apply(s)
    assert all(key[0] == "needed" for key in s.placements)
    s = make_session()
    ReplaceList("participants", (Participant("p1", "t1", "Ana"),)).apply(s)
    assert ("today", "overall", "p2") not in s.placements
    with pytest.raises(ValueError):
        ReplaceList("participants", (Participant("p1", "t1", "A"), Participant("p1", "t1", "B"))).apply(s)


def test_participant_mode_aggregates_over_people_and_per_team():
    s = make_session()
    s.settings = SessionSettings(PlacementMode.PARTICIPANT)
    s.placements[("today", "overall", "p3")] = 64.0
    assert s.placer_ids() == ["p1", "p2", "p3"]
    assert sorted(s.positions("today", "overall")) == [10.0, 44.0, 64.0]
    # a team's position is the mean of its people: Site Team = (44 + 64) / 2
    assert s.placements_by_team("today", "overall") == {"t1": 10.0, "t2": 54.0}
    assert s.placed_count("today") == (3, 3 * len(s.dimensions))
    assert s.team_of("p3") == "t2"


def test_lever_importance_from_votes():
    s = make_session()
    assert s.lever_importance() is not None
    imp = s.lever_importance()
    # L4 has 3 dots (the most): 3; L1 has 2 (2/3 of the most, not more): 2; none: 1
    assert imp[Lever.OPEN_COMMUNICATION] == 3
    assert imp[Lever.SHARED_GOALS] == 2
    assert imp[Lever.RIGHT_PARTNERS] == 1
    s.votes = {}
    assert s.lever_importance() is None

"""Follow-up: carry-over into a new session, and the trend against the baseline."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collabworkshop.analysis import AgreementBand
from collabworkshop.model import (
    ActionItem,
    ActionStatus,
    Lever,
    Participant,
    PlacementMode,
    SessionInfo,
    SessionSettings,
    StepKind,
    Team,
    default_template,
)
from collabworkshop.planning import generate_plan
from collabworkshop.planning.followup import baseline_pairs, is_followup, start_followup
from collabworkshop.planning.trend import Measurement, compare, followup_trend, session_measurement
from collabworkshop.storage import read_session, save_session

DIMS = ("overall", "relationship", "integration", "outcomes", "decisions")


def previous_session():
    s = default_template().new_session(SessionInfo("Eastport", "Eastport Alliance", "2026-06-01", "Sam"))
    s.teams = [Team("t1", "Design", "Arup"), Team("t2", "Build", "Kier"), Team("t3", "Client", "Eastport")]
    s.settings = SessionSettings(PlacementMode.TEAM, vote_dots=4)
    for dim in DIMS:
        for t in s.teams:
            s.placements[("today", dim, t.id)] = 50.0
            s.placements[("needed", dim, t.id)] = 80.0
    for t, pos in zip(s.teams, (20.0, 40.0, 60.0), strict=True):
        s.placements[("today", "overall", t.id)] = pos
    s.votes = {("t1", "L1"): 2}
    s.actions = [
        ActionItem("a1", "Co-write a charter", Lever.SHARED_GOALS, owner="Client", due="2026-07-01",
                   status=ActionStatus.DONE, supporting=("t1",)),
        ActionItem("a2", "Decision log", Lever.JOINT_GOVERNANCE, status=ActionStatus.IN_PROGRESS),
        ActionItem("a3", "An unaccepted suggestion", Lever.OPEN_COMMUNICATION, accepted=False),
    ]
    return s


def test_followup_carries_teams_agenda_baseline_and_actions():
    prev = previous_session()
    before = prev.copy()
    new = start_followup(prev, dt.date(2026, 10, 14))
    assert prev == before, "the earlier session is not changed"
    assert new.info == SessionInfo("Eastport: follow-up", "Eastport Alliance", "2026-10-14", "Sam")
    assert new.teams == prev.teams and new.participants == prev.participants
    assert new.settings == prev.settings and new.dimensions == prev.dimensions
    # agenda: the same steps, with a review step after the welcome
    kinds = [st.kind for st in new.steps]
    assert kinds[1] is StepKind.REVIEW
    assert [st.id for st in new.steps if st.kind is not StepKind.REVIEW] == [st.id for st in prev.steps]
    # fresh rounds (same ids, empty) then the baseline
    assert [(r.id, r.name, r.baseline) for r in new.rounds] == [
        ("today", "Today", False),
        ("needed", "Needed", False),
        ("base-today", "Baseline: Today (2026-06-01)", True),
        ("base-needed", "Baseline: Needed (2026-06-01)", True),
    ]
    assert not any(k[0] in ("today", "needed") for k in new.placements)
    assert new.placements[("base-today", "overall", "t2")] == 40.0
    assert new.placements[("base-needed", "relationship", "t3")] == 80.0
    assert len(new.placements) == len(prev.placements)
    # accepted actions with their status; the suggestion stays behind
    assert [(a.id, a.status) for a in new.actions] == [("a1", ActionStatus.DONE), ("a2", ActionStatus.IN_PROGRESS)]
    assert new.actions[0].owner == "Client" and new.actions[0].supporting == ("t1",)
    assert new.votes == {} and new.notes == []
    assert is_followup(new) and not is_followup(prev)


def test_followup_survives_a_save_and_a_second_followup(tmp_path):
    new = start_followup(previous_session(), dt.date(2026, 10, 14))
    path = tmp_path / "f.cwsession"
    save_session(new, path)
    loaded = read_session(path)
    assert [r.baseline for r in loaded.rounds] == [False, False, True, True]
    assert loaded.placements == new.placements
    # the follow-up of a follow-up keeps the older baseline after the newer one
    loaded.placements[("today", "overall", "t1")] = 70.0
    second = start_followup(loaded, dt.date(2027, 2, 1))
    names = [r.name for r in second.rounds]
    assert names == ["Today", "Needed", "Baseline: Today (2026-10-14)", "Baseline: Needed (2026-10-14)",
                     "Baseline: Today (2026-06-01)", "Baseline: Needed (2026-06-01)"]
    assert second.info.title == "Eastport: follow-up"
    assert sum(st.kind is StepKind.REVIEW for st in second.steps) == 1
    # the trend compares with the newest baseline
    (base_today, _), _ = baseline_pairs(second)
    assert base_today.name == "Baseline: Today (2026-10-14)"


def test_participant_mode_followup_keeps_participants_placements():
    prev = previous_session()
    prev.settings = SessionSettings(PlacementMode.PARTICIPANT)
    prev.participants = [Participant("p1", "t1", "Ana"), Participant("p2", "t2", "Bo")]
    prev.placements = {("today", "overall", "p1"): 30.0, ("today", "overall", "p2"): 70.0}
    new = start_followup(prev, dt.date(2026, 10, 14))
    assert new.positions("base-today", "overall") == [30.0, 70.0]


def test_trend_against_hand_worked_numbers():
    new = start_followup(previous_session(), dt.date(2026, 10, 14))
    for t, pos in zip(new.teams, (50.0, 55.0, 60.0), strict=True):
        new.placements[("today", "overall", t.id)] = pos
        new.placements[("needed", "overall", t.id)] = 80.0
    rows = {row.dimension_id: row for row in followup_trend(new)}
    assert list(rows) == list(DIMS)
    overall = rows["overall"]
    # baseline Today [20, 40, 60]: median 40, s^2 = (400 + 0 + 400) / 2 = 400,
    # rwg = 1 - 400 / 833.33 = 0.52 (Mixed)
    assert overall.before.median == 40.0
    assert overall.before.rwg == pytest.approx(0.52)
    assert overall.before.band is AgreementBand.MIXED
    # new Today [50, 55, 60]: median 55, s^2 = 25, rwg = 1 - 25 / 833.33 = 0.97 (Aligned)
    assert overall.after.median == 55.0
    assert overall.after.rwg == pytest.approx(0.97)
    assert overall.median_change == pytest.approx(15.0)
    assert overall.rwg_change == pytest.approx(0.45)
    assert overall.position_marker == "\u25b2" and overall.position_words == "toward collaboration"
    assert overall.agreement_marker == "\u25b2" and overall.agreement_words == "more agreement"
    # gap: needed 80 both times; 80 - 40 = 40 before, 80 - 55 = 25 now: closed by 15
    assert (overall.gap_before, overall.gap_after, overall.gap_change) == (40.0, 25.0, -15.0)
    # relationship not placed yet in the new Today: nothing to compare
    rel = rows["relationship"]
    assert rel.before.median == 50.0 and rel.after.median is None
    assert rel.median_change is None and rel.position_marker == "\u2013"
    assert rel.position_words == "not comparable"


def test_trend_markers_for_steady_and_falling():
    new = start_followup(previous_session(), dt.date(2026, 10, 14))
    for t in new.teams:
        new.placements[("today", "relationship", t.id)] = 51.0  # +1: about the same
        new.placements[("today", "integration", t.id)] = 30.0  # -20: toward cooperation
    rows = {row.dimension_id: row for row in followup_trend(new)}
    assert rows["relationship"].position_marker == "\u25b6"
    assert rows["relationship"].position_words == "about the same"
    assert rows["integration"].median_change == pytest.approx(-20.0)
    assert rows["integration"].position_marker == "\u25bc"
    # everyone agreed before and after: rwg 1 -> 1
    assert rows["integration"].rwg_change == 0.0 and rows["integration"].agreement_words == "about the same"


def test_no_trend_without_baseline():
    assert followup_trend(previous_session()) == []


def test_compare_two_sessions():
    a = previous_session()
    b = start_followup(a, dt.date(2026, 10, 14))
    for t in b.teams:
        b.placements[("today", "overall", t.id)] = 70.0
    rows = compare(session_measurement(a), session_measurement(b))
    overall = rows[0]
    assert overall.before.median == 40.0 and overall.after.median == 70.0
    assert overall.median_change == 30.0
    assert overall.after.rwg == 1.0
    assert overall.gap_before == 40.0 and overall.gap_after is None  # B's Needed is empty
    # measuring B against its own baseline gives the same Today numbers
    again = compare(Measurement(b, "base-today", "base-needed"), Measurement(b, "today", "needed"))
    assert again[0].before == overall.before and again[0].after == overall.after


def test_plan_of_a_followup_uses_the_new_rounds():
    new = start_followup(previous_session(), dt.date(2026, 10, 14))
    for dim in DIMS:
        for t in new.teams:
            new.placements[("today", dim, t.id)] = 60.0
            new.placements[("needed", dim, t.id)] = 65.0
    # small new gaps: only maintain actions, although the baseline gap was 30
    plan = generate_plan(new)
    assert len(plan) == 3 and all(a.priority == 0 for a in plan)
    assert plan[-1].due == "2027-01-13"  # 2026-10-14 + 91 days


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_baseline_holds_exactly_the_earlier_results(data):
    prev = previous_session()
    for key in list(prev.placements):
        if data.draw(st.booleans(), label="drop"):
            del prev.placements[key]
        else:
            prev.placements[key] = data.draw(st.floats(0, 100), label="pos")
    new = start_followup(prev, dt.date(2026, 10, 14))
    # the baseline of the follow-up reads exactly as the earlier Today and Needed
    rows = compare(session_measurement(prev), Measurement(new, "base-today", "base-needed"))
    for row in rows:
        assert row.before == row.after
        assert row.median_change in (None, 0.0)
        assert row.gap_before == row.gap_after
    assert not any(k[0] in ("today", "needed") for k in new.placements)

"""Breakdowns of a round: per team (participant mode), perception gaps between
every pair of teams and organisations, the profile across the characteristics."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collabworkshop.analysis import (
    characteristic_ids,
    describe,
    most_divergent,
    perception_gaps,
    profile,
    team_figures,
    team_positions,
)
from collabworkshop.model import Participant, PlacementMode, SessionSettings, Team, default_template

DIM = "relationship"


def participant_session(people: dict[str, list[float | None]], orgs: dict[str, str] | None = None):
    """Teams t1.. with participants placing on "relationship" in "today"
    (None: a participant who has not placed)."""
    orgs = orgs or {}
    s = default_template().new_session()
    s.settings = SessionSettings(PlacementMode.PARTICIPANT)
    for tid, positions in people.items():
        s.teams.append(Team(tid, f"Team {tid}", orgs.get(tid, "")))
        for i, pos in enumerate(positions):
            pid = f"{tid}p{i}"
            s.participants.append(Participant(pid, tid, f"Person {pid}"))
            if pos is not None:
                s.placements[("today", DIM, pid)] = pos
    return s


def test_participant_mode_aggregates_over_participants_and_per_team():
    # t1: 10, 20, 60 -> n 3, mean 30, median 20, range 10-60
    # t2: 70, 90 (one not placed) -> n 2, mean 80, median 80
    # t3: nobody placed -> n 0
    s = participant_session({"t1": [10, 20, 60], "t2": [70, None, 90], "t3": [None]})
    assert s.positions("today", DIM) == [10, 20, 60, 70, 90]
    overall = describe(s.positions("today", DIM))
    # over participants: mean 250 / 5 = 50, median 60, n 5 (not 2 team means)
    assert (overall.n, overall.mean, overall.median) == (5, 50.0, 60.0)
    figures = {f.team_id: f for f in team_figures(s, "today", DIM)}
    assert list(figures) == ["t1", "t2", "t3"]
    t1, t2, t3 = figures["t1"], figures["t2"], figures["t3"]
    assert (t1.n, t1.mean, t1.median, t1.minimum, t1.maximum) == (3, 30.0, 20.0, 10, 60)
    assert (t2.n, t2.mean, t2.median, t2.minimum, t2.maximum) == (2, 80.0, 80.0, 70, 90)
    assert (t3.n, t3.mean, t3.median) == (0, None, None)
    # the team means agree with the model's own per-team view
    assert s.placements_by_team("today", DIM) == {"t1": 30.0, "t2": 80.0}


def test_team_mode_has_one_token_per_team():
    s = default_template().new_session()
    s.teams += [Team("a", "A"), Team("b", "B")]
    s.placements[("today", DIM, "a")] = 42.0
    assert team_positions(s, "today", DIM) == {"a": [42.0]}
    figures = team_figures(s, "today", DIM)
    assert [(f.team_id, f.n, f.mean, f.median) for f in figures] == [("a", 1, 42.0, 42.0), ("b", 0, None, None)]


def test_a_live_position_replaces_the_stored_one():
    # The controller passes its own position(), which includes a drag in progress.
    s = participant_session({"t1": [10, 20], "t2": [90]})

    def dragging(round_id, dim_id, placer):
        return 50.0 if placer == "t1p0" else s.position(round_id, dim_id, placer)

    (t1, t2) = team_figures(s, "today", DIM, dragging)
    assert t1.mean == 35.0 and t2.mean == 90.0
    # 35 vs 90: 55 apart; with the stored 15 vs 90: 75 apart
    assert [round(g.difference) for g in perception_gaps(s, "today", DIM, dragging)] == [-55]
    assert [round(g.difference) for g in perception_gaps(s, "today", DIM)] == [-75]


def test_perception_gaps_in_participant_mode_use_team_means():
    # t1 participants 10, 30 -> mean 20; t2: 40, 50 -> 45; t3: 46 -> 46
    # t1-t2: -25 flagged; t1-t3: -26 flagged; t2-t3: -1 no
    # North = {t1} mean 20, South = {t2, t3} mean of team means (45 + 46) / 2 = 45.5
    # North-South: -25.5 flagged
    s = participant_session({"t1": [10, 30], "t2": [40, 50], "t3": [46]}, {"t1": "North", "t2": "South", "t3": "South"})
    gaps = perception_gaps(s, "today", DIM)
    assert [(g.kind, g.a, g.b, g.difference, g.repeats_team_pair) for g in gaps] == [
        ("team", "t1", "t2", -25.0, False),
        ("team", "t1", "t3", -26.0, False),
        ("organisation", "North", "South", -25.5, False),
    ]


def test_a_gap_of_25_in_decimals_is_flagged_despite_binary_rounding():
    # 32.3 - 7.3 is 25 in decimals but 24.999999999999996 in binary floats
    assert 32.3 - 7.3 < 25
    s = participant_session({"t1": [7.3], "t2": [32.3]})
    assert [(g.a, g.b) for g in perception_gaps(s, "today", DIM)] == [("t1", "t2")]


def test_an_organisation_gap_shown_as_25_0_is_flagged():
    # North's mean is 24.95, shown as 25.0 (halves round up): the room reads
    # "25.0 points apart", so the pair is flagged; 24.9 apart is not.
    s = default_template().new_session()
    for tid, org, pos in [("t1", "North", 0.0), ("t2", "North", 49.9), ("t3", "South", 0.0), ("t4", "East", 24.9)]:
        s.teams.append(Team(tid, tid.upper(), org))
        s.placements[("today", DIM, tid)] = pos
    orgs = {(g.a, g.b) for g in perception_gaps(s, "today", DIM) if g.kind == "organisation"}
    assert ("North", "South") in orgs
    assert ("South", "East") not in orgs and ("North", "East") not in orgs


team_means = st.lists(st.integers(min_value=0, max_value=1000).map(lambda k: k / 10), min_size=1, max_size=9)
org_names = st.sampled_from(["", "North", "South", "East"])


@settings(max_examples=60, deadline=None)
@given(team_means, st.data())
def test_every_pair_25_or_more_apart_is_listed_and_no_other(positions, data):
    orgs = {f"t{i}": data.draw(org_names) for i in range(len(positions))}
    s = default_template().new_session()
    for i, pos in enumerate(positions):
        s.teams.append(Team(f"t{i}", f"T{i}", orgs[f"t{i}"]))
        s.placements[("today", DIM, f"t{i}")] = pos
    gaps = perception_gaps(s, "today", DIM)
    listed_teams = {(g.a, g.b): g.difference for g in gaps if g.kind == "team"}
    expected = {
        (f"t{i}", f"t{j}"): positions[i] - positions[j]
        for i in range(len(positions))
        for j in range(i + 1, len(positions))
        if abs(positions[i] - positions[j]) >= 25 - 1e-9
    }
    assert listed_teams.keys() == expected.keys()
    for pair, diff in expected.items():
        assert listed_teams[pair] == pytest.approx(diff)
    members: dict[str, list[float]] = {}
    for i, pos in enumerate(positions):
        if orgs[f"t{i}"]:
            members.setdefault(orgs[f"t{i}"], []).append(pos)
    names = list(members)
    # The flag is decided on the distance as shown, to one decimal with
    # halves rounded up: exactly, a distance of 24.95 or more. Worked out
    # in fractions from the tenths drawn, so float noise cannot decide it.
    means = {name: sum(Fraction(round(p * 10), 10) for p in v) / len(v) for name, v in members.items()}
    expected_orgs = {
        (a, b) for i, a in enumerate(names) for b in names[i + 1 :]
        if abs(means[a] - means[b]) >= Fraction(2495, 100)
    }
    listed_orgs = {(g.a, g.b): g for g in gaps if g.kind == "organisation"}
    assert listed_orgs.keys() == expected_orgs
    for (a, b), g in listed_orgs.items():
        assert g.repeats_team_pair == (len(members[a]) == 1 and len(members[b]) == 1)


def test_profile_has_one_line_per_round_over_the_characteristics():
    s = default_template().new_session()
    s.teams += [Team("a", "A"), Team("b", "B"), Team("c", "C")]
    # today relationship 20, 30, 70 -> median 30, mean 40; integration 50 -> 50, 50
    # needed relationship 80, 90 -> median 85, mean 85; nothing else placed
    for tid, pos in zip("abc", (20, 30, 70), strict=True):
        s.placements[("today", "relationship", tid)] = pos
    s.placements[("today", "integration", "a")] = 50
    s.placements[("today", "overall", "a")] = 5  # "overall" is not a characteristic
    s.placements[("needed", "relationship", "a")] = 80
    s.placements[("needed", "relationship", "b")] = 90
    assert characteristic_ids(s) == ["relationship", "integration", "outcomes", "decisions"]
    lines = profile(s)
    assert [line.round_id for line in lines] == ["today", "needed"]
    today, needed = lines
    assert today.dimension_ids == ("relationship", "integration", "outcomes", "decisions")
    assert today.medians == (30.0, 50.0, None, None)
    assert today.means == (40.0, 50.0, None, None)
    assert needed.medians == (85.0, None, None, None)
    # a subset of rounds, with statistics supplied by the caller
    (only,) = profile(s, ["needed"], lambda r, d: describe([10, 20]))
    assert only.round_id == "needed" and only.medians == (15.0,) * 4


def test_profile_of_a_template_without_an_overall_line_uses_every_dimension():
    s = default_template().new_session()
    s.dimensions = [d for d in s.dimensions if d.id != "overall"][:2]
    assert characteristic_ids(s) == [d.id for d in s.dimensions]


def test_most_divergent_over_participants():
    # relationship: participants 0, 100, 50 -> s^2 = 2500 -> rwg 0 (clamped);
    # integration: 40, 60 -> s^2 = 200 -> rwg 0.76
    s = participant_session({"t1": [0, 100], "t2": [50]})
    for pid, pos in (("t1p0", 40), ("t2p0", 60)):
        s.placements[("today", "integration", pid)] = pos
    stats = {d.id: describe(s.positions("today", d.id)) for d in s.dimensions}
    assert stats["integration"].rwg == pytest.approx(0.76)
    assert most_divergent(stats) == "relationship"

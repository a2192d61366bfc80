"""Movement between a re-placement round and the round it follows, checked
against values worked out by hand."""

from __future__ import annotations

import pytest

from collabworkshop.analysis.movement import Trend, dimension_movement, round_movement
from collabworkshop.model import Participant, PlacementMode, Round, SessionSettings, Team, default_template


def make_session():
    s = default_template().new_session()
    s.teams = [Team("t1", "Harbour Works"), Team("t2", "Port Authority"), Team("t3", "Tidewater")]
    s.rounds.append(Round("r3", "After discussion", follows="today"))
    return s


def test_a_group_that_closes_ranks_converges():
    s = make_session()
    for team, before, after in (("t1", 20, 40), ("t2", 40, 45), ("t3", 60, 50)):
        s.placements[("today", "overall", team)] = before
        s.placements[("r3", "overall", team)] = after
    m = dimension_movement(s, "today", "r3", "overall")
    # Before: mean 40, s^2 = (400 + 0 + 400) / 2 = 400, rwg = 1 - 400 / (10000 / 12) = 0.52.
    # After: mean 45, s^2 = (25 + 0 + 25) / 2 = 25, rwg = 1 - 25 / 833.33 = 0.97.
    assert m.before.rwg == pytest.approx(0.52)
    assert m.after.rwg == pytest.approx(0.97)
    assert m.rwg_change == pytest.approx(0.45)
    assert m.mean_shift == pytest.approx(5)
    assert m.median_shift == pytest.approx(5)
    assert m.consensus_change > 0
    assert m.trend is Trend.CONVERGING and m.converged is True
    assert [(mv.placer_id, mv.shift) for mv in m.moves] == [("t1", 20), ("t2", 5), ("t3", -10)]


def test_a_group_that_splits_diverges():
    s = make_session()
    for team, before, after in (("t1", 50, 30), ("t2", 50, 70)):
        s.placements[("today", "relationship", team)] = before
        s.placements[("r3", "relationship", team)] = after
    m = dimension_movement(s, "today", "r3", "relationship")
    # Before: no spread, rwg 1. After: s^2 = (400 + 400) / 1 = 800, rwg = 1 - 800 / 833.33 = 0.04.
    assert m.before.rwg == pytest.approx(1.0)
    assert m.after.rwg == pytest.approx(0.04)
    assert m.mean_shift == 0
    assert m.trend is Trend.DIVERGING and m.converged is False


def test_no_change_is_steady_and_too_few_tokens_have_no_verdict():
    s = make_session()
    for team, v in (("t1", 10), ("t2", 90)):
        s.placements[("today", "outcomes", team)] = v
        s.placements[("r3", "outcomes", team)] = v
    assert dimension_movement(s, "today", "r3", "outcomes").trend is Trend.STEADY
    s.placements[("today", "decisions", "t1")] = 10
    s.placements[("r3", "decisions", "t1")] = 30
    lonely = dimension_movement(s, "today", "r3", "decisions")
    assert lonely.trend is None and lonely.converged is None and lonely.rwg_change is None
    assert lonely.mean_shift == 20
    assert dimension_movement(s, "today", "r3", "integration").mean_shift is None


def test_only_tokens_placed_in_both_rounds_have_arrows():
    s = make_session()
    s.placements[("today", "overall", "t1")] = 10
    s.placements[("r3", "overall", "t1")] = 20
    s.placements[("today", "overall", "t2")] = 50  # not re-placed
    s.placements[("r3", "overall", "t3")] = 70  # new in the re-placement
    m = dimension_movement(s, "today", "r3", "overall")
    assert [mv.placer_id for mv in m.moves] == ["t1"]
    assert m.before.n == 2 and m.after.n == 2


def test_participant_mode_moves_per_participant():
    s = make_session()
    s.participants = [Participant("p1", "t1", "Ana Silva"), Participant("p2", "t1", "Bo Chen")]
    s.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    s.placements[("today", "overall", "p1")] = 30
    s.placements[("r3", "overall", "p1")] = 35
    s.placements[("today", "overall", "p2")] = 70
    s.placements[("r3", "overall", "p2")] = 45
    s.placements[("today", "overall", "t1")] = 99  # a team token: not a placer in this mode
    movement = round_movement(s, "r3")
    assert set(movement) == {d.id for d in s.dimensions}
    m = movement["overall"]
    assert [mv.placer_id for mv in m.moves] == ["p1", "p2"]
    assert m.before.mean == 50 and m.after.mean == 40
    assert m.trend is Trend.CONVERGING
    assert round_movement(s, "today") == {}

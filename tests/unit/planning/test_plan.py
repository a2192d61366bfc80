"""Action-plan generation: workshop-method.md section 5."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plansessions import DATE, DIMS, L1, L2, L3, L4, L5, L6, LIBRARY, make_session

from collabworkshop.analysis import AgreementBand, describe
from collabworkshop.model import SessionInfo, Team, default_template
from collabworkshop.planning import DIMENSION_LEVERS, collect_signals, generate_plan
from collabworkshop.planning.generate import EFFORT_ORDER


def levers_of(signals):
    return {sig.lever for sig in signals}


# -- the mapping table ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dim", "levers"),
    [
        ("relationship", {L3, L4}),
        ("integration", {L2, L5}),
        ("outcomes", {L1, L5}),
        ("decisions", {L2, L4}),
    ],
)
def test_gap_on_dimension_raises_its_levers(dim, levers):
    # everyone agrees: today 30, needed 70 -> G = +40 (major), aligned (rwg 1)
    s = make_session(today={dim: 30}, needed={dim: 70})
    signals = collect_signals(s)
    assert levers_of(signals) == levers
    assert set(DIMENSION_LEVERS[dim]) == levers
    for sig in signals:
        assert sig.dimension_id == dim
        assert sig.gap_class == "major"
        # |G| x default importance 2 x 1 (not divided) = 40 x 2 = 80
        assert sig.priority == pytest.approx(80.0)
        name = s.dimension(dim).name
        assert sig.why == f"{name}: today 30.0, needed 70.0, gap 40.0"
    plan = generate_plan(s)
    assert levers <= {a.lever for a in plan}


def test_gap_on_overall_alone_raises_no_lever():
    s = make_session(today={"overall": 20}, needed={"overall": 80})
    assert collect_signals(s) == []


def test_small_gaps_raise_nothing():
    # G = 12 < 12.5 -> maintain
    s = make_session(today={"relationship": 50}, needed={"relationship": 62})
    assert collect_signals(s) == []


def test_perception_gap_raises_right_partners():
    # today and needed alike (G = 0); Team 1 at 35 and Team 2 at 65 are 30 apart
    s = make_session(today={"relationship": [35, 65, 50]}, needed={"relationship": [35, 65, 50]})
    signals = collect_signals(s)
    assert levers_of(signals) == {L6}
    (sig,) = signals
    assert sig.priority == pytest.approx(30 * 2)
    assert sig.gap_class == "moderate"
    assert sig.dimension_id == "relationship"
    assert sig.why == "Relationship (Today): Team 1 and Team 2 are 30.0 points apart"
    plan = generate_plan(s)
    assert L6 in {a.lever for a in plan}


def test_partners_wanting_different_targets_raise_right_partners():
    # today all at 50; needed 40 / 80 / 60 -> median 60, G = 10 (maintain);
    # Team 1 and Team 2 want targets 40 points apart -> L6, major (>= 37.5)
    s = make_session(needed={"decisions": [40, 80, 60]})
    (sig,) = collect_signals(s)
    assert sig.lever is L6
    assert sig.gap_class == "major"
    assert sig.priority == pytest.approx(80.0)
    assert "(Needed)" in sig.why and "40.0 points apart" in sig.why


def test_divided_dimension_puts_dialogue_first():
    # relationship today [10, 50, 90]: s^2 = (1600 + 0 + 1600) / 2 = 1600 -> rwg 0 -> Divided
    s = make_session(today={"relationship": [10, 50, 90]}, needed={"relationship": 70})
    assert describe(s.positions("today", "relationship")).band is AgreementBand.DIVIDED
    plan = generate_plan(s)
    first = plan[0]
    assert first.lever is L4
    assert first.title == LIBRARY.dialogue.title.format(dimension="Relationship")
    assert first.why.startswith("Relationship: today 50.0, needed 70.0; divided, rwg 0.00. ")
    assert first.dimension_id == "relationship"
    assert sum(a.title == first.title for a in plan) == 1


def test_divided_overall_also_puts_dialogue_first():
    # the overall line has no levers of its own, but a split room still talks first
    s = make_session(today={"overall": [0, 50, 100]})
    plan = generate_plan(s)
    assert plan[0].title == LIBRARY.dialogue.title.format(dimension="Overall way of working")


def test_dialogue_on_the_most_divided_dimension():
    # integration [30, 50, 70]: s^2 = 400 -> rwg 0.52 (Mixed);
    # decisions [25, 50, 75]: s^2 = 625 -> rwg 0.25; outcomes [20, 50, 80]: s^2 = 900 -> rwg 0
    s = make_session(today={"integration": [30, 50, 70], "decisions": [25, 50, 75], "outcomes": [20, 50, 80]})
    plan = generate_plan(s)
    assert plan[0].dimension_id == "outcomes"


def test_no_dialogue_without_divided_dimension():
    s = make_session(
        today={"relationship": 30, "integration": 20}, needed={"relationship": 70, "integration": 80}
    )
    plan = generate_plan(s)
    assert not any("facilitated dialogue" in a.title for a in plan)
    assert len(plan) >= 3


# -- priority ------------------------------------------------------------------------


def test_priority_uses_importance():
    s = make_session(today={"relationship": 30}, needed={"relationship": 70})
    by_lever = {sig.lever: sig.priority for sig in collect_signals(s, {L3: 3, L4: 1})}
    # |G| = 40: L3 40 x 3 = 120; L4 40 x 1 = 40
    assert by_lever == {L3: pytest.approx(120.0), L4: pytest.approx(40.0)}
    # a lever missing from the vote counts 2
    by_lever = {sig.lever: sig.priority for sig in collect_signals(s, {L3: 1})}
    assert by_lever == {L3: pytest.approx(40.0), L4: pytest.approx(80.0)}


def test_priority_of_a_divided_dimension_is_multiplied_by_1_5():
    # today all 30 (median 30); needed [40, 70, 100] (median 70): G = +40
    # needed s^2 = (900 + 0 + 900) / 2 = 900 -> rwg = 1 - 900/833.33 < 0 -> 0, Divided
    s = make_session(today={"relationship": 30}, needed={"relationship": [40, 70, 100]})
    signals = collect_signals(s, {L3: 3, L6: 1})
    gap_sigs = {
        sig.lever: sig for sig in signals if sig.dimension_id == "relationship" and sig.lever is not L6
    }
    assert gap_sigs[L3].priority == pytest.approx(40 * 3 * 1.5)  # 180
    assert gap_sigs[L4].priority == pytest.approx(40 * 2 * 1.5)  # 120
    assert "divided, rwg 0.00" in gap_sigs[L3].why
    # Team 1 at 40 and Team 3 at 100 in Needed: 60 points x importance 1
    (l6,) = [sig for sig in signals if sig.lever is L6]
    assert l6.priority == pytest.approx(60.0)


def test_negative_gap_counts_by_its_size():
    # stepping back: today 80, needed 40 -> G = -40; priority |G| x 2 = 80
    s = make_session(today={"integration": 80}, needed={"integration": 40})
    signals = collect_signals(s)
    assert levers_of(signals) == {L2, L5}
    assert all(sig.priority == pytest.approx(80.0) for sig in signals)
    assert all("gap -40.0 (a step back)" in sig.why for sig in signals)


def test_higher_priority_lever_wins_a_short_plan():
    # many signals, importance decides which levers make the cut
    s = make_session(
        today={"relationship": 20, "integration": 20, "outcomes": 20, "decisions": 20},
        needed={"relationship": 90, "integration": 90, "outcomes": 90, "decisions": 90},
    )
    plan = generate_plan(s, importance={L1: 3, L2: 1, L3: 1, L4: 1, L5: 1})
    # L1 priority 70 x 3 = 210 is the highest: its action is in the plan
    assert any(a.lever is L1 and a.priority == pytest.approx(210.0) for a in plan)


# -- shape of the plan -----------------------------------------------------------------


def test_no_gaps_gives_three_maintain_actions():
    s = make_session()
    plan = generate_plan(s)
    assert len(plan) == 3
    assert [a.lever for a in plan] == [L1, L2, L5]
    assert all("Gaps are small" in a.why for a in plan[:2])
    keep = {a.title for a in LIBRARY.actions if a.gap == "maintain"}
    assert {plan[0].title, plan[1].title} <= keep
    assert plan[-1].title == LIBRARY.remeasure.title


def test_empty_session_still_gets_a_plan():
    s = default_template().new_session(SessionInfo(date=DATE))
    plan = generate_plan(s)
    assert 3 <= len(plan) <= 7
    assert plan[-1].title == LIBRARY.remeasure.title


def test_full_plan_is_capped_at_seven():
    s = make_session(
        today={d: [5, 50, 95] for d in DIMS},
        needed={d: 95 for d in DIMS},
    )
    plan = generate_plan(s)
    assert len(plan) == 7
    assert plan[0].title.startswith("Hold a facilitated dialogue")
    assert plan[-1].title == LIBRARY.remeasure.title
    assert [a.id for a in plan] == [f"a{i}" for i in range(1, 8)]


def test_remeasure_is_last_and_due_91_days_after_session():
    s = make_session(today={"outcomes": 20}, needed={"outcomes": 75})
    plan = generate_plan(s)
    last = plan[-1]
    assert last.title == LIBRARY.remeasure.title
    # 2025-03-10 + 91 days: Mar 31 (+21), Apr 30 (+51), May 31 (+82), Jun 9 (+91)
    assert last.due == "2025-06-09"
    assert "three months" in last.why


def test_due_dates_follow_effort():
    # 2025-03-10 + 30 = 2025-04-09; + 60 = 2025-05-09; + 90 = 2025-06-08
    expected = {"low": "2025-04-09", "medium": "2025-05-09", "high": "2025-06-08"}
    s = make_session(
        today={d: [5, 50, 95] for d in DIMS},
        needed={d: 95 for d in DIMS},
    )
    plan = generate_plan(s)
    for action in plan[:-1]:
        assert action.due == expected[action.effort], action
    assert {a.effort for a in plan[:-1]} >= {"low"}


def test_quick_wins_first_after_the_dialogue():
    s = make_session(
        today={"relationship": [5, 50, 95], "integration": 10, "outcomes": 15, "decisions": 30},
        needed={"relationship": 95, "integration": 90, "outcomes": 85, "decisions": 60},
    )
    plan = generate_plan(s)
    assert plan[0].title.startswith("Hold a facilitated dialogue")
    middle = plan[1:-1]
    assert len(middle) >= 3
    efforts = [EFFORT_ORDER[a.effort] for a in middle]
    assert efforts == sorted(efforts)
    assert len(set(efforts)) > 1, "the case should mix efforts, or the order is not tested"
    for a, b in zip(middle, middle[1:], strict=False):
        if a.effort == b.effort:
            assert a.priority >= b.priority


def test_why_names_the_numbers():
    s = make_session(today={"outcomes": 20}, needed={"outcomes": 75})
    plan = generate_plan(s)
    l1 = next(a for a in plan if a.lever is L1)
    assert "today 20.0" in l1.why and "needed 75.0" in l1.why and "gap 55.0" in l1.why
    assert "Goals and accountability" in l1.why
    assert l1.dimension_id == "outcomes"
    assert l1.priority == pytest.approx(110.0)  # 55 x 2


def test_plan_is_deterministic():
    spec = dict(
        today={"relationship": [5, 50, 95], "integration": 10, "decisions": [30, 35, 80]},
        needed={"relationship": 95, "integration": 90, "decisions": 60},
    )
    assert generate_plan(make_session(**spec)) == generate_plan(make_session(**spec))
    s = make_session(**spec)
    assert generate_plan(s) == generate_plan(s.copy())


# -- properties --------------------------------------------------------------------------

pos = st.sampled_from([0.0, 10.0, 25.0, 40.0, 50.0, 60.0, 75.0, 90.0, 100.0]) | st.floats(0, 100)


@settings(max_examples=60, deadline=None)
@given(st.data(), st.integers(min_value=1, max_value=5))
def test_plan_shape_properties(data, n_teams):
    s = default_template().new_session(SessionInfo(date=DATE))
    s.teams = [Team(f"t{i}", f"Team {i}", f"Org {i % 2}") for i in range(n_teams)]
    for r in s.rounds:
        for d in s.dimensions:
            for t in s.teams:
                if data.draw(st.booleans(), label="placed"):
                    s.placements[(r.id, d.id, t.id)] = data.draw(pos)
    plan = generate_plan(s)
    assert 3 <= len(plan) <= 7
    assert [a.id for a in plan] == [f"a{i}" for i in range(1, len(plan) + 1)]
    assert len({a.title for a in plan}) == len(plan)
    assert not any("{" in a.title or "{" in a.success_measure for a in plan)
    # re-measure last, 91 days out
    assert plan[-1].title == LIBRARY.remeasure.title
    assert dt.date.fromisoformat(plan[-1].due) - dt.date.fromisoformat(DATE) == dt.timedelta(days=91)
    # the dialogue leads exactly when some dimension is divided in Today or Needed
    divided = any(
        describe(s.positions(r.id, d.id)).band is AgreementBand.DIVIDED
        for r in s.rounds
        for d in s.dimensions
    )
    has_dialogue = plan[0].title.startswith("Hold a facilitated dialogue")
    assert has_dialogue == divided
    # quick wins first among the rest; each lever raised at most once
    middle = plan[1:-1] if has_dialogue else plan[:-1]
    efforts = [EFFORT_ORDER[a.effort] for a in middle]
    assert efforts == sorted(efforts)
    assert len({a.lever for a in middle}) == len(middle)
    assert generate_plan(s) == plan

"""Statistics of workshop-method.md section 4, worked by hand, plus properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collabworkshop.analysis import (
    AgreementBand,
    GapClass,
    classify_gap,
    consensus,
    describe,
    dimension_gap,
    most_divergent,
    perception_gaps,
    quantile,
    rwg,
    session_summary,
)
from collabworkshop.model import Team, default_template

PROPS = settings(max_examples=75, deadline=None)
positions = st.floats(min_value=0.0, max_value=100.0, allow_nan=False, allow_infinity=False)
groups = st.lists(positions, min_size=2, max_size=25)


# -- hand-worked cases -----------------------------------------------------------------


def test_four_spread_positions_worked_by_hand():
    # [20, 40, 60, 80]
    # mean = 200 / 4 = 50
    # deviations -30, -10, 10, 30; squares 900 + 100 + 100 + 900 = 2000
    # sample variance s^2 = 2000 / 3 = 666.67; s = 25.82
    # sigma_EU^2 = 100^2 / 12 = 833.33
    # rwg = 1 - 666.67 / 833.33 = 1 - 0.8 = 0.2  -> Divided (< 0.50)
    # type 7 quartiles: h = 3q; q1: h=0.75 -> 20 + 0.75*20 = 35
    #                   median: h=1.5 -> 40 + 0.5*20 = 50; q3: h=2.25 -> 60 + 0.25*20 = 65
    # Cns: |x - mu| / 100 = .3 .1 .1 .3 -> log2(.7) = -0.514573, log2(.9) = -0.152003
    #      sum = 2(-0.514573) + 2(-0.152003) = -1.333152; Cns = 1 - 1.333152/4 = 0.666712
    s = describe([80, 20, 60, 40])  # order of input does not matter
    assert s.n == 4
    assert s.mean == pytest.approx(50.0)
    assert s.sd == pytest.approx(25.82, abs=0.005)
    assert s.sd**2 == pytest.approx(666.67, abs=0.005)
    assert s.rwg == pytest.approx(0.2)
    assert s.band is AgreementBand.DIVIDED
    assert (s.q1, s.median, s.q3) == pytest.approx((35.0, 50.0, 65.0))
    assert s.iqr == pytest.approx(30.0)
    assert (s.minimum, s.maximum) == (20, 80)
    assert s.consensus == pytest.approx(0.666712, abs=1e-6)
    assert rwg([20, 40, 60, 80]) == pytest.approx(0.2)
    assert consensus([20, 40, 60, 80]) == pytest.approx(0.666712, abs=1e-6)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # mu = 50; shares 0.5, 1, 0.5 -> log2: -1, 0, -1; Cns = 1 + (-2)/3 = 1/3
        ([0, 50, 100], 1 / 3),
        # mu = 50; shares 0.5, 0.5 -> log2 -1 each; Cns = 1 + (-2)/2 = 0 (split between poles)
        ([0, 100], 0.0),
        # mu = 50; shares 0.75, 0.75 -> log2(0.75) = -0.415037; Cns = 0.584963
        ([25, 75], 0.584963),
        # mu = 40; |x-mu| = 10, 10, 20 -> shares .9 .9 .8 ->
        # -0.152003 * 2 - 0.321928 = -0.625934; Cns = 1 - 0.625934/3 = 0.791355
        ([30, 30, 60], 0.791355),
        # all agree -> every share 1 -> Cns 1
        ([64, 64, 64], 1.0),
    ],
)
def test_tastle_wierman_consensus_worked_by_hand(values, expected):
    assert consensus(values) == pytest.approx(expected, abs=1e-6)
    assert describe(values).consensus == pytest.approx(expected, abs=1e-6)


def test_quartiles_type_7_even_and_odd():
    # [10, 20, 30, 40]: h = 3q; q1 h=.75 -> 17.5; median h=1.5 -> 25; q3 h=2.25 -> 32.5
    s = describe([40, 10, 30, 20])
    assert (s.q1, s.median, s.q3) == pytest.approx((17.5, 25.0, 32.5))
    assert s.iqr == pytest.approx(15.0)
    # [10, 20, 30, 40, 50]: h = 4q -> exact order statistics 20, 30, 40
    s = describe([10, 20, 30, 40, 50])
    assert (s.q1, s.median, s.q3) == pytest.approx((20.0, 30.0, 40.0))
    assert quantile([10.0, 20.0, 30.0, 40.0], 0.0) == 10.0
    assert quantile([10.0, 20.0, 30.0, 40.0], 1.0) == 40.0
    assert quantile([7.0], 0.25) == 7.0
    with pytest.raises(ValueError):
        quantile([], 0.5)


def test_no_placements_gives_all_none():
    s = describe([])
    assert s.n == 0
    assert all(
        v is None
        for v in (s.mean, s.median, s.sd, s.q1, s.q3, s.minimum, s.maximum, s.rwg, s.consensus, s.band, s.iqr)
    )
    assert rwg([]) is None
    assert consensus([]) is None


def test_one_placement_has_no_spread():
    s = describe([42.0])
    assert s.n == 1
    assert (s.mean, s.median, s.q1, s.q3, s.minimum, s.maximum) == (42.0,) * 6
    assert s.iqr == 0.0
    # sd and rwg need n >= 2: undefined, not 0 and not "perfect agreement"
    assert s.sd is None
    assert s.rwg is None
    assert s.band is None
    assert rwg([42.0]) is None
    # one value is its own mean: consensus is defined and is 1
    assert s.consensus == 1.0


def test_bimodal_split_clamps_rwg_at_zero():
    # [0, 0, 100, 100]: mean 50, s^2 = 4 * 2500 / 3 = 3333.33
    # raw rwg = 1 - 3333.33 / 833.33 = -3 -> clamped to 0
    s = describe([0, 0, 100, 100])
    assert s.sd**2 == pytest.approx(3333.333, abs=1e-3)
    assert s.rwg == 0.0
    assert rwg([0, 100, 0, 100]) == 0.0
    assert s.band is AgreementBand.DIVIDED
    # every share is 0.5 -> Cns = 1 + (-1) = 0
    assert s.consensus == pytest.approx(0.0, abs=1e-12)


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (1.0, AgreementBand.ALIGNED),
        (0.70, AgreementBand.ALIGNED),
        # The band is decided on rwg as shown (two decimals, halves up):
        # just under 0.70 still shows as 0.70; 0.6949 shows as 0.69.
        (math.nextafter(0.70, 0.0), AgreementBand.ALIGNED),
        (0.695, AgreementBand.ALIGNED),
        (0.6949, AgreementBand.MIXED),
        (0.6, AgreementBand.MIXED),
        (0.50, AgreementBand.MIXED),
        (math.nextafter(0.50, 0.0), AgreementBand.MIXED),
        (0.495, AgreementBand.MIXED),
        (0.4949, AgreementBand.DIVIDED),
        (0.0, AgreementBand.DIVIDED),
        (None, None),
    ],
)
def test_band_thresholds(value, band):
    assert AgreementBand.from_rwg(value) is band


@pytest.mark.parametrize(
    ("values", "expected_rwg", "band"),
    [
        # [40, 60]: s^2 = 2 * 100 / 1 = 200; rwg = 1 - 200/833.33 = 0.76
        ([40, 60], 0.76, AgreementBand.ALIGNED),
        # [35, 60]: s^2 = 2 * 12.5^2 = 312.5; rwg = 1 - 0.375 = 0.625
        ([35, 60], 0.625, AgreementBand.MIXED),
        # [30, 70]: s^2 = 2 * 400 = 800; rwg = 1 - 0.96 = 0.04
        ([30, 70], 0.04, AgreementBand.DIVIDED),
    ],
)
def test_band_from_placements(values, expected_rwg, band):
    s = describe(values)
    assert s.rwg == pytest.approx(expected_rwg)
    assert s.band is band


@pytest.mark.parametrize(
    ("gap", "cls"),
    [
        (0.0, GapClass.MAINTAIN),
        # The class is decided on the gap as shown (one decimal, halves
        # away from zero): 12.4999 shows as +12.5 and is moderate.
        (12.44, GapClass.MAINTAIN),
        (-12.44, GapClass.MAINTAIN),
        (12.4999, GapClass.MODERATE),
        (12.45, GapClass.MODERATE),
        (-12.45, GapClass.MODERATE),
        (12.5, GapClass.MODERATE),
        (-12.5, GapClass.MODERATE),
        (37.44, GapClass.MODERATE),
        (-37.44, GapClass.MODERATE),
        (37.45, GapClass.MAJOR),
        (37.5, GapClass.MAJOR),
        (-37.5, GapClass.MAJOR),
        (100.0, GapClass.MAJOR),
        (-100.0, GapClass.MAJOR),
    ],
)
def test_gap_classification_boundaries(gap, cls):
    assert classify_gap(gap) is cls


def test_gap_of_12_5_in_decimals_is_moderate_despite_binary_rounding():
    # median 16.4 needed, 3.9 today: G = 12.5, but 16.4 - 3.9 = 12.499999999999998 in floats
    assert 16.4 - 3.9 < 12.5
    g = dimension_gap([3.9], [16.4])
    assert g.gap_class is GapClass.MODERATE


def test_dimension_gap_uses_medians():
    # today [20, 30, 90] median 30; needed [60, 70, 75] median 70 -> G = +40, major
    g = dimension_gap([20, 90, 30], [75, 60, 70], "outcomes")
    assert g.dimension_id == "outcomes"
    assert g.gap == pytest.approx(40.0)
    assert g.gap_class is GapClass.MAJOR
    assert g.today.median == 30 and g.needed.median == 70
    # stepping back toward cooperation is a legitimate, negative gap: 50 - 70 = -20
    back = dimension_gap([70], [50])
    assert back.gap == pytest.approx(-20.0)
    assert back.gap_class is GapClass.MODERATE
    # no placements in one round: no gap
    none = dimension_gap([50, 60], [])
    assert none.gap is None and none.gap_class is None


def test_most_divergent_picks_lowest_rwg():
    stats = {
        "overall": describe([40, 60]),  # rwg 0.76
        "relationship": describe([20, 40, 60, 80]),  # rwg 0.2
        "integration": describe([35, 60]),  # rwg 0.625
        "outcomes": describe([50]),  # rwg undefined: ignored
    }
    assert most_divergent(stats) == "relationship"
    # a tie goes to the first in order
    tie = {"a": describe([30, 70]), "b": describe([70, 30]), "c": describe([50, 50])}
    assert most_divergent(tie) == "a"
    assert most_divergent({"x": describe([50]), "y": describe([])}) is None
    assert most_divergent({}) is None


def _session_with(positions_by_team: dict[str, float], orgs: dict[str, str] | None = None):
    orgs = orgs or {}
    s = default_template().new_session()
    for tid in positions_by_team:
        s.teams.append(Team(tid, f"Team {tid}", orgs.get(tid, "")))
    for tid, pos in positions_by_team.items():
        s.placements[("today", "relationship", tid)] = pos
    return s


def test_perception_gaps_between_teams():
    # a-b: 10 - 35 = -25 -> flagged; a-c: 10 - 34.9 = -24.9 -> not; b-c: 0.1 -> not
    s = _session_with({"a": 10.0, "b": 35.0, "c": 34.9})
    gaps = perception_gaps(s, "today", "relationship")
    assert len(gaps) == 1
    g = gaps[0]
    assert (g.kind, g.a, g.b, g.round_id, g.dimension_id) == ("team", "a", "b", "today", "relationship")
    assert g.difference == pytest.approx(-25.0)
    # nothing in a round or dimension with no placements
    assert perception_gaps(s, "needed", "relationship") == []
    assert perception_gaps(s, "today", "overall") == []


def test_perception_gaps_between_organisations():
    # North: x1 20, x2 40 -> mean 30; South: y1 55 -> mean 55; 30 - 55 = -25 -> flagged
    # team pairs: x1-x2 -20 no, x1-y1 -35 yes, x2-y1 -15 no; "z" has no organisation
    s = _session_with(
        {"x1": 20.0, "x2": 40.0, "y1": 55.0, "z": 54.0},
        {"x1": "North", "x2": " North ", "y1": "South"},
    )
    gaps = perception_gaps(s, "today", "relationship")
    teams = [(g.a, g.b, g.difference) for g in gaps if g.kind == "team"]
    orgs = [(g.a, g.b, g.difference) for g in gaps if g.kind == "organisation"]
    assert [(a, b) for a, b, _ in teams] == [("x1", "y1"), ("x1", "z")]
    assert teams[0][2] == pytest.approx(-35.0)
    assert teams[1][2] == pytest.approx(-34.0)
    assert len(orgs) == 1
    assert orgs[0][:2] == ("North", "South")
    assert orgs[0][2] == pytest.approx(-25.0)


def test_organisation_gap_of_24_9_not_flagged():
    # North mean 30, South 54.9 -> -24.9: not flagged (the team pair x1-y1 at -34.9 is)
    s = _session_with({"x1": 20.0, "x2": 40.0, "y1": 54.9}, {"x1": "North", "x2": "North", "y1": "South"})
    gaps = perception_gaps(s, "today", "relationship")
    assert [g.kind for g in gaps] == ["team"]
    assert (gaps[0].a, gaps[0].b) == ("x1", "y1")


def test_session_summary_covers_rounds_and_gaps():
    s = _session_with({"a": 20.0, "b": 40.0, "c": 60.0, "d": 80.0})
    for tid, pos in {"a": 70.0, "b": 70.0, "c": 70.0, "d": 70.0}.items():
        s.placements[("needed", "relationship", tid)] = pos
    summary = session_summary(s)
    assert set(summary.stats) == {(r.id, d.id) for r in s.rounds for d in s.dimensions}
    assert summary.stats[("today", "relationship")].rwg == pytest.approx(0.2)
    assert summary.stats[("today", "overall")].n == 0
    # median today 50, needed 70 -> +20, moderate
    assert summary.gaps["relationship"].gap == pytest.approx(20.0)
    assert summary.gaps["relationship"].gap_class is GapClass.MODERATE
    assert summary.gaps["overall"].gap is None
    assert summary.most_divergent == {"today": "relationship", "needed": "relationship"}


# -- properties ----------------------------------------------------------------------


@PROPS
@given(groups)
def test_rwg_and_consensus_in_unit_interval(values):
    r = rwg(values)
    c = consensus(values)
    assert r is not None and 0.0 <= r <= 1.0
    assert c is not None and 0.0 <= c <= 1.0
    s = describe(values)
    assert 0.0 <= s.rwg <= 1.0 and 0.0 <= s.consensus <= 1.0


@PROPS
@given(groups, st.data())
def test_permutation_invariance(values, data):
    shuffled = data.draw(st.permutations(values))
    assert describe(shuffled) == describe(values)
    assert rwg(shuffled) == pytest.approx(rwg(values), abs=1e-12)
    assert consensus(shuffled) == pytest.approx(consensus(values), abs=1e-9)


@PROPS
@given(groups, st.data())
def test_shift_leaves_spread_unchanged(values, data):
    shift = data.draw(st.floats(min_value=-min(values), max_value=100.0 - max(values)))
    moved = [min(100.0, max(0.0, x + shift)) for x in values]
    a, b = describe(values), describe(moved)
    assert b.sd == pytest.approx(a.sd, abs=1e-6)
    assert b.rwg == pytest.approx(a.rwg, abs=1e-9)
    assert b.iqr == pytest.approx(a.iqr, abs=1e-6)
    assert b.consensus == pytest.approx(a.consensus, abs=1e-6)
    assert b.median == pytest.approx(a.median + shift, abs=1e-6)


@PROPS
@given(positions, st.integers(min_value=2, max_value=30))
def test_all_equal_positions_agree_fully(x, n):
    s = describe([x] * n)
    assert s.rwg == pytest.approx(1.0, abs=1e-12)
    assert s.consensus == pytest.approx(1.0, abs=1e-12)
    assert s.band is AgreementBand.ALIGNED
    assert s.sd == pytest.approx(0.0, abs=1e-9)
    assert s.median == x and s.iqr == 0.0


@PROPS
@given(st.lists(positions, min_size=1, max_size=25))
def test_order_statistics_are_ordered(values):
    s = describe(values)
    assert s.minimum == min(values) and s.maximum == max(values)
    assert s.minimum <= s.q1 <= s.median <= s.q3 <= s.maximum
    assert s.minimum - 1e-9 <= s.mean <= s.maximum + 1e-9


def test_single_team_organisations_are_listed_and_marked_as_repeats():
    # Each organisation is one team: North and South are 20 - 60 = -40 apart
    # as organisations too. Every pair is listed; the organisation pair says it
    # repeats the team pair, so a view can fold the two.
    s = _session_with({"a": 20.0, "b": 60.0}, {"a": "North", "b": "South"})
    gaps = perception_gaps(s, "today", "relationship")
    assert [(g.kind, g.a, g.b, g.repeats_team_pair) for g in gaps] == [
        ("team", "a", "b", False),
        ("organisation", "North", "South", True),
    ]
    assert gaps[1].difference == pytest.approx(-40.0)


def test_the_figures_follow_the_positions_when_the_same_list_changes():
    # describe() remembers its latest answers: by the positions, never by
    # the list, so a row's list that changed gives the new figures, and a
    # bad position is refused every time it is asked.
    values = [10.0, 20.0, 30.0]
    assert describe(values).median == 20.0
    values.append(90.0)
    assert describe(values).median == 25.0 and describe(values).n == 4
    assert describe(tuple(values)) == describe(values)
    with pytest.raises(ValueError):
        describe([1.0, math.nan])
    with pytest.raises(ValueError):
        describe([1.0, math.nan])

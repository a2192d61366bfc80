"""Invariants of the statistics (hypothesis), and both computation paths of
describe() (plain formulas for small groups, numpy for large ones) against a
plain-Python reference written here from workshop-method.md section 4."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from collabworkshop.analysis import AgreementBand, describe
from collabworkshop.analysis.stats import VECTOR_MIN, _rwg_from_variance

PROPS = settings(max_examples=60, deadline=None)

any_position = st.floats(min_value=0.0, max_value=100.0, allow_nan=False, allow_infinity=False)
# Positions as the board stores them (0.1 steps): ties and round numbers are common.
grid_position = st.integers(min_value=0, max_value=1000).map(lambda k: k / 10)
position = st.one_of(any_position, grid_position)
groups = st.lists(position, min_size=2, max_size=25)
paths = st.sampled_from(["python", "numpy"])


def run(values: list[float], path: str):
    """describe() on one path: a list under VECTOR_MIN takes the plain path,
    an ndarray always the vectorised one."""
    assert len(values) < VECTOR_MIN
    return describe(np.asarray(values, dtype=float) if path == "numpy" else list(values))


# -- the reference --------------------------------------------------------------------


def reference(values: list[float]) -> dict:
    """Section 4 written out as plainly as possible. rwg (and so the band) in
    exact rational arithmetic over the decimals the positions print as; the
    band on rwg rounded as it is shown."""
    xs = sorted(values)
    n = len(xs)
    mean = math.fsum(xs) / n

    def q(p):  # type 7: h = (n - 1) p, interpolate between order statistics
        h = (n - 1) * p
        lo = math.floor(h)
        hi = min(lo + 1, n - 1)
        return xs[lo] + (h - lo) * (xs[hi] - xs[lo])

    out = {"n": n, "mean": mean, "median": q(0.5), "q1": q(0.25), "q3": q(0.75), "minimum": xs[0], "maximum": xs[-1]}
    out["consensus"] = max(0.0, min(1.0, 1 + sum(math.log2(1 - abs(x - mean) / 100) for x in xs) / n))
    if n < 2:
        out.update(sd=None, rwg=None, band=None)
        return out
    out["sd"] = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / (n - 1))
    exact = [Fraction(repr(x)) for x in xs]
    exact_mean = sum(exact) / n
    exact_var = sum((x - exact_mean) ** 2 for x in exact) / (n - 1)
    r = min(Fraction(1), max(Fraction(0), 1 - exact_var / (Fraction(100) ** 2 / 12)))
    out["rwg"] = float(r)
    # The band is decided on rwg as shown (docs/method.md): two decimals,
    # halves up, after the float residue below 1e-9 is dropped.
    noise_free = Fraction(round(r * 10**9), 10**9)
    as_shown = Fraction(math.floor(noise_free * 100 + Fraction(1, 2)), 100)
    out["band"] = (
        AgreementBand.ALIGNED if as_shown >= Fraction(7, 10) else
        AgreementBand.MIXED if as_shown >= Fraction(1, 2) else AgreementBand.DIVIDED
    )
    return out


def assert_matches_reference(s, ref) -> None:
    assert s.n == ref["n"]
    for key in ("mean", "median", "q1", "q3", "minimum", "maximum", "sd", "rwg", "consensus"):
        got, want = getattr(s, key), ref[key]
        if want is None:
            assert got is None, key
        else:
            assert type(got) is float, (key, type(got))  # plain floats, never numpy scalars
            assert got == pytest.approx(want, rel=1e-12, abs=1e-9), key
    assert s.band is ref["band"]


# -- properties -----------------------------------------------------------------------------


@PROPS
@given(st.lists(position, min_size=1, max_size=25), paths)
def test_both_paths_equal_the_reference(values, path):
    assert_matches_reference(run(values, path), reference(values))


@settings(max_examples=15, deadline=None)
@given(st.lists(position, min_size=VECTOR_MIN, max_size=VECTOR_MIN + 150))
def test_large_groups_take_the_numpy_path_and_equal_the_reference(values):
    assert_matches_reference(describe(values), reference(values))


@PROPS
@given(groups, paths)
def test_rwg_and_consensus_lie_in_the_unit_interval(values, path):
    s = run(values, path)
    assert 0.0 <= s.rwg <= 1.0
    assert 0.0 <= s.consensus <= 1.0
    assert s.band is AgreementBand.from_rwg(s.rwg)


@PROPS
@given(groups, paths, st.data())
def test_order_of_placements_is_irrelevant(values, path, data):
    shuffled = data.draw(st.permutations(values))
    assert run(shuffled, path) == run(values, path)


@PROPS
@given(groups, paths, st.data())
def test_shifting_every_position_moves_the_centre_and_keeps_the_spread(values, path, data):
    shift = data.draw(st.floats(min_value=-min(values), max_value=100.0 - max(values)))
    moved = [x + shift for x in values]
    assume(all(0.0 <= x <= 100.0 for x in moved))
    a, b = run(values, path), run(moved, path)
    for key in ("sd", "rwg", "consensus", "iqr"):
        assert getattr(b, key) == pytest.approx(getattr(a, key), abs=1e-6), key
    for key in ("mean", "median", "q1", "q3", "minimum", "maximum"):
        assert getattr(b, key) == pytest.approx(getattr(a, key) + shift, abs=1e-6), key


@PROPS
@given(groups, paths)
def test_mirroring_the_line_mirrors_the_centre_and_keeps_the_spread(values, path):
    # x -> 100 - x swaps the poles: centre mirrored, quartiles swap, spread kept.
    a, b = run(values, path), run([100.0 - x for x in values], path)
    assert b.mean == pytest.approx(100.0 - a.mean, abs=1e-9)
    assert b.median == pytest.approx(100.0 - a.median, abs=1e-9)
    assert b.q1 == pytest.approx(100.0 - a.q3, abs=1e-9)
    assert b.q3 == pytest.approx(100.0 - a.q1, abs=1e-9)
    assert (b.minimum, b.maximum) == pytest.approx((100.0 - a.maximum, 100.0 - a.minimum), abs=1e-9)
    for key in ("sd", "iqr", "rwg", "consensus"):
        assert getattr(b, key) == pytest.approx(getattr(a, key), abs=1e-9), key


@PROPS
@given(position, st.integers(min_value=2, max_value=40), paths)
def test_all_equal_positions_are_full_agreement_exactly(x, n, path):
    s = run([x] * n, path)
    assert (s.rwg, s.consensus, s.sd, s.iqr) == (1.0, 1.0, 0.0, 0.0)
    assert s.band is AgreementBand.ALIGNED
    assert s.mean == s.median == s.minimum == s.maximum == x


@PROPS
@given(st.integers(min_value=1, max_value=30), paths)
def test_an_even_split_between_the_poles_is_no_consensus(k, path):
    # k at 0 and k at 100: mean 50, every share 1 - 50/100 = 1/2, log2 = -1,
    # Cns = 1 + (1/2k)(2k)(-1) = 0; s^2 = 2500 * 2k / (2k - 1) > 833.33 -> rwg 0
    s = run([0.0] * k + [100.0] * k, path)
    assert s.consensus == pytest.approx(0.0, abs=1e-12)
    assert s.rwg == 0.0
    assert s.band is AgreementBand.DIVIDED


@PROPS
@given(st.lists(position, max_size=1), paths)
def test_fewer_than_two_placements_have_no_rwg(values, path):
    s = run(values, path) if values else describe(values)
    assert s.rwg is None and s.sd is None and s.band is None
    assert s.n == len(values)
    if values:
        assert s.consensus == 1.0 and s.iqr == 0.0


@PROPS
@given(groups, st.integers(min_value=1, max_value=10))
def test_more_spread_never_raises_agreement(values, stretch):
    # Pulling every position away from the midpoint 50 by the same factor
    # multiplies the SD by it: rwg and consensus cannot rise.
    factor = 1 + stretch / 10
    narrow = [50 + (x - 50) / factor for x in values]
    wide = [min(100.0, max(0.0, 50 + (x - 50) * factor)) for x in narrow]
    a, b = describe(narrow), describe(wide)
    assert b.sd == pytest.approx(a.sd * factor, rel=1e-9, abs=1e-9)
    assert b.rwg <= a.rwg + 1e-12
    assert b.consensus <= a.consensus + 1e-12


# -- the band on its thresholds ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["python", "numpy"])
def test_rwg_exactly_on_a_threshold_takes_the_upper_band(path):
    # [30, 40, 50, 60, 70]: mean 50, deviations -20 -10 0 10 20, squares
    # 400 + 100 + 0 + 100 + 400 = 1000, s^2 = 1000 / 4 = 250;
    # rwg = 1 - 250 / (10000 / 12) = 1 - 3000 / 10000 = 0.70 -> Aligned.
    s = run([30, 40, 50, 60, 70], path)
    assert s.rwg == 0.7 and s.band is AgreementBand.ALIGNED
    # [0.2, 5.2, 35.2, 40.2]: mean 20.2, deviations -20 -15 15 20, squares
    # 400 + 225 + 225 + 400 = 1250, s^2 = 1250 / 3 = 416.67;
    # rwg = 1 - 416.67 / 833.33 = 0.50 exactly -> Mixed. In binary floating
    # point the same formula gives 0.4999999999999999 (Divided), which is what
    # the exact recomputation near a threshold is for:
    values = [0.2, 5.2, 35.2, 40.2]
    mean = math.fsum(values) / 4
    naive = _rwg_from_variance(math.fsum((x - mean) ** 2 for x in values) / 3)
    assert naive < 0.5
    s = run(values, path)
    assert s.rwg == 0.5 and s.band is AgreementBand.MIXED
    # [30, 40, 50, 60, 70.1]: mean 50.02, squares 400.8004 + 100.4004 + 0.0004
    # + 99.6004 + 403.2064 = 1004.008, s^2 = 251.002;
    # rwg = 1 - 251.002 * 12 / 10000 = 0.6987976, just below, which shows as
    # 0.70 and so is Aligned (the band is decided on the rwg as shown).
    s = run([30, 40, 50, 60, 70.1], path)
    assert s.rwg == pytest.approx(0.6987976, abs=1e-12)
    assert s.band is AgreementBand.ALIGNED


def test_positions_that_are_not_numbers_are_refused():
    for bad in ([10.0, math.nan], [math.inf, 3.0], np.array([1.0, np.nan])):
        with pytest.raises(ValueError, match="finite"):
            describe(bad)
    with pytest.raises(ValueError, match="finite"):
        describe([math.nan] * VECTOR_MIN)


def test_generators_and_arrays_give_the_same_figures():
    values = [12.5, 80.0, 33.3, 47.1, 47.1, 90.0]
    assert describe(iter(values)) == describe(values)
    a, b = describe(np.array(values)), describe(values)
    for key in ("mean", "median", "sd", "q1", "q3", "rwg", "consensus"):
        assert getattr(a, key) == pytest.approx(getattr(b, key), rel=1e-12)
    assert a.band is b.band and a.n == b.n

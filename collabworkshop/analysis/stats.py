"""The workshop's statistics, exactly as ``workshop-method.md`` section 4
defines them, and the breakdowns built on them: per team, perception gaps
between teams and organisations, the profile across the characteristics.

No Qt. The figures take plain sequences of positions on the 0..100 line and
return plain Python values; ``None`` means "undefined for this many
placements" (the UI shows a dash, never a misleading 0). Large groups are
computed with numpy, small ones with the plain formulas (see describe()).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from ..model.session import Session

#: Width of the line, d in the consensus formula.
LINE_WIDTH = 100.0
#: Variance of a uniform "no agreement" distribution over 0..100 (sigma_EU^2).
SIGMA_EU_SQ = LINE_WIDTH**2 / 12.0
ALIGNED_MIN = 0.70
MIXED_MIN = 0.50
MODERATE_GAP = 12.5
MAJOR_GAP = 37.5
PERCEPTION_GAP = 25.0
#: Placements are decimals (0.1 steps) held as binary floats: a difference
#: of means or medians that is 25 (or 12.5, 37.5) in decimal arithmetic can
#: come out a few ulps short. Differences this close to a threshold count as
#: on it; real differences between positions are far larger.
_THRESHOLD_SLACK = 1e-9


class AgreementBand(enum.Enum):
    ALIGNED = "aligned"
    MIXED = "mixed"
    DIVIDED = "divided"

    @property
    def title(self) -> str:
        return self.value.capitalize()

    @classmethod
    def from_rwg(cls, value: float | None) -> AgreementBand | None:
        if value is None:
            return None
        if value >= ALIGNED_MIN:
            return cls.ALIGNED
        if value >= MIXED_MIN:
            return cls.MIXED
        return cls.DIVIDED


class GapClass(enum.Enum):
    MAINTAIN = "maintain"
    MODERATE = "moderate"
    MAJOR = "major"

    @property
    def title(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class DimensionStats:
    n: int
    mean: float | None
    median: float | None
    sd: float | None  # sample SD (n - 1), None for n < 2
    q1: float | None
    q3: float | None
    minimum: float | None
    maximum: float | None
    rwg: float | None  # None for n < 2
    consensus: float | None  # None for n == 0
    band: AgreementBand | None

    @property
    def iqr(self) -> float | None:
        return None if self.q1 is None or self.q3 is None else self.q3 - self.q1


EMPTY_STATS = DimensionStats(0, None, None, None, None, None, None, None, None, None, None)


def quantile(sorted_values: Sequence[float] | np.ndarray, q: float) -> float:
    """Quantile by linear interpolation between order statistics (Hyndman and
    Fan type 7, the default of numpy and of spreadsheet QUARTILE.INC)."""
    if len(sorted_values) == 0:
        raise ValueError("quantile of no values")
    h = (len(sorted_values) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return float(sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo]))


def rwg(values: Iterable[float]) -> float | None:
    """rwg = 1 - s^2 / sigma_EU^2, clamped to [0, 1]; None for n < 2."""
    return describe(values).rwg


def _rwg_from_variance(var: float) -> float:
    return min(1.0, max(0.0, 1.0 - var / SIGMA_EU_SQ))


def consensus(values: Iterable[float]) -> float | None:
    """Tastle and Wierman's Cns = 1 + (1/n) sum log2(1 - |x - mu| / d); None for n = 0."""
    return describe(values).consensus


#: An rwg computed in floating point this close to a band threshold is
#: recomputed exactly: rounding must not move a group that is exactly on the
#: threshold (rwg 0.70 is Aligned) into the band below.
_THRESHOLD_WINDOW = 1e-9


def _exact_rwg(data: Iterable[float]) -> float:
    """rwg in exact rational arithmetic over the positions as the decimals
    they print as (30.1 is 301/10, not the nearest binary fraction)."""
    xs = [Fraction(repr(float(x))) for x in data]
    n = len(xs)
    mean = sum(xs, Fraction(0)) / n
    var = sum(((x - mean) ** 2 for x in xs), Fraction(0)) / (n - 1)
    exact = 1 - var * 12 / Fraction(int(LINE_WIDTH)) ** 2
    return float(min(Fraction(1), max(Fraction(0), exact)))


def _near_threshold(value: float) -> bool:
    return abs(value - ALIGNED_MIN) < _THRESHOLD_WINDOW or abs(value - MIXED_MIN) < _THRESHOLD_WINDOW


#: From this many positions on, describe() runs vectorised with numpy; below
#: it, numpy's per-call overhead costs more than a plain loop.
VECTOR_MIN = 128


def _sorted_positions(values: Iterable[float]) -> list[float] | np.ndarray:
    """The positions sorted, as a list (few) or a fresh float64 array (many)."""
    if isinstance(values, np.ndarray):
        data = np.array(values, dtype=np.float64).ravel()
    else:
        if not isinstance(values, Sequence):
            values = list(values)
        if len(values) < VECTOR_MIN:
            out = sorted(float(x) for x in values)
            if not all(math.isfinite(x) for x in out):
                raise ValueError("positions must be finite numbers")
            return out
        data = np.fromiter(values, dtype=np.float64, count=len(values))
    if not np.isfinite(data).all():
        raise ValueError("positions must be finite numbers")
    data.sort()
    return data


def _moments_python(data: list[float]) -> tuple[float, float, float]:
    """(mean, sum of squared deviations, sum of log2 shares): the plain formulas."""
    n = len(data)
    mean = math.fsum(data) / n
    squares = math.fsum([(x - mean) ** 2 for x in data])
    log2 = math.log2
    shares = [1.0 - abs(x - mean) / LINE_WIDTH for x in data]
    logs = math.fsum([log2(share) if share > 0 else -math.inf for share in shares])
    return mean, squares, logs


def _moments_numpy(data: np.ndarray) -> tuple[float, float, float]:
    """The same three sums, vectorised, working in place on one scratch array."""
    n = data.size
    mean = float(data.sum()) / n
    dev = data - mean
    # One refinement step brings the mean to within rounding of the exactly
    # rounded one the plain formula takes.
    mean += float(dev.sum()) / n
    np.subtract(data, mean, out=dev)
    squares = float(np.dot(dev, dev))
    np.abs(dev, out=dev)
    dev *= -1.0 / LINE_WIDTH
    dev += 1.0  # the shares 1 - |x - mu| / d
    np.maximum(dev, 0.0, out=dev)  # below 0 only for positions off the line
    with np.errstate(divide="ignore"):
        np.log2(dev, out=dev)
    return mean, squares, float(dev.sum())


def describe(values: Iterable[float]) -> DimensionStats:
    """All of section 4's figures for one dimension in one round.

    Groups of ``VECTOR_MIN`` or more run vectorised with numpy (10,000
    positions in well under a millisecond, see ``bench/bench_stats.py``),
    smaller ones with the plain formulas; the tests check both against a
    plain-Python reference. Raises ValueError for NaN or infinite positions.
    """
    data = _sorted_positions(values)
    n = len(data)
    if n == 0:
        return EMPTY_STATS
    lo, hi = float(data[0]), float(data[-1])
    if lo == hi:
        # Everyone in one place: no spread and full agreement, exactly (no
        # rounding residue from the mean).
        return DimensionStats(
            n=n, mean=lo, median=lo, sd=0.0 if n > 1 else None, q1=lo, q3=lo, minimum=lo, maximum=hi,
            rwg=1.0 if n > 1 else None, consensus=1.0, band=AgreementBand.ALIGNED if n > 1 else None,
        )
    if isinstance(data, np.ndarray):
        mean, squares, logs = _moments_numpy(data)
    else:
        mean, squares, logs = _moments_python(data)
    var = squares / (n - 1)  # n >= 2 here: one position is "all equal"
    r = _rwg_from_variance(var)
    if _near_threshold(r):
        r = _exact_rwg(data)
    return DimensionStats(
        n=n,
        mean=mean,
        median=quantile(data, 0.5),
        sd=math.sqrt(var),
        q1=quantile(data, 0.25),
        q3=quantile(data, 0.75),
        minimum=lo,
        maximum=hi,
        rwg=r,
        consensus=max(0.0, min(1.0, 1.0 + logs / n)),
        band=AgreementBand.from_rwg(r),
    )


def classify_gap(gap: float) -> GapClass:
    size = abs(gap) + _THRESHOLD_SLACK  # 12.5 or 37.5 up to rounding is on the threshold
    if size < MODERATE_GAP:
        return GapClass.MAINTAIN
    if size < MAJOR_GAP:
        return GapClass.MODERATE
    return GapClass.MAJOR


@dataclass(frozen=True)
class GapResult:
    dimension_id: str
    today: DimensionStats
    needed: DimensionStats
    gap: float | None  # median(needed) - median(today)
    gap_class: GapClass | None


def dimension_gap(today: Sequence[float], needed: Sequence[float], dimension_id: str = "") -> GapResult:
    t, nd = describe(today), describe(needed)
    if t.median is None or nd.median is None:
        return GapResult(dimension_id, t, nd, None, None)
    g = nd.median - t.median
    return GapResult(dimension_id, t, nd, g, classify_gap(g))


def most_divergent(stats: dict[str, DimensionStats]) -> str | None:
    """The dimension id with the lowest rwg (first in order on a tie)."""
    best: tuple[float, str] | None = None
    for dim_id, s in stats.items():
        if s.rwg is not None and (best is None or s.rwg < best[0]):
            best = (s.rwg, dim_id)
    return None if best is None else best[1]


#: A callable giving one placer's position, (round_id, dimension_id,
#: placer_id) -> position or None. Session.position by default; the
#: controller's position() includes a drag in progress.
PositionOf = Callable[[str, str, str], "float | None"]


def team_positions(
    session: Session, round_id: str, dimension_id: str, position: PositionOf | None = None
) -> dict[str, list[float]]:
    """Placed positions grouped by team, in team order: a team's own token,
    or in participant mode its participants' tokens. Teams with nothing
    placed are left out."""
    position = position or session.position
    out: dict[str, list[float]] = {}
    if not session.by_participant:
        for team in session.teams:
            value = position(round_id, dimension_id, team.id)
            if value is not None:
                out[team.id] = [value]
        return out
    members: dict[str, list[str]] = {}
    for person in session.participants:
        members.setdefault(person.team_id, []).append(person.id)
    for team in session.teams:
        values = [v for pid in members.get(team.id, ()) if (v := position(round_id, dimension_id, pid)) is not None]
        if values:
            out[team.id] = values
    return out


@dataclass(frozen=True)
class TeamFigures:
    """One team's figures on a dimension in a round (participant mode: over
    its participants; team mode: its own token, n = 1)."""

    team_id: str
    n: int
    mean: float | None
    median: float | None
    minimum: float | None
    maximum: float | None


def team_figures(
    session: Session, round_id: str, dimension_id: str, position: PositionOf | None = None
) -> list[TeamFigures]:
    """Figures for every team, in team order (n = 0 for a team with nothing placed)."""
    grouped = team_positions(session, round_id, dimension_id, position)
    out = []
    for team in session.teams:
        values = sorted(grouped.get(team.id, ()))
        if not values:
            out.append(TeamFigures(team.id, 0, None, None, None, None))
            continue
        mean = math.fsum(values) / len(values)
        out.append(TeamFigures(team.id, len(values), mean, quantile(values, 0.5), values[0], values[-1]))
    return out


@dataclass(frozen=True)
class PerceptionGap:
    dimension_id: str
    round_id: str
    kind: str  # "team" or "organisation"
    a: str  # team id or organisation name
    b: str
    difference: float  # mean(a) - mean(b), |difference| >= 25
    #: An organisation pair of two organisations with one placed team each:
    #: the same two positions as a team pair (listed too), under the
    #: organisations' names. A view may fold it into the team pair.
    repeats_team_pair: bool = False


def perception_gaps(
    session: Session,
    round_id: str,
    dimension_id: str,
    position: PositionOf | None = None,
    *,
    repeats: bool = True,
) -> list[PerceptionGap]:
    """Every pair of teams, and every pair of organisations, 25 points or
    more apart on one dimension in one round. ``repeats=False`` leaves out
    an organisation pair that only repeats a team pair (each organisation
    has one placed team), for texts that would say the same thing twice.

    A team's position is its token (participant mode: the mean of its
    participants'); an organisation's is the mean of its placed teams'.
    Teams without an organisation take part in team pairs only. Pairs come
    in team (and first-seen organisation) order, a before b.
    """
    grouped = team_positions(session, round_id, dimension_id, position)
    by_team = {tid: math.fsum(values) / len(values) for tid, values in grouped.items()}
    out = []
    teams = [t for t in session.teams if t.id in by_team]
    for i, a in enumerate(teams):
        for b in teams[i + 1 :]:
            diff = by_team[a.id] - by_team[b.id]
            if abs(diff) >= PERCEPTION_GAP - _THRESHOLD_SLACK:
                out.append(PerceptionGap(dimension_id, round_id, "team", a.id, b.id, diff))
    orgs: dict[str, list[float]] = {}
    for t in teams:
        if t.organisation.strip():
            orgs.setdefault(t.organisation.strip(), []).append(by_team[t.id])
    names = list(orgs)
    for i, a_name in enumerate(names):
        for b_name in names[i + 1 :]:
            diff = math.fsum(orgs[a_name]) / len(orgs[a_name]) - math.fsum(orgs[b_name]) / len(orgs[b_name])
            if abs(diff) >= PERCEPTION_GAP - _THRESHOLD_SLACK:
                repeat = len(orgs[a_name]) == 1 and len(orgs[b_name]) == 1
                if repeat and not repeats:
                    continue
                out.append(PerceptionGap(dimension_id, round_id, "organisation", a_name, b_name, diff, repeat))
    return out


#: The dimension that sums up the others; the profile shows the rest.
OVERALL_ID = "overall"


def characteristic_ids(session: Session) -> list[str]:
    """The characteristic dimensions, in template order: all but "overall"."""
    return [d.id for d in session.dimensions if d.id != OVERALL_ID]


@dataclass(frozen=True)
class ProfileLine:
    """One round across the characteristics (None where nothing is placed)."""

    round_id: str
    dimension_ids: tuple[str, ...]
    medians: tuple[float | None, ...]
    means: tuple[float | None, ...]


def profile(
    session: Session,
    round_ids: Sequence[str] | None = None,
    stats_of: Callable[[str, str], DimensionStats] | None = None,
) -> list[ProfileLine]:
    """The profile chart's data: per round (all rounds by default, in
    session order), the median and mean of each characteristic dimension.
    ``stats_of(round_id, dimension_id)`` supplies the statistics (default:
    describe() of the session's placements)."""
    if stats_of is None:
        def stats_of(r: str, d: str) -> DimensionStats:
            return describe(session.positions(r, d))

    dims = tuple(characteristic_ids(session))
    out = []
    for rid in round_ids if round_ids is not None else [r.id for r in session.rounds]:
        figures = [stats_of(rid, d) for d in dims]
        out.append(ProfileLine(rid, dims, tuple(s.median for s in figures), tuple(s.mean for s in figures)))
    return out


@dataclass(frozen=True)
class SessionSummary:
    """Statistics for every dimension of every round, plus Today/Needed gaps."""

    stats: dict[tuple[str, str], DimensionStats]  # (round_id, dimension_id)
    gaps: dict[str, GapResult]  # dimension_id, between the first two rounds
    most_divergent: dict[str, str | None]  # round_id -> dimension_id


def session_summary(session: Session) -> SessionSummary:
    stats = {
        (r.id, d.id): describe(session.positions(r.id, d.id))
        for r in session.rounds
        for d in session.dimensions
    }
    gaps = {}
    if len(session.rounds) >= 2:
        today, needed = session.rounds[0].id, session.rounds[1].id
        for d in session.dimensions:
            gaps[d.id] = dimension_gap(
                session.positions(today, d.id), session.positions(needed, d.id), d.id
            )
    divergent = {
        r.id: most_divergent({d.id: stats[(r.id, d.id)] for d in session.dimensions})
        for r in session.rounds
    }
    return SessionSummary(stats, gaps, divergent)

"""The workshop's statistics, exactly as ``workshop-method.md`` section 4
defines them.

All functions take plain sequences of positions on the 0..100 line and
return plain values; ``None`` means "undefined for this many placements"
(the UI shows a dash, never a misleading 0).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """Quantile by linear interpolation between order statistics (Hyndman and
    Fan type 7, the default of numpy and of spreadsheet QUARTILE.INC)."""
    if not sorted_values:
        raise ValueError("quantile of no values")
    h = (len(sorted_values) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (h - lo) * (sorted_values[hi] - sorted_values[lo])


def _mean_and_variance(values: Sequence[float]) -> tuple[float, float | None]:
    n = len(values)
    mean = math.fsum(values) / n
    if n < 2:
        return mean, None
    return mean, math.fsum((x - mean) ** 2 for x in values) / (n - 1)


def rwg(values: Sequence[float]) -> float | None:
    """rwg = 1 - s^2 / sigma_EU^2, clamped to [0, 1]; None for n < 2."""
    if len(values) < 2:
        return None
    _, var = _mean_and_variance(values)
    assert var is not None
    return _rwg_from_variance(var)


def _rwg_from_variance(var: float) -> float:
    return min(1.0, max(0.0, 1.0 - var / SIGMA_EU_SQ))


def consensus(values: Sequence[float]) -> float | None:
    """Tastle and Wierman's Cns = 1 + (1/n) sum log2(1 - |x - mu| / d)."""
    if not values:
        return None
    mean = math.fsum(values) / len(values)
    return _consensus_about(values, mean)


def _consensus_about(values: Sequence[float], mean: float) -> float:
    total = 0.0
    for x in values:
        share = 1.0 - abs(x - mean) / LINE_WIDTH
        # share reaches 0 only if a value sits a full line width from the mean,
        # impossible for a mean of values on the line; guard rounding anyway.
        total += math.log2(share) if share > 0 else -math.inf
    return max(0.0, min(1.0, 1.0 + total / len(values)))


def describe(values: Iterable[float]) -> DimensionStats:
    """All of section 4's figures for one dimension in one round."""
    data = sorted(values)
    n = len(data)
    if n == 0:
        return EMPTY_STATS
    mean, var = _mean_and_variance(data)
    r = None if var is None else _rwg_from_variance(var)
    return DimensionStats(
        n=n,
        mean=mean,
        median=quantile(data, 0.5),
        sd=None if var is None else math.sqrt(var),
        q1=quantile(data, 0.25),
        q3=quantile(data, 0.75),
        minimum=data[0],
        maximum=data[-1],
        rwg=r,
        consensus=_consensus_about(data, mean),
        band=AgreementBand.from_rwg(r),
    )


def classify_gap(gap: float) -> GapClass:
    size = abs(gap)
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


@dataclass(frozen=True)
class PerceptionGap:
    dimension_id: str
    round_id: str
    kind: str  # "team" or "organisation"
    a: str  # team id or organisation name
    b: str
    difference: float  # mean(a) - mean(b), |difference| >= 25


def perception_gaps(session: Session, round_id: str, dimension_id: str) -> list[PerceptionGap]:
    """Pairs of teams, and of organisations, 25 points or more apart.

    An organisation pair is listed only when at least one of the two has more
    than one placed team: otherwise it is the team pair again, under the
    organisations' names.
    """
    by_team = session.placements_by_team(round_id, dimension_id)
    out = []
    teams = [t for t in session.teams if t.id in by_team]
    for i, a in enumerate(teams):
        for b in teams[i + 1 :]:
            diff = by_team[a.id] - by_team[b.id]
            if abs(diff) >= PERCEPTION_GAP:
                out.append(PerceptionGap(dimension_id, round_id, "team", a.id, b.id, diff))
    orgs: dict[str, list[float]] = {}
    for t in teams:
        if t.organisation.strip():
            orgs.setdefault(t.organisation.strip(), []).append(by_team[t.id])
    names = list(orgs)
    for i, a_name in enumerate(names):
        for b_name in names[i + 1 :]:
            if len(orgs[a_name]) == 1 and len(orgs[b_name]) == 1:
                continue
            diff = math.fsum(orgs[a_name]) / len(orgs[a_name]) - math.fsum(orgs[b_name]) / len(orgs[b_name])
            if abs(diff) >= PERCEPTION_GAP:
                out.append(PerceptionGap(dimension_id, round_id, "organisation", a_name, b_name, diff))
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

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
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import numpy as np

from ..model.session import GapPlacement, Session
from ..model.words import word

#: Width of the line, d in the consensus formula.
LINE_WIDTH = 100.0
#: Variance of a uniform "no agreement" distribution over 0..100 (sigma_EU^2).
SIGMA_EU_SQ = LINE_WIDTH**2 / 12.0
ALIGNED_MIN = 0.70
MIXED_MIN = 0.50
MODERATE_GAP = 12.5
MAJOR_GAP = 37.5
PERCEPTION_GAP = 25.0
#: Display precision of the figures that carry a word beside them: rwg (and
#: consensus) with two decimals, gaps and perception gaps with one, the
#: precision positions are placed in (0.1 steps). Bands and classes are
#: decided on the figure rounded to this precision, so that what is shown
#: can never contradict the word beside it.
RWG_DIGITS = 2
GAP_DIGITS = 1
#: Placements are decimals (0.1 steps) held as binary floats, so a figure
#: that is 0.695 or 12.5 in decimal arithmetic can come out a few ulps off
#: (0.6950000000000001, 12.499999999999998). Figures are first rounded to
#: this many decimals, which removes that residue, and then rounded half
#: away from zero to their display precision.
_NOISE_DIGITS = 9


def shown(value: float | None, digits: int) -> float | None:
    """``value`` as it is shown with ``digits`` decimals: the float residue
    of decimal arithmetic removed, then halves rounded away from zero
    (0.695 -> 0.70, 12.45 -> 12.5, -12.45 -> -12.5). None stays None."""
    if value is None:
        return None
    if not math.isfinite(value):
        return float(value)
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-_NOISE_DIGITS), rounding=ROUND_HALF_EVEN)
    return float(exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)) + 0.0  # no -0.0


def shown_rwg(value: float | None) -> float | None:
    """rwg (or consensus) as shown: two decimals; the band is decided on it."""
    return shown(value, RWG_DIGITS)


def shown_gap(value: float | None) -> float | None:
    """A gap or perception gap, in points, as shown: one decimal; the gap
    class and the perception-gap flag are decided on it."""
    return shown(value, GAP_DIGITS)


def _text(value: float | None, digits: int, dash: str, signed: bool) -> str:
    if value is None:
        return dash
    value = shown(value, digits)
    if value == 0:
        return f"{0:.{digits}f}"  # "-0.0" or "+0.0" would read like a direction
    return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"


def rwg_text(value: float | None, dash: str = "-") -> str:
    """rwg (or consensus) as every view and report prints it: "0.70"."""
    return _text(value, RWG_DIGITS, dash, False)


def gap_text(value: float | None, dash: str = "-", *, signed: bool = True) -> str:
    """A gap as every view and report prints it: "+12.5" ("12.5" unsigned,
    for perception gaps, which are distances)."""
    return _text(value, GAP_DIGITS, dash, signed)


class AgreementBand(enum.Enum):
    ALIGNED = "aligned"
    MIXED = "mixed"
    DIVIDED = "divided"

    @property
    def title(self) -> str:
        return word(self)

    @classmethod
    def from_rwg(cls, value: float | None) -> AgreementBand | None:
        """The band of an rwg, decided on the rwg as shown (two decimals):
        0.695 shows as 0.70 and is Aligned."""
        value = shown_rwg(value)
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
        return word(self)


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


#: describe()'s latest answers by their positions: while phones place,
#: the board's rows, the audience display, the console and the statistics
#: panel each ask the figures of the same positions several times a second.
_DESCRIBED: dict[tuple[float, ...], DimensionStats] = {}
_DESCRIBED_KEPT = 64


def describe(values: Iterable[float]) -> DimensionStats:
    """All of section 4's figures for one dimension in one round.

    Groups of ``VECTOR_MIN`` or more run vectorised with numpy (10,000
    positions in well under a millisecond, see ``bench/bench_stats.py``),
    smaller ones with the plain formulas; the tests check both against a
    plain-Python reference. Raises ValueError for NaN or infinite positions.
    The answer for a list or tuple of positions is remembered for the next
    few dozen calls (it is a pure function of them, and immutable).
    """
    if isinstance(values, (list, tuple)):
        key = tuple(values)
        known = _DESCRIBED.get(key)
        if known is None:
            known = _describe(key)
            _DESCRIBED[key] = known
            if len(_DESCRIBED) > _DESCRIBED_KEPT:
                del _DESCRIBED[next(iter(_DESCRIBED))]  # the oldest
        return known
    return _describe(values)


def _describe(values: Iterable[float]) -> DimensionStats:
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
    """The class of a gap, decided on the gap as shown (one decimal): 12.45
    shows as +12.5 and is moderate, 12.44 shows as +12.4 and is maintain."""
    size = abs(shown_gap(gap))  # type: ignore[arg-type]
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
    """The dimension id with the lowest rwg as shown (two decimals; first in
    order on a tie, so of two dimensions both showing 0.45 the first is
    flagged)."""
    best: tuple[float, str] | None = None
    for dim_id, s in stats.items():
        value = shown_rwg(s.rwg)
        if value is not None and (best is None or value < best[0]):
            best = (value, dim_id)
    return None if best is None else best[1]


@dataclass(frozen=True)
class GapRounds:
    """The rounds a session's gaps compare. ``today_base`` and
    ``needed_base`` are the session's own Today and Needed: its first two
    rounds that are neither a follow-up's baseline nor a re-placement.
    ``today`` and ``needed`` are the rounds whose placements are used: the
    base round itself, or (``GapPlacement.LATEST``) its latest re-placement
    that has tokens on it."""

    today_base: str
    needed_base: str
    today: str
    needed: str


def own_rounds(session: Session) -> list[str]:
    """Ids of the session's own rounds, in order: not a baseline, not a re-placement."""
    return [r.id for r in session.rounds if not r.baseline and not r.follows]


def latest_placement(session: Session, round_id: str) -> str:
    """The round holding the latest placement of ``round_id``: follows the
    chain of re-placements (a round whose ``follows`` names it; of several,
    the last in session order) as long as the next one has tokens on it."""
    seen = {round_id}
    current = round_id
    placed: set[str] | None = None
    while True:
        later = [r.id for r in session.rounds if r.follows == current and not r.baseline and r.id not in seen]
        if later and placed is None:
            # Only looked up when there is a re-placement: a drag redraw of a
            # session without one costs nothing here.
            placed = {key[0] for key in session.placements}
        later = [rid for rid in later if placed is not None and rid in placed]
        if not later:
            return current
        current = later[-1]
        seen.add(current)


def gap_rounds(session: Session, placement: GapPlacement | None = None) -> GapRounds | None:
    """The one place that picks the rounds a session's gaps, plan and
    reports compare; None when the session has fewer than two own rounds.
    ``placement`` defaults to the session's setting."""
    own = own_rounds(session)
    if len(own) < 2:
        return None
    today, needed = own[0], own[1]
    placement = placement or session.settings.gap_placement
    if placement is GapPlacement.FIRST:
        return GapRounds(today, needed, today, needed)
    return GapRounds(today, needed, latest_placement(session, today), latest_placement(session, needed))


def gap_round_label(session: Session, base_id: str, used_id: str) -> str:
    """How a report names the round a gap uses: "Today", or for a
    re-placement "Today (After discussion)"."""
    base = session.round(base_id).name
    if used_id == base_id:
        return base
    return f"{base} ({session.round(used_id).name})"


def step_gap_rounds(session: Session, round_id: str, compare_round_id: str) -> tuple[str, str]:
    """(before, after) rounds for the gap a step shows between its compare
    round and its round: when the two are the session's own Today and
    Needed (or re-placements of them), the session's gap rounds, so the
    window says what the reports and the plan say; else the step's own. A
    re-placement that is still hidden (blind) is left out: the step's own
    round stands in for it until it is revealed."""
    rounds = gap_rounds(session)
    if rounds is None or not round_id or not compare_round_id:
        return compare_round_id, round_id

    def base(rid: str) -> str:
        seen = set()
        while rid not in seen:
            seen.add(rid)
            try:
                parent = session.round(rid).follows
            except KeyError:
                return rid
            if not parent:
                return rid
            rid = parent
        return rid

    def unless_hidden(used: str, own: str) -> str:
        # A blind re-placement stays out of the live views until revealed.
        try:
            return own if used != own and session.round(used).hidden else used
        except KeyError:
            return own

    pair = (base(compare_round_id), base(round_id))
    if pair == (rounds.today_base, rounds.needed_base):
        return unless_hidden(rounds.today, compare_round_id), unless_hidden(rounds.needed, round_id)
    if pair == (rounds.needed_base, rounds.today_base):
        return unless_hidden(rounds.needed, compare_round_id), unless_hidden(rounds.today, round_id)
    return compare_round_id, round_id


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


def is_perception_gap(difference: float) -> bool:
    """Flagged when the distance, as shown (one decimal), is 25 or more."""
    distance = abs(difference)
    # Rounding to one decimal moves a value by at most 0.05: only a distance
    # near the threshold needs the exact decimal rounding, which costs more
    # than the rest of a pair (a room of 50 teams has 1,225 pairs per line).
    if distance < PERCEPTION_GAP - 0.1:
        return False
    if distance >= PERCEPTION_GAP:
        return True
    return abs(shown_gap(difference)) >= PERCEPTION_GAP  # type: ignore[arg-type]


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
            if is_perception_gap(diff):
                out.append(PerceptionGap(dimension_id, round_id, "team", a.id, b.id, diff))
    orgs: dict[str, list[float]] = {}
    for t in teams:
        if t.organisation.strip():
            orgs.setdefault(t.organisation.strip(), []).append(by_team[t.id])
    names = list(orgs)
    for i, a_name in enumerate(names):
        for b_name in names[i + 1 :]:
            diff = math.fsum(orgs[a_name]) / len(orgs[a_name]) - math.fsum(orgs[b_name]) / len(orgs[b_name])
            if is_perception_gap(diff):
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
    gaps: dict[str, GapResult]  # dimension_id, between the gap rounds
    most_divergent: dict[str, str | None]  # round_id -> dimension_id
    #: The rounds the gaps compare (None for fewer than two own rounds).
    gap_rounds: GapRounds | None = None


def session_summary(session: Session) -> SessionSummary:
    # Who places is worked out once, not for each of the rounds x dimensions.
    placers = session.placer_ids()
    placements = session.placements

    def positions(round_id: str, dimension_id: str) -> list[float]:
        return [pos for placer in placers if (pos := placements.get((round_id, dimension_id, placer))) is not None]

    stats = {
        (r.id, d.id): describe(positions(r.id, d.id))
        for r in session.rounds
        for d in session.dimensions
    }
    gaps = {}
    rounds = gap_rounds(session)
    if rounds is not None:
        for d in session.dimensions:
            gaps[d.id] = dimension_gap(positions(rounds.today, d.id), positions(rounds.needed, d.id), d.id)
    divergent = {
        r.id: most_divergent({d.id: stats[(r.id, d.id)] for d in session.dimensions})
        for r in session.rounds
    }
    return SessionSummary(stats, gaps, divergent, rounds)

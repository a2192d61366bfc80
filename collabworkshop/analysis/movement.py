"""Movement between a re-placement round and the round it follows.

Pure Python over the model. For each dimension: how far the group's centre
moved (mean and median shift), how agreement changed (rwg and consensus
before and after) and whether the group converged. Per placer: where each
token started and where it ended, for the board's movement arrows.

"Converging" means rwg, as shown (two decimals), rose by at least
:data:`CONVERGE_MIN` (a hundredth of the rwg scale is noise on a 0..100
line); "diverging" that it fell by at least as much; otherwise "steady". With fewer than two placements in either
round rwg is undefined and the verdict is ``None``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..model.session import Session
from ..model.words import word
from .stats import DimensionStats, describe, shown_rwg

#: Smallest rise (or fall) in rwg that counts as converging (diverging).
CONVERGE_MIN = 0.01


class Trend(enum.Enum):
    CONVERGING = "converging"
    STEADY = "steady"
    DIVERGING = "diverging"

    @property
    def title(self) -> str:
        return word(self)


@dataclass(frozen=True)
class TokenMove:
    placer_id: str
    before: float
    after: float

    @property
    def shift(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class DimensionMovement:
    dimension_id: str
    before: DimensionStats
    after: DimensionStats
    moves: tuple[TokenMove, ...]  # placers placed in both rounds, in placer order

    @property
    def mean_shift(self) -> float | None:
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean

    @property
    def median_shift(self) -> float | None:
        if self.before.median is None or self.after.median is None:
            return None
        return self.after.median - self.before.median

    @property
    def rwg_change(self) -> float | None:
        if self.before.rwg is None or self.after.rwg is None:
            return None
        return self.after.rwg - self.before.rwg

    @property
    def consensus_change(self) -> float | None:
        if self.before.consensus is None or self.after.consensus is None:
            return None
        return self.after.consensus - self.before.consensus

    @property
    def trend(self) -> Trend | None:
        if self.rwg_change is None:
            return None
        # Decided on the two rwg as shown (two decimals), so "0.69 -> 0.70"
        # never reads as steady; rounded again to drop the subtraction's
        # floating-point residue (0.70 - 0.69 is 0.0099999... in floats).
        before, after = shown_rwg(self.before.rwg), shown_rwg(self.after.rwg)
        change = shown_rwg(after - before) if before is not None and after is not None else None
        if change is None:
            return None
        if change >= CONVERGE_MIN:
            return Trend.CONVERGING
        if change <= -CONVERGE_MIN:
            return Trend.DIVERGING
        return Trend.STEADY

    @property
    def converged(self) -> bool | None:
        trend = self.trend
        return None if trend is None else trend is Trend.CONVERGING


def dimension_movement(session: Session, before_round: str, after_round: str, dimension_id: str) -> DimensionMovement:
    """The change on one dimension from ``before_round`` to ``after_round``,
    over the placers of the session's current mode."""
    moves = []
    for placer in session.placer_ids():
        a = session.placements.get((before_round, dimension_id, placer))
        b = session.placements.get((after_round, dimension_id, placer))
        if a is not None and b is not None:
            moves.append(TokenMove(placer, a, b))
    return DimensionMovement(
        dimension_id,
        describe(session.positions(before_round, dimension_id)),
        describe(session.positions(after_round, dimension_id)),
        tuple(moves),
    )


def round_movement(session: Session, round_id: str) -> dict[str, DimensionMovement]:
    """Movement on every dimension from the round ``round_id`` follows; empty
    when the round follows none."""
    rnd = session.round(round_id)
    if not rnd.follows:
        return {}
    return {d.id: dimension_movement(session, rnd.follows, round_id, d.id) for d in session.dimensions}

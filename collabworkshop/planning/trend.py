"""Trend: how each dimension moved between two measurements.

Used by the follow-up's trend view (baseline Today against the new Today in
one session) and by ``collabworkshop compare A B`` (Today of session A
against Today of session B). Pure Python.

Per dimension: the position (median, and mean) before and after and its
change, the agreement (rwg and band) before and after and its change, and
the Today-to-Needed gap before and after (G = median(Needed) -
median(Today)) and how much of it closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.stats import (
    AgreementBand,
    DimensionStats,
    describe,
    gap_rounds,
    latest_placement,
    own_rounds,
    rwg_text,
    shown_rwg,
)
from ..common.i18n import translate
from ..common.safetext import printable
from ..model.session import GapPlacement, Session
from .followup import baseline_pairs

#: Changes smaller than this (points on the 0..100 line) count as "no change".
STEADY_POINTS = 2.5
#: rwg changes smaller than this count as "no change".
STEADY_RWG = 0.05


@dataclass(frozen=True)
class Measurement:
    """Where to read one side of the comparison."""

    session: Session
    today: str  # round id
    needed: str = ""  # round id, "" when there is none


@dataclass(frozen=True)
class DimensionTrend:
    dimension_id: str
    name: str
    before: DimensionStats
    after: DimensionStats
    gap_before: float | None
    gap_after: float | None

    @property
    def median_change(self) -> float | None:
        return _diff(self.after.median, self.before.median)

    @property
    def mean_change(self) -> float | None:
        return _diff(self.after.mean, self.before.mean)

    @property
    def rwg_change(self) -> float | None:
        """The change of rwg as shown (two decimals each), so the marker and
        the words are decided on the change a reader can work out."""
        change = _diff(shown_rwg(self.after.rwg), shown_rwg(self.before.rwg))
        return shown_rwg(change)

    @property
    def gap_change(self) -> float | None:
        """Change of |G|: negative when the gap is closing."""
        if self.gap_before is None or self.gap_after is None:
            return None
        return abs(self.gap_after) - abs(self.gap_before)

    @property
    def position_marker(self) -> str:
        return marker(self.median_change, STEADY_POINTS)

    @property
    def agreement_marker(self) -> str:
        return marker(self.rwg_change, STEADY_RWG)

    @property
    def position_words(self) -> str:
        change = self.median_change
        if change is None:
            return translate("Trend", "not comparable")
        if abs(change) < STEADY_POINTS:
            return translate("Trend", "about the same")
        return translate("Trend", "toward collaboration") if change > 0 else translate("Trend", "toward cooperation")

    @property
    def agreement_words(self) -> str:
        change = self.rwg_change
        if change is None:
            return translate("Trend", "not comparable")
        if abs(change) < STEADY_RWG:
            return translate("Trend", "about the same")
        return translate("Trend", "more agreement") if change > 0 else translate("Trend", "less agreement")


def _diff(after: float | None, before: float | None) -> float | None:
    if after is None or before is None:
        return None
    return after - before


def marker(change: float | None, steady: float) -> str:
    """An arrow that also reads without colour: up, down, level or unknown."""
    if change is None:
        return "\u2013"  # en dash: nothing to compare
    if abs(change) < steady:
        return "\u25b6"  # level
    return "\u25b2" if change > 0 else "\u25bc"


def _gap(session: Session, today: str, needed: str, dimension_id: str) -> float | None:
    if not needed:
        return None
    t = describe(session.positions(today, dimension_id)).median
    n = describe(session.positions(needed, dimension_id)).median
    if t is None or n is None:
        return None
    return n - t


def compare(before: Measurement, after: Measurement) -> list[DimensionTrend]:
    """One row per dimension of ``after`` that ``before`` also has, in order."""
    known = {d.id for d in before.session.dimensions}
    out = []
    for dim in after.session.dimensions:
        if dim.id not in known:
            continue
        out.append(
            DimensionTrend(
                dimension_id=dim.id,
                name=dim.name,
                before=describe(before.session.positions(before.today, dim.id)),
                after=describe(after.session.positions(after.today, dim.id)),
                gap_before=_gap(before.session, before.today, before.needed, dim.id),
                gap_after=_gap(after.session, after.today, after.needed, dim.id),
            )
        )
    return out


def session_measurement(session: Session) -> Measurement:
    """A session's own Today and Needed, as its gaps use them (``gap_rounds``)."""
    rounds = gap_rounds(session)
    if rounds is not None:
        return Measurement(session, rounds.today, rounds.needed)
    own = own_rounds(session)
    if not own:
        raise ValueError("the session has no rounds")
    # Only a Today: read it as the gaps would.
    today = own[0] if session.settings.gap_placement is GapPlacement.FIRST else latest_placement(session, own[0])
    return Measurement(session, today)


def followup_trend(session: Session) -> list[DimensionTrend]:
    """A follow-up's baseline Today (and Needed) against its new ones; []
    when the session carries no baseline."""
    pairs = baseline_pairs(session)
    if not pairs:
        return []
    rounds = gap_rounds(session)
    if rounds is None:
        return []
    # Baselines pair with the session's own rounds by name; the new side is
    # read from the placements the gaps use (the latest, by default).
    by_fresh = {fresh.id: base.id for base, fresh in pairs}
    if rounds.today_base not in by_fresh:
        return []
    before = Measurement(session, by_fresh[rounds.today_base], by_fresh.get(rounds.needed_base, ""))
    after = Measurement(session, rounds.today, rounds.needed)
    return compare(before, after)


def band_name(band: AgreementBand | None) -> str:
    return band.title if band is not None else "-"


def _num(value: float | None, fmt: str = ".0f") -> str:
    return "-" if value is None else format(value, fmt)


def _signed(value: float | None, fmt: str = "+.0f") -> str:
    if value is None:
        return "-"
    text = format(value, fmt)
    return text.replace("+0", "0", 1) if text.lstrip("+-").strip("0.") == "" else text


def compare_table(rows: list[DimensionTrend], label_a: str = "A", label_b: str = "B") -> str:
    """Plain aligned text: per dimension, Today's median, mean and rwg in A
    and in B, the change, and the change of the Today-to-Needed gap."""
    header = (
        translate("Trend", "Dimension"), translate("Trend", "{0} median").format(label_a), translate("Trend", "mean"),
        "rwg", translate("Trend", "{0} median").format(label_b), translate("Trend", "mean"), "rwg",
        translate("Trend", "change"), translate("Trend", "rwg change"), translate("Trend", "gap {0}").format(label_a),
        translate("Trend", "gap {0}").format(label_b), translate("Trend", "gap change"),
    )
    table = [header]
    for row in rows:
        table.append((
            row.name,
            _num(row.before.median), _num(row.before.mean), rwg_text(row.before.rwg),
            _num(row.after.median), _num(row.after.mean), rwg_text(row.after.rwg),
            f"{row.position_marker} {_signed(row.median_change)}",
            f"{row.agreement_marker} {_signed(row.rwg_change, '+.2f')}",
            _signed(row.gap_before), _signed(row.gap_after),
            _signed(row.gap_change),
        ))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = []
    for r in table:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]
        # A dimension name's control characters and line breaks show as symbols
        # (one each, so the columns stay aligned) and cannot split the row.
        lines.append(printable("  ".join(cells).rstrip()))
    return "\n".join(lines) + "\n"

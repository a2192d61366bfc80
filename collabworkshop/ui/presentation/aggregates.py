"""One dimension's figures as the console and the audience display show
them beside the board: the median, rwg with its band and the gap with its
class, each decided on the figure as shown (analysis.stats), the gap from
the rounds the reports use."""

from __future__ import annotations

import html

from ...analysis.stats import (
    AgreementBand,
    describe,
    dimension_gap,
    gap_text,
    most_divergent,
    rwg_text,
    session_summary,
    shown_rwg,
    step_gap_rounds,
)
from ...common.i18n import context
from ...model import Session, Step

tr = context("Aggregates")


def dimension_figure_parts(session: Session, step: Step, dimension_id: str) -> list[str] | None:
    """``["median 72.0", "rwg 0.96 aligned", "gap +37.0 moderate"]`` in
    plain text (the audience display's board shows them in each row's
    summary), or None when nobody has placed on the dimension in the
    step's round."""
    now = describe(session.positions(step.round_id, dimension_id))
    if now.median is None:
        return None
    parts = [f"{tr('median')} {gap_text(now.median, signed=False)}"]
    if now.band is not None:
        parts.append(f"rwg {rwg_text(now.rwg)} {now.band.title.lower()}")
    before_id, after_id = step_gap_rounds(session, step.round_id, step.compare_round_id)
    if before_id:
        gap = dimension_gap(session.positions(before_id, dimension_id), session.positions(after_id, dimension_id))
        if gap.gap is not None:
            parts.append(f"{tr('gap')} {gap_text(gap.gap)} {gap.gap_class.title.lower()}")
    return parts


def dimension_figures(session: Session, step: Step, dimension_id: str) -> str | None:
    """``median 72.0, rwg 0.96 aligned, gap +37.0 moderate`` (escaped for
    rich text), or None when nobody has placed on the dimension in the
    step's round."""
    parts = dimension_figure_parts(session, step, dimension_id)
    return None if parts is None else html.escape(", ".join(parts))


def no_placements() -> str:
    return tr("no placements yet")


# -- in words, for the room (the audience display's discuss and wrap-up views) -----------------
def divergent_words(session: Session, step: Step) -> str:
    """The least agreed dimension of the step's rounds (its compare round
    and its own, as the discuss page weighs both), by the statistics
    panel's rule (analysis.most_divergent): "Most divergent: Integration in
    Today (rwg 0.32, divided)"; a hidden (blind) round is left out."""
    candidates = []
    for round_id in (step.compare_round_id, step.round_id):
        try:
            if not round_id or session.round(round_id).hidden:
                continue
            name = session.round(round_id).name
        except KeyError:
            continue
        stats = {d.id: describe(session.positions(round_id, d.id)) for d in session.dimensions}
        divergent = most_divergent(stats)
        if divergent is not None:
            candidates.append((shown_rwg(stats[divergent].rwg), name, divergent, stats[divergent]))
    if not candidates:
        return tr("Most divergent: needs two placements on a line.")
    _, round_name, dim_id, s = min(candidates, key=lambda c: c[0])  # the first on a tie
    name = session.dimension(dim_id).name
    if s.band is AgreementBand.ALIGNED:
        return tr("Every dimension is aligned; the lowest agreement is on {0} in {1} (rwg {2}).").format(
            name, round_name, rwg_text(s.rwg))
    band = s.band.title.lower() if s.band else ""
    return tr("Most divergent: {0} in {1} (rwg {2}, {3})").format(name, round_name, rwg_text(s.rwg), band)


def _gap_line(name: str, gap) -> str:
    return tr("{0} {1} ({2})").format(name, gap_text(gap.gap), gap.gap_class.title.lower())


def step_gap_lines(session: Session, step: Step, limit: int = 3) -> list[str]:
    """The largest gaps between the step's compare round and its round,
    largest first, e.g. "Integration +42.5 (major)"; [] without a compare round."""
    before_id, after_id = step_gap_rounds(session, step.round_id, step.compare_round_id)
    if not before_id:
        return []
    gaps = []
    for dim in session.dimensions:
        gap = dimension_gap(session.positions(before_id, dim.id), session.positions(after_id, dim.id), dim.id)
        if gap.gap is not None:
            gaps.append((abs(gap.gap), dim.name, gap))
    gaps.sort(key=lambda g: -g[0])  # stable: equal gaps keep the template's order
    return [_gap_line(name, gap) for _, name, gap in gaps[:limit]]


def largest_gaps(session: Session, limit: int = 3) -> list[str]:
    """The session's largest Today/Needed gaps (the rounds the reports and
    the plan compare), largest first: "Integration: 22.0 \u2192 70.0, +48.0 (major)"."""
    summary = session_summary(session)
    gaps = [(abs(g.gap), g) for g in summary.gaps.values() if g.gap is not None]
    gaps.sort(key=lambda g: -g[0])
    out = []
    for _, g in gaps[:limit]:
        out.append(tr("{0}: {1} \u2192 {2}, {3} ({4})").format(
            session.dimension(g.dimension_id).name, gap_text(g.today.median, signed=False),
            gap_text(g.needed.median, signed=False), gap_text(g.gap), g.gap_class.title.lower()))
    return out

"""One dimension's figures as the console and the audience display show
them beside the board: the median, rwg with its band and the gap with its
class, each decided on the figure as shown (analysis.stats), the gap from
the rounds the reports use."""

from __future__ import annotations

import html

from ...analysis.stats import describe, dimension_gap, gap_text, rwg_text, step_gap_rounds
from ...common.i18n import context
from ...model import Session, Step

tr = context("Aggregates")


def dimension_figures(session: Session, step: Step, dimension_id: str) -> str | None:
    """``median 72.0, rwg 0.96 aligned, gap +37.0 moderate`` (names are
    escaped for rich text), or None when nobody has placed on the dimension
    in the step's round."""
    now = describe(session.positions(step.round_id, dimension_id))
    if now.median is None:
        return None
    text = f"{tr('median')} {gap_text(now.median, signed=False)}"
    if now.band is not None:
        text += f", rwg {rwg_text(now.rwg)} {html.escape(now.band.title.lower())}"
    before_id, after_id = step_gap_rounds(session, step.round_id, step.compare_round_id)
    if before_id:
        gap = dimension_gap(session.positions(before_id, dimension_id), session.positions(after_id, dimension_id))
        if gap.gap is not None:
            text += f", {tr('gap')} {gap_text(gap.gap)} {html.escape(gap.gap_class.title.lower())}"
    return text


def no_placements() -> str:
    return tr("no placements yet")

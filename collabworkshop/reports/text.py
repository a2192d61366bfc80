"""A plain-text summary of a session's results (``collabworkshop summary``).

Three parts, in the order a facilitator reads them after a workshop:

1. per round, a table of each dimension's figures (n, mean, median, SD,
   IQR, rwg, consensus, agreement band);
2. the gap between the session's own Today and Needed per dimension, with
   its class (each read from its latest re-placement unless the session is
   set to the first placement; the heading names the rounds used);
3. per round, the most divergent dimension (lowest rwg).

Numbers are shown the same way everywhere in the reports: positions and
spreads (mean, median, SD, IQR, gap) with one decimal, rwg and consensus
with two, and "-" where a figure is undefined for that many placements.
rwg and gaps are printed with ``analysis.stats.rwg_text`` and ``gap_text``,
the rounding their band and class are decided on. Names are made printable
(``safetext.printable``) line by line, so a name cannot break a row or reach
a terminal as an escape sequence. No Qt here: the text goes to a terminal or
a file.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..analysis.stats import (
    MAJOR_GAP,
    MODERATE_GAP,
    DimensionStats,
    SessionSummary,
    gap_round_label,
    gap_text,
    rwg_text,
    session_summary,
)
from ..common.i18n import context
from ..common.safetext import printable
from ..model.session import Session

tr = context("Reports")

DASH = "-"
#: Digits after the decimal point for positions/spreads and for indices.
POSITION_DIGITS = 1
INDEX_DIGITS = 2


def format_number(value: float | None, digits: int = POSITION_DIGITS, *, signed: bool = False) -> str:
    """``value`` with ``digits`` decimals, or "-" when it is undefined."""
    if value is None:
        return DASH
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    # "-0.0" reads like a negative gap; zero is zero.
    if text.lstrip("+-").strip("0.") == "":
        text = f"{0:.{digits}f}"
    return text


def format_band(stats: DimensionStats) -> str:
    return DASH if stats.band is None else stats.band.title


def _widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    return [max(len(c) for c in col) for col in zip(headers, *rows, strict=True)]


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    left: Sequence[int] = (0,),
    widths: Sequence[int] | None = None,
) -> list[str]:
    """Columns padded to their widest cell (or to ``widths``, so several
    tables line up); columns in ``left`` are left-aligned, the rest
    right-aligned so that numbers line up on the point."""
    widths = widths or _widths(headers, rows)

    def line(cells: Sequence[str]) -> str:
        parts = [
            str(cell).ljust(w) if i in left else str(cell).rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [line(headers), rule, *(line(r) for r in rows)]


def _heading(text: str, underline: str = "=") -> list[str]:
    return [text, underline * len(text)]


def gap_labels(session: Session, summary: SessionSummary) -> tuple[str, str]:
    """The names of the two rounds the gaps compare, as the reports head
    them: "Today" and "Needed", or "Needed (After discussion)" when a
    re-placement is used. ("", "") when there is no gap."""
    rounds = summary.gap_rounds
    if rounds is None:
        return "", ""
    return (
        gap_round_label(session, rounds.today_base, rounds.today),
        gap_round_label(session, rounds.needed_base, rounds.needed),
    )


def gap_rows(session: Session, summary, class_word) -> list[tuple[str, ...]]:
    """Per dimension: name, Today's median, Needed's median, signed gap, and
    ``class_word(gap_class)``; shared by the text, Markdown and PDF reports.
    Medians and gap with the gaps' rounding, so the gap is the difference of
    the medians as printed (up to its last digit) and its class matches it."""
    rows = []
    for dim in session.dimensions:
        g = summary.gaps[dim.id]
        rows.append(
            (
                dim.name,
                gap_text(g.today.median, DASH, signed=False),
                gap_text(g.needed.median, DASH, signed=False),
                gap_text(g.gap, DASH),
                class_word(g.gap_class),
            )
        )
    return rows


def stats_figures(s: DimensionStats) -> tuple[str, ...]:
    """n, mean, median, SD, IQR, rwg and consensus as printed in every
    report's statistics table (the band follows them there)."""
    return (
        str(s.n),
        format_number(s.mean),
        format_number(s.median),
        format_number(s.sd),
        format_number(s.iqr),
        rwg_text(s.rwg, DASH),
        rwg_text(s.consensus, DASH),
    )


def _stats_row(name: str, s: DimensionStats) -> tuple[str, ...]:
    return (name, *stats_figures(s), format_band(s))


def summary_table(session: Session) -> str:
    """The statistics, gaps and most divergent dimensions as plain text."""
    summary = session_summary(session)
    info = session.info
    out: list[str] = []
    out += _heading(info.title or tr("Untitled session"))
    facts = [
        f"{label}: {value}"
        for label, value in (
            (tr("Organisation"), info.organisation),
            (tr("Date"), info.date),
            (tr("Facilitator"), info.facilitator),
        )
        if value
    ]
    facts.append(tr("Teams: {0}").format(len(session.teams)))
    out.append("; ".join(facts))
    out.append(tr("Positions run from 0 (cooperation) to 100 (collaboration)."))

    stats_headers = (tr("Dimension"), "n", tr("Mean"), tr("Median"), tr("SD"), tr("IQR"), "rwg", tr("Consensus"),
                     tr("Band"))
    round_rows = {
        rnd.id: [_stats_row(dim.name, summary.stats[(rnd.id, dim.id)]) for dim in session.dimensions]
        for rnd in session.rounds
    }
    # One set of column widths for every round, so the tables line up.
    widths = _widths(stats_headers, [row for rows in round_rows.values() for row in rows])
    for rnd in session.rounds:
        out.append("")
        out += _heading(tr("Round: {0}").format(rnd.name), "-")
        out += _table(stats_headers, round_rows[rnd.id], left=(0, 8), widths=widths)

    out.append("")
    if summary.gap_rounds is not None:
        first, second = gap_labels(session, summary)
        out += _heading(tr("Gap: {0} -> {1} (median)").format(first, second), "-")
        rows = gap_rows(session, summary, lambda c: DASH if c is None else c.title)
        out += _table((tr("Dimension"), first, second, tr("Gap"), tr("Class")), rows, left=(0, 4))
        out.append(
            tr("Maintain: |gap| < {0}; moderate: {0} to {1}; major: {1} or more.").format(
                f"{MODERATE_GAP:g}", f"{MAJOR_GAP:g}"
            )
        )
    else:
        out += _heading(tr("Gap"), "-")
        out.append(tr("A gap needs a Today and a Needed round; this session has only one."))

    out.append("")
    out += _heading(tr("Most divergent dimension (lowest rwg)"), "-")
    divergent_rows: list[tuple[str, ...]] = []
    for rnd in session.rounds:
        dim_id = summary.most_divergent.get(rnd.id)
        if dim_id is None:
            divergent_rows.append((rnd.name, DASH, DASH, DASH))
            continue
        s = summary.stats[(rnd.id, dim_id)]
        divergent_rows.append(
            (rnd.name, session.dimension(dim_id).name, rwg_text(s.rwg, DASH), format_band(s))
        )
    out += _table((tr("Round"), tr("Dimension"), "rwg", tr("Band")), divergent_rows, left=(0, 1, 3))
    # Each entry is one line of the layout; a control character or line break
    # inside one came from a name and shows as a symbol (same length, so the
    # columns stay aligned).
    return "\n".join(printable(line) for line in out) + "\n"

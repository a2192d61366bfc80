"""The workshop report as a PDF: what the room placed, what it means, and
what was agreed.

Built with Qt alone: the report is HTML in a QTextDocument, laid out on A4
and painted page by page into a QPdfWriter, so the footer can carry "Page n
of N" and the session title. The caller must have created a
QGuiApplication (or QApplication) first; fonts and images need one.

Written to be read on paper in black and white: agreement bands and gap
classes are words, tables have ruled borders, and nothing depends on colour.
The file is rendered into a temporary file in the destination folder and
renamed over the destination, so a half-written report never replaces a good
one.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from .. import __version__
from ..analysis.stats import (
    MAJOR_GAP,
    MODERATE_GAP,
    PERCEPTION_GAP,
    AgreementBand,
    DimensionStats,
    GapClass,
    SessionSummary,
    rwg_text,
    session_summary,
)
from ..common.i18n import translate
from ..model.session import ActionStatus, Lever, NoteKind, Session
from ..storage.atomic import write_bytes
from .content import (
    SHOWN_ROWS,
    agreed_actions,
    cut,
    dimension_name,
    executive_summary,
    largest_gaps,
    more_line,
    perception_cut,
    placements_cut,
    step_title,
    team_names,
    vote_tally,
)
from .formats import BoardImage
from .progress import ExportCancelled, Progress, Steps
from .text import DASH, format_number, gap_labels, gap_rows, stats_figures


class ReportError(Exception):
    """The report cannot be written; ``str()`` is a message for the user."""


#: Rows of the first page's action table (the rest: "and n more").
FIRST_PAGE_ACTIONS = 8
#: The fewest agreed actions the first page lists before its chart shrinks instead.
MIN_FIRST_PAGE_ACTIONS = 3

# -- page geometry (millimetres) ------------------------------------------------------
MARGIN_LEFT = 18.0
MARGIN_RIGHT = 18.0
MARGIN_TOP = 18.0
MARGIN_BOTTOM = 20.0
#: Distance of the footer's baseline above the bottom edge of the page.
FOOTER_BASELINE = 10.0
#: The document is laid out in pixels of a 96 dpi device, independent of the
#: screen, so the same session always gives the same pages.
LAYOUT_DPI = 96
MM_PER_INCH = 25.4


def _mm_to_layout(mm: float) -> float:
    return mm / MM_PER_INCH * LAYOUT_DPI


# -- words for enums, translatable ----------------------------------------------------


def _band_word(band: AgreementBand | None) -> str:
    return DASH if band is None else band.title


def _gap_word(gap_class: GapClass | None) -> str:
    return DASH if gap_class is None else gap_class.title


def _status_word(status: ActionStatus) -> str:
    return status.title


def _lever_label(lever: Lever) -> str:
    return lever.label


# -- HTML building ---------------------------------------------------------------------

STYLE = """
body { font-size: 9.5pt; color: #000000; }
h1 { font-size: 22pt; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 15pt; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 16px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 3px; }
p.kicker { font-size: 8.5pt; color: #555555; margin-bottom: 10px; }
p.subtitle { font-size: 13pt; color: #333333; margin-bottom: 16px; }
p.note { font-size: 8.5pt; color: #222222; margin-top: 5px; }
p.figure { margin-top: 2px; margin-bottom: 10px; }
p.more { font-size: 8.5pt; font-style: italic; margin-top: 4px; }
p.facts { font-size: 10pt; color: #222222; margin-bottom: 10px; }
ol.gaps li { font-size: 11pt; margin-bottom: 5px; }
h3.glance { font-size: 12.5pt; margin-top: 12px; }
table.data { border-collapse: collapse; margin-top: 2px; margin-bottom: 4px; }
table.data th { background-color: #E6E6E6; font-weight: 600; text-align: left; font-size: 8.5pt;
                border: 0.6px solid #777777; padding: 3px 4px; vertical-align: bottom; }
table.data td { border: 0.6px solid #999999; padding: 3px 4px; vertical-align: top; font-size: 8.5pt; }
table.data td.num, table.data th.num { text-align: right; }
table.small td, table.small th { font-size: 8pt; }
table.facts td { padding: 2px 14px 2px 0px; vertical-align: top; }
td.key { color: #444444; }
td.strong { font-weight: 600; }
span.sub { color: #333333; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: Iterable[int] = (),
    widths: Sequence[int] | None = None,
    small: bool = False,
    strong: Iterable[int] = (),
    escaped: bool = False,
) -> str:
    """An HTML table with a repeating header row. Cells are escaped here
    unless ``escaped`` says the caller did it (to allow line breaks)."""
    numeric = set(numeric)
    strong = set(strong)
    css = "data small" if small else "data"
    out = [f'<table class="{css}" width="100%" cellspacing="0">', "<thead><tr>"]
    for i, header in enumerate(headers):
        attrs = ' class="num"' if i in numeric else ""
        if widths:
            attrs += f' width="{widths[i]}%"'
        out.append(f"<th{attrs}>{_e(header)}</th>")
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            classes = [c for c, on in (("num", i in numeric), ("strong", i in strong)) if on]
            attrs = f' class="{" ".join(classes)}"' if classes else ""
            out.append(f"<td{attrs}>{cell if escaped else _e(cell)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _heading(level: int, text: str, *, new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h{level}{style}>{_e(text)}</h{level}>"


def _p(text: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<p{cls}>{_e(text)}</p>"


def _stats_rows(session: Session, stats: Mapping[tuple[str, str], DimensionStats], round_id: str):
    """Rows of escaped HTML; a Divided band is set in bold, which shows on
    grey paper where a colour would not."""
    for dim in session.dimensions:
        s = stats[(round_id, dim.id)]
        band = _e(_band_word(s.band))
        if s.band is AgreementBand.DIVIDED:
            band = f"<b>{band}</b>"
        yield (_e(dim.name), *stats_figures(s), band)


def _first_page(session: Session, summary, chart_name: str | None, chart_width: float,
                actions: int = FIRST_PAGE_ACTIONS) -> list[str]:
    """What a client takes in within thirty seconds: where the partnership
    stands against where it needs to be (the chart), the three largest gaps
    in words, and what was agreed, by whom and by when."""
    info = session.info
    parts = [
        _p(translate("PdfReport", "CollabWorkshop: workshop report"), "kicker"),
        _heading(1, info.title or translate("PdfReport", "Untitled session")),
        _p(
            translate(
                "PdfReport",
                "From cooperation to collaboration: where the partnership stands, "
                "where it needs to be, and what we agreed to do",
            ),
            "subtitle",
        ),
    ]
    facts = [x for x in (info.organisation, info.date,
                         translate("PdfReport", "facilitated by {name}").format(name=info.facilitator)
                         if info.facilitator else "",
                         translate("PdfReport", "%n team|%n teams", len(session.teams))) if x]
    parts.append(_p(" \u00b7 ".join(facts), "facts"))
    parts.append(_heading(2, translate("PdfReport", "Executive summary")))
    if summary.gap_rounds is None:
        parts.append(_p(translate("PdfReport", "A gap needs a Today and a Needed round; this session has only one.")))
    else:
        first, second = gap_labels(session, summary)
        title = translate("PdfReport", "{first} against {second}").format(first=first, second=second)
        parts.append(f'<h3 class="glance">{_e(title)}</h3>')
        if chart_name:
            parts.append(f'<p class="figure"><img src="{chart_name}" width="{chart_width:.0f}"></p>')
        parts.append(f'<h3 class="glance">{_e(translate("PdfReport", "The three largest gaps"))}</h3>')
        gaps = largest_gaps(session, summary)
        if gaps:
            # A major gap in bold: seen on grey paper, where a colour would not be.
            items = (f"<b>{_e(g.sentence)}</b>" if g.gap_class is GapClass.MAJOR else _e(g.sentence) for g in gaps)
            parts.append('<ol class="gaps">' + "".join(f"<li>{item}</li>" for item in items) + "</ol>")
        else:
            parts.append(_p(translate("PdfReport", "No dimension has tokens in both rounds yet.")))
    parts.append(f'<h3 class="glance">{_e(translate("PdfReport", "Agreed actions"))}</h3>')
    agreed = agreed_actions(session)
    if agreed:
        shown = cut(agreed, whole_up_to=actions, shown=actions)
        parts.append(
            _table(
                (
                    translate("PdfReport", "Action"),
                    translate("PdfReport", "Owner"),
                    translate("PdfReport", "Due"),
                ),
                (
                    (f"<b>{_e(a.title)}</b><br/>" f'<span class="sub">{_e(_lever_label(a.lever))}</span>',
                     _e(a.owner) if a.owner.strip() else f"<i>{_e(translate('PdfReport', 'No owner yet'))}</i>",
                     _e(a.due) if a.due.strip() else f"<i>{_e(translate('PdfReport', 'No date yet'))}</i>")
                    for a in shown.rows
                ),
                widths=(62, 22, 16),
                escaped=True,
            )
        )
        if shown.left_out:
            parts.append(_p(translate("PdfReport", "\u2026 and {n} more in the action plan.").format(n=shown.left_out),
                            "more"))
    else:
        parts.append(_p(translate("PdfReport", "No actions were agreed yet.")))
    waiting = len(session.actions) - len(agreed)
    if waiting:
        parts.append(_p(translate("PdfReport", "%n suggestion awaits a decision (see the action plan).|"
                                  "%n suggestions await a decision (see the action plan).", waiting), "note"))
    return parts


def _cover(session: Session, full: bool = False) -> list[str]:
    """The second page: the facts, the summary in sentences, who took part
    and how to read the figures."""
    info = session.info
    parts = [_heading(2, translate("PdfReport", "About this workshop"), new_page=True)]
    facts = [
        (translate("PdfReport", "Organisation"), info.organisation),
        (translate("PdfReport", "Date"), info.date),
        (translate("PdfReport", "Facilitator"), info.facilitator),
        (translate("PdfReport", "Teams"), str(len(session.teams))),
        (translate("PdfReport", "Rounds"), ", ".join(r.name for r in session.rounds)),
    ]
    parts.append('<table class="facts" cellspacing="0">')
    for key, value in facts:
        parts.append(f'<tr><td class="key">{_e(key)}</td><td>{_e(value or DASH)}</td></tr>')
    parts.append("</table>")

    parts.append(_heading(3, translate("PdfReport", "Teams taking part")))
    if session.teams:
        teams = cut(session.teams, full, whole_up_to=SHOWN_ROWS)
        parts.append(
            _table(
                (
                    translate("PdfReport", "Token"),
                    translate("PdfReport", "Team"),
                    translate("PdfReport", "Organisation"),
                ),
                ((t.initials, t.name, t.organisation or DASH) for t in teams.rows),
                widths=(10, 45, 45),
                strong=(0,),
            )
        )
        if teams.left_out:
            parts.append(_p(more_line(teams.left_out), "more"))
    else:
        parts.append(_p(translate("PdfReport", "No teams were added to this session.")))

    parts.append(_heading(3, translate("PdfReport", "How to read the figures")))
    notes = [
        translate(
            "PdfReport",
            "Each team places a token on a line from 0 (cooperation: working side by side) "
            "to 100 (collaboration: one team). Further right is not automatically better: "
            "the question is where the programme needs to be.",
        ),
        translate(
            "PdfReport",
            "Mean, median, SD (standard deviation) and IQR (interquartile range) are in points "
            "on that line. n is the number of tokens placed.",
        ),
        translate(
            "PdfReport",
            "rwg is within-group agreement, from 0 (no agreement) to 1 (full agreement); "
            "Consensus is Tastle and Wierman's measure on the same 0 to 1 scale. Agreement "
            "is Aligned at rwg 0.70 or more, Mixed from 0.50, Divided below 0.50, "
            "decided on rwg as printed (two decimals). "
            "With few teams rwg moves a lot, so read it beside n and the spread.",
        ),
        translate(
            "PdfReport",
            "The gap is the median of Needed minus the median of Today, each from its "
            "latest placement (a re-placement after discussion, when there is one, unless "
            "the session is set to the first). "
            "Maintain: under {moderate} points; Moderate: {moderate} to {major}; "
            "Major: {major} or more, decided on the gap as printed (one decimal). "
            "A negative gap is a decision to step back towards cooperation.",
        ).format(moderate=f"{MODERATE_GAP:g}", major=f"{MAJOR_GAP:g}"),
        translate("PdfReport", "A dash (-) marks a figure that cannot be computed from the tokens placed."),
    ]
    parts.extend(_p(n) for n in notes)
    return parts


def _round_section(
    session: Session,
    index: int,
    round_id: str,
    stats: Mapping[tuple[str, str], DimensionStats],
    divergent: str | None,
    image_name: str | None,
    image_width: float,
) -> list[str]:
    rnd = session.round(round_id)
    parts = [
        _heading(
            2,
            translate("PdfReport", "Round {number}: {name}").format(number=index, name=rnd.name),
            new_page=True,
        )
    ]
    if image_name:
        parts.append(f'<p class="figure"><img src="{image_name}" width="{image_width:.0f}"></p>')
    parts.append(
        _table(
            (
                translate("PdfReport", "Dimension"),
                translate("PdfReport", "n"),
                translate("PdfReport", "Mean"),
                translate("PdfReport", "Median"),
                translate("PdfReport", "SD"),
                translate("PdfReport", "IQR"),
                translate("PdfReport", "rwg"),
                translate("PdfReport", "Consensus"),
                translate("PdfReport", "Agreement"),
            ),
            _stats_rows(session, stats, round_id),
            numeric=range(1, 8),
            widths=(26, 5, 9, 10, 8, 8, 8, 13, 13),
            escaped=True,
        )
    )
    if divergent is None:
        line = translate("PdfReport", "Most divergent dimension: none (fewer than two tokens on every line).")
    else:
        s = stats[(round_id, divergent)]
        line = translate("PdfReport", "Most divergent dimension: {name} (rwg {rwg}, {band}).").format(
            name=session.dimension(divergent).name,
            rwg=rwg_text(s.rwg, DASH),
            band=_band_word(s.band),
        )
    parts.append(_p(line, "note"))
    return parts


def _gap_section(session: Session, summary) -> list[str]:
    if summary.gap_rounds is None:
        return [
            _heading(2, translate("PdfReport", "Gaps")),
            _p(translate("PdfReport", "A gap needs a Today and a Needed round; this session has only one.")),
        ]
    first, second = gap_labels(session, summary)
    parts = [
        _heading(
            2,
            translate("PdfReport", "Gap from {first} to {second}").format(first=first, second=second),
            new_page=True,
        ),
        _p(translate("PdfReport", "Median position in each round, and the distance between them in points "
                                  "(drawn on the first page).")),
    ]
    rows = gap_rows(session, summary, _gap_word)
    parts.append(
        _table(
            (
                translate("PdfReport", "Dimension"),
                translate("PdfReport", "{round} median").format(round=first),
                translate("PdfReport", "{round} median").format(round=second),
                translate("PdfReport", "Gap"),
                translate("PdfReport", "Class"),
            ),
            rows,
            numeric=(1, 2, 3),
            widths=(38, 16, 16, 12, 18),
            strong=(4,),
        )
    )
    return parts


def _divergence_rows(session: Session, summary):
    for rnd in session.rounds:
        dim_id = summary.most_divergent.get(rnd.id)
        if dim_id is None:
            yield (rnd.name, DASH, DASH, DASH, DASH)
            continue
        s = summary.stats[(rnd.id, dim_id)]
        yield (
            rnd.name,
            session.dimension(dim_id).name,
            rwg_text(s.rwg, DASH),
            format_number(s.sd),
            _band_word(s.band),
        )


def _perception_section(session: Session, summary=None, full: bool = False) -> list[str]:
    summary = summary or session_summary(session)
    parts = [
        # Flows on under the gap table (five rows or so): a page saved.
        _heading(2, translate("PdfReport", "Divergence and perception gaps")),
        _p(
            translate(
                "PdfReport",
                "The dimension with the lowest agreement (rwg) in each round: where the room "
                "saw things most differently.",
            )
        ),
        _table(
            (
                translate("PdfReport", "Round"),
                translate("PdfReport", "Most divergent dimension"),
                translate("PdfReport", "rwg"),
                translate("PdfReport", "SD"),
                translate("PdfReport", "Agreement"),
            ),
            _divergence_rows(session, summary),
            numeric=(2, 3),
            widths=(20, 38, 12, 12, 18),
        ),
        _heading(3, translate("PdfReport", "Perception gaps")),
        _p(
            translate(
                "PdfReport",
                "Teams, or organisations (the mean of their teams), whose positions on a line are "
                "{points} points or more apart. These are worth talking through: partners may see "
                "the same partnership differently, or want different things from it.",
            ).format(points=f"{PERCEPTION_GAP:g}")
        ),
    ]
    shown = perception_cut(session, full, teams_word=translate("PdfReport", "Teams"),
                           organisations_word=translate("PdfReport", "Organisations"))
    if shown.left_out:
        parts.append(_p(translate("PdfReport", "The {n} widest of {total} pairs, widest first.").format(
            n=len(shown.rows), total=f"{len(shown.rows) + shown.left_out:,}")))
    rows = [(r.round_name, r.dimension_name, r.kind, r.higher, r.lower, r.points) for r in shown.rows]
    if rows:
        parts.append(
            _table(
                (
                    translate("PdfReport", "Round"),
                    translate("PdfReport", "Dimension"),
                    translate("PdfReport", "Between"),
                    translate("PdfReport", "Further right"),
                    translate("PdfReport", "Further left"),
                    translate("PdfReport", "Points apart"),
                ),
                rows,
                numeric=(5,),
                widths=(10, 20, 15, 22, 22, 11),
            )
        )
        if shown.left_out:
            parts.append(_p(more_line(shown.left_out), "more"))
    else:
        parts.append(
            _p(
                translate("PdfReport", "No teams or organisations are {points} points or more apart.").format(
                    points=f"{PERCEPTION_GAP:g}"
                )
            )
        )
    return parts


def _plan_section(session: Session) -> list[str]:
    parts = [
        _heading(2, translate("PdfReport", "Action plan"), new_page=True),
    ]
    if not session.actions:
        parts.append(_p(translate("PdfReport", "No actions were agreed in this session.")))
        return parts
    parts.append(
        _p(
            translate(
                "PdfReport",
                "Each action has one accountable owner, a due date and a measure that shows it worked.",
            )
        )
    )
    rows = []
    for n, a in enumerate(session.actions, start=1):
        # Many fields do not fit as many columns on portrait A4 without words
        # breaking mid-way; the lever, impact and effort go under the title,
        # and owner, supporters, due date and status share the last column.
        title = f"<b>{_e(a.title)}</b>"
        if not a.accepted:
            title += " " + _e(translate("PdfReport", "(suggestion, not accepted)"))
        sub = [_e(_lever_label(a.lever))]
        if a.impact or a.effort:
            sub.append(
                _e(translate("PdfReport", "Impact {impact}, effort {effort}").format(
                    impact=a.impact or DASH, effort=a.effort or DASH
                ))
            )
        action_cell = title + "".join(f'<br/><span class="sub">{line}</span>' for line in sub)
        who = [_e(a.owner or translate("PdfReport", "No owner yet"))]
        if a.supporting:
            who.append(
                _e(translate("PdfReport", "Supported by {teams}").format(
                    teams=", ".join(team_names(session, a.supporting))
                ))
            )
        who.append(_e(translate("PdfReport", "Due {date}").format(date=a.due or DASH)))
        who.append(f"<b>{_e(_status_word(a.status))}</b>")
        rows.append((str(n), action_cell, _e(a.why or DASH), _e(a.success_measure or DASH), "<br/>".join(who)))
    parts.append(
        _table(
            (
                "#",
                translate("PdfReport", "Action and lever"),
                translate("PdfReport", "Why"),
                translate("PdfReport", "Success measure"),
                translate("PdfReport", "Owner, supporters, due date, status"),
            ),
            rows,
            widths=(4, 30, 24, 22, 20),
            small=True,
            escaped=True,
        )
    )
    return parts


def _summary_section(session: Session, summary) -> list[str]:
    parts = [_heading(3, translate("PdfReport", "The workshop in brief"))]
    parts.append("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in executive_summary(session, summary)) + "</ul>")
    return parts


def _vote_section(session: Session) -> list[str]:
    parts = [_heading(2, translate("PdfReport", "Lever vote"))]
    tally = vote_tally(session)
    if not tally:
        parts.append(_p(translate("PdfReport", "No lever vote was taken.")))
        return parts
    total = sum(t.dots for t in tally) or 1
    parts.append(
        _p(
            translate("PdfReport", "Dots each team spread over the six levers; most dots first.")
        )
    )
    parts.append(
        _table(
            (
                translate("PdfReport", "Lever"),
                translate("PdfReport", "Dots"),
                translate("PdfReport", "Share"),
                translate("PdfReport", "Teams voting for it"),
            ),
            (
                (_lever_label(t.lever), str(t.dots), f"{100 * t.dots / total:.0f}%", str(t.teams))
                for t in tally
            ),
            numeric=(1, 2, 3),
            widths=(52, 14, 14, 20),
        )
    )
    return parts


def _notes_section(session: Session) -> list[str]:
    parts = [_heading(2, translate("PdfReport", "Notes, decisions and parking lot"))]
    if not session.notes:
        parts.append(_p(translate("PdfReport", "No notes were taken.")))
        return parts
    titles = {
        NoteKind.DECISION: translate("PdfReport", "Decisions"),
        NoteKind.NOTE: translate("PdfReport", "Notes"),
        NoteKind.PARKING: translate("PdfReport", "Parking lot"),
    }
    for kind in (NoteKind.DECISION, NoteKind.NOTE, NoteKind.PARKING):
        items = [n for n in session.notes if n.kind is kind]
        if not items:
            continue
        parts.append(_heading(3, titles[kind]))
        rows = []
        for note in items:
            where = ", ".join(
                x for x in (step_title(session, note.step_id), dimension_name(session, note.dimension_id)) if x
            )
            rows.append((_e(note.text).replace("\n", "<br/>"), _e(where or DASH)))
        parts.append(
            _table(
                (translate("PdfReport", "What was said"), translate("PdfReport", "Step, dimension")),
                rows,
                widths=(70, 30),
                escaped=True,
            )
        )
    return parts


def _appendix_section(session: Session, full: bool = False) -> list[str]:
    parts = [_heading(2, translate("PdfReport", "Appendix: raw placements"), new_page=True)]
    shown = placements_cut(session, full)
    if not shown.rows:
        parts.append(_p(translate("PdfReport", "No tokens were placed.")))
        return parts
    if shown.left_out:
        intro = translate(
            "PdfReport", "The first {n} of {total} tokens placed, by round and dimension; position on the 0 to 100 "
            "line."
        ).format(n=len(shown.rows), total=f"{len(shown.rows) + shown.left_out:,}")
    else:
        intro = translate(
            "PdfReport", "Every token placed, by round and dimension; position on the 0 to 100 line."
        )
    parts.append(_p(intro))
    parts.append(
        _table(
            (
                translate("PdfReport", "Round"),
                translate("PdfReport", "Dimension"),
                translate("PdfReport", "Team"),
                translate("PdfReport", "Participant"),
                translate("PdfReport", "Position"),
            ),
            (
                (r.round_name, r.dimension_name, r.team_name, r.participant_name or DASH, format_number(r.position))
                for r in shown.rows
            ),
            numeric=(4,),
            widths=(16, 32, 26, 16, 10),
            small=True,
        )
    )
    if shown.left_out:
        parts.append(_p(more_line(shown.left_out), "more"))
    return parts


def report_html(
    session: Session,
    image_names: Mapping[str, str],
    image_width: float,
    chart_name: str | None = None,
    chart_width: float = 0,
    *,
    summary: SessionSummary | None = None,
    full_appendix: bool = False,
    first_page_actions: int = FIRST_PAGE_ACTIONS,
) -> str:
    """The report body; ``image_names`` maps round id -> resource URL of its
    board picture (rounds without one get no picture); ``chart_name`` is the
    gap chart's resource URL, if there is one. Long lists show their
    largest rows unless ``full_appendix``; the first page lists at most
    ``first_page_actions`` agreed actions."""
    summary = summary or session_summary(session)
    parts = ["<html><body>"]
    parts += _first_page(session, summary, chart_name, chart_width, first_page_actions)
    cover = _cover(session, full_appendix)
    # The sentences go under the facts, on the page after the first.
    at = cover.index("</table>") + 1
    parts += cover[:at] + _summary_section(session, summary) + cover[at:]
    for i, rnd in enumerate(session.rounds, start=1):
        parts += _round_section(
            session,
            i,
            rnd.id,
            summary.stats,
            summary.most_divergent.get(rnd.id),
            image_names.get(rnd.id),
            image_width,
        )
    parts += _gap_section(session, summary)
    parts += _perception_section(session, summary, full_appendix)
    parts += _vote_section(session)
    parts += _plan_section(session)
    parts += _notes_section(session)
    parts += _appendix_section(session, full_appendix)
    parts.append("</body></html>")
    return "\n".join(parts)


# -- rendering ----------------------------------------------------------------------------


def _report_font(point_size: float) -> QFont:
    font = QFont()
    # The first family the system has wins; all are plain sans-serifs that
    # print well in grey.
    font.setFamilies(["Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    # No ligatures: a reader searching the report for "five" or copying a
    # line into an email gets the letters, not the one "\ufb01" glyph the
    # fonts that have it would draw for "fi".
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


#: Board pictures and the chart are drawn for about this resolution on the
#: page: sharp in print, without the megapixels a wider picture costs in
#: drawing, memory and file size (the board's own default is wider).
IMAGE_DPI = 200


def _image_width_px(text_width_layout: float) -> int:
    return round(text_width_layout / LAYOUT_DPI * IMAGE_DPI)


def board_picture_width() -> int:
    """The width in pixels the report draws a board picture at (the full
    text width of A4 at IMAGE_DPI), for a caller that draws them itself."""
    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
    return _image_width_px(_mm_to_layout(page.width() - MARGIN_LEFT - MARGIN_RIGHT))


def build_document(
    session: Session,
    board_images: Mapping[str, QImage] | None = None,
    *,
    board_image: BoardImage | None = None,
    full_appendix: bool = False,
    steps: Steps | None = None,
) -> tuple[QTextDocument, QImage]:
    """The laid-out report, paginated to the A4 text area.

    Pictures of the board come from ``board_images`` (round id -> image) or
    are drawn here with ``board_image`` (a reports.png.BoardImage), one step
    of ``steps`` each. Returns the document and the 96 dpi image used as
    its layout device; keep both alive while the document is used.
    """
    steps = steps or Steps(None, 1)
    layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
    layout_device.setDotsPerMeterX(dots_per_metre)
    layout_device.setDotsPerMeterY(dots_per_metre)

    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
    text_width = _mm_to_layout(page.width() - MARGIN_LEFT - MARGIN_RIGHT)
    text_height = _mm_to_layout(page.height() - MARGIN_TOP - MARGIN_BOTTOM)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(layout_device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_report_font(9.5))
    doc.setDefaultStyleSheet(STYLE)
    doc.setPageSize(QSizeF(text_width, text_height))

    summary = session_summary(session)
    if board_images is None and board_image is not None:
        from .png import draw_board

        width = _image_width_px(text_width)
        board_images = {}
        for rnd in session.rounds:
            board_images[rnd.id] = draw_board(board_image, session, rnd.id, width)
            steps.step(translate("PdfReport", "Drawing the board of {round}").format(round=rnd.name))
    names: dict[str, str] = {}
    for round_id, image in (board_images or {}).items():
        if image is None or image.isNull():
            continue
        url = f"board-{len(names)}.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        names[round_id] = url
    # Pictures fill the text width, but are never taller than half a page.
    image_width = text_width
    for round_id in names:
        image = board_images[round_id]  # type: ignore[index]
        if image.width() > 0:
            scaled_height = text_width * image.height() / image.width()
            if scaled_height > text_height * 0.5:
                image_width = min(image_width, text_height * 0.5 * image.width() / image.height())
    chart_name = None
    chart_width = 0.0
    if summary.gap_rounds is not None:
        from .gapchart import render_gap_chart

        chart = render_gap_chart(session, _image_width_px(text_width), summary)
        chart_name = "gap-chart.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart_name), chart)
        # On the first page, under the title, with room left for the gaps and actions.
        chart_width = min(text_width, text_height * 0.42 * chart.width() / chart.height())
    steps.step(translate("PdfReport", "Laying out the report"))
    actions, chart_width = _fit_first_page(doc, session, summary, chart_name, chart_width)
    doc.setHtml(report_html(session, names, image_width, chart_name, chart_width, summary=summary,
                            full_appendix=full_appendix, first_page_actions=actions))
    return doc, layout_device


def _fit_first_page(doc: QTextDocument, session: Session, summary: SessionSummary, chart_name: str | None,
                    chart_width: float) -> tuple[int, float]:
    """How many agreed actions the first page lists, and how wide its chart
    is, so that the page stands alone on one sheet: its height depends on the
    fonts the machine has and on the length of the titles, so it is laid out
    (in ``doc``'s page size, fonts and resources) rather than counted. The
    chart gives way first (down to 70 %), then actions (the rest are "in the
    action plan", down to three), then the chart again (down to half)."""
    probe = doc.clone()
    probe.documentLayout().setPaintDevice(doc.documentLayout().paintDevice())

    def fits(actions: int, scale: float) -> bool:
        parts = ["<html><body>", *_first_page(session, summary, chart_name, chart_width * scale, actions),
                 "</body></html>"]
        probe.setHtml("".join(parts))
        return probe.pageCount() <= 1

    tries = [(FIRST_PAGE_ACTIONS, scale) for scale in (1.0, 0.9, 0.8, 0.7)]
    tries += [(actions, 0.7) for actions in range(FIRST_PAGE_ACTIONS - 1, MIN_FIRST_PAGE_ACTIONS - 1, -1)]
    tries += [(MIN_FIRST_PAGE_ACTIONS, scale) for scale in (0.6, 0.5)]
    for actions, scale in tries:
        if fits(actions, scale):
            break
    return actions, chart_width * scale


def _draw_footer(
    painter: QPainter, page: int, pages: int, left_text: str, page_width: float, page_height: float
) -> None:
    font = _report_font(7.5)
    # The painter is scaled to layout pixels; a point size would be resolved
    # for the PDF's own resolution and come out many times too big.
    font.setPixelSize(round(7.5 / 72 * LAYOUT_DPI))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    left = _mm_to_layout(MARGIN_LEFT)
    right = page_width - _mm_to_layout(MARGIN_RIGHT)
    baseline = page_height - _mm_to_layout(FOOTER_BASELINE)
    rule_y = baseline - metrics.ascent() - _mm_to_layout(2)
    painter.setPen(QPen(QColor("#888888"), 0.5))
    painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))
    painter.setPen(QPen(QColor("#333333")))
    page_text = translate("PdfReport", "Page {page} of {pages}").format(page=page, pages=pages)
    page_text_width = metrics.horizontalAdvance(page_text)
    available = right - left - page_text_width - _mm_to_layout(6)
    painter.drawText(
        QPointF(left, baseline),
        metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, available),
    )
    painter.drawText(QPointF(right - page_text_width, baseline), page_text)


def write_pdf_report(
    session: Session,
    out_path: str | os.PathLike[str],
    board_images: Mapping[str, QImage] | None = None,
    *,
    board_image: BoardImage | None = None,
    full_appendix: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write the workshop report for ``session`` to ``out_path`` (A4 PDF).

    ``board_images`` maps round id -> a picture of the board for that round,
    or ``board_image`` draws them; rounds without one are reported without a
    picture. Long lists show their largest rows unless ``full_appendix``.
    ``progress`` hears how far it is and may raise ExportCancelled, which
    leaves ``out_path`` as it was. Raises ReportError when the destination
    cannot be written.
    """
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("write_pdf_report needs a QGuiApplication (or QApplication) to exist")
    dest = Path(out_path)
    data = render_pdf_report(session, board_images, dest, board_image=board_image, full_appendix=full_appendix,
                             progress=progress)
    try:
        write_bytes(dest, data)
    except OSError as exc:
        raise ReportError(str(exc)) from exc


def render_pdf_report(
    session: Session,
    board_images: Mapping[str, QImage] | None = None,
    dest: Path | None = None,
    *,
    board_image: BoardImage | None = None,
    full_appendix: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The report as the bytes of a PDF file. Painted into memory, because
    QPdfWriter reports no write error: written straight to a file on a full
    disk it leaves a cut-off PDF and says nothing. The bytes are checked
    here and written by storage.atomic, which checks every write."""
    # Steps: each board picture, the layout, then each page (added once known).
    steps = Steps(progress, (len(session.rounds) if board_images is None and board_image else 0) + 1)
    steps.report(translate("PdfReport", "Preparing the report"))
    buffer = QBuffer()
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ReportError(translate("PdfReport", "cannot make the report in memory"))
    _render(session, buffer, board_images, dest or Path("report.pdf"), board_image=board_image,
            full_appendix=full_appendix, steps=steps)
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        raise ReportError(translate("PdfReport", "the report could not be drawn completely"))
    return data


def _render(session: Session, device: QBuffer, board_images: Mapping[str, QImage] | None, dest: Path, *,
            board_image: BoardImage | None = None, full_appendix: bool = False, steps: Steps) -> None:
    """Paint the report into ``device``; messages name ``dest``, the file the
    user asked for."""
    doc, layout_device = build_document(session, board_images, board_image=board_image,
                                        full_appendix=full_appendix, steps=steps)
    writer = QPdfWriter(device)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # Margins are drawn by hand below, so the footer can sit in the bottom one.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(session.info.title or translate("PdfReport", "Workshop report"))
    writer.setCreator(f"CollabWorkshop {__version__}")

    page_size = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
    page_width = _mm_to_layout(page_size.width())
    page_height = _mm_to_layout(page_size.height())
    body = doc.pageSize()
    pages = max(1, doc.pageCount())
    steps.add(pages)
    footer = " \u00b7 ".join(
        part for part in (session.info.title, session.info.organisation, session.info.date) if part
    )

    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(translate("PdfReport", "cannot write {path}").format(path=dest))
    try:
        scale = writer.resolution() / LAYOUT_DPI
        painter.scale(scale, scale)
        for page in range(pages):
            if page > 0 and not writer.newPage():
                raise ReportError(translate("PdfReport", "cannot add a page to {path}").format(path=dest))
            painter.save()
            painter.translate(_mm_to_layout(MARGIN_LEFT), _mm_to_layout(MARGIN_TOP) - page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            _draw_footer(painter, page + 1, pages, footer, page_width, page_height)
            steps.step(translate("PdfReport", "Page {page} of {pages}").format(page=page + 1, pages=pages))
    finally:
        painter.end()
    del layout_device  # kept alive until painting is done


__all__ = ["ExportCancelled", "ReportError", "board_picture_width", "build_document", "render_pdf_report",
           "report_html", "write_pdf_report"]

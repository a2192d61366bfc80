"""The workshop report as Markdown, for pasting into a wiki, an issue
tracker or an e-mail: headings, pipe tables and lists (GitHub-flavoured
Markdown, which Confluence, GitLab, Notion and Teams render).

Same content and order as the PDF report, without the pictures. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..analysis.stats import (
    MAJOR_GAP,
    MODERATE_GAP,
    PERCEPTION_GAP,
    SessionSummary,
    gap_text,
    rwg_text,
    session_summary,
)
from ..common.i18n import context
from ..common.safetext import LINE_BREAK
from ..model.session import NoteKind, Session
from ..model.words import level_word
from ..storage.atomic import write_text
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
from .text import DASH, format_band, format_number, gap_labels, gap_rows, stats_figures

tr = context("Reports")

_MD_SPECIAL = "\\`*_{}[]<>#|!~"
#: "&" that would start an entity (``&amp;``, ``&#124;``) and so not show as typed.
_ENTITY_START = re.compile(r"&(?=[#0-9A-Za-z])")
#: An ordered-list marker at the start of a line: "1." or "1)" and a space.
_ORDERED_MARKER = re.compile(r"(\d{1,9})[.)](?=[ \t]|$)")


def escape(text: str) -> str:
    """Text that Markdown shows as written, on one line: specials and entity
    starts escaped, and every kind of line break (CR, LF, CRLF, VT, FF, NEL,
    U+2028, U+2029 ...) as <br>, so a cell stays on its row and a heading or
    list item on its line. For any user text in a table row, heading or list."""
    out = []
    for ch in str(text):
        out.append("\\" + ch if ch in _MD_SPECIAL else ch)
    return LINE_BREAK.sub("<br>", _ENTITY_START.sub(r"\\&", "".join(out)))


def line_start(text: str) -> str:
    """:func:`escape`, for text that begins a list item: also what would
    start a nested block there (a "-" or "+" list marker or rule, "1." or
    "1)", indentation that makes a code block) is neutralised. Headings,
    quotes, fences and HTML are already escaped by :func:`escape`."""
    # Indentation would make a code block; it never shows as text anyway.
    out = escape(text).lstrip(" \t")
    if out[:1] in ("-", "+"):
        return "\\" + out
    marker = _ORDERED_MARKER.match(out)
    if marker:
        return out[:marker.end(1)] + "\\" + out[marker.end(1):]
    return out


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = ()) -> list[str]:
    numeric = set(numeric)
    align = ["---:" if i in numeric else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(escape(h) for h in headers) + " |", "| " + " | ".join(align) + " |"]
    for row in rows:
        lines.append("| " + " | ".join(escape(c) if c != "" else DASH for c in row) + " |")
    return lines


#: Characters of the text chart's line from 0 to 100 (every 2 points).
CHART_WIDTH = 51


def profile_chart(session: Session, summary: SessionSummary) -> list[str]:
    """Today against Needed as a fixed-width text chart (a code block): per
    dimension its line from 0 to 100 with "o" at Today's median and "#" at
    Needed's ("@" where they meet), then the gap as printed and the
    dimension's name. Letters, not colour, and it reads the same in any
    Markdown viewer or e-mail. (The line comes first so that the lines stay
    aligned whatever the names' lengths.)"""
    first, second = gap_labels(session, summary)
    step = 100 / (CHART_WIDTH - 1)
    half = CHART_WIDTH // 2
    lines = ["",
             tr("o = {0} median, # = {1} median, @ = both; the line runs from 0 (cooperation) "
                "to 100 (collaboration)").format(first, second),
             "",
             "  0" + " " * (half - 2) + "50" + " " * (CHART_WIDTH - half - 3) + "100"]
    for dim in session.dimensions:
        g = summary.gaps[dim.id]
        cells = ["-"] * CHART_WIDTH
        cells[0] = cells[-1] = "|"
        marks = []
        if g.today.median is not None:
            marks.append((round(g.today.median / step), "o"))
        if g.needed.median is not None:
            marks.append((round(g.needed.median / step), "#"))
        for at, mark in marks:
            at = max(0, min(CHART_WIDTH - 1, at))
            cells[at] = "@" if cells[at] in "o#" and cells[at] != mark else mark
        cls = g.gap_class.title if g.gap_class is not None else ""
        figure = f"{gap_text(g.gap)} {cls}".strip()
        name = " ".join(dim.name.split())
        lines.append(f"  {''.join(cells)}  {figure:<15} {name}".rstrip())
    # A fence longer than any run of backticks in the names, so no name can close it.
    longest = max((len(run) for line in lines for run in re.findall(r"`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    lines[0] = fence + "text"
    # Names on one line each: a line break in a name would break the row.
    lines[1:] = [LINE_BREAK.sub(" ", line) for line in lines[1:]]
    return [*lines, fence]


def _at_a_glance(session: Session, summary: SessionSummary) -> list[str]:
    """The top of the report, as on the PDF's first page: the profile, the
    three largest gaps in words and the agreed actions."""
    out: list[str] = []
    if summary.gap_rounds is not None:
        first, second = gap_labels(session, summary)
        out += ["### " + escape(tr("{0} against {1}").format(first, second)), ""]
        out += profile_chart(session, summary)
        out += ["", "### " + tr("The three largest gaps"), ""]
        gaps = largest_gaps(session, summary)
        if gaps:
            out += [f"{i}. {line_start(g.sentence)}" for i, g in enumerate(gaps, start=1)]
        else:
            out.append(tr("No dimension has tokens in both rounds yet."))
        out.append("")
    out += ["### " + tr("Agreed actions"), ""]
    agreed = agreed_actions(session)
    if agreed:
        out += table((tr("Action"), tr("Lever"), tr("Owner"), tr("Due")),
                     ((a.title, a.lever.label, a.owner or tr("no owner yet"), a.due or tr("no date yet"))
                      for a in agreed))
    else:
        out.append(tr("No actions were agreed yet."))
    waiting = len(session.actions) - len(agreed)
    if waiting:
        out += ["", tr("%n suggestion awaits a decision (see the action plan).|"
                       "%n suggestions await a decision (see the action plan).", waiting)]
    out.append("")
    return out


def _more(left_out: int) -> list[str]:
    return ["", f"*{escape(more_line(left_out))}*"] if left_out else []


def session_markdown(session: Session, *, full_appendix: bool = False) -> str:
    """The report; long lists (teams, perception gaps, raw placements) show
    their largest rows with a count of the rest unless ``full_appendix``."""
    summary = session_summary(session)
    info = session.info
    out: list[str] = [f"# {escape(info.title or tr('Untitled session'))}", ""]
    facts = [
        (tr("Organisation"), info.organisation),
        (tr("Date"), info.date),
        (tr("Facilitator"), info.facilitator),
        (tr("Teams"), ", ".join(t.name for t in session.teams)),
        (tr("Rounds"), ", ".join(r.name for r in session.rounds)),
    ]
    out += [f"- **{k}:** {escape(v) if v else DASH}" for k, v in facts]
    out += ["", tr("Positions run from 0 (cooperation: working side by side) to 100 (collaboration: one team)."), ""]

    out += ["## " + tr("Executive summary"), ""]
    out += _at_a_glance(session, summary)
    out += ["### " + tr("The workshop in brief"), ""]
    out += [f"- {line_start(line)}" for line in executive_summary(session, summary)]
    out.append("")

    out += ["## " + tr("Teams"), ""]
    if session.teams:
        people: dict[str, list[str]] = {}
        for person in session.participants:
            people.setdefault(person.team_id, []).append(person.name)
        teams = cut(session.teams, full_appendix, whole_up_to=SHOWN_ROWS)
        rows = [(t.initials, t.name, t.organisation, ", ".join(people.get(t.id, ()))) for t in teams.rows]
        out += table((tr("Token"), tr("Team"), tr("Organisation"), tr("Participants")), rows)
        out += _more(teams.left_out)
    else:
        out.append(tr("No teams were added to this session."))
    out.append("")

    for i, rnd in enumerate(session.rounds, start=1):
        flags = [
            w for w, on in ((tr("blind"), rnd.hidden), (tr("baseline from an earlier session"), rnd.baseline)) if on
        ]
        if rnd.follows:
            try:
                flags.append(tr("re-placement of {0}").format(session.round(rnd.follows).name))
            except KeyError:
                pass
        out += ["## " + tr("Round {0}: {1}").format(i, escape(rnd.name)), ""]
        if flags:
            out += [f"*{escape('; '.join(flags).capitalize())}*", ""]
        rows = []
        for dim in session.dimensions:
            s = summary.stats[(rnd.id, dim.id)]
            rows.append((dim.name, *stats_figures(s), format_band(s)))
        out += table(
            (tr("Dimension"), "n", tr("Mean"), tr("Median"), tr("SD"), tr("IQR"), "rwg", tr("Consensus"),
             tr("Agreement")),
            rows,
            range(1, 8),
        )
        divergent = summary.most_divergent.get(rnd.id)
        out.append("")
        if divergent is None:
            out.append(tr("Most divergent dimension: none (fewer than two tokens on every line)."))
        else:
            s = summary.stats[(rnd.id, divergent)]
            out.append(
                tr("Most divergent dimension: **{0}** (rwg {1}).").format(
                    escape(session.dimension(divergent).name), rwg_text(s.rwg, DASH)
                )
            )
        out.append("")

    out += ["## " + tr("Gaps"), ""]
    if summary.gap_rounds is not None:
        first, second = gap_labels(session, summary)
        out += [tr("Median of {0} minus median of {1}, in points.").format(escape(second), escape(first)), ""]
        out += table(
            (tr("Dimension"), tr("{0} median").format(first), tr("{0} median").format(second), tr("Gap"), tr("Class")),
            gap_rows(session, summary, lambda c: DASH if c is None else c.title),
            (1, 2, 3),
        )
        out += [
            "",
            tr("Maintain: under {0} points; moderate: {0} to {1}; major: {1} or more.").format(
                f"{MODERATE_GAP:g}", f"{MAJOR_GAP:g}"
            ),
        ]
    else:
        out.append(tr("A gap needs a Today and a Needed round; this session has only one."))
    out.append("")

    out += ["## " + tr("Perception gaps"), ""]
    shown = perception_cut(session, full_appendix, teams_word=tr("Teams"), organisations_word=tr("Organisations"))
    if shown.left_out:
        total = len(shown.rows) + shown.left_out
        out += [tr("The {0} widest of {1} pairs, widest first.").format(len(shown.rows), f"{total:,}"), ""]
    if shown.rows:
        out += table(
            (tr("Round"), tr("Dimension"), tr("Between"), tr("Further right"), tr("Further left"), tr("Points apart")),
            ((r.round_name, r.dimension_name, r.kind, r.higher, r.lower, r.points) for r in shown.rows),
            (5,),
        )
        out += _more(shown.left_out)
    else:
        out.append(tr("No teams or organisations are {0} points or more apart.").format(f"{PERCEPTION_GAP:g}"))
    out.append("")

    out += ["## " + tr("Lever vote"), ""]
    tally = vote_tally(session)
    if tally:
        out += table(
            (tr("Lever"), tr("Dots"), tr("Teams")), ((t.lever.label, str(t.dots), str(t.teams)) for t in tally), (1, 2)
        )
    else:
        out.append(tr("No lever vote was taken."))
    out.append("")

    out += ["## " + tr("Action plan"), ""]
    if session.actions:
        rows = []
        for n, a in enumerate(session.actions, start=1):
            rows.append(
                (
                    str(n),
                    a.title + ("" if a.accepted else tr(" (suggestion)")),
                    a.lever.label,
                    a.why,
                    a.owner,
                    ", ".join(team_names(session, a.supporting)),
                    a.due,
                    a.status.title,
                    a.success_measure,
                    " / ".join(level_word(x) for x in (a.impact, a.effort) if x),
                )
            )
        out += table(
            ("#", tr("Action"), tr("Lever"), tr("Why"), tr("Owner"), tr("Supporting"), tr("Due"), tr("Status"),
             tr("Success measure"), tr("Impact / effort")),
            rows,
            (0,),
        )
    else:
        out.append(tr("No actions were agreed in this session."))
    out.append("")

    out += ["## " + tr("Notes, decisions and parking lot"), ""]
    if session.notes:
        for kind in (NoteKind.DECISION, NoteKind.NOTE, NoteKind.PARKING):
            items = [n for n in session.notes if n.kind is kind]
            if not items:
                continue
            out += [f"### {kind.title}", ""]
            for note in items:
                where = ", ".join(x for x in (step_title(session, note.step_id),
                                              dimension_name(session, note.dimension_id)) if x)
                out.append(f"- {line_start(note.text)}" + (f" *({escape(where)})*" if where else ""))
            out.append("")
    else:
        out += [tr("No notes were taken."), ""]

    out += ["## " + tr("Appendix: raw placements"), ""]
    shown_records = placements_cut(session, full_appendix)
    if shown_records.rows:
        if shown_records.left_out:
            total = len(shown_records.rows) + shown_records.left_out
            out += [tr("The first {0} of {1} tokens placed.").format(len(shown_records.rows), f"{total:,}"), ""]
        out += table(
            (tr("Round"), tr("Dimension"), tr("Team"), tr("Participant"), tr("Position")),
            ((r.round_name, r.dimension_name, r.team_name, r.participant_name, format_number(r.position))
             for r in shown_records.rows),
            (4,),
        )
        out += _more(shown_records.left_out)
    else:
        out.append(tr("No tokens were placed."))
    out.append("")
    return "\n".join(out)


def write_markdown(session: Session, dest: Path, *, full_appendix: bool = False) -> None:
    """Raises OSError (DestinationError) with a message for the user."""
    write_text(Path(dest), session_markdown(session, full_appendix=full_appendix))

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
    gap_text,
    perception_gaps,
    rwg_text,
    session_summary,
)
from ..model.session import NoteKind, Session
from ..safetext import LINE_BREAK
from ..storage.atomic import write_text
from .content import (
    dimension_name,
    executive_summary,
    placement_records,
    step_title,
    team_names,
    vote_tally,
)
from .text import DASH, format_band, format_number, gap_labels, gap_rows, stats_figures

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


def session_markdown(session: Session) -> str:
    summary = session_summary(session)
    info = session.info
    out: list[str] = [f"# {escape(info.title or 'Untitled session')}", ""]
    facts = [
        ("Organisation", info.organisation),
        ("Date", info.date),
        ("Facilitator", info.facilitator),
        ("Teams", ", ".join(t.name for t in session.teams)),
        ("Rounds", ", ".join(r.name for r in session.rounds)),
    ]
    out += [f"- **{k}:** {escape(v) if v else DASH}" for k, v in facts]
    out += ["", "Positions run from 0 (cooperation: working side by side) to 100 (collaboration: one team).", ""]

    out += ["## Executive summary", ""]
    out += [f"- {line_start(line)}" for line in executive_summary(session, summary)]
    out.append("")

    out += ["## Teams", ""]
    if session.teams:
        rows = []
        for t in session.teams:
            people = ", ".join(p.name for p in session.team_participants(t.id))
            rows.append((t.initials, t.name, t.organisation, people))
        out += table(("Token", "Team", "Organisation", "Participants"), rows)
    else:
        out.append("No teams were added to this session.")
    out.append("")

    for i, rnd in enumerate(session.rounds, start=1):
        flags = [w for w, on in (("blind", rnd.hidden), ("baseline from an earlier session", rnd.baseline)) if on]
        if rnd.follows:
            try:
                flags.append(f"re-placement of {session.round(rnd.follows).name}")
            except KeyError:
                pass
        out += [f"## Round {i}: {escape(rnd.name)}", ""]
        if flags:
            out += [f"*{escape('; '.join(flags).capitalize())}*", ""]
        rows = []
        for dim in session.dimensions:
            s = summary.stats[(rnd.id, dim.id)]
            rows.append((dim.name, *stats_figures(s), format_band(s)))
        out += table(
            ("Dimension", "n", "Mean", "Median", "SD", "IQR", "rwg", "Consensus", "Agreement"), rows, range(1, 8)
        )
        divergent = summary.most_divergent.get(rnd.id)
        out.append("")
        if divergent is None:
            out.append("Most divergent dimension: none (fewer than two tokens on every line).")
        else:
            s = summary.stats[(rnd.id, divergent)]
            out.append(
                f"Most divergent dimension: **{escape(session.dimension(divergent).name)}** "
                f"(rwg {rwg_text(s.rwg, DASH)})."
            )
        out.append("")

    out += ["## Gaps", ""]
    if summary.gap_rounds is not None:
        first, second = gap_labels(session, summary)
        out += [f"Median of {escape(second)} minus median of {escape(first)}, in points.", ""]
        out += table(
            ("Dimension", f"{first} median", f"{second} median", "Gap", "Class"),
            gap_rows(session, summary, lambda c: DASH if c is None else c.title),
            (1, 2, 3),
        )
        out += [
            "",
            f"Maintain: under {MODERATE_GAP:g} points; moderate: {MODERATE_GAP:g} to {MAJOR_GAP:g}; "
            f"major: {MAJOR_GAP:g} or more.",
        ]
    else:
        out.append("A gap needs a Today and a Needed round; this session has only one.")
    out.append("")

    out += ["## Perception gaps", ""]
    rows = []
    for rnd in session.rounds:
        for dim in session.dimensions:
            for pg in perception_gaps(session, rnd.id, dim.id, repeats=False):
                if pg.kind == "team":
                    a, b = team_names(session, (pg.a, pg.b))
                    kind = "Teams"
                else:
                    a, b, kind = pg.a, pg.b, "Organisations"
                higher, lower = (a, b) if pg.difference >= 0 else (b, a)
                rows.append((rnd.name, dim.name, kind, higher, lower, gap_text(abs(pg.difference), signed=False)))
    if rows:
        out += table(("Round", "Dimension", "Between", "Further right", "Further left", "Points apart"), rows, (5,))
    else:
        out.append(f"No teams or organisations are {PERCEPTION_GAP:g} points or more apart.")
    out.append("")

    out += ["## Lever vote", ""]
    tally = vote_tally(session)
    if tally:
        out += table(("Lever", "Dots", "Teams"), ((t.lever.label, str(t.dots), str(t.teams)) for t in tally), (1, 2))
    else:
        out.append("No lever vote was taken.")
    out.append("")

    out += ["## Action plan", ""]
    if session.actions:
        rows = []
        for n, a in enumerate(session.actions, start=1):
            rows.append(
                (
                    str(n),
                    a.title + ("" if a.accepted else " (suggestion)"),
                    a.lever.label,
                    a.why,
                    a.owner,
                    ", ".join(team_names(session, a.supporting)),
                    a.due,
                    a.status.title,
                    a.success_measure,
                    " / ".join(x for x in (a.impact, a.effort) if x),
                )
            )
        out += table(
            ("#", "Action", "Lever", "Why", "Owner", "Supporting", "Due", "Status", "Success measure",
             "Impact / effort"),
            rows,
            (0,),
        )
    else:
        out.append("No actions were agreed in this session.")
    out.append("")

    out += ["## Notes, decisions and parking lot", ""]
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
        out += ["No notes were taken.", ""]

    out += ["## Appendix: raw placements", ""]
    records = placement_records(session)
    if records:
        out += table(
            ("Round", "Dimension", "Team", "Participant", "Position"),
            ((r.round_name, r.dimension_name, r.team_name, r.participant_name, format_number(r.position))
             for r in records),
            (4,),
        )
    else:
        out.append("No tokens were placed.")
    out.append("")
    return "\n".join(out)


def write_markdown(session: Session, dest: Path) -> None:
    """Raises OSError (DestinationError) with a message for the user."""
    write_text(Path(dest), session_markdown(session))

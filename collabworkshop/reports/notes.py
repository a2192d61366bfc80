"""The report's "Discussion notes" section: notes and decisions by step
(with their dimension), then the parking lot. Plain HTML for the report's
QTextDocument; no Qt here."""

from __future__ import annotations

import html

from ..model import NoteKind, Session


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def notes_html(session: Session) -> str:
    """The section, or "" when the session has no notes."""
    if not session.notes:
        return ""

    def dimension(note) -> str:
        try:
            return session.dimension(note.dimension_id).name if note.dimension_id else ""
        except KeyError:
            return ""

    def items(notes) -> str:
        out = []
        for note in notes:
            dim = dimension(note)
            prefix = "<b>Decision:</b> " if note.kind is NoteKind.DECISION else ""
            suffix = f" <i>({_e(dim)})</i>" if dim else ""
            out.append(f"<li>{prefix}{_e(note.text)}{suffix}</li>")
        return "<ul>" + "".join(out) + "</ul>"

    parts = ["<h2>Discussion notes</h2>"]
    discussed = [n for n in session.notes if n.kind is not NoteKind.PARKING]
    known = {st.id for st in session.steps}
    for step in session.steps:
        mine = [n for n in discussed if n.step_id == step.id]
        if mine:
            parts.append(f"<h3>{_e(step.title)}</h3>" + items(mine))
    loose = [n for n in discussed if n.step_id not in known]
    if loose:
        parts.append("<h3>Other notes</h3>" + items(loose))
    parking = [n for n in session.notes if n.kind is NoteKind.PARKING]
    if parking:
        parts.append("<h3>Parking lot</h3>" + items(parking))
    return "\n".join(parts)

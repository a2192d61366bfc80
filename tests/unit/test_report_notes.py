"""The report's discussion-notes section (reports/notes.py)."""

from __future__ import annotations

from collabworkshop.model import Dimension, Note, NoteKind, Session, Step, StepKind
from collabworkshop.reports.notes import notes_html


def test_no_notes_no_section():
    assert notes_html(Session()) == ""


def test_notes_by_step_in_agenda_order_then_parking_lot_escaped():
    session = Session(
        dimensions=[Dimension("d1", "Integration", "low", "high")],
        steps=[Step("s1", "Place", StepKind.PLACE), Step("s2", "Discuss", StepKind.DISCUSS)],
        notes=[
            Note("n1", NoteKind.DECISION, "Meet <monthly> & log it", "s2"),
            Note("n2", NoteKind.NOTE, "Integration splits us", "s1", "d1"),
            Note("n3", NoteKind.PARKING, "Budget rules", "s1"),
            Note("n4", NoteKind.NOTE, "From a removed step", "gone"),
        ],
    )
    out = notes_html(session)
    assert out.index("<h3>Place</h3>") < out.index("<h3>Discuss</h3>") < out.index("Other notes") \
        < out.index("Parking lot")
    assert "<b>Decision:</b> Meet &lt;monthly&gt; &amp; log it" in out
    assert "Integration splits us <i>(Integration)</i>" in out
    assert out.count("Budget rules") == 1

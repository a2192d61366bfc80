"""Notes, decisions and parking-lot items taken during the discussion."""

from __future__ import annotations

from dataclasses import replace

from ...common.i18n import QT_TRANSLATE_NOOP
from ...model import AddItem, Note, NoteKind, RemoveItem, Session, SetItem
from ...model.session import clean_text
from . import OperationRefused, check_room


def _note(session: Session, note_id: str) -> Note:
    for note in session.notes:
        if note.id == note_id:
            return note
    raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "This session has no note {0}."), note_id)


def add_note(session: Session, text: str, kind: NoteKind = NoteKind.NOTE, step_id: str = "",
             dimension_id: str = "", label: str = "") -> AddItem:
    text = clean_text(text)
    if not text:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "A note needs some text."))
    check_room(session, "notes")
    note = Note(session.new_note_id(), kind, text, step_id, dimension_id)
    return AddItem("notes", note, len(session.notes), label=label)


def edit_note(session: Session, note_id: str, text: str, label: str = "") -> SetItem | None:
    """New text for a note; an emptied or unchanged text leaves it as it was
    (removing is its own operation)."""
    note = _note(session, note_id)
    text = clean_text(text)
    if not text or text == note.text:
        return None
    return SetItem("notes", replace(note, text=text), label)


def remove_note(session: Session, note_id: str, label: str = "") -> RemoveItem:
    _note(session, note_id)
    return RemoveItem("notes", note_id, label)

"""The one table of words for the enum values a user sees (levers, action
statuses, step and note kinds, agreement bands, gap classes, trends, levels).

Every view, report and the CLI shows an enum through ``word(member)`` (each
enum's ``title`` property calls it), so a word is written, and translated,
in one place. Keys are the enum's class name and value, so this module needs
no import of the enums (analysis' enums live above the model).
"""

from __future__ import annotations

import enum

from ..common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Words"

WORDS: dict[str, dict[str, str]] = {
    "Lever": {
        "L1": QT_TRANSLATE_NOOP("Words", "Shared goals"),
        "L2": QT_TRANSLATE_NOOP("Words", "Joint governance"),
        "L3": QT_TRANSLATE_NOOP("Words", "Psychological safety"),
        "L4": QT_TRANSLATE_NOOP("Words", "Open communication"),
        "L5": QT_TRANSLATE_NOOP("Words", "Mutual accountability"),
        "L6": QT_TRANSLATE_NOOP("Words", "The right partners"),
    },
    "ActionStatus": {
        "not_started": QT_TRANSLATE_NOOP("Words", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("Words", "In progress"),
        "done": QT_TRANSLATE_NOOP("Words", "Done"),
        "blocked": QT_TRANSLATE_NOOP("Words", "Blocked"),
    },
    "StepKind": {
        "info": QT_TRANSLATE_NOOP("Words", "Information"),
        "place": QT_TRANSLATE_NOOP("Words", "Placement"),
        "discuss": QT_TRANSLATE_NOOP("Words", "Discussion"),
        "vote": QT_TRANSLATE_NOOP("Words", "Lever vote"),
        "plan": QT_TRANSLATE_NOOP("Words", "Action plan"),
        "review": QT_TRANSLATE_NOOP("Words", "Review actions"),
        "wrapup": QT_TRANSLATE_NOOP("Words", "Wrap-up"),
    },
    "NoteKind": {
        "note": QT_TRANSLATE_NOOP("Words", "Note"),
        "decision": QT_TRANSLATE_NOOP("Words", "Decision"),
        "parking": QT_TRANSLATE_NOOP("Words", "Parking lot"),
    },
    "AgreementBand": {
        "aligned": QT_TRANSLATE_NOOP("Words", "Aligned"),
        "mixed": QT_TRANSLATE_NOOP("Words", "Mixed"),
        "divided": QT_TRANSLATE_NOOP("Words", "Divided"),
    },
    "GapClass": {
        "maintain": QT_TRANSLATE_NOOP("Words", "Maintain"),
        "moderate": QT_TRANSLATE_NOOP("Words", "Moderate"),
        "major": QT_TRANSLATE_NOOP("Words", "Major"),
    },
    "Trend": {
        "converging": QT_TRANSLATE_NOOP("Words", "Converging"),
        "steady": QT_TRANSLATE_NOOP("Words", "Steady"),
        "diverging": QT_TRANSLATE_NOOP("Words", "Diverging"),
    },
    # Effort and impact of an action, and a lever's importance from the vote.
    "Level": {
        "low": QT_TRANSLATE_NOOP("Words", "Low"),
        "medium": QT_TRANSLATE_NOOP("Words", "Medium"),
        "high": QT_TRANSLATE_NOOP("Words", "High"),
    },
    # Fields a user edits, as an undo text names them ("Edit due").
    "Field": {
        "title": QT_TRANSLATE_NOOP("Words", "title"),
        "organisation": QT_TRANSLATE_NOOP("Words", "organisation"),
        "date": QT_TRANSLATE_NOOP("Words", "date"),
        "facilitator": QT_TRANSLATE_NOOP("Words", "facilitator"),
        "name": QT_TRANSLATE_NOOP("Words", "name"),
        "colour": QT_TRANSLATE_NOOP("Words", "colour"),
        "lever": QT_TRANSLATE_NOOP("Words", "lever"),
        "why": QT_TRANSLATE_NOOP("Words", "why"),
        "owner": QT_TRANSLATE_NOOP("Words", "owner"),
        "due": QT_TRANSLATE_NOOP("Words", "due"),
        "success_measure": QT_TRANSLATE_NOOP("Words", "success measure"),
        "status": QT_TRANSLATE_NOOP("Words", "status"),
        "impact": QT_TRANSLATE_NOOP("Words", "impact"),
        "effort": QT_TRANSLATE_NOOP("Words", "effort"),
        "supporting": QT_TRANSLATE_NOOP("Words", "supporting"),
        "accepted": QT_TRANSLATE_NOOP("Words", "accepted"),
    },
}

#: A lever's importance (1..3 from the vote) as a level.
IMPORTANCE_LEVELS = {3: "high", 2: "medium", 1: "low"}


def word(member: enum.Enum) -> str:
    """The user's word for an enum value, in the installed language."""
    return translate(CONTEXT, WORDS[type(member).__name__][member.value])  # i18n: looked up


def level_word(value: str) -> str:
    """"low", "medium", "high" (effort, impact) as a word; "" for none."""
    return translate(CONTEXT, WORDS["Level"][value]) if value else ""  # i18n: looked up


def importance_word(level: int) -> str:
    return level_word(IMPORTANCE_LEVELS[level])


def field_word(name: str) -> str:
    """A record field as a user reads it ("success measure"); an unknown one
    as its name with spaces."""
    known = WORDS["Field"].get(name)
    return translate(CONTEXT, known) if known else name.replace("_", " ")  # i18n: looked up

"""The largest session the app supports, in one table.

Opening a session file, importing JSON, loading a template and adding
through the window all check against these figures and refuse more with one
line naming the limit, instead of building pages that never finish. The
figures are those the benchmarks time (bench/bench_large.py times 500
people in 50 teams, 5 dimensions, 10 rounds; the limits allow that room
twice over in rounds and dimensions, and a hundred teams). They are
documented in docs/file-format.md and docs/json-format.md ("Limits").

No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..common.i18n import QT_TRANSLATE_NOOP, translate

#: Teams (each has its own colour, legend entry and vote).
MAX_TEAMS = 100
#: People placing tokens in participant mode, over all teams.
MAX_PARTICIPANTS = 500
#: Dimensions (lines on the board).
MAX_DIMENSIONS = 10
#: Rounds of placement (re-placements and a follow-up's baseline included).
MAX_ROUNDS = 20
#: Steps in the agenda.
MAX_STEPS = 100
#: Actions in the plan.
MAX_ACTIONS = 200
#: Notes, decisions and parking-lot items together.
MAX_NOTES = 1000
#: Votes: one per team and lever (six levers).
MAX_VOTES = MAX_TEAMS * 6
#: Placements: every participant on every line of every round.
MAX_PLACEMENTS = MAX_PARTICIPANTS * MAX_DIMENSIONS * MAX_ROUNDS
#: Longest name or short field (a team, a dimension, a step title): longer
#: typed or pasted text is cut (model.session.MAX_TEXT is this figure).
MAX_NAME = 2000
#: Longest long text (a prompt, a facilitator's script, a note): a file's is
#: cut to it, a JSON import with a longer one is refused.
MAX_LONG_TEXT = 100_000


@dataclass(frozen=True)
class Limit:
    """One part of a session and the most of it the app supports."""

    part: str  # the session's attribute and the file's table
    maximum: int
    word: str  # English plural, translated in context "Limits"


LIMITS: tuple[Limit, ...] = (
    Limit("teams", MAX_TEAMS, QT_TRANSLATE_NOOP("Limits", "teams")),
    Limit("participants", MAX_PARTICIPANTS, QT_TRANSLATE_NOOP("Limits", "participants")),
    Limit("dimensions", MAX_DIMENSIONS, QT_TRANSLATE_NOOP("Limits", "dimensions")),
    Limit("rounds", MAX_ROUNDS, QT_TRANSLATE_NOOP("Limits", "rounds")),
    Limit("steps", MAX_STEPS, QT_TRANSLATE_NOOP("Limits", "steps")),
    Limit("actions", MAX_ACTIONS, QT_TRANSLATE_NOOP("Limits", "actions")),
    Limit("notes", MAX_NOTES, QT_TRANSLATE_NOOP("Limits", "notes")),
    Limit("votes", MAX_VOTES, QT_TRANSLATE_NOOP("Limits", "votes")),
    Limit("placements", MAX_PLACEMENTS, QT_TRANSLATE_NOOP("Limits", "placements")),
)
BY_PART: dict[str, Limit] = {limit.part: limit for limit in LIMITS}


def limit_of(part: str) -> int:
    """The most of ``part`` ("teams", "placements", ...) a session may hold."""
    return BY_PART[part].maximum


def too_many(part: str, count: int) -> str:
    """The one line that refuses ``count`` of ``part``, naming the limit:
    "100,000 teams: more than the 100 teams CollabWorkshop supports"."""
    limit = BY_PART[part]
    word = translate("Limits", limit.word)  # i18n: looked up
    return translate("Limits", "{0:,} {1}: more than the {2:,} {1} CollabWorkshop supports").format(
        count, word, limit.maximum
    )


def at_limit(part: str) -> str:
    """Why adding one more of ``part`` is refused (a button's tooltip, an
    operation's message): "CollabWorkshop supports at most 100 teams"."""
    limit = BY_PART[part]
    word = translate("Limits", limit.word)  # i18n: looked up
    return translate("Limits", "CollabWorkshop supports at most {0:,} {1}").format(limit.maximum, word)


def first_over(counts: Mapping[str, int]) -> str | None:
    """The refusal for the first part of ``counts`` over its limit (in the
    table's order), or None when every count is within the limits."""
    for limit in LIMITS:
        count = counts.get(limit.part)
        if count is not None and count > limit.maximum:
            return too_many(limit.part, count)
    return None


def session_counts(session) -> dict[str, int]:
    """How many of each limited part ``session`` holds."""
    return {limit.part: len(getattr(session, limit.part)) for limit in LIMITS}


def over_limit(session) -> str | None:
    """The refusal for a session larger than the app supports, or None."""
    return first_over(session_counts(session))

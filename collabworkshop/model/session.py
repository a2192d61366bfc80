"""The workshop session as plain data: teams, dimensions, rounds, steps,
placements and the action plan.

Nothing here imports Qt; the controller wraps this model and the storage
layer persists it. Records are frozen dataclasses so that an undo command can
hold the old value without copying it.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field, replace

POSITION_MIN = 0.0
POSITION_MAX = 100.0


class Lever(enum.Enum):
    """The six levers for the shift from cooperation to collaboration."""

    SHARED_GOALS = "L1"
    JOINT_GOVERNANCE = "L2"
    PSYCHOLOGICAL_SAFETY = "L3"
    OPEN_COMMUNICATION = "L4"
    MUTUAL_ACCOUNTABILITY = "L5"
    RIGHT_PARTNERS = "L6"

    @property
    def title(self) -> str:
        return _LEVER_TITLES[self]

    @property
    def label(self) -> str:
        """Code and title, e.g. "L1 Shared goals"."""
        return f"{self.value} {self.title}"


_LEVER_TITLES = {
    Lever.SHARED_GOALS: "Shared goals",
    Lever.JOINT_GOVERNANCE: "Joint governance",
    Lever.PSYCHOLOGICAL_SAFETY: "Psychological safety",
    Lever.OPEN_COMMUNICATION: "Open communication",
    Lever.MUTUAL_ACCOUNTABILITY: "Mutual accountability",
    Lever.RIGHT_PARTNERS: "The right partners",
}


class ActionStatus(enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"

    @property
    def title(self) -> str:
        return self.value.replace("_", " ").capitalize()


class StepKind(enum.Enum):
    """What a workshop step asks of the room; the UI picks a page by kind."""

    INFO = "info"
    PLACE = "place"
    DISCUSS = "discuss"
    PLAN = "plan"
    WRAPUP = "wrapup"


@dataclass(frozen=True)
class SessionInfo:
    title: str = ""
    organisation: str = ""
    date: str = ""  # ISO 8601 date, "" when not set
    facilitator: str = ""


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    organisation: str = ""
    colour: str = "#0072B2"

    @property
    def initials(self) -> str:
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalnum()]
        if not words:
            return "?"
        if len(words) == 1:
            return words[0][:2].upper()
        return (words[0][0] + words[1][0]).upper()


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    low_label: str
    high_label: str


@dataclass(frozen=True)
class Round:
    id: str
    name: str


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    kind: StepKind
    prompt: str = ""
    round_id: str = ""  # the round a place/discuss step works on
    compare_round_id: str = ""  # the round shown beside it, for gaps


@dataclass(frozen=True)
class ActionItem:
    id: str
    title: str
    lever: Lever
    why: str = ""
    owner: str = ""
    due: str = ""  # ISO 8601 date or ""
    success_measure: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    dimension_id: str = ""
    priority: float = 0.0
    impact: str = ""
    effort: str = ""


#: Fields of ActionItem a user edits in the plan table, in column order.
ACTION_EDIT_FIELDS = ("title", "lever", "why", "owner", "due", "success_measure", "status")


PlacementKey = tuple[str, str, str]  # (round_id, dimension_id, team_id)


@dataclass
class Session:
    """One workshop: the single source of truth the controller owns."""

    info: SessionInfo = field(default_factory=SessionInfo)
    teams: list[Team] = field(default_factory=list)
    dimensions: list[Dimension] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    placements: dict[PlacementKey, float] = field(default_factory=dict)
    actions: list[ActionItem] = field(default_factory=list)
    current_step: int = 0

    # -- look-ups -----------------------------------------------------------
    def team(self, team_id: str) -> Team:
        for team in self.teams:
            if team.id == team_id:
                return team
        raise KeyError(team_id)

    def team_index(self, team_id: str) -> int:
        for i, team in enumerate(self.teams):
            if team.id == team_id:
                return i
        raise KeyError(team_id)

    def dimension(self, dimension_id: str) -> Dimension:
        for dim in self.dimensions:
            if dim.id == dimension_id:
                return dim
        raise KeyError(dimension_id)

    def round(self, round_id: str) -> Round:
        for rnd in self.rounds:
            if rnd.id == round_id:
                return rnd
        raise KeyError(round_id)

    def action_index(self, action_id: str) -> int:
        for i, action in enumerate(self.actions):
            if action.id == action_id:
                return i
        raise KeyError(action_id)

    def position(self, round_id: str, dimension_id: str, team_id: str) -> float | None:
        return self.placements.get((round_id, dimension_id, team_id))

    def positions(self, round_id: str, dimension_id: str) -> list[float]:
        """Placed positions of one dimension in one round, in team order."""
        out = []
        for team in self.teams:
            pos = self.placements.get((round_id, dimension_id, team.id))
            if pos is not None:
                out.append(pos)
        return out

    def placements_by_team(self, round_id: str, dimension_id: str) -> dict[str, float]:
        return {
            team.id: pos
            for team in self.teams
            if (pos := self.placements.get((round_id, dimension_id, team.id))) is not None
        }

    def new_team_id(self) -> str:
        return _new_id("t", {t.id for t in self.teams})

    def new_action_id(self) -> str:
        return _new_id("a", {a.id for a in self.actions})

    def copy(self) -> Session:
        return replace(
            self,
            teams=list(self.teams),
            dimensions=list(self.dimensions),
            rounds=list(self.rounds),
            steps=list(self.steps),
            placements=dict(self.placements),
            actions=list(self.actions),
        )


def _new_id(prefix: str, taken: set[str]) -> str:
    n = len(taken) + 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def clamp_position(value: float) -> float:
    """Clamp to the 0..100 line; reject NaN, which has no place on it."""
    if value != value:  # NaN
        raise ValueError("a position cannot be NaN")
    return min(POSITION_MAX, max(POSITION_MIN, float(value)))


#: Longest text kept in a name or field; anything longer is cut, so a pasted
#: document cannot make the board or the file unusable.
MAX_TEXT = 2000


def clean_text(value: str, max_length: int = MAX_TEXT) -> str:
    """Trim, drop control characters (keeping newlines and tabs) and cap the
    length of user-entered text."""
    # Category Cc covers C0, DEL and the C1 controls (e.g. U+009B, a terminal CSI).
    text = "".join(ch for ch in str(value) if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    # Trim again after the cut, so that cleaning is idempotent.
    return text.strip()[:max_length].rstrip()

"""The workshop session as plain data: teams, dimensions, rounds, steps,
placements and the action plan.

Nothing here imports Qt; the controller wraps this model and the storage
layer persists it. Records are frozen dataclasses so that an undo command can
hold the old value without copying it.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from .limits import MAX_NAME
from .words import word

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
        return word(self)

    @property
    def label(self) -> str:
        """Code and title, e.g. "L1 Shared goals"."""
        return f"{self.value} {self.title}"




class ActionStatus(enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"

    @property
    def title(self) -> str:
        return word(self)


class StepKind(enum.Enum):
    """What a workshop step asks of the room; the UI picks a page by kind."""

    INFO = "info"
    PLACE = "place"
    DISCUSS = "discuss"
    VOTE = "vote"
    PLAN = "plan"
    REVIEW = "review"  # follow-up: update the status of carried-over actions
    WRAPUP = "wrapup"

    @property
    def title(self) -> str:
        return word(self)


class PlacementMode(enum.Enum):
    """Who places a token: one per team (default) or one per participant."""

    TEAM = "team"
    PARTICIPANT = "participant"


class NoteKind(enum.Enum):
    NOTE = "note"
    DECISION = "decision"
    PARKING = "parking"  # the parking lot: raised, not for this workshop

    @property
    def title(self) -> str:
        return word(self)


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
class Participant:
    """One person, placing on behalf of (and grouped under) a team."""

    id: str
    team_id: str
    name: str

    @property
    def initials(self) -> str:
        return Team(self.id, self.name).initials


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
    #: Blind placement: tokens and aggregates are hidden until revealed.
    hidden: bool = False
    #: For a re-placement ("after discussion"): the round it re-places, the
    #: start of its movement arrows.
    follows: str = ""
    #: Results carried from an earlier session (follow-up); read-only.
    baseline: bool = False


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    kind: StepKind
    prompt: str = ""
    round_id: str = ""  # the round a place/discuss step works on
    compare_round_id: str = ""  # the round shown beside it, for gaps
    script: str = ""  # the facilitator's notes for the step (console only)
    timebox: int = 0  # planned seconds, 0 when the step has no timebox
    actual: int = 0  # seconds the timer ran on this step


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
    #: Ids of teams supporting the accountable owner (RACI: one owner).
    supporting: tuple[str, ...] = ()
    #: False for a generated suggestion nobody has accepted yet.
    accepted: bool = True


@dataclass(frozen=True)
class Note:
    """Discussion capture: a note, decision or parking-lot item, optionally
    tied to a step and a dimension."""

    id: str
    kind: NoteKind
    text: str
    step_id: str = ""
    dimension_id: str = ""


class GapPlacement(enum.Enum):
    """Which placement of Today and of Needed the gaps, the plan and the
    reports use when a round has a re-placement ("after discussion")."""

    LATEST = "latest"  # the latest re-placement with tokens on it (default)
    FIRST = "first"  # the round as first placed


@dataclass(frozen=True)
class SessionSettings:
    placement_mode: PlacementMode = PlacementMode.TEAM
    vote_dots: int = 3  # dots each team spreads over the levers
    gap_placement: GapPlacement = GapPlacement.LATEST


#: Fields of ActionItem a user edits in the plan table, in column order.
ACTION_EDIT_FIELDS = ("title", "lever", "why", "owner", "due", "success_measure", "status")


PlacementKey = tuple[str, str, str]  # (round_id, dimension_id, placer_id)
VoteKey = tuple[str, str]  # (team_id, lever code)


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
    participants: list[Participant] = field(default_factory=list)
    settings: SessionSettings = field(default_factory=SessionSettings)
    #: Lever vote: dots per (team, lever code).
    votes: dict[VoteKey, int] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

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

    def position(self, round_id: str, dimension_id: str, placer_id: str) -> float | None:
        return self.placements.get((round_id, dimension_id, placer_id))

    @property
    def by_participant(self) -> bool:
        return self.settings.placement_mode is PlacementMode.PARTICIPANT

    def team_participants(self, team_id: str) -> list[Participant]:
        return [p for p in self.participants if p.team_id == team_id]

    def participant(self, participant_id: str) -> Participant:
        for person in self.participants:
            if person.id == participant_id:
                return person
        raise KeyError(participant_id)

    def placer_ids(self) -> list[str]:
        """Who places tokens in the current mode, grouped in team order."""
        if self.by_participant:
            # One pass over the people, not one per team: with 500 people in
            # 50 teams this was 25,000 comparisons on every call, and the
            # statistics call it for every line of every round.
            members: dict[str, list[str]] = {team.id: [] for team in self.teams}
            for p in self.participants:
                group = members.get(p.team_id)
                if group is not None:
                    group.append(p.id)
            return [pid for team in self.teams for pid in members[team.id]]
        return [team.id for team in self.teams]

    def team_of(self, placer_id: str) -> str:
        """The team a placer belongs to (a team is its own)."""
        if self.by_participant:
            return self.participant(placer_id).team_id
        return placer_id

    def placer_name(self, placer_id: str) -> str:
        try:
            return self.participant(placer_id).name if self.by_participant else self.team(placer_id).name
        except KeyError:
            return placer_id

    def positions(
        self, round_id: str, dimension_id: str, overrides: Mapping[PlacementKey, float | None] | None = None
    ) -> list[float]:
        """Placed positions of one dimension in one round, in placer order.
        ``overrides`` stand in for stored positions (drags in progress; None
        is a token held off the line)."""
        placements = self.placements
        out = []
        for placer in self.placer_ids():
            key = (round_id, dimension_id, placer)
            pos = overrides[key] if overrides and key in overrides else placements.get(key)
            if pos is not None:
                out.append(pos)
        return out

    def placements_by_placer(self, round_id: str, dimension_id: str) -> dict[str, float]:
        return {
            placer: pos
            for placer in self.placer_ids()
            if (pos := self.placements.get((round_id, dimension_id, placer))) is not None
        }

    def placements_by_team(self, round_id: str, dimension_id: str) -> dict[str, float]:
        """One position per team: its own token, or in participant mode the
        mean of its participants' tokens."""
        if not self.by_participant:
            return self.placements_by_placer(round_id, dimension_id)
        members: dict[str, list[float]] = {team.id: [] for team in self.teams}
        for p in self.participants:
            group = members.get(p.team_id)
            if group is not None and (pos := self.placements.get((round_id, dimension_id, p.id))) is not None:
                group.append(pos)
        return {team_id: sum(values) / len(values) for team_id, values in members.items() if values}

    def placed_count(self, round_id: str) -> tuple[int, int]:
        """(placed tokens, possible tokens) in a round, for "placed: n of m"."""
        placers = self.placer_ids()
        total = len(placers) * len(self.dimensions)
        placed = sum(
            1 for placer in placers for d in self.dimensions if (round_id, d.id, placer) in self.placements
        )
        return placed, total

    def active_step(self) -> Step | None:
        """The step the workshop is on (``current_step`` kept inside the
        agenda, which may have shrunk), or None for an empty agenda."""
        if not self.steps:
            return None
        return self.steps[max(0, min(self.current_step, len(self.steps) - 1))]

    def step(self, step_id: str) -> Step:
        for st in self.steps:
            if st.id == step_id:
                return st
        raise KeyError(step_id)

    def lever_importance(self) -> dict[Lever, int] | None:
        """Lever importance 1..3 from the lever vote (None when nobody voted),
        from each lever's dots as a share of the top lever's: more than two
        thirds 3, more than a third 2, else 1 (a lever without dots is 1).
        Levers with equal dots always get the same importance."""
        totals = {lever: 0 for lever in Lever}
        for (_, code), dots in self.votes.items():
            try:
                totals[Lever(code)] += dots
            except ValueError:
                continue
        if not any(totals.values()):
            return None
        most = max(totals.values())
        out = {}
        for lever, dots in totals.items():
            # Whole numbers, not dots / most: 8 of 12 is exactly two thirds.
            out[lever] = 3 if 3 * dots > 2 * most else 2 if 3 * dots > most else 1
        return out

    def new_team_id(self) -> str:
        return _new_id("t", {t.id for t in self.teams})

    def new_action_id(self) -> str:
        return _new_id("a", {a.id for a in self.actions})

    def new_participant_id(self) -> str:
        return _new_id("p", {p.id for p in self.participants})

    def new_round_id(self) -> str:
        return _new_id("r", {r.id for r in self.rounds})

    def new_step_id(self) -> str:
        return _new_id("s", {st.id for st in self.steps})

    def new_note_id(self) -> str:
        return _new_id("n", {n.id for n in self.notes})

    def copy(self) -> Session:
        return replace(
            self,
            teams=list(self.teams),
            dimensions=list(self.dimensions),
            rounds=list(self.rounds),
            steps=list(self.steps),
            placements=dict(self.placements),
            actions=list(self.actions),
            participants=list(self.participants),
            votes=dict(self.votes),
            notes=list(self.notes),
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
MAX_TEXT = MAX_NAME


def lone_surrogate(text: str) -> int | None:
    """Where ``text`` holds a character UTF-8 cannot store (a lone surrogate,
    U+D800..U+DFFF, which a JSON escape like ``\\ud800`` makes), or None.
    Such text cannot be written to a session file or an export, so text
    from outside (imports, templates) is checked with this on the way in."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def clean_text(value: str, max_length: int = MAX_TEXT) -> str:
    """Trim, drop control characters (keeping newlines and tabs), replace
    lone surrogates (see lone_surrogate) with U+FFFD and cap the length of
    user-entered text."""
    # Category Cc covers C0, DEL and the C1 controls (e.g. U+009B, a terminal CSI).
    text = "".join(
        "\ufffd" if unicodedata.category(ch) == "Cs" else ch
        for ch in str(value) if ch in "\n\t" or unicodedata.category(ch) != "Cc"
    )
    # Trim again after the cut, so that cleaning is idempotent.
    return text.strip()[:max_length].rstrip()

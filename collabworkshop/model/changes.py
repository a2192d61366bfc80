"""Small immutable edits to a Session, each able to return its own inverse.

Every user gesture becomes one Change. ``apply(session)`` performs it and
returns the Change that undoes it, so undo/redo needs no snapshots and the
storage layer can persist exactly what changed. The Qt undo commands in the
controller are thin wrappers around these.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from ..i18n import context
from .session import (
    ActionItem,
    Participant,
    PlacementKey,
    Session,
    SessionInfo,
    SessionSettings,
    Team,
    VoteKey,
    clamp_position,
)
from .words import field_word

tr = context("Changes")


class Change:
    """Base class; subclasses are frozen dataclasses."""

    #: Which part of the session the change touches; views redraw by it and
    #: storage writes by it.
    part = ""

    def apply(self, session: Session) -> Change:
        raise NotImplementedError

    def describe(self, session: Session) -> str:
        """A short past-tense label for the undo menu."""
        return tr("Edit")


@dataclass(frozen=True)
class SetPlacement(Change):
    round_id: str
    dimension_id: str
    team_id: str
    position: float | None  # None removes the placement
    part = "placements"

    @property
    def key(self) -> PlacementKey:
        return (self.round_id, self.dimension_id, self.team_id)

    def apply(self, session: Session) -> Change:
        old = session.placements.get(self.key)
        if self.position is None:
            session.placements.pop(self.key, None)
        else:
            session.placements[self.key] = clamp_position(self.position)
        return SetPlacement(self.round_id, self.dimension_id, self.team_id, old)

    def describe(self, session: Session) -> str:
        name = session.placer_name(self.team_id)
        if self.position is None:
            return tr("Remove {0} from the board").format(name)
        return tr("Place {0}").format(name)


@dataclass(frozen=True)
class SetInfo(Change):
    field_name: str
    value: str
    part = "info"

    def apply(self, session: Session) -> Change:
        if self.field_name not in {f.name for f in fields(SessionInfo)}:
            raise KeyError(self.field_name)
        old = getattr(session.info, self.field_name)
        session.info = replace(session.info, **{self.field_name: self.value})
        return SetInfo(self.field_name, old)

    def describe(self, session: Session) -> str:
        return tr("Edit {0}").format(field_word(self.field_name))


@dataclass(frozen=True)
class AddTeam(Change):
    """Insert a team at ``index``, with any placements it had (for undo of
    a removal)."""

    team: Team
    index: int
    placements: tuple[tuple[PlacementKey, float], ...] = ()
    participants: tuple[tuple[int, Participant], ...] = ()  # (index, participant)
    votes: tuple[tuple[VoteKey, int], ...] = ()
    part = "teams"

    def apply(self, session: Session) -> Change:
        if any(t.id == self.team.id for t in session.teams):
            raise ValueError(f"duplicate team id {self.team.id!r}")
        index = max(0, min(self.index, len(session.teams)))
        session.teams.insert(index, self.team)
        for i, person in self.participants:
            session.participants.insert(min(i, len(session.participants)), person)
        for key, pos in self.placements:
            session.placements[key] = pos
        for vote_key, dots in self.votes:
            session.votes[vote_key] = dots
        return RemoveTeam(self.team.id)

    def describe(self, session: Session) -> str:
        return tr("Add team {0}").format(self.team.name)


@dataclass(frozen=True)
class RemoveTeam(Change):
    team_id: str
    part = "teams"

    def apply(self, session: Session) -> Change:
        index = session.team_index(self.team_id)
        team = session.teams.pop(index)
        people = tuple((i, p) for i, p in enumerate(session.participants) if p.team_id == self.team_id)
        gone = {self.team_id} | {p.id for _, p in people}
        session.participants = [p for p in session.participants if p.team_id != self.team_id]
        removed = tuple((key, pos) for key, pos in session.placements.items() if key[2] in gone)
        for key, _ in removed:
            del session.placements[key]
        votes = tuple((vkey, dots) for vkey, dots in session.votes.items() if vkey[0] == self.team_id)
        for vkey, _ in votes:
            del session.votes[vkey]
        return AddTeam(team, index, removed, people, votes)

    def describe(self, session: Session) -> str:
        try:
            return tr("Remove team {0}").format(session.team(self.team_id).name)
        except KeyError:
            return tr("Remove team")


@dataclass(frozen=True)
class UpdateTeam(Change):
    team_id: str
    field_name: str  # name, organisation or colour
    value: str
    part = "teams"

    def apply(self, session: Session) -> Change:
        if self.field_name not in {"name", "organisation", "colour"}:
            raise KeyError(self.field_name)
        index = session.team_index(self.team_id)
        team = session.teams[index]
        old = getattr(team, self.field_name)
        session.teams[index] = replace(team, **{self.field_name: self.value})
        return UpdateTeam(self.team_id, self.field_name, old)

    def describe(self, session: Session) -> str:
        if self.field_name == "name":
            return tr("Rename team")
        return tr("Edit team {0}").format(field_word(self.field_name))


@dataclass(frozen=True)
class SetActions(Change):
    """Replace the whole plan (used by plan generation)."""

    actions: tuple[ActionItem, ...]
    part = "actions"

    def apply(self, session: Session) -> Change:
        old = tuple(session.actions)
        session.actions = list(self.actions)
        return SetActions(old)

    def describe(self, session: Session) -> str:
        return tr("Generate action plan")


@dataclass(frozen=True)
class UpdateAction(Change):
    action_id: str
    field_name: str
    value: Any
    part = "actions"

    def apply(self, session: Session) -> Change:
        index = session.action_index(self.action_id)
        action = session.actions[index]
        if self.field_name not in {f.name for f in fields(ActionItem)} or self.field_name == "id":
            raise KeyError(self.field_name)
        old = getattr(action, self.field_name)
        session.actions[index] = replace(action, **{self.field_name: self.value})
        return UpdateAction(self.action_id, self.field_name, old)

    def describe(self, session: Session) -> str:
        return tr("Edit action {0}").format(field_word(self.field_name))


@dataclass(frozen=True)
class AddAction(Change):
    action: ActionItem
    index: int
    part = "actions"

    def apply(self, session: Session) -> Change:
        if any(a.id == self.action.id for a in session.actions):
            raise ValueError(f"duplicate action id {self.action.id!r}")
        session.actions.insert(max(0, min(self.index, len(session.actions))), self.action)
        return RemoveAction(self.action.id)

    def describe(self, session: Session) -> str:
        return tr("Add action")


@dataclass(frozen=True)
class RemoveAction(Change):
    action_id: str
    part = "actions"

    def apply(self, session: Session) -> Change:
        index = session.action_index(self.action_id)
        action = session.actions.pop(index)
        return AddAction(action, index)

    def describe(self, session: Session) -> str:
        return tr("Remove action")


@dataclass(frozen=True)
class MoveAction(Change):
    """Move one action to ``index`` in the plan (reorder)."""

    action_id: str
    index: int
    part = "actions"

    def apply(self, session: Session) -> Change:
        old = session.action_index(self.action_id)
        action = session.actions.pop(old)
        session.actions.insert(max(0, min(self.index, len(session.actions))), action)
        return MoveAction(self.action_id, old)

    def describe(self, session: Session) -> str:
        return tr("Move action")


#: Session lists a ReplaceList may swap, and the id attribute of their items.
LIST_PARTS = ("participants", "rounds", "steps", "notes")


@dataclass(frozen=True)
class ReplaceList(Change):
    """Replace one whole list of the session (participants, rounds, steps or
    notes): adding, removing, renaming and reordering are all this one
    change. Placements that pointed at a removed participant or round go
    with it, and come back on undo."""

    attr: str
    items: tuple
    label: str = ""
    placements: tuple[tuple[PlacementKey, float], ...] | None = None  # set on inverses

    @property
    def part(self) -> str:  # type: ignore[override]
        return self.attr

    def apply(self, session: Session) -> Change:
        if self.attr not in LIST_PARTS:
            raise KeyError(self.attr)
        ids = [item.id for item in self.items]
        if len(ids) != len(set(ids)):
            raise ValueError(f"duplicate id in {self.attr}")
        old = tuple(getattr(session, self.attr))
        old_placements = tuple(session.placements.items())
        setattr(session, self.attr, list(self.items))
        if self.placements is not None:
            session.placements = dict(self.placements)
        elif self.attr in ("participants", "rounds"):
            kept = set(ids)
            slot = 2 if self.attr == "participants" else 0
            gone = {item.id for item in old} - kept
            if gone:
                session.placements = {k: v for k, v in session.placements.items() if k[slot] not in gone}
        if self.attr == "steps":
            session.current_step = max(0, min(session.current_step, len(session.steps) - 1))
        return ReplaceList(self.attr, old, self.label, old_placements)

    def describe(self, session: Session) -> str:
        return self.label or tr("Edit {0}").format(self.attr)


@dataclass(frozen=True)
class SetSettings(Change):
    settings: SessionSettings
    label: str = ""
    part = "settings"

    def apply(self, session: Session) -> Change:
        old = session.settings
        session.settings = self.settings
        return SetSettings(old, self.label)

    def describe(self, session: Session) -> str:
        return self.label or tr("Change session settings")


@dataclass(frozen=True)
class SetVote(Change):
    """Dots of one team on one lever (0 removes them)."""

    team_id: str
    lever: str  # lever code, L1..L6
    dots: int
    part = "votes"

    def apply(self, session: Session) -> Change:
        key = (self.team_id, self.lever)
        old = session.votes.get(key, 0)
        if self.dots <= 0:
            session.votes.pop(key, None)
        else:
            session.votes[key] = int(self.dots)
        return SetVote(self.team_id, self.lever, old)

    def describe(self, session: Session) -> str:
        return tr("Vote on levers")

"""Small immutable edits to a Session, each able to return its own inverse.

Every user gesture becomes one Change (several edits of one gesture nest in
a :class:`Batch`). ``apply(session)`` performs it and returns the Change
that undoes it, so undo/redo needs no snapshots. ``touched()`` names the
rows the change wrote, by :class:`Part` and key: the storage layer persists
exactly those rows and the controller's change record tells the views what
to redraw. The rules a user can break (an empty name, a vote over the
budget) are checked before a Change is built, in collabworkshop/session/
operations; the checks here only guard the model's own invariants.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from ..common.i18n import context
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


class Part(enum.StrEnum):
    """A part of the session: one table of the session file, one thing a
    view may redraw."""

    INFO = "info"
    SETTINGS = "settings"
    TEAMS = "teams"
    PARTICIPANTS = "participants"
    ROUNDS = "rounds"
    STEPS = "steps"
    PLACEMENTS = "placements"
    VOTES = "votes"
    NOTES = "notes"
    ACTIONS = "actions"


#: What a change touched: per part, the keys of the rows it wrote (ids;
#: (round, dimension, placer) for placements; (team, lever) for votes; the
#: field name for info), or None for "whichever rows the session's state
#: implies" (a removal that takes dependent rows with it). A Change that says
#: None for a part promises that its inverse names that part's rows exactly:
#: the inverse of a removal lists what it restores.
Touched = Mapping[Part, "frozenset | None"]


def merge_touched(*touched: Touched) -> dict[Part, frozenset | None]:
    """Union of several changes' rows; None (the whole part) wins."""
    out: dict[Part, frozenset | None] = {}
    for t in touched:
        for part, keys in t.items():
            if part in out:
                old = out[part]
                out[part] = None if old is None or keys is None else old | keys
            else:
                out[part] = keys
    return out


def touched_by(change: Change, inverse: Change) -> dict[Part, frozenset | None]:
    """The rows an executed change wrote, as exactly as the pair knows them:
    where one side says None and the other lists keys, the list is exact."""
    a, b = change.touched(), inverse.touched()
    out: dict[Part, frozenset | None] = {}
    for part in (*a, *(p for p in b if p not in a)):
        ka, kb = a.get(part), b.get(part)
        if part in a and part in b and ka is not None and kb is not None:
            out[part] = ka | kb
        elif ka is not None or kb is not None:
            out[part] = ka if ka is not None else kb
        else:
            out[part] = None
    return out


class Change:
    """Base class; subclasses are frozen dataclasses."""

    #: The part of the session the change is about (the undo menu's and the
    #: tests' short name; what it wrote is :meth:`touched`).
    part: str = ""

    def apply(self, session: Session) -> Change:
        raise NotImplementedError

    def touched(self) -> Touched:
        """The rows this change writes (see :data:`Touched`)."""
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
    part = Part.PLACEMENTS

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

    def touched(self) -> Touched:
        return {Part.PLACEMENTS: frozenset((self.key,))}

    def describe(self, session: Session) -> str:
        name = session.placer_name(self.team_id)
        if self.position is None:
            return tr("Remove {0} from the board").format(name)
        return tr("Place {0}").format(name)


@dataclass(frozen=True)
class SetInfo(Change):
    field_name: str
    value: str
    part = Part.INFO

    def apply(self, session: Session) -> Change:
        if self.field_name not in {f.name for f in fields(SessionInfo)}:
            raise KeyError(self.field_name)
        old = getattr(session.info, self.field_name)
        session.info = replace(session.info, **{self.field_name: self.value})
        return SetInfo(self.field_name, old)

    def touched(self) -> Touched:
        return {Part.INFO: frozenset((self.field_name,))}

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
    part = Part.TEAMS

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

    def touched(self) -> Touched:
        return {
            Part.TEAMS: frozenset((self.team.id,)),
            Part.PARTICIPANTS: frozenset(p.id for _, p in self.participants),
            Part.PLACEMENTS: frozenset(key for key, _ in self.placements),
            Part.VOTES: frozenset(key for key, _ in self.votes),
        }

    def describe(self, session: Session) -> str:
        return tr("Add team {0}").format(self.team.name)


@dataclass(frozen=True)
class RemoveTeam(Change):
    team_id: str
    part = Part.TEAMS

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

    def touched(self) -> Touched:
        # Its people, their tokens and its votes go too: which, the inverse says.
        return {Part.TEAMS: frozenset((self.team_id,)), Part.PARTICIPANTS: None, Part.PLACEMENTS: None,
                Part.VOTES: None}

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
    part = Part.TEAMS

    def apply(self, session: Session) -> Change:
        if self.field_name not in {"name", "organisation", "colour"}:
            raise KeyError(self.field_name)
        index = session.team_index(self.team_id)
        team = session.teams[index]
        old = getattr(team, self.field_name)
        session.teams[index] = replace(team, **{self.field_name: self.value})
        return UpdateTeam(self.team_id, self.field_name, old)

    def touched(self) -> Touched:
        return {Part.TEAMS: frozenset((self.team_id,))}

    def describe(self, session: Session) -> str:
        if self.field_name == "name":
            return tr("Rename team")
        return tr("Edit team {0}").format(field_word(self.field_name))


@dataclass(frozen=True)
class SetActions(Change):
    """Replace the whole plan (used by plan generation)."""

    actions: tuple[ActionItem, ...]
    part = Part.ACTIONS

    def apply(self, session: Session) -> Change:
        old = tuple(session.actions)
        session.actions = list(self.actions)
        return SetActions(old)

    def touched(self) -> Touched:
        return {Part.ACTIONS: None}

    def describe(self, session: Session) -> str:
        return tr("Generate action plan")


@dataclass(frozen=True)
class UpdateAction(Change):
    action_id: str
    field_name: str
    value: Any
    part = Part.ACTIONS

    def apply(self, session: Session) -> Change:
        index = session.action_index(self.action_id)
        action = session.actions[index]
        if self.field_name not in {f.name for f in fields(ActionItem)} or self.field_name == "id":
            raise KeyError(self.field_name)
        old = getattr(action, self.field_name)
        session.actions[index] = replace(action, **{self.field_name: self.value})
        return UpdateAction(self.action_id, self.field_name, old)

    def touched(self) -> Touched:
        return {Part.ACTIONS: frozenset((self.action_id,))}

    def describe(self, session: Session) -> str:
        return tr("Edit action {0}").format(field_word(self.field_name))


@dataclass(frozen=True)
class AddAction(Change):
    action: ActionItem
    index: int
    part = Part.ACTIONS

    def apply(self, session: Session) -> Change:
        if any(a.id == self.action.id for a in session.actions):
            raise ValueError(f"duplicate action id {self.action.id!r}")
        session.actions.insert(max(0, min(self.index, len(session.actions))), self.action)
        return RemoveAction(self.action.id)

    def touched(self) -> Touched:
        return {Part.ACTIONS: frozenset((self.action.id,))}

    def describe(self, session: Session) -> str:
        return tr("Add action")


@dataclass(frozen=True)
class RemoveAction(Change):
    action_id: str
    part = Part.ACTIONS

    def apply(self, session: Session) -> Change:
        index = session.action_index(self.action_id)
        action = session.actions.pop(index)
        return AddAction(action, index)

    def touched(self) -> Touched:
        return {Part.ACTIONS: frozenset((self.action_id,))}

    def describe(self, session: Session) -> str:
        return tr("Remove action")


@dataclass(frozen=True)
class MoveAction(Change):
    """Move one action to ``index`` in the plan (reorder)."""

    action_id: str
    index: int
    part = Part.ACTIONS

    def apply(self, session: Session) -> Change:
        old = session.action_index(self.action_id)
        action = session.actions.pop(old)
        session.actions.insert(max(0, min(self.index, len(session.actions))), action)
        return MoveAction(self.action_id, old)

    def touched(self) -> Touched:
        return {Part.ACTIONS: frozenset((self.action_id,))}

    def describe(self, session: Session) -> str:
        return tr("Move action")


#: Session lists the item changes below (and ReplaceList) work on.
LIST_PARTS = ("participants", "rounds", "steps", "notes")
#: Where a list's items appear in a placement key: removing a participant
#: (placer) or a round removes its tokens with it.
_PLACEMENT_SLOT = {"participants": 2, "rounds": 0}


def _list(session: Session, attr: str) -> list:
    if attr not in LIST_PARTS:
        raise KeyError(attr)
    return getattr(session, attr)


def _index(items: list, item_id: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise KeyError(item_id)


def _drop_placements(session: Session, attr: str, gone: set[str]) -> tuple[tuple[PlacementKey, float], ...]:
    """Remove the tokens of removed participants or rounds; returns them."""
    slot = _PLACEMENT_SLOT.get(attr)
    if slot is None or not gone:
        return ()
    removed = tuple((k, v) for k, v in session.placements.items() if k[slot] in gone)
    for key, _ in removed:
        del session.placements[key]
    return removed


def _with_placements(attr: str, keys: frozenset | None) -> dict[Part, frozenset | None]:
    return {Part.PLACEMENTS: keys} if attr in _PLACEMENT_SLOT else {}


@dataclass(frozen=True)
class AddItem(Change):
    """Insert a participant, round, step or note at ``index``; the undo of a
    removal also brings back its tokens and the step the workshop was on."""

    attr: str
    item: Any
    index: int
    placements: tuple[tuple[PlacementKey, float], ...] = ()
    current_step: int | None = None
    label: str = ""

    @property
    def part(self) -> str:  # type: ignore[override]
        return self.attr

    def apply(self, session: Session) -> Change:
        items = _list(session, self.attr)
        if any(i.id == self.item.id for i in items):
            raise ValueError(f"duplicate id {self.item.id!r} in {self.attr}")
        items.insert(max(0, min(self.index, len(items))), self.item)
        for key, pos in self.placements:
            session.placements[key] = pos
        if self.current_step is not None:
            session.current_step = self.current_step
        return RemoveItem(self.attr, self.item.id, self.label)

    def touched(self) -> Touched:
        return {Part(self.attr): frozenset((self.item.id,)),
                **_with_placements(self.attr, frozenset(k for k, _ in self.placements))}

    def describe(self, session: Session) -> str:
        return self.label or f"Add to {self.attr}"


@dataclass(frozen=True)
class RemoveItem(Change):
    """Remove one participant, round, step or note (a participant's or a
    round's tokens go with it)."""

    attr: str
    item_id: str
    label: str = ""

    @property
    def part(self) -> str:  # type: ignore[override]
        return self.attr

    def apply(self, session: Session) -> Change:
        items = _list(session, self.attr)
        index = _index(items, self.item_id)
        item = items.pop(index)
        removed = _drop_placements(session, self.attr, {self.item_id})
        current = None
        if self.attr == "steps":
            current = session.current_step
            session.current_step = max(0, min(session.current_step, len(session.steps) - 1))
        return AddItem(self.attr, item, index, removed, current, self.label)

    def touched(self) -> Touched:
        return {Part(self.attr): frozenset((self.item_id,)), **_with_placements(self.attr, None)}

    def describe(self, session: Session) -> str:
        return self.label or f"Remove from {self.attr}"


@dataclass(frozen=True)
class SetItem(Change):
    """Replace one participant, round, step or note by a new version of it
    (same id): a rename, a move to another team, a round hidden, a step edited."""

    attr: str
    item: Any
    label: str = ""

    @property
    def part(self) -> str:  # type: ignore[override]
        return self.attr

    def apply(self, session: Session) -> Change:
        items = _list(session, self.attr)
        index = _index(items, self.item.id)
        old = items[index]
        if type(old) is not type(self.item):
            raise TypeError(f"{type(self.item).__name__} is not an item of {self.attr}")
        items[index] = self.item
        return SetItem(self.attr, old, self.label)

    def touched(self) -> Touched:
        return {Part(self.attr): frozenset((self.item.id,))}

    def describe(self, session: Session) -> str:
        return self.label or f"Edit {self.attr}"


@dataclass(frozen=True)
class MoveItem(Change):
    """Move one participant, round, step or note to ``index`` in its list."""

    attr: str
    item_id: str
    index: int
    label: str = ""

    @property
    def part(self) -> str:  # type: ignore[override]
        return self.attr

    def apply(self, session: Session) -> Change:
        items = _list(session, self.attr)
        old = _index(items, self.item_id)
        item = items.pop(old)
        items.insert(max(0, min(self.index, len(items))), item)
        return MoveItem(self.attr, self.item_id, old, self.label)

    def touched(self) -> Touched:
        return {Part(self.attr): frozenset((self.item_id,))}

    def describe(self, session: Session) -> str:
        return self.label or f"Move in {self.attr}"


@dataclass(frozen=True)
class Batch(Change):
    """Several changes made by one gesture: one undo step, one record (a
    re-placement round and its step; an owner who stops supporting)."""

    changes: tuple[Change, ...]
    label: str = ""

    @property
    def part(self) -> str:  # type: ignore[override]
        return self.changes[0].part if self.changes else ""

    def apply(self, session: Session) -> Change:
        inverses: list[Change] = []
        try:
            for change in self.changes:
                inverses.append(change.apply(session))
        except BaseException:
            for inverse in reversed(inverses):  # all or nothing
                inverse.apply(session)
            raise
        return Batch(tuple(reversed(inverses)), self.label)

    def touched(self) -> Touched:
        return merge_touched(*(c.touched() for c in self.changes))

    def describe(self, session: Session) -> str:
        return self.label or (self.changes[0].describe(session) if self.changes else "Edit")


@dataclass(frozen=True)
class ReplaceList(Change):
    """Replace one whole list of the session (participants, rounds, steps or
    notes), for an import or a script; the app's own edits use the item
    changes above. Placements that pointed at a removed participant or round
    go with it; the inverse carries only those, and brings them back."""

    attr: str
    items: tuple
    label: str = ""
    placements: tuple[tuple[PlacementKey, float], ...] | None = None  # set on inverses: tokens to restore

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
        setattr(session, self.attr, list(self.items))
        removed = _drop_placements(session, self.attr, {item.id for item in old} - set(ids))
        for key, pos in self.placements or ():
            session.placements[key] = pos
        if self.attr == "steps":
            session.current_step = max(0, min(session.current_step, len(session.steps) - 1))
        return ReplaceList(self.attr, old, self.label, removed)

    def touched(self) -> Touched:
        return {Part(self.attr): None, **_with_placements(self.attr, None)}

    def describe(self, session: Session) -> str:
        return self.label or tr("Edit {0}").format(self.attr)


@dataclass(frozen=True)
class SetSettings(Change):
    settings: SessionSettings
    label: str = ""
    part = Part.SETTINGS

    def apply(self, session: Session) -> Change:
        old = session.settings
        session.settings = self.settings
        return SetSettings(old, self.label)

    def touched(self) -> Touched:
        return {Part.SETTINGS: None}

    def describe(self, session: Session) -> str:
        return self.label or tr("Change session settings")


@dataclass(frozen=True)
class SetVote(Change):
    """Dots of one team on one lever (0 removes them)."""

    team_id: str
    lever: str  # lever code, L1..L6
    dots: int
    part = Part.VOTES

    def apply(self, session: Session) -> Change:
        key = (self.team_id, self.lever)
        old = session.votes.get(key, 0)
        if self.dots <= 0:
            session.votes.pop(key, None)
        else:
            session.votes[key] = int(self.dots)
        return SetVote(self.team_id, self.lever, old)

    def touched(self) -> Touched:
        return {Part.VOTES: frozenset(((self.team_id, self.lever),))}

    def describe(self, session: Session) -> str:
        return tr("Vote on levers")

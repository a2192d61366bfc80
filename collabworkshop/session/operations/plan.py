"""The action plan: generated suggestions and the group's own actions."""

from __future__ import annotations

from dataclasses import replace

from ...common.i18n import QT_TRANSLATE_NOOP
from ...model import (
    ActionItem,
    ActionStatus,
    AddAction,
    Batch,
    Lever,
    MoveAction,
    RemoveAction,
    Session,
    SetActions,
    UpdateAction,
)
from ...model.changes import Change
from ...model.session import clean_text
from ...planning import generate_plan as _generate
from . import OperationRefused, check_room

SUPPORTER_IS_OWNER = QT_TRANSLATE_NOOP(
    "Operations", "{0} is the accountable owner; the owner does not also support the action."
)


def _action(session: Session, action_id: str) -> ActionItem:
    try:
        return session.actions[session.action_index(action_id)]
    except KeyError:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "The plan has no action {0}."), action_id) from None


def _owner_team(session: Session, owner: str) -> str | None:
    """The team an owner names, if the owner is a team (it may be a person)."""
    return next((t.id for t in session.teams if t.name == owner.strip()), None)


def _free_id(taken: set[str]) -> str:
    n = 1
    while f"a{n}" in taken:
        n += 1
    return f"a{n}"


def generate_plan(session: Session, importance: dict[Lever, int] | None = None) -> SetActions:
    """Suggestions from the gaps and the vote. Regenerating replaces only the
    suggestions: what the group accepted or wrote itself stays, and new
    suggestions follow it."""
    if importance is None:
        importance = session.lever_importance()  # None when nobody voted: all levers 2
    kept = [a for a in session.actions if a.accepted]
    titles = {a.title for a in kept}
    taken = {a.id for a in kept}
    for action in _generate(session, importance=importance):
        if action.title in titles:
            continue
        new_id = _free_id(taken)
        taken.add(new_id)
        kept.append(replace(action, id=new_id))
    return SetActions(tuple(kept))


def update_action(session: Session, action_id: str, field_name: str, value) -> Change | None:
    """One field of an action. The owner and the supporting teams keep the
    RACI rule: the accountable team does not also support itself."""
    if field_name == "owner":
        return set_action_owner(session, action_id, value)
    if field_name == "supporting":
        return set_action_supporting(session, action_id, value)
    action = _action(session, action_id)
    if isinstance(value, str):
        value = clean_text(value)
    if field_name == "lever" and not isinstance(value, Lever):
        value = Lever(value)
    if field_name == "status" and not isinstance(value, ActionStatus):
        value = ActionStatus(value)
    if field_name == "title" and not value:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "An action needs a title."))
    check_room(session, "actions")
    if getattr(action, field_name) == value:
        return None
    return UpdateAction(action_id, field_name, value)


def set_action_owner(session: Session, action_id: str, owner: str, label: str = "") -> Change | None:
    """A new accountable owner; a team that becomes the owner stops
    supporting (both in one change)."""
    action = _action(session, action_id)
    owner = clean_text(owner)
    if owner == action.owner:
        return None
    change = UpdateAction(action_id, "owner", owner)
    team = _owner_team(session, owner)
    if team in action.supporting:
        still = tuple(t for t in action.supporting if t != team)
        return Batch((UpdateAction(action_id, "supporting", still), change), label)
    return change


def set_action_supporting(session: Session, action_id: str, team_ids, label: str = "") -> UpdateAction | None:
    action = _action(session, action_id)
    team_ids = tuple(team_ids)
    owner = _owner_team(session, action.owner)
    if owner is not None and owner in team_ids:
        raise OperationRefused(SUPPORTER_IS_OWNER, session.team(owner).name)
    known = {t.id for t in session.teams}
    unknown = [t for t in team_ids if t not in known]
    if unknown:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "This session has no team {0}."), unknown[0])
    if team_ids == action.supporting:
        return None
    return UpdateAction(action_id, "supporting", team_ids)


def add_action(session: Session, title: str, lever: Lever = Lever.SHARED_GOALS) -> AddAction:
    title = clean_text(title)
    if not title:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "An action needs a title."))
    action = ActionItem(id=session.new_action_id(), title=title, lever=lever)
    return AddAction(action, len(session.actions))


def remove_action(session: Session, action_id: str) -> RemoveAction:
    _action(session, action_id)
    return RemoveAction(action_id)


def move_action(session: Session, action_id: str, index: int) -> MoveAction | None:
    _action(session, action_id)
    index = max(0, min(index, len(session.actions) - 1))
    return None if session.action_index(action_id) == index else MoveAction(action_id, index)


def accept_actions(session: Session, action_ids, label: str = "") -> Change | None:
    """Accept generated suggestions, all in one change."""
    pending = [i for i in action_ids if not _action(session, i).accepted]
    if not pending:
        return None
    changes = tuple(UpdateAction(i, "accepted", True) for i in pending)
    return changes[0] if len(changes) == 1 else Batch(changes, label)

"""Teams and the participants who place for them."""

from __future__ import annotations

from ...common.i18n import QT_TRANSLATE_NOOP
from ...model import AddItem, AddTeam, Batch, MoveItem, Participant, RemoveItem, RemoveTeam, Session, SetItem, Team
from ...model.changes import Change, UpdateTeam
from ...model.session import clean_text
from . import OperationRefused, check_room

#: Okabe-Ito colours: distinguishable with the common colour-vision
#: deficiencies (black is left out: it is the text colour).
TEAM_PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
TEAM_NAME_NEEDED = QT_TRANSLATE_NOOP("Operations", "A team needs a name.")
PARTICIPANT_NAME_NEEDED = QT_TRANSLATE_NOOP("Operations", "A participant needs a name.")


def _team(session: Session, team_id: str) -> Team:
    try:
        return session.team(team_id)
    except KeyError:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "This session has no team {0}."), team_id) from None


def _person(session: Session, person_id: str) -> Participant:
    try:
        return session.participant(person_id)
    except KeyError:
        raise OperationRefused(
            QT_TRANSLATE_NOOP("Operations", "This session has no participant {0}."), person_id
        ) from None


def add_team(session: Session, name: str, organisation: str = "", colour: str | None = None) -> AddTeam:
    name = clean_text(name)
    if not name:
        raise OperationRefused(TEAM_NAME_NEEDED)
    check_room(session, "teams")
    if colour is None:
        used = {t.colour.upper() for t in session.teams}
        free = [c for c in TEAM_PALETTE if c.upper() not in used]
        colour = free[0] if free else TEAM_PALETTE[len(session.teams) % len(TEAM_PALETTE)]
    team = Team(session.new_team_id(), name, clean_text(organisation), colour)
    return AddTeam(team, len(session.teams))


def remove_team(session: Session, team_id: str) -> RemoveTeam:
    _team(session, team_id)
    return RemoveTeam(team_id)


def update_team(session: Session, team_id: str, field_name: str, value: str) -> UpdateTeam | None:
    value = clean_text(value)
    if field_name == "name" and not value:
        raise OperationRefused(TEAM_NAME_NEEDED)
    if getattr(_team(session, team_id), field_name) == value:
        return None
    return UpdateTeam(team_id, field_name, value)


def add_participant(session: Session, team_id: str, name: str, label: str = "") -> AddItem:
    name = clean_text(name, 200)
    if not name:
        raise OperationRefused(PARTICIPANT_NAME_NEEDED)
    _team(session, team_id)
    check_room(session, "participants")
    person = Participant(session.new_participant_id(), team_id, name)
    return AddItem("participants", person, len(session.participants), label=label)


def add_participants(session: Session, entries, label: str = "") -> tuple[Batch, list[str]]:
    """Several new participants at once, ``entries`` as (team id, name):
    one change, so many phones joining together redraw the board once.
    Each entry has the rule of :func:`add_participant`."""
    taken = {p.id for p in session.participants}
    changes: list[Change] = []
    ids: list[str] = []
    for team_id, name in entries:
        name = clean_text(name, 200)
        if not name:
            raise OperationRefused(PARTICIPANT_NAME_NEEDED)
        _team(session, team_id)
        n = len(taken) + 1
        while f"p{n}" in taken:
            n += 1
        person = Participant(f"p{n}", team_id, name)
        taken.add(person.id)
        ids.append(person.id)
        changes.append(AddItem("participants", person, len(session.participants) + len(changes), label=label))
    return Batch(tuple(changes), label), ids


def remove_participant(session: Session, person_id: str, label: str = "") -> RemoveItem:
    _person(session, person_id)
    return RemoveItem("participants", person_id, label)


def rename_participant(session: Session, person_id: str, name: str, label: str = "") -> SetItem | None:
    name = clean_text(name, 200)
    if not name:
        raise OperationRefused(PARTICIPANT_NAME_NEEDED)
    person = _person(session, person_id)
    if name == person.name:
        return None
    return SetItem("participants", Participant(person.id, person.team_id, name), label)


def move_participant(session: Session, person_id: str, team_id: str, label: str = "") -> Change | None:
    """Move a person to another team, at the end of the list (so the set-up
    tree shows them last in the new team)."""
    person = _person(session, person_id)
    _team(session, team_id)
    if person.team_id == team_id:
        return None
    moved = SetItem("participants", Participant(person.id, team_id, person.name), label)
    return Batch((moved, MoveItem("participants", person_id, len(session.participants) - 1, label)), label)

"""The agenda: the workshop's steps, in order."""

from __future__ import annotations

from ...common.i18n import QT_TRANSLATE_NOOP
from ...model import AddItem, Batch, MoveItem, RemoveItem, Session, SetItem, Step, StepKind
from ...model.changes import Change
from . import OperationRefused, check_room

#: Step kinds that work on a round of placement.
ROUND_KINDS = (StepKind.PLACE, StepKind.DISCUSS)


def _index(session: Session, step_id: str) -> int:
    for i, step in enumerate(session.steps):
        if step.id == step_id:
            return i
    raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "The agenda has no step {0}."), step_id)


def _check(session: Session, step: Step) -> None:
    if step.kind in ROUND_KINDS:
        if not step.round_id:
            raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "A {0} step needs a round."), step.kind.value)
        try:
            session.round(step.round_id)
        except KeyError:
            raise OperationRefused(
                QT_TRANSLATE_NOOP("Operations", "This session has no round {0}."), step.round_id
            ) from None


def add_step(session: Session, step: Step, index: int, label: str = "") -> AddItem:
    _check(session, step)
    check_room(session, "steps")
    if any(s.id == step.id for s in session.steps):
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "The agenda has a step {0} already."), step.id)
    return AddItem("steps", step, max(0, min(index, len(session.steps))), label=label)


def remove_step(session: Session, step_id: str, label: str = "") -> RemoveItem:
    index = _index(session, step_id)
    if len(session.steps) == 1:
        raise OperationRefused(
            QT_TRANSLATE_NOOP(
                "Operations", "An agenda needs at least one step. Add another step before removing \u201c{0}\u201d."
            ),
            session.steps[index].title,
        )
    return RemoveItem("steps", step_id, label)


def move_step(session: Session, step_id: str, index: int, label: str = "") -> MoveItem | None:
    old = _index(session, step_id)
    index = max(0, min(index, len(session.steps) - 1))
    return None if index == old else MoveItem("steps", step_id, index, label)


def update_step(session: Session, step: Step, label: str = "") -> SetItem | None:
    """Replace a step by its edited version (title, kind, round, timebox, ...)."""
    old = session.steps[_index(session, step.id)]
    if step == old:
        return None
    _check(session, step)
    return SetItem("steps", step, label)


def reorder_steps(session: Session, order: list[str], label: str = "") -> Change | None:
    """Put the steps in ``order`` (their ids, as a drag in the list left them):
    one move per step out of place, as one change."""
    ids = [s.id for s in session.steps]
    if sorted(order) != sorted(ids):
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "The new order does not name every step once."))
    moves: list[Change] = []
    for target, step_id in enumerate(order):
        if ids[target] != step_id:
            ids.remove(step_id)
            ids.insert(target, step_id)
            moves.append(MoveItem("steps", step_id, target, label))
    if not moves:
        return None
    return moves[0] if len(moves) == 1 else Batch(tuple(moves), label)

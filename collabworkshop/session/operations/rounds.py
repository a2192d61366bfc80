"""Rounds of placement: blind (hidden) or revealed, and re-placements."""

from __future__ import annotations

from dataclasses import replace

from ...common.i18n import QT_TRANSLATE_NOOP
from ...model import AddItem, Batch, Round, Session, SetItem, Step, StepKind
from ...model.session import clean_text
from . import OperationRefused, check_room


def _round(session: Session, round_id: str) -> Round:
    try:
        return session.round(round_id)
    except KeyError:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "This session has no round {0}."), round_id) from None


def set_round_hidden(session: Session, round_id: str, hidden: bool, label: str = "") -> SetItem | None:
    """Hide a round's tokens (blind placement) or reveal them."""
    rnd = _round(session, round_id)
    if rnd.baseline:
        raise OperationRefused(
            QT_TRANSLATE_NOOP("Operations", "{0} comes from an earlier session and cannot be hidden."), rnd.name
        )
    if rnd.hidden == bool(hidden):
        return None
    return SetItem("rounds", replace(rnd, hidden=bool(hidden)), label)


def add_replacement_round(session: Session, after_step: int, *, name: str, title: str, prompt: str,
                          label: str = "") -> tuple[Batch, str]:
    """A re-placement of the round step ``after_step`` works on, and its place
    step right after that step. Returns the change and the new round's id.
    The caller words the names (they are translated where they are shown)."""
    if not 0 <= after_step < len(session.steps):
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "The agenda has no step {0}."), after_step + 1)
    follows = session.steps[after_step].round_id
    if not follows:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "The step has no round to place again."))
    check_room(session, "rounds")
    check_room(session, "steps")
    round_id = session.new_round_id()
    new_round = Round(round_id, clean_text(name), follows=follows)
    step = Step(session.new_step_id(), title, StepKind.PLACE, prompt=prompt, round_id=round_id,
                compare_round_id=follows)
    change = Batch((AddItem("rounds", new_round, len(session.rounds), label=label),
                    AddItem("steps", step, after_step + 1, label=label)), label)
    return change, round_id


def replacements_of(session: Session, round_id: str) -> int:
    """How many re-placements of ``round_id`` there are (to number the next)."""
    return sum(1 for r in session.rounds if r.follows == round_id)

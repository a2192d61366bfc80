"""The lever vote: each team spreads its dots over the six levers."""

from __future__ import annotations

from ...model import Lever, Session, SetVote


def team_dots(session: Session, team_id: str) -> int:
    return sum(dots for (tid, _), dots in session.votes.items() if tid == team_id)


def set_vote(session: Session, team_id: str, lever: Lever | str, dots: int) -> SetVote | None:
    """A team's dots on one lever. Adding dots beyond the team's budget is
    refused; taking dots off is always allowed (the budget may have shrunk)."""
    from ...common.i18n import QT_TRANSLATE_NOOP
    from . import OperationRefused

    code = lever.value if isinstance(lever, Lever) else Lever(lever).value
    dots = max(0, int(dots))
    try:
        team = session.team(team_id)
    except KeyError:
        raise OperationRefused(QT_TRANSLATE_NOOP("Operations", "This session has no team {0}."), team_id) from None
    current = session.votes.get((team_id, code), 0)
    if dots == current:
        return None
    budget = session.settings.vote_dots
    if dots > current and team_dots(session, team_id) - current + dots > budget:
        raise OperationRefused(
            QT_TRANSLATE_NOOP("Operations", "{0} has placed all {1}. Take a dot off another lever first."),
            team.name, DotCount(budget),
        )
    return SetVote(team_id, code, dots)


def spend_vote_dot(session: Session, team_id: str, lever: Lever | str, delta: int) -> SetVote | None:
    """Add (+1) or take off (-1) one of a team's dots on a lever."""
    code = lever.value if isinstance(lever, Lever) else Lever(lever).value
    new = session.votes.get((team_id, code), 0) + delta
    if new < 0:
        return None
    return set_vote(session, team_id, code, new)


class DotCount(int):
    """A number of dots in a refusal's message. The controller words it in
    the user's language; this English form is for callers without Qt."""

    def __format__(self, spec: str) -> str:
        return "1 dot" if self == 1 else f"{int(self)} dots"

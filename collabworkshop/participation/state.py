"""What each phone may see, built from the session (in the GUI thread).

The rule of what leaves the laptop lives here and nowhere else: the step's
title and prompt (never its facilitator script, never notes), the round's
dimensions and pole labels, the phone's OWN positions, and the group's
medians only when the round is revealed. During a blind round ``group``
is None and no other person's position is in any message. The vote shows
the team's own dots only.
"""

from __future__ import annotations

from ..analysis.stats import describe
from ..model import Lever, Session, StepKind

PLACE_KINDS = (StepKind.PLACE, StepKind.DISCUSS)


def placer_of(session: Session, team_id: str, person_id: str) -> str:
    """Whose token a device moves: the participant (participant mode) or
    the team (team mode); "" when it has not registered yet."""
    if session.by_participant:
        return person_id if any(p.id == person_id for p in session.participants) else ""
    return team_id if any(t.id == team_id for t in session.teams) else ""


def welcome(session: Session, device_id: str, team_id: str, name: str, language: str, anonymous: bool) -> dict:
    return {
        "type": "welcome",
        "device": device_id,
        "lang": language,
        "mode": "participant" if session.by_participant else "team",
        "anonymous": anonymous,
        "teams": [{"id": t.id, "name": t.name, "colour": t.colour} for t in session.teams],
        "me": {"team": team_id if any(t.id == team_id for t in session.teams) else "", "name": name},
    }


def group_medians(session: Session, round_id: str) -> dict[str, float] | None:
    """Per dimension the median of everyone's tokens; None while blind."""
    try:
        rnd = session.round(round_id)
    except KeyError:
        return None
    if rnd.hidden:
        return None
    out = {}
    for dim in session.dimensions:
        median = describe(session.positions(round_id, dim.id)).median
        if median is not None:
            out[dim.id] = round(median, 1)
    return out


def step_message(session: Session, team_id: str, placer_id: str, group: dict | None = None,
                 group_known: bool = False) -> dict:
    """The ``step`` message for one device. ``group``/``group_known`` let a
    broadcast compute the medians once for every phone."""
    step = session.active_step()
    kind = step.kind.value if step is not None else "setup"
    message: dict = {
        "type": "step",
        "kind": kind,
        "title": step.title if step is not None else "",
        "prompt": step.prompt if step is not None else "",
        "round": None,
        "dimensions": [],
        "mine": {},
        "group": None,
        "editable": False,
        "vote": None,
    }
    if step is None:
        return message
    if step.kind in PLACE_KINDS and step.round_id:
        try:
            rnd = session.round(step.round_id)
        except KeyError:
            rnd = None
        if rnd is not None:
            message["round"] = {"id": rnd.id, "name": rnd.name, "blind": rnd.hidden}
            message["dimensions"] = [
                {"id": d.id, "name": d.name, "low": d.low_label, "high": d.high_label} for d in session.dimensions
            ]
            if placer_id:
                message["mine"] = {
                    d.id: pos for d in session.dimensions
                    if (pos := session.placements.get((rnd.id, d.id, placer_id))) is not None
                }
            message["group"] = group if group_known else group_medians(session, rnd.id)
            if rnd.hidden:
                message["group"] = None  # whatever the caller passed, a blind round shows nobody else
            message["editable"] = step.kind is StepKind.PLACE and not rnd.baseline and bool(placer_id)
    if step.kind is StepKind.VOTE:
        message["vote"] = {
            "levers": [{"id": lever.value, "name": lever.title} for lever in Lever],
            "dots": session.settings.vote_dots,
            "mine": {
                lever.value: dots for lever in Lever
                if team_id and (dots := session.votes.get((team_id, lever.value), 0))
            },
        }
        message["editable"] = bool(team_id) and any(t.id == team_id for t in session.teams)
    return message

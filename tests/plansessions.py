"""Sessions for the action-plan tests (tests/unit/planning): every team at
50 on every dimension in both rounds, except where a test says otherwise."""

from __future__ import annotations

from collabworkshop.model import Lever, SessionInfo, Team, default_template
from collabworkshop.planning import load_library

DATE = "2025-03-10"
L1, L2, L3, L4, L5, L6 = (
    Lever.SHARED_GOALS,
    Lever.JOINT_GOVERNANCE,
    Lever.PSYCHOLOGICAL_SAFETY,
    Lever.OPEN_COMMUNICATION,
    Lever.MUTUAL_ACCOUNTABILITY,
    Lever.RIGHT_PARTNERS,
)
DIMS = ("overall", "relationship", "integration", "outcomes", "decisions")
LIBRARY = load_library()


def make_session(today=None, needed=None, n_teams=3, date=DATE):
    """Every team at 50 on every dimension in both rounds, except where
    ``today`` / ``needed`` (dimension id -> one value for all teams, or a
    list with one value per team) say otherwise."""
    s = default_template().new_session(SessionInfo(title="Test", date=date))
    s.teams = [Team(f"t{i}", f"Team {i}") for i in range(1, n_teams + 1)]
    for round_id, spec in (("today", today or {}), ("needed", needed or {})):
        for dim in DIMS:
            value = spec.get(dim, 50.0)
            values = value if isinstance(value, list) else [value] * n_teams
            for team, pos in zip(s.teams, values, strict=True):
                s.placements[(round_id, dim, team.id)] = float(pos)
    return s

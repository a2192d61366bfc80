"""Regenerate the sample session shipped in resources/sample/.

A fictional alliance of five teams rebuilding a harbour's quay and rail link,
with placements in both rounds, a lever vote and a generated action plan. Run with
``python scripts/make_sample.py`` after changing the template or the plan
rules, and commit the result.
"""

from __future__ import annotations

from pathlib import Path

from collabworkshop.model import SessionInfo, Team, default_template
from collabworkshop.planning import generate_plan
from collabworkshop.storage import save_session

OUT = Path(__file__).resolve().parent.parent / "resources" / "sample" / "eastport-alliance.cwsession"

TEAMS = [
    Team("t1", "Harbour Works", "Harbour Works Ltd", "#E69F00"),
    Team("t2", "Port Authority", "Eastport Port Authority", "#56B4E9"),
    Team("t3", "Tidewater Design", "Tidewater Engineering", "#009E73"),
    Team("t4", "Railink Systems", "Railink", "#0072B2"),
    Team("t5", "Quayside Community", "Eastport Port Authority", "#CC79A7"),
]

# round -> dimension -> positions in team order (None: not placed).
PLACEMENTS = {
    "today": {
        "overall": [35, 30, 42, 28, 38],
        "relationship": [62, 30, 48, 25, 55],
        "integration": [20, 75, 35, 22, 18],
        "outcomes": [30, 26, 40, 24, 33],
        "decisions": [45, 38, 50, 40, 47],
    },
    "needed": {
        "overall": [72, 70, 75, 65, 80],
        "relationship": [80, 72, 78, 70, 85],
        "integration": [70, 68, 75, 60, 72],
        "outcomes": [78, 74, 80, 70, 76],
        "decisions": [55, 50, 60, 48, 52],
    },
}


# Lever vote: each team's 3 dots, as (team id, lever code, dots).
VOTES = [
    ("t1", "L1", 2), ("t1", "L4", 1),
    ("t2", "L2", 2), ("t2", "L1", 1),
    ("t3", "L1", 1), ("t3", "L3", 1), ("t3", "L4", 1),
    ("t4", "L2", 1), ("t4", "L4", 2),
    ("t5", "L3", 2), ("t5", "L1", 1),
]


def build():
    session = default_template().new_session(
        SessionInfo(
            title="Eastport Harbour Alliance: partnership check",
            organisation="Eastport Harbour Alliance",
            date="2026-10-14",
            facilitator="Morgan Reyes",
        )
    )
    session.teams = list(TEAMS)
    for round_id, dims in PLACEMENTS.items():
        for dim_id, positions in dims.items():
            for team, pos in zip(TEAMS, positions, strict=True):
                if pos is not None:
                    session.placements[(round_id, dim_id, team.id)] = float(pos)
    for team_id, code, dots in VOTES:
        session.votes[(team_id, code)] = dots
    session.actions = generate_plan(session, importance=session.lever_importance())
    owners = ["Port Authority", "Harbour Works", "Tidewater Design", "Railink Systems", "Port Authority"]
    for i, action in enumerate(session.actions):
        # The sample's plan is the one the room agreed: accepted, with owners.
        session.actions[i] = type(action)(**{**action.__dict__, "owner": owners[i % len(owners)], "accepted": True})
    return session


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    save_session(build(), OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

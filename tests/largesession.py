"""A big room for the report tests: 50 teams of 10 participants, the five
dimensions of the default template and 10 rounds (25,000 placements), built
with the app's own model and saved with its own storage.

The speed helper's bench has its own generator (bench/large_session.py);
this one stays small and deterministic so the tests do not depend on it.
"""

from __future__ import annotations

import random
from pathlib import Path

from collabworkshop.model import Round, SessionInfo, Team, default_template
from collabworkshop.model.session import (
    ActionItem,
    Lever,
    Participant,
    PlacementMode,
    Session,
    SessionSettings,
)

TEAMS = 50
PER_TEAM = 10
ROUNDS = 10


def large_session(teams: int = TEAMS, per_team: int = PER_TEAM, rounds: int = ROUNDS, seed: int = 15) -> Session:
    rng = random.Random(seed)
    s = default_template().new_session(SessionInfo(title="Harbour programme, all hands",
                                                   organisation="Port Authority", date="2026-11-30",
                                                   facilitator="R. Okafor"))
    s.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    orgs = ["Port Authority", "City Council", "Harbour Works", "Quayside Community Trust", "Rail Freight"]
    s.teams = [Team(f"t{i}", f"Team {i:02d}", orgs[i % len(orgs)]) for i in range(1, teams + 1)]
    s.participants = [
        Participant(f"p{i}-{j}", f"t{i}", f"Person {i:02d}.{j:02d}")
        for i in range(1, teams + 1) for j in range(1, per_team + 1)
    ]
    extra = [Round(f"r{k}", f"Check-in {k - 2}") for k in range(3, rounds + 1)]
    s.rounds = list(s.rounds) + extra
    for rnd in s.rounds:
        for d, dim in enumerate(s.dimensions):
            centre = 30 + 8 * d if rnd.id == "today" else 55 + 7 * d
            for person in s.participants:
                team_shift = (int(person.team_id[1:]) % 7 - 3) * 6
                pos = min(100.0, max(0.0, rng.gauss(centre + team_shift, 14)))
                s.placements[(rnd.id, dim.id, person.id)] = round(pos, 1)
    levers = list(Lever)
    s.actions = [
        ActionItem(f"a{i}", f"Action {i}: joint planning cell for berth {i}", levers[i % len(levers)],
                   owner=f"Owner {i}" if i % 3 else "", due=f"2027-0{1 + i % 9}-15" if i % 4 else "",
                   accepted=i % 5 != 0)
        for i in range(1, 13)
    ]
    for team in s.teams:
        s.votes[(team.id, levers[int(team.id[1:]) % len(levers)].value)] = 3
    return s


def write_large_session(dest: Path, **kwargs) -> Path:
    from collabworkshop.storage import save_session

    save_session(large_session(**kwargs), dest)
    return dest

"""The large session of issue 15, generated for the benchmarks.

``large_session()`` builds it in memory and ``write_large_session()`` saves
it as a session file: by default 500 participants in 50 teams, the default
template's 5 dimensions, 10 rounds, every participant placed on every line
of every round (25,000 placements), participant mode, a lever vote from
every team and a few notes. ``spread=True`` is the variant with 100 teams
(5 people each) whose centres lie all over the line, the worst case for the
perception-gap pairs.

Deterministic (a seeded generator), so two runs time the same file.

    .venv/bin/python bench/large_session.py out.cwsession [--spread]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The figures of the issue's measurement.
TEAMS = 50
PER_TEAM = 10
ROUNDS = 10
SPREAD_TEAMS = 100
SPREAD_PER_TEAM = 5


def large_session(teams: int = TEAMS, per_team: int = PER_TEAM, rounds: int = ROUNDS, *,
                  spread: bool = False, seed: int = 15):
    """The session described above (a :class:`collabworkshop.model.Session`).
    ``spread`` puts the team centres evenly over the whole line, far apart;
    otherwise they cluster around the middle as a real room's do."""
    from collabworkshop.controller.session_controller import TEAM_PALETTE
    from collabworkshop.model import (
        Lever,
        Note,
        NoteKind,
        Participant,
        PlacementMode,
        Round,
        SessionInfo,
        SessionSettings,
        Step,
        StepKind,
        Team,
        default_template,
    )

    rng = random.Random(seed)
    session = default_template().new_session(
        SessionInfo(title="Large session (benchmark)", organisation="Bench", date="2026-12-01",
                    facilitator="Bench")
    )
    session.teams = [
        Team(f"t{i + 1}", f"Team {i + 1:03d}", f"Organisation {i % 7 + 1}", TEAM_PALETTE[i % len(TEAM_PALETTE)])
        for i in range(teams)
    ]
    session.participants = [
        Participant(f"p{t * per_team + k + 1}", f"t{t + 1}", f"Person {t * per_team + k + 1:04d}")
        for t in range(teams)
        for k in range(per_team)
    ]
    session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)

    # Rounds: the template's own (today, needed) and as many more as asked,
    # each with its place and discuss step, inserted before the lever vote.
    base_rounds = list(session.rounds)[:rounds]
    extra = [Round(f"r{k}", f"Round {k}") for k in range(len(base_rounds) + 1, rounds + 1)]
    session.rounds = base_rounds + extra
    steps = list(session.steps)
    at = next((i for i, st in enumerate(steps) if st.kind is StepKind.VOTE), len(steps))
    added = []
    for rnd in extra:
        added.append(Step(f"place-{rnd.id}", f"Place: {rnd.name}", StepKind.PLACE, "Place again.", rnd.id,
                          base_rounds[0].id))
        added.append(Step(f"discuss-{rnd.id}", f"Discuss: {rnd.name}", StepKind.DISCUSS, "What moved?", rnd.id,
                          base_rounds[0].id))
    session.steps = steps[:at] + added + steps[at:]

    # Each team has a centre per dimension; its people scatter around it and
    # drift a little from round to round.
    if spread:
        centres = [[(100.0 * (t + 0.5) / teams + 37.0 * d) % 100.0 for d in range(len(session.dimensions))]
                   for t in range(teams)]
        scatter = 4.0
    else:
        centres = [[rng.gauss(50.0, 15.0) for _ in session.dimensions] for _ in range(teams)]
        scatter = 12.0
    placements = {}
    for r, rnd in enumerate(session.rounds):
        for d, dim in enumerate(session.dimensions):
            for t in range(teams):
                centre = centres[t][d] + r * 1.5
                for k in range(per_team):
                    pos = min(100.0, max(0.0, rng.gauss(centre, scatter)))
                    placements[(rnd.id, dim.id, f"p{t * per_team + k + 1}")] = round(pos, 2)
    session.placements = placements

    levers = [lever.value for lever in Lever]
    dots = session.settings.vote_dots
    session.votes = {}
    for t in range(teams):
        for _ in range(dots):
            key = (f"t{t + 1}", rng.choice(levers))
            session.votes[key] = session.votes.get(key, 0) + 1
    discuss = [st for st in session.steps if st.kind is StepKind.DISCUSS]
    session.notes = [
        Note(f"n{i + 1}", (NoteKind.NOTE, NoteKind.DECISION, NoteKind.PARKING)[i % 3],
             f"Note {i + 1}: what the room said about this line.",
             discuss[i % len(discuss)].id if discuss else "", session.dimensions[i % len(session.dimensions)].id)
        for i in range(60)
    ]
    session.current_step = 0
    return session


def write_large_session(path: Path | str, teams: int = TEAMS, per_team: int = PER_TEAM, rounds: int = ROUNDS, *,
                        spread: bool = False, seed: int = 15) -> Path:
    """Generate the session and save it as a session file at ``path``."""
    from collabworkshop.storage.sessionfile import save_session

    path = Path(path)
    save_session(large_session(teams, per_team, rounds, spread=spread, seed=seed), path)
    return path


def write_spread_session(path: Path | str, seed: int = 15) -> Path:
    """The 100-widely-spread-teams variant (500 people, 25,000 placements)."""
    return write_large_session(path, SPREAD_TEAMS, SPREAD_PER_TEAM, ROUNDS, spread=True, seed=seed)


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0])
    if "--spread" in argv[1:]:
        write_spread_session(out)
    else:
        write_large_session(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The largest session the app supports (collabworkshop/model/limits.py):
one that large opens and imports whole; one more of any part is refused
with one line naming the limit, and the user's file is left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from collabworkshop.model import Participant, PlacementMode, Round, SessionSettings, Step, StepKind, Team
from collabworkshop.model import default_template as template
from collabworkshop.model.limits import (
    MAX_DIMENSIONS,
    MAX_PARTICIPANTS,
    MAX_ROUNDS,
    MAX_STEPS,
    MAX_TEAMS,
    over_limit,
)
from collabworkshop.model.session import Dimension
from collabworkshop.storage import (
    InterchangeError,
    SessionFileError,
    SessionStore,
    read_session,
    save_session,
    session_from_dict,
    session_from_json,
    session_to_dict,
)


def session_of(teams: int, per_team: int = 0, dimensions: int = 5, rounds: int = 2, steps: int | None = None):
    """A session with these counts, every placer placed on every line of every round."""
    session = template().new_session()
    session.teams = [Team(f"t{i}", f"Team {i}", "", "#0072B2") for i in range(teams)]
    session.participants = [Participant(f"p{i}-{k}", f"t{i}", f"Person {i}-{k}") for i in range(teams)
                            for k in range(per_team)]
    if per_team:
        session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    session.dimensions = [Dimension(f"d{i}", f"Line {i}", "low", "high") for i in range(dimensions)]
    session.rounds = [Round(f"r{i}", f"Round {i}") for i in range(rounds)]
    count = steps if steps is not None else rounds
    session.steps = [Step(f"s{i}", f"Place {i}", StepKind.PLACE, round_id=f"r{i % rounds}") for i in range(count)]
    session.current_step = 0
    session.placements = {(r.id, d.id, placer): float((i * 7) % 101)
                          for r in session.rounds for d in session.dimensions
                          for i, placer in enumerate(session.placer_ids())}
    return session


@pytest.mark.slow
def test_the_largest_supported_session_saves_opens_and_imports_whole(tmp_path: Path):
    largest = session_of(MAX_TEAMS, MAX_PARTICIPANTS // MAX_TEAMS, MAX_DIMENSIONS, MAX_ROUNDS, MAX_STEPS)
    assert over_limit(largest) is None
    path = tmp_path / "largest.cwsession"
    save_session(largest, path)
    store, opened = SessionStore.open_copy(path, tmp_path / "working")
    store.close()
    assert (len(opened.teams), len(opened.participants), len(opened.dimensions), len(opened.rounds),
            len(opened.steps)) == (MAX_TEAMS, MAX_PARTICIPANTS, MAX_DIMENSIONS, MAX_ROUNDS, MAX_STEPS)
    assert len(opened.placements) == MAX_PARTICIPANTS * MAX_DIMENSIONS * MAX_ROUNDS == 100_000
    assert opened.placements == largest.placements
    again = session_from_dict(session_to_dict(opened))
    assert len(again.placements) == len(opened.placements)


@pytest.mark.parametrize(
    ("counts", "table", "limit"),
    [
        ({"teams": MAX_TEAMS + 1}, "teams", MAX_TEAMS),
        ({"teams": 2, "per_team": MAX_PARTICIPANTS // 2 + 1}, "participants", MAX_PARTICIPANTS),
        ({"teams": 2, "dimensions": MAX_DIMENSIONS + 1}, "dimensions", MAX_DIMENSIONS),
        ({"teams": 2, "rounds": MAX_ROUNDS + 1}, "rounds", MAX_ROUNDS),
        ({"teams": 2, "steps": MAX_STEPS + 1}, "steps", MAX_STEPS),
    ],
)
def test_a_file_over_a_limit_is_refused_with_one_line_naming_it(tmp_path: Path, counts, table, limit):
    path = tmp_path / "too-large.cwsession"
    save_session(session_of(**counts), path)
    before = path.read_bytes()
    for attempt in (read_session, lambda p: SessionStore.open_copy(p, tmp_path / "working")):
        with pytest.raises(SessionFileError) as caught:
            attempt(path)
        message = str(caught.value)
        assert message.startswith(f"{path}: session file refused: ")
        assert f"{table} has more rows than the limit ({limit:,})" in message
        assert "\n" not in message
    assert path.read_bytes() == before


def test_a_json_import_with_100000_teams_is_refused_before_it_is_built():
    data = session_to_dict(session_of(2))
    data["teams"] = [{"id": f"t{i}", "name": f"Team {i}"} for i in range(100_000)]
    with pytest.raises(InterchangeError) as caught:
        session_from_json(json.dumps(data))
    assert str(caught.value) == "100,000 teams: more than the 100 teams CollabWorkshop supports"


@pytest.mark.parametrize(("part", "count"), [("participants", MAX_PARTICIPANTS + 1), ("steps", MAX_STEPS + 1),
                                             ("rounds", MAX_ROUNDS + 1), ("dimensions", MAX_DIMENSIONS + 1)])
def test_a_json_import_over_any_limit_names_it(part, count):
    data = session_to_dict(session_of(1))
    data[part] = [{"id": f"x{i}"} for i in range(count)]  # refused on the count, before each record
    with pytest.raises(InterchangeError) as caught:
        session_from_dict(data)
    assert str(caught.value).startswith(f"{count:,} {part}: more than the ")

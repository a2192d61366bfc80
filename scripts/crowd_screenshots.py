"""Screenshots of the board in rooms of 5, 50 and 500 (issue 15: a board that
reads at any size), offscreen, with a throw-away config and data folder:

- board-crowd-5.png     the sample (5 teams place), console at 1920x1080, "Place: today"
- board-crowd-50.png    50 participants in the sample's 5 teams
- board-crowd-500.png   500 participants in 50 teams
- display-crowd-500.png the audience display (1920x1080) of the 500

Run ``python scripts/crowd_screenshots.py [out-folder]`` (default docs/screenshots).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("COLLABWORKSHOP_LANGUAGE", "en")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shots import ROOT, grab, sandbox, settle, start_app  # noqa: E402 (after the environment)

PLACES = ("Harbour", "Quayside", "Eastport", "North Pier", "Dockland", "Riverside", "Old Town", "Marina",
          "Bay", "Canal")
KINDS = ("Works", "Trust", "Council", "Partners", "Logistics")
FIRST = ("Ana", "Bo", "Chidi", "Dana", "Emil", "Fatima", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Nia",
         "Omar", "Pia", "Quinn", "Rui", "Sana", "Tom")
LAST = ("Silva", "Chen", "Okafor", "Berg", "Novak", "Haddad", "Reyes", "Sato", "Petrov", "Kim")


def crowd_session(people: int, teams: int):
    """The sample, placed by ``people`` participants in ``teams`` teams (the
    sample's own teams when 5): each person near their team's centre on
    every dimension, with a personal spread. Deterministic."""
    from collabworkshop.controller.session_controller import TEAM_PALETTE
    from collabworkshop.model import Participant, PlacementMode, SessionSettings, Team
    from collabworkshop.model.template import resource_path
    from collabworkshop.storage import read_session
    from collabworkshop.ui.app.main_window import SAMPLE_FILE

    session = read_session(resource_path(*SAMPLE_FILE))
    rng = random.Random(15)
    if teams != len(session.teams):
        session.teams = [Team(f"t{i + 1}", f"{PLACES[i % len(PLACES)]} {KINDS[i // len(PLACES) % len(KINDS)]}",
                              "", TEAM_PALETTE[i % len(TEAM_PALETTE)]) for i in range(teams)]
    team_places = {}
    for (round_id, dim_id, team_id), value in session.placements.items():
        team_places[(round_id, dim_id, team_id)] = value
    session.placements = {}
    session.participants = [
        Participant(f"p{i + 1}", session.teams[i % teams].id,
                    f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i + 1}")
        for i in range(people)]
    session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    rounds = sorted({r for r, _, _ in team_places})
    for round_id in rounds:
        for dim in session.dimensions:
            for t, team in enumerate(session.teams):
                centre = team_places.get((round_id, dim.id, team.id))
                if centre is None:
                    centre = 20 + (t * 37 + len(dim.id) * 13) % 60
                for person in (p for p in session.participants if p.team_id == team.id):
                    value = rng.gauss(centre, 9)
                    session.placements[(round_id, dim.id, person.id)] = float(round(max(0, min(100, value))))
    return session


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = sandbox("collabworkshop-crowd-")
    app = start_app()

    from collabworkshop.controller.session_controller import SessionController
    from collabworkshop.model.template import resource_path
    from collabworkshop.storage import SessionStore, read_session
    from collabworkshop.ui.app.main_window import SAMPLE_FILE, MainWindow

    window = MainWindow()
    window.resize(1920, 1080)
    window.show()
    for people, teams in ((5, 5), (50, 5), (500, 50)):
        if people == 5:
            session = read_session(resource_path(*SAMPLE_FILE))
        else:
            session = crowd_session(people, teams)
        controller = SessionController(session, SessionStore.create(session, tmp / f"crowd-{people}"))
        window._show_session(controller, entry=0)
        today = next(i for i, st in enumerate(session.steps) if st.round_id == "today") + 1
        window.workshop.show_entry(today)
        grab(window, app, out / f"board-crowd-{people}.png")
        if people == 500:
            display = window.display
            display.resize(1920, 1080)
            display.show()
            settle(app)
            display.board.fit()
            grab(display, app, out / "display-crowd-500.png")
            display.hide()
        controller.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

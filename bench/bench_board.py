"""Benchmark of the board's layout of a crowded round (issue 15 item 1):
building a round's scene (layout and items: ``SpectrumScene.show_round``)
and painting it into an image (``render_board_image``), for a room of 500
participants in 50 teams on 5 dimensions (2,500 tokens), against the same
for the 5 teams of a small workshop (25 tokens), in the same process.
``bench.py`` adds the figures under ``board_crowd``.
"""

from __future__ import annotations

import random
import statistics
import time

REPEATS = 5


def _session(people: int, teams: int):
    from collabworkshop.controller.session_controller import TEAM_PALETTE
    from collabworkshop.model import Participant, PlacementMode, SessionSettings, Team, default_template

    rng = random.Random(15)
    session = default_template().new_session()
    session.teams = [Team(f"t{i + 1}", f"Team {i + 1:02d}", "", TEAM_PALETTE[i % len(TEAM_PALETTE)])
                     for i in range(teams)]
    if people > teams:
        session.participants = [Participant(f"p{i + 1}", f"t{i % teams + 1}", f"Person {i + 1:03d}")
                                for i in range(people)]
        session.settings = SessionSettings(placement_mode=PlacementMode.PARTICIPANT)
    for dim in session.dimensions:
        centres = [rng.uniform(15, 85) for _ in range(teams)]
        for i, placer in enumerate(session.placer_ids()):
            value = round(rng.gauss(centres[i % teams], 9))
            session.placements[("today", dim.id, placer)] = float(max(0, min(100, value)))
    return session


def _median_ms(run) -> float:
    samples = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 1)


def bench_crowd(app) -> dict:
    from collabworkshop.ui.board import render_board_image
    from collabworkshop.ui.board.scene import SpectrumScene

    figures: dict = {}
    for label, people, teams in (("teams_5", 5, 5), ("people_500", 500, 50)):
        session = _session(people, teams)
        scene = SpectrumScene()
        figures[f"layout_{label}_ms"] = _median_ms(lambda s=session, sc=scene: sc.show_round(s, "today"))
        figures[f"render_{label}_ms"] = _median_ms(lambda s=session: render_board_image(s, "today"))
        figures[f"tokens_{label}"] = len(scene.tokens())
        app.processEvents()
    figures["layout_ratio"] = round(figures["layout_people_500_ms"] / figures["layout_teams_5_ms"], 1)
    figures["render_ratio"] = round(figures["render_people_500_ms"] / figures["render_teams_5_ms"], 1)
    return figures


if __name__ == "__main__":
    import json
    import os
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(bench_crowd(QApplication(sys.argv[:1])), indent=2))

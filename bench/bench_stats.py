"""Benchmark of the statistics and of one redraw of the statistics panel.

Run with ``.venv/bin/python bench/bench_stats.py`` (offscreen, in a
throw-away config and data folder). Prints a JSON dict and ``main()``
returns it, so ``bench/bench.py`` can merge it into ``bench.json``.

- ``stats_10k_ms``: median time of describe() (every figure of section 4 of
  workshop-method.md) over 10,000 positions given as a Python list, as the
  session hands them over. Target: <= 1 ms.
- ``stats_10k_plain_ms``: the same call forced onto the plain-Python
  formulas (the path small groups take), in the same process: the baseline;
  ``stats_10k_ratio`` = plain / vectorised.
- ``panel_redraw_ms``: one redraw of the statistics panel while a token is
  dragged, on a board of 500 tokens (100 teams x 5 dimensions, Needed beside
  Today): one preview of a position, the panel's frame flush (statistics,
  table, strips, gap arrow, focus figures) and a synchronous repaint of the
  panel. ``panel_redraw_flush_ms`` is the flush without painting. Both for
  the Spread tab (the default) and, as the worst case, with the Gaps tab
  open (every pair of 100 teams 25 points or more apart, recomputed for the
  dragged dimension). ``panel_redraw_cpu_ms`` is the same redraw in CPU time
  of the thread (``time.thread_time``), which a busy shared machine inflates
  far less than wall time. ``participant`` repeats it in participant mode (25
  teams x 4 participants x 5 dimensions = 500 tokens).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N_POSITIONS = 10_000
STATS_RUNS = 201
PLAIN_RUNS = 21
PANEL_TEAMS = 100
PANEL_MOVES = 200
PANEL_SIZE = (620, 940)
TARGETS = {"stats_10k_ms": 1.0, "panel_redraw_ms": 16.0}


def _median_ms(fn, runs: int) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(samples)


def bench_describe() -> dict:
    from collabworkshop.analysis import stats

    rng = random.Random(20240527)
    positions = [round(rng.uniform(0, 100), 1) for _ in range(N_POSITIONS)]
    vectorised = _median_ms(lambda: stats.describe(positions), STATS_RUNS)
    fast = stats.describe(positions)
    saved = stats.VECTOR_MIN
    stats.VECTOR_MIN = N_POSITIONS + 1  # the plain formulas, as small groups use them
    try:
        plain = _median_ms(lambda: stats.describe(positions), PLAIN_RUNS)
        slow = stats.describe(positions)
    finally:
        stats.VECTOR_MIN = saved
    worst = max(
        abs(getattr(fast, key) - getattr(slow, key))
        for key in ("mean", "median", "sd", "q1", "q3", "minimum", "maximum", "rwg", "consensus")
    )
    if worst > 1e-9 or fast.band is not slow.band:
        raise RuntimeError(f"the two paths disagree by {worst}")
    return {
        "stats_10k_ms": round(vectorised, 4),
        "stats_10k_plain_ms": round(plain, 3),
        "stats_10k_ratio": round(plain / vectorised, 1),
        "stats_10k_paths_max_difference": worst,
    }


def _session(participants: bool):
    from collabworkshop.controller.session_controller import TEAM_PALETTE
    from collabworkshop.model import Participant, PlacementMode, SessionSettings, Team, default_template

    rng = random.Random(7)
    session = default_template().new_session()
    teams = 25 if participants else PANEL_TEAMS
    for i in range(teams):
        session.teams.append(Team(f"t{i + 1}", f"Team {i + 1:03d}", f"Org {i % 7 + 1}",
                                  TEAM_PALETTE[i % len(TEAM_PALETTE)]))
    placers = [t.id for t in session.teams]
    if participants:
        session.settings = SessionSettings(PlacementMode.PARTICIPANT)
        session.participants = [
            Participant(f"{t.id}p{k}", t.id, f"Person {t.id}.{k}") for t in session.teams for k in range(4)
        ]
        placers = [p.id for p in session.participants]
    for dim in session.dimensions:
        for placer in placers:
            session.placements[("today", dim.id, placer)] = round(rng.uniform(5, 60), 1)
            session.placements[("needed", dim.id, placer)] = round(rng.uniform(40, 95), 1)
    return session, placers


def bench_panel(app, tmp: Path, participants: bool = False) -> dict:
    from collabworkshop.controller.session_controller import SessionController
    from collabworkshop.storage import SessionStore
    from collabworkshop.ui.stats.stats_panel import StatsPanel

    session, placers = _session(participants)
    tokens = len(placers) * len(session.dimensions)
    controller = SessionController(session, SessionStore.create(session, tmp / f"working-{participants}"))
    panel = StatsPanel(controller)
    panel.resize(*PANEL_SIZE)
    panel.show()
    panel.show_round("needed", "today")
    for _ in range(5):
        app.processEvents()
    dim = session.dimensions[2].id
    placer = placers[0]
    out = {"tokens": tokens}
    for tab in ("spread", "gaps"):
        panel.tabs.setCurrentIndex(0 if tab == "spread" else panel.tabs.indexOf(panel.gap_table))
        app.processEvents()
        flush, full, cpu = [], [], []
        for i in range(PANEL_MOVES):
            value = 10 + (i * 7) % 80
            c0 = time.thread_time()
            t0 = time.perf_counter()
            controller.preview_placement("needed", dim, placer, value)
            panel._flush()
            t1 = time.perf_counter()
            app.processEvents()  # the repaints the redraw scheduled, as in the running app
            t2 = time.perf_counter()
            c2 = time.thread_time()
            flush.append((t1 - t0) * 1000.0)
            full.append((t2 - t0) * 1000.0)
            cpu.append((c2 - c0) * 1000.0)
        controller.cancel_preview()
        app.processEvents()
        suffix = "" if tab == "spread" else "_gaps_tab"
        out[f"panel_redraw_ms{suffix}"] = round(statistics.median(full), 3)
        out[f"panel_redraw_p99_ms{suffix}"] = round(sorted(full)[int(0.99 * (len(full) - 1))], 3)
        out[f"panel_redraw_flush_ms{suffix}"] = round(statistics.median(flush), 3)
        out[f"panel_redraw_cpu_ms{suffix}"] = round(statistics.median(cpu), 3)
    out["gap_pairs_listed"] = panel.gap_model.rowCount()
    panel.close()
    controller.close()
    return out


def main() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="collabworkshop-bench-stats-"))
    for name in ("config", "data"):
        (tmp / name).mkdir()
    os.environ["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["COLLABWORKSHOP_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    result = bench_describe()
    result.update(bench_panel(app, tmp))
    result["participant"] = bench_panel(app, tmp, participants=True)
    result["targets"] = TARGETS
    result["targets_met"] = {
        "stats_10k_ms": result["stats_10k_ms"] <= TARGETS["stats_10k_ms"],
        "panel_redraw_ms": result["panel_redraw_ms"] <= TARGETS["panel_redraw_ms"],
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()

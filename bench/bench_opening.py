"""Opening a session file in the window: reading on the GUI thread (how it
was before the worker, the factory's ``open_session`` then the window's
``_show_session``) against ``MainWindow.open_file`` (the reading on a worker
thread, ui/app/opening.py), interleaved in one process on the same files:

- ``large``: the session of bench/large_session.py (500 participants,
  25,000 placements, about 2 MB);
- ``largest``: the largest file the app opens (the same room over 20 rounds,
  50,000 placements, and 550 notes near the longest allowed: about 58 MB).

For each: ``open_s`` (until the first step is shown) and ``stall_s``, the
longest time the event loop went without running a 10 ms timer during the
opening (how long the window froze). Medians of REPEATS after a warm-up.

Run alone: ``.venv/bin/python bench/bench_opening.py``. Not part of
``make bench``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

REPEATS = 3


def largest_session():
    from large_session import large_session

    from collabworkshop.model.session import Note, NoteKind

    session = large_session(rounds=20)
    line = "The berth schedule, the rail slots and the night shift. "
    session.notes = [Note(f"n{i}", NoteKind.NOTE, (f"Note {i}: " + line * 1800)[:99_000]) for i in range(550)]
    return session


def main() -> dict:
    sandbox = Path(tempfile.mkdtemp(prefix="bench-opening-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COLLABWORKSHOP_CONFIG_DIR"] = str(sandbox / "config")
    os.environ["COLLABWORKSHOP_DATA_DIR"] = str(sandbox / "data")
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from large_session import write_large_session

    from collabworkshop.app import configure
    from collabworkshop.controller.factory import open_session
    from collabworkshop.storage import save_session
    from collabworkshop.ui.app.main_window import MainWindow
    from collabworkshop.ui.common import settings as prefs

    configure(app)
    files = {"large": write_large_session(sandbox / "large.cwsession")}
    files["largest"] = sandbox / "largest.cwsession"
    save_session(largest_session(), files["largest"])
    window = MainWindow()
    window.resize(1500, 950)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start(10)

    def on_gui_thread(path: Path) -> None:
        controller = open_session(path, prefs.working_dir(), window)
        window._show_session(controller, entry=controller.session.current_step + 1)

    def on_worker(path: Path) -> None:
        if not window.open_file(path):
            raise SystemExit(f"could not open {path}")

    ways = {"gui_thread": on_gui_thread, "worker": on_worker}
    samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for name, path in files.items():
        for repeat in range(REPEATS + 1):
            for way, run in ways.items():
                ticks.clear()
                app.processEvents()
                t0 = time.perf_counter()
                run(path)
                t1 = time.perf_counter()
                moments = [t0, *(t for t in ticks if t0 <= t <= t1), t1]
                if repeat:  # the first round warms up (imports, caches)
                    samples.setdefault((name, way), []).append(
                        (t1 - t0, max(b - a for a, b in zip(moments, moments[1:], strict=False))))
                window.controller.undo_stack.setClean()
                window.close_session()
                # The closed session's pages are deleted now, not inside the
                # next opening's event loop (which would time them there).
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.processEvents()
    result: dict = {"load_average": [round(x, 2) for x in os.getloadavg()]}
    for (name, way), values in samples.items():
        result[f"{name}_{way}_open_s"] = round(statistics.median(v[0] for v in values), 3)
        result[f"{name}_{way}_stall_s"] = round(statistics.median(v[1] for v in values), 3)
    window.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))

"""The ``large_session`` figures of ``make bench`` (issue 15).

The session of bench/large_session.py (500 participants in 50 teams, 5
dimensions, 10 rounds: 25,000 placements) is written to a throw-away file,
then timed the way a user meets it:

- ``open_s``: File > Open in the real main window, until the first step
  is shown (median of ``OPENS`` opens in one window; the first open of a
  process also imports the session's modules, reported as ``open_first_s``);
- ``step_switch_s``: the slowest switch to any step, first visit (the page
  is built then) and back again, each followed by the events it queued
  (painting included); ``step_switch_by_kind`` the slowest per step kind;
- ``save_s``: Save As to a new file (median of ``SAVES``);
- ``pdf_s``, ``pdf_pages``, ``md_s``, ``peak_rss_mb``: the command line's
  export (``collabworkshop.cli.main``, the code ``python -m collabworkshop
  export`` runs) in a child process each; ``peak_rss_mb`` is the larger of
  the two children's peak resident memory (VmHWM, read by the child);
- ``window_rss_mb``: this process's resident memory after the window has
  built every step page of the large session;
- ``baseline_read_s``: plain sqlite3 reading every row of the same file,
  in the same run (median of several), the floor ``open_s`` compares with.

Run alone: ``.venv/bin/python bench/bench_large.py [--no-exports]``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

OPENS = 3
SAVES = 3
BASELINE_READS = 5
#: A child export that runs longer than this is stopped and reported as such.
EXPORT_TIMEOUT_S = float(os.environ.get("BENCH_EXPORT_TIMEOUT_S", "900"))

TARGETS = {"open_s": 0.5, "step_switch_s": 0.3, "save_s": 0.5, "pdf_s": 5.0, "pdf_pages": 20, "md_s": 1.0,
           "peak_rss_mb": 300.0}

TABLES = ("meta", "teams", "participants", "dimensions", "rounds", "steps", "placements", "votes", "notes",
          "actions")


def baseline_read(path: Path) -> float:
    """Seconds plain sqlite3 takes to read every row of every table."""
    t0 = time.perf_counter()
    conn = sqlite3.connect(str(path))
    try:
        for table in TABLES:
            conn.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        conn.close()
    return time.perf_counter() - t0


def _settle(app, rounds: int = 3) -> None:
    from PySide6.QtCore import QEvent

    for _ in range(rounds):
        app.processEvents()
    # processEvents() leaves deleteLater() to the event loop, which this
    # loop stands in for: pages the window let go of are freed here too.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def bench_window(app, path: Path, tmp: Path) -> dict:
    """open_s, step switches and save_s in the real main window."""
    from collabworkshop.ui.app.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    _settle(app)
    opens = []
    for _ in range(OPENS):
        t0 = time.perf_counter()
        if not window.open_file(path):
            raise RuntimeError(f"the large session did not open: {path}")
        _settle(app)
        opens.append(time.perf_counter() - t0)
        if len(opens) < OPENS:
            window.close_session()
            _settle(app)
    controller = window.controller
    steps = controller.session.steps
    switches: list[tuple[float, str, int]] = []
    # Every step in order (first visits: the page is built), then back down
    # (pages already built), so both costs are measured.
    order = list(range(1, len(steps) + 1)) + list(range(len(steps) - 1, -1, -1))
    for entry in order:
        t0 = time.perf_counter()
        window.workshop.show_entry(entry)
        _settle(app)
        kind = "set-up" if entry == 0 else steps[entry - 1].kind.value
        switches.append((time.perf_counter() - t0, kind, entry))
    window_rss = _rss_mb()
    by_kind: dict[str, float] = {}
    for seconds, kind, _entry in switches:
        by_kind[kind] = round(max(by_kind.get(kind, 0.0), seconds), 3)
    slowest = max(switches)
    saves = []
    for i in range(SAVES):
        t0 = time.perf_counter()
        if not controller.save_as(tmp / f"saved-{i}.cwsession"):
            raise RuntimeError("Save As failed")
        _settle(app, 1)
        saves.append(time.perf_counter() - t0)
    controller.undo_stack.setClean()
    window.close_session()
    window.close()
    _settle(app)
    return {
        "open_s": round(statistics.median(opens[1:] or opens), 3),
        "open_first_s": round(opens[0], 3),
        "step_switch_s": round(slowest[0], 3),
        "step_switch_slowest": {"entry": slowest[2], "kind": slowest[1]},
        "step_switch_by_kind": by_kind,
        "step_switch_median_s": round(statistics.median(s for s, _, _ in switches), 3),
        "save_s": round(statistics.median(saves), 3),
        "window_rss_mb": window_rss,
    }


def _rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


#: The command line's export, run as ``python -m collabworkshop export`` runs
#: it, then the child's own peak resident memory. VmHWM belongs to the
#: process image: the rusage of a child started from this (large) process
#: would carry the parent's peak across exec.
EXPORT_CHILD = """
import sys
from collabworkshop.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                print("bench-peak-kb", line.split()[1], file=sys.stderr, flush=True)
sys.exit(code)
"""


def _run_export(path: Path, fmt: str, out: Path) -> dict:
    """One ``collabworkshop export`` in a child; its wall time and peak RSS."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", EXPORT_CHILD, "export", str(path), "--format", fmt,
                             "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=str(ROOT))
    try:
        _, stderr_bytes = proc.communicate(timeout=EXPORT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"seconds": None, "timed_out": True, "peak_rss_mb": None}
    seconds = time.perf_counter() - t0
    stderr = stderr_bytes.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"export {fmt} failed ({proc.returncode}): {stderr[-1000:]}")
    peaks = [int(line.split()[1]) for line in stderr.splitlines() if line.startswith("bench-peak-kb ")]
    return {"seconds": round(seconds, 3), "timed_out": False,
            "peak_rss_mb": round(peaks[-1] / 1024, 1) if peaks else None}


def pdf_pages(path: Path) -> int:
    """Pages in a PDF: its page objects (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def bench_exports(path: Path, tmp: Path) -> dict:
    pdf = _run_export(path, "pdf", tmp / "large.pdf")
    md = _run_export(path, "md", tmp / "large.md")
    return {
        "pdf_s": pdf["seconds"],
        "pdf_timed_out": pdf["timed_out"],
        "pdf_pages": pdf_pages(tmp / "large.pdf") if not pdf["timed_out"] else None,
        "md_s": md["seconds"],
        "peak_rss_mb": max((p for p in (pdf["peak_rss_mb"], md["peak_rss_mb"]) if p is not None), default=None),
        "peak_rss_pdf_mb": pdf["peak_rss_mb"],
        "peak_rss_md_mb": md["peak_rss_mb"],
    }


def bench_large_session(app, tmp: Path, *, exports: bool = True) -> dict:
    from large_session import write_large_session

    tmp.mkdir(parents=True, exist_ok=True)
    path = write_large_session(tmp / "large.cwsession")
    with sqlite3.connect(str(path)) as conn:
        placements = conn.execute("SELECT count(*) FROM placements").fetchone()[0]
    baseline = statistics.median(baseline_read(path) for _ in range(BASELINE_READS))
    result: dict = {"placements": placements, "file_mb": round(path.stat().st_size / (1024 * 1024), 2)}
    result.update(bench_window(app, path, tmp))
    # The plain read again after the window's work, so drift shows in both.
    baseline = min(baseline, statistics.median(baseline_read(path) for _ in range(BASELINE_READS)))
    result["baseline_read_s"] = round(baseline, 4)
    result["open_ratio"] = round(result["open_s"] / baseline, 1) if baseline else None
    if exports:
        result.update(bench_exports(path, tmp))
    met = {}
    for key, target in TARGETS.items():
        value = result.get(key)
        met[key] = value is not None and value <= target
    result["targets"] = TARGETS
    result["targets_met"] = met
    return result


def main(argv: list[str]) -> int:
    import json
    import shutil

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="collabworkshop-bench-large-"))
    (tmp / "config").mkdir()
    (tmp / "data").mkdir()
    os.environ["COLLABWORKSHOP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["COLLABWORKSHOP_DATA_DIR"] = str(tmp / "data")
    os.environ.setdefault("COLLABWORKSHOP_LANGUAGE", "en")
    from PySide6.QtWidgets import QApplication

    from collabworkshop.app import configure

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    try:
        print(json.dumps(bench_large_session(app, tmp / "large", exports="--no-exports" not in argv), indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

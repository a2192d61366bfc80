"""A scripted editing run for tests/ui/controller/test_crash_random.py (not a test).

Usage: python crash_driver.py SEED (FILE | -) DATA_DIR

Opens FILE (or starts an untitled session for ``-``) with the real
SessionController, then edits forever with a seeded random script. Before
each edit it prints ``DO <n> <key> <value>``; once the controller returned
(the change is committed) it prints ``ACK <n> <key> <value>``. The keys are
``P|round|dimension|team`` for a placement (value a number or ``None``) and
``I|title`` for the session title. It runs until it is killed.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from collabworkshop.controller.factory import new_session, open_session

ROUNDS = ("today", "needed")


def main() -> None:
    seed, target, data_dir = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app = QCoreApplication([])  # noqa: F841  (the controller's signals want one)
    working = data_dir / "working"
    if target == "-":
        controller = new_session(working)
        controller.set_info("title", f"Crash run {seed}")
        for name in ("North", "South", "East"):
            controller.add_team(name)
    else:
        controller = open_session(Path(target), working)
    session = controller.session
    teams = [t.id for t in session.teams]
    dims = [d.id for d in session.dimensions]
    rng = random.Random(seed)
    print("READY " + json.dumps({"working": str(controller.store.working_path)}), flush=True)
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.1:
            value = f"Title {seed}.{n} <script>'; --"
            print(f"DO {n} I|title {json.dumps(value)}", flush=True)
            controller.set_info("title", value)
            print(f"ACK {n} I|title {json.dumps(value)}", flush=True)
            continue
        key = (rng.choice(ROUNDS), rng.choice(dims), rng.choice(teams))
        pos = None if roll < 0.15 else round(rng.uniform(0, 100), 1)
        if session.position(*key) == pos:
            continue  # no change, nothing to acknowledge
        print(f"DO {n} P|{'|'.join(key)} {json.dumps(pos)}", flush=True)
        controller.place(*key, pos)
        print(f"ACK {n} P|{'|'.join(key)} {json.dumps(pos)}", flush=True)


if __name__ == "__main__":
    main()

"""SIGKILL the app while phones place: every placement a phone was told
is saved is in the session once it is opened again (with recovery, as a
user would after a crash).

The app runs as a real child process (``python -m collabworkshop FILE
--participants --bind 127.0.0.1 --port 0``, offscreen); real WebSocket
phones join with the printed URL and place.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from phones import Net

from collabworkshop.controller.factory import open_session
from collabworkshop.controller.recovery import find_orphans, recover
from collabworkshop.model.template import resource_path

TEAMS = ("t1", "t2", "t3", "t4", "t5")
DIMENSIONS = ("overall", "relationship", "integration", "outcomes", "decisions")


def _read_announcement(child) -> dict[str, str]:
    facts: dict[str, str] = {}
    deadline = time.monotonic() + 60
    while len(facts) < 3 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        key, _, value = line.partition(": ")
        if key in ("Join", "Address", "Code"):
            facts[key] = value.strip()
    return facts


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_phones_place_loses_no_saved_placement(tmp_path, qtbot):
    session_file = tmp_path / "workshop.cwsession"
    shutil.copyfile(resource_path("sample", "eastport-alliance.cwsession"), session_file)
    prepare = open_session(session_file, tmp_path / "prepare")
    prepare.set_step(1)  # the app opens on "Place: today"
    for team in TEAMS:  # no tokens yet: a lost placement would show as None
        for dimension in DIMENSIONS:
            prepare.place("today", dimension, team, None)
    prepare.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               COLLABWORKSHOP_CONFIG_DIR=str(tmp_path / "config"),
               COLLABWORKSHOP_DATA_DIR=str(tmp_path / "data"))
    child = subprocess.Popen(
        [sys.executable, "-m", "collabworkshop", str(session_file), "--participants", "--bind", "127.0.0.1",
         "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    net = Net()
    acked: dict[tuple[str, str], float] = {}
    try:
        facts = _read_announcement(child)
        assert len(facts) == 3, child.stderr.read() if child.poll() is not None else facts
        origin = facts["Address"]
        phones = []
        for team in TEAMS:
            phone = net.phone(origin)
            assert phone.get(facts["Join"][len(origin):])[0] == 303
            assert phone.connect() == 101
            phone.send({"type": "register", "team": team, "name": ""})
            phone.wait_for(lambda f, team=team: f["type"] == "welcome" and f["me"]["team"] == team)
            phones.append((team, phone))
        sent: dict[tuple[str, int], tuple[str, float]] = {}

        async def stream(team, phone):
            # Values rise on every dimension, so "at least the last acked value" is the check.
            for seq in range(1, 200):
                dimension = DIMENSIONS[seq % len(DIMENSIONS)]
                value = min(100.0, seq * 0.5)
                sent[(team, seq)] = (dimension, value)
                await phone._ws.send_str(json.dumps(
                    {"type": "place", "seq": seq, "round": "today", "dimension": dimension, "value": value}))
                await asyncio.sleep(0.06)  # under the per-connection rate limit

        futures = [asyncio.run_coroutine_threadsafe(stream(team, phone), net.loop) for team, phone in phones]
        deadline = time.monotonic() + 60
        while sum(len(p.of_type("saved")) for _, p in phones) < 60 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)  # mid-stream: the phones are still sending
        child.wait(timeout=30)
        for future in futures:
            try:
                future.result(timeout=15)
            except Exception:
                pass  # the socket died under it, as on a real phone
        for team, phone in phones:
            for ack in phone.of_type("saved"):
                dimension, value = sent[(team, ack["seq"])]
                acked[(team, dimension)] = max(value, acked.get((team, dimension), 0.0))
        assert len(acked) >= 10 and any(len(p.of_type("saved")) < 199 for _, p in phones)  # really mid-stream
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
        net.close()

    orphans = find_orphans(tmp_path / "data" / "working")
    assert len(orphans) == 1
    recovered = recover(orphans[0], tmp_path / "data" / "working")
    try:
        for (team, dimension), value in acked.items():
            assert (recovered.session.position("today", dimension, team) or -1) >= value, (team, dimension)
    finally:
        recovered.close()
    reopened = open_session(session_file, tmp_path / "again")  # recovery put it back in the file
    try:
        for (team, dimension), value in acked.items():
            assert (reopened.session.position("today", dimension, team) or -1) >= value, (team, dimension)
    finally:
        reopened.close()

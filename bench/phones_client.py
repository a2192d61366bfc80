"""Simulated phones for the ``phones`` benchmark (bench/bench_phones.py),
in their own process as real phones are other devices: N aiohttp
WebSocket clients join with the QR link, register, then on "go" each
places a few times and records when it sent each placement.

    python bench/phones_client.py ORIGIN JOIN_PATH N PLACEMENTS INTERVAL_S OUT.json

Prints "ready" once every phone has registered and "done" once every
placement is acknowledged (or the time is up); bounded by TIME_LIMIT.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import aiohttp

DIMENSIONS = ("overall", "relationship", "integration", "outcomes", "decisions")
TIME_LIMIT = 150.0
TEAMS = 5


async def main(origin: str, join_path: str, count: int, placements: int, interval: float, out: str) -> int:
    random.seed(14)
    connector = aiohttp.TCPConnector(limit=0)
    sessions, sockets = [], []
    acks: list[asyncio.Event] = []
    sent: list[dict] = []
    pending: dict[tuple[int, int], asyncio.Event] = {}

    async def reader(index: int, ws, registered: asyncio.Event) -> None:
        async for msg in ws:
            if msg.type is not aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data.get("type") == "welcome" and data["me"]["team"]:
                registered.set()
            elif data.get("type") in ("saved", "error") and data.get("seq") is not None:
                event = pending.get((index, data["seq"]))
                if event is not None:
                    if data["type"] == "error":
                        print(f"error {index} {data}", file=sys.stderr, flush=True)
                    event.set()

    readers = []
    sockets = [None] * count

    async def join(i: int) -> None:
        # People join together (the QR code goes up, everyone scans), not one by one.
        session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), connector=connector,
                                        connector_owner=False)
        sessions.append(session)
        async with session.get(origin + join_path, allow_redirects=False) as response:
            if response.status != 303:
                raise SystemExit(f"join failed: {response.status}")
        ws = await session.ws_connect(origin + "/ws", headers={"Origin": origin}, max_msg_size=1 << 20)
        sockets[i] = ws
        registered = asyncio.Event()
        readers.append(asyncio.ensure_future(reader(i, ws, registered)))
        await ws.send_str(json.dumps({"type": "register", "team": f"t{i % TEAMS + 1}", "name": f"Phone {i:03d}"}))
        await asyncio.wait_for(registered.wait(), 100)

    await asyncio.gather(*(join(i) for i in range(count)))
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)  # "go"

    async def place(i: int, ws) -> None:
        await asyncio.sleep(random.uniform(0, interval))
        for k in range(placements):
            dimension = DIMENSIONS[(i + k) % len(DIMENSIONS)]
            value = round((i * 7 + k * 13) % 90 + 5 + (k // len(DIMENSIONS)) * 0.3, 1)
            event = asyncio.Event()
            pending[(i, k + 1)] = event
            acks.append(event)
            sent.append({"name": f"Phone {i:03d}", "dimension": dimension, "value": value,
                         "first": k < len(DIMENSIONS), "t": time.perf_counter()})
            await ws.send_str(json.dumps({"type": "place", "seq": k + 1, "round": "today",
                                          "dimension": dimension, "value": value}))
            await asyncio.sleep(interval * random.uniform(0.5, 1.5))

    await asyncio.gather(*(place(i, ws) for i, ws in enumerate(sockets)))
    try:
        await asyncio.wait_for(asyncio.gather(*(e.wait() for e in acks)), 60)
    except TimeoutError:
        pass
    acked = sum(e.is_set() for e in acks)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"sent": sent, "acked": acked}, f)
    print("done", flush=True)
    for ws in sockets:
        await ws.close()
    for r in readers:
        r.cancel()
    for s in sessions:
        await s.close()
    await connector.close()
    return 0


if __name__ == "__main__":
    origin, join_path, n, placements, interval, out = sys.argv[1:7]
    try:
        sys.exit(asyncio.run(asyncio.wait_for(
            main(origin, join_path, int(n), int(placements), float(interval), out), TIME_LIMIT)))
    except TimeoutError:
        print("timeout", flush=True)
        sys.exit(1)

"""A real phone for the console's tests: an aiohttp client (cookie jar and
WebSocket) on its own asyncio loop in a thread, so the Qt event loop of the
test keeps running while it talks to the participation server on 127.0.0.1.

Every call waits (running the Qt loop, bounded by TIMEOUT) until the client
has done it; what the server sends is collected in ``received``.
"""

from __future__ import annotations

import asyncio
import json
import threading

import aiohttp

TIMEOUT = 10.0


class Phone:
    def __init__(self, base: str, qtbot=None):
        self.qtbot = qtbot
        self.base = base.rstrip("/")
        self.received: list[dict] = []
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.socket_closed = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._session: aiohttp.ClientSession = self._run(self._make_session())

    async def _make_session(self) -> aiohttp.ClientSession:
        # unsafe=True: the jar keeps cookies of an IP address such as 127.0.0.1.
        return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))

    def _run(self, coro):
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        if self.qtbot is not None:  # the app's Qt loop keeps running meanwhile
            self.qtbot.waitUntil(future.done, timeout=int(TIMEOUT * 1000))
        return future.result(TIMEOUT)

    # -- joining ------------------------------------------------------------------------------
    def join(self, url: str) -> int:
        """Open the QR code's link as a phone's browser does; the status."""
        async def go() -> int:
            async with self._session.get(url, allow_redirects=False) as response:
                return response.status
        return self._run(go())

    def join_with_code(self, code: str) -> int:
        async def go() -> int:
            async with self._session.post(self.base + "/api/join", json={"code": code},
                                          headers={"Origin": self.base}) as response:
                return response.status
        return self._run(go())

    def connect(self) -> int:
        """Open the WebSocket; 101 when it opened, else the refusal's status."""
        async def go() -> int:
            try:
                self.ws = await self._session.ws_connect(self.base + "/ws", origin=self.base)
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status
            self.socket_closed.clear()
            asyncio.ensure_future(self._read(self.ws))
            return 101
        return self._run(go())

    async def _read(self, ws) -> None:
        try:
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    self.received.append(json.loads(msg.data))
        finally:
            self.socket_closed.set()

    def send(self, message: dict) -> None:
        async def go() -> None:
            assert self.ws is not None
            await self.ws.send_str(json.dumps(message))
        self._run(go())

    def of_type(self, kind: str) -> list[dict]:
        return [m for m in list(self.received) if m.get("type") == kind]

    def disconnect(self) -> None:
        """Close the socket only (the phone keeps its cookie)."""
        async def go() -> None:
            if self.ws is not None:
                await self.ws.close()
        self._run(go())

    def close(self) -> None:
        """Done with this phone (again is harmless)."""
        if self._loop.is_closed():
            return

        async def go() -> None:
            if self.ws is not None:
                await self.ws.close()
            await self._session.close()
        try:
            self._run(go())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(TIMEOUT)
            self._loop.close()

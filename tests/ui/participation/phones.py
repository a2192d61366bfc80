"""Real phones for the tests: aiohttp clients (a cookie jar, HTTP requests,
a WebSocket) on their own event loop in a thread, so the Qt event loop of
the test keeps running while they talk to the real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import aiohttp


class Net:
    """One event loop thread for every phone of a test."""

    def __init__(self, qtbot=None):
        self.qtbot = qtbot
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="test-phones", daemon=True)
        self._thread.start()
        self.phones: list[Phone] = []

    def run(self, coro, timeout: float = 10.0):
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        if self.qtbot is not None:
            self.qtbot.waitUntil(future.done, timeout=int(timeout * 1000))
        return future.result(timeout)

    def phone(self, origin: str) -> Phone:
        phone = Phone(self, origin)
        self.phones.append(phone)
        return phone

    def close(self) -> None:
        for phone in self.phones:
            try:
                self.run(phone.aclose(), timeout=5)
            except Exception:
                pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


class Phone:
    def __init__(self, net: Net, origin: str):
        self.net = net
        self.origin = origin
        self.frames: list[dict] = []
        self.raw: list[str] = []
        self.closed = False
        self.close_code: int | None = None
        #: A send found the socket already torn down by the server (a flood cut off mid-way).
        self.reset_while_sending = False
        self._session: aiohttp.ClientSession | None = None
        self._ws = None
        self._reader = None

    async def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            # unsafe=True: keep cookies for an IP address host, as a browser does.
            self._session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        return self._session

    # -- HTTP -------------------------------------------------------------------------
    def get(self, path: str, **kwargs):
        return self.net.run(self._get(path, **kwargs))

    async def _get(self, path: str, **kwargs):
        client = await self._client()
        async with client.get(self.origin + path, allow_redirects=False, **kwargs) as response:
            return response.status, dict(response.headers), await response.read()

    def post(self, path: str, body, origin: str | None = None, raw: bytes | None = None):
        return self.net.run(self._post(path, body, origin, raw))

    async def _post(self, path: str, body, origin, raw):
        client = await self._client()
        headers = {"Origin": self.origin if origin is None else origin, "Content-Type": "application/json"}
        data = raw if raw is not None else json.dumps(body).encode()
        async with client.post(self.origin + path, data=data, headers=headers) as response:
            return response.status, dict(response.headers), await response.read()

    def cookie(self) -> str:
        for cookie in self._session.cookie_jar if self._session else ():
            if cookie.key == "cw_device":
                return cookie.value
        return ""

    def set_cookie(self, value: str) -> None:
        async def put():
            client = await self._client()
            client.cookie_jar.update_cookies({"cw_device": value}, aiohttp.client.URL(self.origin))
        self.net.run(put())

    # -- the WebSocket -------------------------------------------------------------------
    def connect(self, origin: str | None = None) -> int:
        """Open the socket; 101 when it opened, else the HTTP status."""
        return self.net.run(self._connect(origin))

    async def _connect(self, origin):
        client = await self._client()
        try:
            self._ws = await client.ws_connect(self.origin + "/ws",
                                               headers={"Origin": self.origin if origin is None else origin})
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status
        self.closed = False
        self._reader = asyncio.ensure_future(self._read(self._ws))
        return 101

    async def _read(self, ws) -> None:
        async for msg in ws:
            if msg.type is aiohttp.WSMsgType.TEXT:
                self.raw.append(msg.data)
                self.frames.append(json.loads(msg.data))
        self.close_code = ws.close_code
        self.closed = True

    def send(self, message) -> None:
        text = message if isinstance(message, str) else json.dumps(message)
        self.net.run(self._ws.send_str(text))

    def send_bytes(self, data: bytes) -> None:
        self.net.run(self._ws.send_bytes(data))

    def send_many(self, messages: list) -> None:
        async def all_of():
            for m in messages:
                if self._ws.closed:
                    return
                try:
                    await self._ws.send_str(m if isinstance(m, str) else json.dumps(m))
                except ConnectionResetError:
                    # The server closed the socket while the rest was on its
                    # way (a flood is meant to be cut off): stop sending, as a
                    # browser does.
                    self.reset_while_sending = True
                    return
        self.net.run(all_of(), timeout=30)

    def disconnect(self) -> None:
        if self._ws is not None:
            self.net.run(self._ws.close())

    async def aclose(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._session is not None:
            await self._session.close()

    # -- waiting -------------------------------------------------------------------------
    def of_type(self, kind: str) -> list[dict]:
        return [f for f in list(self.frames) if f.get("type") == kind]

    def wait_for(self, predicate, timeout: float = 10.0) -> dict:
        """The first frame (from now on or already received) that matches."""
        found: list[dict] = []

        def check() -> bool:
            for frame in list(self.frames):
                if predicate(frame):
                    found.append(frame)
                    return True
            return False

        if self.net.qtbot is not None:
            self.net.qtbot.waitUntil(check, timeout=int(timeout * 1000))
        else:
            end = time.monotonic() + timeout
            while not check():
                if time.monotonic() > end:
                    raise AssertionError("no such frame")
                time.sleep(0.02)
        return found[0]

    def saved(self, seq: int, timeout: float = 10.0) -> dict:
        return self.wait_for(lambda f: f.get("seq") == seq and f.get("type") in ("saved", "error"), timeout)

    def last_step(self) -> dict | None:
        steps = self.of_type("step")
        return steps[-1] if steps else None

"""The participation web server: aiohttp in a worker thread with its own
asyncio event loop.

It serves the phone page (``resources/phone/``), swaps the QR code's token
or the typed code for a device cookie, and holds one WebSocket per device.
It never touches the session: every message a phone sends is checked
(``messages.parse``) and handed to ``on_event`` (the Qt bridge turns that
into a queued signal, so the GUI thread applies it), and the bridge sends
back what each phone may see with :meth:`ParticipationServer.send`, which
any thread may call. The security rules (docs/participants-protocol.md)
are enforced here: the Host and Origin checks, the cookie, the headers of
every response, the join-code rate limit, and the limits of
``limits.py``.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path

from aiohttp import WSMsgType, web

from . import limits, messages, tokens
from .registry import DeviceRegistry

COOKIE = "cw_device"
COOKIE_AGE = 24 * 3600  # a workshop day; the device is forgotten with the sidecar anyway
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_STATIC_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.(js|css|json|svg|png|woff2)$")
_TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "png": "image/png",
    "woff2": "font/woff2",
}
_QUEUE = 256  # frames waiting for one slow phone before it is dropped

#: on_event(kind, device_id, payload): "joined", "connected", "disconnected"
#: (payload None) and "message" (payload a messages.Message).
EventHandler = Callable[[str, str, object], None]


def _page(title: str, text: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta name=\"viewport\" content=\"width=device-width\"></head><body><p>{text}</p></body></html>")


class _Connection:
    def __init__(self, ws: web.WebSocketResponse, device_id: str):
        self.ws = ws
        self.device_id = device_id
        self.queue: asyncio.Queue[str | None] = asyncio.Queue(_QUEUE)
        self.bucket = limits.TokenBucket()
        self.refused = 0


class ParticipationServer:
    def __init__(self, registry: DeviceRegistry, static_dir: Path, on_event: EventHandler):
        self.registry = registry
        self.static_dir = Path(static_dir)
        self._on_event = on_event
        self.locked = False  # read by the server thread; set from the GUI thread
        self._attempts = limits.AttemptLimiter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready_lock: asyncio.Lock | None = None  # send_many_when, in the server's loop
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._connections: dict[str, _Connection] = {}
        self._allowed_hosts: set[str] = set()
        self._allowed_origins: set[str] = set()
        self.host = ""
        self.port = 0

    # -- life ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self, host: str, port: int = 0, timeout: float = 10.0) -> str:
        """Bind ``host:port`` and serve in a new thread; "" when it runs,
        else why not (one line: the port is taken, the address is gone)."""
        if self.running:
            return ""
        started = threading.Event()
        problem: list[str] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(host, port))
            except Exception as exc:  # the port is taken, the address is not ours, ...
                problem.append(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
                started.set()
                loop.close()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._shutdown())
                loop.close()

        self._thread = threading.Thread(target=run, name="participation-server", daemon=True)
        self._thread.start()
        if not started.wait(timeout):
            problem.append("the server did not start")
        if problem:
            self._thread.join(timeout)
            self._thread = None
            return problem[0]
        return ""

    def stop(self, timeout: float = 10.0) -> None:
        """Close every socket and the listening port; idempotent."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        try:
            loop.call_soon_threadsafe(loop.stop)
        except RuntimeError:
            pass  # the loop is already closed
        thread.join(timeout)
        self._thread = None
        self._loop = None

    async def _serve(self, host: str, port: int) -> None:
        app = web.Application(client_max_size=limits.MAX_BODY)
        app.on_response_prepare.append(self._add_headers)
        app.router.add_get("/", self._index)
        app.router.add_get("/j/{token}", self._join_by_token)
        app.router.add_post("/api/join", self._join_by_code)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/ws", self._websocket)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        bound = runner.addresses[0]
        self.host, self.port = host, int(bound[1])
        names = {self.host}
        if host in ("127.0.0.1", "::1"):
            names |= {"localhost", "127.0.0.1"}
        self._allowed_hosts = {(f"[{n}]" if ":" in n else n) + f":{self.port}" for n in names}
        self._allowed_origins = {f"http://{h}" for h in self._allowed_hosts}

    async def _shutdown(self) -> None:
        for conn in list(self._connections.values()):
            await conn.ws.close(code=1001, message=b"the facilitator stopped participation")
        self._connections.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- sending (any thread) ------------------------------------------------------------------
    def send(self, device_id: str, *payloads: dict) -> None:
        self.send_many({device_id: list(payloads)})

    def send_many(self, batches: dict[str, list[dict]]) -> None:
        loop = self._loop
        if loop is None or not batches:
            return
        try:
            loop.call_soon_threadsafe(self._enqueue, batches)
        except RuntimeError:
            pass  # stopping

    def send_many_when(self, ready: Callable[[], object], batches: dict[str, list[dict]],
                       otherwise: dict[str, list[dict]]) -> None:
        """Send ``batches`` once ``ready()`` has returned, run on a worker
        thread of the server (the disk's sync of what the replies say is
        saved: neither the window's thread nor the sockets wait for it);
        ``otherwise`` instead when it raises OSError. In the order asked."""
        loop = self._loop
        if loop is None or not batches:
            return
        try:
            loop.call_soon_threadsafe(self._enqueue_when, ready, batches, otherwise)
        except RuntimeError:
            pass  # stopping

    def _enqueue_when(self, ready: Callable[[], object], batches: dict[str, list[dict]],
                      otherwise: dict[str, list[dict]]) -> None:
        if self._ready_lock is None:
            self._ready_lock = asyncio.Lock()
        lock = self._ready_lock

        async def when_ready() -> None:
            async with lock:  # one sync at a time, replies in the order asked
                try:
                    await asyncio.get_running_loop().run_in_executor(None, ready)
                except OSError:
                    self._enqueue(otherwise)
                    return
                self._enqueue(batches)

        asyncio.ensure_future(when_ready())

    def _enqueue(self, batches: dict[str, list[dict]]) -> None:
        for device_id, payloads in batches.items():
            conn = self._connections.get(device_id)
            if conn is None:
                continue
            for payload in payloads:
                self._put(conn, json.dumps(payload, separators=(",", ":")))

    def _put(self, conn: _Connection, text: str | None) -> None:
        try:
            conn.queue.put_nowait(text)
        except asyncio.QueueFull:
            # A phone that reads nothing must not hold the laptop's memory.
            asyncio.ensure_future(conn.ws.close(code=1008, message=b"too slow"))

    def remove(self, device_id: str) -> None:
        """Forget the device (its cookie stops working at once) and close its
        socket after telling the phone."""
        self.registry.remove(device_id)
        loop = self._loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(self._drop, device_id)
            except RuntimeError:
                pass

    def _drop(self, device_id: str) -> None:
        conn = self._connections.get(device_id)
        if conn is not None:
            self._put(conn, json.dumps({"type": "removed"}))
            self._put(conn, None)  # the writer closes after sending the above

    def connected(self) -> set[str]:
        return set(self._connections)

    # -- the rules -------------------------------------------------------------------------------
    async def _add_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value

    def _host_ok(self, request: web.Request) -> bool:
        # A page on another site that points a name at this address (DNS
        # rebinding) sends its own name as Host: refused.
        return request.headers.get("Host", "") in self._allowed_hosts

    def _origin_ok(self, request: web.Request) -> bool:
        return self._host_ok(request) and request.headers.get("Origin", "") in self._allowed_origins

    def _device(self, request: web.Request):
        return self.registry.by_secret(request.cookies.get(COOKIE))

    def _issue_cookie(self, response: web.StreamResponse, request: web.Request) -> bool:
        """Give the request a new device unless its cookie is already one;
        False when the session takes no more devices."""
        if self._device(request) is not None:
            return True
        made = self.registry.new_device()
        if made is None:
            return False
        secret, device = made
        response.set_cookie(COOKIE, secret, max_age=COOKIE_AGE, path="/", httponly=True, samesite="Strict")
        self._on_event("joined", device.device_id, None)
        return True

    # -- routes ----------------------------------------------------------------------------------
    async def _index(self, request: web.Request) -> web.StreamResponse:
        if not self._host_ok(request):
            return web.Response(status=421, text="wrong host")
        return self._file("index.html", "text/html")

    def _file(self, name: str, content_type: str) -> web.StreamResponse:
        try:
            body = (self.static_dir / name).read_bytes()
        except OSError:
            return web.Response(status=404, text="not found")
        return web.Response(body=body, content_type=content_type, charset="utf-8")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        match = _STATIC_NAME.match(name)
        if not self._host_ok(request) or match is None:
            return web.Response(status=404, text="not found")
        return self._file(name, _TYPES[match.group(1)])

    async def _join_by_token(self, request: web.Request) -> web.StreamResponse:
        if not self._host_ok(request):
            return web.Response(status=421, text="wrong host")
        if not tokens.same(request.match_info["token"], self.registry.token):
            return web.Response(status=403, content_type="text/html",
                                text=_page("CollabWorkshop", "This join link is not valid for this session."))
        if self.locked and self._device(request) is None:
            return web.Response(status=423, content_type="text/html",
                                text=_page("CollabWorkshop", "Joining is closed for now."))
        response = web.Response(status=303, headers={"Location": "/"})
        if not self._issue_cookie(response, request):
            return web.Response(status=503, text="the session is full")
        return response

    async def _join_by_code(self, request: web.Request) -> web.StreamResponse:
        if not self._origin_ok(request):
            return web.json_response({"error": "origin"}, status=403)
        address = request.remote or ""
        if self._attempts.blocked(address):
            return web.json_response({"error": "rate-limited"}, status=429)
        try:
            data = await request.json()
        except web.HTTPRequestEntityTooLarge:
            return web.json_response({"error": "too-large"}, status=413)
        except (ValueError, UnicodeError):
            return web.json_response({"error": "invalid"}, status=400)
        code = data.get("code") if isinstance(data, dict) else None
        if not isinstance(code, str) or len(code) > 64:
            return web.json_response({"error": "invalid"}, status=400)
        if self.locked:
            return web.json_response({"error": "locked"}, status=423)
        if not tokens.same(tokens.normalise_code(code), self.registry.code):
            self._attempts.fail(address)
            return web.json_response({"error": "wrong-code"}, status=403)
        response = web.Response(status=204)
        if not self._issue_cookie(response, request):
            return web.json_response({"error": "full"}, status=503)
        return response

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        if not self._origin_ok(request):
            return web.Response(status=403, text="wrong origin")
        device = self._device(request)
        if device is None:
            return web.Response(status=403, text="not joined")
        old = self._connections.get(device.device_id)
        if old is None and len(self._connections) >= limits.MAX_CONNECTIONS:
            return web.Response(status=503, text="too many connections")
        ws = web.WebSocketResponse(max_msg_size=limits.MAX_MESSAGE, heartbeat=30.0)
        await ws.prepare(request)
        if old is not None:
            # The same phone again (a new tab, a reconnect): the newest socket wins.
            self._put(old, None)
        conn = _Connection(ws, device.device_id)
        self._connections[device.device_id] = conn
        writer = asyncio.ensure_future(self._write(conn))
        self._on_event("connected", device.device_id, None)
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    self._refuse(conn, messages.error("invalid", "text frames only"))
                    continue
                if not conn.bucket.allow():
                    self._refuse(conn, messages.error("rate-limited", "too many messages"))
                    continue
                try:
                    parsed = messages.parse(msg.data)
                except messages.Invalid as exc:
                    self._refuse(conn, messages.error(exc.code, str(exc), exc.seq))
                    continue
                if self.registry.get(device.device_id) is None:
                    break  # removed meanwhile
                self._on_event("message", device.device_id, parsed)
        finally:
            if self._connections.get(device.device_id) is conn:
                del self._connections[device.device_id]
                self._on_event("disconnected", device.device_id, None)
            writer.cancel()
        return ws

    def _refuse(self, conn: _Connection, error: dict) -> None:
        conn.refused += 1
        if conn.refused > limits.MAX_REFUSED:
            self._put(conn, None)  # flooding: the socket is closed
        else:
            self._put(conn, json.dumps(error))

    async def _write(self, conn: _Connection) -> None:
        try:
            while True:
                text = await conn.queue.get()
                if text is None:
                    await conn.ws.close(code=1008 if conn.refused > limits.MAX_REFUSED else 1000)
                    return
                await conn.ws.send_str(text)
        except (ConnectionError, RuntimeError):
            await conn.ws.close()

"""The server's limits (one table) and the two rate limiters.

A laptop on a shared Wi-Fi answers anyone who finds it; these bound what
one page, one socket or one address can make it do."""

from __future__ import annotations

import time
from collections import deque

MAX_BODY = 4096  # bytes of a POST body
MAX_MESSAGE = 4096  # bytes of one WebSocket frame
MAX_NAME = 40  # characters of a typed name
MAX_CONNECTIONS = 400  # WebSockets open at once (200 phones and their reconnects)
MAX_DEVICES = 1000  # devices known in one session
#: Per connection: a bucket of MESSAGE_BURST messages refilled at
#: MESSAGE_RATE per second; a phone dragging sends far fewer.
MESSAGE_RATE = 20.0
MESSAGE_BURST = 60
#: Refused messages a connection may send before it is closed.
MAX_REFUSED = 40
#: Wrong join codes per address in CODE_WINDOW seconds before 429.
CODE_ATTEMPTS = 5
CODE_WINDOW = 60.0


class TokenBucket:
    """Messages per connection: ``allow()`` is False once the burst is
    spent faster than the rate refills it."""

    def __init__(self, rate: float = MESSAGE_RATE, burst: int = MESSAGE_BURST, clock=time.monotonic):
        self._rate = rate
        self._burst = float(burst)
        self._tokens = float(burst)
        self._clock = clock
        self._last = clock()

    def allow(self) -> bool:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._last) * self._rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False


class AttemptLimiter:
    """Failed attempts per key (an address) in a sliding window."""

    def __init__(self, attempts: int = CODE_ATTEMPTS, window: float = CODE_WINDOW, clock=time.monotonic):
        self._attempts = attempts
        self._window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self._window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        blocked = len(self._recent(key)) >= self._attempts
        if not self._failures.get(key):
            self._failures.pop(key, None)  # keep the table to addresses still counted
        return blocked

    def fail(self, key: str) -> None:
        self._recent(key).append(self._clock())

"""Overload protection: per-token rate limit (429), in-flight sync limit (503), body size (413).

The two middlewares are plain ASGI, so they answer before FastAPI parses anything.
"""

from __future__ import annotations

import json
import math
import threading
import time
from typing import Callable


class RateLimiter:
    """A token bucket per key: `burst` requests at once, refilled at `per_minute`. 0 = unlimited."""

    def __init__(self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic):
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int:
        """Take one request from `key`'s bucket: 0 if allowed, else the seconds to wait (>= 1)."""
        if self.rate <= 0:
            return 0
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                if len(self._buckets) > 50_000:
                    self._forget_full(now)
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))

    def _forget_full(self, now: float) -> None:
        full = [k for k, (t, at) in self._buckets.items() if t + (now - at) * self.rate >= self.burst]
        for k in full:
            del self._buckets[k]


class ConcurrencyLimiter:
    """At most `limit` requests in flight; never queues (the caller answers 503 instead)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.in_flight = 0
        self._lock = threading.Lock()

    def try_acquire(self) -> bool:
        with self._lock:
            if self.limit > 0 and self.in_flight >= self.limit:
                return False
            self.in_flight += 1
            return True

    def release(self) -> None:
        with self._lock:
            self.in_flight -= 1


async def send_error(send, status: int, detail: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": body})


class SyncConcurrencyMiddleware:
    """503 + Retry-After when too many requests under `prefix` are already being served."""

    def __init__(self, app, limiter: ConcurrencyLimiter, retry_after: int, prefix: str = "/v1/sync/"):
        self.app, self.limiter, self.retry_after, self.prefix = app, limiter, retry_after, prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            return await self.app(scope, receive, send)
        if not self.limiter.try_acquire():
            return await send_error(send, 503, f"The server is busy; try again in {self.retry_after} s.",
                                    [(b"retry-after", str(self.retry_after).encode())])
        try:
            await self.app(scope, receive, send)
        finally:
            self.limiter.release()


class BodyLimitMiddleware:
    """413 when a request body is larger than `max_bytes` (declared or actually sent)."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        too_big = f"The request body is larger than {self.max_bytes} bytes; send smaller batches."
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await send_error(send, 413, too_big)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await send_error(send, 413, too_big)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

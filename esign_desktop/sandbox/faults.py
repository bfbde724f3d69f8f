"""Fault injection and the per-credential rate limit, applied to the emulated APIs only (not /_sandbox/)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from esign_desktop.sandbox.stats import Stats

RATE_LIMIT_CALLS = 100
RATE_LIMIT_WINDOW_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class FaultSettings:
    latency_ms: int = 0
    error_rate: float = 0.0  # answered 500 or 503 without doing anything
    drop_rate: float = 0.0  # connection closed before anything is done
    lost_response_rate: float = 0.0  # the work is done and committed, then the connection is closed
    rate_limit: bool = True
    # Tests only: the same 100-call limit over a shorter window, so "never more than 100 per window" can be
    # checked over hundreds of calls in seconds.
    rate_limit_window_seconds: float = RATE_LIMIT_WINDOW_SECONDS

    @classmethod
    def from_json(cls, data: dict[str, Any], base: FaultSettings | None = None) -> FaultSettings:
        """Merge `data` over `base`; raise ValueError with a readable message on a bad value."""
        values = asdict(base or cls())
        for key, value in data.items():
            if key not in values:
                raise ValueError(f"unknown fault setting {key!r}; known: {', '.join(values)}")
            if key == "rate_limit":
                if not isinstance(value, bool):
                    raise ValueError("rate_limit must be true or false")
            elif key == "rate_limit_window_seconds":
                if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 60:
                    raise ValueError("rate_limit_window_seconds must be a number of seconds from 1 to 60")
            elif key == "latency_ms":
                if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 60_000:
                    raise ValueError("latency_ms must be an integer from 0 to 60000")
            elif isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{key} must be a fraction from 0 to 1")
            values[key] = value
        return cls(**values)


class RateLimiter:
    """A sliding window of call times per credential, in real (not sandbox) time."""

    def __init__(self, calls: int = RATE_LIMIT_CALLS, window: float = RATE_LIMIT_WINDOW_SECONDS) -> None:
        self.calls = calls
        self.window = window
        self._lock = threading.Lock()
        self._seen: dict[str, deque[float]] = {}

    def reset(self) -> None:
        with self._lock:
            self._seen.clear()

    def retry_after(self, key: str) -> int | None:
        """Record a call; None if allowed, else the whole seconds to wait."""
        now = time.monotonic()
        with self._lock:
            times = self._seen.setdefault(key, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.calls:
                return max(1, int(times[0] + self.window - now + 0.999))
            times.append(now)
            return None


def _provider_of(path: str) -> str | None:
    lowered = path.lower()
    for provider in ("assently", "gmosign"):
        if lowered.startswith(f"/{provider}/"):
            return provider
    return None


class FaultMiddleware:
    """Pure ASGI, so a dropped connection can be made by starting a response and never finishing it."""

    def __init__(self, app: ASGIApp, state: FaultState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        provider = _provider_of(scope.get("path", "")) if scope["type"] == "http" else None
        if provider is None:
            await self.app(scope, receive, send)
            return
        settings = self.state.settings
        stats = self.state.stats
        stats.count_request(provider)
        if settings.latency_ms:
            await asyncio.sleep(settings.latency_ms / 1000)
        if settings.rate_limit:
            self.state.limiter.window = settings.rate_limit_window_seconds
            retry_after = self.state.limiter.retry_after(provider + ":" + _credential_key(scope))
            if retry_after is not None:
                stats.count_fault(provider, "rate_limited")
                await _send_json(send, 429, _rate_limit_body(provider), {"retry-after": str(retry_after)})
                return
        roll = random.random()
        if roll < settings.drop_rate:
            stats.count_fault(provider, "dropped")
            await _drop(send)
            return
        roll -= settings.drop_rate
        if roll < settings.error_rate:
            status = random.choice((500, 503, 429))
            stats.count_fault(provider, f"error_{status}")
            if status == 429:  # an injected one, unlike the limit's own (counted as "rate_limited")
                await _send_json(send, 429, _rate_limit_body(provider), {"retry-after": "1"})
            else:
                await _send_json(send, status, _server_error_body(provider, status), {})
            return
        roll -= settings.error_rate
        if roll < settings.lost_response_rate:
            stats.count_fault(provider, "lost_response")
            await self.app(scope, receive, _swallow)
            await _drop(send)
            return
        await self.app(scope, receive, _counting_send(send, stats, provider))


class FaultState:
    def __init__(self, settings: FaultSettings, stats: Stats) -> None:
        self.settings = settings
        self.stats = stats
        self.limiter = RateLimiter()


def _credential_key(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            return hashlib.sha256(value).hexdigest()[:16]
    client = scope.get("client")
    return f"anonymous:{client[0] if client else ''}"


def _rate_limit_body(provider: str) -> dict[str, Any]:
    message = f"Rate limit exceeded: {RATE_LIMIT_CALLS} calls per {int(RATE_LIMIT_WINDOW_SECONDS)} s."
    if provider == "assently":
        return {"error": {"errorCode": "EX429", "message": message, "hint": "Wait for Retry-After seconds."}}
    return {"status": "error", "result": "429", "message": message}


def _server_error_body(provider: str, status: int) -> dict[str, Any]:
    message = "Injected server fault (sandbox)."
    if provider == "assently":
        return {"error": {"errorCode": f"EX{status}", "message": message, "hint": ""}}
    return {"status": "error", "result": str(status), "message": message}


async def _send_json(send: Send, status: int, body: dict[str, Any], headers: dict[str, str]) -> None:
    payload = json.dumps(body).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw_headers += [(key.encode(), value.encode()) for key, value in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


async def _drop(send: Send) -> None:
    # Promise a body, send none, return: uvicorn then closes the connection mid-response.
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})


async def _swallow(message: Message) -> None:
    return None


def _counting_send(send: Send, stats: Stats, provider: str) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            stats.count_status(provider, int(message["status"]))
        await send(message)

    return wrapped

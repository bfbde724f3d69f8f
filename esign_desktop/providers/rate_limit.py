"""The per-account call budget: 100 calls per 60 s, shared by every task that uses the account.

Two checks guard each call. A token bucket spreads calls out; a sliding window of the last calls' times is
the hard guarantee that no 60 s window ever holds more than `limit` calls (a bucket alone would allow a
full burst plus the refill inside one window). Waiters are served in arrival order. The clock and sleep are
injectable so tests run on fake time.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

DEFAULT_LIMIT = 100
DEFAULT_PERIOD = 60.0
# Float rounding must neither let a call through early nor leave a waiter sleeping for 1e-17 s forever.
_TOLERANCE = 1e-9
_MIN_WAIT = 1e-6
_IN_FLIGHT_POLL = 0.05


class SharedCallBudget(Protocol):
    """A budget several programs share (team mode: every desktop using the account).

    `reserve()` records one call and returns 0 when it fits, or returns how many seconds to wait before
    asking again (nothing recorded)."""

    async def reserve(self) -> float: ...


class CallSlot:
    """A call that holds a place in the window while it is in flight (identity only)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Budget:
    """What the status bar shows: calls used in the current window out of the limit."""

    used: int
    limit: int
    period: float
    paused_for: float  # seconds until a service-imposed pause (Retry-After) ends; 0 when none
    total: int = (
        0  # calls started since this limiter was made (what a caller's work cost: compare two readings)
    )

    @property
    def remaining(self) -> int:
        return max(self.limit - self.used, 0)


class RateLimiter:
    """Token bucket plus sliding window; `acquire()` before every HTTP call."""

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        period: float = DEFAULT_PERIOD,
        *,
        burst: int | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        shared: SharedCallBudget | None = None,
    ) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("a rate limit needs at least one call per positive period")
        self.limit = limit
        self.period = period
        self._capacity = float(min(burst or limit, limit))
        self._refill_per_second = limit / period
        self._clock = clock
        self._sleep = sleep
        self._tokens = self._capacity
        self._refilled_at = clock()
        self._calls: deque[float] = deque()
        self._in_flight: set[CallSlot] = set()
        self._paused_until = 0.0
        self._started = 0
        self._lock = asyncio.Lock()
        self.shared = shared  # also counted against the team's budget when set (checked after our own)

    async def acquire(self) -> None:
        """Wait until one more call fits the budget, then record it (as made now)."""
        self.finish(await self.acquire_slot())

    async def acquire_slot(self) -> CallSlot:
        """Wait until one more call fits, and hold its place until `finish(slot)`.

        The service counts a call when it arrives, which may be well after we decide to make it (a queue for
        a connection, a slow network). So a call counts as "now" for as long as it is in flight, and is
        dated when its answer starts: never earlier than the service saw it, so our window always holds at
        least as many calls as the service's.
        """
        async with self._lock:
            while True:
                wait = self._wait_needed(self._clock())
                if wait <= 0 and self.shared is not None:
                    wait = await self.shared.reserve()
                if wait <= 0:
                    self._tokens = max(self._tokens - 1.0, 0.0)
                    slot = CallSlot()
                    self._in_flight.add(slot)
                    self._started += 1
                    return slot
                await self._sleep(wait)

    def finish(self, slot: CallSlot) -> None:
        """The call's answer has started (or it failed): date it now."""
        if slot in self._in_flight:
            self._in_flight.discard(slot)
            self._calls.append(self._clock())

    def pause_for(self, seconds: float) -> None:
        """The service said "come back in `seconds`" (Retry-After): hold every caller of this account."""
        self._paused_until = max(self._paused_until, self._clock() + max(seconds, 0.0))

    def budget_used(self) -> Budget:
        now = self._clock()
        self._forget_old_calls(now)
        used = len(self._calls) + len(self._in_flight)
        return Budget(used, self.limit, self.period, max(self._paused_until - now, 0.0), self._started)

    def _wait_needed(self, now: float) -> float:
        self._forget_old_calls(now)
        self._refill(now)
        waits = [self._paused_until - now]
        if self._tokens < 1.0 - _TOLERANCE:
            waits.append(max((1.0 - self._tokens) / self._refill_per_second, _MIN_WAIT))
        if len(self._calls) + len(self._in_flight) >= self.limit:
            # The oldest finished call leaves the window first; with every place in flight, look again soon.
            oldest = self._calls[0] + self.period - now if self._calls else _IN_FLIGHT_POLL
            waits.append(max(oldest, _MIN_WAIT))
        return max(waits)

    def _refill(self, now: float) -> None:
        elapsed = max(now - self._refilled_at, 0.0)
        self._tokens = min(self._capacity, self._tokens + elapsed * self._refill_per_second)
        self._refilled_at = now

    def _forget_old_calls(self, now: float) -> None:
        while self._calls and self._calls[0] <= now - self.period:
            self._calls.popleft()

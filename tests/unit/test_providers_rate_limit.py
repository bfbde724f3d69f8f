"""The per-account call budget on fake time: never more than `limit` calls in any window."""

from __future__ import annotations

import asyncio
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esign_desktop.providers.rate_limit import RateLimiter


class FakeTime:
    """Monotonic fake clock; sleeping moves it forward at once (the limiter serialises its sleepers)."""

    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)


def max_calls_in_any_window(times: list[float], period: float) -> int:
    """The largest number of calls inside any half-open window (t - period, t]."""
    ordered = sorted(times)
    best, start = 0, 0
    for end, at in enumerate(ordered):
        while ordered[start] <= at - period:
            start += 1
        best = max(best, end - start + 1)
    return best


async def hammer(limiter: RateLimiter, time: FakeTime, tasks: int, calls_each: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    stamps: list[float] = []

    async def worker() -> None:
        for _ in range(calls_each):
            for _ in range(rng.randint(0, 3)):  # interleave the tasks differently on each run
                await asyncio.sleep(0)
            await limiter.acquire()
            stamps.append(time.clock())

    await asyncio.gather(*(worker() for _ in range(tasks)))
    return stamps


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_many_concurrent_tasks_never_exceed_100_calls_per_60_s(seed: int) -> None:
    time = FakeTime()
    limiter = RateLimiter(100, 60.0, clock=time.clock, sleep=time.sleep)
    stamps = asyncio.run(hammer(limiter, time, tasks=50, calls_each=7, seed=seed))
    assert len(stamps) == 350
    assert max_calls_in_any_window(stamps, 60.0) == 100
    # and it is not needlessly slow: 350 calls need three full windows after the first burst
    assert max(stamps) == pytest.approx(180.0, abs=1.0)


def test_the_checker_would_catch_a_burst() -> None:
    assert max_calls_in_any_window([0.0] * 100 + [59.9], 60.0) == 101
    assert max_calls_in_any_window([0.0] * 100 + [60.0], 60.0) == 100


def test_calls_spread_over_time_are_not_delayed() -> None:
    time = FakeTime()
    limiter = RateLimiter(100, 60.0, clock=time.clock, sleep=time.sleep)

    async def steady() -> None:
        for _ in range(300):
            await limiter.acquire()
            time.now += 1.0  # one call a second is within budget

    asyncio.run(steady())
    assert time.now == pytest.approx(300.0)


def test_budget_used_counts_the_current_window() -> None:
    time = FakeTime()
    limiter = RateLimiter(100, 60.0, clock=time.clock, sleep=time.sleep)

    async def calls(n: int) -> None:
        for _ in range(n):
            await limiter.acquire()

    asyncio.run(calls(30))
    assert limiter.budget_used().used == 30
    assert limiter.budget_used().remaining == 70
    time.now += 61.0
    assert limiter.budget_used().used == 0
    assert limiter.budget_used().total == 30  # what the calls cost, whatever the window holds now
    asyncio.run(calls(5))
    assert limiter.budget_used().total == 35


def test_a_pause_holds_every_caller() -> None:
    time = FakeTime()
    limiter = RateLimiter(100, 60.0, clock=time.clock, sleep=time.sleep)
    limiter.pause_for(15.0)
    assert limiter.budget_used().paused_for == 15.0
    asyncio.run(limiter.acquire())
    assert time.now == pytest.approx(15.0)


def test_small_burst_spreads_calls() -> None:
    time = FakeTime()
    limiter = RateLimiter(100, 60.0, burst=10, clock=time.clock, sleep=time.sleep)
    stamps = asyncio.run(hammer(limiter, time, tasks=5, calls_each=4, seed=0))
    assert max_calls_in_any_window(stamps, 6.0) <= 20  # 10 at once, then one per 0.6 s
    assert sorted(stamps)[9] == 0.0
    assert sorted(stamps)[10] > 0.0


def test_invalid_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one call"):
        RateLimiter(0, 60.0)


@settings(max_examples=40, deadline=None)
@given(
    arrivals=st.lists(st.floats(min_value=0, max_value=200, allow_nan=False), min_size=1, max_size=260),
    limit=st.integers(min_value=1, max_value=30),
    burst=st.none() | st.integers(min_value=1, max_value=30),
)
def test_no_window_ever_holds_more_than_the_limit(
    arrivals: list[float], limit: int, burst: int | None
) -> None:
    """Callers arriving at arbitrary times while earlier ones still wait: the window check always holds."""
    time = FakeTime()
    limiter = RateLimiter(limit, 10.0, burst=burst, clock=time.clock, sleep=time.sleep)
    stamps: list[float] = []

    async def caller() -> None:
        await limiter.acquire()
        stamps.append(time.clock())

    async def main() -> None:
        tasks = []
        for arrival in sorted(arrivals):
            time.now = max(time.now, arrival)
            tasks.append(asyncio.create_task(caller()))
            await asyncio.sleep(0)
        await asyncio.gather(*tasks)

    asyncio.run(main())
    assert len(stamps) == len(arrivals)
    assert max_calls_in_any_window(stamps, 10.0) <= limit

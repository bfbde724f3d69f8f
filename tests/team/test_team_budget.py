"""Three desktops calling for one account stay, together, within the team's limit in every window (real
PostgreSQL, the database's clock); a short period keeps the test quick."""

from __future__ import annotations

import asyncio
import time

from esign_desktop.providers.rate_limit import RateLimiter
from esign_desktop.services.team_budget import TeamCallBudget
from esign_desktop.storage.postgres import PostgresDatabase

LIMIT = 10
PERIOD = 1.0
CALLS_PER_DESKTOP = 12


def _most_in_any_window(times: list[float], window: float) -> int:
    times = sorted(times)
    most, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= window:
            start += 1
        most = max(most, end - start + 1)
    return most


def test_three_desktops_together_never_exceed_the_limit(migrated_team_dsn: str) -> None:
    databases = [PostgresDatabase.open(migrated_team_dsn) for _ in range(3)]
    made: list[float] = []

    async def desktop(database: PostgresDatabase) -> None:
        limiter = RateLimiter(shared=TeamCallBudget(database, "account-1", limit=LIMIT, period=PERIOD))
        for _ in range(CALLS_PER_DESKTOP):
            await limiter.acquire()
            made.append(time.monotonic())

    async def all_desktops() -> None:
        await asyncio.gather(*(desktop(database) for database in databases))

    started = time.monotonic()
    try:
        asyncio.run(all_desktops())
    finally:
        for database in databases:
            database.close()
    took = time.monotonic() - started
    assert len(made) == 3 * CALLS_PER_DESKTOP
    # Each call is counted on the database's clock; our timestamps trail it by a few milliseconds.
    assert _most_in_any_window(made, PERIOD - 0.05) <= LIMIT
    assert took >= (3 * CALLS_PER_DESKTOP // LIMIT) * PERIOD - 0.1  # it did have to wait for the windows
    assert _most_in_any_window(made, 3 * PERIOD) > LIMIT  # and used the budget, not far less


def test_without_the_team_database_a_desktop_keeps_to_a_quarter() -> None:
    database = PostgresDatabase.later("postgresql://nobody@127.0.0.1:1/none")
    budget = TeamCallBudget(database, "account-1", limit=8, period=60.0)

    async def calls() -> list[float]:
        waits = []
        for _ in range(2):
            waits.append(await budget.reserve())
        return waits

    assert asyncio.run(calls()) == [0.0, 0.0]
    assert budget._offline.limit == 2

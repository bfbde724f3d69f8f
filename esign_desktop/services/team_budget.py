"""The services' call limit counted for the whole team (team mode), on the team database's clock.

Each desktop keeps its own limiter (providers/rate_limit.py); in team mode every call is also reserved here
first: under a transaction-level advisory lock per account, the calls of the last `period` seconds are
counted in `team_calls`, and the call is recorded only if fewer than `limit` are there. The limit is 90 of
the services' 100 per 60 s: the margin covers calls in flight between reservation and arrival and the small
difference between the database's clock and the service's.

If the team database cannot be reached, this desktop falls back to a quarter of the limit on its own clock:
a desktop that lost the database also lost its polling (the team elected another poller), so what is left
are a person's sends and actions, and four such desktops together still stay under the service's limit.
"""

from __future__ import annotations

import asyncio
import logging

from esign_desktop.providers.rate_limit import RateLimiter
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.postgres import PostgresDatabase, TeamDatabaseUnavailableError

log = logging.getLogger(__name__)

TEAM_LIMIT = 90
TEAM_PERIOD_SECONDS = 60.0
_MIN_WAIT = 0.01


class TeamCallBudget:
    def __init__(
        self,
        team: PostgresDatabase,
        account_id: str,
        *,
        limit: int = TEAM_LIMIT,
        period: float = TEAM_PERIOD_SECONDS,
    ) -> None:
        self._team = team
        self._account_id = account_id
        self.limit = limit
        self.period = period
        self._offline = RateLimiter(max(limit // 4, 1), period)

    async def reserve(self) -> float:
        try:
            return await asyncio.to_thread(self._reserve)
        except TeamDatabaseUnavailableError:
            log.info("team database unreachable: this desktop keeps to its own share of the call budget")
            await self._offline.acquire()
            return 0.0

    def _reserve(self) -> float:
        with self._team.transaction(ActionPhrase.COUNTING_THE_TEAMS_CALLS) as connection:
            raw = connection.raw
            raw.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"esign-budget:{self._account_id}",))
            raw.execute(
                "DELETE FROM team_calls WHERE account_id = %s "
                "AND at < clock_timestamp() - make_interval(secs => %s)",
                (self._account_id, self.period * 2),
            )
            row = raw.execute(
                "SELECT count(*), "
                "extract(epoch FROM min(at) + make_interval(secs => %s) - clock_timestamp()) "
                "FROM team_calls WHERE account_id = %s "
                "AND at > clock_timestamp() - make_interval(secs => %s)",
                (self.period, self._account_id, self.period),
            ).fetchone()
            used = int(row[0]) if row is not None else 0
            if used < self.limit:
                raw.execute("INSERT INTO team_calls (account_id) VALUES (%s)", (self._account_id,))
                return 0.0
            oldest_leaves_in = float(row[1]) if row is not None and row[1] is not None else self.period
            return max(oldest_leaves_in, _MIN_WAIT)

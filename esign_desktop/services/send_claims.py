"""Who may work on a send right now: this desktop alone, or one desktop of the team at a time.

A desktop working alone owns every send in its outbox (`SoloClaims`). In team mode the outbox is shared, and a
send is claimed before any request: `TeamClaims` locks the send's lease row (`outbox_leases`, one per outbox
entry, made by a trigger) with `SELECT … FOR UPDATE SKIP LOCKED` in a transaction on a connection of its own,
held open while this desktop works on the send. The sender's progress is committed through the outbox's own
connection, so it survives a crash; a desktop that dies loses its connection, PostgreSQL releases the lock,
and another desktop (or this one, restarted) claims the send and resumes it with the usual "ask the service
before repeating" checks. Never two desktops at once, so never twice. (`TeamClaims` is in team_claims.py:
psycopg loads only in team mode.)
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Protocol


class SendClaims(Protocol):
    def hold(self, entry_id: str) -> contextlib.AbstractAsyncContextManager[bool]:
        """While inside: True when this desktop holds the send, False when another desktop does."""
        ...


class SoloClaims:
    """One desktop: every send is ours."""

    @contextlib.asynccontextmanager
    async def hold(self, entry_id: str) -> AsyncIterator[bool]:
        yield True

"""Claims on the team database's lease rows (see send_claims.py for why and how)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import psycopg

from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.fallback_outbox import FallbackOutbox
from esign_desktop.storage.postgres import PostgresDatabase

_log = logging.getLogger(__name__)


class TeamClaims:
    """Claims on the team database's lease rows; `desktop_id` is written to the entry's `claimed_by`."""

    def __init__(self, database: PostgresDatabase, desktop_id: str) -> None:
        self._database = database
        self._desktop_id = desktop_id

    @contextlib.asynccontextmanager
    async def hold(self, entry_id: str) -> AsyncIterator[bool]:
        try:
            connection: psycopg.AsyncConnection[Any] = await psycopg.AsyncConnection.connect(
                **self._database.connect_arguments()
            )
        except psycopg.Error as error:
            raise self._database.error_for(error, ActionPhrase.CLAIMING_THE_SEND) from None
        try:
            async with connection.transaction():
                cursor = await connection.execute(
                    "SELECT entry_id FROM outbox_leases WHERE entry_id = %s FOR UPDATE SKIP LOCKED",
                    (entry_id,),
                )
                held = await cursor.fetchone() is not None
                if held:
                    # Committed on its own (autocommit) connection at once, for `esign outbox list`.
                    self._note_claim(entry_id)
                else:
                    _log.info("outbox %s is being sent by another desktop", entry_id)
                yield held
        except psycopg.Error as error:
            # The claim's connection broke while the send ran: whatever the sender committed stands; another
            # desktop may now take the send over and will check the service before repeating anything.
            raise self._database.error_for(error, ActionPhrase.HOLDING_THE_CLAIM_ON_THE_SEND) from None
        finally:
            with contextlib.suppress(psycopg.Error):
                await connection.close()

    def _note_claim(self, entry_id: str) -> None:
        with self._database.transaction(ActionPhrase.NOTING_WHICH_DESKTOP_SENDS_IT) as sql:
            sql.execute("UPDATE outbox SET claimed_by = ? WHERE id = ?", (self._desktop_id, entry_id))


class FallbackClaims:
    """Team claims, except for a send this desktop journalled alone while the team database was out of reach
    (FallbackOutbox): nobody else can see that one, so it is this desktop's without a claim."""

    def __init__(self, team: TeamClaims, outbox: FallbackOutbox) -> None:
        self._team = team
        self._outbox = outbox

    @contextlib.asynccontextmanager
    async def hold(self, entry_id: str) -> AsyncIterator[bool]:
        if self._outbox.is_local(entry_id):
            yield True
            return
        async with self._team.hold(entry_id) as held:
            yield held

"""The callbacks the relay stored, turned into status by the desktop that polls their account.

TeamLink calls `process` when the relay announces a callback and after each (re)connection, for the
accounts this desktop was elected to poll: each unprocessed callback, oldest first, goes to the status
monitor as if the service had called this desktop (GMO Sign: the completion is applied; Assently: the case
is read again), and is marked processed. A desktop that was off, or a new poller, finds everything stored
meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Collection

from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.postgres import PostgresDatabase

log = logging.getLogger(__name__)

CallbackHandler = Callable[[str, object], None]  # StatusMonitor.handle_callback(account_id, payload)
BATCH = 200


class RelayInbox:
    def __init__(self, team: PostgresDatabase, handle: CallbackHandler) -> None:
        self._team = team
        self._handle = handle

    def waiting(self, account_ids: Collection[str]) -> list[tuple[int, str, str]]:
        """(id, account id, payload) of the unprocessed callbacks of these accounts, oldest first."""
        if not account_ids:
            return []
        marks = ", ".join("?" * len(account_ids))
        with self._team.read(ActionPhrase.READING_THE_RELAYS_CALLBACKS) as connection:
            rows = connection.execute(
                f"SELECT id, account_id, payload FROM relay_callbacks WHERE processed_at IS NULL "  # noqa: S608
                f"AND account_id IN ({marks}) ORDER BY id LIMIT ?",
                [*account_ids, BATCH],
            ).fetchall()
        return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]

    async def process(self, account_ids: Collection[str]) -> int:
        """Hand every waiting callback of these accounts to the monitor, on the event loop (the database
        work runs in a worker thread)."""
        handled = 0
        while True:
            waiting = await asyncio.to_thread(self.waiting, account_ids)
            for callback_id, account_id, payload in waiting:
                try:
                    self._handle(account_id, json.loads(payload))
                except ValueError:
                    log.warning("a stored callback could not be read and is skipped (%d)", callback_id)
                await asyncio.to_thread(self._mark, callback_id)
                handled += 1
            if len(waiting) < BATCH:
                return handled

    def _mark(self, callback_id: int) -> None:
        with self._team.transaction(ActionPhrase.MARKING_A_CALLBACK_PROCESSED) as connection:
            connection.execute("UPDATE relay_callbacks SET processed_at = now() WHERE id = ?", (callback_id,))

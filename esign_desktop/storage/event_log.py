"""The history of each envelope (ours and the services'), appended to and read in time order."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable

from esign_desktop.domain.model import EnvelopeEvent
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import CorruptDataError
from esign_desktop.storage.sql import SqlDatabase
from esign_desktop.storage.sql_values import time_column, time_from_column

_log = logging.getLogger(__name__)


class EventLog:
    def __init__(self, database: SqlDatabase) -> None:
        self._database = database

    def append(self, envelope_local_id: str, event: EnvelopeEvent) -> None:
        self.append_many(envelope_local_id, (event,))

    def append_many(self, envelope_local_id: str, events: Iterable[EnvelopeEvent]) -> int:
        rows = [
            (
                envelope_local_id,
                time_column(event.at),
                event.kind,
                None if event.status is None else event.status.value,
                event.party_id,
                event.detail,
                uuid.uuid4().hex,  # the event's id across desktops (team mode)
                event.actor,
            )
            for event in events
        ]
        with self._database.transaction(ActionPhrase.RECORDING_THE_ENVELOPES_HISTORY) as connection:
            connection.executemany(
                "INSERT INTO events (envelope_local_id, at, kind, status, party_id, detail, uid, actor) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def for_envelope(self, envelope_local_id: str) -> tuple[EnvelopeEvent, ...]:
        """Oldest first; events at the same instant keep the order they were appended in."""
        with self._database.read() as connection:
            rows = connection.execute(
                "SELECT at, kind, status, party_id, detail, actor FROM events WHERE envelope_local_id = ? "
                "ORDER BY at, id",
                (envelope_local_id,),
            ).fetchall()
        events = []
        for row in rows:
            try:
                events.append(
                    EnvelopeEvent(
                        at=time_from_column(row["at"]),
                        kind=row["kind"],
                        status=None if row["status"] is None else EnvelopeStatus(row["status"]),
                        party_id=row["party_id"],
                        detail=row["detail"],
                        actor=row["actor"],
                    )
                )
            except (CorruptDataError, ValueError):  # one damaged line of history never hides the rest
                _log.warning("A history entry of an envelope could not be read and is left out")
        return tuple(events)

    def remove_for_envelope(self, envelope_local_id: str) -> int:
        with self._database.transaction(ActionPhrase.CLEARING_THE_ENVELOPES_HISTORY) as connection:
            cursor = connection.execute(
                "DELETE FROM events WHERE envelope_local_id = ?", (envelope_local_id,)
            )
        return cursor.rowcount

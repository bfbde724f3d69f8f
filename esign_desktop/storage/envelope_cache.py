"""The local copy of every envelope the services know about, for the list view and offline reading.

The list view reads light `EnvelopeSummary` rows from indexed columns; the whole Envelope (JSON) is decoded
only for `get`. Sized for 100,000 rows: every filter/order the list uses has an index.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.codec import CodecError, envelope_from_json, envelope_to_json
from esign_desktop.storage.quarantine import UNREADABLE, Quarantine
from esign_desktop.storage.sql import SqlConnection, SqlDatabase, SqlRow
from esign_desktop.storage.sql_values import (
    optional_time_column,
    optional_time_from_column,
    plain_text,
    time_column,
    time_from_column,
)


@dataclass(frozen=True, slots=True)
class CacheWrite:
    """One envelope written to (after) or removed from (after None) the cache, with what was there before."""

    local_id: str
    before: Envelope | None
    after: Envelope | None


CacheListener = Callable[[Sequence[CacheWrite]], None]


@dataclass(frozen=True, slots=True)
class EnvelopeSummary:
    """One row of the envelope list, without documents, fields or events."""

    local_id: str
    account_id: str
    provider: ProviderKind
    remote_id: str
    name: str
    status: EnvelopeStatus
    provider_status: str
    updated_at: datetime
    sent_at: datetime | None
    expires_at: datetime | None
    signed_count: int
    signer_count: int
    sent_by: str = ""  # team mode: who sent it


# "No limit" in a way both SQLite (which also takes -1) and PostgreSQL (which refuses a negative) accept.
_NO_LIMIT = 2**62

_SUMMARY_COLUMNS = (
    "local_id, account_id, provider, remote_id, name, status, provider_status, updated_at, sent_at, "
    "expires_at, signed_count, signer_count, sent_by"
)


class EnvelopeCache:
    """Upsert envelopes seen on the services; list, count and search them. Every envelope needs an account."""

    def __init__(self, database: SqlDatabase) -> None:
        self._database = database
        self._quarantine = Quarantine(database)
        self._listeners: list[CacheListener] = []

    def subscribe(self, listener: CacheListener) -> Callable[[], None]:
        """Call `listener` after every committed write with the envelopes written (one call per write, in
        the writing thread). Returns the function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def upsert_many(self, envelopes: Iterable[Envelope]) -> int:
        """Insert or replace all of them in one transaction; returns how many were written."""
        written = list(envelopes)
        rows = [_row_of(envelope) for envelope in written]
        if not rows:
            return 0
        before = self._bodies([e.local_id for e in written]) if self._listeners else {}
        with self._database.transaction(ActionPhrase.SAVING_THE_ENVELOPE_LIST) as connection:
            connection.executemany(
                "INSERT INTO envelopes (local_id, account_id, provider, remote_id, name, status, "
                "provider_status, updated_at, sent_at, expires_at, signed_count, signer_count, search_text, "
                "sent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (local_id) DO UPDATE SET account_id = excluded.account_id, "
                "provider = excluded.provider, remote_id = excluded.remote_id, name = excluded.name, "
                "status = excluded.status, provider_status = excluded.provider_status, "
                "updated_at = excluded.updated_at, sent_at = excluded.sent_at, "
                "expires_at = excluded.expires_at, "
                "signed_count = excluded.signed_count, signer_count = excluded.signer_count, "
                "search_text = excluded.search_text, sent_by = excluded.sent_by",
                [row[:-1] for row in rows],
            )
            connection.executemany(
                "INSERT INTO envelope_bodies (local_id, json) VALUES (?, ?) "
                "ON CONFLICT (local_id) DO UPDATE SET json = excluded.json",
                [(row[0], row[-1]) for row in rows],
            )
        self._tell([CacheWrite(e.local_id, before.get(e.local_id), e) for e in written])
        return len(rows)

    def _bodies(self, local_ids: Sequence[str]) -> dict[str, Envelope]:
        found: dict[str, Envelope] = {}
        with self._database.read() as connection:
            for start in range(0, len(local_ids), 500):
                chunk = local_ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                sql = f"SELECT local_id, json FROM envelope_bodies WHERE local_id IN ({marks})"  # noqa: S608
                rows = connection.execute(sql, chunk).fetchall()
                found.update((row[0], envelope_from_json(row[1])) for row in rows)
        return found

    def _tell(self, writes: Sequence[CacheWrite]) -> None:
        for listener in list(self._listeners):
            listener(writes)

    def upsert(self, envelope: Envelope) -> None:
        self.upsert_many((envelope,))

    def get(self, local_id: str) -> Envelope | None:
        """The whole envelope; None when unknown or when its row cannot be read (it is then set aside in
        the quarantine, listed under "Needs attention")."""
        with self._database.read() as connection:
            rows = connection.execute(
                "SELECT local_id, json FROM envelope_bodies WHERE local_id = ?", (local_id,)
            ).fetchall()
        return next(iter(self._decoded(rows)), None)

    def all_envelopes(self, *, limit: int | None = None, offset: int = 0) -> list[Envelope]:
        """Cached envelopes, whole, newest change first; `limit`/`offset` page through them (the list loads
        the first screen at once and the rest in the background)."""
        with self._database.read() as connection:
            rows = connection.execute(
                "SELECT local_id, b.json FROM envelopes AS e JOIN envelope_bodies AS b USING (local_id) "
                "ORDER BY e.updated_at DESC, e.local_id LIMIT ? OFFSET ?",
                (_NO_LIMIT if limit is None else limit, offset),
            ).fetchall()
        return self._decoded(rows)

    def get_by_remote(self, account_id: str, remote_id: str) -> Envelope | None:
        """The cached envelope a service knows as `remote_id` (sync matches service rows with this)."""
        with self._database.read() as connection:
            rows = connection.execute(
                "SELECT local_id, b.json FROM envelopes AS e JOIN envelope_bodies AS b USING (local_id) "
                "WHERE e.account_id = ? AND e.remote_id = ?",
                (account_id, remote_id),
            ).fetchall()
        return next(iter(self._decoded(rows)), None)

    def list(
        self,
        *,
        statuses: Collection[EnvelopeStatus] = (),
        account_id: str | None = None,
        search: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EnvelopeSummary]:
        """Newest change first. `search` matches name, remote id, parties' names/emails and file names,
        ignoring case."""
        where, parameters = _filters(statuses, account_id, search)
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM envelopes{where} ORDER BY updated_at DESC, local_id"  # noqa: S608 (only placeholders)
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            parameters += [_NO_LIMIT if limit is None else limit, offset]
        with self._database.read() as connection:
            rows = connection.execute(sql, parameters).fetchall()
        return self._quarantine.read_each("envelopes", rows, _summary_of, self._still_bad)

    def count(
        self, *, statuses: Collection[EnvelopeStatus] = (), account_id: str | None = None, search: str = ""
    ) -> int:
        where, parameters = _filters(statuses, account_id, search)
        with self._database.read() as connection:
            sql = f"SELECT count(*) FROM envelopes{where}"  # noqa: S608 (only placeholders)
            row = connection.execute(sql, parameters).fetchone()
        return int(row[0])

    def count_by_status(self, *, account_id: str | None = None) -> dict[EnvelopeStatus, int]:
        """Every status, zero included, for the side bar's counters."""
        where, parameters = _filters((), account_id, "")
        with self._database.read() as connection:
            rows = connection.execute(
                f"SELECT status, count(*) FROM envelopes{where} GROUP BY status",  # noqa: S608
                parameters,
            ).fetchall()
        counts = dict.fromkeys(EnvelopeStatus, 0)
        known = {status.value: status for status in EnvelopeStatus}
        for status, number in rows:
            if status in known:  # a row with an unknown status is set aside when the list reads it
                counts[known[status]] = int(number)
        return counts

    def _decoded(self, rows: Iterable[SqlRow]) -> builtins.list[Envelope]:
        return self._quarantine.read_each(
            "envelopes", rows, lambda row: _body_of(row["local_id"], row["json"]), self._still_bad
        )

    def _still_bad(self, connection: SqlConnection, local_id: str) -> bool:
        """Read again inside the quarantining transaction: the summary columns and the body."""
        row = connection.execute(
            f"SELECT {_SUMMARY_COLUMNS}, b.json FROM envelopes LEFT JOIN envelope_bodies AS b "  # noqa: S608
            "USING (local_id) WHERE local_id = ?",
            (local_id,),
        ).fetchone()
        if row is None:
            return False
        try:
            _summary_of(row)
            if row["json"] is not None:
                _body_of(local_id, row["json"])
        except UNREADABLE:
            return True
        return False

    def remove(self, local_id: str) -> bool:
        before = self.get(local_id) if self._listeners else None
        with self._database.transaction(ActionPhrase.REMOVING_THE_ENVELOPE_FROM_THE_LIST) as connection:
            cursor = connection.execute("DELETE FROM envelopes WHERE local_id = ?", (local_id,))
        if cursor.rowcount > 0:
            self._tell([CacheWrite(local_id, before, None)])
        return cursor.rowcount > 0


def _filters(
    statuses: Collection[EnvelopeStatus], account_id: str | None, search: str
) -> tuple[str, list[object]]:
    clauses: list[str] = []
    parameters: list[object] = []
    if statuses:
        values = sorted({EnvelopeStatus(s).value for s in statuses})
        clauses.append(f"status IN ({', '.join('?' * len(values))})")
        parameters.extend(values)
    if account_id is not None:
        clauses.append("account_id = ?")
        parameters.append(account_id)
    needle = plain_text(search.strip()).casefold()
    if needle:
        clauses.append("instr(search_text, ?) > 0")
        parameters.append(needle)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", parameters


def _row_of(envelope: Envelope) -> tuple[object, ...]:
    signers = envelope.signers
    signed = sum(1 for party in signers if party.status is PartyStatus.SIGNED)
    search_parts = [envelope.name, envelope.remote_id]
    search_parts += [
        text for party in envelope.parties for text in (party.name, party.email, party.organisation)
    ]
    search_parts += [document.file_name for document in envelope.documents]
    search_text = plain_text("\n".join(part for part in search_parts if part)).casefold()
    return (
        envelope.local_id,
        envelope.account_id,
        envelope.provider.value,
        envelope.remote_id,
        plain_text(envelope.name),
        envelope.status.value,
        plain_text(envelope.provider_status),
        time_column(envelope.updated_at),
        optional_time_column(envelope.sent_at),
        optional_time_column(envelope.expires_at),
        signed,
        len(signers),
        search_text,
        plain_text(envelope.sent_by),
        envelope_to_json(envelope),
    )


def _summary_of(row: SqlRow) -> EnvelopeSummary:
    return EnvelopeSummary(
        local_id=row["local_id"],
        account_id=row["account_id"],
        provider=ProviderKind(row["provider"]),
        remote_id=row["remote_id"],
        name=row["name"],
        status=EnvelopeStatus(row["status"]),
        provider_status=row["provider_status"],
        updated_at=time_from_column(row["updated_at"]),
        sent_at=optional_time_from_column(row["sent_at"]),
        expires_at=optional_time_from_column(row["expires_at"]),
        signed_count=row["signed_count"],
        signer_count=row["signer_count"],
        sent_by=row["sent_by"],
    )


def _body_of(local_id: str, body: str) -> Envelope:
    """The envelope stored under `local_id`; a body naming another id (damage) is unreadable, not a second
    envelope: it was listed under an id nothing else knows and never set aside (found by the fuzz suite)."""
    envelope = envelope_from_json(body)
    if envelope.local_id != local_id:
        raise CodecError(templates.SAVED_ENVELOPE_OTHER_ID)
    return envelope

"""The outbox journal: every send is written down before any request, so a crash never sends twice.

The remote id is chosen before the first request (Assently lets the client pick the case id), and the data to
recognise our own envelope on the service afterwards (envelope name, GMO Sign document codes) is kept in
`OutboxMatch`. After a restart the sender resumes every `pending()` entry: in CREATING or SENDING it first
asks the service whether the step already happened.

    PENDING -> CREATING -> CREATED -> SENDING -> SENT
    CREATED -> DRAFTED (a create-only entry, `esign envelopes create`: the service keeps a draft)
    any unfinished state -> FAILED;  FAILED -> PENDING (the person retries)
    CREATING -> PENDING and SENDING -> CREATED (the check found the step had not happened)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType

from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.domain.model import Envelope, ProviderKind, new_id, utc_now
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.codec import envelope_from_json, envelope_to_json, from_json, to_json
from esign_desktop.storage.errors import CorruptDataError, NotFoundError, StorageError
from esign_desktop.storage.quarantine import Quarantine
from esign_desktop.storage.sql import SqlConnection, SqlDatabase, SqlRow
from esign_desktop.storage.sql_values import time_column, time_from_column


class OutboxState(StrEnum):
    PENDING = "pending"
    CREATING = "creating"
    CREATED = "created"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DRAFTED = "drafted"  # created on the service as a draft and kept there (create only, nothing sent)

    @property
    def is_finished(self) -> bool:
        return self in {OutboxState.SENT, OutboxState.FAILED, OutboxState.DRAFTED}


ALLOWED_TRANSITIONS: Mapping[OutboxState, frozenset[OutboxState]] = MappingProxyType(
    {
        OutboxState.PENDING: frozenset({OutboxState.CREATING, OutboxState.FAILED}),
        OutboxState.CREATING: frozenset({OutboxState.CREATED, OutboxState.PENDING, OutboxState.FAILED}),
        OutboxState.CREATED: frozenset({OutboxState.SENDING, OutboxState.DRAFTED, OutboxState.FAILED}),
        OutboxState.SENDING: frozenset({OutboxState.SENT, OutboxState.CREATED, OutboxState.FAILED}),
        OutboxState.SENT: frozenset(),
        OutboxState.FAILED: frozenset({OutboxState.PENDING}),
        OutboxState.DRAFTED: frozenset(),
    }
)

# The states as people read them inside an error ("Cannot move this send from %1 to %2"), translated by the UI
# like the action phrases (listed in ui/error_text.OUTBOX_STATE_PHRASES).
STATE_PHRASES: Mapping[OutboxState, Phrase] = MappingProxyType(
    {
        OutboxState.PENDING: Phrase("waiting"),
        OutboxState.CREATING: Phrase("being created"),
        OutboxState.CREATED: Phrase("created"),
        OutboxState.SENDING: Phrase("being sent"),
        OutboxState.SENT: Phrase("sent"),
        OutboxState.FAILED: Phrase("failed"),
        OutboxState.DRAFTED: Phrase("kept as a draft"),
    }
)

_UNFINISHED_VALUES = frozenset(s.value for s in OutboxState if not s.is_finished)
_FINISHED_SQL = "('sent', 'failed', 'drafted')"  # every finished state, for the queries
_COUNTS_AN_ATTEMPT = frozenset({OutboxState.CREATING, OutboxState.SENDING})


@dataclass(frozen=True, slots=True)
class OutboxMatch:
    """What identifies our envelope on the service if the answer to a request was lost."""

    envelope_name: str = ""
    document_codes: tuple[str, ...] = ()  # GMO Sign: codes returned by document registration
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: str
    envelope_local_id: str
    account_id: str
    provider: ProviderKind
    remote_id: str
    state: OutboxState
    attempts: int
    last_error: str
    match: OutboxMatch
    envelope: Envelope  # the envelope as it was when the person pressed Send
    created_at: datetime
    updated_at: datetime
    sent_by: str = ""  # the user name of the desktop that queued it (team mode: who sent)
    claimed_by: str = ""  # team mode: the desktop that last claimed it to work on it


class InvalidTransitionError(StorageError):
    """The entry is not in a state that allows the requested step (another worker got there first?)."""


class AlreadyQueuedError(StorageError):
    """The envelope is already being sent."""


class Outbox:
    """The send journal. An entry that cannot be read back is set aside (quarantine, "Needs attention"),
    so one bad entry never blocks the others."""

    def __init__(self, database: SqlDatabase) -> None:
        self._database = database
        self._quarantine = Quarantine(database)

    def enqueue(self, envelope: Envelope, *, remote_id: str, match: OutboxMatch | None = None) -> OutboxEntry:
        """Journal a send of `envelope` (a snapshot is kept) as PENDING. The envelope needs an account."""
        if not envelope.account_id:
            raise StorageError(templates.QUEUE_NEEDS_ACCOUNT)
        now = time_column(utc_now())
        entry_id = new_id()
        with self._database.transaction(ActionPhrase.QUEUEING_THE_ENVELOPE_FOR_SENDING) as connection:
            busy = connection.execute(
                f"SELECT 1 FROM outbox WHERE envelope_local_id = ? AND state NOT IN {_FINISHED_SQL}",  # noqa: S608 - constant
                (envelope.local_id,),
            ).fetchone()
            if busy:
                raise AlreadyQueuedError(templates.ALREADY_BEING_SENT)
            connection.execute(
                "INSERT INTO outbox (id, envelope_local_id, account_id, provider, remote_id, state, "
                "attempts, last_error, match_json, envelope_json, created_at, updated_at, sent_by) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    envelope.local_id,
                    envelope.account_id,
                    envelope.provider.value,
                    remote_id,
                    OutboxState.PENDING.value,
                    to_json(match or OutboxMatch()),
                    envelope_to_json(envelope),
                    now,
                    now,
                    envelope.sent_by,
                ),
            )
            return _entry_of(_select(connection, entry_id))

    def transition(
        self,
        entry_id: str,
        to: OutboxState,
        *,
        error: str = "",
        remote_id: str | None = None,
        match: OutboxMatch | None = None,
    ) -> OutboxEntry:
        """Move an entry to `to` if the state machine allows it (check and write in one transaction).

        `error` (required for FAILED) must be a message for people, free of secrets. Entering CREATING or
        SENDING counts an attempt.
        """
        if to is OutboxState.FAILED and not error.strip():
            raise ValueError("a failed send needs an error message")
        with self._database.transaction(ActionPhrase.RECORDING_THE_SENDING_PROGRESS) as connection:
            row = connection.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise NotFoundError(templates.SEND_GONE)
            try:
                current = OutboxState(row["state"])
            except ValueError:
                raise CorruptDataError(templates.SEND_RECORD_DAMAGED) from None
            if to not in ALLOWED_TRANSITIONS[current]:
                raise InvalidTransitionError(
                    templates.SEND_MOVED_ON, STATE_PHRASES[current], STATE_PHRASES[to]
                )
            last_error = "" if to is OutboxState.SENT else (error or row["last_error"])
            connection.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + ?, last_error = ?, remote_id = ?, "
                "match_json = ?, updated_at = ? WHERE id = ?",
                (
                    to.value,
                    1 if to in _COUNTS_AN_ATTEMPT else 0,
                    last_error,
                    row["remote_id"] if remote_id is None else remote_id,
                    row["match_json"] if match is None else to_json(match),
                    time_column(utc_now()),
                    entry_id,
                ),
            )
            return _entry_of(_select(connection, entry_id))

    def update_match(self, entry_id: str, match: OutboxMatch) -> OutboxEntry:
        """Replace what identifies the entry's envelope at the service (no state change): written down
        before a request that cannot be repeated safely, so a crash during it is known afterwards."""
        with self._database.transaction(ActionPhrase.RECORDING_THE_SENDING_PROGRESS) as connection:
            updated = connection.execute(
                "UPDATE outbox SET match_json = ?, updated_at = ? WHERE id = ?",
                (to_json(match), time_column(utc_now()), entry_id),
            ).rowcount
            if not updated:
                raise NotFoundError(templates.SEND_GONE)
            return _entry_of(_select(connection, entry_id))

    def get(self, entry_id: str) -> OutboxEntry | None:
        with self._database.read() as connection:
            rows = connection.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchall()
        entries = self._quarantine.read_each("outbox", rows, _entry_of)
        return entries[0] if entries else None

    def pending(self) -> list[OutboxEntry]:
        """Every unfinished entry (PENDING, CREATING, CREATED, SENDING), oldest first: the work to resume."""
        with self._database.read() as connection:
            rows = connection.execute(
                f"SELECT * FROM outbox WHERE state NOT IN {_FINISHED_SQL} ORDER BY created_at, id"  # noqa: S608
            ).fetchall()
        return self._quarantine.read_each("outbox", rows, _entry_of)

    def entries(self) -> list[OutboxEntry]:
        """Every entry, finished or not, oldest first (`esign outbox list`)."""
        with self._database.read() as connection:
            rows = connection.execute("SELECT * FROM outbox ORDER BY created_at, id").fetchall()
        return self._quarantine.read_each("outbox", rows, _entry_of)

    def for_envelope(self, envelope_local_id: str) -> list[OutboxEntry]:
        with self._database.read() as connection:
            rows = connection.execute(
                "SELECT * FROM outbox WHERE envelope_local_id = ? ORDER BY created_at, id",
                (envelope_local_id,),
            ).fetchall()
        return self._quarantine.read_each("outbox", rows, _entry_of)

    def set_aside(self, entry_id: str, reason: AppError | str) -> bool:
        """Move an entry that cannot be processed into the quarantine ("Needs attention"), whatever its
        state; the person decides what to do with it. False if it is gone."""
        return self._quarantine.take("outbox", entry_id, reason)

    def remove(self, entry_id: str) -> bool:
        """Drop a finished entry (SENT or FAILED); unfinished ones must be moved to FAILED first."""
        with self._database.transaction(ActionPhrase.REMOVING_THE_SEND_RECORD) as connection:
            row = connection.execute("SELECT state FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                return False
            if row["state"] in _UNFINISHED_VALUES:
                raise InvalidTransitionError(templates.STILL_BEING_SENT)
            connection.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
        return True


def _select(connection: SqlConnection, entry_id: str) -> SqlRow:
    row: SqlRow = connection.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
    return row


def _entry_of(row: SqlRow) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"],
        envelope_local_id=row["envelope_local_id"],
        account_id=row["account_id"],
        provider=ProviderKind(row["provider"]),
        remote_id=row["remote_id"],
        state=OutboxState(row["state"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
        match=from_json(OutboxMatch, row["match_json"]),
        envelope=envelope_from_json(row["envelope_json"]),
        created_at=time_from_column(row["created_at"]),
        updated_at=time_from_column(row["updated_at"]),
        sent_by=row["sent_by"],
        claimed_by=row["claimed_by"],
    )

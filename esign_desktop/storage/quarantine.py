"""Records that cannot be read back are moved aside ("quarantined"), never allowed to stop the app.

A row the decoder refuses (written by an older or broken version, damaged on disk, edited by hand) is moved,
whole and unchanged, into the `quarantine` table with what was wrong, and removed from its own table, so every
list, sync, callback and send goes on with the rest. The "Needs attention" view lists these records; each can
be exported to a JSON file (to repair or report it) or deleted.

Repositories call `read_each` around their decoders: rows that decode are returned, the others are
quarantined in a short transaction of their own after the read (re-checked there: a row rewritten meanwhile
by a good save is left alone).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import utc_now
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.atomic_file import write_bytes_atomically
from esign_desktop.storage.errors import CorruptDataError
from esign_desktop.storage.sql import SqlConnection, SqlDatabase, SqlRow
from esign_desktop.storage.sql_values import time_column, time_from_column
from esign_desktop.storage.stored_errors import english_of_column, error_column, error_from_column

_log = logging.getLogger(__name__)

T = TypeVar("T")

# What a decoder raises for a record it cannot read: our typed error and what enum/dataclass invariants raise.
UNREADABLE = (CorruptDataError, ValueError, TypeError, KeyError, OverflowError, RecursionError)

# The tables whose rows may be quarantined, with their key column and the rows that go with them.
SOURCES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "envelopes": ("local_id", (("envelope_bodies", "local_id"),)),
    "drafts": ("local_id", (("draft_files", "draft_id"),)),
    "outbox": ("id", ()),
}
# Not accounts: removing an account row would cascade to its envelopes and sends.

_SOURCE_LABELS = {
    "envelopes": "cached envelope",
    "drafts": "draft",
    "outbox": "send in the outbox",
}


@dataclass(frozen=True, slots=True)
class QuarantinedRecord:
    """One record moved aside. `reason` says what was wrong without quoting the content, in English (the CLI,
    the export); `problem` is the same as an error the window says in its language (None for a record set
    aside by an older version, whose reason is only the English sentence)."""

    id: int
    source: str
    record_key: str
    reason: str
    found_at: datetime
    problem: AppError | None = None

    @property
    def kind_label(self) -> str:
        return _SOURCE_LABELS.get(self.source, self.source)


def reason_of(error: BaseException) -> AppError:
    """A person-readable reason (our CodecError messages never quote stored content)."""
    if isinstance(error, CorruptDataError):
        return error
    return CorruptDataError(templates.CANNOT_BE_READ_BACK, type(error).__name__)


class Quarantine:
    def __init__(self, database: SqlDatabase) -> None:
        self._database = database

    def read_each(
        self,
        source: str,
        rows: Iterable[SqlRow],
        decode: Callable[[SqlRow], T],
        recheck: Callable[[SqlConnection, str], bool] | None = None,
    ) -> list[T]:
        """Decode every row; rows that fail are quarantined and left out. `recheck(connection, key)` says
        whether the row, read again inside the quarantining transaction, still fails (default: re-decode)."""
        key_column = SOURCES[source][0]
        results: list[T] = []
        failed: list[tuple[str, AppError]] = []
        for row in rows:
            try:
                results.append(decode(row))
            except UNREADABLE as error:
                failed.append((str(row[key_column]), reason_of(error)))
        for key, reason in failed:
            self.take(source, key, reason, recheck or _redecode(source, decode))
        return results

    def take(
        self,
        source: str,
        key: str,
        reason: AppError | str,
        still_bad: Callable[[SqlConnection, str], bool] | None = None,
    ) -> bool:
        """Move the row `key` of `source` (and its related rows) into quarantine; False if it is gone or
        now reads fine. Never raises for the record's content. `reason`: an error (stored as its template
        and values, so the window translates it) or an English sentence."""
        key_column, related = SOURCES[source]
        english = reason.message if isinstance(reason, AppError) else reason
        stored = _safe_text(error_column(reason) if isinstance(reason, AppError) else reason)
        with self._database.transaction(ActionPhrase.SETTING_ASIDE_A_RECORD) as connection:
            row = connection.execute(
                f"SELECT * FROM {source} WHERE {key_column} = ?",  # noqa: S608 - names from SOURCES
                (key,),
            ).fetchone()
            if row is None or (still_bad is not None and not still_bad(connection, key)):
                return False
            content: dict[str, object] = {source: _plain_row(row)}
            for table, column in related:
                rows = connection.execute(
                    f"SELECT * FROM {table} WHERE {column} = ?",  # noqa: S608 - names from SOURCES
                    (key,),
                ).fetchall()
                content[table] = [_plain_row(r) for r in rows]
            connection.execute(
                "INSERT INTO quarantine (source, record_key, reason, content, found_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (source, _safe_text(key), stored, json.dumps(content), time_column(utc_now())),
            )
            for table, column in related:
                connection.execute(f"DELETE FROM {table} WHERE {column} = ?", (key,))  # noqa: S608
            connection.execute(f"DELETE FROM {source} WHERE {key_column} = ?", (key,))  # noqa: S608
        _log.warning("A %s could not be read and was set aside: %s", _SOURCE_LABELS[source], english)
        return True

    def list(self) -> list[QuarantinedRecord]:
        """Newest first."""
        with self._database.read(ActionPhrase.LISTING_THE_RECORDS_THAT_NEED_ATTENTION) as connection:
            rows = connection.execute(
                "SELECT id, source, record_key, reason, found_at FROM quarantine "
                "ORDER BY found_at DESC, id DESC"
            ).fetchall()
        records = []
        for row in rows:
            try:
                found_at = time_from_column(row["found_at"])
            except UNREADABLE:
                found_at = utc_now()
            records.append(
                QuarantinedRecord(
                    id=int(row["id"]),
                    source=str(row["source"]),
                    record_key=str(row["record_key"]),
                    reason=english_of_column(str(row["reason"])),
                    found_at=found_at,
                    problem=error_from_column(str(row["reason"])),
                )
            )
        return records

    def count(self) -> int:
        with self._database.read(ActionPhrase.COUNTING_THE_RECORDS_THAT_NEED_ATTENTION) as connection:
            return int(connection.execute("SELECT count(*) FROM quarantine").fetchone()[0])

    def content(self, record_id: int) -> str | None:
        """The record exactly as it was found, as JSON (binary values as {"base64": ...})."""
        with self._database.read(ActionPhrase.READING_A_RECORD_THAT_NEEDS_ATTENTION) as connection:
            row = connection.execute("SELECT content FROM quarantine WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else str(row["content"])

    def export(self, record_id: int, target: Path) -> None:
        """Write the record and what was wrong with it to `target` (JSON, readable by the user only)."""
        record = next((r for r in self.list() if r.id == record_id), None)
        content = self.content(record_id)
        if record is None or content is None:
            raise CorruptDataError(templates.NO_LONGER_SET_ASIDE)
        document = {
            "what": record.kind_label,
            "key": record.record_key,
            "reason": record.reason,
            "found_at": time_column(record.found_at),
            "record": json.loads(content),
        }
        data = json.dumps(document, indent=2, ensure_ascii=True).encode("ascii")
        write_bytes_atomically(target, data, action=ActionPhrase.EXPORTING_THE_RECORD)

    def delete(self, record_id: int) -> bool:
        with self._database.transaction(ActionPhrase.DELETING_A_RECORD_THAT_NEEDS_ATTENTION) as connection:
            cursor = connection.execute("DELETE FROM quarantine WHERE id = ?", (record_id,))
        return cursor.rowcount > 0


def _redecode(source: str, decode: Callable[[SqlRow], object]) -> Callable[[SqlConnection, str], bool]:
    key_column = SOURCES[source][0]

    def still_bad(connection: SqlConnection, key: str) -> bool:
        row = connection.execute(
            f"SELECT * FROM {source} WHERE {key_column} = ?",  # noqa: S608 - names from SOURCES
            (key,),
        ).fetchone()
        try:
            decode(row)
        except UNREADABLE:
            return True
        return False

    return still_bad


def _plain_row(row: SqlRow) -> dict[str, object]:
    return {key: _plain_value(row[key]) for key in row.keys()}  # noqa: SIM118 - SqlRow has no iteration of keys


def _plain_value(value: object) -> object:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value  # json.dumps escapes to ASCII, so even lone surrogates (invalid UTF-8 on disk) survive


def _safe_text(value: str) -> str:
    """Text SQLite can store: invalid characters (lone surrogates from damaged UTF-8) shown as escapes."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")

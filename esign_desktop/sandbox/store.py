"""The sandbox's SQLite store (WAL). Every change happens in one transaction, so an injected fault or a crash
leaves either the old state or the new one, never half of each."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from esign_desktop.sandbox.envelope import Envelope, JsonDict, Phase, Provider

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS envelopes (
    provider TEXT NOT NULL,
    id TEXT NOT NULL,
    phase TEXT NOT NULL,
    expire_on TEXT,
    temporary_id INTEGER NOT NULL,
    created_on TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (provider, id)
);
CREATE INDEX IF NOT EXISTS envelopes_temporary_id ON envelopes (temporary_id);
CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, sha512 TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS hooks (
    provider TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (provider, id)
);
CREATE TABLE IF NOT EXISTS templates (
    provider TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (provider, id)
);
CREATE TABLE IF NOT EXISTS uploads (code TEXT PRIMARY KEY, data TEXT NOT NULL);
"""


def sha512_hex(data: bytes) -> str:
    return hashlib.sha512(data).hexdigest()


class Transaction:
    """The operations available inside one `Store.transaction()`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # settings
    def get_setting(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    # envelopes
    def get_envelope(self, provider: Provider, envelope_id: str) -> Envelope | None:
        row = self._db.execute(
            "SELECT data FROM envelopes WHERE provider = ? AND lower(id) = lower(?)",
            (provider.value, envelope_id),
        ).fetchone()
        return None if row is None else Envelope.from_json(json.loads(row[0]))

    def envelope_exists(self, provider: Provider, envelope_id: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM envelopes WHERE provider = ? AND lower(id) = lower(?)",
            (provider.value, envelope_id),
        ).fetchone()
        return row is not None

    def find_by_temporary_id(self, temporary_id: int) -> Envelope | None:
        row = self._db.execute(
            "SELECT data FROM envelopes WHERE provider = ? AND temporary_id = ?",
            (Provider.ASSENTLY.value, temporary_id),
        ).fetchone()
        return None if row is None else Envelope.from_json(json.loads(row[0]))

    def put_envelope(self, envelope: Envelope) -> None:
        self._db.execute(
            "INSERT INTO envelopes (provider, id, phase, expire_on, temporary_id, created_on, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(provider, id) DO UPDATE SET phase = excluded.phase, "
            "expire_on = excluded.expire_on, data = excluded.data",
            (
                envelope.provider.value,
                envelope.id,
                envelope.phase.value,
                envelope.expire_on,
                envelope.temporary_id,
                envelope.created_on,
                json.dumps(envelope.to_json()),
            ),
        )

    def delete_envelope(self, envelope: Envelope) -> None:
        self._db.execute(
            "DELETE FROM envelopes WHERE provider = ? AND id = ?", (envelope.provider.value, envelope.id)
        )

    def list_envelopes(self, provider: Provider | None = None) -> list[Envelope]:
        if provider is None:
            rows = self._db.execute("SELECT data FROM envelopes ORDER BY created_on, id").fetchall()
        else:
            rows = self._db.execute(
                "SELECT data FROM envelopes WHERE provider = ? ORDER BY created_on, id", (provider.value,)
            ).fetchall()
        return [Envelope.from_json(json.loads(row[0])) for row in rows]

    def envelopes_due_to_expire(self, now_stamp: str) -> list[Envelope]:
        rows = self._db.execute(
            "SELECT data FROM envelopes WHERE phase IN (?, ?) AND expire_on IS NOT NULL AND expire_on <= ?",
            (Phase.SENT.value, Phase.PENDING_APPROVAL.value, now_stamp),
        ).fetchall()
        return [Envelope.from_json(json.loads(row[0])) for row in rows]

    def count_envelopes(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for provider, phase, number in self._db.execute(
            "SELECT provider, phase, count(*) FROM envelopes GROUP BY provider, phase"
        ):
            counts.setdefault(provider, {})[phase] = number
        return counts

    # blobs
    def put_blob(self, key: str, data: bytes) -> str:
        digest = sha512_hex(data)
        self._db.execute(
            "INSERT INTO blobs (key, sha512, data) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET sha512 = excluded.sha512, data = excluded.data",
            (key, digest, data),
        )
        return digest

    def get_blob(self, key: str) -> bytes | None:
        row = self._db.execute("SELECT data FROM blobs WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def delete_blobs(self, prefix: str) -> None:
        self._db.execute("DELETE FROM blobs WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))

    # hooks, templates, uploads: small JSON records
    def put_record(self, table: str, provider: Provider, record_id: str, data: JsonDict) -> None:
        self._db.execute(
            f"INSERT INTO {_checked(table)} (provider, id, data) VALUES (?, ?, ?) "  # noqa: S608
            "ON CONFLICT(provider, id) DO UPDATE SET data = excluded.data",
            (provider.value, record_id, json.dumps(data)),
        )

    def get_record(self, table: str, provider: Provider, record_id: str) -> JsonDict | None:
        row = self._db.execute(
            f"SELECT data FROM {_checked(table)} WHERE provider = ? AND lower(id) = lower(?)",  # noqa: S608
            (provider.value, record_id),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def list_records(self, table: str, provider: Provider) -> list[JsonDict]:
        rows = self._db.execute(
            f"SELECT data FROM {_checked(table)} WHERE provider = ? ORDER BY id",  # noqa: S608
            (provider.value,),
        ).fetchall()
        return [dict(json.loads(row[0])) for row in rows]

    def delete_record(self, table: str, provider: Provider, record_id: str) -> bool:
        cursor = self._db.execute(
            f"DELETE FROM {_checked(table)} WHERE provider = ? AND lower(id) = lower(?)",  # noqa: S608
            (provider.value, record_id),
        )
        return cursor.rowcount > 0

    def put_upload(self, code: str, data: JsonDict) -> None:
        self._db.execute(
            "INSERT INTO uploads (code, data) VALUES (?, ?) "
            "ON CONFLICT(code) DO UPDATE SET data = excluded.data",
            (code, json.dumps(data)),
        )

    def get_upload(self, code: str) -> JsonDict | None:
        row = self._db.execute("SELECT data FROM uploads WHERE code = ?", (code,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))


def _checked(table: str) -> str:
    if table not in {"hooks", "templates"}:
        raise ValueError(f"unknown record table {table!r}")
    return table


class Store:
    """One SQLite connection shared by the server's threads behind a lock (the sandbox is small)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)
        with self.transaction() as tx:
            if tx.get_setting("schema_version") is None:
                tx.set_setting("schema_version", SCHEMA_VERSION)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(self._db)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def integrity_problems(self) -> list[str]:
        """Everything that would make the store unusable: SQLite damage, unreadable records, blobs whose
        bytes do not match their recorded hash, envelopes pointing at missing documents."""
        problems: list[str] = []
        with self._lock:
            result = self._db.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                problems.append(f"sqlite: {result}")
            blob_keys: set[str] = set()
            for key, digest, data in self._db.execute("SELECT key, sha512, data FROM blobs"):
                blob_keys.add(key)
                if sha512_hex(bytes(data)) != digest:
                    problems.append(f"blob {key}: content does not match its hash")
            for provider, envelope_id, raw in self._db.execute("SELECT provider, id, data FROM envelopes"):
                try:
                    envelope = Envelope.from_json(json.loads(raw))
                except (ValueError, KeyError, TypeError) as error:
                    problems.append(f"envelope {provider}/{envelope_id}: unreadable ({error})")
                    continue
                for document in envelope.documents:
                    if document.blob_key not in blob_keys:
                        problems.append(f"envelope {provider}/{envelope_id}: document {document.id} missing")
        return problems

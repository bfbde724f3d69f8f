"""Drafts: envelopes being prepared, saved whole (autosave), with their own copies of the PDFs.

PDF copies are content-addressed (`<sha512>.pdf` in `AppPaths.draft_files_dir()`), so the same file in ten
drafts is stored once and a stored file never changes. Saving copies the files first (temp file, fsync,
rename), then writes the draft row and its file links in one transaction: an interruption at any point leaves
the previous version loadable; at worst an unreferenced copy remains, which `collect_garbage` removes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import filelock

from esign_desktop.domain.errors import Phrase
from esign_desktop.domain.model import Document, Envelope, ProviderKind
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.atomic_file import copy_hashed_atomically
from esign_desktop.storage.codec import envelope_from_json, envelope_to_json
from esign_desktop.storage.database import Database
from esign_desktop.storage.errors import StorageBusyError, StorageError
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.quarantine import UNREADABLE, Quarantine
from esign_desktop.storage.sql import SqlConnection, SqlDatabase, SqlRow
from esign_desktop.storage.sql_values import plain_text, time_column, time_from_column

_log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
STALE_TEMPORARY_SECONDS = 3600
LOCK_FILE_NAME = "draft-files.lock"  # in the data folder, beside draft-files/
LOCK_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class DraftSummary:
    local_id: str
    name: str
    provider: ProviderKind
    account_id: str
    updated_at: datetime


class DraftStore:
    """Save, load, list and delete drafts. Safe to call from several threads (saves are serialised)."""

    def __init__(
        self, database: Database, paths: AppPaths, *, outbox_database: SqlDatabase | None = None
    ) -> None:
        self._database = database
        self._quarantine = Quarantine(database)
        self._files_dir = paths.draft_files_dir()
        # Where the outbox lives when it is not in `database` (team mode): its unsent PDFs are kept too.
        self._outbox_databases: tuple[SqlDatabase, ...] = (database,) + (
            (outbox_database,) if outbox_database is not None else ()
        )
        self._lock = threading.Lock()  # keeps garbage collection from racing a save's fresh copies
        # The same across processes (the app and the CLI, two app windows on one data folder): a save's
        # fresh copies are not yet linked to its draft until its transaction commits, so another process's
        # garbage collection must wait. `flock` is released by the OS if a holder dies.
        self._process_lock = filelock.FileLock(
            paths.data_dir() / LOCK_FILE_NAME, timeout=LOCK_TIMEOUT_SECONDS
        )

    def save(self, envelope: Envelope, pdf_paths: Mapping[str, Path] | None = None) -> Envelope:
        """Store the draft and copies of its PDFs; returns the envelope as stored (documents point at copies).

        `pdf_paths` maps a Document.id to the file to copy; a document without an entry uses its own `path`.
        Raises StorageError (DiskFullError when the disk is full); the previous version then stays intact.
        """
        sources = dict(pdf_paths or {})
        with self._lock, self._across_processes(ActionPhrase.SAVING_THE_DRAFT):
            documents = tuple(
                self._store_file(document, sources.get(document.id)) for document in envelope.documents
            )
            stored = dataclasses.replace(envelope, documents=documents)
            with self._database.transaction(ActionPhrase.SAVING_THE_DRAFT) as connection:
                connection.execute(
                    "INSERT INTO drafts (local_id, name, provider, account_id, updated_at, json) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (local_id) DO UPDATE SET name = excluded.name, "
                    "provider = excluded.provider, account_id = excluded.account_id, "
                    "updated_at = excluded.updated_at, json = excluded.json",
                    (
                        stored.local_id,
                        plain_text(stored.name),
                        stored.provider.value,
                        stored.account_id,
                        time_column(stored.updated_at),
                        envelope_to_json(stored),
                    ),
                )
                self._link_files(connection, stored.local_id, {d.sha512 for d in documents})
        return stored

    def load(self, local_id: str) -> Envelope | None:
        """The draft; None when unknown or when it cannot be read (then set aside under "Needs attention")."""
        with self._database.read(ActionPhrase.OPENING_THE_DRAFT) as connection:
            rows = connection.execute("SELECT * FROM drafts WHERE local_id = ?", (local_id,)).fetchall()
        decoded = self._quarantine.read_each("drafts", rows, _draft_of)
        return decoded[0] if decoded else None

    def list(self) -> list[DraftSummary]:
        """Most recently changed first."""
        with self._database.read(ActionPhrase.LISTING_THE_DRAFTS) as connection:
            rows = connection.execute(
                "SELECT local_id, name, provider, account_id, updated_at FROM drafts ORDER BY updated_at DESC"
            ).fetchall()
        return self._quarantine.read_each("drafts", rows, _summary_of, _draft_still_bad)

    def delete(self, local_id: str) -> bool:
        """Forget the draft; its PDF copies go too unless another draft or an unsent send still uses them."""
        with self._lock, self._across_processes(ActionPhrase.DELETING_THE_DRAFT):
            with self._database.transaction(ActionPhrase.DELETING_THE_DRAFT) as connection:
                cursor = connection.execute("DELETE FROM drafts WHERE local_id = ?", (local_id,))
            self._collect_garbage_locked()
        return cursor.rowcount > 0

    def file_path(self, sha512: str) -> Path:
        """Where the stored copy with this SHA-512 lives (it may not exist)."""
        return self._files_dir / f"{sha512}{PDF_SUFFIX}"

    def collect_garbage(self) -> int:
        """Delete stored PDFs no draft and no unsent outbox entry refers to, and temporary files an
        interrupted copy left more than an hour ago; returns how many files were removed."""
        with self._lock, self._across_processes(ActionPhrase.TIDYING_STORED_FILES):
            return self._collect_garbage_locked()

    @contextlib.contextmanager
    def _across_processes(self, action: str) -> Iterator[None]:
        try:
            with self._process_lock:
                yield
        except filelock.Timeout:
            raise StorageBusyError(templates.DATA_FOLDER_BUSY, Phrase(action)) from None

    def _store_file(self, document: Document, source: Path | None) -> Document:
        if source is None and document.path:
            source = Path(document.path)
        if source is None:
            existing = self.file_path(document.sha512) if document.sha512 else None
            if existing is not None and existing.is_file():
                return dataclasses.replace(document, path=str(existing))
            if document.file_name:
                raise StorageError(templates.DRAFT_FILE_MISSING, document.file_name)
            raise StorageError(templates.DRAFT_UNNAMED_FILE_MISSING)
        if document.sha512 and source == self.file_path(document.sha512) and source.is_file():
            return document  # already our own copy: content-addressed files never change
        path, sha512, size = copy_hashed_atomically(
            source, self._files_dir, suffix=PDF_SUFFIX, action=ActionPhrase.SAVING_THE_DRAFT
        )
        return dataclasses.replace(document, path=str(path), sha512=sha512, size=size)

    def _link_files(self, connection: SqlConnection, local_id: str, hashes: set[str]) -> None:
        connection.execute("DELETE FROM draft_files WHERE draft_id = ?", (local_id,))
        connection.executemany(
            "INSERT INTO draft_files (draft_id, sha512) VALUES (?, ?)",
            [(local_id, h) for h in sorted(hashes)],
        )

    def _collect_garbage_locked(self) -> int:
        with self._database.read(ActionPhrase.TIDYING_STORED_FILES) as connection:
            referenced = {row[0] for row in connection.execute("SELECT DISTINCT sha512 FROM draft_files")}
        snapshots = []
        for outbox_database in self._outbox_databases:
            try:
                with outbox_database.read(ActionPhrase.TIDYING_STORED_FILES) as connection:
                    snapshots += connection.execute(
                        "SELECT envelope_json FROM outbox WHERE state != 'sent'"
                    ).fetchall()
            except StorageError:  # the team database is out of reach: keep every file until it is back
                return 0
        for (snapshot,) in snapshots:
            try:
                referenced.update(document.sha512 for document in envelope_from_json(snapshot).documents)
            except UNREADABLE:  # the outbox sets such an entry aside when it reads it; keep every file now
                return 0
        removed = 0
        stale_before = time.time() - STALE_TEMPORARY_SECONDS
        for path in self._files_dir.iterdir():
            if path.name.startswith("."):
                # A temporary copy left by a crash; a young one may belong to another running instance.
                if not (path.suffix == ".tmp" and _modified_before(path, stale_before)):
                    continue
            elif path.suffix != PDF_SUFFIX or path.stem in referenced:
                continue
            try:
                path.unlink()
                removed += 1
            except OSError as error:  # a viewer may hold it open on Windows; try again next time
                _log.info("Could not remove unused file %s: %s", path.name, error.strerror)
        return removed


def _summary_of(row: SqlRow) -> DraftSummary:
    return DraftSummary(
        local_id=row["local_id"],
        name=row["name"],
        provider=ProviderKind(row["provider"]),
        account_id=row["account_id"],
        updated_at=time_from_column(row["updated_at"]),
    )


def _draft_of(row: SqlRow) -> Envelope:
    _summary_of(row)
    return envelope_from_json(row["json"])


def _draft_still_bad(connection: SqlConnection, local_id: str) -> bool:
    row = connection.execute("SELECT * FROM drafts WHERE local_id = ?", (local_id,)).fetchone()
    if row is None:
        return False
    try:
        _draft_of(row)
    except UNREADABLE:
        return True
    return False


def _modified_before(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime < moment
    except OSError:
        return False

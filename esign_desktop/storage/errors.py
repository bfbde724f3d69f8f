"""Typed storage errors whose message a person can act on, never containing a secret."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.storage import error_templates as templates

# Below this much free space an SQLite I/O error on write is reported as "disk full": SQLite reports
# ENOSPC on some paths (WAL index, journal creation) as a plain I/O or open error.
LOW_SPACE_BYTES = 1024 * 1024


class StorageError(AppError):
    """Something in the local store failed, said for the person using the app: a template of
    storage/error_templates.py and its values (domain/errors.py); `user_message` is the English sentence."""

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(template, *values)

    @property
    def user_message(self) -> str:
        return self.message


class TeamDatabaseUnavailableError(StorageError):
    """The team database cannot be reached now (refused, lost, timed out); nothing was changed there."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full: nothing was changed."""


class StorageBusyError(StorageError):
    """Another program holds the database for longer than we are willing to wait."""


class SchemaTooNewError(StorageError):
    """The data folder was written by a newer version of the app than this one."""


class CorruptDataError(StorageError):
    """A stored record cannot be read back (damaged file, or written by an incompatible version)."""


class DamagedDatabaseError(CorruptDataError):
    """The database file itself is damaged (not one record): found when opening it, before anything runs.

    The app offers a choice: open a backup, or start a new database keeping the old file.
    """

    def __init__(self, template: str, path: Path) -> None:
        """`template`: one of error_templates.DATABASE_DAMAGED, DATABASE_EMPTY, DATABASE_CHECK_FAILED."""
        super().__init__(template, path)
        self.path = path


class NotFoundError(StorageError):
    """The record asked for does not exist (any more)."""


def from_os_error(error: OSError, action: str) -> StorageError:
    """Map a file-system error raised while `action` (an ActionPhrase, e.g. "saving the draft") to a typed
    error. The action is the template's %1, marked as a Phrase so the UI translates it."""
    doing = Phrase(action)
    if error.errno in {errno.ENOSPC, errno.EDQUOT}:
        return DiskFullError(templates.DISK_FULL, doing)
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return StorageError(templates.FOLDER_NOT_WRITABLE, doing, error.strerror)
    return StorageError(templates.FILE_ERROR, doing, error.strerror or type(error).__name__)


def _disk_nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def from_sqlite_error(error: sqlite3.Error, action: str, path: Path | None = None) -> StorageError:
    """Map an SQLite error raised while `action` (an ActionPhrase) to a typed error (never quoting the
    statement's values).

    `path` (the database file) lets an I/O or open error on a full disk be named as "disk full"."""
    doing = Phrase(action)
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if "disk is full" in str(error) or (
        primary in {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, None} and _disk_nearly_full(path)
    ):
        primary = sqlite3.SQLITE_FULL
    if primary == sqlite3.SQLITE_FULL:
        return DiskFullError(templates.DISK_FULL, doing)
    if primary in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
        return StorageBusyError(templates.DATABASE_BUSY, doing)
    if primary in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}:
        return CorruptDataError(templates.DATABASE_FILE_DAMAGED, doing)
    if primary in {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}:
        return StorageError(templates.DATABASE_READ_ONLY, doing)
    if isinstance(error, sqlite3.IntegrityError):
        return StorageError(templates.REFERS_TO_NOTHING, doing)
    if primary == sqlite3.SQLITE_IOERR:
        return StorageError(templates.DISK_READ_WRITE_ERROR, doing)
    return StorageError(templates.DATABASE_ERROR, doing, type(error).__name__)

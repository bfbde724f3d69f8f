"""Typed storage errors whose message a person can act on, never containing a secret."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from esign_desktop.domain.errors import AppError

# Below this much free space an SQLite I/O error on write is reported as "disk full": SQLite reports
# ENOSPC on some paths (WAL index, journal creation) as a plain I/O or open error.
LOW_SPACE_BYTES = 1024 * 1024


class StorageError(AppError):
    """Something in the local store failed, said for the person using the app (template and values:
    domain/errors.py; `user_message` is the English sentence)."""

    def __init__(self, user_message: str, *values: object) -> None:
        super().__init__(user_message, *values)

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

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            f"{what.rstrip('.')} ({path}). Start eSign Desktop to open a backup or to start a new database; "
            "the damaged file is kept either way."
        )
        self.path = path
        self.what = what


class NotFoundError(StorageError):
    """The record asked for does not exist (any more)."""


def from_os_error(error: OSError, action: str) -> StorageError:
    """Map a file-system error raised while `action` (e.g. "saving the draft") to a typed error."""
    if error.errno in {errno.ENOSPC, errno.EDQUOT}:
        return DiskFullError(
            f"Could not finish {action}: the disk is full. Free some space and try again; "
            "the previously saved version is unchanged."
        )
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return StorageError(
            f"Could not finish {action}: the data folder is not writable ({error.strerror}). "
            "Check the folder's permissions; the previously saved version is unchanged."
        )
    return StorageError(
        f"Could not finish {action}: {error.strerror or type(error).__name__}. "
        "The previously saved version is unchanged."
    )


def _disk_nearly_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def from_sqlite_error(error: sqlite3.Error, action: str, path: Path | None = None) -> StorageError:
    """Map an SQLite error raised while `action` to a typed error (never quoting the statement's values).

    `path` (the database file) lets an I/O or open error on a full disk be named as "disk full"."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if "disk is full" in str(error) or (
        primary in {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, None} and _disk_nearly_full(path)
    ):
        primary = sqlite3.SQLITE_FULL
    if primary == sqlite3.SQLITE_FULL:
        return DiskFullError(
            f"Could not finish {action}: the disk is full. Free some space and try again; "
            "the previously saved version is unchanged."
        )
    if primary in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
        return StorageBusyError(
            f"Could not finish {action}: the database is in use by another program. "
            "Close other copies of eSign Desktop and try again."
        )
    if primary in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}:
        return CorruptDataError(
            f"Could not finish {action}: the database file is damaged. "
            "Restore it from a backup or move it away to start afresh."
        )
    if primary in {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}:
        return StorageError(
            f"Could not finish {action}: the database file cannot be opened for writing. "
            "Check the data folder's permissions."
        )
    if isinstance(error, sqlite3.IntegrityError):
        return StorageError(f"Could not finish {action}: it refers to something that does not exist.")
    if primary == sqlite3.SQLITE_IOERR:
        return StorageError(
            f"Could not finish {action}: the disk reported a read or write error. "
            "Check the disk and the data folder; the previously saved version is unchanged."
        )
    return StorageError(f"Could not finish {action}: database error ({type(error).__name__}).")

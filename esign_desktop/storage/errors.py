"""Typed storage errors whose message a person can act on, never containing a secret."""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """Something in the local store failed. `user_message` is written for the person using the app."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full: nothing was changed."""


class StorageBusyError(StorageError):
    """Another program holds the database for longer than we are willing to wait."""


class SchemaTooNewError(StorageError):
    """The data folder was written by a newer version of the app than this one."""


class CorruptDataError(StorageError):
    """A stored record cannot be read back (damaged file, or written by an incompatible version)."""


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


def from_sqlite_error(error: sqlite3.Error, action: str) -> StorageError:
    """Map an SQLite error raised while `action` to a typed error (never quoting the statement's values)."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
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
    return StorageError(f"Could not finish {action}: database error ({type(error).__name__}).")

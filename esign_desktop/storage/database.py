"""The SQLite database: connection settings, schema migrations and transactions.

Thread-safety: one `Database` (one connection) is shared by the whole app; every use goes through
`transaction()` or `read()`, which hold a re-entrant lock for their duration, so calls from the Qt thread,
the asyncio loop and executor threads are serialised. Keep transactions short (no network, no big file
copies inside them). WAL lets other processes (a second app instance, a backup tool) read meanwhile.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import (
    CorruptDataError,
    DamagedDatabaseError,
    SchemaTooNewError,
    StorageError,
    from_os_error,
    from_sqlite_error,
)
from esign_desktop.storage.sql import Dialect

_log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Migration:
    """Brings the schema from `version - 1` to `version`; applied in one transaction with the version bump."""

    version: int
    description: str
    statements: tuple[str, ...]


# The version the last of schema.STEPS makes (tests/unit/test_storage_schema.py keeps them equal): a database
# already at it is opened without loading the schema description, a few ms of every start.
LATEST_SCHEMA_VERSION = 4


@functools.cache
def sqlite_migrations() -> tuple[Migration, ...]:
    """Rendered from the one schema description (schema.py) that also builds the team database."""
    from esign_desktop.storage.schema import STEPS

    return tuple(
        Migration(step.version, step.description, tuple(step.statements(Dialect.SQLITE))) for step in STEPS
    )


class Database:
    """One SQLite connection with WAL, foreign keys and a busy timeout, migrated on open."""

    dialect = Dialect.SQLITE

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path

    @classmethod
    def open(cls, path: Path, *, migrations: Sequence[Migration] | None = None, check: bool = True) -> Self:
        """Open (creating if needed), check and migrate.

        Raises DamagedDatabaseError when the file is not a healthy database (an empty file included: a
        database this app wrote is never 0 bytes, so an empty one was truncated, not new), SchemaTooNewError
        for a newer app's database, DiskFullError when there is no room, StorageError otherwise. The file
        and its WAL are readable by the user only (0600). `migrations`: this app's (`sqlite_migrations()`)
        unless given.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            existed = path.exists()
            if existed and path.is_file() and path.stat().st_size == 0:
                raise DamagedDatabaseError(templates.DATABASE_EMPTY, path)
        except OSError as error:
            raise from_os_error(error, ActionPhrase.OPENING_THE_DATABASE) from None
        if not existed:
            cls._create(path, migrations)
        try:
            connection = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise _open_error(error, path) from None
        database = cls(connection, path)
        try:
            _restrict(path)
            database._configure(wal=True)
            if check and existed:
                database._check_health()
            database._migrate(migrations)
        except sqlite3.Error as error:
            connection.close()
            raise _open_error(error, path) from None
        except DamagedDatabaseError:
            connection.close()
            raise
        except CorruptDataError:
            connection.close()
            raise DamagedDatabaseError(templates.DATABASE_DAMAGED, path) from None
        except BaseException:
            connection.close()
            raise
        return database

    @classmethod
    def _create(cls, path: Path, migrations: Sequence[Migration] | None) -> None:
        """A new, migrated database at `path`, or none at all: it is built under a temporary name beside it
        and linked into place whole, so a process killed while creating it never leaves an empty or
        half-made file under the real name (which the next start would rightly call damaged). When another
        process created it meanwhile, theirs is kept."""
        temporary = path.with_name(f".{path.name}.new-{os.getpid()}-{os.urandom(4).hex()}")
        try:
            # Created 0600 before SQLite opens it; SQLite gives -wal and -shm the same permissions.
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            connection = sqlite3.connect(temporary, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            try:
                fresh = cls(connection, temporary)
                fresh._configure(wal=True)
                fresh._migrate(migrations)
            finally:
                connection.close()  # the last connection: SQLite checkpoints and removes the -wal file
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass  # another process (the CLI beside the app) made it first: use theirs
            except OSError:  # a file system without hard links
                if not path.exists():
                    temporary.replace(path)
        except sqlite3.Error as error:
            raise _open_error(error, path) from None
        except OSError as error:
            raise from_os_error(error, ActionPhrase.CREATING_THE_DATABASE) from None
        finally:
            for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    @classmethod
    def open_read_only(cls, path: Path) -> Self:
        """Open an existing database file only to read it (checking a backup); no migration."""
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,
            )
            connection.row_factory = sqlite3.Row
            connection.text_factory = _lenient_text
        except sqlite3.Error as error:
            raise _open_error(error, path) from None
        return cls(connection, path)

    @classmethod
    def in_memory(cls, *, migrations: Sequence[Migration] | None = None) -> Self:
        """A private database for tests and tools (no WAL: memory databases have no journal file)."""
        connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        database = cls(connection, None)
        database._configure(wal=False)
        database._migrate(migrations)
        return database

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.read(ActionPhrase.READING_THE_DATABASE_VERSION) as connection:
            row = connection.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def backup_to(self, target: Path) -> None:
        """A consistent copy with SQLite's online backup API (written beside `target`, then renamed)."""
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            destination = sqlite3.connect(temporary)
            try:
                with self._lock:
                    self._connection.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
            temporary.replace(target)
        except sqlite3.Error as error:
            raise from_sqlite_error(error, ActionPhrase.BACKING_UP_THE_DATABASE, self.path) from None
        except OSError as error:
            raise from_os_error(error, ActionPhrase.BACKING_UP_THE_DATABASE) from None
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()

    def is_healthy(self) -> bool:
        """SQLite's quick check (structure, not contents) finds nothing wrong."""
        try:
            self._check_health()
        except StorageError:
            return False
        return True

    @contextlib.contextmanager
    def transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE): all of it is committed, or none of it.

        `action` (an ActionPhrase: "saving the draft") names what is being done, for the error a person may
        see.
        Nested calls on the same thread join the outer transaction.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._connection
                finally:
                    self._depth -= 1
                return
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise from_sqlite_error(error, action, self.path) from None
            self._depth = 1
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except sqlite3.Error as error:
                self._rollback()
                raise from_sqlite_error(error, action, self.path) from None
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    @contextlib.contextmanager
    def read(self, action: str = ActionPhrase.READING_SAVED_DATA) -> Iterator[sqlite3.Connection]:
        """A consistent read: every query inside sees the same snapshot."""
        with self._lock:
            if self._depth:
                yield self._connection
                return
            try:
                self._connection.execute("BEGIN")
                self._depth = 1
                yield self._connection
            except sqlite3.Error as error:
                raise from_sqlite_error(error, action, self.path) from None
            finally:
                self._depth = 0
                self._end_read(action)

    def _end_read(self, action: str) -> None:
        try:
            if self._connection.in_transaction:
                self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise from_sqlite_error(error, action, self.path) from None

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # the original error is the one to report
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")

    def _check_health(self) -> None:
        """Raise DamagedDatabaseError unless `PRAGMA quick_check` says ok (a few ms per MB)."""
        if self.path is None:
            return
        try:
            with self._lock:
                rows = self._connection.execute("PRAGMA quick_check(5)").fetchall()
        except sqlite3.Error as error:
            raise _open_error(error, self.path) from None
        findings = [str(row[0]) for row in rows]
        if findings != ["ok"]:
            _log.error("The database failed its check: %s", "; ".join(findings)[:500])
            raise DamagedDatabaseError(templates.DATABASE_CHECK_FAILED, self.path)

    def _configure(self, *, wal: bool) -> None:
        connection = self._connection
        connection.row_factory = sqlite3.Row
        # Damaged text (invalid UTF-8) reads as lone surrogates, which the decoders refuse row by row,
        # instead of an error that would stop a whole list.
        connection.text_factory = _lenient_text
        try:
            if wal:
                mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    _log.warning("SQLite refused WAL mode (got %s); continuing with it", mode)
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            # FULL: a committed draft survives a power cut, not only an app crash.
            connection.execute("PRAGMA synchronous=FULL")
        except sqlite3.Error as error:
            raise from_sqlite_error(error, ActionPhrase.OPENING_THE_DATABASE, self.path) from None

    def _migrate(self, migrations: Sequence[Migration] | None) -> None:
        current = self.schema_version
        if migrations is None:
            if current == LATEST_SCHEMA_VERSION:
                return
            migrations = sqlite_migrations()
        known = _check_ordered(migrations)
        if current > known:
            folder = self.path.parent if self.path else ""
            raise SchemaTooNewError(templates.SCHEMA_TOO_NEW, current, known, folder)
        for migration in migrations:
            if migration.version <= current:
                continue
            _log.info("Migrating the database to schema %d: %s", migration.version, migration.description)
            with self.transaction(ActionPhrase.UPDATING_THE_DATABASE) as connection:
                for statement in migration.statements:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {int(migration.version)}")


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _restrict(path: Path) -> None:
    """The database and its WAL/SHM files: readable by the user only."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)


def _open_error(error: sqlite3.Error, path: Path) -> StorageError:
    """Errors while opening: a damaged file becomes DamagedDatabaseError (the person gets a choice)."""
    typed = from_sqlite_error(error, ActionPhrase.OPENING_THE_DATABASE, path)
    if isinstance(typed, CorruptDataError):
        return DamagedDatabaseError(templates.DATABASE_DAMAGED, path)
    return typed


def _check_ordered(migrations: Sequence[Migration]) -> int:
    """The migrations must be numbered 1, 2, 3... with no gap; returns the last version."""
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise StorageError(templates.MIGRATION_OUT_OF_ORDER, migration.version)
    return len(migrations)

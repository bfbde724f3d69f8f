"""The team database on PostgreSQL (psycopg 3), with the same `transaction()`/`read()` as the SQLite store.

The repositories' SQL is written once with `?` placeholders; `_translate` turns them into psycopg's `%s` (and
SQLite-only functions into their PostgreSQL names). One connection per `PostgresDatabase`, serialised by a
re-entrant lock like the SQLite one; a connection that broke (server restart, network loss) is replaced at the
next use, and until then every call raises `TeamDatabaseUnavailableError`, which the app reports as "working
from the local copy". Passwords never appear in a message: addresses are shown with `redacted_dsn`.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Self

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from esign_desktop.domain.errors import Phrase
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import (
    DiskFullError,
    SchemaTooNewError,
    StorageBusyError,
    StorageError,
    TeamDatabaseUnavailableError,
)
from esign_desktop.storage.schema import STEPS, Step
from esign_desktop.storage.sql import Dialect, SqlCursor

_log = logging.getLogger(__name__)
__all__ = ["PostgresDatabase", "TeamDatabaseUnavailableError"]

CONNECT_TIMEOUT_SECONDS = 5
# After a failed connection the next ones fail at once for a while instead of each waiting for the timeout.
RETRY_AFTER_FAILURE_SECONDS = 10.0
# Any two desktops agree on this number: it names the lock that serialises schema changes.
_MIGRATION_LOCK = 0x45534E_00


class Row:
    """A result row readable by column name or position, like sqlite3.Row."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key: str | int) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def _row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    description = cursor.description or []
    index = {column.name: position for position, column in enumerate(description)}
    return lambda values: Row(values, index)


def redacted_dsn(dsn: str) -> str:
    """The address without its password (and without any other secret parameter), safe to show and log."""
    try:
        parts = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return "(an address that cannot be read)"
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    user = parts.get("user")
    database = parts.get("dbname") or user or ""
    who = f"{user}@" if user else ""
    return f"postgresql://{who}{host}:{port}/{database}"


class _Connection:
    """What `transaction()` and `read()` yield: the repositories' `?` SQL on a psycopg connection."""

    def __init__(self, connection: psycopg.Connection[Any], owner: PostgresDatabase, action: str) -> None:
        self._connection = connection
        self._owner = owner
        self._action = action

    def execute(self, sql: str, parameters: Sequence[object] = (), /) -> SqlCursor:
        try:
            return self._connection.execute(_translate(sql), tuple(parameters))
        except psycopg.Error as error:
            raise self._owner.error_for(error, self._action) from None

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[object]], /) -> SqlCursor:
        cursor = self._connection.cursor()
        try:
            cursor.executemany(_translate(sql), [tuple(p) for p in seq_of_parameters])
        except psycopg.Error as error:
            raise self._owner.error_for(error, self._action) from None
        return cursor

    @property
    def raw(self) -> psycopg.Connection[Any]:
        """The psycopg connection itself, for team-only statements (locks) inside this transaction."""
        return self._connection


class PostgresDatabase:
    """One psycopg connection to the team database, migrated on open."""

    dialect = Dialect.POSTGRES

    def __init__(self, dsn: str, application_name: str) -> None:
        self._dsn = dsn
        self._application_name = application_name
        self._lock = threading.RLock()
        self._depth = 0
        self._connection: psycopg.Connection[Any] | None = None
        self._steps: Sequence[Step] | None = None  # migrations still to check on the first connection
        self._held_off_until = 0.0  # time.monotonic(): until then no connection is tried (fails at once)
        self.address = redacted_dsn(dsn)

    @classmethod
    def open(
        cls, dsn: str, *, application_name: str = "esign-desktop", steps: Sequence[Step] = STEPS
    ) -> Self:
        """Connect, check and migrate. Raises TeamDatabaseUnavailableError when the server cannot be reached,
        SchemaTooNewError when a newer app version migrated it, StorageError otherwise."""
        database = cls(dsn, application_name)
        try:
            database._connect()
            database._migrate(steps)
        except BaseException:
            database.close()
            raise
        return database

    @classmethod
    def later(
        cls, dsn: str, *, application_name: str = "esign-desktop", steps: Sequence[Step] = STEPS
    ) -> Self:
        """A database not reachable now: it connects (and is checked and migrated) on first use, and until
        then each use raises TeamDatabaseUnavailableError."""
        database = cls(dsn, application_name)
        database._steps = steps
        return database

    def connect_arguments(self) -> dict[str, Any]:
        """How every connection to this database is made (also used by TeamLink's async connections)."""
        return {
            "conninfo": make_conninfo(
                self._dsn,
                connect_timeout=CONNECT_TIMEOUT_SECONDS,
                application_name=self._application_name,
                keepalives=1,
                keepalives_idle=10,
                keepalives_interval=5,
                keepalives_count=3,
            ),
        }

    def hold_off(self, seconds: float = math.inf) -> None:
        """Do not try to connect for `seconds` (default: until `open_again`): every use fails at once with
        TeamDatabaseUnavailableError. The app's TeamLink, which watches the database on a connection of its
        own, holds it off while the database is out of reach, so no caller (the GUI thread least of all)
        ever waits for a connection timeout."""
        self._held_off_until = time.monotonic() + seconds

    def open_again(self) -> None:
        """The database answers again (TeamLink connected): connect on the next use."""
        self._held_off_until = 0.0

    def _connect(self) -> psycopg.Connection[Any]:
        if self._connection is not None and not self._connection.closed and not self._connection.broken:
            return self._connection
        if self._connection is not None:
            with contextlib.suppress(psycopg.Error):
                self._connection.close()
            self._connection = None
        if time.monotonic() < self._held_off_until:
            raise TeamDatabaseUnavailableError(templates.TEAM_HELD_OFF, self.address)
        try:
            connection = psycopg.connect(**self.connect_arguments(), autocommit=True)
        except psycopg.Error as error:
            self._held_off_until = max(self._held_off_until, time.monotonic() + RETRY_AFTER_FAILURE_SECONDS)
            raise self.error_for(error, ActionPhrase.CONNECTING_TO_THE_TEAM_DATABASE) from None
        connection.row_factory = _row_factory
        self._connection = connection
        steps, self._steps = self._steps, None
        if steps is not None:
            try:
                self._migrate(steps)
            except BaseException:
                self._steps = steps
                raise
        return connection

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(psycopg.Error):
                    self._connection.close()
                self._connection = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.read(ActionPhrase.READING_THE_TEAM_DATABASES_VERSION) as connection:
            row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    @contextlib.contextmanager
    def transaction(self, action: str) -> Iterator[_Connection]:
        """A write transaction: all of it is committed, or none of it. Nested calls join the outer one."""
        with self._lock:
            connection = self._connect()
            if self._depth:
                self._depth += 1
                try:
                    yield _Connection(connection, self, action)
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                with contextlib.ExitStack() as stack:
                    connection = self._begin(connection, stack)
                    yield _Connection(connection, self, action)
            except psycopg.Error as error:
                raise self.error_for(error, action) from None
            finally:
                self._depth = 0

    def _begin(
        self, connection: psycopg.Connection[Any], stack: contextlib.ExitStack
    ) -> psycopg.Connection[Any]:
        """Begin a transaction on `connection`. A kept connection that the server closed meanwhile (it was
        restarted, or dropped idle sessions) fails on BEGIN, before anything was done: then once more on a
        new connection, so the first use after the database is back does not fail."""
        try:
            stack.enter_context(connection.transaction())
            return connection
        except psycopg.OperationalError:
            if not (connection.closed or connection.broken):
                raise
            _log.info("the team database connection was closed by the server; connecting again")
        connection = self._connect()
        stack.enter_context(connection.transaction())
        return connection

    @contextlib.contextmanager
    def read(self, action: str = ActionPhrase.READING_SAVED_DATA) -> Iterator[_Connection]:
        """A consistent read: every query inside sees the same snapshot."""
        with self._lock:
            connection = self._connect()
            if self._depth:
                yield _Connection(connection, self, action)
                return
            self._depth = 1
            try:
                with contextlib.ExitStack() as stack:
                    connection = self._begin(connection, stack)
                    connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    yield _Connection(connection, self, action)
            except psycopg.Error as error:
                raise self.error_for(error, action) from None
            finally:
                self._depth = 0

    def error_for(self, error: psycopg.Error, action: str) -> StorageError:
        """A typed error for people: what failed, where (without password), and what to do."""
        # Deadlocks and serialization failures are OperationalErrors too, but the database is there: the
        # transaction was rolled back whole and can simply be tried again.
        conflicts = (
            pg_errors.LockNotAvailable,
            pg_errors.DeadlockDetected,
            pg_errors.SerializationFailure,
            pg_errors.TransactionRollback,
        )
        if isinstance(error, conflicts):
            _log.info("a conflict with another desktop while %s: %s", action, type(error).__name__)
            return StorageBusyError(templates.TEAM_CONFLICT)
        if isinstance(error, psycopg.OperationalError) and not isinstance(error, pg_errors.QueryCanceled):
            if isinstance(error, pg_errors.InsufficientPrivilege | pg_errors.InvalidPassword):
                return StorageError(templates.TEAM_SIGN_IN_REFUSED, Phrase(action), self.address)
            if isinstance(error, pg_errors.DiskFull):
                return DiskFullError(templates.TEAM_DISK_FULL)
            _log.info("team database unavailable while %s: %s", action, type(error).__name__)
            return TeamDatabaseUnavailableError(templates.TEAM_UNREACHABLE, self.address)
        if isinstance(error, pg_errors.ForeignKeyViolation):
            return StorageError(templates.REFERS_TO_NOTHING, Phrase(action))
        if isinstance(error, psycopg.IntegrityError):
            return StorageError(templates.TEAM_RECORD_CONFLICT, Phrase(action))
        if isinstance(error, psycopg.InterfaceError):
            _log.info("team database connection lost while %s", action)
            return TeamDatabaseUnavailableError(templates.TEAM_CONNECTION_LOST, self.address)
        return StorageError(templates.TEAM_DATABASE_ERROR, Phrase(action), type(error).__name__)

    def _migrate(self, steps: Sequence[Step]) -> None:
        known = len(steps)
        with self.transaction(ActionPhrase.PREPARING_THE_TEAM_DATABASE) as connection:
            raw = connection.raw
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            raw.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = raw.execute("SELECT max(version) FROM schema_version").fetchone()
            current = int(row[0] or 0) if row else 0
            if current > known:
                raise SchemaTooNewError(templates.TEAM_SCHEMA_TOO_NEW, self.address, current, known)
            for step in steps:
                if step.version <= current:
                    continue
                _log.info("Migrating the team database to schema %d: %s", step.version, step.description)
                for statement in step.statements(Dialect.POSTGRES):
                    raw.execute(statement)
                raw.execute("INSERT INTO schema_version (version) VALUES (%s)", (step.version,))


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%|\binstr\(")


def _translate(sql: str) -> str:
    """`?` -> `%s`, a literal `%` -> `%%`, SQLite's instr() -> strpos(); quoted text is left alone."""

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        if found == "?":
            return "%s"
        if found == "%":
            return "%%"
        if found == "instr(":
            return "strpos("
        return found.replace("%", "%%")

    return _TOKEN.sub(replace, sql)

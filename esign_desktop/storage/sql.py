"""What the repositories need from a database, whichever engine holds it (SQLite here, PostgreSQL for a team).

Repositories write one SQL text with `?` placeholders and portable syntax; each back end's `transaction()` and
`read()` yield a `SqlConnection` that runs it (PostgresDatabase translates the placeholders). Rows read by
column name or position, as `sqlite3.Row` does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from typing import Any, Protocol


class Dialect(StrEnum):
    SQLITE = "sqlite"
    POSTGRES = "postgres"


class SqlRow(Protocol):
    def __getitem__(self, key: str | int, /) -> Any: ...

    def keys(self) -> Sequence[str]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __len__(self) -> int: ...


class SqlCursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class SqlConnection(Protocol):
    def execute(self, sql: str, parameters: Sequence[object] = (), /) -> SqlCursor: ...

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[object]], /) -> SqlCursor: ...


class SqlDatabase(Protocol):
    """One database the repositories can use; see `Database` (SQLite) and `PostgresDatabase`."""

    @property
    def dialect(self) -> Dialect: ...

    @property
    def schema_version(self) -> int: ...

    def transaction(self, action: str) -> contextlib.AbstractContextManager[SqlConnection]: ...

    def read(self, action: str = ...) -> contextlib.AbstractContextManager[SqlConnection]: ...

    def close(self) -> None: ...

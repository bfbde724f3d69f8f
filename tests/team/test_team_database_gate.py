"""Nobody waits for the team database's connection timeout: after a failed connection, and while the team link
knows the database is out of reach, every use fails at once (the work goes on locally) until it answers."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.errors import TeamDatabaseUnavailableError
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.postgres import PostgresDatabase
from tests.postgres_server import PostgresServer
from tests.team.test_two_desktops import _until

pytestmark = pytest.mark.integration


def _version(database: PostgresDatabase) -> int:
    return database.schema_version


def test_a_failed_connection_holds_further_tries_off_until_the_database_is_said_to_answer(
    postgres_server: PostgresServer, migrated_team_dsn: str
) -> None:
    database = PostgresDatabase.open(migrated_team_dsn)
    try:
        assert _version(database) > 0
        postgres_server.stop_temporarily()
        try:
            with pytest.raises(TeamDatabaseUnavailableError):
                _version(database)  # the kept connection is gone, and a new one is refused
        finally:
            postgres_server.start_again()
        with pytest.raises(TeamDatabaseUnavailableError, match="just now"):
            _version(database)  # held off: not even tried
        database.open_again()
        assert _version(database) > 0
    finally:
        database.close()


def test_the_app_never_waits_for_the_team_database_and_uses_it_once_the_link_reaches_it(
    tmp_path: Path, migrated_team_dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESIGN_TEAM_DATABASE", migrated_team_dsn)
    context = ServiceContext.open(AppPaths.under(tmp_path / "desk"), team_connects_later=True)
    assert context.link is not None
    link = context.link

    async def body() -> None:
        started = time.monotonic()
        assert context.outbox.entries() == []  # the team's part is not read before the link reaches it
        assert time.monotonic() - started < 0.5
        link.start()
        await _until(lambda: link.state.connected)
        assert context.team_database is not None
        assert _version(context.team_database) > 0  # now it is used

    async def wrapped() -> None:
        try:
            await body()
        finally:
            await context.aclose()

    asyncio.run(wrapped())

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest

from esign_desktop.storage.database import Database, Migration, sqlite_migrations
from esign_desktop.storage.errors import CorruptDataError, SchemaTooNewError, StorageError
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths


@pytest.fixture
def database_path() -> Path:
    return AppPaths.from_environment().database_file()


def test_open_creates_the_schema_with_wal_and_foreign_keys(database_path: Path) -> None:
    with Database.open(database_path) as database, database.read() as connection:
        assert database.schema_version == len(sqlite_migrations())
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "accounts",
        "envelopes",
        "envelope_bodies",
        "drafts",
        "draft_files",
        "outbox",
        "layouts",
        "events",
    } <= tables


def test_reopening_does_not_migrate_again(database_path: Path) -> None:
    Database.open(database_path).close()
    with Database.open(database_path) as database:
        assert database.schema_version == len(sqlite_migrations())


def test_newer_schema_is_refused_with_a_clear_message(database_path: Path) -> None:
    Database.open(database_path).close()
    raw = sqlite3.connect(database_path)
    raw.execute(f"PRAGMA user_version = {len(sqlite_migrations()) + 3}")
    raw.close()
    with pytest.raises(SchemaTooNewError, match="newer version of eSign Desktop") as caught:
        Database.open(database_path)
    assert str(len(sqlite_migrations()) + 3) in caught.value.user_message


def test_each_migration_is_one_transaction(database_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = Migration(
        len(sqlite_migrations()) + 1,
        "half done",
        ("CREATE TABLE extra (x INTEGER)", "INSERT INTO no_such_table VALUES (1)"),
    )
    with (
        caplog.at_level(logging.INFO, "esign_desktop.storage.database"),
        pytest.raises(StorageError, match="Could not finish updating the database"),
    ):
        Database.open(database_path, migrations=(*sqlite_migrations(), broken))
    assert f"schema {len(sqlite_migrations()) + 1}: half done" in caplog.text  # the failed step: logged
    with Database.open(database_path) as database, database.read() as connection:
        assert database.schema_version == len(sqlite_migrations())  # earlier migrations stay applied
        assert (
            connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
        )


def test_later_migrations_are_applied_in_order(database_path: Path) -> None:
    Database.open(database_path).close()
    extra = (
        Migration(len(sqlite_migrations()) + 1, "add a", ("CREATE TABLE a (x INTEGER)",)),
        Migration(len(sqlite_migrations()) + 2, "fill a", ("INSERT INTO a VALUES (7)",)),
    )
    with Database.open(database_path, migrations=(*sqlite_migrations(), *extra)) as database:
        assert database.schema_version == len(sqlite_migrations()) + 2
        with database.read() as connection:
            assert connection.execute("SELECT x FROM a").fetchone()[0] == 7


def test_migrations_out_of_order_are_a_programming_error() -> None:
    with pytest.raises(StorageError, match="out of order"):
        Database.in_memory(migrations=(sqlite_migrations()[0], Migration(5, "gap", ())))


def _insert_then_fail(database: Database) -> None:
    with database.transaction("test") as connection:
        connection.execute("INSERT INTO layouts VALUES ('gmosign', 'a', 't', '{}')")
        raise RuntimeError("interrupted half way")


def _insert_nested_then_fail(database: Database) -> None:
    with database.transaction("outer") as outer:
        outer.execute("INSERT INTO layouts VALUES ('gmosign', 'a', 't', '{}')")
        with database.transaction("inner") as inner:
            inner.execute("INSERT INTO layouts VALUES ('gmosign', 'b', 't', '{}')")
        raise RuntimeError("outer fails after the inner one finished")


def test_failed_transaction_rolls_back_everything() -> None:
    database = Database.in_memory()
    with pytest.raises(RuntimeError):
        _insert_then_fail(database)
    with database.read() as connection:
        assert connection.execute("SELECT count(*) FROM layouts").fetchone()[0] == 0


def test_sqlite_errors_become_storage_errors_naming_the_action() -> None:
    database = Database.in_memory()
    with pytest.raises(StorageError, match="saving the thing"), database.transaction("saving the thing") as c:
        c.execute(
            "INSERT INTO envelopes (local_id, account_id, provider, status, updated_at, json) "
            "VALUES ('e', 'no-such-account', 'gmosign', 'sent', 't', '{}')"
        )


def test_nested_transactions_join_the_outer_one() -> None:
    database = Database.in_memory()
    with pytest.raises(RuntimeError):
        _insert_nested_then_fail(database)
    with database.read() as connection:
        assert connection.execute("SELECT count(*) FROM layouts").fetchone()[0] == 0


def test_one_database_can_be_shared_by_threads(database_path: Path) -> None:
    database = Database.open(database_path)
    errors: list[BaseException] = []

    def write(prefix: str) -> None:
        try:
            for number in range(50):
                with database.transaction("test") as connection:
                    connection.execute(
                        "INSERT INTO layouts VALUES ('gmosign', ?, 't', '{}')", (f"{prefix}{number}",)
                    )
        except BaseException as error:  # noqa: BLE001 - handed to the main thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(f"t{index}-",)) for index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with database.read() as connection:
        assert connection.execute("SELECT count(*) FROM layouts").fetchone()[0] == 200
    database.close()
    assert errors == []


def test_a_second_connection_sees_committed_data(database_path: Path) -> None:
    with Database.open(database_path) as first, Database.open(database_path) as second:
        with first.transaction("test") as connection:
            connection.execute("INSERT INTO layouts VALUES ('gmosign', 'a', 't', '{}')")
        with second.read() as connection:
            assert connection.execute("SELECT name FROM layouts").fetchone()[0] == "a"


def test_a_file_that_is_not_a_database_gives_a_clear_error(database_path: Path) -> None:
    database_path.write_bytes(b"this is not an SQLite file" * 200)
    with pytest.raises(CorruptDataError, match="damaged"):
        Database.open(database_path)


def test_local_store_opens_every_repository_over_one_database() -> None:
    with LocalStore.open() as store:
        assert store.database.schema_version == len(sqlite_migrations())
        assert store.drafts.list() == []
        assert store.accounts.list() == []
        assert store.outbox.pending() == []
        assert store.database.path == AppPaths.from_environment().database_file()


def test_a_creation_cut_short_leaves_no_half_made_database_under_the_real_name(
    database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process killed while creating its database (the first start, SIGKILLed) must not leave an empty
    or half-migrated file that the next start would call damaged."""
    migrate = Database._migrate

    def dies_midway(self: Database, migrations: object) -> None:
        with self.transaction("the first steps") as connection:
            connection.execute("CREATE TABLE half_made (x INTEGER)")
        raise KeyboardInterrupt  # stands for the process dying during its first migration

    monkeypatch.setattr(Database, "_migrate", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        Database.open(database_path)
    assert not database_path.exists()
    assert list(database_path.parent.iterdir()) == []  # no temporary file left behind either
    monkeypatch.setattr(Database, "_migrate", migrate)
    with Database.open(database_path) as database:  # the next start simply creates it
        assert database.schema_version == len(sqlite_migrations())

"""The schema description renders exactly the schema earlier versions created with raw SQL (kept here), and a
team database on a real PostgreSQL server with every table, trigger and notification the design names."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from esign_desktop.storage.database import LATEST_SCHEMA_VERSION, Database, Migration, sqlite_migrations
from esign_desktop.storage.schema import NOTIFY_CHANNEL, STEPS, Scope, Step
from esign_desktop.storage.sql import Dialect

# The raw SQL of schema versions 1-3 as released (esign_desktop/storage/database.py before the description).
LEGACY_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "accounts, envelope cache, drafts, outbox, layouts, event log",
        (
            """CREATE TABLE accounts (
                id TEXT PRIMARY KEY,
                provider TEXT NOT NULL,
                name TEXT NOT NULL,
                base_url TEXT NOT NULL,
                key_id TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                state TEXT NOT NULL
            )""",
            """CREATE TABLE envelopes (
                local_id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                provider TEXT NOT NULL,
                remote_id TEXT NOT NULL DEFAULT '',
                name TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                provider_status TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL,
                sent_at TEXT,
                expires_at TEXT,
                signed_count INTEGER NOT NULL DEFAULT 0,
                signer_count INTEGER NOT NULL DEFAULT 0,
                search_text TEXT NOT NULL DEFAULT ''
            )""",
            # The whole Envelope apart from the list columns: keeps list scans and searches on small rows.
            """CREATE TABLE envelope_bodies (
                local_id TEXT PRIMARY KEY REFERENCES envelopes(local_id) ON DELETE CASCADE,
                json TEXT NOT NULL
            )""",
            "CREATE INDEX envelopes_by_updated ON envelopes (updated_at DESC, local_id)",
            "CREATE INDEX envelopes_by_status ON envelopes (status, updated_at DESC)",
            "CREATE INDEX envelopes_by_account ON envelopes (account_id, updated_at DESC)",
            "CREATE INDEX envelopes_by_remote ON envelopes (account_id, remote_id)",
            """CREATE TABLE drafts (
                local_id TEXT PRIMARY KEY,
                name TEXT NOT NULL DEFAULT '',
                provider TEXT NOT NULL,
                account_id TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL,
                json TEXT NOT NULL
            )""",
            "CREATE INDEX drafts_by_updated ON drafts (updated_at DESC)",
            """CREATE TABLE draft_files (
                draft_id TEXT NOT NULL REFERENCES drafts(local_id) ON DELETE CASCADE,
                sha512 TEXT NOT NULL,
                PRIMARY KEY (draft_id, sha512)
            ) WITHOUT ROWID""",
            "CREATE INDEX draft_files_by_sha ON draft_files (sha512)",
            """CREATE TABLE outbox (
                id TEXT PRIMARY KEY,
                envelope_local_id TEXT NOT NULL,
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                provider TEXT NOT NULL,
                remote_id TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '',
                match_json TEXT NOT NULL,
                envelope_json TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX outbox_by_state ON outbox (state, created_at)",
            "CREATE INDEX outbox_by_envelope ON outbox (envelope_local_id)",
            """CREATE TABLE layouts (
                provider TEXT NOT NULL,
                name TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (provider, name)
            )""",
            """CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                envelope_local_id TEXT NOT NULL,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT,
                party_id TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX events_by_envelope ON events (envelope_local_id, at, id)",
        ),
    ),
    Migration(
        2,
        "records that cannot be read back, set aside (quarantine)",
        (
            """CREATE TABLE quarantine (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                record_key TEXT NOT NULL,
                reason TEXT NOT NULL,
                content TEXT NOT NULL,
                found_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        3,
        "accounts remember the coordinate convention placement calibration found",
        # '' = the provider's default reading (domain/geometry/provider_units.py).
        ("ALTER TABLE accounts ADD COLUMN coordinate_convention TEXT NOT NULL DEFAULT ''",),
    ),
)


def _structure(connection: sqlite3.Connection) -> dict[str, object]:
    """Every table's columns, keys, foreign keys and indexes, as SQLite itself reports them."""
    found: dict[str, object] = {}
    tables = [
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    for table in tables:
        indexes = {}
        for index in connection.execute(f"PRAGMA index_list({table})").fetchall():
            name = index[1]
            columns = connection.execute(f"PRAGMA index_xinfo({name})").fetchall()
            indexes[name] = (tuple(index[2:]), tuple(columns))
        found[table] = {
            "columns": connection.execute(f"PRAGMA table_xinfo({table})").fetchall(),
            "foreign_keys": connection.execute(f"PRAGMA foreign_key_list({table})").fetchall(),
            "indexes": indexes,
            "without_rowid": "WITHOUT ROWID"
            in (connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]),
        }
    return found


def _apply(migrations: tuple[Migration, ...], upto: int) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    for migration in migrations[:upto]:
        for statement in migration.statements:
            connection.execute(statement)
    return connection


@pytest.mark.parametrize("version", [1, 2, 3])
def test_the_description_renders_the_released_local_schema(version: int) -> None:
    legacy = _apply(LEGACY_MIGRATIONS, version)
    rendered = _apply(sqlite_migrations(), version)
    assert _structure(rendered) == _structure(legacy)


def test_a_database_at_the_latest_version_opens_without_the_schema_description(tmp_path: Path) -> None:
    """Database.open skips the migrations (and loading schema.py) when the file is at LATEST_SCHEMA_VERSION:
    that number must be the version the last step makes, or a new step would never be applied."""
    assert len(STEPS) == LATEST_SCHEMA_VERSION
    assert sqlite_migrations()[-1].version == LATEST_SCHEMA_VERSION
    path = tmp_path / "current.sqlite3"
    Database.open(path).close()
    sqlite_migrations.cache_clear()
    with Database.open(path) as database:
        assert database.schema_version == LATEST_SCHEMA_VERSION
    assert sqlite_migrations.cache_info().currsize == 0  # not rendered: nothing to migrate


def test_a_released_version_3_database_migrates_to_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = _apply(LEGACY_MIGRATIONS, 3)
    old.execute("PRAGMA user_version = 3")
    backup = sqlite3.connect(path)
    old.backup(backup)
    backup.close()
    with Database.open(path) as database:
        assert database.schema_version == len(STEPS)
        with database.read() as connection:
            columns = {row["name"] for row in connection.execute("PRAGMA table_info(events)").fetchall()}
    assert {"uid", "actor"} <= columns


def test_local_only_and_team_only_changes_stay_on_their_side() -> None:
    local = " ".join(" ".join(step.statements(Dialect.SQLITE)) for step in STEPS)
    team = " ".join(" ".join(step.statements(Dialect.POSTGRES)) for step in STEPS)
    assert "CREATE TABLE drafts" in local
    assert "CREATE TABLE drafts" not in team
    assert "outbox_leases" in team
    assert "outbox_leases" not in local
    assert "pg_notify" not in local


def test_a_team_database_gets_every_table_and_announces_changes(team_dsn: str) -> None:
    from esign_desktop.storage.postgres import PostgresDatabase

    with PostgresDatabase.open(team_dsn) as database:
        assert database.schema_version == len(STEPS)
    with psycopg.connect(team_dsn, autocommit=True) as connection:
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        }
        assert {
            "accounts",
            "envelopes",
            "envelope_bodies",
            "events",
            "layouts",
            "outbox",
            "outbox_leases",
            "quarantine",
            "team_calls",
            "desktops",
            "relay_tokens",
            "relay_callbacks",
            "relay_refusals",
            "team_deletions",
            "schema_version",
        } <= tables
        assert not {"drafts", "draft_files", "team_outgoing", "team_state"} & tables
        connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        connection.execute(
            "INSERT INTO accounts (id, provider, name, base_url, created_at, state) "
            "VALUES ('a1', 'assently', 'Office', 'https://x', '2026-12-02T00:00:00Z', 'ok')"
        )
        connection.execute("DELETE FROM accounts WHERE id = 'a1'")
        payloads = [note.payload for note in connection.notifies(timeout=2, stop_after=2)]
    assert '"table" : "accounts"' in payloads[0]
    assert '"table" : "team_deletions"' in payloads[1]


def test_a_new_send_gets_its_lease_row(team_dsn: str) -> None:
    from esign_desktop.storage.postgres import PostgresDatabase

    with PostgresDatabase.open(team_dsn) as database, database.transaction("test") as connection:
        connection.execute(
            "INSERT INTO accounts (id, provider, name, base_url, created_at, state) "
            "VALUES ('a1', 'assently', 'Office', 'https://x', '2026-12-02T00:00:00Z', 'ok')"
        )
        connection.execute(
            "INSERT INTO outbox (id, envelope_local_id, account_id, provider, remote_id, state, match_json, "
            "envelope_json, created_at, updated_at) VALUES ('o1', 'e1', 'a1', 'assently', 'r', 'pending', "
            "'{}', '{}', 't', 't')"
        )
        leases = connection.execute("SELECT entry_id FROM outbox_leases").fetchall()
    assert [lease["entry_id"] for lease in leases] == ["o1"]


def test_migrating_twice_at_once_is_safe(team_dsn: str) -> None:
    import threading

    from esign_desktop.storage.postgres import PostgresDatabase

    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            PostgresDatabase.open(team_dsn).close()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with PostgresDatabase.open(team_dsn) as database:
        assert database.schema_version == len(STEPS)


def test_every_scope_is_used() -> None:
    scopes = {change.scope for step in STEPS for change in step.changes}
    assert scopes == set(Scope)
    assert all(isinstance(step, Step) for step in STEPS)

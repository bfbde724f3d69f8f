from __future__ import annotations

import dataclasses

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.storage.accounts import Account, AccountState, AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.errors import NotFoundError, StorageError
from esign_desktop.storage.sql import Dialect, SqlDatabase


@pytest.fixture
def database(any_database: SqlDatabase) -> SqlDatabase:
    return any_database


@pytest.fixture
def accounts(database: SqlDatabase) -> AccountStore:
    return AccountStore(database)


def _account(name: str = "Office", provider: ProviderKind = ProviderKind.GMOSIGN) -> Account:
    return Account(provider=provider, name=name, base_url="https://api.example.test", key_id="customer-42")


def test_added_account_reads_back_equal(accounts: AccountStore) -> None:
    account = accounts.add(_account())
    assert accounts.get(account.id) == account
    assert accounts.get("missing") is None


def test_list_is_sorted_by_name(accounts: AccountStore) -> None:
    accounts.add(_account("zeta"))
    accounts.add(_account("Alpha", ProviderKind.ASSENTLY))
    accounts.add(_account("beta"))
    assert [a.name for a in accounts.list()] == ["Alpha", "beta", "zeta"]


def test_same_id_twice_is_refused(accounts: AccountStore) -> None:
    account = accounts.add(_account())
    with pytest.raises(StorageError, match="already exists"):
        accounts.add(account)


def test_update_state_and_update(accounts: AccountStore) -> None:
    account = accounts.add(_account())
    assert accounts.update_state(account.id, AccountState.OK).state is AccountState.OK
    renamed = dataclasses.replace(account, name="Renamed", state=AccountState.DISABLED)
    accounts.update(renamed)
    assert accounts.get(account.id) == renamed
    with pytest.raises(NotFoundError):
        accounts.update_state("missing", AccountState.OK)
    with pytest.raises(NotFoundError):
        accounts.update(dataclasses.replace(account, id="missing"))


def test_remove_drops_the_accounts_cached_envelopes(database: SqlDatabase, accounts: AccountStore) -> None:
    kept = accounts.add(_account("kept"))
    removed = accounts.add(_account("removed"))
    cache = EnvelopeCache(database)
    cache.upsert_many(
        [
            Envelope(local_id="a", provider=ProviderKind.GMOSIGN, account_id=kept.id),
            Envelope(local_id="b", provider=ProviderKind.GMOSIGN, account_id=removed.id),
        ]
    )
    assert accounts.remove(removed.id) is True
    assert accounts.remove(removed.id) is False
    assert [row.local_id for row in cache.list()] == ["a"]


def test_accounts_table_has_no_place_for_secrets(database: SqlDatabase) -> None:
    query = (
        "SELECT name FROM pragma_table_info('accounts')"
        if database.dialect is Dialect.SQLITE
        else "SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts'"
    )
    with database.read() as connection:
        columns = {row[0] for row in connection.execute(query).fetchall()}
    assert {"id", "name", "key_id"} <= columns
    assert not {c for c in columns if any(word in c for word in ("secret", "token", "password"))}


def test_the_coordinate_convention_is_stored_and_survives_other_updates(accounts: AccountStore) -> None:
    account = accounts.add(_account())
    assert account.coordinate_convention == ""
    changed = accounts.set_coordinate_convention(account.id, "bottom-left")
    assert changed.coordinate_convention == "bottom-left"
    accounts.update(dataclasses.replace(changed, name="Renamed"))
    assert accounts.get(account.id) == dataclasses.replace(changed, name="Renamed")
    with pytest.raises(NotFoundError):
        accounts.set_coordinate_convention("gone", "bottom-left")


def test_a_schema_1_database_gains_the_column_with_the_default_reading(tmp_path: object) -> None:
    from pathlib import Path

    from esign_desktop.storage.database import sqlite_migrations

    path = Path(str(tmp_path)) / "old.sqlite3"
    with Database.open(path, migrations=sqlite_migrations()[:1]) as old:
        AccountStore(old).add(_account("Before"))
    with Database.open(path) as new:
        [account] = AccountStore(new).list()
    assert account.name == "Before"
    assert account.coordinate_convention == ""

"""Service accounts the app signs in to. Never a secret here: those live in the keyring (SecretStore)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from esign_desktop.domain.model import ProviderKind, new_id, utc_now
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import CorruptDataError, NotFoundError, StorageError
from esign_desktop.storage.sql import SqlDatabase, SqlRow
from esign_desktop.storage.sql_values import time_column, time_from_column

_log = logging.getLogger(__name__)


class AccountState(StrEnum):
    OK = "ok"
    NEEDS_CREDENTIALS = "needs_credentials"  # no secret in the keyring (or it was refused): ask the person
    DISABLED = "disabled"  # kept, but not synced


@dataclass(frozen=True, slots=True)
class Account:
    """`key_id` is the public half of the credentials (Assently API key, GMO Sign customer id)."""

    provider: ProviderKind
    name: str
    base_url: str
    key_id: str = ""
    state: AccountState = AccountState.NEEDS_CREDENTIALS
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    # The name of the coordinate convention placement calibration found (provider_units.CONVENTIONS);
    # empty: the provider's default reading. Changed only by set_coordinate_convention.
    coordinate_convention: str = ""


class AccountStore:
    """Add, list, change and remove accounts. Removing one also drops its cached envelopes and outbox rows."""

    def __init__(self, database: SqlDatabase) -> None:
        self._database = database
        self._added_listeners: list[Callable[[Account], None]] = []

    def subscribe_added(self, listener: Callable[[Account], None]) -> Callable[[], None]:
        """`listener(account)` after each account added here (team mode shares it at once)."""
        self._added_listeners.append(listener)
        return lambda: self._added_listeners.remove(listener)

    def add(self, account: Account) -> Account:
        with self._database.transaction(ActionPhrase.ADDING_THE_ACCOUNT) as connection:
            if connection.execute("SELECT 1 FROM accounts WHERE id = ?", (account.id,)).fetchone():
                raise StorageError(templates.ACCOUNT_ID_TAKEN)
            connection.execute(
                "INSERT INTO accounts (id, provider, name, base_url, key_id, created_at, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    account.id,
                    account.provider.value,
                    account.name,
                    account.base_url,
                    account.key_id,
                    time_column(account.created_at),
                    account.state.value,
                ),
            )
        for listener in list(self._added_listeners):
            listener(account)
        return account

    def update(self, account: Account) -> Account:
        """Replace name, base URL, key id and state of an existing account."""
        with self._database.transaction(ActionPhrase.SAVING_THE_ACCOUNT) as connection:
            cursor = connection.execute(
                "UPDATE accounts SET provider = ?, name = ?, base_url = ?, key_id = ?, state = ? "
                "WHERE id = ?",
                (
                    account.provider.value,
                    account.name,
                    account.base_url,
                    account.key_id,
                    account.state.value,
                    account.id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(templates.ACCOUNT_REMOVED)
        return account

    def list(self) -> list[Account]:
        with self._database.read() as connection:
            rows = connection.execute("SELECT * FROM accounts ORDER BY lower(name), created_at").fetchall()
        return _readable(rows)

    def get(self, account_id: str) -> Account | None:
        with self._database.read() as connection:
            rows = connection.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchall()
        readable = _readable(rows)
        return readable[0] if readable else None

    def update_state(self, account_id: str, state: AccountState) -> Account:
        with self._database.transaction(ActionPhrase.SAVING_THE_ACCOUNTS_STATE) as connection:
            cursor = connection.execute(
                "UPDATE accounts SET state = ? WHERE id = ?", (state.value, account_id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(templates.ACCOUNT_REMOVED_STATE)
            row = connection.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
        return _account_from_row(row)

    def set_coordinate_convention(self, account_id: str, convention: str) -> Account:
        with self._database.transaction(ActionPhrase.SAVING_THE_ACCOUNTS_COORDINATE_CONVENTION) as connection:
            cursor = connection.execute(
                "UPDATE accounts SET coordinate_convention = ? WHERE id = ?", (convention, account_id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(templates.ACCOUNT_REMOVED_CONVENTION)
            row = connection.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
        return _account_from_row(row)

    def remove(self, account_id: str) -> bool:
        """Forget the account, its cached envelopes and unsent outbox rows. The caller deletes its secrets."""
        with self._database.transaction(ActionPhrase.REMOVING_THE_ACCOUNT) as connection:
            cursor = connection.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
        return cursor.rowcount > 0


def _readable(rows: list[SqlRow]) -> list[Account]:
    """Accounts whose row reads back; a damaged one is left out with a warning, never set aside (removing an
    account row would take its envelopes and sends with it) and never allowed to stop the app."""
    accounts = []
    for row in rows:
        try:
            accounts.append(_account_from_row(row))
        except (CorruptDataError, ValueError, TypeError):
            _log.warning("An account record could not be read and is left out (id %s)", str(row["id"])[:64])
    return accounts


def _account_from_row(row: SqlRow) -> Account:
    return Account(
        id=row["id"],
        provider=ProviderKind(row["provider"]),
        name=row["name"],
        base_url=row["base_url"],
        key_id=row["key_id"],
        state=AccountState(row["state"]),
        created_at=time_from_column(row["created_at"]),
        coordinate_convention=row["coordinate_convention"],
    )

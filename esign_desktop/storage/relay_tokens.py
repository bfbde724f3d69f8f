"""Per-account callback tokens: unguessable, shown once (in the hook URL), stored only as a SHA-256."""

from __future__ import annotations

import hashlib
import json
import secrets

from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.sql import SqlDatabase

CALLBACK_PATH = "/callbacks/"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def callback_url(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}{CALLBACK_PATH}{token}"


def create_token(database: SqlDatabase, account_id: str, provider: str, public_url: str) -> str:
    """A new token for the account (an earlier one stops working); returns the account's callback URL."""
    token = secrets.token_urlsafe(32)
    with database.transaction(ActionPhrase.CREATING_THE_ACCOUNTS_RELAY_TOKEN) as connection:
        connection.execute(
            "INSERT INTO relay_tokens (account_id, provider, token_sha256, public_url, hooks_json) "
            "VALUES (?, ?, ?, ?, '[]') ON CONFLICT (account_id) DO UPDATE SET provider = excluded.provider, "
            "token_sha256 = excluded.token_sha256, public_url = excluded.public_url, created_at = now()",
            (account_id, provider, token_hash(token), public_url),
        )
    return callback_url(public_url, token)


def save_hooks(database: SqlDatabase, account_id: str, hook_ids: list[str]) -> None:
    with database.transaction(ActionPhrase.SAVING_THE_ACCOUNTS_RELAY_HOOKS) as connection:
        connection.execute(
            "UPDATE relay_tokens SET hooks_json = ? WHERE account_id = ?", (json.dumps(hook_ids), account_id)
        )


def hooks_of(database: SqlDatabase, account_id: str) -> list[str] | None:
    """The hook ids registered for the account's relay URL; None when it is not connected."""
    with database.read(ActionPhrase.READING_THE_ACCOUNTS_RELAY_HOOKS) as connection:
        row = connection.execute(
            "SELECT hooks_json FROM relay_tokens WHERE account_id = ?", (account_id,)
        ).fetchone()
    if row is None:
        return None
    return [str(hook) for hook in json.loads(str(row[0]) or "[]")]


def remove_token(database: SqlDatabase, account_id: str) -> bool:
    with database.transaction(ActionPhrase.REMOVING_THE_ACCOUNTS_RELAY_TOKEN) as connection:
        cursor = connection.execute("DELETE FROM relay_tokens WHERE account_id = ?", (account_id,))
    return cursor.rowcount > 0


def public_url_of(database: SqlDatabase, account_id: str) -> str | None:
    """The relay address the account's callbacks go to; None when it is not connected to the relay."""
    with database.read(ActionPhrase.READING_THE_ACCOUNTS_RELAY) as connection:
        row = connection.execute(
            "SELECT public_url FROM relay_tokens WHERE account_id = ?", (account_id,)
        ).fetchone()
    return None if row is None else str(row[0])

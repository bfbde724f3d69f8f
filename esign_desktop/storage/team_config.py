"""Whether this desktop is in team mode, and how it reaches the team database (docs/team.md).

Team mode is on when `ESIGN_TEAM_DATABASE` is set (the app and the `esign` CLI; it may carry a password, for
services and scripts) or, failing that, when the setting `team_database` holds an address (never a password:
that one is in the keyring under the key `TeamAddress.keyring_username` names, saved by Team ▸ Database).
The user name this desktop goes by in the team (who sent, who reminded): `ESIGN_USER_NAME`, else the setting
`user_name`, else the login name. Every message and log line shows the address through `redacted`.
"""

from __future__ import annotations

import getpass
import logging
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.settings import Settings
from esign_desktop.storage.sql import SqlDatabase
from esign_desktop.storage.team_address import (
    TeamAddressError,
    dsn_has_password,
    parse_team_address,
    redact_dsn,
)

_log = logging.getLogger(__name__)

DATABASE_VARIABLE = "ESIGN_TEAM_DATABASE"
USER_NAME_VARIABLE = "ESIGN_USER_NAME"
_DESKTOP_ID_KEY = "desktop_id"

PasswordLookup = Callable[[str], str | None]


class TeamConfigError(StorageError):
    """The team database address cannot be used as it is; the message says what to fix (no password)."""


@dataclass(frozen=True, slots=True)
class TeamConfig:
    """How to reach the team database. `dsn` may hold the password: pass it only to the driver."""

    dsn: str
    redacted: str
    user_name: str
    from_environment: bool

    def __repr__(self) -> str:
        return f"TeamConfig({self.redacted!r}, user_name={self.user_name!r})"

    @classmethod
    def load(
        cls,
        settings: Settings,
        *,
        environ: Mapping[str, str] | None = None,
        password_for: PasswordLookup | None = None,
    ) -> TeamConfig | None:
        """The team configuration, or None when this desktop works alone (no address anywhere)."""
        environ = os.environ if environ is None else environ
        user_name = user_name_of(settings, environ)
        from_variable = environ.get(DATABASE_VARIABLE, "").strip()
        if from_variable:
            return cls(from_variable, redact_dsn(from_variable), user_name, from_environment=True)
        address_text = settings.team_database.strip()
        if not address_text:
            return None
        try:
            address = parse_team_address(address_text)
        except TeamAddressError as error:
            problem = error.problem.value.replace("_", " ")
            raise TeamConfigError(templates.TEAM_ADDRESS_UNUSABLE, problem) from None
        password = (password_for or keyring_password)(address.keyring_username)
        if password:
            from psycopg.conninfo import make_conninfo

            dsn = make_conninfo(address.dsn, password=password)
        else:
            dsn = address.dsn
        return cls(dsn, redact_dsn(address.dsn), user_name, from_environment=False)


def user_name_of(settings: Settings, environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    for candidate in (environ.get(USER_NAME_VARIABLE, ""), settings.user_name):
        if candidate.strip():
            return candidate.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return "unknown"


def keyring_password(key: str) -> str | None:
    """The team database password saved by Team > Database; None without one or without a keyring."""
    import keyring
    from keyring.errors import KeyringError

    from esign_desktop.storage.secrets import SERVICE_NAME

    try:
        return keyring.get_password(SERVICE_NAME, key)
    except KeyringError as error:
        _log.warning(
            "The team database password could not be read from the keyring (%s)", type(error).__name__
        )
        return None


def desktop_id(local: SqlDatabase) -> str:
    """This desktop's id in the team, made once and kept in the local store's `team_state`."""
    with local.transaction(ActionPhrase.READING_THIS_DESKTOPS_TEAM_ID) as connection:
        row = connection.execute("SELECT value FROM team_state WHERE key = ?", (_DESKTOP_ID_KEY,)).fetchone()
        if row is not None:
            return str(row[0])
        value = uuid.uuid4().hex
        connection.execute("INSERT INTO team_state (key, value) VALUES (?, ?)", (_DESKTOP_ID_KEY, value))
        return value


__all__ = [
    "DATABASE_VARIABLE",
    "USER_NAME_VARIABLE",
    "TeamConfig",
    "TeamConfigError",
    "desktop_id",
    "dsn_has_password",
    "keyring_password",
    "user_name_of",
]

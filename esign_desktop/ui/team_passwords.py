"""The team database's password in the keyring (service `esign-desktop`, the key TeamAddress names), as the
Team ▸ Database dialog saves it and storage/team_config.py reads it. Never a file, never a plaintext
fallback."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError

from esign_desktop.storage.secrets import SERVICE_NAME


class KeyringTeamPasswords:
    def get(self, key: str) -> str | None:
        try:
            return keyring.get_password(SERVICE_NAME, key)
        except KeyringError:
            return None

    def set(self, key: str, password: str) -> None:
        try:
            keyring.set_password(SERVICE_NAME, key, password)
        except NoKeyringError:
            raise OSError(
                "this computer has no usable keyring: install one (GNOME Keyring, KWallet), or ask IT for "
                "certificate authentication (docs/team.md)"
            ) from None
        except KeyringError as error:  # only the type: a backend's message could echo the password
            raise OSError(f"the keyring refused it ({type(error).__name__})") from None

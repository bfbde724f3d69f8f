"""Account secrets in the system keyring (service "esign-desktop"), and nowhere else.

Without a usable keyring (no Secret Service on Linux, a locked or broken backend) secrets are kept in
memory for this run only: `is_persistent()` is then False and `status_message()` says so, for the UI to
show. There is deliberately no plaintext-file fallback. A `Secret` never shows its value in repr, str,
logs or exceptions.
"""

from __future__ import annotations

import hmac
import logging
from enum import StrEnum
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:  # keyring takes a noticeable part of start-up to import: it loads on first use
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringError

_log = logging.getLogger(__name__)

SERVICE_NAME = "esign-desktop"
_MASK = "********"

NOT_PERSISTENT_MESSAGE = (
    "No system keyring is available, so passwords and API keys are kept only until eSign Desktop closes and "
    "you will be asked for them again next time. To have them remembered, install and unlock a keyring "
    "service (GNOME Keyring, KWallet, or the Windows/macOS credential store)."
)


class SecretKind(StrEnum):
    API_SECRET = "api_secret"  # noqa: S105 -- a kind, not a value: Assently API secret, GMO secret key
    ACCESS_TOKEN = "access_token"  # noqa: S105 -- Assently personal access token


class Secret:
    """A secret string that masks itself everywhere except `reveal()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("a secret cannot be empty")
        self._value = value

    def reveal(self) -> str:
        """The real value: call it only where it goes over the wire or into the keyring."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_MASK!r})"

    def __str__(self) -> str:
        return _MASK

    def __format__(self, format_spec: str) -> str:
        return _MASK

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    __hash__ = None  # type: ignore[assignment]  # equal secrets must not be findable by hashing

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")


class SecretStore:
    """get/set/delete one secret per (account, kind)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._given = backend
        self._resolved: KeyringBackend | None = None
        self._usable = False
        self._memory: dict[tuple[str, SecretKind], Secret] = {}

    @property
    def _backend(self) -> KeyringBackend:
        # Finding the system keyring takes a tenth of a second: done on first use, not at start-up.
        if self._resolved is None:
            import keyring

            self._resolved = self._given if self._given is not None else keyring.get_keyring()
            self._usable = _is_usable(self._resolved)
            if not self._usable:
                _log.warning("No usable keyring (%s): secrets are kept in memory only", self.backend_name)
        return self._resolved

    @property
    def _persistent(self) -> bool:
        return self._backend is not None and self._usable

    @_persistent.setter
    def _persistent(self, usable: bool) -> None:
        self._usable = usable

    @property
    def backend_name(self) -> str:
        backend = self._backend
        return str(getattr(backend, "name", type(backend).__name__))

    def is_persistent(self) -> bool:
        """False when secrets will be forgotten at exit (no usable keyring)."""
        return self._persistent

    def status_message(self) -> str:
        """A sentence for the person when secrets are not remembered; empty when all is well."""
        return "" if self._persistent else NOT_PERSISTENT_MESSAGE

    def get(self, account_id: str, kind: SecretKind) -> Secret | None:
        from keyring.errors import KeyringError

        if self._persistent:
            try:
                value = self._backend.get_password(SERVICE_NAME, _username(account_id, kind))
            except KeyringError as error:
                self._give_up_on_keyring(error)
            else:
                return Secret(value) if value else None
        return self._memory.get((account_id, kind))

    def set(self, account_id: str, kind: SecretKind, secret: Secret) -> None:
        from keyring.errors import KeyringError

        if self._persistent:
            try:
                self._backend.set_password(SERVICE_NAME, _username(account_id, kind), secret.reveal())
            except KeyringError as error:
                self._give_up_on_keyring(error)
            else:
                return
        self._memory[(account_id, kind)] = secret

    def delete(self, account_id: str, kind: SecretKind) -> None:
        """Forget the secret; forgetting one that is not stored is not an error."""
        from keyring.errors import KeyringError, PasswordDeleteError

        self._memory.pop((account_id, kind), None)
        if not self._persistent:
            return
        try:
            self._backend.delete_password(SERVICE_NAME, _username(account_id, kind))
        except PasswordDeleteError:
            pass
        except KeyringError as error:
            self._give_up_on_keyring(error)

    def delete_account(self, account_id: str) -> None:
        for kind in SecretKind:
            self.delete(account_id, kind)

    def _give_up_on_keyring(self, error: KeyringError) -> None:
        # Only the type: a backend's message could echo what it was given.
        _log.warning("The keyring failed (%s); secrets are kept in memory for this run", type(error).__name__)
        self._persistent = False


def _username(account_id: str, kind: SecretKind) -> str:
    return f"{account_id}:{kind.value}"


def _is_usable(backend: KeyringBackend) -> bool:
    import keyring.backends.chainer
    import keyring.backends.fail
    import keyring.backends.null

    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        return any(_is_usable(inner) for inner in backend.backends)
    return True

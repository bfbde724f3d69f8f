from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError

from esign_desktop.storage.secrets import SERVICE_NAME, Secret, SecretKind, SecretStore
from tests.conftest import MemoryKeyring

VALUE = "s3cr3t-value-9f2c"


class _EmptyChainer(keyring.backends.chainer.ChainerBackend):
    """What keyring picks when no real backend is installed: it chains nothing and stores nothing."""

    backends = ()


def test_secrets_go_to_the_keyring_under_the_service_name(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.is_persistent()
    assert store.status_message() == ""
    store.set("acct-1", SecretKind.API_SECRET, Secret(VALUE))
    assert memory_keyring.passwords == {(SERVICE_NAME, "acct-1:api_secret"): VALUE}
    assert store.get("acct-1", SecretKind.API_SECRET) == Secret(VALUE)
    assert store.get("acct-1", SecretKind.ACCESS_TOKEN) is None
    assert SecretStore().get("acct-1", SecretKind.API_SECRET) == Secret(VALUE)  # a new run finds it


def test_delete_and_delete_account(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("a", SecretKind.API_SECRET, Secret("one"))
    store.set("a", SecretKind.ACCESS_TOKEN, Secret("two"))
    store.set("b", SecretKind.API_SECRET, Secret("three"))
    store.delete("a", SecretKind.API_SECRET)
    store.delete("a", SecretKind.API_SECRET)  # twice is fine
    assert store.get("a", SecretKind.API_SECRET) is None
    store.delete_account("a")
    assert memory_keyring.passwords == {(SERVICE_NAME, "b:api_secret"): "three"}


@pytest.mark.parametrize(
    "make_backend",
    [
        keyring.backends.fail.Keyring,
        keyring.backends.null.Keyring,
        _EmptyChainer,
    ],
    ids=["fail", "null", "empty-chainer"],
)
def test_without_a_usable_keyring_secrets_live_in_memory_only(
    make_backend: Callable[[], KeyringBackend],
    tmp_path: Path,
    app_home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    keyring.set_keyring(make_backend())
    with caplog.at_level(logging.WARNING):
        store = SecretStore()
    assert not store.is_persistent()
    assert "asked for them again" in store.status_message()
    store.set("a", SecretKind.API_SECRET, Secret(VALUE))
    assert store.get("a", SecretKind.API_SECRET) == Secret(VALUE)
    assert SecretStore().get("a", SecretKind.API_SECRET) is None  # forgotten by the next run
    store.delete("a", SecretKind.API_SECRET)
    assert store.get("a", SecretKind.API_SECRET) is None
    written = [p for p in (tmp_path.rglob("*")) if p.is_file()]
    assert all(VALUE.encode() not in p.read_bytes() for p in written)  # never a plaintext file
    assert VALUE not in caplog.text


class _BrokenKeyring(KeyringBackend):
    priority = 1

    def __init__(self, error: Exception) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise type(self.error)(f"refused to store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.mark.parametrize("error", [NoKeyringError("no backend"), KeyringLocked("locked")])
def test_a_keyring_that_fails_at_run_time_switches_to_memory(
    error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    store = SecretStore(_BrokenKeyring(error))
    assert store.is_persistent()
    with caplog.at_level(logging.WARNING):
        store.set("a", SecretKind.ACCESS_TOKEN, Secret(VALUE))
    assert not store.is_persistent()
    assert store.status_message()
    assert store.get("a", SecretKind.ACCESS_TOKEN) == Secret(VALUE)
    assert VALUE not in caplog.text  # the backend's message echoed the secret; we log only the type


def test_secret_never_shows_its_value() -> None:
    secret = Secret(VALUE)
    assert secret.reveal() == VALUE
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret])):
        assert VALUE not in shown
        assert "****" in shown
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(TypeError):
        hash(secret)
    with pytest.raises(ValueError, match="empty"):
        Secret("")
    assert Secret(VALUE) != Secret(VALUE + "x")

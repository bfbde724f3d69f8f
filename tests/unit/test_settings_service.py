"""The settings have one owner: a change is saved, then announced; a change that cannot be saved is announced
to nobody and the previous settings stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.services.settings import SettingsService
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.settings import Settings, SettingsStore


def test_a_change_is_saved_then_announced_to_every_subscriber(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    owner = SettingsService(SettingsStore(path))
    heard: list[Settings] = []
    owner.subscribe(heard.append)
    unsubscribe = owner.subscribe(lambda settings: heard.append(settings))
    changed = owner.update(sync_interval_seconds=120)
    assert heard == [changed, changed]
    assert SettingsStore(path).load().sync_interval_seconds == 120  # on disk before anyone heard
    unsubscribe()
    owner.update(sync_interval_seconds=300)
    assert len(heard) == 3
    owner.update(sync_interval_seconds=300)  # no change: nobody is bothered
    assert len(heard) == 3


def test_a_change_that_cannot_be_saved_is_announced_to_nobody(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    owner = SettingsService(SettingsStore(path))
    before = owner.current
    heard: list[Settings] = []
    owner.subscribe(heard.append)
    path.mkdir()  # something else took the file's place: it cannot be written (as root too)
    with pytest.raises(StorageError):
        owner.update(sync_interval_seconds=120)
    assert heard == []
    assert owner.current == before


def test_the_poll_interval_follows_the_settings(tmp_path: Path) -> None:
    from esign_desktop.services.sync import SyncService
    from esign_desktop.storage.accounts import AccountStore
    from esign_desktop.storage.database import Database
    from esign_desktop.storage.envelope_cache import EnvelopeCache

    owner = SettingsService(SettingsStore(tmp_path / "settings.json"))
    owner.update(sync_interval_seconds=120)
    with Database.in_memory() as database:
        sync = SyncService(EnvelopeCache(database), AccountStore(database), lambda _account_id: None)  # type: ignore[arg-type, return-value]
        sync.follow(owner)
        assert sync.intervals.idle == 120
        owner.update(sync_interval_seconds=600)
        assert sync.intervals.idle == 600

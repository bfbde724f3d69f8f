from __future__ import annotations

import base64
import dataclasses
import errno
import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from esign_desktop.storage.errors import DiskFullError
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import (
    MIN_SYNC_INTERVAL_SECONDS,
    SCHEMA_VERSION,
    LogLevel,
    Settings,
    SettingsStore,
    Theme,
)


@pytest.fixture
def store() -> SettingsStore:
    return SettingsStore(AppPaths.from_environment().settings_file())


def _custom() -> Settings:
    return Settings(
        language="ja",
        theme=Theme.DARK,
        notifications=False,
        sync_interval_seconds=120,
        download_folder="/home/me/Signed",
        log_level=LogLevel.DEBUG,
        last_view="completed",
    ).with_window_state(b"\x00\x01binary geometry\xff")


def test_missing_file_gives_defaults_quietly(store: SettingsStore) -> None:
    assert store.load() == Settings()
    assert store.problems == ()


def test_save_then_load_round_trips(store: SettingsStore) -> None:
    settings = _custom()
    store.save(settings)
    loaded = store.load()
    assert loaded == settings
    assert loaded.window_state_bytes == b"\x00\x01binary geometry\xff"
    document = json.loads(store.path.read_text("utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION
    assert set(document) == {f.name for f in dataclasses.fields(Settings)} | {"schema_version"}


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe\x00garbage", b""])
def test_a_damaged_file_gives_defaults_and_a_warning(
    store: SettingsStore, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert store.load() == Settings()
    assert any("damaged" in problem.message for problem in store.problems)
    assert "damaged" in caplog.text
    assert store.path.with_name("settings.json.damaged").read_bytes() == content  # kept for inspection


def test_bad_values_fall_back_one_by_one_and_unknown_keys_are_ignored(
    store: SettingsStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.write_text(
        json.dumps(
            {
                "schema_version": SCHEMA_VERSION,
                "language": "sv",
                "theme": "purple",
                "notifications": "yes",
                "sync_interval_seconds": 5,
                "window_state": "not base64!!",
                "log_level": "DEBUG",
                "from_the_future": {"x": 1},
            }
        ),
        "utf-8",
    )
    loaded = store.load()
    assert loaded == Settings(
        language="sv", log_level=LogLevel.DEBUG, sync_interval_seconds=MIN_SYNC_INTERVAL_SECONDS
    )
    problems = " ".join(problem.message for problem in store.problems)
    for name in ("theme", "notifications", "window_state", "sync interval"):
        assert name in problems


def test_sync_interval_has_a_lower_bound() -> None:
    with pytest.raises(ValueError, match="at least"):
        Settings(sync_interval_seconds=MIN_SYNC_INTERVAL_SECONDS - 1)


def test_older_files_are_migrated_step_by_step(app_home: Path) -> None:
    path = AppPaths.from_environment().settings_file()
    path.write_text(json.dumps({"schema_version": 1, "lang": "ja", "dark": True}), "utf-8")

    def rename_language(document: dict[str, Any]) -> dict[str, Any]:
        document["language"] = document.pop("lang")
        return document

    def theme_from_flag(document: dict[str, Any]) -> dict[str, Any]:
        document["theme"] = "dark" if document.pop("dark") else "light"
        return document

    store = SettingsStore(path, schema_version=3, migrations={1: rename_language, 2: theme_from_flag})
    assert store.load() == Settings(language="ja", theme=Theme.DARK)
    assert store.problems == ()
    store.save(store.load())
    assert json.loads(path.read_text("utf-8"))["schema_version"] == 3


def test_a_newer_file_is_read_as_far_as_understood(
    store: SettingsStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "language": "ja"}), "utf-8")
    assert store.load().language == "ja"
    assert any("newer version" in problem.message for problem in store.problems)


def test_disk_full_while_saving_keeps_the_old_file(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(_custom())
    before = store.path.read_bytes()

    def no_space(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFullError, match="disk is full"):
        store.save(Settings())
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["settings.json"]


def test_settings_hold_no_secret_fields() -> None:
    names = " ".join(f.name for f in dataclasses.fields(Settings))
    for word in ("secret", "password", "token", "key"):
        assert word not in names


def test_window_state_is_base64() -> None:
    settings = Settings().with_window_state(b"abc")
    assert base64.b64decode(settings.window_state) == b"abc"
    with pytest.raises(ValueError, match="base64"):
        Settings(window_state="@@@")

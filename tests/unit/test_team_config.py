"""Team mode is configured by the environment or the settings; the password only ever comes from the
environment variable or the keyring, and no message, log line, repr or settings file shows it."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from esign_desktop.storage.database import Database
from esign_desktop.storage.settings import Settings, SettingsStore
from esign_desktop.storage.team_config import TeamConfig, TeamConfigError, desktop_id, user_name_of

PASSWORD = "s3cret-Pa55"


def test_no_address_anywhere_means_working_alone() -> None:
    assert TeamConfig.load(Settings(), environ={}) is None


def test_the_environment_variable_wins_and_may_carry_the_password() -> None:
    dsn = f"postgresql://anna:{PASSWORD}@db.office.example:5433/esign"
    config = TeamConfig.load(
        Settings(team_database="postgresql://other@elsewhere/x"), environ={"ESIGN_TEAM_DATABASE": dsn}
    )
    assert config is not None
    assert config.dsn == dsn
    assert config.from_environment
    assert PASSWORD not in config.redacted
    assert PASSWORD not in repr(config)
    assert "db.office.example" in config.redacted


def test_the_setting_takes_its_password_from_the_keyring() -> None:
    asked: list[str] = []

    def password_for(key: str) -> str | None:
        asked.append(key)
        return PASSWORD

    settings = Settings(team_database="postgresql://anna@db.office.example/esign?sslmode=verify-full")
    config = TeamConfig.load(settings, environ={}, password_for=password_for)
    assert config is not None
    assert asked == ["team-database:anna@db.office.example:5432/esign"]
    assert PASSWORD in config.dsn
    assert "sslmode=verify-full" in config.dsn
    assert PASSWORD not in config.redacted
    assert PASSWORD not in repr(config)


def test_a_setting_without_keyring_password_still_connects_with_other_means() -> None:
    settings = Settings(team_database="postgresql://anna@db.office.example/esign")
    config = TeamConfig.load(settings, environ={}, password_for=lambda key: None)
    assert config is not None
    assert "password" not in config.dsn  # libpq's own ~/.pgpass or a client certificate may still work


def test_an_unusable_address_says_what_to_fix() -> None:
    with pytest.raises(TeamConfigError, match="Team > Database"):
        TeamConfig.load(Settings(team_database="mysql://anna@db/esign"), environ={})


def test_settings_refuse_an_address_with_a_password() -> None:
    with pytest.raises(ValueError, match="must not contain a password") as caught:
        Settings(team_database=f"postgresql://anna:{PASSWORD}@db/esign")
    assert PASSWORD not in str(caught.value)


def test_a_settings_file_with_a_password_is_read_without_it_and_logs_no_password(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"schema_version": 1, "team_database": f"postgresql://anna:{PASSWORD}@db/esign"}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.DEBUG):
        store = SettingsStore(path)
        settings = store.load()
    assert settings.team_database == ""
    assert store.problems
    assert all(PASSWORD not in problem.message for problem in store.problems)
    assert all(PASSWORD not in record.getMessage() for record in caplog.records)


def test_the_user_name_comes_from_the_environment_then_the_setting_then_the_login() -> None:
    assert user_name_of(Settings(user_name="Anna"), {"ESIGN_USER_NAME": "Bo"}) == "Bo"
    assert user_name_of(Settings(user_name="Anna"), {}) == "Anna"
    assert user_name_of(Settings(), {})  # the login name, whatever it is here


def test_the_desktop_id_is_made_once(tmp_path: Path) -> None:
    with Database.open(tmp_path / "a.sqlite3") as database:
        first = desktop_id(database)
        assert desktop_id(database) == first
    with Database.open(tmp_path / "a.sqlite3") as database:
        assert desktop_id(database) == first
    with Database.open(tmp_path / "b.sqlite3") as other:
        assert desktop_id(other) != first

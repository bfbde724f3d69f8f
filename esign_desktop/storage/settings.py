"""The app's preferences: one typed object, stored as versioned JSON in the data folder (never a secret).

Reading never crashes: an unreadable file gives the defaults (the damaged file is kept beside it), a bad value
gives that setting's default, unknown keys are ignored; each such problem is logged and listed in
`SettingsStore.problems` so the UI can mention it.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import logging
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from esign_desktop.domain.errors import AppError
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.atomic_file import write_bytes_atomically
from esign_desktop.storage.codec import CodecError, to_plain, value_from_plain
from esign_desktop.storage.team_address import dsn_has_password

_log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MIN_SYNC_INTERVAL_SECONDS = 30
DEFAULT_SYNC_INTERVAL_SECONDS = 300
_VERSION_KEY = "schema_version"

SettingsMigration = Callable[[dict[str, Any]], dict[str, Any]]
# MIGRATIONS[n] turns a version-n document into a version n+1 one. A file without a version is version 1.
MIGRATIONS: Mapping[int, SettingsMigration] = MappingProxyType({})


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class LogLevel(StrEnum):
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


@dataclass(frozen=True, slots=True)
class Settings:
    language: str = ""  # "" follows the system; otherwise a locale name such as "ja" or "sv"
    theme: Theme = Theme.SYSTEM
    notifications: bool = True
    muted_notifications: tuple[str, ...] = ()  # NoticeKind values switched off (services/status_monitor.py)
    sync_interval_seconds: int = DEFAULT_SYNC_INTERVAL_SECONDS
    download_folder: str = ""  # "" = AppPaths.downloads_dir()
    log_level: LogLevel = LogLevel.INFO
    window_state: str = ""  # base64 of the main window's saved geometry/state
    last_view: str = ""
    sandbox_banner_dismissed: bool = False
    # Team mode (docs/team.md): the team database's address WITHOUT password (that is in the keyring; see
    # storage/team_config.py), and the name this desktop's user goes by in the team ("" = the login name).
    team_database: str = ""
    user_name: str = ""

    def __post_init__(self) -> None:
        if self.sync_interval_seconds < MIN_SYNC_INTERVAL_SECONDS:
            raise ValueError(f"sync interval must be at least {MIN_SYNC_INTERVAL_SECONDS} seconds")
        if self.window_state:
            try:
                base64.b64decode(self.window_state, validate=True)
            except binascii.Error:
                raise ValueError("window state must be base64") from None
        if self.team_database and dsn_has_password(self.team_database):
            # The message names no part of the address: it holds a password.
            raise ValueError("the team database address must not contain a password (it goes to the keyring)")

    @property
    def window_state_bytes(self) -> bytes:
        return base64.b64decode(self.window_state) if self.window_state else b""

    def with_window_state(self, state: bytes) -> Settings:
        return dataclasses.replace(self, window_state=base64.b64encode(state).decode("ascii"))


class SettingsStore:
    def __init__(
        self,
        path: Path,
        *,
        schema_version: int = SCHEMA_VERSION,
        migrations: Mapping[int, SettingsMigration] = MIGRATIONS,
    ) -> None:
        self.path = path
        self._schema_version = schema_version
        self._migrations = migrations
        # What the last load() had to repair, for people to read (templates with values: the window says them
        # in its language, ui/error_text.py).
        self.problems: tuple[AppError, ...] = ()

    def load(self) -> Settings:
        problems: list[AppError] = []
        try:
            settings = self._load(problems)
        finally:
            self.problems = tuple(problems)
            for problem in problems:
                _log.warning("Settings: %s", problem.message)
        return settings

    def save(self, settings: Settings) -> None:
        """Write atomically; raises StorageError (DiskFullError...) and leaves the old file if it fails."""
        document = {_VERSION_KEY: self._schema_version, **to_plain(settings)}
        data = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
        write_bytes_atomically(self.path, data + b"\n", action=ActionPhrase.SAVING_THE_SETTINGS)

    def _load(self, problems: list[AppError]) -> Settings:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as error:
            problems.append(AppError(templates.SETTINGS_UNREADABLE, error.strerror or type(error).__name__))
            return Settings()
        try:
            document = json.loads(raw.decode("utf-8"))
            if not isinstance(document, dict):
                raise TypeError("not an object")
        except (ValueError, TypeError):
            problems.append(self._keep_damaged_file())
            return Settings()
        document = self._migrate(document, problems)
        return _settings_from(document, problems)

    def _migrate(self, document: dict[str, Any], problems: list[AppError]) -> dict[str, Any]:
        version = document.pop(_VERSION_KEY, 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            problems.append(AppError(templates.SETTINGS_NO_VERSION))
            return document
        if version > self._schema_version:
            problems.append(AppError(templates.SETTINGS_NEWER))
            return document
        while version < self._schema_version:
            migrate = self._migrations.get(version)
            if migrate is None:
                problems.append(AppError(templates.SETTINGS_NO_UPDATE, version))
                return document
            document = migrate(dict(document))
            version += 1
        return document

    def _keep_damaged_file(self) -> AppError:
        """Move the damaged file aside (kept for whoever wants to repair it); what happened, for people."""
        damaged = self.path.with_name(self.path.name + ".damaged")
        try:
            self.path.replace(damaged)
        except OSError:
            return AppError(templates.SETTINGS_DAMAGED_NOT_KEPT, self.path.name)
        return AppError(templates.SETTINGS_DAMAGED, damaged.name)


def _settings_from(document: Mapping[str, Any], problems: list[AppError]) -> Settings:
    defaults = Settings()
    hints = typing.get_type_hints(Settings)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(Settings):
        if field.name not in document:
            continue
        raw = document[field.name]
        try:
            value = value_from_plain(hints[field.name], raw)
            dataclasses.replace(defaults, **{field.name: value})  # runs the field's checks
        except (CodecError, ValueError):
            if field.name == "sync_interval_seconds" and isinstance(raw, int) and not isinstance(raw, bool):
                value = MIN_SYNC_INTERVAL_SECONDS
                problems.append(AppError(templates.SETTINGS_INTERVAL_RAISED, value))
            else:
                problems.append(AppError(templates.SETTINGS_INVALID_VALUE, field.name))
                continue
        values[field.name] = value
    return Settings(**values)

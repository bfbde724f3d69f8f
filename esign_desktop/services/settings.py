"""The one owner of the application's settings: loaded once, saved when changed, announced to subscribers.

The window, the services and the dialogs never keep their own copy or open the file themselves: they read
`current` and subscribe, so a change made in one place (the Settings dialog, Team ▸ Database, the window's
own state) reaches every part that depends on it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from esign_desktop.domain.errors import AppError
from esign_desktop.storage.settings import Settings, SettingsStore

_log = logging.getLogger(__name__)

SettingsListener = Callable[[Settings], None]


class SettingsService:
    def __init__(self, store: SettingsStore) -> None:
        self._store = store
        self._current = store.load()
        self.problems: tuple[AppError, ...] = store.problems  # what loading had to repair, for people to read
        self._listeners: list[SettingsListener] = []

    @property
    def current(self) -> Settings:
        return self._current

    def subscribe(self, listener: SettingsListener) -> Callable[[], None]:
        """`listener(settings)` after each change; returns the unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def change(self, settings: Settings) -> None:
        """Save `settings` and tell every subscriber. Raises StorageError (the disk is full...) before anyone
        is told, and the previous settings stay current."""
        if settings == self._current:
            return
        self._store.save(settings)
        self._current = settings
        for listener in list(self._listeners):
            try:
                listener(settings)
            except Exception:  # noqa: BLE001 - one listener failing must not keep the others from hearing
                _log.exception("a settings listener failed")

    def update(self, **changes: Any) -> Settings:
        """`change` with some fields replaced; returns the new settings."""
        changed = dataclasses.replace(self._current, **changes)
        self.change(changed)
        return changed

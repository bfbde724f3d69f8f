"""Everything a request handler needs: the store, sandbox time, credentials, faults, stats and webhooks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from esign_desktop.sandbox.clock import SandboxClock
from esign_desktop.sandbox.credentials import Credentials, load_or_create_credentials
from esign_desktop.sandbox.faults import FaultSettings, FaultState
from esign_desktop.sandbox.profiles import ProfileState
from esign_desktop.sandbox.stats import Stats
from esign_desktop.sandbox.store import Store
from esign_desktop.sandbox.templates import ensure_templates
from esign_desktop.sandbox.webhooks import WebhookDispatcher

DATABASE_NAME = "sandbox.sqlite3"
DEFAULT_EXPIRE_AFTER_DAYS = 30
_CLOCK_SETTING = "clock_offset_seconds"


class SandboxContext:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.input_dir = data_dir / "input"
        self.input_dir.mkdir(parents=True, exist_ok=True)
        self.certificate_dir = data_dir / "certificate"
        self.store = Store(data_dir / DATABASE_NAME)
        self.stats = Stats()
        with self.store.transaction() as tx:
            self.credentials: Credentials = load_or_create_credentials(tx)
            offset = float(tx.get_setting(_CLOCK_SETTING) or 0)
            ensure_templates(tx)
        self.clock = SandboxClock(timedelta(seconds=offset))
        # Faults are a test or demo condition of one run, not state: a restart starts healthy.
        self.faults = FaultState(FaultSettings(), self.stats)
        # Deviation profiles (profiles.py) are a condition of one run too: a restart follows the contract.
        self.profiles = ProfileState()
        self.webhooks = WebhookDispatcher(self.stats)
        self.public_base_url = ""  # set by the server once it knows its port
        self.default_expire_after_days = DEFAULT_EXPIRE_AFTER_DAYS

    def advance_clock(self, days: float) -> None:
        with self.store.transaction() as tx:
            self.clock.offset += timedelta(days=days)
            tx.set_setting(_CLOCK_SETTING, self.clock.offset.total_seconds())

    def update_faults(self, changes: dict[str, Any]) -> FaultSettings:
        settings = FaultSettings.from_json(changes, self.faults.settings)
        self.faults.settings = settings
        self.faults.limiter.reset()
        return settings

    def close(self) -> None:
        self.store.close()

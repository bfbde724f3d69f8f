"""Start-up shows the main window with the cached list before the services load (app.show_window_from_cache):
measured by benchmarks/cold_start.py; here, what it shows and what it has not needed yet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.paths import AppPaths

pytestmark = pytest.mark.gui

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from esign_desktop.app import show_window_from_cache
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import Settings

qt_app = QApplication([])
window = show_window_from_cache(qt_app, AppPaths.from_environment(), Settings())
names = sorted(e.name for e in window.envelope_model.collection.envelopes())
print("visible", window.isVisible())
print("names", "|".join(names))
collection = window.envelope_model.collection
print("accounts", "|".join(collection.account_name(e) for e in collection.envelopes()))
for module in ("asyncio", "qasync", "httpx", "esign_desktop.services.context", "esign_desktop.ui.controller"):
    print("loaded", module, module in sys.modules)
"""


def test_the_window_shows_the_cached_list_before_any_service_loads(app_home: Path) -> None:
    database = Database.open(AppPaths.under(app_home).database_file())
    account = AccountStore(database).add(Account(ProviderKind.ASSENTLY, "Office", "https://example.test"))
    cache = EnvelopeCache(database)
    for name in ("Lease", "NDA"):
        envelope = Envelope(
            local_id=new_id(), provider=ProviderKind.ASSENTLY, name=name, account_id=account.id
        )
        cache.upsert(envelope)
    database.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ESIGN_DESKTOP_HOME=str(app_home))
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    lines = dict(
        line.split(" ", 1)
        for line in done.stdout.splitlines()
        if " " in line and not line.startswith("loaded")
    )
    loaded = {
        line.split()[1]: line.split()[2] == "True"
        for line in done.stdout.splitlines()
        if line.startswith("loaded")
    }
    assert lines["visible"] == "True"
    assert lines["names"] == "Lease|NDA"
    assert lines["accounts"] == "Office|Office"  # the account column names the account, not its id
    assert loaded == dict.fromkeys(loaded, False), loaded  # nothing of the services, no event loop yet
    assert len(loaded) == 5


def test_an_unreadable_store_still_shows_the_window(app_home: Path) -> None:
    """The store's problem is named later by the application (it loads the list again); the window opens."""
    folder = AppPaths.under(app_home).database_file()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"this is not a database")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ESIGN_DESKTOP_HOME=str(app_home))
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert "visible True" in done.stdout
    assert "names \n" in done.stdout or done.stdout.splitlines()[1] == "names "

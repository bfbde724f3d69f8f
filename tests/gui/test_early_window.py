"""Start-up shows the main window with the cached list before the services load (app.show_window_from_cache):
measured by benchmarks/cold_start.py; here, what it shows and what it has not needed yet."""

from __future__ import annotations

import os
import sqlite3
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
from esign_desktop.storage.database import Database
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import Settings

qt_app = QApplication([])
database = Database.open(AppPaths.from_environment().database_file())
window = show_window_from_cache(qt_app, database, Settings())
names = sorted(e.name for e in window.envelope_model.collection.envelopes())
print("visible", window.isVisible())
print("names", "|".join(names))
collection = window.envelope_model.collection
print("accounts", "|".join(collection.account_name(e) for e in collection.envelopes()))
for module in ("asyncio", "qasync", "httpx", "esign_desktop.services.context", "esign_desktop.ui.controller"):
    print("loaded", module, module in sys.modules)
"""


def run_python(app_home: Path, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """A fresh Python process on the data folder `app_home`, offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ESIGN_DESKTOP_HOME=str(app_home))
    return subprocess.run(
        [sys.executable, *arguments], env=env, capture_output=True, text=True, timeout=60, check=check
    )


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

    done = run_python(app_home, "-c", PROBE)
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


def test_a_store_whose_list_cannot_be_read_still_shows_the_window(app_home: Path) -> None:
    """The store's problem is named later by the application (it loads the list again); the window opens."""
    path = AppPaths.under(app_home).database_file()
    Database.open(path).close()
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE envelopes RENAME TO envelopes_elsewhere")
    raw.close()
    done = run_python(app_home, "-c", PROBE)
    assert "visible True" in done.stdout
    assert done.stdout.splitlines()[1] == "names "


COUNT_OPENS = """
import sys
from esign_desktop import app
from esign_desktop.storage.database import Database

counts = {"open": 0, "check": 0}
original_open, original_check = Database.open.__func__, Database._check_health


def counting_open(cls, *args, **kwargs):
    counts["open"] += 1
    return original_open(cls, *args, **kwargs)


def counting_check(self):
    counts["check"] += 1
    return original_check(self)


Database.open = classmethod(counting_open)
Database._check_health = counting_check
code = app.main(["--exit-when-shown", "--no-sandbox"])
print("opens", counts["open"], "checks", counts["check"], "code", code)
"""


def test_a_start_opens_and_checks_the_local_database_once(app_home: Path) -> None:
    """The check reads the whole file: once per start, not once for the window and again for the services."""
    Database.open(AppPaths.under(app_home).database_file()).close()  # an existing database is checked
    done = run_python(app_home, "-c", COUNT_OPENS)
    assert "opens 1 checks 1 code 0" in done.stdout, done.stdout + done.stderr


def test_a_database_from_a_newer_app_stops_the_start_with_a_message_not_a_traceback(app_home: Path) -> None:
    path = AppPaths.under(app_home).database_file()
    Database.open(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    done = run_python(app_home, "-m", "esign_desktop.app", "--exit-when-shown", "--no-sandbox", check=False)
    assert done.returncode == 1
    assert "newer version of eSign Desktop" in done.stderr
    assert "Traceback" not in done.stderr
    assert "shown-at" not in done.stdout

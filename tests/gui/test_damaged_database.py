"""Issue 17, finding 2: a damaged database is found at start, with a message and a choice, never a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.storage import backups
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.errors import DamagedDatabaseError
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.damaged_database import Choice, apply_choice, build_box, chosen, usable_backup
from tests.storage_damage import DAMAGES, checkpoint_and_close

pytestmark = pytest.mark.gui


def damaged_home(home: Path, *, with_backup: bool) -> tuple[AppPaths, Envelope]:
    paths = AppPaths.under(home)
    with LocalStore.open(paths) as store:
        account = store.accounts.add(Account(ProviderKind.ASSENTLY, "A", ""))
        envelope = Envelope(
            local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id=account.id, name="x"
        )
        store.envelopes.upsert(envelope)
        if with_backup:
            backups.make_backup(store.database, paths)
    checkpoint_and_close(paths.database_file())
    DAMAGES["pages overwritten"](paths.database_file())
    return paths, envelope


def error_for(paths: AppPaths) -> DamagedDatabaseError:
    with pytest.raises(DamagedDatabaseError) as caught:
        LocalStore.open(paths)
    return caught.value


def test_the_backup_choice_restores_and_keeps_the_damaged_file(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths, envelope = damaged_home(tmp_path / "home", with_backup=True)
    backup = usable_backup(paths)
    assert backup is not None
    box = build_box(error_for(paths), backup)
    qtbot.addWidget(box)
    button = next(b for b in box.buttons() if b.objectName() == "restoreBackupButton")
    box.open()
    button.click()
    assert chosen(box) is Choice.BACKUP

    assert apply_choice(Choice.BACKUP, paths, backup)

    assert list(paths.data.glob("esign-desktop.sqlite3.damaged-*"))
    with LocalStore.open(paths) as store:
        assert store.envelopes.get(envelope.local_id) == envelope


def test_without_a_backup_the_choices_are_a_new_database_or_quit(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths, _envelope = damaged_home(tmp_path / "home", with_backup=False)
    assert usable_backup(paths) is None
    box = build_box(error_for(paths), None)
    qtbot.addWidget(box)
    named = {b.objectName() for b in box.buttons()} - {""}  # "" is Qt's own "Show Details..."
    assert named == {"startNewButton", "quitButton"}
    assert not apply_choice(Choice.QUIT, paths, None)
    assert apply_choice(Choice.NEW, paths, None)
    with LocalStore.open(paths) as store:
        assert store.envelopes.all_envelopes() == []
    (kept,) = paths.data.glob("esign-desktop.sqlite3.damaged-*[0-9]Z")
    assert kept.stat().st_size > 0


@pytest.mark.parametrize("damage", ["random bytes", "empty (0 bytes)", "pages overwritten", "header only"])
def test_the_app_says_so_and_exits_without_a_person_to_ask(tmp_path: Path, damage: str) -> None:
    paths = AppPaths.under(tmp_path / "home")
    with LocalStore.open(paths):
        pass
    checkpoint_and_close(paths.database_file())
    DAMAGES[damage](paths.database_file())
    size = paths.database_file().stat().st_size
    started = subprocess.run(
        [sys.executable, "-m", "esign_desktop.app", "--no-sandbox", "--screenshot", str(tmp_path / "s.png")],
        capture_output=True,
        text=True,
        timeout=120,  # the finding: four of these hung with no message
        env={**os.environ, "ESIGN_DESKTOP_HOME": str(paths.data), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert started.returncode == 1
    assert "database" in started.stderr
    assert "backup" in started.stderr
    assert paths.database_file().stat().st_size == size  # the damaged (or empty) file is left as it was

"""Issue 17, finding 2: one bad cached row no longer stops the app or the CLI.

It shows under "Needs attention", where it can be exported and deleted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.controller import AppController, connect_window_commands
from esign_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def seed_with_one_bad_row(home: Path) -> tuple[list[Envelope], Envelope]:
    """Three readable cached envelopes and one whose body the decoder refuses (as the old CLI wrote it)."""
    context = ServiceContext.open(AppPaths.under(home))
    try:
        account = context.accounts.store.add(
            Account(ProviderKind.ASSENTLY, "Office", "http://127.0.0.1:9", state=AccountState.OK)
        )
        good = [
            Envelope(
                local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id=account.id, name=f"Good {i}"
            )
            for i in range(3)
        ]
        bad = Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id=account.id, name="Bad")
        context.cache.upsert_many([*good, bad])
        with context.database.transaction("test") as connection:
            body = connection.execute(
                "SELECT json FROM envelope_bodies WHERE local_id = ?", (bad.local_id,)
            ).fetchone()[0]
            plain = json.loads(body)
            plain["value"]["parties"] = [{"id": "p1", "any_one_of_group": None, "order": True}]
            connection.execute(
                "UPDATE envelope_bodies SET json = ? WHERE local_id = ?", (json.dumps(plain), bad.local_id)
            )
    finally:
        context.database.close()
    return good, bad


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, list[Envelope], Envelope]:
    home = tmp_path / "home"
    good, bad = seed_with_one_bad_row(home)
    return home, good, bad


@pytest.fixture
def controller(
    qtbot: QtBot, qapp: QApplication, seeded: tuple[Path, list[Envelope], Envelope]
) -> Iterator[AppController]:
    home, _good, _bad = seeded
    context = ServiceContext.open(AppPaths.under(home))
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, context, TaskRegistry())
    connect_window_commands(window, controller)
    yield controller
    window.allow_close()
    context.database.close()


def test_the_list_loads_and_the_bad_row_needs_attention(
    controller: AppController,
    seeded: tuple[Path, list[Envelope], Envelope],
    qtbot: QtBot,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _home, good, bad = seeded
    window = controller.window
    controller.load_from_cache()

    assert window.envelope_model.rowCount() == len(good)
    assert window.sidebar.attention_count() == 1
    window.sidebar.select_attention()
    assert window.list_stack.currentWidget() is window.attention_panel
    panel = window.attention_panel
    assert panel.record_count() == 1
    assert bad.local_id in panel.records.topLevelItem(0).text(3)  # type: ignore[union-attr]

    target = tmp_path / "bad.json"
    window.attention_export_requested.emit(panel.selected_id(), str(target))
    assert json.loads(target.read_text())["record"]["envelopes"]["name"] == "Bad"

    panel.delete_button.click()
    box = panel.pending_dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.sidebar.attention_count() == 0)
    assert window.list_stack.currentWidget() is window.envelope_list
    assert controller.quarantine.list() == []


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "ESIGN_DESKTOP_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }


def test_the_cli_lists_the_rest(seeded: tuple[Path, list[Envelope], Envelope]) -> None:
    home, good, _bad = seeded
    listed = subprocess.run(
        [sys.executable, "-m", "esign_desktop.cli", "envelopes", "list", "--offline", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(home),
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert sorted(e["name"] for e in json.loads(listed.stdout)) == sorted(e.name for e in good)


def test_the_screenshot_finishes(seeded: tuple[Path, list[Envelope], Envelope], tmp_path: Path) -> None:
    home, _good, _bad = seeded
    target = tmp_path / "shot.png"
    shot = subprocess.run(
        [sys.executable, "-m", "esign_desktop.app", "--no-sandbox", "--screenshot", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(home),
        check=False,
    )
    assert shot.returncode == 0, shot.stderr
    assert target.stat().st_size > 0

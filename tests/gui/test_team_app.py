"""The application's team wiring: Team ▸ Database opens the dialog with the environment's address redacted,
and TeamLink's state (AppController.on_team_state) reaches the window."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from esign_desktop.app import parse_args
from esign_desktop.application import Application
from esign_desktop.services.team_link import LinkState
from esign_desktop.storage.paths import AppPaths

pytestmark = pytest.mark.gui


def test_team_menu_and_state_reach_the_window(
    qapp: QApplication,
    qasync_loop: asyncio.AbstractEventLoop,
    app_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ESIGN_TEAM_DATABASE", "postgresql://anna:hunter2@db.example.com/esign")
    monkeypatch.setenv("ESIGN_USER_NAME", "Anna Berg")
    application = Application(qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
    application.window.show()

    application.window.team_database_action.trigger()
    dialog = application.dialogs.team
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.address_edit.text() == "postgresql://anna:***@db.example.com/esign"
    assert dialog.user_edit.isReadOnly()
    assert dialog.user_edit.text() == "Anna Berg"
    dialog.reject()

    application.controller.on_team_state(
        LinkState(connected=False, offline_since=datetime(2026, 12, 2, 13, 5, tzinfo=UTC))
    )
    assert application.window.team_strip.isVisible()
    assert "(Anna Berg)" in application.window.team_label.text()
    application.controller.on_team_state(LinkState(connected=True))
    assert not application.window.team_strip.isVisible()
    assert application.window.team_label.text() == "Team: connected as Anna Berg"

    qasync_loop.call_soon(application.window.close)
    qasync_loop.run_until_complete(asyncio.wait_for(application.finished, 10))

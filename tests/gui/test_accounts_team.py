"""The Accounts dialog in team mode, over real ServiceContexts on a real PostgreSQL server and the real
sandbox: the relay is connected and disconnected from the dialog, and adding the team's account by its
service and name joins it with this desktop's own secret."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.app import parse_args
from esign_desktop.application import Application
from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.relay_connect import RelayConnections
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.relay_tokens import hooks_of, public_url_of
from esign_desktop.storage.secrets import Secret
from esign_desktop.ui.accounts_dialog import AccountsDialog, relay_url_problem
from tests.gui.conftest import Installer
from tests.gui.started_tasks import Started, run_started
from tests.integration.conftest import SandboxHandle, sandbox, sandbox_server
from tests.integration.test_callback_hooks import hooks_on_the_service
from tests.integration.test_outbox_sender import add_account

pytestmark = pytest.mark.gui
__all__ = ["sandbox", "sandbox_server"]  # the real sandbox's fixtures


@pytest.fixture
def team_desktops(
    tmp_path: Path,
    migrated_team_dsn: str,
    monkeypatch: pytest.MonkeyPatch,
    qasync_loop: asyncio.AbstractEventLoop,
) -> Iterator[tuple[ServiceContext, ServiceContext]]:
    monkeypatch.setenv("ESIGN_TEAM_DATABASE", migrated_team_dsn)
    first = ServiceContext.open(AppPaths.under(tmp_path / "anna"))
    second = ServiceContext.open(AppPaths.under(tmp_path / "bo"))
    yield first, second
    for context in (first, second):
        qasync_loop.run_until_complete(context.aclose())


def _dialog(qtbot: QtBot, context: ServiceContext, started: Started) -> AccountsDialog:
    assert context.team_database is not None
    dialog = AccountsDialog(
        context.accounts,
        run=lambda name, coroutine: started.append((name, coroutine)),
        relay=RelayConnections(context.team_database, context.accounts),
    )
    qtbot.addWidget(dialog)
    return dialog


def _seen_before_joining(
    loop: asyncio.AbstractEventLoop, anna: ServiceContext, bo: ServiceContext, shared: Account
) -> Account:
    """`shared`, just added on Anna's desktop, as Bo's desktop has it before joining: after both links'
    sync, a copy without a secret. The test keyring is one per process: Bo's desktop, with a keyring of its
    own, would not have the secret."""
    assert anna.link is not None
    assert bo.link is not None
    loop.run_until_complete(anna.link.sync_once())
    bo.accounts.secrets.delete_account(shared.id)
    loop.run_until_complete(bo.link.sync_once())
    copy = bo.accounts.store.get(shared.id)
    assert copy is not None
    assert copy.state is AccountState.NEEDS_CREDENTIALS
    return copy


@pytest.mark.parametrize("team", [True, False])
def test_the_app_offers_the_relay_in_team_mode_only(
    team: bool,
    qapp: QApplication,
    qasync_loop: asyncio.AbstractEventLoop,
    app_home: Path,
    migrated_team_dsn: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if team:
        monkeypatch.setenv("ESIGN_TEAM_DATABASE", migrated_team_dsn)
    else:
        monkeypatch.delenv("ESIGN_TEAM_DATABASE", raising=False)
    application = Application(qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
    application.window.show()
    try:
        application.window.accounts_requested.emit()  # File ▸ Accounts…
        dialog = application.dialogs.accounts
        assert dialog is not None
        assert dialog.isVisible()
        for widget in (dialog.relay_connect_button, dialog.relay_disconnect_button, dialog.relay_label):
            assert widget.isVisible() is team
    finally:
        if application.dialogs.accounts is not None:
            application.dialogs.accounts.close()
        qasync_loop.call_soon(application.window.close)
        qasync_loop.run_until_complete(asyncio.wait_for(application.finished, 10))


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("https://esign-callbacks.example.com", True),
        ("http://127.0.0.1:8470", True),
        ("http://esign-callbacks.example.com", False),
        ("esign-callbacks.example.com", False),
        ("https://", False),
    ],
)
def test_the_relay_address_must_be_https_except_on_this_computer(url: str, accepted: bool) -> None:
    assert (relay_url_problem(url) == "") is accepted


def test_the_relay_is_connected_and_disconnected_from_the_dialog(
    qtbot: QtBot,
    install: Installer,
    team_desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    install("en")  # English plurals ("1 status callback") as the app shows them
    anna, _bo = team_desktops
    team = anna.team_database
    assert team is not None
    account = add_account(anna, sandbox, ProviderKind.GMOSIGN)
    started: Started = []
    dialog = _dialog(qtbot, anna, started)
    dialog.show()
    assert dialog.relay_connect_button.isVisible()

    dialog.select_account(account.id)
    assert run_started(qasync_loop, started) == [f"accounts.relay_status:{account.id}"]
    assert dialog.relay_label.text().startswith("Relay: not connected")
    assert dialog.relay_connect_button.isEnabled()
    assert not dialog.relay_disconnect_button.isEnabled()

    dialog.relay_connect_button.click()
    assert dialog.relay_bar.isVisible()
    dialog.relay_url_edit.setText("http://esign-callbacks.example.com")
    assert dialog.relay_url_problem.isVisible()
    assert not dialog.relay_confirm_button.isEnabled()
    dialog.relay_url_edit.setText("https://esign-callbacks.example.com")
    assert dialog.relay_confirm_button.isEnabled()
    dialog.relay_confirm_button.click()
    assert not dialog.relay_bar.isVisible()
    assert dialog.status_text() == "Connecting “Sandbox GMO” to the relay…"
    assert not dialog.relay_connect_button.isEnabled()  # busy
    run_started(qasync_loop, started)
    assert dialog.status_text() == (
        "“Sandbox GMO”: the service now sends 1 status callback to the relay at https://esign-callbacks.example.com."
    )
    assert public_url_of(team, account.id) == "https://esign-callbacks.example.com"
    relay_hooks = hooks_on_the_service(sandbox, "https://esign-callbacks.example.com/callbacks/")
    assert len(relay_hooks) == 1  # registered on the (sandbox) service itself
    assert len(hooks_of(team, account.id) or []) == 1
    assert dialog.relay_label.text() == (
        "Relay: the service's status callbacks go to https://esign-callbacks.example.com."
    )
    assert dialog.relay_disconnect_button.isEnabled()

    dialog.relay_disconnect_button.click()
    run_started(qasync_loop, started)
    assert dialog.status_text() == "“Sandbox GMO”: disconnected from the relay (1 status callback removed)."
    assert hooks_of(team, account.id) is None
    assert hooks_on_the_service(sandbox, "https://esign-callbacks.example.com/") == []
    assert dialog.relay_label.text().startswith("Relay: not connected")


@pytest.mark.parametrize("why", ["no secret on this desktop", "the service fails"])
def test_a_relay_the_service_refuses_is_reported_and_nothing_is_left_half_connected(
    why: str,
    qtbot: QtBot,
    team_desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    anna, _bo = team_desktops
    team = anna.team_database
    assert team is not None
    account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
    if why == "no secret on this desktop":
        anna.accounts.secrets.delete_account(account.id)  # the service cannot be asked
    else:
        sandbox.set_faults(error_rate=1.0)  # every call answers 5xx (the fixture resets it)
    started: Started = []
    dialog = _dialog(qtbot, anna, started)
    dialog.select_account(account.id)
    run_started(qasync_loop, started)
    dialog.relay_connect_button.click()
    dialog.relay_url_edit.setText("https://esign-callbacks.example.com")
    dialog.relay_confirm_button.click()
    run_started(qasync_loop, started)
    assert dialog.status_text().startswith("“Sandbox Assently”: ")
    assert "Traceback" not in dialog.status_text()
    assert hooks_of(team, account.id) is None  # no hook and no token: not connected at all
    assert public_url_of(team, account.id) is None
    assert dialog.relay_label.text().startswith("Relay: not connected")  # not "callbacks go to …"
    assert not dialog.relay_disconnect_button.isEnabled()
    assert dialog.relay_connect_button.isEnabled()  # and the person can try again


def test_adding_the_teams_account_by_its_service_and_name_joins_it(
    qtbot: QtBot,
    team_desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    anna, bo = team_desktops
    shared = _seen_before_joining(qasync_loop, anna, bo, add_account(anna, sandbox, ProviderKind.ASSENTLY))
    assert [account.id for account in bo.accounts.list()] == [shared.id]

    started: Started = []
    dialog = _dialog(qtbot, bo, started)
    dialog.show()
    dialog.add_button.click()
    page = dialog.form_page
    page.provider_combo.setCurrentIndex(page.provider_combo.findData(ProviderKind.GMOSIGN))
    page.name_edit.setText("sandbox assently")  # the team's name, another service: not the same account
    assert not page.join_label.isVisible()
    assert any("already an account" in problem for problem in page.problems())

    page.provider_combo.setCurrentIndex(page.provider_combo.findData(ProviderKind.ASSENTLY))
    assert page.join_label.isVisible()
    assert "“Sandbox Assently” is your team's account" in page.join_label.text()
    assert not page.host_combo.isVisible()  # the address and key are the team's
    assert not page.save_button.isEnabled()  # the secret is still missing
    page.secret_edit.setText(sandbox.info.assently_token)
    assert page.save_button.isEnabled()
    page.save_button.click()

    assert dialog.status_text() == (
        "Joined the team's account “Sandbox Assently”; its secret is kept in this computer's keyring."
    )
    [joined] = bo.accounts.list()
    assert (joined.id, joined.state) == (shared.id, AccountState.OK)
    assert bo.accounts.provider_for(shared.id) is not None
    assert run_started(qasync_loop, started) == [f"accounts.relay_status:{shared.id}"]
    assert dialog.relay_label.text().startswith("Relay: not connected")


def test_joining_an_account_with_a_custom_address_asks_only_for_the_secret(
    qtbot: QtBot,
    team_desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    anna, bo = team_desktops
    _seen_before_joining(
        qasync_loop,
        anna,
        bo,
        anna.accounts.add(
            ProviderKind.GMOSIGN, "Office GMO", Secret("s3cret"), base_url="sandbox:gmosign", key_id="C-1"
        ),
    )
    dialog = _dialog(qtbot, bo, [])
    dialog.add_button.click()
    page = dialog.form_page
    page.provider_combo.setCurrentIndex(page.provider_combo.findData(ProviderKind.GMOSIGN))
    page.name_edit.setText("Office GMO")
    assert page.problems() == ["Enter the secret key."]  # not the team's address, not its customer id
    page.secret_edit.setText("bo's own copy")
    assert page.problems() == []


def test_the_teams_account_without_a_secret_here_says_so_and_offers_to_enter_it(
    qtbot: QtBot,
    team_desktops: tuple[ServiceContext, ServiceContext],
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    anna, bo = team_desktops
    shared = _seen_before_joining(
        qasync_loop,
        anna,
        bo,
        anna.accounts.add(
            ProviderKind.ASSENTLY, "Office", Secret("anna's"), base_url="https://esign.example.com"
        ),
    )
    started: Started = []
    dialog = _dialog(qtbot, bo, started)
    dialog.show()
    assert not dialog.credentials_bar.isVisible()  # nothing selected yet

    dialog.select_account(shared.id)
    run_started(qasync_loop, started)  # the relay line's look-up
    assert dialog.credentials_bar.isVisible()
    assert dialog.credentials_label.text() == (
        "“Office” needs its secret on this computer: until it is entered, its envelopes are not "
        "updated and nothing is sent from it."
    )
    dialog.enter_secret_button.click()
    page = dialog.form_page
    assert dialog.pages.currentWidget() is page
    assert page.editing is not None
    assert page.editing.id == shared.id
    assert dialog.focusWidget() is page.secret_edit  # the cursor waits where the secret goes
    assert page.problems() == ["Enter the personal access token."]
    page.secret_edit.setText("bo's own")
    page.save_button.click()

    [account] = bo.accounts.list()
    assert (account.id, account.state) == (shared.id, AccountState.OK)
    assert dialog.pages.currentWidget() is dialog.list_page
    assert not dialog.credentials_bar.isVisible()
    run_started(qasync_loop, started)

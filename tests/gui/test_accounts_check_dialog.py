"""The accounts dialog's Check account button: the real check over a real sandbox, as a background task."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import ProviderKind
from esign_desktop.providers.errors import NetworkError
from esign_desktop.sandbox import EmbeddedSandbox, start_embedded
from esign_desktop.services.account_check_report import AccountCheckReport, CheckItem, Finding, Outcome
from esign_desktop.services.accounts import AccountService
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.secrets import Secret, SecretStore
from esign_desktop.ui.accounts_dialog import AccountsDialog
from tests.gui.started_tasks import Started, run_started

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedSandbox]:
    server = start_embedded(tmp_path_factory.mktemp("sandbox-data"))
    yield server
    server.stop()


@pytest.fixture
def service(app_home: object, qasync_loop: asyncio.AbstractEventLoop) -> Iterator[AccountService]:
    with LocalStore.open() as store:
        accounts = AccountService(store.accounts, SecretStore())
        yield accounts
        qasync_loop.run_until_complete(accounts.aclose())


def test_check_account_runs_in_the_background_and_shows_the_report(
    qtbot: QtBot,
    service: AccountService,
    qasync_loop: asyncio.AbstractEventLoop,
    sandbox_server: EmbeddedSandbox,
) -> None:
    info = sandbox_server.info
    account = service.add(
        ProviderKind.ASSENTLY, "Sandbox", Secret(info.assently_token), base_url=info.assently_base_url
    )
    started: Started = []
    dialog = AccountsDialog(service, run=lambda name, coroutine: started.append((name, coroutine)))
    qtbot.addWidget(dialog)
    dialog.select_account(account.id)

    dialog.check_button.click()
    assert dialog.status_text() == "Checking “Sandbox” with harmless calls…"
    assert not dialog.check_button.isEnabled()  # one check per account at a time
    assert run_started(qasync_loop, started) == [f"accounts.check:{account.id}"]

    assert dialog.pages.currentWidget() is dialog.report_page
    assert dialog.report_title.text() == (
        "Check of “Sandbox”: everything this app relies on matched. 5 matched, 0 differ, 0 failed, 0 skipped."
    )
    text = dialog.report_view.toPlainText()
    assert "[Matched] Read the draft back" in text
    assert "✓ the document's Hash is the SHA-512 of the uploaded bytes" in text
    assert "✗" not in text
    dialog.report_back_button.click()
    assert dialog.pages.currentWidget() is dialog.list_page
    assert dialog.check_button.isEnabled()


def test_a_departure_is_shown_with_what_differs(
    qtbot: QtBot, service: AccountService, qasync_loop: Any
) -> None:
    account = service.add(ProviderKind.GMOSIGN, "GMO", Secret("s"), key_id="c")
    report = AccountCheckReport(
        "GMO",
        "gmosign",
        "",
        (
            CheckItem(
                "gmosign.connection",
                "Look up a document that cannot exist",
                "auth",
                Outcome.MISMATCH,
                (Finding(True, "HTTP 404"), Finding(False, "message is a number, the client expects text")),
            ),
        ),
    )

    async def check(_account: Account) -> AccountCheckReport:
        return report

    started: Started = []
    dialog = AccountsDialog(service, run=lambda n, c: started.append((n, c)), check=check)
    qtbot.addWidget(dialog)
    dialog.select_account(account.id)
    dialog.check_button.click()
    run_started(qasync_loop, started)

    assert "not everything matched" in dialog.report_title.text()
    assert "0 matched, 1 differ" in dialog.report_title.text()
    assert "[Differs] Look up a document that cannot exist" in dialog.report_view.toPlainText()
    assert "✗ message is a number, the client expects text" in dialog.report_view.toPlainText()


def test_a_check_that_cannot_start_says_why_and_frees_the_button(
    qtbot: QtBot, service: AccountService, qasync_loop: Any
) -> None:
    account = service.add(ProviderKind.GMOSIGN, "GMO", Secret("s"), key_id="c")

    async def check(_account: Account) -> AccountCheckReport:
        raise NetworkError("Could not connect to GMO Sign at example. Check the network connection.")

    started: Started = []
    dialog = AccountsDialog(service, run=lambda n, c: started.append((n, c)), check=check)
    qtbot.addWidget(dialog)
    dialog.select_account(account.id)
    dialog.check_button.click()
    run_started(qasync_loop, started)

    assert (
        dialog.status_text()
        == "“GMO”: Could not connect to GMO Sign at example. Check the network connection."
    )
    assert dialog.pages.currentWidget() is dialog.list_page
    assert dialog.check_button.isEnabled()

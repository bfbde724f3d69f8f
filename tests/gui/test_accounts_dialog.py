"""The accounts dialog over a real AccountService (temporary store, in-memory keyring) and a real sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import ProviderKind
from esign_desktop.providers import assently, gmosign
from esign_desktop.sandbox import EmbeddedSandbox, start_embedded
from esign_desktop.services.accounts import AccountService
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import AccountState
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.secrets import NOT_PERSISTENT_MESSAGE, Secret, SecretKind, SecretStore
from esign_desktop.ui.accounts_dialog import (
    ASSENTLY_PRODUCTION_URL,
    ASSENTLY_TEST_URL,
    GMOSIGN_PRODUCTION_URL,
    AccountForm,
    AccountsDialog,
    AuthMode,
    Host,
    custom_url_problem,
    form_problems,
)
from tests.conftest import MemoryKeyring
from tests.gui.background_work import delete_now, let_the_loop_turn
from tests.gui.started_tasks import Started, run_started

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedSandbox]:
    server = start_embedded(tmp_path_factory.mktemp("sandbox-data"))
    yield server
    server.stop()


@pytest.fixture
def store(app_home: Path) -> Iterator[LocalStore]:
    with LocalStore.open() as opened:
        yield opened


@pytest.fixture
def service(store: LocalStore, qasync_loop: asyncio.AbstractEventLoop) -> Iterator[AccountService]:
    accounts = AccountService(store.accounts, SecretStore())
    yield accounts
    qasync_loop.run_until_complete(accounts.aclose())


@pytest.fixture
def started() -> Started:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, service: AccountService, started: Started) -> AccountsDialog:
    widget = AccountsDialog(service, run=lambda name, coroutine: started.append((name, coroutine)))
    qtbot.addWidget(widget)
    return widget


def fill_form(dialog: AccountsDialog, form: AccountForm) -> None:
    page = dialog.form_page
    page.provider_combo.setCurrentIndex(page.provider_combo.findData(form.provider))
    page.name_edit.setText(form.name)
    page.host_combo.setCurrentIndex(page.host_combo.findData(form.host))
    page.custom_url_edit.setText(form.custom_url)
    page.auth_combo.setCurrentIndex(page.auth_combo.findData(form.auth))
    page.key_edit.setText(form.key_id)
    page.secret_edit.setText(form.secret)


def rows(dialog: AccountsDialog) -> list[list[str]]:
    table = dialog.table
    result = []
    for index in range(table.topLevelItemCount()):
        item = table.topLevelItem(index)
        assert item is not None
        result.append([item.text(column) for column in range(table.columnCount())])
    return result


# The form's rules, without widgets


def test_the_addresses_match_the_provider_clients() -> None:
    assert ASSENTLY_PRODUCTION_URL == assently.PRODUCTION_URL
    assert ASSENTLY_TEST_URL == assently.TEST_URL
    assert GMOSIGN_PRODUCTION_URL == gmosign.PRODUCTION_URL


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("https://esign.example.com", True),
        ("http://127.0.0.1:8123/assently", True),
        ("http://localhost:8123", True),
        ("http://[::1]:8123", True),
        ("http://esign.example.com", False),
        ("ftp://esign.example.com", False),
        ("esign.example.com", False),
        ("https://", False),
        ("", False),
    ],
)
def test_custom_addresses_must_be_https_except_on_this_computer(url: str, accepted: bool) -> None:
    assert (custom_url_problem(url) == "") is accepted


def test_form_problems_name_what_is_missing(service: AccountService) -> None:
    existing = service.add(ProviderKind.ASSENTLY, "Office", Secret("token"))
    blank = AccountForm(ProviderKind.GMOSIGN, " ", host=Host.CUSTOM, custom_url="http://example.com")

    problems = form_problems(blank, [existing], secret_required=True)

    assert problems == [
        "Give the account a name.",
        custom_url_problem("http://example.com"),
        "Enter the customer id.",
        "Enter the secret key.",
    ]
    duplicate = AccountForm(ProviderKind.ASSENTLY, "office", auth=AuthMode.API_KEY, secret="s")
    assert form_problems(duplicate, [existing], secret_required=True) == [
        "There is already an account called “office”: choose another name.",
        "Enter the API key.",
    ]
    assert form_problems(duplicate, [], secret_required=False) == ["Enter the API key."]
    token = AccountForm(ProviderKind.ASSENTLY, "Branch")
    assert form_problems(token, [existing], secret_required=True) == ["Enter the personal access token."]


# Adding and editing


def test_adding_an_assently_token_account(
    dialog: AccountsDialog, service: AccountService, qtbot: QtBot
) -> None:
    dialog.add_button.click()
    assert dialog.pages.currentWidget() is dialog.form_page
    assert not dialog.form_page.save_button.isEnabled()

    fill_form(dialog, AccountForm(ProviderKind.ASSENTLY, "Office", Host.TEST, secret="pat-123"))
    assert dialog.form_page.problems() == []
    with qtbot.waitSignal(dialog.accounts_changed, timeout=0):
        dialog.form_page.save_button.click()

    (account,) = service.list()
    assert (account.name, account.provider, account.base_url, account.key_id) == (
        "Office",
        ProviderKind.ASSENTLY,
        ASSENTLY_TEST_URL,
        "",
    )
    assert service.secrets.get(account.id, SecretKind.ACCESS_TOKEN) == Secret("pat-123")
    assert dialog.pages.currentWidget() is dialog.list_page
    assert rows(dialog) == [["Office", "Assently E-Sign", ASSENTLY_TEST_URL, "Ready"]]
    assert dialog.status_text() == "Added “Office”."
    assert dialog.form_page.secret_edit.text() == ""


def test_adding_a_gmo_sign_account_with_a_custom_address(
    dialog: AccountsDialog, service: AccountService
) -> None:
    dialog.add_button.click()
    fill_form(
        dialog,
        AccountForm(
            ProviderKind.GMOSIGN,
            "Tokyo",
            Host.CUSTOM,
            custom_url="http://127.0.0.1:9000/gmosign/",
            key_id="C-42",
            secret="gmo-secret",
        ),
    )
    page = dialog.form_page
    assert page.auth_combo.isHidden()  # GMO Sign has one sign-in method
    assert page.key_edit.accessibleName() == "Customer id"
    assert page.secret_edit.accessibleName() == "Secret key"
    page.save_button.click()

    (account,) = service.list()
    assert (account.provider, account.base_url, account.key_id) == (
        ProviderKind.GMOSIGN,
        "http://127.0.0.1:9000/gmosign",
        "C-42",
    )
    assert service.secrets.get(account.id, SecretKind.API_SECRET) == Secret("gmo-secret")


def test_invalid_input_is_explained_inline_and_blocks_saving(
    dialog: AccountsDialog, service: AccountService
) -> None:
    service.add(ProviderKind.ASSENTLY, "Office", Secret("token"))
    dialog.add_button.click()
    fill_form(
        dialog,
        AccountForm(ProviderKind.ASSENTLY, "Office", Host.CUSTOM, "http://esign.example.com", secret="x"),
    )

    page = dialog.form_page
    assert "already an account called “Office”" in page.problems_label.text()
    assert "https://" in page.problems_label.text()
    assert not page.save_button.isEnabled()
    page.save_button.click()
    assert len(service.list()) == 1

    page.name_edit.setText("Branch")
    page.custom_url_edit.setText("https://esign.example.com")
    assert page.problems_label.text() == ""
    assert page.save_button.isEnabled()


def test_editing_never_shows_the_secret_and_keeps_it_when_left_empty(
    dialog: AccountsDialog, service: AccountService, qtbot: QtBot
) -> None:
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat-123"))
    dialog.refresh()
    dialog.select_account(account.id)

    dialog.edit_button.click()

    page = dialog.form_page
    assert page.name_edit.text() == "Office"
    assert page.secret_edit.text() == ""
    assert page.secret_edit.echoMode() == page.secret_edit.EchoMode.Password
    assert "Unchanged" in page.secret_edit.placeholderText()
    assert not page.provider_combo.isEnabled()
    page.name_edit.setText("Head office")
    page.host_combo.setCurrentIndex(page.host_combo.findData(Host.TEST))
    with qtbot.waitSignal(dialog.accounts_changed, timeout=0):
        page.save_button.click()

    (saved,) = service.list()
    assert (saved.id, saved.name, saved.base_url) == (account.id, "Head office", ASSENTLY_TEST_URL)
    assert service.secrets.get(account.id, SecretKind.ACCESS_TOKEN) == Secret("pat-123")


def test_editing_with_a_new_secret_replaces_it_and_clears_needs_credentials(
    dialog: AccountsDialog, service: AccountService
) -> None:
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("old"))
    service.store.update_state(account.id, AccountState.NEEDS_CREDENTIALS)
    dialog.refresh()
    assert rows(dialog)[0][3] == "Needs credentials"
    dialog.select_account(account.id)
    dialog.edit_button.click()

    dialog.form_page.secret_edit.setText("new")
    dialog.form_page.save_button.click()

    assert service.secrets.get(account.id, SecretKind.ACCESS_TOKEN) == Secret("new")
    assert rows(dialog)[0][3] == "Ready"


def test_switching_to_api_key_needs_a_new_secret_and_drops_the_token(
    dialog: AccountsDialog, service: AccountService
) -> None:
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat-123"))
    dialog.refresh()
    dialog.select_account(account.id)
    dialog.edit_button.click()
    page = dialog.form_page

    page.auth_combo.setCurrentIndex(page.auth_combo.findData(AuthMode.API_KEY))
    page.key_edit.setText("key-1")
    assert page.problems() == ["Enter the API secret."]
    assert page.secret_edit.placeholderText() == "Required"
    page.secret_edit.setText("api-secret")
    page.save_button.click()

    (saved,) = service.list()
    assert saved.key_id == "key-1"
    assert service.secrets.get(account.id, SecretKind.API_SECRET) == Secret("api-secret")
    assert service.secrets.get(account.id, SecretKind.ACCESS_TOKEN) is None


def test_an_account_without_a_saved_secret_asks_for_one_on_edit(
    dialog: AccountsDialog, service: AccountService
) -> None:
    account = service.add(ProviderKind.GMOSIGN, "Tokyo", Secret("s"), key_id="C-1")
    service.secrets.delete_account(account.id)  # e.g. the keyring was reset
    dialog.refresh()
    dialog.select_account(account.id)
    dialog.edit_button.click()

    assert dialog.form_page.problems() == ["Enter the secret key."]


def test_cancel_returns_to_the_list_without_saving(dialog: AccountsDialog, service: AccountService) -> None:
    dialog.add_button.click()
    fill_form(dialog, AccountForm(ProviderKind.ASSENTLY, "Office", secret="pat"))

    dialog.form_page.cancel_button.click()

    assert dialog.pages.currentWidget() is dialog.list_page
    assert service.list() == []


# Removing


def test_remove_asks_first_and_runs_in_the_background(
    dialog: AccountsDialog,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
) -> None:
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    dialog.refresh()
    dialog.select_account(account.id)

    dialog.remove_button.click()
    assert not dialog.confirm_bar.isHidden()
    assert "Remove “Office”?" in dialog.confirm_label.text()
    dialog.confirm_keep_button.click()
    assert dialog.confirm_bar.isHidden()
    assert started == []

    dialog.remove_button.click()
    dialog.confirm_remove_button.click()
    assert dialog.status_text() == "Removing “Office”…"
    assert not dialog.remove_button.isEnabled()
    assert service.list() == [account]  # nothing happened yet: it is a background task
    with qtbot.waitSignal(dialog.accounts_changed, timeout=0):
        assert run_started(qasync_loop, started) == [f"accounts.remove:{account.id}"]

    assert service.list() == []
    assert service.secrets.get(account.id, SecretKind.ACCESS_TOKEN) is None
    assert rows(dialog) == []
    assert dialog.status_text() == "Removed “Office”."


# Testing the connection against the sandbox


def test_test_connection_reports_connected_for_good_credentials(
    dialog: AccountsDialog,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
    sandbox_server: EmbeddedSandbox,
) -> None:
    info = sandbox_server.info
    account = service.add(
        ProviderKind.ASSENTLY, "Sandbox", Secret(info.assently_token), base_url=info.assently_base_url
    )
    dialog.refresh()
    dialog.select_account(account.id)

    dialog.test_button.click()

    assert dialog.status_text() == "Testing “Sandbox”…"
    assert not dialog.test_button.isEnabled()
    run_started(qasync_loop, started)
    assert dialog.status_text() == "Connected to “Sandbox”."
    assert dialog.test_button.isEnabled()


def test_test_connection_works_for_gmo_sign(
    dialog: AccountsDialog,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
    sandbox_server: EmbeddedSandbox,
) -> None:
    info = sandbox_server.info
    account = service.add(
        ProviderKind.GMOSIGN,
        "Sandbox GMO",
        Secret(info.gmo_secret_key),
        base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )
    dialog.refresh()
    dialog.select_account(account.id)

    dialog.test_button.click()
    run_started(qasync_loop, started)

    assert dialog.status_text() == "Connected to “Sandbox GMO”."


def test_refused_credentials_show_the_reason_and_mark_the_account(
    dialog: AccountsDialog,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
    sandbox_server: EmbeddedSandbox,
    qtbot: QtBot,
) -> None:
    info = sandbox_server.info
    account = service.add(
        ProviderKind.ASSENTLY, "Sandbox", Secret("not-the-token"), base_url=info.assently_base_url
    )
    dialog.refresh()
    dialog.select_account(account.id)

    dialog.test_button.click()
    with qtbot.waitSignal(dialog.accounts_changed, timeout=0):
        run_started(qasync_loop, started)

    status = dialog.status_text()
    assert status.startswith("“Sandbox”: ")
    assert len(status) > len("“Sandbox”: ") + 10
    assert "not-the-token" not in status
    assert service.store.get(account.id).state is AccountState.NEEDS_CREDENTIALS  # type: ignore[union-attr]
    assert rows(dialog)[0][3] == "Needs credentials"


def test_a_missing_secret_is_reported_without_a_network_call(
    dialog: AccountsDialog,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    service.secrets.delete_account(account.id)
    dialog.refresh()
    dialog.select_account(account.id)

    dialog.test_button.click()
    run_started(qasync_loop, started)

    assert "enter them again in Accounts" in dialog.status_text()
    assert rows(dialog)[0][3] == "Needs credentials"


def test_without_an_injected_runner_the_test_runs_on_the_qasync_loop(
    qtbot: QtBot,
    service: AccountService,
    qasync_loop: asyncio.AbstractEventLoop,
    sandbox_server: EmbeddedSandbox,
) -> None:
    info = sandbox_server.info
    account = service.add(
        ProviderKind.ASSENTLY, "Sandbox", Secret(info.assently_token), base_url=info.assently_base_url
    )
    dialog = AccountsDialog(service)
    qtbot.addWidget(dialog)
    dialog.select_account(account.id)

    async def click_and_wait() -> None:
        dialog.test_button.click()
        assert dialog.status_text() == "Testing “Sandbox”…"
        others = asyncio.all_tasks() - {asyncio.current_task()}
        await asyncio.gather(*others)

    qasync_loop.run_until_complete(click_and_wait())

    assert dialog.status_text() == "Connected to “Sandbox”."


def test_an_unexpected_failure_is_reported_and_does_not_leave_the_dialog_busy(
    qtbot: QtBot,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reported: list[tuple[BaseException, str]] = []
    dialog = AccountsDialog(
        service,
        run=lambda name, coroutine: started.append((name, coroutine)),
        report=lambda error, doing: reported.append((error, doing)),
    )
    qtbot.addWidget(dialog)
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    dialog.refresh()
    dialog.select_account(account.id)
    bug = RuntimeError("a bug")

    def broken(account_id: str) -> None:
        raise bug

    monkeypatch.setattr(service, "provider_for", broken)

    dialog.test_button.click()
    run_started(qasync_loop, started)

    assert reported == [(bug, "Testing “Office”")]
    assert "something unexpected went wrong" in dialog.status_text()
    assert dialog.test_button.isEnabled()


def test_without_a_reporter_an_unexpected_failure_reaches_the_runner(
    dialog: AccountsDialog,
    service: AccountService,
    started: Started,
    qasync_loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    dialog.refresh()
    dialog.select_account(account.id)

    async def broken(account: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(service, "remove", broken)
    dialog.remove_button.click()
    dialog.confirm_remove_button.click()

    with pytest.raises(RuntimeError, match="a bug"):
        run_started(qasync_loop, started)
    assert dialog.remove_button.isEnabled()


def test_showing_the_dialog_reloads_the_accounts(dialog: AccountsDialog, service: AccountService) -> None:
    assert rows(dialog) == []
    service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))

    dialog.open()  # how the app opens it: shown at once, no nested event loop
    try:
        assert [row[0] for row in rows(dialog)] == ["Office"]
    finally:
        dialog.close()


# The keyring note and accessibility


def test_no_note_when_the_keyring_remembers(dialog: AccountsDialog, memory_keyring: MemoryKeyring) -> None:
    assert dialog.keyring_note.isHidden()


def test_a_note_says_when_secrets_are_not_remembered(
    qtbot: QtBot, store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    secrets = SecretStore(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    widget = AccountsDialog(AccountService(store.accounts, secrets))
    qtbot.addWidget(widget)

    assert not widget.keyring_note.isHidden()
    assert widget.keyring_note.text() == NOT_PERSISTENT_MESSAGE


def test_buttons_follow_the_selection_and_have_accessible_names(
    dialog: AccountsDialog, service: AccountService
) -> None:
    assert not dialog.edit_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert not dialog.test_button.isEnabled()
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    dialog.refresh()
    dialog.select_account(account.id)
    assert dialog.edit_button.isEnabled()
    assert dialog.test_button.isEnabled()

    page = dialog.form_page
    controls = [
        dialog.table,
        dialog.add_button,
        dialog.edit_button,
        dialog.remove_button,
        dialog.test_button,
        dialog.close_button,
        page.name_edit,
        page.provider_combo,
        page.host_combo,
        page.custom_url_edit,
        page.auth_combo,
        page.key_edit,
        page.secret_edit,
        page.save_button,
        page.cancel_button,
    ]
    assert [control.objectName() for control in controls if not control.accessibleName()] == []


def test_an_account_whose_secret_lives_only_in_memory_says_so(
    qtbot: QtBot, store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 17, finding 8: with no keyring the account said "Ready", yet its secret is forgotten at exit."""
    secrets = SecretStore(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    service = AccountService(store.accounts, secrets)
    service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    widget = AccountsDialog(service)
    qtbot.addWidget(widget)

    [row] = rows(widget)
    assert row[3] == "Ready (not saved)"
    item = widget.table.topLevelItem(0)
    assert item is not None
    assert "memory only" in item.toolTip(3)


def test_an_account_with_a_saved_secret_is_simply_ready(
    dialog: AccountsDialog, service: AccountService
) -> None:
    service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    dialog.refresh()
    assert rows(dialog)[0][3] == "Ready"


def test_a_connection_test_still_running_when_the_dialog_is_deleted_is_cancelled(
    service: AccountService, qasync_loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[BaseException] = []
    tasks = TaskRegistry(on_error=lambda _key, error: errors.append(error))  # the app's runner
    account = service.add(ProviderKind.ASSENTLY, "Office", Secret("pat"))
    began = asyncio.Event()
    seen: list[str] = []

    class SlowProvider:
        async def test_connection(self) -> None:
            began.set()
            try:
                await asyncio.get_running_loop().create_future()  # the service never answers
            except asyncio.CancelledError:
                seen.append("cancelled")
                raise

    monkeypatch.setattr(service, "provider_for", lambda _account_id: SlowProvider())
    widget = AccountsDialog(service, run=tasks.start)  # not handed to qtbot: the test deletes it
    widget.select_account(account.id)
    widget.test_button.click()
    qasync_loop.run_until_complete(began.wait())
    delete_now(widget)
    let_the_loop_turn(qasync_loop)

    assert seen == ["cancelled"]
    assert tasks.running() == []
    assert errors == []  # cancelling is not failing

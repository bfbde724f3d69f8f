"""Warnings the services give through the notifier read in the window's language: they carry their error (a
template with values), and the message area says it; the message's text stays English for the CLI and logs."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.app import parse_args
from esign_desktop.application import Application
from esign_desktop.domain.action_rules import Command
from esign_desktop.domain.capabilities import capabilities_for
from esign_desktop.domain.model import Envelope, Party, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.errors import ProviderError
from esign_desktop.providers.http import ServiceErrorDetail, error_for_response
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.envelope_spec import preflight_document
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.controller import AppController, connect_window_commands
from esign_desktop.ui.error_text import message_text
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.message_area import MessageArea
from tests.gui.conftest import Installer
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.gui

LABEL = "Assently E-Sign"


@pytest.fixture
def context(tmp_path: Path) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
    yield context
    context.database.close()


@pytest.fixture
def area(qtbot: QtBot, context: ServiceContext) -> MessageArea:
    area = MessageArea()
    qtbot.addWidget(area)
    context.notifier.subscribe(area.show_message)
    return area


def _account(context: ServiceContext) -> Account:
    return context.accounts.store.add(
        Account(ProviderKind.ASSENTLY, "Office", "http://127.0.0.1:9", state=AccountState.OK)
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "“Contract (copy)” was made without “gone.pdf”: the PDF is no longer on this computer."),
        (
            "ja",
            "「Contract (copy)」は “gone.pdf” なしで作成されました。"
            "PDF がこのコンピューターにもうありません。",
        ),
        ("sv", "”Contract (copy)” skapades utan “gone.pdf”: PDF-filen finns inte längre på den här datorn."),
    ],
)
def test_a_copy_made_without_its_pdf_says_so_in_the_windows_language(
    install: Installer,
    context: ServiceContext,
    area: MessageArea,
    tmp_path: Path,
    language: str,
    expected: str,
) -> None:
    install(language)
    gone = preflight_document(make_pdf(tmp_path / "gone.pdf", [PageSpec()]))
    Path(gone.path).unlink()
    sent = Envelope(
        local_id=new_id(),
        provider=ProviderKind.ASSENTLY,
        account_id=_account(context).id,
        remote_id="case-1",
        name="Contract",
        status=EnvelopeStatus.COMPLETED,
        documents=(gone,),
        parties=(Party(id="p1", name="Aiko", email="aiko@example.com"),),
    )
    context.cache.upsert(sent)

    EnvelopeActions(context).duplicate_as_draft(sent)

    assert area.text_label.text().startswith(expected)
    assert context.notifier.history[-1].text.startswith("“Contract (copy)” was made without")  # the CLI's


class _Provider:
    capabilities = capabilities_for(ProviderKind.ASSENTLY)


class _RefusingReceiver:
    def __init__(self, error: ProviderError) -> None:
        self.error = error

    async def ensure_hook(self, account_id: str, provider: object, event: str) -> None:
        raise self.error

    def hook_ids(self, account_id: str) -> tuple[str, ...]:
        return ()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", f"Office: status callbacks are off: {LABEL} refused the account's credentials (HTTP 401)."),
        (
            "ja",
            f"Office: 状態通知はオフになっています: "
            f"{LABEL} がアカウントの認証情報を拒否しました（HTTP 401）。",
        ),
        (
            "sv",
            f"Office: statusanrop är avstängda: {LABEL} godtog inte kontots inloggningsuppgifter (HTTP 401).",
        ),
    ],
)
def test_callbacks_that_could_not_be_subscribed_say_why_in_the_windows_language(
    install: Installer, context: ServiceContext, area: MessageArea, language: str, expected: str
) -> None:
    install(language)
    account = _account(context)
    context.accounts._providers[account.id] = _Provider()  # type: ignore[assignment]
    refused = error_for_response(httpx.Response(401), LABEL, ServiceErrorDetail(""))
    context.monitor.receiver = _RefusingReceiver(refused)  # type: ignore[assignment]

    asyncio.run(context.monitor.subscribe_callbacks(account.id))

    shown = area.text_label.text()
    assert shown.startswith(expected)
    if language == "ja":
        assert re.findall(r"[A-Za-z]{2,}", shown.replace(LABEL, "").replace("Office", "")) == ["HTTP", "API"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "The settings file was damaged and the defaults are used; the damaged file is kept as "
            "settings.json.damaged.",
        ),
        (
            "ja",
            "設定ファイルが破損していたため、既定の設定を使用します。"
            "破損したファイルは settings.json.damaged として保管しました。",
        ),
        (
            "sv",
            "Inställningsfilen var skadad och standardinställningarna används; "
            "den skadade filen sparas som settings.json.damaged.",
        ),
    ],
)
def test_a_damaged_settings_file_is_reported_at_start_in_the_windows_language(
    install: Installer,
    qapp: QApplication,
    qasync_loop: asyncio.AbstractEventLoop,
    app_home: Path,
    caplog: pytest.LogCaptureFixture,
    language: str,
    expected: str,
) -> None:
    install(language)
    paths = AppPaths.under(app_home)
    paths.settings_file().write_text("{not json", encoding="utf-8")

    application = Application(qapp, parse_args(["--no-sandbox"]), paths)
    try:
        shown = [message_text(message) for message in application.window.message_area.history]
    finally:
        qasync_loop.call_soon(application.window.close)
        qasync_loop.run_until_complete(asyncio.wait_for(application.finished, 10))

    assert expected in shown
    assert "Settings: The settings file was damaged" in caplog.text  # the log stays English


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Contract (copy)"), ("ja", "Contract のコピー"), ("sv", "Contract (kopia)")],
)
def test_a_copy_is_named_in_the_windows_language(
    install: Installer, qtbot: QtBot, context: ServiceContext, language: str, expected: str
) -> None:
    install(language)
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, context, TaskRegistry())
    connect_window_commands(window, controller)
    sent = Envelope(
        local_id=new_id(),
        provider=ProviderKind.ASSENTLY,
        account_id=_account(context).id,
        remote_id="case-1",
        name="Contract",
        status=EnvelopeStatus.COMPLETED,
    )
    context.cache.upsert(sent)
    try:
        controller.on_window_action_requested(Command.DUPLICATE_AS_DRAFT.value, [sent])
    finally:
        window.allow_close()

    assert [draft.name for draft in context.drafts.list()] == [expected]

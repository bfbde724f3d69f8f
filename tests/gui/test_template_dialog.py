"""New envelope from a template, against the real sandbox: Assently lists templates, GMO Sign takes an id."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.base import TemplateInfo
from esign_desktop.sandbox import EmbeddedSandbox, start_embedded
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from esign_desktop.ui.template_dialog import TemplateDialog
from tests.gui.background_work import delete_now, let_the_loop_turn

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedSandbox]:
    server = start_embedded(tmp_path_factory.mktemp("sandbox"))
    yield server
    server.stop()


@pytest.fixture
def context(app_home: Path, sandbox: EmbeddedSandbox) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(app_home))
    info = sandbox.info
    context.accounts.add(
        ProviderKind.ASSENTLY, "A", Secret(info.assently_token), base_url=info.assently_base_url
    )
    context.accounts.add(
        ProviderKind.GMOSIGN,
        "G",
        Secret(info.gmo_secret_key),
        base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )
    yield context
    context.database.close()


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


def make_dialog(qtbot: QtBot, context: ServiceContext, tasks: TaskRegistry) -> TemplateDialog:
    dialog = TemplateDialog(EnvelopeActions(context), context.accounts.list(), tasks.start)
    qtbot.addWidget(dialog)
    return dialog


def test_assently_lists_templates_and_creates_a_draft_case(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, context: ServiceContext
) -> None:
    tasks = TaskRegistry()

    async def scenario() -> None:
        dialog = make_dialog(qtbot, context, tasks)
        dialog.account_combo.setCurrentIndex(dialog.account_combo.findText("A", Qt.MatchFlag.MatchStartsWith))
        await until(lambda: dialog.template_combo.count() > 0 and dialog.template_combo.currentData())
        assert dialog.template_combo.findText("Non-disclosure agreement") >= 0
        dialog.name_edit.setText("NDA with Kaito")
        dialog.set_cell(dialog.parties, 0, 0, "Kaito Mori")
        dialog.set_cell(dialog.parties, 0, 1, "kaito@example.com")
        created: list[object] = []
        dialog.created.connect(created.append)
        dialog.create_envelope()
        await until(lambda: bool(created))
        envelope = context.cache.get(created[0].local_id)  # type: ignore[attr-defined]
        assert envelope is not None
        assert envelope.name == "NDA with Kaito"
        assert envelope.status is EnvelopeStatus.DRAFT
        assert envelope.documents  # the template's document came with it
        await context.accounts.aclose()

    qasync_loop.run_until_complete(scenario())


def test_gmo_sign_takes_a_template_id_and_sends_at_once(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, context: ServiceContext
) -> None:
    tasks = TaskRegistry()

    async def scenario() -> None:
        dialog = make_dialog(qtbot, context, tasks)
        dialog.account_combo.setCurrentIndex(dialog.account_combo.findText("G", Qt.MatchFlag.MatchStartsWith))
        assert dialog.template_stack.currentWidget() is dialog.template_id_edit  # no listing on GMO Sign
        dialog.create_envelope()
        assert "Choose a template." in dialog.problem_label.text()
        dialog.template_id_edit.setText("T0001")
        dialog.name_edit.setText("業務委託契約 Sato")
        dialog.set_cell(dialog.parties, 0, 0, "佐藤 健")
        dialog.set_cell(dialog.parties, 0, 1, "ken.sato@example.jp")
        dialog.set_cell(dialog.merge_values, 0, 0, "amount")
        dialog.set_cell(dialog.merge_values, 0, 1, "120000")
        created: list[object] = []
        dialog.created.connect(created.append)
        dialog.create_envelope()
        await until(lambda: bool(created))
        envelope = context.cache.get(created[0].local_id)  # type: ignore[attr-defined]
        assert envelope is not None
        assert envelope.remote_id
        assert envelope.status is EnvelopeStatus.SENT
        assert envelope.metadata == {"amount": "120000"}
        await context.accounts.aclose()

    qasync_loop.run_until_complete(scenario())


class _SlowActions:
    """Lists templates, but the service never answers."""

    def __init__(self) -> None:
        self.began = asyncio.Event()
        self.seen: list[str] = []

    async def templates(self, account_id: str) -> list[TemplateInfo]:
        self.began.set()
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            self.seen.append("cancelled")
            raise
        raise AssertionError("never answered")


def test_templates_still_loading_when_the_dialog_is_deleted_are_cancelled(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    errors: list[BaseException] = []
    tasks = TaskRegistry(on_error=lambda _key, error: errors.append(error))
    actions = _SlowActions()
    account = Account(ProviderKind.ASSENTLY, "A", "https://assently.example")
    dialog = TemplateDialog(cast(EnvelopeActions, actions), [account], tasks.start)  # the test deletes it
    qasync_loop.run_until_complete(actions.began.wait())  # the dialog asked for the templates at once
    delete_now(dialog)
    let_the_loop_turn(qasync_loop)

    assert actions.seen == ["cancelled"]
    assert tasks.running() == []
    assert errors == []  # cancelling is not failing


def test_choosing_another_account_cancels_the_list_still_loading_for_the_first(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    errors: list[BaseException] = []
    tasks = TaskRegistry(on_error=lambda _key, error: errors.append(error))
    actions = _SlowActions()
    first = Account(ProviderKind.ASSENTLY, "A", "https://assently.example")
    gmo = Account(ProviderKind.GMOSIGN, "G", "https://gmo.example")
    dialog = TemplateDialog(cast(EnvelopeActions, actions), [first, gmo], tasks.start)
    qasync_loop.run_until_complete(actions.began.wait())
    dialog.account_combo.setCurrentIndex(dialog.account_combo.findText("G", Qt.MatchFlag.MatchStartsWith))
    let_the_loop_turn(qasync_loop)

    assert actions.seen == ["cancelled"]  # its answer can no longer replace what the new account shows
    assert tasks.running() == []
    assert errors == []
    delete_now(dialog)

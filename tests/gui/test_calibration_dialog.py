"""The calibration dialog, both steps, over the real calibration service, outbox and sandbox."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import ProviderKind
from esign_desktop.sandbox import EmbeddedSandbox, start_embedded
from esign_desktop.services.calibration import CalibrationResult, CalibrationService, Pending
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.secrets import Secret
from esign_desktop.ui.calibration_dialog import CalibrationDialog
from tests.gui.background_work import delete_now, let_the_loop_turn
from tests.gui.started_tasks import Started, run_started

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedSandbox]:
    server = start_embedded(tmp_path_factory.mktemp("sandbox-data"))
    yield server
    server.stop()


@pytest.fixture
def context(app_home: Path, qasync_loop: asyncio.AbstractEventLoop) -> Iterator[ServiceContext]:
    opened = ServiceContext.open()
    yield opened
    qasync_loop.run_until_complete(opened.aclose())


def test_send_sign_and_check_stores_the_convention_the_sandbox_uses(
    qtbot: QtBot,
    context: ServiceContext,
    qasync_loop: asyncio.AbstractEventLoop,
    sandbox_server: EmbeddedSandbox,
    app_home: Path,
) -> None:
    info = sandbox_server.info
    control = httpx.Client(base_url=info.base_url, headers=info.control_headers(), timeout=10)
    control.put("/_sandbox/profile", json={"active": ["gmosign_bottom_left_origin"]}).raise_for_status()
    try:
        account = context.accounts.add(
            ProviderKind.GMOSIGN,
            "GMO",
            Secret(info.gmo_secret_key),
            base_url=info.gmosign_base_url,
            key_id=info.gmo_customer_id,
        )
        service = CalibrationService(
            context.accounts, context.sender, context.cache, app_home / "calibration"
        )
        started: Started = []
        dialog = CalibrationDialog(context.accounts.list, service, run=lambda n, c: started.append((n, c)))
        qtbot.addWidget(dialog)
        assert not dialog.send_button.isEnabled()  # no address yet
        assert not dialog.finish_button.isEnabled()  # nothing sent yet
        dialog.email_edit.setText("me@example.com")
        dialog.send_button.click()
        assert dialog.status_text() == "Sending the calibration envelope…"
        assert not dialog.send_button.isEnabled()
        assert run_started(qasync_loop, started) == [f"calibration.send:{account.id}"]
        assert dialog.status_text() == "Sent to me@example.com. Sign it, then choose “Check signed envelope”."
        assert dialog.finish_button.isEnabled()

        dialog.finish_button.click()  # before signing: nothing measured, nothing stored
        run_started(qasync_loop, started)
        assert dialog.status_text().startswith("No signature found yet.")

        pending = service.pending(account)
        assert pending is not None
        for party in control.get(f"/_sandbox/envelopes/gmosign/{pending.remote_id}").json()["parties"]:
            control.post(f"/_sandbox/envelopes/gmosign/{pending.remote_id}/parties/{party['id']}/sign")
        dialog.finish_button.click()
        run_started(qasync_loop, started)

        assert dialog.status_text().startswith("The service measures positions differently.")
        assert "measured from the bottom-left corner" in dialog.details.toPlainText()
        assert context.accounts.store.get(account.id).coordinate_convention == "bottom-left"  # type: ignore[union-attr]
        assert not dialog.finish_button.isEnabled()  # done: nothing pending any more
    finally:
        control.put("/_sandbox/profile", json={"active": []})
        control.close()


class _SlowCalibration:
    """Sends, but the service never answers."""

    def __init__(self) -> None:
        self.began = asyncio.Event()
        self.seen: list[str] = []

    def pending(self, account: Account) -> Pending | None:
        return None

    async def send(self, account: Account, email: str) -> Pending:
        self.began.set()
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            self.seen.append("cancelled")
            raise
        raise AssertionError("never answered")

    async def finish(self, account: Account) -> CalibrationResult:
        raise AssertionError("not asked")


def test_sending_still_running_when_the_dialog_is_deleted_is_cancelled(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    errors: list[BaseException] = []
    tasks = TaskRegistry(on_error=lambda _key, error: errors.append(error))  # the app's runner
    account = Account(ProviderKind.GMOSIGN, "GMO", "https://gmo.example")
    calibration = _SlowCalibration()
    dialog = CalibrationDialog(lambda: [account], calibration, run=tasks.start)  # the test deletes it
    dialog.email_edit.setText("me@example.com")
    dialog.send_button.click()
    qasync_loop.run_until_complete(calibration.began.wait())
    delete_now(dialog)
    let_the_loop_turn(qasync_loop)

    assert calibration.seen == ["cancelled"]
    assert tasks.running() == []
    assert errors == []  # cancelling is not failing

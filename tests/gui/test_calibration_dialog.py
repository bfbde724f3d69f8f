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
from esign_desktop.services.calibration import CalibrationService
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.secrets import Secret
from esign_desktop.ui.calibration_dialog import CalibrationDialog
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

"""The whole app in-process on the qasync loop: first run on the built-in sandbox, a status change arriving,
an offline start from the cache, and refused credentials. Each scenario runs as one coroutine on the loop,
as the app itself does."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from esign_desktop.app import parse_args
from esign_desktop.application import Application
from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.first_run import SANDBOX_ACCOUNT_NAMES
from esign_desktop.services.status_monitor import Notice, NoticeKind
from esign_desktop.storage.accounts import AccountState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from esign_desktop.ui.controller import envelope_folder

pytestmark = pytest.mark.gui


async def until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    """Let the loop run until `condition` holds (the app works in tasks and threads)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


class Harness:
    def __init__(self, qapp: QApplication, loop: asyncio.AbstractEventLoop, home: Path) -> None:
        self.qapp, self.loop, self.home = qapp, loop, home
        qapp.setQuitOnLastWindowClosed(False)  # as main() does: the app decides when it is finished
        self.started: list[Application] = []

    async def start(self, *flags: str) -> Application:
        application = Application(self.qapp, parse_args(list(flags)), AppPaths.under(self.home))
        self.started.append(application)
        application.start()
        await until(lambda: "startup" not in " ".join(application.tasks.running()))
        return application

    async def stop(self, application: Application) -> None:
        application.window.close()
        # Shutdown's own bounded steps (taking back callback hooks 5 s, the callback receiver 10 s, the
        # sandbox 10 s) can add up to 25 s on a loaded machine; longer than that is a hang.
        await asyncio.wait_for(application.finished, 40)

    def run(self, scenario: Coroutine[Any, Any, None]) -> None:
        async def with_cleanup() -> None:
            try:
                await scenario
            finally:
                for application in self.started:
                    if not application.finished.done():
                        await self.stop(application)

        self.loop.run_until_complete(with_cleanup())


@pytest.fixture
def harness(qapp: QApplication, qasync_loop: asyncio.AbstractEventLoop, app_home: Path) -> Harness:
    return Harness(qapp, qasync_loop, app_home)


def rows(application: Application) -> dict[str, EnvelopeStatus]:
    return {e.name: e.status for e in application.window.envelope_model.collection.envelopes()}


def test_first_run_adds_sandbox_accounts_seeds_demo_envelopes_and_says_so(harness: Harness) -> None:
    async def scenario() -> None:
        application = await harness.start()
        await until(lambda: len(rows(application)) >= 10)
        names = {a.name for a in application.context.accounts.list()}
        assert names == set(SANDBOX_ACCOUNT_NAMES.values())
        assert application.window.banner.isVisible()
        assert "built-in sandbox" in application.window.banner.text()
        assert {EnvelopeStatus.DRAFT, EnvelopeStatus.SENT, EnvelopeStatus.COMPLETED} <= set(
            rows(application).values()
        )
        # The GMO Sign account shows what the app itself sent (the service has no listing).
        envelopes = application.window.envelope_model.collection.envelopes()
        gmo = [e for e in envelopes if e.provider is ProviderKind.GMOSIGN]
        assert len(gmo) == 2
        assert all(e.status is EnvelopeStatus.SENT for e in gmo)
        # Seeding told nobody anything was "sent": the person sent nothing yet.
        texts = [m.text for m in application.window.message_area.history]
        assert not [t for t in texts if "was sent" in t], texts

    harness.run(scenario())


def test_a_signature_on_the_service_updates_the_row_and_raises_a_notification(harness: Harness) -> None:
    async def scenario() -> None:
        application = await harness.start()
        await until(lambda: "Demo case (sent)" in rows(application))
        target = next(
            e
            for e in application.window.envelope_model.collection.envelopes()
            if e.name == "Demo case (sent)"
        )
        assert application.window.select_envelope(target.local_id)
        assert application.sandbox is not None
        async with httpx.AsyncClient(
            base_url=application.sandbox.info.base_url,
            headers=application.sandbox.info.control_headers(),
            timeout=10,
        ) as control:
            case = (await control.get(f"/_sandbox/envelopes/assently/{target.remote_id}")).json()
            for party in case["parties"]:
                answer = await control.post(
                    f"/_sandbox/envelopes/assently/{target.remote_id}/parties/{party['id']}/sign"
                )
                assert answer.status_code == 200, answer.text

        application.context.sync.wake(target.account_id)
        await until(lambda: rows(application)[target.name] is EnvelopeStatus.COMPLETED)
        await until(lambda: application.tray.pending_count() > 0 or bool(application.tray.shown))
        application.tray.flush()  # the grouping window would close by itself; the test does not wait for it
        assert any(target.local_id in shown.local_ids for shown in application.tray.shown)
        current = application.window.current_envelope()
        assert current is not None
        assert current.local_id == target.local_id  # the selection stayed on the updated row

    harness.run(scenario())


def test_offline_start_shows_the_cache_and_says_offline(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        first = await harness.start()
        await until(lambda: len(rows(first)) >= 10)
        cached = rows(first)
        await harness.stop(first)

        second = await harness.start("--no-sandbox")  # the sandbox accounts exist, but nothing answers
        assert rows(second) == cached  # straight from the cache, before any network
        name = SANDBOX_ACCOUNT_NAMES[ProviderKind.ASSENTLY]
        await until(lambda: second.window.account_state(name) != "")
        assert second.window.account_state(name).endswith("needs credentials")

    harness.run(scenario())


def test_refused_credentials_mark_the_account_and_stop_its_sync(harness: Harness) -> None:
    async def scenario() -> None:
        application = await harness.start()
        assert application.sandbox is not None
        info = application.sandbox.info
        account = application.context.accounts.add(
            ProviderKind.ASSENTLY, "Wrong token", Secret("not-the-token"), base_url=info.assently_base_url
        )
        application.controller.refresh_accounts()
        application.controller.start_account(account.id)

        def needs_credentials() -> bool:
            stored = application.context.accounts.store.get(account.id)
            return stored is not None and stored.state is AccountState.NEEDS_CREDENTIALS

        await until(needs_credentials)
        await until(lambda: f"sync:{account.id}" not in application.tasks.running())
        assert application.window.account_state("Wrong token").endswith("needs credentials")
        assert all("not-the-token" not in m.text for m in application.context.notifier.history)

    harness.run(scenario())


def test_a_large_cache_shows_the_newest_screen_at_once_and_the_rest_soon_after(
    harness: Harness, app_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from datetime import UTC, datetime, timedelta

    from esign_desktop.domain.model import Envelope
    from esign_desktop.storage.accounts import Account
    from esign_desktop.storage.local_store import LocalStore
    from esign_desktop.ui.main_window import FIRST_SCREEN

    store = LocalStore.open(AppPaths.under(app_home))
    account = store.accounts.add(
        Account(provider=ProviderKind.ASSENTLY, name="Work", base_url="https://app.assently.com")
    )
    start = datetime(2026, 1, 1, tzinfo=UTC)
    total = FIRST_SCREEN + 700
    store.envelopes.upsert_many(
        Envelope(
            local_id=f"e{i:05}",
            provider=ProviderKind.ASSENTLY,
            account_id=account.id,
            remote_id=f"r{i}",
            name=f"Contract {i}",
            status=EnvelopeStatus.SENT,
            updated_at=start + timedelta(minutes=i),
        )
        for i in range(total)
    )
    store.database.close()

    async def scenario() -> None:
        application = Application(harness.qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
        harness.started.append(application)
        application.start()
        first = rows(application)
        assert len(first) == FIRST_SCREEN
        assert f"Contract {total - 1}" in first  # the newest change is on the first screen
        await until(lambda: len(rows(application)) == total)

    harness.run(scenario())


def test_downloaded_signed_documents_are_verified_and_shown_plainly(harness: Harness, tmp_path: Path) -> None:
    async def scenario() -> None:
        application = await harness.start()
        await until(lambda: "Demo case (finished)" in rows(application))
        finished = next(
            e
            for e in application.window.envelope_model.collection.envelopes()
            if e.name == "Demo case (finished)"
        )
        application.window.select_envelope(finished.local_id)
        application.controller.download([finished], tmp_path / "signed")
        await until(
            lambda: (
                f"verify:{finished.local_id}" in " ".join(application.tasks.running())
                or _has_lines(application)
            )
        )
        await until(lambda: _has_lines(application))
        texts = [
            application.window.details.signatures.item(i).text()
            for i in range(application.window.details.signatures.count())
        ]
        assert any("has not been changed since" in t and "not trusted" not in t for t in texts), texts
        # One folder per envelope, under the folder chosen.
        assert [p.name for p in (tmp_path / "signed").iterdir()] == [
            envelope_folder(tmp_path / "signed", finished).name
        ]
        saved = envelope_folder(tmp_path / "signed", finished)
        assert sorted(p.suffix for p in saved.iterdir()) == [".pdf", ".pdf"]

    harness.run(scenario())


def _has_lines(application: Application) -> bool:
    signatures = application.window.details.signatures
    return signatures.count() > 0 and "Download the signed" not in signatures.item(0).text()


def test_settings_changes_are_saved_and_applied(harness: Harness, app_home: Path) -> None:
    import dataclasses

    from esign_desktop.storage.settings import SettingsStore

    async def scenario() -> None:
        application = await harness.start("--no-sandbox")
        application.window.settings_requested.emit()
        dialog = application.dialogs.settings
        assert dialog is not None
        assert dialog.isVisible()
        changed = dataclasses.replace(
            application.settings,
            notifications=False,
            sync_interval_seconds=120,
            muted_notifications=(NoticeKind.EXPIRED.value,),
        )
        dialog.settings_changed.emit(changed)
        dialog.close()
        assert not application.tray.is_enabled()
        # The setting paces accounts with nothing out; envelopes out with parties keep the fast pace.
        assert application.context.sync.intervals.idle == 120
        assert application.context.sync.intervals.in_flight < 120
        application.tray.set_enabled(True)
        application.tray.notify(
            [Notice(NoticeKind.EXPIRED, Envelope(local_id="x", provider=ProviderKind.ASSENTLY))]
        )
        assert application.tray.pending_count() == 0  # muted in the settings
        saved = SettingsStore(AppPaths.under(app_home).settings_file()).load()
        assert (saved.notifications, saved.sync_interval_seconds) == (False, 120)
        assert saved.muted_notifications == ("expired",)

    harness.run(scenario())


def test_save_as_writes_the_signed_document_where_the_person_chose(harness: Harness, tmp_path: Path) -> None:
    target = tmp_path / "chosen" / "chosen name.pdf"
    target.parent.mkdir()

    async def scenario() -> None:
        application = await harness.start()
        await until(lambda: "Demo case (finished)" in rows(application))
        finished = next(
            e
            for e in application.window.envelope_model.collection.envelopes()
            if e.name == "Demo case (finished)"
        )
        assert finished.documents
        document = finished.documents[0]
        application.controller.on_window_document_requested("save_as", finished, document)
        dialog = application.controller._pending_dialog
        assert isinstance(dialog, QFileDialog)
        assert dialog.objectName() == "saveDocumentDialog"
        dialog.fileSelected.emit(str(target))
        dialog.close()
        await until(target.exists)

    harness.run(scenario())
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # written beside it, then moved there

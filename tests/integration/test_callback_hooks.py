"""Issue 17, findings 5 and 8: the GMO Sign Connect hook is reused across starts (or removed before a new one
is registered), never piled up; the callback token lives only in memory or in a file the user alone reads."""

from __future__ import annotations

import asyncio
import json
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind
from esign_desktop.sandbox.envelope import Provider as SandboxProvider
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.webhook_receiver import WebhookReceiver
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.integration.conftest import SandboxHandle

pytestmark = pytest.mark.integration


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(app_home))
    yield context
    context.database.close()


def hooks_on_the_service(sandbox: SandboxHandle, url_part: str) -> list[str]:
    with sandbox.server.context.store.transaction() as tx:
        records = tx.list_records("hooks", SandboxProvider.GMOSIGN)
    return [str(r["urlToPublishTo"]) for r in records if url_part in str(r["urlToPublishTo"])]


def start_and_hook(context: ServiceContext, account_id: str, state: Path | None) -> tuple[bool, str]:
    """One app start: a receiver, then the hook. Returns (registered now?, the receiver's URL)."""

    async def body() -> tuple[bool, str]:
        receiver = WebhookReceiver(asyncio.get_running_loop(), lambda *_: None, state_file=state)
        receiver.start()
        try:
            provider = context.accounts.provider_for(account_id)
            registered = await receiver.ensure_hook(account_id, provider, "Completed")
            return registered, receiver.url_for(account_id)
        finally:
            receiver.stop()
            await context.accounts.aclose()

    return asyncio.run(body())


def test_restarts_reuse_the_hook_instead_of_piling_up(
    sandbox: SandboxHandle, context: ServiceContext, tmp_path: Path
) -> None:
    info = sandbox.info
    account = context.accounts.add(
        ProviderKind.GMOSIGN, "GMO", Secret(info.gmo_secret_key), base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )  # fmt: skip
    state = tmp_path / "callbacks.json"
    outcomes = [start_and_hook(context, account.id, state) for _ in range(5)]

    assert [registered for registered, _url in outcomes] == [True, False, False, False, False]
    assert len({url for _registered, url in outcomes}) == 1  # same port and token each start
    assert len(hooks_on_the_service(sandbox, account.id)) == 1  # before: 5, one per start
    assert stat.S_IMODE(state.stat().st_mode) == 0o600  # the token is in a file only the user can read


def test_a_taken_port_removes_the_old_hook_before_registering_a_new_one(
    sandbox: SandboxHandle, context: ServiceContext, tmp_path: Path
) -> None:
    info = sandbox.info
    account = context.accounts.add(
        ProviderKind.GMOSIGN, "GMO", Secret(info.gmo_secret_key), base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )  # fmt: skip
    state = tmp_path / "callbacks.json"
    _registered, first_url = start_and_hook(context, account.id, state)
    port = json.loads(state.read_text())["port"]
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        registered, second_url = start_and_hook(context, account.id, state)
    assert registered
    assert second_url != first_url
    assert hooks_on_the_service(sandbox, account.id) == [second_url]


def test_a_state_file_others_can_read_is_not_trusted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = tmp_path / "callbacks.json"
    state.write_text('{"port": 1, "token": "readable-by-everyone-token"}')
    state.chmod(0o644)

    async def body() -> str:
        receiver = WebhookReceiver(asyncio.get_running_loop(), lambda *_: None, state_file=state)
        receiver.start()
        try:
            return receiver.url_for("a")
        finally:
            receiver.stop()

    url = asyncio.run(body())
    assert "readable-by-everyone-token" not in url
    assert stat.S_IMODE(state.stat().st_mode) == 0o600
    assert "readable-by-everyone-token" not in state.read_text()


def test_without_a_state_file_the_token_lives_only_in_memory(tmp_path: Path) -> None:
    async def body() -> str:
        receiver = WebhookReceiver(asyncio.get_running_loop(), lambda *_: None)
        receiver.start()
        try:
            return receiver.url_for("a")
        finally:
            receiver.stop()

    token = asyncio.run(body()).split("/hooks/")[1].split("/")[0]
    assert len(token) >= 16
    assert not list(tmp_path.iterdir())

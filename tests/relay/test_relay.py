"""esign-relay as IT runs it (the real command, a real team database) and the sandbox calling it back: what
it stores, what it refuses, and a GMO Sign completion reaching a desktop behind it."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest

from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.relay_connect import connect_relay, disconnect_relay
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.postgres import PostgresDatabase
from esign_desktop.storage.relay_tokens import create_token
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.pdf_factory import PageSpec, make_pdf
from tests.postgres_server import free_port

pytestmark = pytest.mark.integration


@dataclass
class Relay:
    base_url: str
    process: subprocess.Popen[str]


@pytest.fixture
def relay(migrated_team_dsn: str) -> Iterator[Relay]:
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [sys.executable, "-m", "esign_desktop.relay.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--public-url", public],
        env=dict(os.environ, ESIGN_TEAM_DATABASE=migrated_team_dsn),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert process.stdout is not None
    ready = json.loads(process.stdout.readline())
    assert ready["public_url"] == public
    yield Relay(ready["base_url"], process)
    process.terminate()
    process.wait(10)
    assert process.stderr is not None
    process.stderr.close()
    process.stdout.close()


def _count(dsn: str, sql: str) -> int:
    with psycopg.connect(dsn) as connection:
        row = connection.execute(sql).fetchone()
    return int(row[0]) if row is not None and row[0] is not None else 0


def test_the_relay_stores_a_callback_once_and_refuses_and_counts_the_rest(
    relay: Relay, migrated_team_dsn: str
) -> None:
    with PostgresDatabase.open(migrated_team_dsn) as team, team.transaction("test") as sql:
        sql.execute(
            "INSERT INTO accounts (id, provider, name, base_url, created_at, state) "
            "VALUES ('acct', 'gmosign', 'Office', 'https://x', '2026-12-02T00:00:00+00:00', 'ok')"
        )
    with PostgresDatabase.open(migrated_team_dsn) as team:
        url = create_token(team, "acct", "gmosign", relay.base_url)
    body = {"envelope_id": "42", "status": "completed"}
    with httpx.Client(timeout=30) as client:
        assert client.post(url, json=body).json() == {"stored": "new"}
        assert client.post(url, json=body).json() == {"stored": "repeat"}  # a retry by the service
        forged = url.rsplit("/", 1)[0] + "/not-the-token"
        assert client.post(forged, json=body).status_code == 404
        assert client.post(url, content=b"status=completed").status_code == 415
        as_json = {"content-type": "application/json"}
        assert client.post(url, content=b"[1, 2]", headers=as_json).status_code == 400

        def ten_megabytes() -> Iterator[bytes]:
            chunk = b" " * 65536
            for _ in range(160):
                yield chunk

        huge = client.post(url, content=ten_megabytes(), headers=as_json)
        assert huge.status_code == 413
        assert client.get(f"{relay.base_url}/health").json() == {"ok": True}
    assert _count(migrated_team_dsn, "SELECT count(*) FROM relay_callbacks") == 1
    refusals = _count(migrated_team_dsn, "SELECT sum(count) FROM relay_refusals")
    assert refusals == 4
    stored = _count(migrated_team_dsn, "SELECT max(length(payload)) FROM relay_callbacks")
    assert stored < 100
    log = relay.process
    log.terminate()
    _out, err = log.communicate(timeout=10)
    assert url.rsplit("/", 1)[1] not in err  # the token never reaches the log
    assert "completed" not in err  # nor a payload


def test_a_gmo_completion_reaches_the_desktop_through_the_relay_within_two_seconds(
    relay: Relay,
    sandbox: SandboxHandle,
    migrated_team_dsn: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ESIGN_TEAM_DATABASE", migrated_team_dsn)
    context = ServiceContext.open(AppPaths.under(tmp_path / "desktop"))
    colleague = ServiceContext.open(AppPaths.under(tmp_path / "colleague"))  # another desktop, not polling
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    tasks = TaskRegistry()

    async def body() -> None:
        assert context.link is not None
        assert colleague.link is not None
        assert context.team_database is not None
        account = add_account(context, sandbox, ProviderKind.GMOSIGN)
        context.link._election_interval = 0.3
        context.link.start(context.monitor, tasks)
        link = context.link
        await _until(lambda: account.id in link.polled_accounts())
        colleague.link.start()
        await _until(lambda: colleague.link is not None and colleague.link.state.connected)
        hooks = await connect_relay(context.team_database, context.accounts, account, relay.base_url)
        assert len(hooks) == 1
        outcome = await context.sender.send(envelope_for(account, pdf, "Through the relay"))
        assert outcome.sent
        remote = outcome.envelope.remote_id
        for party in sandbox.envelope("gmosign", remote)["parties"]:
            assert sandbox.act("gmosign", remote, party["id"]).status_code == 200
        signed_at = time.monotonic()
        for desktop in (context, colleague):  # every desktop shows it
            await _until(
                lambda desktop=desktop: (
                    (e := desktop.cache.get(outcome.envelope.local_id)) is not None
                    and e.status is EnvelopeStatus.COMPLETED
                ),
                within=10,
            )
            latency = time.monotonic() - signed_at
            print(f"GMO completion through the relay to {desktop.paths.data_dir().name}: {latency:.3f} s")
            assert latency < 2.0
        assert await disconnect_relay(context.team_database, context.accounts, account) == 1

    async def wrapped() -> None:
        try:
            await body()
        finally:
            await tasks.cancel_all()
            for desktop in (context, colleague):
                if desktop.link is not None:
                    await desktop.link.aclose()
                await desktop.accounts.aclose()

    try:
        asyncio.run(wrapped())
    finally:
        for desktop in (context, colleague):
            if desktop.team_database is not None:
                desktop.team_database.close()
            desktop.database.close()


async def _until(condition: object, within: float = 10.0) -> None:
    assert callable(condition)
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > within:
            raise AssertionError("the condition never held")
        await asyncio.sleep(0.02)

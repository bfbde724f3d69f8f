"""Two desktops on one team database and the real sandbox: one register, one sender per send, one poller per
account, and a desktop that loses the database catches up when it is back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.team_claims import TeamClaims
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.outbox import OutboxState
from esign_desktop.storage.paths import AppPaths
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.pdf_factory import PageSpec, make_pdf
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.integration


@pytest.fixture
def desktops(
    tmp_path: Path, migrated_team_dsn: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[ServiceContext, ServiceContext]]:
    monkeypatch.setenv("ESIGN_TEAM_DATABASE", migrated_team_dsn)
    monkeypatch.setenv("ESIGN_USER_NAME", "Anna")
    first = ServiceContext.open(AppPaths.under(tmp_path / "anna"))
    monkeypatch.setenv("ESIGN_USER_NAME", "Bo")
    second = ServiceContext.open(AppPaths.under(tmp_path / "bo"))
    yield first, second
    for context in (first, second):
        if context.team_database is not None:
            context.team_database.close()
        context.database.close()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contract.pdf", [PageSpec()])


async def _until(condition: Callable[[], bool], within: float = 10.0) -> float:
    """Seconds until `condition()` holds (fails the test after `within` seconds)."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > within:
            raise AssertionError("the condition never held")
        await asyncio.sleep(0.02)
    return time.monotonic() - started


async def shared_account(
    sandbox: SandboxHandle, provider: ProviderKind, first: ServiceContext, *others: ServiceContext
) -> Account:
    """The account added on the first desktop and joined by the others, each with its own secret."""
    account = add_account(first, sandbox, provider)
    for desktop in (first, *others):
        if desktop is not first:
            add_account(desktop, sandbox, provider)
        assert desktop.link is not None
        await desktop.link.sync_once()
    return account


def _run(body: Callable[[], Awaitable[None]], *contexts: ServiceContext) -> None:
    async def wrapped() -> None:
        try:
            await body()
        finally:
            for context in contexts:
                if context.link is not None:
                    await context.link.aclose()
                await context.accounts.aclose()

    asyncio.run(wrapped())


def test_a_send_from_one_desktop_shows_on_the_other_within_two_seconds(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = desktops
    anna_link, bo_link = anna.link, bo.link
    assert anna_link is not None
    assert bo_link is not None

    async def body() -> None:
        shared = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        anna_link.start()
        await anna_link.sync_once()
        own = add_account(bo, sandbox, ProviderKind.ASSENTLY)  # the same account, with Bo's own secret
        bo_link.start()
        await _until(lambda: bo_link.state.connected)
        await bo_link.sync_once()
        assert [a.id for a in bo.accounts.list()] == [shared.id]  # Bo joined the team's account
        assert own.id != shared.id
        assert bo.accounts.provider_for(shared.id) is not None  # with Bo's secret, moved under the team's id

        outcome = await anna.sender.send(envelope_for(shared, pdf, "Team contract"))
        assert outcome.sent
        latency = await _until(
            lambda: (
                (e := bo.cache.get(outcome.envelope.local_id)) is not None and e.status is EnvelopeStatus.SENT
            )
        )
        print(f"send on one desktop to the other's list: {latency:.3f} s")
        assert latency < 2.0
        seen = bo.cache.get(outcome.envelope.local_id)
        assert seen is not None
        assert seen.sent_by == "Anna"
        assert [(e.kind, e.actor) for e in seen.events if e.kind == "sent"] == [("sent", "Anna")]

        # Bo reminds the signers from his desktop: Anna's Events tab says who did it.
        [reminded] = await EnvelopeActions(bo).run(Action.REMIND, [seen])
        assert reminded.ok, reminded.message

        def reminded_by_bo() -> bool:
            current = anna.cache.get(outcome.envelope.local_id)
            return current is not None and any(
                e.kind == "reminded" and e.actor == "Bo" for e in current.events
            )

        await _until(reminded_by_bo, within=2.0)

    _run(body, anna, bo)


def test_one_desktop_at_a_time_works_on_a_send_and_it_lands_once(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = desktops
    assert anna.team_database is not None

    async def body() -> None:
        account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        assert anna.link is not None
        await anna.link.sync_once()
        assert bo.link is not None
        add_account(bo, sandbox, ProviderKind.ASSENTLY)
        await bo.link.sync_once()
        before = len(sandbox.envelopes())
        entry = anna.sender.submit(envelope_for(account, pdf, "Claimed contract"))
        assert anna.team_database is not None
        claims = TeamClaims(anna.team_database, "anna-desktop")
        async with claims.hold(entry.id) as held:
            assert held
            elsewhere = await bo.sender.run(entry.id)  # Bo's desktop resumes the team outbox meanwhile
            assert elsewhere.elsewhere
            assert not elsewhere.sent
        listed = {e.id: e for e in bo.outbox.entries()}
        assert listed[entry.id].claimed_by == "anna-desktop"
        assert listed[entry.id].sent_by == "Anna"
        outcome = await bo.sender.run(entry.id)  # the claim is free now: Bo finishes it
        assert outcome.sent
        again = await anna.sender.run(entry.id)
        assert not again.elsewhere
        assert bo.outbox.get(entry.id) is not None
        assert bo.outbox.get(entry.id).state is OutboxState.SENT  # type: ignore[union-attr]
        assert len(sandbox.envelopes()) == before + 1

    _run(body, anna, bo)


def test_one_desktop_polls_an_account_and_another_takes_over_when_it_goes(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle
) -> None:
    anna, bo = desktops

    async def body() -> None:
        assert anna.link is not None
        assert bo.link is not None
        account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        anna.link._election_interval = bo.link._election_interval = 0.3
        anna.link.start()
        await anna.link.sync_once()
        add_account(bo, sandbox, ProviderKind.ASSENTLY)
        bo.link.start()
        await _until(lambda: account.id in anna.link.polled_accounts() | bo.link.polled_accounts())  # type: ignore[union-attr]
        await asyncio.sleep(0.7)  # several election rounds: still exactly one poller
        holders = [link for link in (anna.link, bo.link) if account.id in link.polled_accounts()]
        assert len(holders) == 1
        holder = holders[0]
        other = bo.link if holder is anna.link else anna.link
        await holder.aclose()  # the poller's desktop closes (its session ends, the lock goes)
        took_over = await _until(lambda: account.id in other.polled_accounts(), within=3)
        print(f"take-over after the poller left: {took_over:.2f} s")
        assert took_over < 0.3 + 0.5

    _run(body, anna, bo)


def test_a_desktop_that_lost_the_database_keeps_its_changes_and_pushes_them_when_it_is_back(
    desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    pdf: Path,
    postgres_server: PostgresServer,
    migrated_team_dsn: str,
) -> None:
    anna, _bo = desktops

    async def body() -> None:
        assert anna.link is not None
        account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        anna.link.start()
        await _until(lambda: anna.link is not None and anna.link.state.connected)
        states: list[bool] = []
        anna.link.subscribe_state(lambda state: states.append(state.connected))
        await asyncio.to_thread(postgres_server.stop_temporarily)
        try:
            await _until(lambda: not anna.link.state.connected)  # type: ignore[union-attr]
            offline_since = anna.link.state.offline_since
            assert offline_since is not None
            local_only = envelope_for(account, pdf, "Written while offline")
            anna.cache.upsert(local_only)  # e.g. the poller saw a change: kept locally, queued for the team
        finally:
            await asyncio.to_thread(postgres_server.start_again)
        await _until(lambda: anna.link.state.connected, within=40)  # type: ignore[union-attr]
        assert states[:1] == [False]

        def in_team() -> bool:
            with psycopg.connect(migrated_team_dsn) as connection:
                row = connection.execute(
                    "SELECT count(*) FROM envelopes WHERE local_id = %s", (local_only.local_id,)
                ).fetchone()
            return row is not None and row[0] == 1

        await _until(in_team, within=10)

    _run(body, anna)

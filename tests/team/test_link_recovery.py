"""The team link when things go wrong: a deletion reaches every desktop (also one that was away), a poller
whose session the server kills is replaced within one election interval and does not come back as a second
poller, and a send whose claim dies with its session is finished once by another desktop."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.outbox_sender import SendOutcome
from esign_desktop.services.team_claims import TeamClaims
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.outbox import OutboxState
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.team.test_two_desktops import _run, _until, desktops, pdf, shared_account

pytestmark = pytest.mark.integration
__all__ = ["desktops", "pdf"]  # fixtures shared with the two-desktop tests

INTERVAL = 0.3


def _terminate(dsn: str, pid: int) -> None:
    """End a session from the server side, as a crash or a cut cable would."""
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_deletion_reaches_a_connected_desktop_and_one_that_was_away(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = desktops
    assert anna.link is not None
    assert bo.link is not None
    anna_link, bo_link = anna.link, bo.link

    async def body() -> None:
        account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        await anna_link.sync_once()
        add_account(bo, sandbox, ProviderKind.ASSENTLY)
        failed = [
            replace(
                envelope_for(account, pdf, f"Never reached the service {n}"), status=EnvelopeStatus.FAILED
            )
            for n in range(3)
        ]
        anna.cache.upsert_many(failed)
        await anna_link.sync_once()
        await bo_link.sync_once()
        assert all(bo.cache.get(e.local_id) is not None for e in failed)

        anna_link.start()
        bo_link.start()
        await _until(lambda: anna_link.state.connected and bo_link.state.connected)
        [deleted] = await EnvelopeActions(anna).run(Action.DELETE, [failed[0]])
        assert deleted.ok, deleted.message
        took = await _until(lambda: bo.cache.get(failed[0].local_id) is None, within=2.0)
        print(f"deletion to the other desktop: {took:.3f} s")

        await bo_link.aclose()  # Bo goes away; Anna deletes another one meanwhile
        [deleted] = await EnvelopeActions(anna).run(Action.DELETE, [failed[1]])
        assert deleted.ok, deleted.message
        await asyncio.sleep(0.3)
        assert bo.cache.get(failed[1].local_id) is not None
        await bo_link.sync_once()  # Bo is back
        assert bo.cache.get(failed[1].local_id) is None
        assert bo.cache.get(failed[2].local_id) is not None  # and nothing else went
        assert anna.cache.get(failed[2].local_id) is not None

    _run(body, anna, bo)


def test_a_poller_killed_by_the_server_is_replaced_within_one_interval_and_never_doubled(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, migrated_team_dsn: str
) -> None:
    anna, bo = desktops
    assert anna.link is not None
    assert bo.link is not None
    anna_link, bo_link = anna.link, bo.link
    anna_link._election_interval = bo_link._election_interval = INTERVAL

    async def body() -> None:
        account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        anna_link.start()
        await _until(lambda: account.id in anna_link.polled_accounts())  # Anna polls, alone so far
        add_account(bo, sandbox, ProviderKind.ASSENTLY)
        bo_link.start()
        await _until(lambda: bo_link.state.connected)
        await asyncio.sleep(2 * INTERVAL)
        assert account.id not in bo_link.polled_accounts()
        states: list[bool] = []
        anna_link.subscribe_state(lambda state: states.append(state.connected))

        session = anna_link._session
        assert session is not None
        killed_at = time.monotonic()
        await asyncio.to_thread(_terminate, migrated_team_dsn, session.info.backend_pid)
        await _until(lambda: account.id in bo_link.polled_accounts(), within=3)
        took_over = time.monotonic() - killed_at
        print(f"take-over after the poller's session was killed: {took_over:.2f} s")
        assert took_over < INTERVAL + 0.5
        await _until(lambda: account.id not in anna_link.polled_accounts(), within=1)

        await _until(lambda: states[-1:] == [True], within=10)  # Anna reconnects …
        assert states[0] is False
        await asyncio.sleep(3 * INTERVAL)  # … several election rounds later: still exactly one poller
        assert account.id in bo_link.polled_accounts()
        assert account.id not in anna_link.polled_accounts()

    _run(body, anna, bo)


def test_a_send_whose_claim_dies_with_its_session_is_finished_once_by_another_desktop(
    desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    pdf: Path,
    migrated_team_dsn: str,
) -> None:
    anna, bo = desktops
    assert anna.team_database is not None
    team = anna.team_database

    def claim_sessions() -> list[int]:
        with psycopg.connect(migrated_team_dsn, autocommit=True) as admin:
            rows = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE state = 'idle in transaction' "
                "AND query LIKE '%outbox_leases%FOR UPDATE%'"
            ).fetchall()
        return [int(row[0]) for row in rows]

    async def body() -> None:
        account = await shared_account(sandbox, ProviderKind.ASSENTLY, anna, bo)
        before = len(sandbox.envelopes())
        entry = anna.sender.submit(envelope_for(account, pdf, "Claimed, then the claimer died"))
        outcomes: list[SendOutcome] = []

        async def anna_claims_and_her_session_dies() -> None:
            async with TeamClaims(team, "anna-desktop").hold(entry.id) as held:
                assert held
                assert (await bo.sender.run(entry.id)).elsewhere  # Bo must wait while Anna holds it
                [pid] = await asyncio.to_thread(claim_sessions)
                await asyncio.to_thread(_terminate, migrated_team_dsn, pid)
                outcomes.append(await bo.sender.run(entry.id))  # the lock went with the session

        with pytest.raises(StorageError):  # Anna's desktop learns that its claim is gone
            await anna_claims_and_her_session_dies()
        [outcome] = outcomes
        assert outcome.sent, outcome.error
        assert bo.outbox.get(entry.id).state is OutboxState.SENT  # type: ignore[union-attr]
        assert (await anna.sender.run(entry.id)).sent  # finished: nothing is sent again
        assert len(sandbox.envelopes()) == before + 1

    _run(body, anna, bo)


def test_an_account_added_on_one_desktop_reaches_the_others_at_once(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle
) -> None:
    anna, bo = desktops
    assert anna.link is not None
    assert bo.link is not None
    anna_link, bo_link = anna.link, bo.link

    async def body() -> None:
        anna_link.start()
        bo_link.start()
        await _until(lambda: anna_link.state.connected and bo_link.state.connected)
        account = add_account(anna, sandbox, ProviderKind.GMOSIGN)  # no envelope yet
        took = await _until(lambda: [a.id for a in bo.accounts.list()] == [account.id], within=2.0)
        print(f"new account to the other desktop: {took:.3f} s")

    _run(body, anna, bo)

"""While the team database is out of reach a desktop still sends: the send is journalled on the desktop that
has the draft, sent from there once (also after a restart), and reaches the team register when the database
is back. An envelope queued before cannot be sent again blind while the team's outbox cannot be read."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.errors import TeamDatabaseUnavailableError
from esign_desktop.storage.fallback_outbox import FallbackOutbox
from esign_desktop.storage.outbox import OutboxState
from esign_desktop.storage.paths import AppPaths
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.postgres_server import PostgresServer
from tests.team.test_two_desktops import _run, desktops, pdf, shared_account

pytestmark = pytest.mark.integration
__all__ = ["desktops", "pdf"]  # fixtures shared with the two-desktop tests


def test_a_send_made_while_the_database_is_down_goes_out_once_and_reaches_the_team_later(
    desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    pdf: Path,
    tmp_path: Path,
    postgres_server: PostgresServer,
) -> None:
    anna, bo = desktops
    assert anna.link is not None
    assert bo.link is not None
    anna_link, bo_link = anna.link, bo.link
    outbox = anna.outbox
    assert isinstance(outbox, FallbackOutbox)

    async def body() -> None:
        account = await shared_account(sandbox, ProviderKind.ASSENTLY, anna, bo)
        before = len(sandbox.envelopes())
        await asyncio.to_thread(postgres_server.stop_temporarily)
        try:
            sent_now = await anna.sender.send(envelope_for(account, pdf, "Sent while the database was down"))
            assert sent_now.sent, sent_now.error
            assert outbox.is_local(sent_now.entry_id)
            queued = anna.sender.submit(envelope_for(account, pdf, "Queued, then the app closed"))
            assert outbox.is_local(queued.id)
            listed = {entry.id for entry in anna.outbox.entries()}  # the team's part cannot be read now
            assert {sent_now.entry_id, queued.id} <= listed

            # Anna's app closes and starts again while the database is still down: it finishes the send.
            assert anna.team_database is not None
            await anna_link.aclose()
            await anna.accounts.aclose()
            anna.team_database.close()
            anna.database.close()
            again = ServiceContext.open(AppPaths.under(tmp_path / "anna"))
            try:
                [resumed] = await again.sender.resume_all()
                assert resumed.sent, resumed.error
                assert resumed.entry_id == queued.id
                assert await again.sender.resume_all() == []  # nothing left, nothing sent twice
            finally:
                await again.aclose()
        finally:
            await asyncio.to_thread(postgres_server.start_again)
        assert len(sandbox.envelopes()) == before + 2

        # Back online, the register gets both, and Bo's list shows them.
        reopened = ServiceContext.open(AppPaths.under(tmp_path / "anna"))
        try:
            assert reopened.link is not None
            await reopened.link.sync_once()
            await bo_link.sync_once()
            for local_id in (sent_now.envelope.local_id, resumed.envelope.local_id):
                seen = bo.cache.get(local_id)
                assert seen is not None
                assert seen.status is EnvelopeStatus.SENT
                assert seen.sent_by == "Anna"
        finally:
            await reopened.aclose()

    _run(body, bo)


def test_an_envelope_queued_before_is_not_sent_again_while_the_team_outbox_cannot_be_read(
    desktops: tuple[ServiceContext, ServiceContext],
    sandbox: SandboxHandle,
    pdf: Path,
    postgres_server: PostgresServer,
) -> None:
    anna, _bo = desktops
    assert anna.link is not None
    anna_link = anna.link

    async def body() -> None:
        account = add_account(anna, sandbox, ProviderKind.ASSENTLY)
        await anna_link.sync_once()
        envelope = envelope_for(account, pdf, "Queued in the team")
        entry = anna.sender.submit(envelope)
        anna.outbox.transition(entry.id, OutboxState.FAILED, error="stopped for the test")
        before = len(sandbox.envelopes())
        await asyncio.to_thread(postgres_server.stop_temporarily)
        try:
            with pytest.raises(TeamDatabaseUnavailableError, match="queued before"):
                anna.sender.submit(envelope)
        finally:
            await asyncio.to_thread(postgres_server.start_again)
        assert len(sandbox.envelopes()) == before
        assert anna.team_database is not None
        anna.team_database.open_again()  # what the link does when it reaches the database again
        assert [e.id for e in anna.outbox.for_envelope(envelope.local_id)] == [entry.id]

    _run(body, anna)


def test_a_send_right_after_adding_an_account_goes_to_the_teams_outbox(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, _bo = desktops
    outbox = anna.outbox
    assert isinstance(outbox, FallbackOutbox)

    async def body() -> None:
        account = add_account(anna, sandbox, ProviderKind.GMOSIGN)  # the link has not shared it yet
        outcome = await anna.sender.send(envelope_for(account, pdf, "Sent a moment after adding the account"))
        assert outcome.sent, outcome.error
        assert not outbox.is_local(outcome.entry_id)  # claimed and journalled in the team database

    _run(body, anna)

"""Issue 17, finding 3: one bad outbox entry never blocks the later sends (`resume_all` isolates each)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind, new_id
from esign_desktop.providers.base import Provider
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.outbox_sender import OutboxSender, SendOutcome
from esign_desktop.storage.outbox import OutboxState
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, context, envelope_for, pdf, run_then_close

pytestmark = pytest.mark.integration
__all__ = ["context", "pdf"]  # fixtures shared with the sender's own tests


def test_a_bad_entry_is_reported_and_the_others_are_sent(
    sandbox: SandboxHandle, context: ServiceContext, pdf: Path, caplog: pytest.LogCaptureFixture
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    first = context.sender.submit(envelope_for(account, pdf, f"Breaks {new_id()[:6]}"))
    unreadable = context.sender.submit(envelope_for(account, pdf, f"Unreadable {new_id()[:6]}"))
    last = context.sender.submit(envelope_for(account, pdf, f"Fine {new_id()[:6]}"))
    with context.database.transaction("test") as connection:
        connection.execute("UPDATE outbox SET envelope_json = 'garbage' WHERE id = ?", (unreadable.id,))

    calls: list[str] = []

    def provider_for(account_id: str) -> Provider:
        calls.append(account_id)
        if len(calls) == 1:
            raise RuntimeError("a bug in one entry's path")  # anything at all, not only ProviderError
        return context.accounts.provider_for(account_id)

    reported: list[SendOutcome] = []
    sender = OutboxSender(context.outbox, context.cache, provider_for)
    sender.subscribe(reported.append)

    outcomes = run_then_close(context, sender.resume_all())

    assert [(o.entry_id, o.sent) for o in outcomes] == [(first.id, False), (last.id, True)]
    assert "could not be resumed" in outcomes[0].error
    assert [o.entry_id for o in reported] == [first.id, last.id]
    assert context.outbox.get(first.id).state is OutboxState.FAILED  # type: ignore[union-attr]
    assert context.outbox.get(last.id).state is OutboxState.SENT  # type: ignore[union-attr]
    (aside,) = context.outbox._quarantine.list()
    assert (aside.source, aside.record_key) == ("outbox", unreadable.id)


def test_closing_stops_a_send_in_flight_and_the_next_run_finishes_it_once(
    sandbox: SandboxHandle, context: ServiceContext, pdf: Path
) -> None:
    """The app closes while a send waits for the service: the send stops before the database closes (it
    used to go on writing into it), and the next run finishes it exactly once."""
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    name = f"Closing {new_id()[:6]}"
    entry = context.sender.submit(envelope_for(account, pdf, name))
    sandbox.set_faults(latency_ms=3000)

    async def close_while_sending() -> None:
        running = asyncio.ensure_future(context.sender.run(entry.id))
        await asyncio.sleep(0.5)  # the create request is on its way
        await context.sender.aclose()
        assert running.done()
        await asyncio.gather(running, return_exceptions=True)

    run_then_close(context, close_while_sending())
    stopped = context.outbox.get(entry.id)
    assert stopped is not None
    assert not stopped.state.is_finished

    sandbox.set_faults(latency_ms=0)
    outcome = run_then_close(context, context.sender.run(entry.id))
    assert outcome.sent
    assert [e["id"] for e in sandbox.envelopes()].count(outcome.envelope.remote_id) == 1

"""The one update stream against the real sandbox: every write of an envelope reaches subscribers as one
update with what changed; notices name what matters (signed, approved, declined, completed, expired); GMO
Sign's completion means every party signed; Assently hooks wake the sync where the receiver is reachable."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from esign_desktop.domain.model import EventSource, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.errors import NotFound
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.status_monitor import Change, EnvelopeUpdate, NoticeKind
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.paths import AppPaths
from tests.integration.conftest import SandboxHandle, assently_document
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.integration


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(app_home))
    yield context
    context.database.close()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contract.pdf", [PageSpec()])


class Recorder:
    def __init__(self, context: ServiceContext) -> None:
        self.updates: list[EnvelopeUpdate] = []
        context.monitor.subscribe(self.updates.extend)

    def of(self, local_id: str) -> list[EnvelopeUpdate]:
        return [u for u in self.updates if u.local_id == local_id]

    def notices(self, local_id: str) -> list[tuple[NoticeKind, str]]:
        return [(n.kind, n.party.name if n.party else "") for u in self.of(local_id) for n in u.notices]


async def until(condition: Callable[[], bool], seconds: float = 45) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


def test_assently_signature_links_order_decline_each_reach_the_stream(
    context: ServiceContext, sandbox: SandboxHandle, pdf: Path
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    base = envelope_for(account, pdf, f"Two signers {uuid.uuid4().hex[:6]}")
    second = Party(id="p2", name="Bo Berg", email=f"bo-{uuid.uuid4().hex[:6]}@example.com", order=2)
    envelope = replace(base, parties=(*base.parties, second))
    recorder = Recorder(context)

    async def scenario() -> None:
        try:
            outcome = await context.sender.send(envelope)
            assert outcome.sent, outcome.error
            assert recorder.of(envelope.local_id), "sending writes reach the stream too"
            await context.sync.sync_account(account)
            synced = context.cache.get(envelope.local_id)
            assert synced is not None
            assert synced.provider_status == "Sent"  # not "Draft" after sending
            assert [p.order for p in sorted(synced.parties, key=lambda p: p.order)] == [1, 2]
            assert all(p.signing_url for p in synced.parties)  # Copy link has something to copy
            remote = sandbox.envelope("assently", synced.remote_id)
            recorder.updates.clear()

            sandbox.act("assently", synced.remote_id, remote["parties"][0]["id"]).raise_for_status()
            await context.sync.sync_account(account)
            signed = recorder.of(envelope.local_id)
            assert len(signed) == 1  # one write, one update
            assert {Change.PARTIES, Change.PROGRESS, Change.EVENTS} <= signed[0].changes
            assert signed[0].envelope.signing_progress == (1, 2)
            assert recorder.notices(envelope.local_id) == [(NoticeKind.SIGNED, "Aiko Tanaka")]
            recorder.updates.clear()

            sandbox.act(
                "assently", synced.remote_id, remote["parties"][1]["id"], "decline"
            ).raise_for_status()
            await context.sync.sync_account(account)
            assert recorder.notices(envelope.local_id) == [(NoticeKind.DECLINED, "Bo Berg")]
        finally:
            await context.accounts.aclose()

    asyncio.run(scenario())
    final = context.cache.get(envelope.local_id)
    assert final is not None
    assert final.status is EnvelopeStatus.REJECTED
    service_events = [(e.kind, e.party_id) for e in final.events if e.source == EventSource.SERVICE]
    kinds = [kind for kind, _party in service_events]
    assert kinds.index("sent") < kinds.index("signed") < kinds.index("declined")
    assert any(e.source == EventSource.SYNC and e.status is EnvelopeStatus.REJECTED for e in final.events)


def test_assently_completion_and_expiry_are_noticed_once(
    context: ServiceContext, sandbox: SandboxHandle, pdf: Path
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    finishing = envelope_for(account, pdf, f"Finishing {uuid.uuid4().hex[:6]}")
    expiring = replace(envelope_for(account, pdf, f"Expiring {uuid.uuid4().hex[:6]}"), expire_after_days=1)
    recorder = Recorder(context)

    async def scenario() -> None:
        try:
            for envelope in (finishing, expiring):
                assert (await context.sender.send(envelope)).sent
            await context.sync.sync_account(account)
            recorder.updates.clear()
            remote_id = context.cache.get(finishing.local_id).remote_id  # type: ignore[union-attr]
            for party in sandbox.envelope("assently", remote_id)["parties"]:
                sandbox.act("assently", remote_id, party["id"]).raise_for_status()
            sandbox.advance_days(3)
            await context.sync.sync_account(account)
            await context.sync.sync_account(account)  # nothing new the second time
        finally:
            sandbox.advance_days(0)
            await context.accounts.aclose()

    asyncio.run(scenario())
    assert recorder.notices(finishing.local_id) == [(NoticeKind.COMPLETED, "")]
    assert recorder.notices(expiring.local_id) == [(NoticeKind.EXPIRED, "")]
    expired = context.cache.get(expiring.local_id)
    assert expired is not None
    assert any(e.kind == "expired" and e.source == EventSource.SERVICE for e in expired.events), expired


def test_assently_approval_shows_pending_then_approved(
    context: ServiceContext, sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    case_id = str(uuid.uuid4())
    body = {
        "Id": case_id,
        "Name": f"Approve me {case_id[:6]}",
        "AllowedSignatureTypes": ["touch"],
        "Parties": [{"Name": "Aiko Tanaka", "EmailAddress": f"aiko-{case_id[:6]}@example.com"}],
        "Approvers": [{"Name": "Chief", "EmailAddress": f"chief-{case_id[:6]}@example.com"}],
        "Documents": [assently_document(sample_pdf)],
    }
    sandbox.assently.post("/v2/createCase", json=body).raise_for_status()
    recorder = Recorder(context)

    async def scenario() -> None:
        try:
            await context.sync.sync_account(account)
            sandbox.assently.post("/v2/requestApproval", params={"Id": case_id}).raise_for_status()
            await context.sync.sync_account(account)
            pending = context.cache.get_by_remote(account.id, case_id)
            assert pending is not None
            assert pending.status is EnvelopeStatus.PENDING_APPROVAL
            assert [(k, who) for k, who in recorder.notices(pending.local_id)] == [
                (NoticeKind.ACTION_NEEDED, "Chief")
            ]
            recorder.updates.clear()
            approver = next(
                p for p in sandbox.envelope("assently", case_id)["parties"] if p["name"] == "Chief"
            )
            sandbox.act("assently", case_id, approver["id"]).raise_for_status()
            await context.sync.sync_account(account)
            assert recorder.notices(pending.local_id) == [(NoticeKind.SIGNED, "Chief")]
        finally:
            await context.accounts.aclose()

    asyncio.run(scenario())
    approved = context.cache.get_by_remote(account.id, case_id)
    assert approved is not None
    assert approved.status is EnvelopeStatus.SENT
    chief = next(p for p in approved.parties if p.role is PartyRole.APPROVER)
    assert chief.status is PartyStatus.APPROVED


@pytest.mark.timeout(150)
def test_gmo_completion_by_callback_marks_every_party_signed(
    context: ServiceContext, sandbox: SandboxHandle, pdf: Path
) -> None:
    account = add_account(context, sandbox, ProviderKind.GMOSIGN)
    base = envelope_for(account, pdf, f"GMO two {uuid.uuid4().hex[:6]}")
    second = Party(id="p2", name="Bo Berg", email=f"bo-{uuid.uuid4().hex[:6]}@example.com", sign_type="1")
    envelope = replace(base, parties=(*base.parties, second))
    recorder = Recorder(context)
    tasks = TaskRegistry()

    async def scenario() -> None:
        try:
            await context.monitor.start(tasks)
            await until(lambda: bool(context.monitor.hooks.get(account.id)))
            assert (await context.sender.send(envelope)).sent
            remote_id = context.cache.get(envelope.local_id).remote_id  # type: ignore[union-attr]
            for party in sandbox.envelope("gmosign", remote_id)["parties"]:
                sandbox.act("gmosign", remote_id, party["id"]).raise_for_status()
            await until(
                lambda: any(n == (NoticeKind.COMPLETED, "") for n in recorder.notices(envelope.local_id))
            )
        finally:
            await tasks.cancel_all()
            await context.monitor.stop()
            await context.accounts.aclose()

    asyncio.run(scenario())
    completed = context.cache.get(envelope.local_id)
    assert completed is not None
    assert completed.status is EnvelopeStatus.COMPLETED
    assert completed.signing_progress == (2, 2)
    assert all(p.status is PartyStatus.SIGNED for p in completed.parties)
    assert completed.provider_status.lower() == "completed"


@pytest.mark.timeout(150)
def test_assently_hooks_wake_the_sync_where_the_receiver_is_reachable(
    context: ServiceContext, sandbox: SandboxHandle, pdf: Path
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    envelope = envelope_for(account, pdf, f"Hooked {uuid.uuid4().hex[:6]}")
    recorder = Recorder(context)
    tasks = TaskRegistry()
    # Slow polling: only a hook can make the change show within the test's time.
    context.sync.intervals = type(context.sync.intervals)(active=600, in_flight=600, idle=600)

    async def scenario() -> None:
        try:
            assert (await context.sender.send(envelope)).sent
            await context.monitor.start(tasks)
            await until(lambda: bool(context.monitor.hooks.get(account.id)))
            receiver = context.monitor.receiver
            assert receiver is not None
            await until(lambda: context.sync.statuses.get(account.id) is not None)
            await until(lambda: context.cache.get(envelope.local_id).provider_status == "Sent")  # type: ignore[union-attr]
            remote_id = context.cache.get(envelope.local_id).remote_id  # type: ignore[union-attr]
            for party in sandbox.envelope("assently", remote_id)["parties"]:
                sandbox.act("assently", remote_id, party["id"]).raise_for_status()
            await until(lambda: receiver.received > 0)
            await until(lambda: (NoticeKind.COMPLETED, "") in recorder.notices(envelope.local_id))
            hook_ids = list(context.monitor.hooks[account.id])
            await context.monitor.unsubscribe_callbacks()  # as at shutdown: the services stop calling
            assert not context.monitor.hooks
            provider = context.accounts.provider_for(account.id)
            with pytest.raises(NotFound):
                await provider.unsubscribe(hook_ids[0])  # already gone
        finally:
            await tasks.cancel_all()
            await context.monitor.stop()
            await context.accounts.aclose()

    asyncio.run(scenario())


@pytest.mark.timeout(150)
def test_when_the_receiver_is_gone_polling_still_brings_the_change(
    context: ServiceContext,
    sandbox: SandboxHandle,
    pdf: Path,
    caplog: pytest.LogCaptureFixture,  # the sandbox says its webhooks to the gone receiver failed
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    envelope = envelope_for(account, pdf, f"Receiver gone {uuid.uuid4().hex[:6]}")
    recorder = Recorder(context)
    tasks = TaskRegistry()
    context.sync.intervals = type(context.sync.intervals)(active=0.5, in_flight=0.5, idle=0.5)

    async def scenario() -> None:
        try:
            assert (await context.sender.send(envelope)).sent
            await context.monitor.start(tasks)
            await until(lambda: bool(context.monitor.hooks.get(account.id)))
            receiver = context.monitor.receiver
            assert receiver is not None
            receiver.stop()  # the hooks now call nobody
            remote_id = context.cache.get(envelope.local_id).remote_id  # type: ignore[union-attr]
            for party in sandbox.envelope("assently", remote_id)["parties"]:
                sandbox.act("assently", remote_id, party["id"]).raise_for_status()
            await until(lambda: (NoticeKind.COMPLETED, "") in recorder.notices(envelope.local_id))
            assert receiver.received == 0
        finally:
            await tasks.cancel_all()
            await context.monitor.stop()
            await context.accounts.aclose()

    asyncio.run(scenario())

"""Sending through the outbox against the real sandbox: exactly once, even with faults and crashes."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Coroutine, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, PartyRole, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.base import TemplateSend
from esign_desktop.providers.gmosign_mapping import planned_document_code
from esign_desktop.sandbox.templates import GMO_TEMPLATE_IDS
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.envelope_spec import preflight_document
from esign_desktop.services.outbox_sender import MAY_HAVE_BEEN_SENT, UNREPEATABLE_SENT
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.outbox import AlreadyQueuedError, OutboxEntry, OutboxState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.integration.conftest import SandboxHandle, WebhookReceiver
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.integration
T = TypeVar("T")


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    """The clients live on one event loop: each test runs its body in one `asyncio.run` and closes them."""
    context = ServiceContext.open(AppPaths.under(app_home))
    yield context
    context.database.close()


def run_then_close(context: ServiceContext, body: Coroutine[Any, Any, T]) -> T:
    async def wrapped() -> T:
        try:
            return await body
        finally:
            await context.accounts.aclose()

    return asyncio.run(wrapped())


def add_account(context: ServiceContext, sandbox: SandboxHandle, provider: ProviderKind) -> Account:
    info = sandbox.info
    if provider is ProviderKind.ASSENTLY:
        return context.accounts.add(
            provider, "Sandbox Assently", Secret(info.assently_token), base_url=info.assently_base_url
        )
    return context.accounts.add(
        provider,
        "Sandbox GMO",
        Secret(info.gmo_secret_key),
        base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )


def envelope_for(account: Account, pdf: Path, name: str) -> Envelope:
    document = preflight_document(pdf)
    signer = Party(
        id="p1",
        name="Aiko Tanaka",
        email=f"aiko-{new_id()[:6]}@example.com",
        sign_type="1" if account.provider is ProviderKind.GMOSIGN else "touch",
    )
    field = Field(
        id=new_id(),
        kind=FieldKind.SIGNATURE,
        document=0,
        page=1,
        rect=PageRect(0.1, 0.8, 0.4, 0.88),
        party_id="p1",
    )
    return Envelope(
        local_id=new_id(),
        provider=account.provider,
        account_id=account.id,
        name=name,
        documents=(document,),
        parties=(signer,),
        fields=(field,),
    )


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contract.pdf", [PageSpec()])


def sandbox_ids(sandbox: SandboxHandle, provider: str, name: str) -> list[str]:
    return [e["id"] for e in sandbox.envelopes() if e["provider"] == provider and e.get("name", name) == name]


@pytest.mark.parametrize("provider", [ProviderKind.ASSENTLY, ProviderKind.GMOSIGN])
def test_a_send_lands_once_and_is_recorded_sent(
    sandbox: SandboxHandle, context: ServiceContext, pdf: Path, provider: ProviderKind
) -> None:
    account = add_account(context, sandbox, provider)
    envelope = envelope_for(account, pdf, f"Once {provider.value} {new_id()[:6]}")
    before = {e["id"] for e in sandbox.envelopes()}

    outcome = run_then_close(context, context.sender.send(envelope))

    assert outcome.sent, outcome.error
    new = [e for e in sandbox.envelopes() if e["id"] not in before]
    assert [e["id"] for e in new] == [outcome.envelope.remote_id]
    cached = context.cache.get(envelope.local_id)
    assert cached is not None
    assert cached.status is EnvelopeStatus.SENT
    assert [e.state for e in context.outbox.for_envelope(envelope.local_id)] == [OutboxState.SENT]


@pytest.mark.timeout(240)  # random faults can chain; the HTTP layer's own backoff runs at real speed
@pytest.mark.parametrize("provider", [ProviderKind.ASSENTLY, ProviderKind.GMOSIGN])
def test_lost_responses_and_errors_never_duplicate(
    sandbox: SandboxHandle,
    context: ServiceContext,
    pdf: Path,
    provider: ProviderKind,
    caplog: pytest.LogCaptureFixture,
) -> None:
    account = add_account(context, sandbox, provider)
    context.sender._base_delay = 0.01  # keep the test quick; the policy is what is under test
    context.sender._max_delay = 1.0
    context.sender._max_attempts = 30
    envelopes = [envelope_for(account, pdf, f"Faulty {provider.value} {i} {new_id()[:6]}") for i in range(12)]
    before = {e["id"] for e in sandbox.envelopes()}
    sandbox.set_faults(error_rate=0.2, drop_rate=0.1, lost_response_rate=0.2, rate_limit=False)

    async def send_all() -> list[bool]:
        return [(await context.sender.send(e)).sent for e in envelopes]

    results = run_then_close(context, send_all())
    sandbox.set_faults(error_rate=0.0, drop_rate=0.0, lost_response_rate=0.0)

    new = [e for e in sandbox.envelopes() if e["id"] not in before]
    landed = Counter(sandbox.envelope(e["provider"], e["id"])["name"] for e in new)
    assert max(landed.values(), default=0) == 1  # never twice
    if provider is ProviderKind.ASSENTLY:
        assert all(results)
        assert len(new) == len(envelopes)
        remote_ids = {context.cache.get(e.local_id).remote_id for e in envelopes}  # type: ignore[union-attr]
        assert remote_ids == {e["id"] for e in new}  # we chose every case id before sending
        return
    # GMO Sign: a signature request whose answer is lost is never repeated; the envelope says so instead.
    for envelope, sent in zip(envelopes, results, strict=True):
        cached = context.cache.get(envelope.local_id)
        assert cached is not None
        if sent:
            assert landed[envelope.name] == 1
            assert cached.remote_id in {e["id"] for e in new}
        else:
            assert cached.provider_status == MAY_HAVE_BEEN_SENT
            (entry,) = context.outbox.for_envelope(envelope.local_id)
            assert entry.state is OutboxState.FAILED
            assert "check GMO Sign" in entry.last_error
            assert all(code in entry.last_error for code in entry.match.document_codes)
            assert entry.match.document_codes


def test_a_gmo_signature_request_cut_off_by_a_crash_is_not_repeated_and_its_id_arrives_later(
    sandbox: SandboxHandle,
    context: ServiceContext,
    pdf: Path,
    webhook_receiver: WebhookReceiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The signature request went out and landed, then the process died before the answer was recorded.
    On resume it is not sent again (no documented way to recognise a repeat): the envelope is marked "may
    have been sent" with its document codes; a completion callback binds it only by the document codes we
    chose, never by its name (issue 17, finding 5)."""
    account = add_account(context, sandbox, ProviderKind.GMOSIGN)
    provider = context.accounts.provider_for(account.id)
    envelopes = [envelope_for(account, pdf, f"Lost answer {i} {new_id()[:6]}") for i in range(3)]
    before = {e["id"] for e in sandbox.envelopes()}

    async def send_with_lost_answers() -> list[str]:
        await provider.subscribe("Completed", webhook_receiver.url)
        errors = []
        for envelope in envelopes:
            entry = context.sender.submit(envelope)
            context.outbox.transition(entry.id, OutboxState.CREATING)

            def note(codes: tuple[str, ...], entry: OutboxEntry = entry) -> None:
                extra = {**entry.match.extra, UNREPEATABLE_SENT: "1"}
                context.outbox.update_match(entry.id, replace(entry.match, document_codes=codes, extra=extra))

            await provider.create_envelope(entry.envelope, note)  # "the crash": nothing recorded after it
            outcome = await context.sender.run(entry.id)
            assert not outcome.sent
            errors.append(outcome.error)
        return errors

    errors = run_then_close(context, send_with_lost_answers())
    new = [e for e in sandbox.envelopes() if e["id"] not in before]
    assert len(new) == len(envelopes)  # not one repeated
    assert all("may have been sent" in error and "check GMO Sign" in error for error in errors)
    for envelope in envelopes:
        cached = context.cache.get(envelope.local_id)
        assert cached is not None
        assert cached.provider_status == MAY_HAVE_BEEN_SENT
        with pytest.raises(AlreadyQueuedError, match="may already have been sent"):
            context.sender.submit(envelope)  # a blind second send is refused too

    for remote in new:
        for party in remote["parties"]:
            assert sandbox.act("gmosign", remote["id"], party["id"]).status_code == 200
    bodies = [webhook_receiver.wait()[2] for _ in new]
    # The sandbox's callbacks name the envelopes and their control numbers, not our document codes: the same
    # name proves nothing (anyone may use it), so nothing is bound (issue 17, finding 5).
    for body in bodies:
        assert context.sync.apply_event(account.id, provider.parse_status_event(body)) is None
    assert {context.cache.get(e.local_id).remote_id for e in envelopes} == {""}  # type: ignore[union-attr]

    # A callback that names the document codes we chose binds the envelope (a service that echoes them).
    for body, envelope in zip(bodies, envelopes, strict=True):
        cached = context.cache.get(envelope.local_id)
        assert cached is not None
        codes = [planned_document_code(cached, i) for i in range(len(cached.documents))]
        echoed = {**body, "document_list": [{"documentId": code} for code in codes]}
        context.sync.apply_event(account.id, provider.parse_status_event(echoed))
    cached_all = [context.cache.get(e.local_id) for e in envelopes]
    assert {e.remote_id for e in cached_all if e} == {b["envelope_xid"] for b in bodies}
    assert all(e is not None and e.status is EnvelopeStatus.COMPLETED for e in cached_all)
    assert all(e is not None and all(d.remote_id for d in e.documents) for e in cached_all)  # downloadable


def test_a_crash_mid_create_is_finished_after_restart_without_a_duplicate(
    sandbox: SandboxHandle, context: ServiceContext, pdf: Path, app_home: Path
) -> None:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    envelope = envelope_for(account, pdf, f"Crash {new_id()[:6]}")
    entry = context.sender.submit(envelope)
    # The first run got as far as creating the case, then the process died before recording it.
    context.outbox.transition(entry.id, OutboxState.CREATING)
    provider = context.accounts.provider_for(account.id)
    run_then_close(context, provider.create_envelope(entry.envelope))
    before = {e["id"] for e in sandbox.envelopes()}

    restarted = ServiceContext.open(AppPaths.under(app_home))
    try:
        outcomes = run_then_close(restarted, restarted.sender.resume_all())
    finally:
        restarted.database.close()

    assert [(o.entry_id, o.sent) for o in outcomes] == [(entry.id, True)]
    assert {e["id"] for e in sandbox.envelopes()} == before  # nothing new: the case was found, not re-made
    state = next(e for e in sandbox.envelopes() if e["id"] == entry.remote_id)
    assert state["status"].lower() == "sent"


def test_a_gmo_template_send_with_an_approver_starts_pending_approval(
    sandbox: SandboxHandle, context: ServiceContext
) -> None:
    account = add_account(context, sandbox, ProviderKind.GMOSIGN)
    parties = (
        Party(id="s", name="Kato", email=f"kato-{new_id()[:6]}@example.com"),
        Party(id="a", role=PartyRole.APPROVER, name="Boss", email=f"boss-{new_id()[:6]}@example.com"),
    )
    request = TemplateSend(new_id(), GMO_TEMPLATE_IDS[0], f"Approve first {new_id()[:6]}", parties)

    envelope = run_then_close(context, EnvelopeActions(context).create_from_template(account.id, request))

    assert envelope.status is EnvelopeStatus.PENDING_APPROVAL
    assert sandbox.envelope("gmosign", envelope.remote_id)["status"] == "PendingApproval"

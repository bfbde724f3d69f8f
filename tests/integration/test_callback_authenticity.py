"""Issue 17, finding 5: a completion is bound to an envelope only by the service's ids or by the document
codes we chose, never by the envelope's name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esign_desktop.domain.model import Document, Envelope, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.base import StatusEvent
from esign_desktop.providers.errors import ProviderError
from esign_desktop.providers.gmosign_mapping import planned_document_code
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret

COMPLETED = EnvelopeStatus.COMPLETED


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(app_home))
    yield context
    context.database.close()


@pytest.fixture
def account(context: ServiceContext) -> Account:
    return context.accounts.add(
        ProviderKind.GMOSIGN, "GMO", Secret("not-a-real-secret"), base_url="https://gmo.example", key_id="C1"
    )


def sent(account: Account, name: str, documents: int = 1, remote_id: str = "") -> Envelope:
    docs = tuple(
        Document(id=f"d{i}", file_name=f"doc{i}.pdf", sha512=f"{i}" * 128, size=10, pages=())
        for i in range(documents)
    )
    return Envelope(
        local_id=new_id(),
        provider=ProviderKind.GMOSIGN,
        account_id=account.id,
        remote_id=remote_id,
        name=name,
        status=EnvelopeStatus.SENT,
        documents=docs,
    )


def codes(envelope: Envelope) -> tuple[str, ...]:
    return tuple(planned_document_code(envelope, i) for i in range(len(envelope.documents)))


def completed(remote_id: str, name: str = "", document_ids: tuple[str, ...] = ()) -> StatusEvent:
    return StatusEvent(remote_id, "completed", COMPLETED, envelope_name=name, document_ids=document_ids)


def test_a_colleagues_envelope_of_the_same_name_is_not_bound_to_ours(
    context: ServiceContext, account: Account
) -> None:
    ours = sent(account, "Lease 2026")
    context.cache.upsert(ours)
    # Someone else's envelope (or a forged callback) with our envelope's name and its own documents.
    change = context.sync.apply_event(account.id, completed("THEIRS-1", "Lease 2026", ("CN-777",)))
    assert change is None
    cached = context.cache.get(ours.local_id)
    assert cached is not None
    assert (cached.remote_id, cached.status) == (
        "",
        EnvelopeStatus.SENT,
    )  # before: bound, COMPLETED, their PDF
    assert context.cache.get_by_remote(account.id, "THEIRS-1") is None


def test_a_callback_naming_our_document_codes_binds_the_envelope(
    context: ServiceContext, account: Account
) -> None:
    ours = sent(account, "Lease", documents=2)
    other = sent(account, "Lease", documents=2)
    context.cache.upsert_many([ours, other])
    change = context.sync.apply_event(account.id, completed("X-1", "anything", tuple(reversed(codes(ours)))))
    assert change is not None
    cached = context.cache.get(ours.local_id)
    assert cached is not None
    assert (cached.remote_id, cached.status) == ("X-1", COMPLETED)
    assert tuple(d.remote_id for d in cached.documents) == codes(ours)  # each document by its own code
    untouched = context.cache.get(other.local_id)
    assert untouched is not None
    assert untouched.remote_id == ""


def test_a_callback_naming_only_some_of_our_documents_binds_nothing(
    context: ServiceContext, account: Account
) -> None:
    ours = sent(account, "Lease", documents=2)
    context.cache.upsert(ours)
    assert context.sync.apply_event(account.id, completed("X-2", "Lease", codes(ours)[:1])) is None
    assert context.sync.apply_event(account.id, completed("X-3", "Lease", (*codes(ours), "CN-9"))) is None
    cached = context.cache.get(ours.local_id)
    assert cached is not None
    assert cached.remote_id == ""


def test_known_service_ids_still_bind(context: ServiceContext, account: Account) -> None:
    by_id = sent(account, "A", remote_id="ENV-1")
    documents = tuple(replace(d, remote_id=f"CN-{i}") for i, d in enumerate(sent(account, "B", 2).documents))
    by_documents = replace(sent(account, "B"), documents=documents)
    context.cache.upsert_many([by_id, by_documents])
    assert context.sync.apply_event(account.id, completed("ENV-1")) is not None
    assert context.sync.apply_event(account.id, completed("ENV-2", "B", ("CN-1", "CN-0"))) is not None
    first, second = context.cache.get(by_id.local_id), context.cache.get(by_documents.local_id)
    assert first is not None
    assert first.status is COMPLETED
    assert second is not None
    assert (second.remote_id, second.status) == ("ENV-2", COMPLETED)


def test_another_accounts_callback_never_binds(context: ServiceContext, account: Account) -> None:
    ours = sent(account, "Lease")
    context.cache.upsert(ours)
    assert context.sync.apply_event("another-account", completed("X", "Lease", codes(ours))) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    remote_id=st.text(max_size=40),
    name=st.sampled_from(["Lease", "Deal", "", "Lease "]) | st.text(max_size=20),
    document_ids=st.lists(st.sampled_from(["CN-0", "CN-1", "esd-0"]) | st.text(max_size=12), max_size=4),
)
def test_forged_callbacks_bind_nothing(
    context: ServiceContext, account: Account, remote_id: str, name: str, document_ids: list[str]
) -> None:
    """Whatever a forger who knows our envelopes' names (not their codes) sends: 0 envelopes taken over."""
    pending = [sent(account, "Lease"), sent(account, "Deal", 2)]
    context.cache.upsert_many(pending)
    try:
        provider = context.accounts.provider_for(account.id)
        body = {
            "envelope_xid": remote_id,
            "envelope_name": name,
            "document_list": [{"documentId": d} for d in document_ids],
        }
        try:
            event = provider.parse_status_event(body)
        except ProviderError:
            return
        assert context.sync.apply_event(account.id, event) is None
        for envelope in pending:
            cached = context.cache.get(envelope.local_id)
            assert cached is not None
            assert (cached.remote_id, cached.status) == ("", EnvelopeStatus.SENT)
    finally:
        for envelope in pending:
            context.cache.remove(envelope.local_id)

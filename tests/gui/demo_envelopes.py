"""Realistic envelopes in every status for both providers, for list and details tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from esign_desktop.domain.model import (
    Document,
    Envelope,
    EnvelopeEvent,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus

DEMO_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
ACCOUNT_NAMES = {"acc-assently": "Assently sandbox", "acc-gmo": "GMO Sign sandbox"}
_ACCOUNT_OF = {ProviderKind.ASSENTLY: "acc-assently", ProviderKind.GMOSIGN: "acc-gmo"}

_PEOPLE = [
    ("Anna Lindqvist", "anna.lindqvist@example.se"),
    ("Kenji Sato", "kenji.sato@example.jp"),
    ("Maria Virtanen", "maria.virtanen@example.fi"),
    ("Yuki Tanaka", "yuki.tanaka@example.jp"),
]
_TITLES = ["Employment contract", "NDA", "Lease agreement", "Supplier terms", "Consulting order"]


def _party_statuses(status: EnvelopeStatus, count: int) -> list[PartyStatus]:
    if status is EnvelopeStatus.DRAFT or status is EnvelopeStatus.FAILED:
        return [PartyStatus.NOT_SENT] * count
    if status in {EnvelopeStatus.SIGNED, EnvelopeStatus.COMPLETED}:
        return [PartyStatus.SIGNED] * count
    if status is EnvelopeStatus.REJECTED:
        return [PartyStatus.SIGNED, *[PartyStatus.DECLINED] * (count - 1)]
    if status is EnvelopeStatus.SENT:
        return [PartyStatus.SIGNED, *[PartyStatus.WAITING] * (count - 1)]
    return [PartyStatus.WAITING] * count


def demo_envelope(
    status: EnvelopeStatus,
    provider: ProviderKind = ProviderKind.ASSENTLY,
    *,
    index: int = 0,
    signers: int = 3,
    approver: bool = False,
) -> Envelope:
    """One envelope as the sync service would cache it, with parties, a document and events."""
    created = DEMO_NOW - timedelta(days=20 - index % 15, minutes=index)
    statuses = _party_statuses(status, signers)
    parties = []
    for number in range(signers):
        name, email = _PEOPLE[(index + number) % len(_PEOPLE)]
        parties.append(
            Party(
                id=f"p{index}-{number}",
                name=name,
                email=email,
                order=number + 1,
                status=statuses[number],
                signing_url=f"https://sign.example/{provider.value}/{index}/{number}"
                if status is not EnvelopeStatus.DRAFT
                else "",
                acted_at=created + timedelta(days=1) if statuses[number].has_acted else None,
            )
        )
    if approver:
        parties.insert(0, Party(id=f"p{index}-a", role=PartyRole.APPROVER, name="Erik Approver", order=0))
    sent = None if status in {EnvelopeStatus.DRAFT, EnvelopeStatus.FAILED} else created + timedelta(hours=2)
    events = [EnvelopeEvent(at=created, kind="created", status=EnvelopeStatus.DRAFT)]
    if sent is not None:
        events.append(EnvelopeEvent(at=sent, kind="sent", status=EnvelopeStatus.SENT))
        events.append(EnvelopeEvent(at=sent + timedelta(days=1), kind="status_changed", status=status))
    return Envelope(
        local_id=f"{provider.value}-{status.value}-{index}",
        provider=provider,
        account_id=_ACCOUNT_OF[provider],
        remote_id="" if status is EnvelopeStatus.DRAFT else f"remote-{provider.value}-{index}",
        name=f"{_TITLES[index % len(_TITLES)]} #{index}",
        status=status,
        provider_status=_raw_status(status, provider),
        documents=(
            Document(
                id=f"d{index}",
                file_name=f"contract-{index}.pdf",
                sha512="0" * 128,
                size=48_213 + index,
                pages=(PageInfo(595, 842), PageInfo(595, 842)),
            ),
        ),
        parties=tuple(parties),
        metadata={"department": "Legal", "reference": f"REF-{1000 + index}"},
        created_at=created,
        updated_at=created + timedelta(days=1, minutes=index),
        sent_at=sent,
        expires_at=None if sent is None else sent + timedelta(days=30),
        events=tuple(events),
    )


def _raw_status(status: EnvelopeStatus, provider: ProviderKind) -> str:
    if provider is ProviderKind.GMOSIGN:
        return "Completed" if status is EnvelopeStatus.COMPLETED else ""
    return {
        EnvelopeStatus.PENDING_APPROVAL: "PendingApproval",
        EnvelopeStatus.COMPLETED: "Finished",
    }.get(status, status.value.capitalize())


def demo_envelopes() -> Iterator[Envelope]:
    """Every status for both providers (GMO Sign only reports what it can observe)."""
    index = 0
    for provider in ProviderKind:
        for status in EnvelopeStatus:
            yield demo_envelope(
                status, provider, index=index, approver=status is EnvelopeStatus.PENDING_APPROVAL
            )
            index += 1


def many_envelopes(count: int) -> list[Envelope]:
    """A large list cheaply: copies of the demo set with distinct ids and names."""
    base = list(demo_envelopes())
    return [
        replace(
            base[number % len(base)],
            local_id=f"bulk-{number}",
            name=f"Bulk envelope {number}",
            updated_at=DEMO_NOW - timedelta(minutes=number),
        )
        for number in range(count)
    ]

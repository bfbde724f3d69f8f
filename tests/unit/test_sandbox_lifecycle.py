"""The signing life shared by both emulations, without HTTP: order, "or" groups, approval, decline, expiry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from esign_desktop.sandbox.envelope import Envelope, Party, PartyState, Phase, Provider, Role
from esign_desktop.sandbox.lifecycle import (
    LifecycleError,
    act,
    expire,
    open_for_signing,
    recall,
    remind,
    request_approval,
)

NOW = datetime(2025, 3, 14, 9, 0, tzinfo=UTC)


def envelope(*parties: Party) -> Envelope:
    return Envelope(
        provider=Provider.ASSENTLY,
        id="case",
        name="Case",
        phase=Phase.DRAFT,
        created_on="2025-03-14T08:00:00",
        temporary_id=123456,
        parties=list(parties),
    )


def signer(party_id: str, order: int = 0, group: str | None = None) -> Party:
    return Party(
        id=party_id,
        name=party_id.upper(),
        email=f"{party_id}@example.com",
        token=party_id,
        order=order,
        or_group=group,
    )


def states(subject: Envelope) -> list[str]:
    return [party.state.value for party in subject.parties]


def test_sending_asks_the_first_order_and_sets_the_expiry() -> None:
    subject = envelope(signer("a", 1), signer("b", 1), signer("c", 2))

    assert open_for_signing(subject, NOW, 10) == ["sent"]

    assert subject.phase is Phase.SENT
    assert states(subject) == ["waiting", "waiting", "pending"]
    assert subject.expire_on == "2025-03-24T09:00:00"


def test_each_order_waits_for_the_previous_one() -> None:
    subject = envelope(signer("a", 1), signer("b", 2))
    open_for_signing(subject, NOW, 0)

    with pytest.raises(LifecycleError, match="turn"):
        act(subject, "b", approve=True, now=NOW)
    assert act(subject, "a", approve=True, now=NOW) == ["signatureadded"]
    assert states(subject) == ["signed", "waiting"]
    assert act(subject, "b", approve=True, now=NOW) == ["signatureadded", "signed"]
    assert subject.phase is Phase.SIGNED


def test_one_member_of_an_or_group_signs_for_all() -> None:
    subject = envelope(signer("a", 1, "g"), signer("b", 1, "g"), signer("c", 1))
    open_for_signing(subject, NOW, 0)

    act(subject, "b", approve=True, now=NOW)

    assert states(subject) == ["skipped", "signed", "waiting"]
    with pytest.raises(LifecycleError):
        act(subject, "a", approve=True, now=NOW)
    assert act(subject, "c", approve=True, now=NOW)[-1] == "signed"


def test_a_decline_rejects_the_envelope() -> None:
    subject = envelope(signer("a"), signer("b"))
    open_for_signing(subject, NOW, 5)

    assert act(subject, "a", approve=False, now=NOW) == ["rejectionadded", "rejected"]

    assert subject.phase is Phase.REJECTED
    assert subject.expire_on is None
    with pytest.raises(LifecycleError):
        act(subject, "b", approve=True, now=NOW)


def test_approvers_approve_then_the_envelope_is_sent() -> None:
    approver = Party(id="x", name="X", email="x@example.com", token="x", role=Role.APPROVER)
    subject = envelope(signer("a"), approver)
    with pytest.raises(LifecycleError, match="approvers"):
        request_approval(envelope(signer("a")))

    assert request_approval(subject) == ["approvalrequested"]
    with pytest.raises(LifecycleError):
        act(subject, "a", approve=True, now=NOW)
    events = act(subject, "x", approve=True, now=NOW)

    assert events == ["approvaladded", "finalapproval", "sent"]
    assert subject.phase is Phase.SENT
    assert states(subject) == ["waiting", "approved"]


def test_recall_rules() -> None:
    with pytest.raises(LifecycleError):
        recall(envelope(signer("a")))
    finished = envelope(signer("a"))
    finished.phase = Phase.FINISHED
    with pytest.raises(LifecycleError, match="finished"):
        recall(finished)
    sent = envelope(signer("a"))
    open_for_signing(sent, NOW, 0)
    assert recall(sent) == ["recalled"]


def test_remind_only_the_parties_in_turn_and_expire_resets_them() -> None:
    subject = envelope(signer("a", 1), signer("b", 2))
    with pytest.raises(LifecycleError):
        remind(subject, NOW)
    open_for_signing(subject, NOW, 3)

    assert [party.id for party in remind(subject, NOW)] == ["a"]
    assert subject.parties[0].reminders == ["2025-03-14T09:00:00"]
    assert expire(subject) == ["expired"]
    assert subject.phase is Phase.EXPIRED
    assert states(subject) == ["pending", "pending"]


def test_envelope_round_trips_through_json() -> None:
    subject = envelope(signer("a", 1, "g"))
    open_for_signing(subject, NOW, 1)
    act(subject, "a", approve=True, now=NOW)

    again = Envelope.from_json(subject.to_json())

    assert again == subject
    assert again.parties[0].state is PartyState.SIGNED

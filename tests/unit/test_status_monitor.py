"""What one cache write tells: the parts that changed and the notices worth a person's attention."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from esign_desktop.domain.model import Envelope, EnvelopeEvent, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.services.status_monitor import Change, NoticeKind, notices_for, update_of
from esign_desktop.services.sync import completed
from esign_desktop.storage.envelope_cache import CacheWrite

SENT = EnvelopeStatus.SENT
AT = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def envelope(status: EnvelopeStatus = SENT, *statuses: PartyStatus, approver: bool = False) -> Envelope:
    parties = [
        Party(id=f"p{n}", name=f"Signer {n}", status=state, signing_url=f"https://sign/{n}")
        for n, state in enumerate(statuses or (PartyStatus.WAITING, PartyStatus.WAITING))
    ]
    if approver:
        parties.append(Party(id="a", name="Chief", role=PartyRole.APPROVER))
    return Envelope(
        local_id="e1", provider=ProviderKind.ASSENTLY, name="NDA", status=status, parties=tuple(parties)
    )


def kinds(before: Envelope | None, after: Envelope | None) -> list[tuple[NoticeKind, str]]:
    return [(n.kind, n.party.name if n.party else "") for n in notices_for(before, after)]


def test_a_write_that_changes_nothing_makes_no_update() -> None:
    same = envelope()
    assert update_of(CacheWrite("e1", same, same)) is None


def test_a_signature_changes_parties_and_progress_and_says_who_signed() -> None:
    before = envelope()
    after = envelope(SENT, PartyStatus.SIGNED, PartyStatus.WAITING)

    update = update_of(CacheWrite("e1", before, after))

    assert update is not None
    assert update.changes == {Change.PARTIES, Change.PROGRESS}
    assert kinds(before, after) == [(NoticeKind.SIGNED, "Signer 0")]


def test_links_events_and_details_are_changes_too() -> None:
    before = envelope()
    linked = replace(before, parties=tuple(replace(p, signing_url="") for p in before.parties))
    update = update_of(CacheWrite("e1", linked, before))
    assert update is not None
    assert Change.LINKS in update.changes
    evented = replace(before, events=(EnvelopeEvent(AT, "reminded"),), provider_status="Sent")
    update = update_of(CacheWrite("e1", before, evented))
    assert update is not None
    assert update.changes == {Change.EVENTS, Change.DETAILS}
    assert update.notices == ()


def test_added_and_removed_envelopes_are_updates_without_notices() -> None:
    added = update_of(CacheWrite("e1", None, envelope()))
    removed = update_of(CacheWrite("e1", envelope(), None))
    assert added is not None
    assert removed is not None
    assert added.changes == {Change.ADDED}
    assert removed.changes == {Change.REMOVED}
    assert added.notices == removed.notices == ()


def test_the_last_signature_is_one_completion_notice() -> None:
    before = envelope(SENT, PartyStatus.SIGNED, PartyStatus.WAITING)
    after = envelope(EnvelopeStatus.COMPLETED, PartyStatus.SIGNED, PartyStatus.SIGNED)
    assert kinds(before, after) == [(NoticeKind.COMPLETED, "")]


def test_a_decline_names_who_declined_once() -> None:
    before = envelope()
    after = envelope(EnvelopeStatus.REJECTED, PartyStatus.DECLINED, PartyStatus.WAITING)
    assert kinds(before, after) == [(NoticeKind.DECLINED, "Signer 0")]


@pytest.mark.parametrize(
    ("status", "kind"),
    [(EnvelopeStatus.EXPIRED, NoticeKind.EXPIRED), (EnvelopeStatus.FAILED, NoticeKind.SEND_FAILED)],
)
def test_expiry_and_failure_are_their_own_kinds(status: EnvelopeStatus, kind: NoticeKind) -> None:
    assert kinds(envelope(), envelope(status)) == [(kind, "")]


def test_waiting_for_an_approver_is_action_needed_and_the_approval_is_news() -> None:
    draft = envelope(EnvelopeStatus.DRAFT, approver=True)
    pending = envelope(EnvelopeStatus.PENDING_APPROVAL, approver=True)
    assert kinds(draft, pending) == [(NoticeKind.ACTION_NEEDED, "Chief")]
    approved = replace(
        pending,
        status=SENT,
        parties=tuple(
            replace(p, status=PartyStatus.APPROVED) if p.role is PartyRole.APPROVER else p
            for p in pending.parties
        ),
    )
    assert kinds(pending, approved) == [(NoticeKind.SIGNED, "Chief")]


def test_a_completion_marks_every_party_as_having_acted() -> None:
    sent = envelope(SENT, approver=True)

    done = completed(sent, "Completed")

    assert done.status is EnvelopeStatus.COMPLETED
    assert done.signing_progress == (2, 2)
    assert {p.status for p in done.parties} == {PartyStatus.SIGNED, PartyStatus.APPROVED}
    assert done.provider_status == "Completed"

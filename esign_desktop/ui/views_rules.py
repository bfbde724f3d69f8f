"""The sidebar's views of the envelope list, each a Qt-free predicate on an Envelope."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from esign_desktop.domain.model import Envelope, utc_now
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus


class EnvelopeView(StrEnum):
    ALL = "all"
    DRAFTS = "drafts"
    OUTBOX = "outbox"
    WAITING = "waiting"
    ACTION_NEEDED = "action_needed"
    COMPLETED = "completed"
    CLOSED = "closed"  # declined, expired or recalled

    @property
    def label(self) -> str:
        return _VIEW_LABELS[self]


_VIEW_LABELS = {
    EnvelopeView.ALL: "All",
    EnvelopeView.DRAFTS: "Drafts",
    EnvelopeView.OUTBOX: "Outbox",
    EnvelopeView.WAITING: "Waiting for others",
    EnvelopeView.ACTION_NEEDED: "Action needed",
    EnvelopeView.COMPLETED: "Completed",
    EnvelopeView.CLOSED: "Declined, expired or recalled",
}

CLOSED_STATUSES = frozenset({EnvelopeStatus.REJECTED, EnvelopeStatus.EXPIRED, EnvelopeStatus.RECALLED})
EXPIRY_WARNING = timedelta(days=3)


@dataclass(frozen=True, slots=True)
class ViewContext:
    """What the views need beyond the envelope itself.

    `outbox_ids`: local ids queued for sending and not yet confirmed by the service.
    `own_addresses`: the user's lower-case e-mail addresses; waiting for one of them needs action.
    `now`: "expiring soon" is measured from here.
    """

    outbox_ids: frozenset[str] = frozenset()
    own_addresses: frozenset[str] = frozenset()
    now: datetime = field(default_factory=utc_now)


def needs_action(envelope: Envelope, context: ViewContext) -> bool:
    """Failed to send, waiting for the user's own signature, or about to expire while still out."""
    if envelope.status is EnvelopeStatus.FAILED:
        return True
    if not envelope.status.is_in_flight:
        return False
    if context.own_addresses and any(
        party.status is PartyStatus.WAITING and party.email.lower() in context.own_addresses
        for party in envelope.parties
    ):
        return True
    return envelope.expires_at is not None and envelope.expires_at - context.now <= EXPIRY_WARNING


def views_of(envelope: Envelope, context: ViewContext) -> frozenset[EnvelopeView]:
    """Every view the envelope appears in (always includes ALL)."""
    views = {EnvelopeView.ALL}
    status = envelope.status
    if envelope.local_id in context.outbox_ids:
        views.add(EnvelopeView.OUTBOX)
    elif status is EnvelopeStatus.DRAFT:
        views.add(EnvelopeView.DRAFTS)
    elif status.is_in_flight:
        views.add(EnvelopeView.WAITING)
    elif status is EnvelopeStatus.COMPLETED:
        views.add(EnvelopeView.COMPLETED)
    elif status in CLOSED_STATUSES:
        views.add(EnvelopeView.CLOSED)
    if needs_action(envelope, context):
        views.add(EnvelopeView.ACTION_NEEDED)
    return frozenset(views)


def count_views(envelopes: Iterable[Envelope], context: ViewContext) -> dict[EnvelopeView, int]:
    counts = dict.fromkeys(EnvelopeView, 0)
    for envelope in envelopes:
        for view in views_of(envelope, context):
            counts[view] += 1
    return counts

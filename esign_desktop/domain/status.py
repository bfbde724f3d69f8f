"""The unified status vocabulary shared by both services."""

from __future__ import annotations

from enum import StrEnum


class EnvelopeStatus(StrEnum):
    """Where an envelope is in its life, the same words for every provider."""

    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    SENT = "sent"
    SIGNED = "signed"  # every party has signed, the final document is not ready yet
    COMPLETED = "completed"
    REJECTED = "rejected"
    RECALLED = "recalled"
    EXPIRED = "expired"
    DELETED = "deleted"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _ENVELOPE_LABELS[self]

    @property
    def is_final(self) -> bool:
        """No further change is expected from the service."""
        return self in FINAL_STATUSES

    @property
    def is_in_flight(self) -> bool:
        """Out with the parties: signatures or approvals may still arrive."""
        return self in {EnvelopeStatus.PENDING_APPROVAL, EnvelopeStatus.SENT, EnvelopeStatus.SIGNED}


FINAL_STATUSES = frozenset(
    {
        EnvelopeStatus.COMPLETED,
        EnvelopeStatus.REJECTED,
        EnvelopeStatus.RECALLED,
        EnvelopeStatus.EXPIRED,
        EnvelopeStatus.DELETED,
        EnvelopeStatus.FAILED,
    }
)

_ENVELOPE_LABELS = {
    EnvelopeStatus.DRAFT: "Draft",
    EnvelopeStatus.PENDING_APPROVAL: "Pending approval",
    EnvelopeStatus.SENT: "Sent",
    EnvelopeStatus.SIGNED: "Signed, finalising",
    EnvelopeStatus.COMPLETED: "Completed",
    EnvelopeStatus.REJECTED: "Rejected",
    EnvelopeStatus.RECALLED: "Recalled",
    EnvelopeStatus.EXPIRED: "Expired",
    EnvelopeStatus.DELETED: "Deleted",
    EnvelopeStatus.FAILED: "Failed",
}


class PartyStatus(StrEnum):
    """Where one party is: the same words for every provider."""

    NOT_SENT = "not_sent"
    WAITING = "waiting"  # notified, has not acted yet
    SIGNED = "signed"
    APPROVED = "approved"
    DECLINED = "declined"

    @property
    def has_acted(self) -> bool:
        return self in {PartyStatus.SIGNED, PartyStatus.APPROVED, PartyStatus.DECLINED}

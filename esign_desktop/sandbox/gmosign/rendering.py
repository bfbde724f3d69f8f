"""GMO Sign's words for envelope and signer states (undocumented by GMO: the sandbox's choice, in
docs/sandbox.md) and the Connect webhook payload (WebhookEnvelopeResponse in the swagger)."""

from __future__ import annotations

from typing import Any

from esign_desktop.sandbox.envelope import Envelope, PartyState, Phase

STATUS_WORDS = {
    Phase.DRAFT: "Draft",
    Phase.PENDING_APPROVAL: "PendingApproval",
    Phase.SENT: "Sent",
    Phase.SIGNED: "Signed",
    Phase.FINISHED: "Completed",
    Phase.REJECTED: "Declined",
    Phase.RECALLED: "Cancelled",
    Phase.EXPIRED: "Expired",
    Phase.FAILED: "Failed",  # sandbox only: the final document could not be made
}

SIGN_STATUS_WORDS = {
    PartyState.PENDING: "NotYet",
    PartyState.WAITING: "Waiting",
    PartyState.SIGNED: "Signed",
    PartyState.APPROVED: "Approved",
    PartyState.DECLINED: "Declined",
    PartyState.SKIPPED: "Skipped",
}

# Which lifecycle events a Connect hook can subscribe to, by its envelopeEvents word.
GMO_EVENT_STATUS = {
    "sent": "Sent",
    "finished": "Completed",
    "rejected": "Declined",
    "expired": "Expired",
}


def webhook_payload(envelope: Envelope) -> dict[str, Any]:
    return {
        "envelope_xid": envelope.id,
        "envelope_name": envelope.name,
        "document_list": [
            {"documentId": document.id, "document_name": document.name} for document in envelope.documents
        ],
    }

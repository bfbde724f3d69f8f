"""Cases as Assently returns them (getCase, findCases, webhook payloads), shaped as the recorded responses."""

from __future__ import annotations

from enum import Enum
from typing import Any

from esign_desktop.sandbox.envelope import Envelope, Party, PartyState, Phase

STATUS_WORDS = {
    Phase.DRAFT: "Draft",
    Phase.PENDING_APPROVAL: "PendingApproval",
    Phase.SENT: "Sent",
    Phase.SIGNED: "Signed",
    Phase.FINISHED: "Finished",
    Phase.REJECTED: "Rejected",
    Phase.RECALLED: "Recalled",
    Phase.EXPIRED: "Expired",
}
PHASES_BY_WORD = {word.lower(): phase for phase, word in STATUS_WORDS.items()}
PHASES_BY_WORD["pending_approval"] = Phase.PENDING_APPROVAL


class Spelling(Enum):
    """RECORDED: the words of the recordings and our reading (PendingApproval, approvers in `Approvers`).
    OTHER: the deviation profile's other reading (Pending_Approval, approvers in `Stakeholders`)."""

    RECORDED = "recorded"
    OTHER = "other"


_OTHER_STATUS_WORDS = {Phase.PENDING_APPROVAL: "Pending_Approval"}

ACCOUNT_ID = 216

_DEFAULTS: dict[str, Any] = {
    "Name": "",
    "NameAlias": "",
    "Visibility": "Group",
    "Description": "",
    "Stakeholders": [],
    "CancelUrl": None,
    "ContinueUrl": "",
    "ContinueName": "",
    "ContinueAuto": False,
    "NotificationMethods": ["Email"],
    "SendSignRequestEmailToParties": False,
    "SendFinishEmailToCreator": False,
    "SendFinishEmailToParties": False,
    "SendRecallEmailToParties": False,
    "RequestMessage": None,
    "RequestMessageSms": None,
    "FinishedMessage": None,
    "FinishedMessageSms": None,
    "Culture": "en-US",
    "SignInSequence": False,
    "IdentityCheck": False,
    "IsEditable": False,
    "MergeOnSend": False,
    "UseGroupNames": False,
    "ExpireAfterDays": 0,
    "RemindAfterDays": 0,
    "RemindOn": None,
    "ApprovalRequired": False,
    "Procedure": "Default",
}


def signing_url(base_url: str, party: Party) -> str:
    return f"{base_url}/_sandbox/sign/{party.token}"


def status_word(envelope: Envelope, include_all_statuses: bool = True, include_pending: bool = True) -> str:
    phase = envelope.phase
    if phase is Phase.PENDING_APPROVAL and not include_pending:
        return STATUS_WORDS[Phase.DRAFT]
    if phase is Phase.SIGNED and not include_all_statuses:
        return STATUS_WORDS[Phase.SENT]
    return STATUS_WORDS[phase]


def case_model(
    envelope: Envelope,
    base_url: str,
    include_all_statuses: bool = True,
    include_pending: bool = True,
    spelling: Spelling = Spelling.RECORDED,
) -> dict[str, Any]:
    payload = envelope.payload
    status = status_word(envelope, include_all_statuses, include_pending)
    if spelling is Spelling.OTHER and status == STATUS_WORDS[Phase.PENDING_APPROVAL]:
        status = _OTHER_STATUS_WORDS[Phase.PENDING_APPROVAL]
    model: dict[str, Any] = {
        "Id": envelope.id,
        "Status": status,
        "Name": envelope.name,
        "NameAlias": "",
        "AccountId": ACCOUNT_ID,
        "MasterAccountId": None,
        "Parties": [],
        "Documents": [],
    }
    for key, default in _DEFAULTS.items():
        model.setdefault(key, payload.get(key, default))
    model["AllowedSignatureTypes"] = payload.get("AllowedSignatureTypes", [])
    model["Metadata"] = payload.get("Metadata", {})
    parties_by_id = {party.id: party for party in envelope.parties}
    model["Parties"] = [
        _party_model(item, parties_by_id.get(item["Id"]), base_url) for item in payload.get("Parties", [])
    ]
    approvers = [
        _approver_model(item, parties_by_id.get(item["Id"])) for item in payload.get("Approvers", [])
    ]
    if spelling is Spelling.OTHER:
        model["Stakeholders"] = approvers
    else:
        model["Approvers"] = approvers
    model["Documents"] = [dict(document, Data=None) for document in payload.get("Documents", [])]
    model["ExpireOn"] = envelope.expire_on
    model["CreatedOn"] = envelope.created_on
    model["TemplateId"] = payload.get("TemplateId")
    model["ApprovalRequestedOn"] = payload.get("ApprovalRequestedOn")
    model["SentOn"] = envelope.sent_on
    model["ReminderSentOn"] = envelope.reminders[-1] if envelope.reminders else None
    model["Hash"] = None
    model["AgentUrl"] = f"{base_url}/_sandbox/cases/{envelope.id}"
    model["EventCallback"] = payload.get("EventCallback")
    model["Rejected"] = _rejection(envelope)
    return model


def _party_model(item: dict[str, Any], party: Party | None, base_url: str) -> dict[str, Any]:
    signed = party is not None and party.state is PartyState.SIGNED
    signature_type = item.get("_SignatureType", "Touch") if signed else "Unknown"
    return {
        "Id": item["Id"],
        "Name": item["Name"],
        "GroupName": item.get("GroupName"),
        "EmailAddress": item.get("EmailAddress", ""),
        "SocialSecurityNumber": item.get("SocialSecurityNumber"),
        "EidSerialNumber": "",
        "SignedOn": party.acted_on if signed and party is not None else None,
        "SignatureData": None,
        "PartyUrl": signing_url(base_url, party) if party is not None else None,
        "MobilePhone": item.get("MobilePhone", ""),
        "Culture": item.get("Culture", ""),
        "AnyoneCanSign": item.get("AnyoneCanSign", False),
        "IpAddress": "127.0.0.1" if signed else "",
        "Provider": "Sandbox" if signed else "Unknown",
        "SignatureType": signature_type,
        "SignatureUrl": None,
    }


def _approver_model(item: dict[str, Any], party: Party | None) -> dict[str, Any]:
    approved = party is not None and party.state is PartyState.APPROVED
    return {
        "Id": item["Id"],
        "Name": item["Name"],
        "EmailAddress": item.get("EmailAddress", ""),
        "ApprovedOn": party.acted_on if approved and party is not None else None,
    }


def _rejection(envelope: Envelope) -> dict[str, Any] | None:
    for party in envelope.parties:
        if party.state is PartyState.DECLINED:
            return {"PartyId": party.id, "Name": party.name, "RejectedOn": party.acted_on}
    return None

"""Assently E-Sign v2 <-> the unified model: statuses, events, case JSON both ways. Pure functions, no I/O.

Every spelling we had to choose is a table here and a line in docs/providers.md.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from esign_desktop.domain.model import (
    Document,
    Envelope,
    EnvelopeEvent,
    EventSource,
    Field,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers import error_templates as templates
from esign_desktop.providers.errors import InvalidRequest
from esign_desktop.providers.json_shape import (
    JsonObject,
    expect_object,
    optional_bool,
    optional_int,
    optional_list,
    optional_object,
    optional_str,
    required_str,
)

# uuid5 namespace for the ids we choose: the same local envelope always gets the same case Id, so a retried
# create can be checked with getCase and never makes a second case.
CASE_ID_NAMESPACE = uuid.UUID("6f1c2a52-3b1e-5a53-9d1e-7e0b5e8c4a10")

# Lower-cased service spelling -> unified status. [REC] shows Draft/Sent; [RB] Finished; the rest [INF].
STATUS_FROM_ASSENTLY: Mapping[str, EnvelopeStatus] = {
    "draft": EnvelopeStatus.DRAFT,
    "pendingapproval": EnvelopeStatus.PENDING_APPROVAL,
    "pending_approval": EnvelopeStatus.PENDING_APPROVAL,
    "approvalrequested": EnvelopeStatus.PENDING_APPROVAL,
    "sent": EnvelopeStatus.SENT,
    "signed": EnvelopeStatus.SIGNED,
    "finished": EnvelopeStatus.COMPLETED,
    "completed": EnvelopeStatus.COMPLETED,
    "recalled": EnvelopeStatus.RECALLED,
    "rejected": EnvelopeStatus.REJECTED,
    "expired": EnvelopeStatus.EXPIRED,
    "deleted": EnvelopeStatus.DELETED,
    "failed": EnvelopeStatus.FAILED,  # the sandbox, when it could not make the final document
}

# Unified status -> the spelling sent in findCases' Status filter.
STATUS_TO_ASSENTLY: Mapping[EnvelopeStatus, str] = {
    EnvelopeStatus.DRAFT: "Draft",
    EnvelopeStatus.PENDING_APPROVAL: "PendingApproval",
    EnvelopeStatus.SENT: "Sent",
    EnvelopeStatus.SIGNED: "Signed",
    EnvelopeStatus.COMPLETED: "Finished",
    EnvelopeStatus.RECALLED: "Recalled",
    EnvelopeStatus.REJECTED: "Rejected",
    EnvelopeStatus.EXPIRED: "Expired",
    EnvelopeStatus.DELETED: "Deleted",
}

# The 15 trigger names of [RM-A]/[RB-Q] -> the unified status they imply (None: no status change).
EVENT_STATUS: Mapping[str, EnvelopeStatus | None] = {
    "created": EnvelopeStatus.DRAFT,
    "sent": EnvelopeStatus.SENT,
    "recalled": EnvelopeStatus.RECALLED,
    "finished": EnvelopeStatus.COMPLETED,
    "rejected": EnvelopeStatus.REJECTED,
    "expired": EnvelopeStatus.EXPIRED,
    "deleted": EnvelopeStatus.DELETED,
    "signatureadded": None,
    "approvalrequested": EnvelopeStatus.PENDING_APPROVAL,
    "reminded": None,
    "metadataupdated": None,
    "signed": EnvelopeStatus.SIGNED,
    "approvaladded": None,
    "rejectionadded": None,
    "finalapproval": EnvelopeStatus.SENT,  # every approver approved: the case goes out [INF]
}
EVENT_NAMES: tuple[str, ...] = tuple(EVENT_STATUS)

DEFAULT_SIGNATURE_TYPE = "electronicid"
RECEIPT_TYPE_WORD = "receipt"

LABEL = ProviderKind.ASSENTLY.label


def status_from_assently(raw: str) -> EnvelopeStatus:
    """Case-insensitive; an unknown word is treated as still out with the parties (SENT, keep polling)."""
    key = raw.strip().lower().replace(" ", "")
    return STATUS_FROM_ASSENTLY.get(key, EnvelopeStatus.SENT)


def case_id_for(local_id: str) -> str:
    return str(uuid.uuid5(CASE_ID_NAMESPACE, local_id))


def document_id_for(case_id: str, local_document_id: str) -> str:
    return uuid.uuid5(uuid.UUID(case_id), local_document_id).hex[:12]


def form_field_name(placed: Field) -> str:
    """The AcroForm name we ask for; the pdf layer may make it unique, and FormFields uses its answer."""
    return f"{placed.kind.value}_{placed.id}"


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document's final bytes (form fields already embedded) and its FormFields as (name, value)."""

    document: Document
    content: bytes
    form_fields: tuple[tuple[str, str], ...] = ()


def document_payload(case_id: str, prepared: PreparedDocument) -> dict[str, object]:
    content = prepared.content
    return {
        "Id": prepared.document.remote_id or document_id_for(case_id, prepared.document.id),
        "Filename": prepared.document.file_name,
        "Data": base64.b64encode(content).decode("ascii"),
        "ContentType": "application/pdf",
        "Size": len(content),
        "Hash": hashlib.sha512(content).hexdigest(),
        "FormFields": [{"Name": name, "Value": value} for name, value in prepared.form_fields],
    }


def party_payload(party: Party) -> dict[str, object]:
    body: dict[str, object] = {"Id": party.remote_id} if party.remote_id else {}
    return body | {
        "Name": party.name,
        "EmailAddress": party.email,
        "MobilePhone": party.phone,
        "SocialSecurityNumber": "",
        "Culture": party.language,
        "AnyoneCanSign": bool(party.any_one_of_group),
        "GroupName": party.any_one_of_group or None,
    }


def case_payload(
    envelope: Envelope, case_id: str, documents: Sequence[dict[str, object]]
) -> dict[str, object]:
    """The createCase / updateCase body for `envelope`."""
    unsupported = [p.display_name for p in envelope.parties if p.role is PartyRole.RECIPIENT]
    if unsupported:
        raise InvalidRequest(templates.NO_RECIPIENT_ONLY, LABEL, ", ".join(unsupported))
    signers = sorted(envelope.signers, key=lambda p: p.order)
    approvers = sorted((p for p in envelope.parties if p.role is PartyRole.APPROVER), key=lambda p: p.order)
    culture = next((p.language for p in signers if p.language), "en-US")
    body: dict[str, object] = {
        "Id": case_id,
        "Name": envelope.name,
        "NameAlias": "",
        "Description": "",
        "Culture": culture,
        "Parties": [party_payload(p) for p in signers],
        "Documents": list(documents),
        "AllowedSignatureTypes": allowed_signature_types(signers),
        "Metadata": dict(envelope.metadata),
        "SignInSequence": len({p.order for p in signers}) > 1,
        "ExpireAfterDays": envelope.expire_after_days,
        "RequestMessage": envelope.message or None,
        "SendSignRequestEmailToParties": True,
        "SendFinishEmailToParties": True,
        "SendFinishEmailToCreator": True,
        "ApprovalRequired": bool(approvers),
        "Approvers": [_approver_payload(p) for p in approvers],
    }
    return body


def _approver_payload(party: Party) -> dict[str, object]:
    body: dict[str, object] = {"Id": party.remote_id} if party.remote_id else {}
    return body | {"Name": party.name, "EmailAddress": party.email}


# Where a case lists its approvers: `Approvers` is what the sandbox and our requests use [INF]; the
# recorded case has `Stakeholders` (empty) and no `Approvers` [REC]. Answers are read under both.
APPROVER_KEYS = ("Approvers", "Stakeholders")


def approvers_of(case: JsonObject) -> list[JsonObject]:
    """The approvers of a case answer, under either spelling, each once (by Id, else e-mail)."""
    found: dict[str, JsonObject] = {}
    for key in APPROVER_KEYS:
        for item in optional_list(case, key):
            data = expect_object(item, "an approver")
            identity = (optional_str(data, "Id") or optional_str(data, "EmailAddress")).lower()
            found.setdefault(identity or str(len(found)), data)
    return list(found.values())


def merged_documents(envelope: Envelope, case: JsonObject) -> list[dict[str, object]]:
    """updateCase's Documents: every document the case has, as the service has it (Data left out), with
    our file name where we renamed one. Missing items would be deleted [SW-A]."""
    names = {d.remote_id.lower(): d.file_name for d in envelope.documents if d.remote_id}
    documents: list[dict[str, object]] = []
    for item in optional_list(case, "Documents"):
        data = dict(expect_object(item, "a document"))
        data.pop("Data", None)
        remote_id = optional_str(data, "Id").lower()
        if remote_id in names:
            data["Filename"] = names[remote_id]
        documents.append(data)
    return documents


def with_remote_ids(items: object, case: JsonObject, *keys: str) -> list[dict[str, object]]:
    """Our party items, each with the Id the case already gives that person (matched by e-mail, else by
    name), so an update keeps them instead of removing and re-adding them."""
    known: dict[str, str] = {}
    for key in keys:
        for existing in optional_list(case, key):
            data = expect_object(existing, "a party")
            remote_id = optional_str(data, "Id")
            for identity in (optional_str(data, "EmailAddress"), optional_str(data, "Name")):
                if remote_id and identity:
                    known.setdefault(identity.lower(), remote_id)
    result: list[dict[str, object]] = []
    for item in items if isinstance(items, list) else []:
        party = dict(item)
        if not party.get("Id"):
            identity = str(party.get("EmailAddress") or "") or str(party.get("Name") or "")
            if identity.lower() in known:
                party = {"Id": known[identity.lower()]} | party
        result.append(party)
    return result


def allowed_signature_types(signers: Sequence[Party]) -> list[str]:
    types: list[str] = []
    for party in signers:
        code = (party.sign_type or DEFAULT_SIGNATURE_TYPE).lower()
        if code not in types:
            types.append(code)
    return types or [DEFAULT_SIGNATURE_TYPE]


def parse_timestamp(value: str) -> datetime | None:
    """Assently sends local-looking timestamps without a zone ("2019-06-12T08:28:36"); read them as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def party_from_json(data: JsonObject, role: PartyRole, case_status: EnvelopeStatus) -> Party:
    signed_on = parse_timestamp(optional_str(data, "SignedOn") or optional_str(data, "ApprovedOn"))
    if signed_on is not None:
        status = PartyStatus.SIGNED if role is PartyRole.SIGNER else PartyStatus.APPROVED
    elif case_status is EnvelopeStatus.DRAFT:
        status = PartyStatus.NOT_SENT
    else:
        status = PartyStatus.WAITING
    remote_id = optional_str(data, "Id")
    email = optional_str(data, "EmailAddress")
    return Party(
        id=remote_id or email or optional_str(data, "Name"),
        role=role,
        name=optional_str(data, "Name"),
        email=email,
        phone=optional_str(data, "MobilePhone"),
        language=optional_str(data, "Culture"),
        any_one_of_group=optional_str(data, "GroupName") if optional_bool(data, "AnyoneCanSign") else "",
        status=status,
        acted_at=signed_on,
        signing_url=optional_str(data, "PartyUrl"),
        remote_id=remote_id,
    )


def is_receipt(data: JsonObject) -> bool:
    return RECEIPT_TYPE_WORD in optional_str(data, "Type").lower()


def document_from_json(data: JsonObject) -> Document:
    remote_id = required_str(data, "Id")
    return Document(
        id=remote_id,
        file_name=optional_str(data, "Filename") or f"{remote_id}.pdf",
        sha512=optional_str(data, "Hash").lower(),
        size=optional_int(data, "Size") or 0,
        pages=(),
        remote_id=remote_id,
    )


def envelope_from_case(value: object, local_id: str = "") -> Envelope:
    """A getCase / findCases item as an Envelope. `local_id` defaults to the case Id."""
    data = expect_object(value, "the case")
    case_id = required_str(data, "Id")
    provider_status = optional_str(data, "Status")
    status = status_from_assently(provider_status) if provider_status else EnvelopeStatus.DRAFT
    if failure := optional_str(data, "FailureReason"):
        provider_status = f"{provider_status}: {failure}"
    documents = [expect_object(d, "a document") for d in optional_list(data, "Documents")]
    parties = [
        party_from_json(expect_object(p, "a party"), PartyRole.SIGNER, status)
        for p in optional_list(data, "Parties")
    ]
    if optional_bool(data, "SignInSequence"):  # the parties sign in the order listed
        parties = [replace(party, order=number) for number, party in enumerate(parties, start=1)]
    parties += [party_from_json(p, PartyRole.APPROVER, status) for p in approvers_of(data)]
    parties = _with_rejection(parties, optional_object(data, "Rejected"))
    created = parse_timestamp(optional_str(data, "CreatedOn"))
    metadata = {str(k): "" if v is None else str(v) for k, v in optional_object(data, "Metadata").items()}
    envelope = Envelope(
        local_id=local_id or case_id,
        provider=ProviderKind.ASSENTLY,
        remote_id=case_id,
        name=optional_str(data, "Name"),
        status=status,
        provider_status=provider_status,
        documents=tuple(document_from_json(d) for d in documents if not is_receipt(d)),
        parties=tuple(parties),
        metadata=metadata,
        message=optional_str(data, "RequestMessage"),
        expire_after_days=optional_int(data, "ExpireAfterDays") or 0,
        sent_at=parse_timestamp(optional_str(data, "SentOn")),
        expires_at=parse_timestamp(optional_str(data, "ExpireOn")),
    )
    envelope = replace(envelope, events=service_events(data, envelope))
    if created is not None:
        envelope = replace(envelope, created_at=created, updated_at=created)
    return envelope


def receipt_of_case(value: object) -> Document | None:
    data = expect_object(value, "the case")
    for item in optional_list(data, "Documents"):
        document = expect_object(item, "a document")
        if is_receipt(document):
            return document_from_json(document)
    return None


def _with_rejection(parties: list[Party], rejected: JsonObject) -> list[Party]:
    """The case's `Rejected` record marks the party who declined (and when)."""
    party_id = optional_str(rejected, "PartyId")
    if not party_id:
        return parties
    at = parse_timestamp(optional_str(rejected, "RejectedOn"))
    return [
        replace(party, status=PartyStatus.DECLINED, acted_at=at or party.acted_at)
        if party.remote_id == party_id
        else party
        for party in parties
    ]


def service_events(data: JsonObject, envelope: Envelope) -> tuple[EnvelopeEvent, ...]:
    """The service's own record of what happened, read from the case's timestamps: sent, each signature,
    approval and rejection (with its reason when given), the last reminder, expiry."""
    events: list[EnvelopeEvent] = []

    def add(at: datetime | None, kind: str, party_id: str = "", detail: str = "") -> None:
        if at is not None:
            events.append(
                EnvelopeEvent(at, kind, party_id=party_id, detail=detail, source=EventSource.SERVICE)
            )

    add(parse_timestamp(optional_str(data, "ApprovalRequestedOn")), "approval_requested")
    add(envelope.sent_at, "sent")
    rejected = optional_object(data, "Rejected")
    reason = optional_str(rejected, "Reason") or optional_str(rejected, "Message")
    for party in envelope.parties:
        kind = {PartyStatus.SIGNED: "signed", PartyStatus.APPROVED: "approved"}.get(party.status)
        if party.status is PartyStatus.DECLINED:
            add(party.acted_at, "declined", party.id, reason)
        elif kind is not None:
            add(party.acted_at, kind, party.id)
    add(parse_timestamp(optional_str(data, "ReminderSentOn")), "reminded")
    if envelope.status is EnvelopeStatus.EXPIRED:
        add(envelope.expires_at, "expired")
    return tuple(sorted(events, key=lambda event: event.at))

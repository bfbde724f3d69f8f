"""The provider-neutral state of one envelope (an Assently case or a GMO Sign envelope) as stored.

Provider-specific request data lives in `payload` untouched; the signing life (parties, order, fields,
reminders) is kept here in one shape so both emulations share the same rules in `lifecycle`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

JsonDict = dict[str, Any]


class Provider(StrEnum):
    ASSENTLY = "assently"
    GMOSIGN = "gmosign"


class Role(StrEnum):
    SIGNER = "signer"
    APPROVER = "approver"


class PartyState(StrEnum):
    PENDING = "pending"  # not yet asked: waits for an earlier party, for approval or for sending
    WAITING = "waiting"  # asked, has not acted
    SIGNED = "signed"
    APPROVED = "approved"
    DECLINED = "declined"
    SKIPPED = "skipped"  # another member of an "or" group acted first


class Phase(StrEnum):
    """Where the envelope is in its life; each provider renders it with its own status word."""

    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    SENT = "sent"
    SIGNED = "signed"
    FINISHED = "finished"
    REJECTED = "rejected"
    RECALLED = "recalled"
    EXPIRED = "expired"
    FAILED = "failed"  # every party signed, but the final document could not be made (`Envelope.failure`)


@dataclass(slots=True)
class Party:
    id: str
    name: str
    email: str
    token: str
    role: Role = Role.SIGNER
    order: int = 0
    or_group: str | None = None  # members of one group: the first to act completes the group
    state: PartyState = PartyState.PENDING
    acted_on: str | None = None
    reminders: list[str] = field(default_factory=list)
    phone: str = ""

    def to_json(self) -> JsonDict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: JsonDict) -> Party:
        values = dict(data)
        values["role"] = Role(values["role"])
        values["state"] = PartyState(values["state"])
        return cls(**values)


@dataclass(slots=True)
class PlacedField:
    """A field to stamp on the final PDF.

    The rectangle is in fractions (0..1) of the page as displayed (after /Rotate, inside the CropBox),
    origin top-left; `page_no` is 1-based. `party_id` None means a sender-side value known up front.
    """

    document_id: str
    page_no: int
    left: float
    top: float
    right: float
    bottom: float
    kind: str  # "signature" | "date" | "text" | "checkbox"
    party_id: str | None = None
    text: str = ""
    field_name: str | None = None  # the AcroForm field this stamp fills (Assently)
    required: bool = False  # the party must fill it (text, date) or tick it (checkbox) to sign
    editable: bool = False  # the party fills it on the signing page; False: `text`/`checked` are final
    checked: bool = False  # checkbox: ticked (the initial state until the party signs)
    placeholder: str = ""  # a hint shown on the signing page, never stamped

    def to_json(self) -> JsonDict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: JsonDict) -> PlacedField:
        return cls(**data)


@dataclass(slots=True)
class DocumentRef:
    id: str
    name: str
    blob_key: str
    signed_blob_key: str | None = None

    def to_json(self) -> JsonDict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: JsonDict) -> DocumentRef:
        return cls(**data)


@dataclass(slots=True)
class Envelope:
    provider: Provider
    id: str
    name: str
    phase: Phase
    created_on: str
    temporary_id: int
    payload: JsonDict = field(default_factory=dict)
    parties: list[Party] = field(default_factory=list)
    documents: list[DocumentRef] = field(default_factory=list)
    fields: list[PlacedField] = field(default_factory=list)
    sent_on: str | None = None
    expire_on: str | None = None
    finished_on: str | None = None
    receipt_blob_key: str | None = None
    reminders: list[str] = field(default_factory=list)
    history: list[JsonDict] = field(default_factory=list)
    failure: str | None = None  # why the final document could not be made (phase FAILED)

    def to_json(self) -> JsonDict:
        return {
            "provider": self.provider.value,
            "id": self.id,
            "name": self.name,
            "phase": self.phase.value,
            "created_on": self.created_on,
            "temporary_id": self.temporary_id,
            "payload": self.payload,
            "parties": [party.to_json() for party in self.parties],
            "documents": [document.to_json() for document in self.documents],
            "fields": [placed.to_json() for placed in self.fields],
            "sent_on": self.sent_on,
            "expire_on": self.expire_on,
            "finished_on": self.finished_on,
            "receipt_blob_key": self.receipt_blob_key,
            "reminders": self.reminders,
            "history": self.history,
            "failure": self.failure,
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> Envelope:
        return cls(
            provider=Provider(data["provider"]),
            id=data["id"],
            name=data["name"],
            phase=Phase(data["phase"]),
            created_on=data["created_on"],
            temporary_id=data["temporary_id"],
            payload=data["payload"],
            parties=[Party.from_json(item) for item in data["parties"]],
            documents=[DocumentRef.from_json(item) for item in data["documents"]],
            fields=[PlacedField.from_json(item) for item in data["fields"]],
            sent_on=data["sent_on"],
            expire_on=data["expire_on"],
            finished_on=data["finished_on"],
            receipt_blob_key=data["receipt_blob_key"],
            reminders=data["reminders"],
            history=data["history"],
            failure=data.get("failure"),
        )

    def party(self, party_id: str) -> Party | None:
        return next((party for party in self.parties if party.id == party_id), None)

    def document(self, document_id: str) -> DocumentRef | None:
        return next((document for document in self.documents if document.id == document_id), None)

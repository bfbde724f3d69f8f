"""Envelopes and what they hold: documents, parties, fields, events.

Everything here is immutable; edits produce new objects with `dataclasses.replace`, which keeps undo,
autosave comparisons and cross-thread hand-over simple.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType

from esign_desktop.domain.geometry.rect import PageRect
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus


class ProviderKind(StrEnum):
    ASSENTLY = "assently"
    GMOSIGN = "gmosign"

    @property
    def label(self) -> str:
        return "Assently E-Sign" if self is ProviderKind.ASSENTLY else "GMO Sign"


class PartyRole(StrEnum):
    SIGNER = "signer"
    APPROVER = "approver"
    RECIPIENT = "recipient"  # receives the envelope and the result, signs nothing


class Affiliation(StrEnum):
    """GMO Sign distinguishes signers inside the sending company from outside partners."""

    IN_HOUSE = "in_house"
    EXTERNAL = "external"


class FieldKind(StrEnum):
    SIGNATURE = "signature"
    DATE = "date"
    TEXT = "text"
    CHECKBOX = "checkbox"


def new_id() -> str:
    """A random identifier for local objects (envelopes, parties, fields)."""
    import uuid  # here, not at the top: the first window shows before any id is made

    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class PageInfo:
    """One page as a viewer displays it: size in points after /Rotate and UserUnit."""

    width: float
    height: float
    rotation: int = 0  # the normalised /Rotate, kept to explain what the user sees


@dataclass(frozen=True, slots=True)
class Document:
    """A PDF in an envelope. `path` is our local copy; `remote_id` is the service's id once uploaded."""

    id: str
    file_name: str
    sha512: str
    size: int
    pages: tuple[PageInfo, ...]
    path: str = ""
    remote_id: str = ""
    has_signatures: bool = False  # already digitally signed: adding form fields would invalidate it

    @property
    def page_count(self) -> int:
        return len(self.pages)


UNNAMED_PARTY = "Unnamed party"  # display_name of a party with no name yet; the UI shows labels.party_name


@dataclass(frozen=True, slots=True)
class Party:
    """Someone the envelope goes to. `order` 1 signs first; equal orders sign in parallel."""

    id: str
    role: PartyRole = PartyRole.SIGNER
    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    affiliation: Affiliation = Affiliation.EXTERNAL
    order: int = 1
    sign_type: str = ""  # a code from the provider's own list (Capabilities.sign_types)
    access_code: str = ""
    attendant_email: str = ""  # signing in person (GMO Sign sign type 3): who is there with the signer
    language: str = ""
    may_delegate: bool = False
    any_one_of_group: str = ""  # parties sharing a non-empty group: any one of them signing is enough
    status: PartyStatus = PartyStatus.NOT_SENT
    acted_at: datetime | None = None
    signing_url: str = ""
    remote_id: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.email or self.phone or UNNAMED_PARTY


@dataclass(frozen=True, slots=True)
class Field:
    """A place on a page for a party to sign, date, type or tick.

    `party_id` empty means the sender fills the field (`value`) before sending.
    """

    id: str
    kind: FieldKind
    document: int  # index into Envelope.documents
    page: int  # 1-based
    rect: PageRect
    party_id: str = ""
    required: bool = True
    label: str = ""
    placeholder: str = ""
    font_size: float = 10.5
    checkbox_default: bool = False
    value: str = ""


@dataclass(frozen=True, slots=True)
class EnvelopeEvent:
    """One thing that happened to an envelope, as the service or this app saw it."""

    at: datetime
    kind: str  # e.g. "sent", "signatureadded", "status_changed", "reminded"
    status: EnvelopeStatus | None = None
    party_id: str = ""
    detail: str = ""
    source: str = ""  # EventSource: who saw it ("" in envelopes saved before the field existed: this app)
    actor: str = ""  # team mode: the user name of the desktop that did it (sent, reminded, recalled...)


class EventSource(StrEnum):
    """Where an EnvelopeEvent comes from, for the audit trail."""

    SERVICE = "service"  # the service's own record (a party's signing time, a rejection, a reminder)
    APP = "app"  # something done from this app (sent, reminded, recalled)
    SYNC = "sync"  # what the status sync observed (a status change between two looks)


def _frozen_mapping(values: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True, slots=True)
class Envelope:
    """A set of documents sent to parties for signature (Assently calls it a case)."""

    local_id: str
    provider: ProviderKind
    account_id: str = ""
    remote_id: str = ""
    name: str = ""
    status: EnvelopeStatus = EnvelopeStatus.DRAFT
    provider_status: str = ""
    documents: tuple[Document, ...] = ()
    parties: tuple[Party, ...] = ()
    fields: tuple[Field, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=_frozen_mapping)
    message: str = ""
    expire_after_days: int = 30
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    sent_at: datetime | None = None
    expires_at: datetime | None = None
    events: tuple[EnvelopeEvent, ...] = ()
    sent_by: str = ""  # team mode: the user name of the desktop that sent it

    def __post_init__(self) -> None:
        if not isinstance(self.metadata, MappingProxyType):
            object.__setattr__(self, "metadata", _frozen_mapping(self.metadata))

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def fields_of(self, party_id: str) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.party_id == party_id)

    @property
    def signers(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role is PartyRole.SIGNER)

    @property
    def signing_progress(self) -> tuple[int, int]:
        """(signed, total) over the signers, for "1 of 3 signed"."""
        signers = self.signers
        return sum(1 for p in signers if p.status is PartyStatus.SIGNED), len(signers)

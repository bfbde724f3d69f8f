"""What each service can do, declared once so the UI adapts instead of branching on provider names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from esign_desktop.domain.model import Affiliation, FieldKind, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus


class PlacementModel(StrEnum):
    COORDINATES = "coordinates"  # the service takes x/y positions (GMO Sign: integers 0..100)
    FORM_FIELDS = "form_fields"  # fields become AcroForm fields inside the PDF (Assently)


class StatusObservation(StrEnum):
    POLLING = "polling"  # the service answers "what is the status of X"
    WEBHOOK = "webhook"  # the service only calls back, and only on completion


class Action(StrEnum):
    LIST = "list"
    GET = "get"
    CREATE = "create"
    CREATE_FROM_TEMPLATE = "create_from_template"
    LIST_TEMPLATES = "list_templates"
    UPDATE = "update"
    UPDATE_METADATA = "update_metadata"
    SEND = "send"
    REQUEST_APPROVAL = "request_approval"
    REMIND = "remind"
    RECALL = "recall"
    DELETE = "delete"
    DOWNLOAD = "download"
    DOWNLOAD_RECEIPT = "download_receipt"
    GET_BY_TEMPORARY_ID = "get_by_temporary_id"
    SUBSCRIBE = "subscribe"


@dataclass(frozen=True, slots=True)
class SignTypeOption:
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class Capabilities:
    provider: ProviderKind
    placement: PlacementModel
    actions: frozenset[Action]
    observable_statuses: frozenset[EnvelopeStatus]
    observation: StatusObservation
    field_kinds: frozenset[FieldKind]
    party_roles: frozenset[PartyRole]
    affiliations: frozenset[Affiliation]
    sign_types: dict[Affiliation, tuple[SignTypeOption, ...]]
    languages: tuple[str, ...]
    grid_step: float | None  # the service's coordinate resolution as a page fraction, None when continuous
    font_sizes: tuple[float, ...]
    supports_any_one_of: bool
    max_documents: int
    partner_contact_by_phone: bool  # an external party may be reached by phone alone
    # Sign types signed in person, which need the e-mail address of the attendant [SW-G].
    attendant_sign_types: frozenset[str] = frozenset()

    def supports(self, action: Action) -> bool:
        return action in self.actions

    def default_sign_type(self, affiliation: Affiliation) -> str:
        options = self.sign_types.get(affiliation, ())
        return options[0].code if options else ""


_GMO_FONT_SIZES = (7.5, 8, 9, 10, 10.5, 11, 12, 14, 16, 18, 20, 22, 24, 26, 28, 32, 36, 48, 72)

ASSENTLY = Capabilities(
    provider=ProviderKind.ASSENTLY,
    placement=PlacementModel.FORM_FIELDS,
    actions=frozenset(Action),
    observable_statuses=frozenset(EnvelopeStatus),
    observation=StatusObservation.POLLING,
    field_kinds=frozenset(FieldKind),
    party_roles=frozenset({PartyRole.SIGNER, PartyRole.APPROVER}),
    affiliations=frozenset({Affiliation.EXTERNAL}),
    sign_types={
        Affiliation.EXTERNAL: (
            SignTypeOption("electronicid", "Electronic ID (BankID and similar)"),
            SignTypeOption("touch", "Touch (draw on screen)"),
            SignTypeOption("sms", "SMS code"),
            SignTypeOption("quickintent", "Quick intent (click to sign)"),
            SignTypeOption("signbyhand", "Sign by hand"),
        )
    },
    languages=("en-US", "sv-SE", "fi-FI"),
    grid_step=None,
    font_sizes=(8, 9, 10, 10.5, 11, 12, 14, 16, 18, 20, 24),
    supports_any_one_of=True,
    max_documents=20,
    partner_contact_by_phone=True,
)

GMOSIGN = Capabilities(
    provider=ProviderKind.GMOSIGN,
    placement=PlacementModel.COORDINATES,
    actions=frozenset(
        {
            Action.CREATE,
            Action.CREATE_FROM_TEMPLATE,
            Action.SEND,
            Action.DOWNLOAD,
            Action.SUBSCRIBE,
        }
    ),
    observable_statuses=frozenset({EnvelopeStatus.DRAFT, EnvelopeStatus.SENT, EnvelopeStatus.COMPLETED}),
    observation=StatusObservation.WEBHOOK,
    field_kinds=frozenset(FieldKind),
    party_roles=frozenset(PartyRole),
    affiliations=frozenset(Affiliation),
    sign_types={
        Affiliation.IN_HOUSE: (
            SignTypeOption("1", "Personal seal (certificate-based)"),
            SignTypeOption("2", "Contract seal (witness type)"),
        ),
        Affiliation.EXTERNAL: (
            SignTypeOption("1", "E-signature"),
            SignTypeOption("0", "Digital signature"),
            SignTypeOption("3", "Signature in person"),
        ),
    },
    languages=("ja", "en"),
    grid_step=0.01,
    font_sizes=_GMO_FONT_SIZES,
    supports_any_one_of=True,
    max_documents=10,
    partner_contact_by_phone=True,
    attendant_sign_types=frozenset({"3"}),
)

BY_PROVIDER = {ASSENTLY.provider: ASSENTLY, GMOSIGN.provider: GMOSIGN}


def capabilities_for(provider: ProviderKind) -> Capabilities:
    return BY_PROVIDER[provider]

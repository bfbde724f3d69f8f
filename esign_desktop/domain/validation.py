"""Everything that stops an envelope from being sent, in words the sender understands."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from esign_desktop.domain.capabilities import Capabilities, PlacementModel
from esign_desktop.domain.model import Affiliation, Envelope, Field, FieldKind, Party, PartyRole

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,19}$")


class Severity(StrEnum):
    BLOCKING = "blocking"  # sending is refused until fixed
    WARNING = "warning"  # allowed, but probably not what the sender wants


class Subject(StrEnum):
    """What a problem is about, so the UI can jump to it."""

    ENVELOPE = "envelope"
    DOCUMENT = "document"
    PARTY = "party"
    FIELD = "field"


class Template(StrEnum):
    """Every problem's English text with named placeholders; the UI translates it before filling it in.

    Placeholders: provider (a brand name), who (a party's display name), email, phone, language, document
    (a file name), page, page_count, kind (a FieldKind value), size, sizes, max, count.
    """

    # envelope
    NO_NAME = "Give the envelope a name."
    NO_DOCUMENT = "Add at least one PDF document."
    TOO_MANY_DOCUMENTS = "{provider} takes at most {max} documents per envelope; this one has {count}."
    DOCUMENT_WITHOUT_PAGES = "“{document}” has no pages."
    DOCUMENT_ALREADY_SIGNED = (
        "“{document}” is already digitally signed; adding fields to it would break those signatures. "
        "Remove its fields or use an unsigned copy."
    )
    NO_SIGNER = "Add at least one signer."
    EXPIRY_OUT_OF_RANGE = "Set the expiry between 1 and 365 days."
    # parties
    NO_SIGNERS_AT_PROVIDER = "{provider} has no signers; change the role of {who}."
    NO_APPROVERS_AT_PROVIDER = "{provider} has no approvers; change the role of {who}."
    NO_RECIPIENTS_AT_PROVIDER = "{provider} has no recipients; change the role of {who}."
    NO_IN_HOUSE_SIGNERS = "{provider} has no in-house signers; make {who} an external party."
    PARTY_WITHOUT_NAME = "Every party needs a name."
    EMAIL_LOOKS_WRONG = "The email address of {who} does not look right: “{email}”."
    PHONE_LOOKS_WRONG = "The phone number of {who} does not look right: “{phone}”."
    NO_EMAIL = "Add an email address for {who}."
    NO_EMAIL_OR_PHONE = "Add an email address for {who} or a phone number."
    NO_ATTENDANT_EMAIL = "{who} signs in person: add the email address of the attendant who will be there."
    ATTENDANT_EMAIL_LOOKS_WRONG = "The attendant's email address for {who} does not look right: “{email}”."
    ORDER_BELOW_ONE = "The signing order of {who} must be 1 or more."
    UNKNOWN_SIGN_TYPE = "Choose one of {provider}'s sign types for {who}."
    NO_ANY_ONE_OF_GROUP = "{provider} cannot let any one of a group sign; ungroup {who}."
    NO_SIGNATURE_FIELD = "{who} has no signature field; the service will choose where the signature goes."
    UNSUPPORTED_LANGUAGE = "{provider} cannot write to {who} in “{language}”."
    SHARED_EMAIL = "{email} is used by more than one party; each party needs its own address."
    # fields
    FIELD_KIND_UNSUPPORTED = "{provider} has no {kind} fields."
    FIELD_DOCUMENT_GONE = "A {kind} field belongs to a document that is no longer in the envelope."
    FIELD_PAGE_OUT_OF_RANGE = "A {kind} field is on page {page}, but “{document}” has {page_count} pages."
    FIELD_FONT_SIZE = (
        "A {kind} field on page {page} of “{document}” uses font size {size}; {provider} offers {sizes}."
    )
    SIGNATURE_FIELD_WITHOUT_PARTY = (
        "A {kind} field on page {page} of “{document}” has no party: choose who signs there."
    )
    FIELD_WITHOUT_PARTY = (
        "A {kind} field on page {page} of “{document}” has no party: choose who fills it in, "
        "or type its value yourself."
    )
    FIELD_PARTY_GONE = (
        "A {kind} field on page {page} of “{document}” belongs to a party who is no longer in the envelope."
    )
    FIELD_OF_APPROVER = (
        "A {kind} field on page {page} of “{document}” belongs to {who}, "
        "who is an approver and fills in nothing."
    )
    FIELD_OF_RECIPIENT = (
        "A {kind} field on page {page} of “{document}” belongs to {who}, "
        "who is a recipient and fills in nothing."
    )


Params = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason the envelope cannot be sent (or a warning).

    `message` is the English sentence (CLI, logs). The UI shows `template` translated and filled in with
    `params`; a problem built by hand with only a message has that message as its template and no params.
    """

    severity: Severity
    subject: Subject
    message: str
    subject_id: str = ""  # party or field id; document index as text
    template: str = ""
    params: Params = ()

    def __post_init__(self) -> None:
        if not self.template:
            object.__setattr__(self, "template", self.message)

    @classmethod
    def of(
        cls, severity: Severity, subject: Subject, template: Template, subject_id: str = "", **params: object
    ) -> Problem:
        """The problem `template` describes, filled in with `params` (each turned into text)."""
        texts = tuple((name, str(value)) for name, value in params.items())
        return cls(severity, subject, template.format(**dict(texts)), subject_id, template, texts)

    @property
    def param_map(self) -> dict[str, str]:
        return dict(self.params)


def validate(envelope: Envelope, capabilities: Capabilities) -> list[Problem]:
    """List every reason `envelope` cannot be sent yet with this provider, blocking ones first."""
    problems: list[Problem] = []
    problems += _envelope_problems(envelope, capabilities)
    problems += _party_problems(envelope, capabilities)
    problems += _field_problems(envelope, capabilities)
    return sorted(problems, key=lambda p: p.severity is not Severity.BLOCKING)


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.BLOCKING]


def _envelope_problems(envelope: Envelope, caps: Capabilities) -> list[Problem]:
    found: list[Problem] = []

    def block(
        template: Template, subject: Subject = Subject.ENVELOPE, subject_id: str = "", **params: object
    ) -> None:
        found.append(Problem.of(Severity.BLOCKING, subject, template, subject_id, **params))

    if not envelope.name.strip():
        block(Template.NO_NAME)
    if not envelope.documents:
        block(Template.NO_DOCUMENT)
    if len(envelope.documents) > caps.max_documents:
        block(
            Template.TOO_MANY_DOCUMENTS,
            provider=caps.provider.label,
            max=caps.max_documents,
            count=len(envelope.documents),
        )
    for index, document in enumerate(envelope.documents):
        if document.page_count == 0:
            block(Template.DOCUMENT_WITHOUT_PAGES, Subject.DOCUMENT, str(index), document=document.file_name)
        if (
            document.has_signatures
            and caps.placement is PlacementModel.FORM_FIELDS
            and any(f.document == index for f in envelope.fields)
        ):
            block(Template.DOCUMENT_ALREADY_SIGNED, Subject.DOCUMENT, str(index), document=document.file_name)
    if not envelope.signers:
        block(Template.NO_SIGNER)
    if not 1 <= envelope.expire_after_days <= 365:
        block(Template.EXPIRY_OUT_OF_RANGE)
    return found


_NO_ROLE_AT_PROVIDER = {
    PartyRole.SIGNER: Template.NO_SIGNERS_AT_PROVIDER,
    PartyRole.APPROVER: Template.NO_APPROVERS_AT_PROVIDER,
    PartyRole.RECIPIENT: Template.NO_RECIPIENTS_AT_PROVIDER,
}


def _party_problems(envelope: Envelope, caps: Capabilities) -> list[Problem]:
    found: list[Problem] = []
    provider = caps.provider.label
    for party in envelope.parties:
        who = party.display_name

        def block(template: Template, party: Party = party, **params: object) -> None:
            found.append(Problem.of(Severity.BLOCKING, Subject.PARTY, template, party.id, **params))

        if party.role not in caps.party_roles:
            block(_NO_ROLE_AT_PROVIDER[party.role], provider=provider, who=who)
            continue
        if party.affiliation not in caps.affiliations:
            block(Template.NO_IN_HOUSE_SIGNERS, provider=provider, who=who)
        if not party.name.strip():
            block(Template.PARTY_WITHOUT_NAME)
        found.extend(_contact_problems(party, caps))
        if party.order < 1:
            block(Template.ORDER_BELOW_ONE, who=who)
        if party.role is PartyRole.SIGNER:
            codes = {option.code for option in caps.sign_types.get(party.affiliation, ())}
            if codes and party.sign_type and party.sign_type not in codes:
                block(Template.UNKNOWN_SIGN_TYPE, provider=provider, who=who)
            if party.sign_type in caps.attendant_sign_types and party.sign_type in codes:
                if not party.attendant_email.strip():
                    block(Template.NO_ATTENDANT_EMAIL, who=who)
                elif not _EMAIL.match(party.attendant_email.strip()):
                    block(Template.ATTENDANT_EMAIL_LOOKS_WRONG, who=who, email=party.attendant_email)
            if party.any_one_of_group and not caps.supports_any_one_of:
                block(Template.NO_ANY_ONE_OF_GROUP, provider=provider, who=who)
            if not any(f.kind is FieldKind.SIGNATURE for f in envelope.fields_of(party.id)):
                found.append(
                    Problem.of(
                        Severity.WARNING, Subject.PARTY, Template.NO_SIGNATURE_FIELD, party.id, who=who
                    )
                )
        if party.language and party.language not in caps.languages:
            block(Template.UNSUPPORTED_LANGUAGE, provider=provider, who=who, language=party.language)
    found += _duplicate_contacts(envelope)
    return found


def _contact_problems(party: Party, caps: Capabilities) -> list[Problem]:
    found: list[Problem] = []
    who = party.display_name

    def block(template: Template, **params: object) -> None:
        found.append(Problem.of(Severity.BLOCKING, Subject.PARTY, template, party.id, **params))

    if party.email and not _EMAIL.match(party.email):
        block(Template.EMAIL_LOOKS_WRONG, who=who, email=party.email)
    if party.phone and not _PHONE.match(party.phone):
        block(Template.PHONE_LOOKS_WRONG, who=who, phone=party.phone)
    phone_is_enough = (
        caps.partner_contact_by_phone
        and party.affiliation is Affiliation.EXTERNAL
        and party.role is PartyRole.SIGNER
    )
    if not party.email and not (phone_is_enough and party.phone):
        block(Template.NO_EMAIL_OR_PHONE if phone_is_enough else Template.NO_EMAIL, who=who)
    return found


def _duplicate_contacts(envelope: Envelope) -> list[Problem]:
    # Both services address parties by email (GMO Sign links documents to signers by it).
    counts = Counter(p.email.strip().lower() for p in envelope.parties if p.email.strip())
    return [
        Problem.of(
            Severity.BLOCKING,
            Subject.PARTY,
            Template.SHARED_EMAIL,
            next(p.id for p in envelope.parties if p.email.strip().lower() == email),
            email=email,
        )
        for email, count in counts.items()
        if count > 1
    ]


def _field_problems(envelope: Envelope, caps: Capabilities) -> list[Problem]:
    found: list[Problem] = []
    for field in envelope.fields:
        problem = _field_problem(envelope, caps, field)
        if problem:
            template, params = problem
            found.append(Problem.of(Severity.BLOCKING, Subject.FIELD, template, field.id, **params))
    return found


def _field_problem(
    envelope: Envelope, caps: Capabilities, field: Field
) -> tuple[Template, dict[str, object]] | None:
    provider = caps.provider.label
    kind = field.kind.value
    if field.kind not in caps.field_kinds:
        return Template.FIELD_KIND_UNSUPPORTED, {"provider": provider, "kind": kind}
    if not 0 <= field.document < len(envelope.documents):
        return Template.FIELD_DOCUMENT_GONE, {"kind": kind}
    document = envelope.documents[field.document]
    where: dict[str, object] = {"kind": kind, "page": field.page, "document": document.file_name}
    if not 1 <= field.page <= document.page_count:
        return Template.FIELD_PAGE_OUT_OF_RANGE, where | {"page_count": document.page_count}
    if field.font_size not in caps.font_sizes and field.kind in {FieldKind.TEXT, FieldKind.DATE}:
        sizes = ", ".join(f"{s:g}" for s in caps.font_sizes)
        return Template.FIELD_FONT_SIZE, where | {
            "size": f"{field.font_size:g}",
            "provider": provider,
            "sizes": sizes,
        }
    if not field.party_id:
        if field.kind is FieldKind.SIGNATURE:
            return Template.SIGNATURE_FIELD_WITHOUT_PARTY, where
        if not field.value and field.kind is not FieldKind.CHECKBOX:
            return Template.FIELD_WITHOUT_PARTY, where
        return None
    party = envelope.party(field.party_id)
    if party is None:
        return Template.FIELD_PARTY_GONE, where
    if party.role is PartyRole.APPROVER:
        return Template.FIELD_OF_APPROVER, where | {"who": party.display_name}
    if party.role is PartyRole.RECIPIENT:
        return Template.FIELD_OF_RECIPIENT, where | {"who": party.display_name}
    return None

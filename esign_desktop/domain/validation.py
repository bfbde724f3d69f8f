"""Everything that stops an envelope from being sent, in words the sender understands."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
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


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    subject: Subject
    message: str
    subject_id: str = ""  # party or field id; document index as text


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

    def block(message: str, subject: Subject = Subject.ENVELOPE, subject_id: str = "") -> None:
        found.append(Problem(Severity.BLOCKING, subject, message, subject_id))

    if not envelope.name.strip():
        block("Give the envelope a name.")
    if not envelope.documents:
        block("Add at least one PDF document.")
    if len(envelope.documents) > caps.max_documents:
        block(
            f"{caps.provider.label} takes at most {caps.max_documents} documents per envelope; "
            f"this one has {len(envelope.documents)}."
        )
    for index, document in enumerate(envelope.documents):
        if document.page_count == 0:
            block(f"“{document.file_name}” has no pages.", Subject.DOCUMENT, str(index))
        if (
            document.has_signatures
            and caps.placement is PlacementModel.FORM_FIELDS
            and any(f.document == index for f in envelope.fields)
        ):
            block(
                f"“{document.file_name}” is already digitally signed; adding fields to it would break "
                "those signatures. Remove its fields or use an unsigned copy.",
                Subject.DOCUMENT,
                str(index),
            )
    if not envelope.signers:
        block("Add at least one signer.")
    if not 1 <= envelope.expire_after_days <= 365:
        block("Set the expiry between 1 and 365 days.")
    return found


def _party_problems(envelope: Envelope, caps: Capabilities) -> list[Problem]:
    found: list[Problem] = []
    for party in envelope.parties:
        who = party.display_name

        def block(message: str, party: Party = party) -> None:
            found.append(Problem(Severity.BLOCKING, Subject.PARTY, message, party.id))

        if party.role not in caps.party_roles:
            block(f"{caps.provider.label} has no {party.role.value}s; change the role of {who}.")
            continue
        if party.affiliation not in caps.affiliations:
            block(f"{caps.provider.label} has no in-house signers; make {who} an external party.")
        if not party.name.strip():
            block("Every party needs a name.")
        _contact_problems(party, caps, block)
        if party.order < 1:
            block(f"The signing order of {who} must be 1 or more.")
        if party.role is PartyRole.SIGNER:
            codes = {option.code for option in caps.sign_types.get(party.affiliation, ())}
            if codes and party.sign_type and party.sign_type not in codes:
                block(f"Choose one of {caps.provider.label}'s sign types for {who}.")
            if party.any_one_of_group and not caps.supports_any_one_of:
                block(f"{caps.provider.label} cannot let any one of a group sign; ungroup {who}.")
            if not any(f.kind is FieldKind.SIGNATURE for f in envelope.fields_of(party.id)):
                found.append(
                    Problem(
                        Severity.WARNING,
                        Subject.PARTY,
                        f"{who} has no signature field; the service will choose where the signature goes.",
                        party.id,
                    )
                )
        if party.language and party.language not in caps.languages:
            block(f"{caps.provider.label} cannot write to {who} in “{party.language}”.")
    found += _duplicate_contacts(envelope)
    return found


def _contact_problems(party: Party, caps: Capabilities, block: Callable[[str], None]) -> None:
    who = party.display_name
    if party.email and not _EMAIL.match(party.email):
        block(f"The email address of {who} does not look right: “{party.email}”.")
    if party.phone and not _PHONE.match(party.phone):
        block(f"The phone number of {who} does not look right: “{party.phone}”.")
    phone_is_enough = (
        caps.partner_contact_by_phone
        and party.affiliation is Affiliation.EXTERNAL
        and party.role is PartyRole.SIGNER
    )
    if not party.email and not (phone_is_enough and party.phone):
        block(f"Add an email address for {who}" + (" or a phone number." if phone_is_enough else "."))


def _duplicate_contacts(envelope: Envelope) -> list[Problem]:
    # Both services address parties by email (GMO Sign links documents to signers by it).
    counts = Counter(p.email.strip().lower() for p in envelope.parties if p.email.strip())
    return [
        Problem(
            Severity.BLOCKING,
            Subject.PARTY,
            f"{email} is used by more than one party; each party needs its own address.",
            next(p.id for p in envelope.parties if p.email.strip().lower() == email),
        )
        for email, count in counts.items()
        if count > 1
    ]


def _field_problems(envelope: Envelope, caps: Capabilities) -> list[Problem]:
    found: list[Problem] = []
    for field in envelope.fields:
        message = _field_problem(envelope, caps, field)
        if message:
            found.append(Problem(Severity.BLOCKING, Subject.FIELD, message, field.id))
    return found


def _field_problem(envelope: Envelope, caps: Capabilities, field: Field) -> str:
    what = f"A {field.kind.value} field"
    if field.kind not in caps.field_kinds:
        return f"{caps.provider.label} has no {field.kind.value} fields."
    if not 0 <= field.document < len(envelope.documents):
        return f"{what} belongs to a document that is no longer in the envelope."
    document = envelope.documents[field.document]
    where = f"{what} on page {field.page} of “{document.file_name}”"
    if not 1 <= field.page <= document.page_count:
        return f"{what} is on page {field.page}, but “{document.file_name}” has {document.page_count} pages."
    if field.font_size not in caps.font_sizes and field.kind in {FieldKind.TEXT, FieldKind.DATE}:
        sizes = ", ".join(f"{s:g}" for s in caps.font_sizes)
        return f"{where} uses font size {field.font_size:g}; {caps.provider.label} offers {sizes}."
    if not field.party_id:
        if field.kind is FieldKind.SIGNATURE:
            return f"{where} has no party: choose who signs there."
        if not field.value and field.kind is not FieldKind.CHECKBOX:
            return f"{where} has no party: choose who fills it in, or type its value yourself."
        return ""
    party = envelope.party(field.party_id)
    if party is None:
        return f"{where} belongs to a party who is no longer in the envelope."
    if party.role is not PartyRole.SIGNER:
        role = f"{_ARTICLE[party.role]} {party.role.value}"
        return f"{where} belongs to {party.display_name}, who is {role} and fills in nothing."
    return ""


_ARTICLE = {PartyRole.SIGNER: "a", PartyRole.APPROVER: "an", PartyRole.RECIPIENT: "a"}

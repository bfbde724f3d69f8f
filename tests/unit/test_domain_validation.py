"""`validate` names every reason an envelope cannot be sent, per provider capability."""

from __future__ import annotations

from dataclasses import replace

import pytest

from esign_desktop.domain.capabilities import ASSENTLY, GMOSIGN, Capabilities
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    Field,
    FieldKind,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.validation import Severity, Subject, blocking, validate

A4 = PageInfo(595.0, 842.0)


def ready_envelope(provider: ProviderKind) -> Envelope:
    document = Document(id="d1", file_name="nda.pdf", sha512="ab" * 64, size=1000, pages=(A4, A4))
    signer = Party(
        id="p1",
        name="Aiko Tanaka",
        email="aiko@example.com",
        sign_type="1" if provider is ProviderKind.GMOSIGN else "touch",
    )
    field = Field(
        id="f1",
        kind=FieldKind.SIGNATURE,
        document=0,
        page=2,
        rect=PageRect(0.1, 0.8, 0.4, 0.88),
        party_id="p1",
    )
    return Envelope(
        local_id="e1",
        provider=provider,
        name="NDA",
        documents=(document,),
        parties=(signer,),
        fields=(field,),
    )


@pytest.mark.parametrize("caps", [ASSENTLY, GMOSIGN], ids=lambda c: c.provider.value)
def test_a_complete_envelope_has_no_problem(caps: Capabilities) -> None:
    assert validate(ready_envelope(caps.provider), caps) == []


def test_an_empty_envelope_lists_every_missing_piece() -> None:
    problems = validate(Envelope(local_id="e", provider=ProviderKind.GMOSIGN), GMOSIGN)
    assert [p.message for p in problems] == [
        "Give the envelope a name.",
        "Add at least one PDF document.",
        "Add at least one signer.",
    ]
    assert all(p.severity is Severity.BLOCKING for p in problems)


def test_assently_has_no_in_house_signers_or_recipients() -> None:
    envelope = ready_envelope(ProviderKind.ASSENTLY)
    inside = replace(envelope.parties[0], affiliation=Affiliation.IN_HOUSE)
    recipient = Party(id="p2", role=PartyRole.RECIPIENT, name="Bo", email="bo@example.com")
    problems = blocking(validate(replace(envelope, parties=(inside, recipient)), ASSENTLY))
    messages = [p.message for p in problems]
    assert "Assently E-Sign has no in-house signers; make Aiko Tanaka an external party." in messages
    assert "Assently E-Sign has no recipients; change the role of Bo." in messages
    assert {p.subject_id for p in problems} == {"p1", "p2"}


def test_gmo_sign_accepts_in_house_signers_and_recipients() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    inside = replace(envelope.parties[0], affiliation=Affiliation.IN_HOUSE, sign_type="2")
    recipient = Party(id="p2", role=PartyRole.RECIPIENT, name="Bo", email="bo@example.com")
    assert validate(replace(envelope, parties=(inside, recipient)), GMOSIGN) == []


def test_sign_type_must_come_from_the_providers_list_for_that_affiliation() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    # "3" (in person) exists for partners only.
    inside = replace(envelope.parties[0], affiliation=Affiliation.IN_HOUSE, sign_type="3")
    problems = validate(replace(envelope, parties=(inside,)), GMOSIGN)
    assert [p.message for p in problems] == ["Choose one of GMO Sign's sign types for Aiko Tanaka."]


@pytest.mark.parametrize(
    ("email", "phone", "expected"),
    [
        ("", "", "Add an email address for Aiko Tanaka or a phone number."),
        ("aiko@", "", "The email address of Aiko Tanaka does not look right: “aiko@”."),
        ("", "12", "The phone number of Aiko Tanaka does not look right: “12”."),
    ],
)
def test_contact_details_are_checked(email: str, phone: str, expected: str) -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    party = replace(envelope.parties[0], email=email, phone=phone)
    messages = [p.message for p in blocking(validate(replace(envelope, parties=(party,)), GMOSIGN))]
    assert expected in messages


def test_an_external_signer_may_be_reached_by_phone_alone() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    party = replace(envelope.parties[0], email="", phone="+81 90 1234 5678")
    assert validate(replace(envelope, parties=(party,)), GMOSIGN) == []


def test_duplicate_email_addresses_are_refused() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    twin = replace(envelope.parties[0], id="p2", name="Aiko Again", email="AIKO@example.com ")
    messages = [p.message for p in validate(replace(envelope, parties=(*envelope.parties, twin)), GMOSIGN)]
    assert "aiko@example.com is used by more than one party; each party needs its own address." in messages


def test_fields_must_point_at_real_pages_and_parties() -> None:
    envelope = ready_envelope(ProviderKind.ASSENTLY)
    rect = PageRect(0.1, 0.1, 0.2, 0.2)
    fields = (
        Field(id="f-page", kind=FieldKind.TEXT, document=0, page=3, rect=rect, party_id="p1"),
        Field(id="f-doc", kind=FieldKind.TEXT, document=4, page=1, rect=rect, party_id="p1"),
        Field(id="f-ghost", kind=FieldKind.DATE, document=0, page=1, rect=rect, party_id="gone"),
        Field(id="f-nobody", kind=FieldKind.SIGNATURE, document=0, page=1, rect=rect),
        Field(id="f-sender", kind=FieldKind.TEXT, document=0, page=1, rect=rect, value="ACME Ltd"),
    )
    problems = validate(replace(envelope, fields=fields), ASSENTLY)
    by_field = {p.subject_id: p.message for p in problems if p.subject is Subject.FIELD}
    assert by_field == {
        "f-page": "A text field is on page 3, but “nda.pdf” has 2 pages.",
        "f-doc": "A text field belongs to a document that is no longer in the envelope.",
        "f-ghost": "A date field on page 1 of “nda.pdf” belongs to a party who is no longer in the envelope.",
        "f-nobody": "A signature field on page 1 of “nda.pdf” has no party: choose who signs there.",
    }
    # The signer lost their only signature field: a warning, not a block.
    warnings = [p for p in problems if p.severity is Severity.WARNING]
    assert [p.subject_id for p in warnings] == ["p1"]


def test_approvers_fill_in_nothing() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    approver = Party(id="p2", role=PartyRole.APPROVER, name="Boss", email="boss@example.com")
    field = replace(envelope.fields[0], id="f2", kind=FieldKind.TEXT, party_id="p2")
    problems = validate(
        replace(envelope, parties=(*envelope.parties, approver), fields=(*envelope.fields, field)), GMOSIGN
    )
    assert [p.message for p in problems] == [
        "A text field on page 2 of “nda.pdf” belongs to Boss, who is an approver and fills in nothing."
    ]


def test_gmo_font_sizes_are_a_fixed_list() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    text = Field(
        id="f2",
        kind=FieldKind.TEXT,
        document=0,
        page=1,
        rect=PageRect(0.1, 0.1, 0.3, 0.15),
        party_id="p1",
        font_size=13,
    )
    problems = validate(replace(envelope, fields=(*envelope.fields, text)), GMOSIGN)
    assert len(problems) == 1
    assert problems[0].message.startswith(
        "A text field on page 1 of “nda.pdf” uses font size 13; GMO Sign offers 7.5, 8,"
    )


def test_signed_documents_cannot_take_assently_form_fields() -> None:
    envelope = ready_envelope(ProviderKind.ASSENTLY)
    signed = replace(envelope.documents[0], has_signatures=True)
    problems = blocking(validate(replace(envelope, documents=(signed,)), ASSENTLY))
    assert [p.subject for p in problems] == [Subject.DOCUMENT]
    # GMO Sign stamps on its own layer, so the same envelope is fine there.
    gmo = replace(ready_envelope(ProviderKind.GMOSIGN), documents=(signed,))
    assert validate(gmo, GMOSIGN) == []


def test_blocking_problems_come_before_warnings() -> None:
    envelope = replace(ready_envelope(ProviderKind.ASSENTLY), name="", fields=())
    severities = [p.severity for p in validate(envelope, ASSENTLY)]
    assert severities == [Severity.BLOCKING, Severity.WARNING]


# ---- fields the sender fills (no party): a required one must be filled before sending ---------------------


def _sender_field_problems(**changes: object) -> list[str]:
    field = Field(id="f", kind=FieldKind.TEXT, document=0, page=1, rect=PageRect(0.1, 0.1, 0.3, 0.2))
    envelope = replace(ready_envelope(ProviderKind.GMOSIGN), fields=(replace(field, **changes),))  # type: ignore[arg-type]
    return [p.message for p in validate(envelope, GMOSIGN) if p.subject_id == "f"]


def test_a_required_empty_sender_text_field_blocks_with_what_to_do() -> None:
    [message] = _sender_field_problems(value="  ")
    assert message == (
        "A required text field on page 1 of “nda.pdf” is empty and no party fills it: "
        "type its value, make it optional, or choose who fills it in."
    )
    assert _sender_field_problems(value="Acme KK") == []


def test_a_required_sender_checkbox_must_be_ticked() -> None:
    [message] = _sender_field_problems(kind=FieldKind.CHECKBOX)
    assert message.startswith(
        "A required checkbox on page 1 of “nda.pdf” is not ticked and no party ticks it"
    )
    assert _sender_field_problems(kind=FieldKind.CHECKBOX, checkbox_default=True) == []
    assert _sender_field_problems(kind=FieldKind.CHECKBOX, required=False) == []


def test_signing_in_person_needs_the_attendants_email() -> None:
    envelope = ready_envelope(ProviderKind.GMOSIGN)
    in_person = replace(envelope.parties[0], sign_type="3")
    problems = validate(replace(envelope, parties=(in_person,)), GMOSIGN)
    assert [p.message for p in problems] == [
        "Aiko Tanaka signs in person: add the email address of the attendant who will be there."
    ]
    typo = replace(in_person, attendant_email="front desk")
    assert "does not look right" in validate(replace(envelope, parties=(typo,)), GMOSIGN)[0].message
    ready = replace(in_person, attendant_email="desk@example.com")
    assert validate(replace(envelope, parties=(ready,)), GMOSIGN) == []

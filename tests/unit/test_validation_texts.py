"""Every readiness problem carries a template the UI can translate; the UI lists each template for lupdate.

Crafted envelopes reach every `Template` of the domain, so a new problem built without one (or a template the
UI's list lacks) fails here.
"""

from __future__ import annotations

from dataclasses import replace

from esign_desktop.domain.capabilities import ASSENTLY, GMOSIGN
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
from esign_desktop.domain.validation import Problem, Severity, Subject, Template, validate
from esign_desktop.ui.editor.party_problem_fields import (
    PartyAttribute,
    attribute_of,
    is_field_party_problem,
    texts_by_attribute,
)
from esign_desktop.ui.validation_texts import TRANSLATABLE_TEMPLATES, positional, problem_text

A4 = PageInfo(595.0, 842.0)
RECT = PageRect(0.1, 0.8, 0.4, 0.88)


def _document(name: str, *, pages: int = 1, signed: bool = False) -> Document:
    return Document(id=name, file_name=name, sha512="", size=0, pages=(A4,) * pages, has_signatures=signed)


def _field(field_id: str, kind: FieldKind, party_id: str = "", **changes: object) -> Field:
    field = Field(id=field_id, kind=kind, document=0, page=1, rect=RECT, party_id=party_id)
    return replace(field, **changes)  # type: ignore[arg-type]


def _envelope(provider: ProviderKind, *parties: Party, **changes: object) -> Envelope:
    envelope = Envelope(local_id="e", provider=provider, name="Lease", documents=(_document("lease.pdf"),))
    return replace(envelope, parties=parties, **changes)  # type: ignore[arg-type]


def problems_of_every_kind() -> list[Problem]:
    signer = Party(id="s", name="Sam", email="sam@example.com")
    approver = Party(id="a", role=PartyRole.APPROVER, name="Ann", email="ann@example.com")
    recipient = Party(id="r", role=PartyRole.RECIPIENT, name="Rut", email="rut@example.com")
    broken = Party(
        id="b", email="bad", phone="x", order=0, sign_type="zz", language="xx", any_one_of_group="G"
    )
    no_contact_signer = Party(id="n", name="Nils")
    no_contact_approver = Party(id="m", role=PartyRole.APPROVER, name="Maj")
    twin = Party(id="t", name="Tove", email="SAM@example.com")
    in_house = Party(id="i", name="Ida", email="ida@example.com", affiliation=Affiliation.IN_HOUSE)
    in_person = Party(id="p", name="Pia", email="pia@example.com", sign_type="3")
    in_person_typo = replace(in_person, id="q", email="q@example.com", attendant_email="desk")
    gmo_fields = (
        _field("sig", FieldKind.SIGNATURE, "s"),
        _field("gone-document", FieldKind.DATE, "s", document=5),
        _field("far-page", FieldKind.SIGNATURE, "s", page=9),
        _field("tiny", FieldKind.TEXT, "s", font_size=7.0),
        _field("unassigned-signature", FieldKind.SIGNATURE),
        _field("unassigned-text", FieldKind.TEXT),
        _field("unassigned-optional-text", FieldKind.TEXT, required=False),
        _field("unassigned-box", FieldKind.CHECKBOX),
        _field("ghost", FieldKind.SIGNATURE, "ghost"),
        _field("approver-field", FieldKind.TEXT, "a"),
        _field("recipient-field", FieldKind.DATE, "r"),
    )
    signed_on_assently = _envelope(
        ProviderKind.ASSENTLY,
        signer,
        documents=(_document("signed.pdf", signed=True), _document("empty.pdf", pages=0)),
        fields=(_field("sig", FieldKind.SIGNATURE, "s"),),
    )
    return [
        *validate(Envelope(local_id="e", provider=ProviderKind.GMOSIGN, expire_after_days=0), GMOSIGN),
        *validate(signed_on_assently, replace(ASSENTLY, max_documents=1)),
        *validate(_envelope(ProviderKind.GMOSIGN, signer), replace(GMOSIGN, party_roles=frozenset())),
        *validate(_envelope(ProviderKind.ASSENTLY, recipient, approver, in_house), ASSENTLY),
        *validate(
            _envelope(ProviderKind.GMOSIGN, approver),
            replace(GMOSIGN, party_roles=frozenset({PartyRole.SIGNER})),
        ),
        *validate(
            _envelope(ProviderKind.ASSENTLY, broken, no_contact_signer, no_contact_approver, signer, twin),
            replace(ASSENTLY, supports_any_one_of=False),
        ),
        *validate(_envelope(ProviderKind.GMOSIGN, signer, approver, recipient, fields=gmo_fields), GMOSIGN),
        *validate(
            _envelope(ProviderKind.GMOSIGN, signer, fields=(_field("text", FieldKind.TEXT, "s"),)),
            replace(GMOSIGN, field_kinds=frozenset({FieldKind.SIGNATURE})),
        ),
        *validate(_envelope(ProviderKind.GMOSIGN, in_person, in_person_typo), GMOSIGN),
    ]


def test_crafted_envelopes_reach_every_template() -> None:
    reached = {p.template for p in problems_of_every_kind()}
    assert reached == set(Template), f"never reached: {sorted(set(Template) - reached)}"


def test_every_problem_is_its_template_filled_with_its_params() -> None:
    for problem in problems_of_every_kind():
        assert problem.template in set(Template)
        assert problem.message == problem.template.format(**problem.param_map)
        assert all(isinstance(value, str) for _, value in problem.params)


def test_the_ui_marks_every_template_for_translation() -> None:
    assert len(TRANSLATABLE_TEMPLATES) == len(set(TRANSLATABLE_TEMPLATES))
    missing = sorted(t for t in Template if positional(t)[0] not in set(TRANSLATABLE_TEMPLATES))
    assert not missing, f"add to esign_desktop/ui/validation_texts.py: {missing}"
    stale = sorted(set(TRANSLATABLE_TEMPLATES) - {positional(t)[0] for t in Template})
    assert not stale, f"no longer in domain/validation.py: {stale}"


def test_without_a_translator_the_text_is_the_english_message() -> None:
    for problem in problems_of_every_kind():
        assert problem_text(problem) == problem.message


def test_a_problem_built_from_a_message_alone_keeps_it() -> None:
    problem = Problem(Severity.WARNING, Subject.PARTY, "Bert has {odd} braces.", "bert")
    assert problem.template == problem.message
    assert problem.params == ()
    assert problem_text(problem) == "Bert has {odd} braces."
    assert attribute_of(problem) is PartyAttribute.WHOLE


def test_party_problems_map_to_inputs_by_template() -> None:
    problems = problems_of_every_kind()
    by_template = {p.template: attribute_of(p) for p in problems if p.subject is Subject.PARTY}
    assert by_template[Template.NO_EMAIL_OR_PHONE] is PartyAttribute.EMAIL
    assert by_template[Template.SHARED_EMAIL] is PartyAttribute.EMAIL
    assert by_template[Template.NO_RECIPIENTS_AT_PROVIDER] is PartyAttribute.ROLE
    assert by_template[Template.NO_ANY_ONE_OF_GROUP] is PartyAttribute.GROUP
    assert by_template[Template.NO_SIGNATURE_FIELD] is PartyAttribute.WHOLE
    only_whole = [t for t, attribute in by_template.items() if attribute is PartyAttribute.WHOLE]
    assert only_whole == [Template.NO_SIGNATURE_FIELD]

    field_party = {p.template for p in problems if is_field_party_problem(p)}
    assert Template.FIELD_OF_RECIPIENT in field_party
    assert Template.FIELD_PARTY_GONE in field_party
    assert Template.FIELD_FONT_SIZE not in field_party


def test_texts_by_attribute_gives_the_sentences_of_one_party() -> None:
    texts = texts_by_attribute(problems_of_every_kind(), "b")
    assert texts[PartyAttribute.NAME] == ["Every party needs a name."]
    assert texts[PartyAttribute.PHONE] == ["The phone number of bad does not look right: “x”."]
    assert PartyAttribute.ROLE not in texts

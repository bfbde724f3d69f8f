from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    Field,
    FieldKind,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.layouts import (
    apply_layout,
    apply_saved_layout,
    layout_from_envelope,
    save_layout,
)
from esign_desktop.storage.database import Database
from esign_desktop.storage.errors import NotFoundError
from esign_desktop.storage.layouts import LayoutStore
from tests.pdf_factory import PageSpec, make_pdf


def _document(tmp_path: Path, name: str, pages: int) -> Document:
    path = make_pdf(tmp_path / name, [PageSpec()] * pages)
    return domain_document(inspect_pdf(path), path)


@pytest.fixture
def source(tmp_path: Path) -> Envelope:
    parties = (
        Party(
            id="boss",
            role=PartyRole.SIGNER,
            name="Boss",
            email="boss@example.com",
            order=2,
            affiliation=Affiliation.IN_HOUSE,
            sign_type="2",
            access_code="1234",
            phone="+46 70 123 45 67",
        ),
        Party(
            id="client",
            role=PartyRole.SIGNER,
            name="Client",
            email="client@example.com",
            order=1,
            sign_type="1",
            may_delegate=True,
        ),
        Party(id="legal", role=PartyRole.APPROVER, name="Legal", email="legal@example.com", order=1),
    )
    fields = (
        Field(
            id="s-client",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.8, 0.4, 0.9),
            party_id="client",
        ),
        Field(
            id="s-boss",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=3,
            rect=PageRect(0.5, 0.8, 0.9, 0.9),
            party_id="boss",
        ),
        Field(
            id="note",
            kind=FieldKind.TEXT,
            document=0,
            page=2,
            rect=PageRect(0.1, 0.1, 0.9, 0.2),
            label="Reference",
            value="Secret deal 42",
        ),
    )
    return Envelope(
        local_id="src",
        provider=ProviderKind.GMOSIGN,
        name="NDA with ACME",
        documents=(_document(tmp_path, "nda-acme.pdf", 3),),
        parties=parties,
        fields=fields,
    )


def test_layout_keeps_roles_and_places_but_nothing_personal(source: Envelope) -> None:
    layout = layout_from_envelope("  NDA  ", source)
    assert layout.name == "NDA"
    assert layout.provider is ProviderKind.GMOSIGN
    assert [(p.role, p.order, p.affiliation, p.sign_type, p.may_delegate) for p in layout.parties] == [
        (PartyRole.SIGNER, 2, Affiliation.IN_HOUSE, "2", False),
        (PartyRole.SIGNER, 1, Affiliation.EXTERNAL, "1", True),
        (PartyRole.APPROVER, 1, Affiliation.EXTERNAL, "", False),
    ]
    text = repr(layout)
    for personal in ("Boss", "boss@example.com", "1234", "+46", "Client", "Secret deal", "src"):
        assert personal not in text
    owners = {f.page: f.party_id for f in layout.fields}
    roles = {p.id: p for p in layout.parties}
    assert roles[owners[1]].order == 1  # the client's template
    assert roles[owners[3]].affiliation is Affiliation.IN_HOUSE  # the boss's template
    assert owners[2] == ""
    assert [f.rect for f in layout.fields] == [f.rect for f in source.fields]
    with pytest.raises(ValueError, match="name"):
        layout_from_envelope(" ", source)


def test_apply_to_a_fresh_envelope_creates_parties_from_roles(tmp_path: Path, source: Envelope) -> None:
    layout = layout_from_envelope("NDA", source)
    target = Envelope(
        local_id="new", provider=ProviderKind.GMOSIGN, documents=(_document(tmp_path, "nda-other.pdf", 3),)
    )

    applied = apply_layout(target, layout)

    assert applied.not_placed == ()
    assert len(applied.created_parties) == 3
    assert all(not p.name and not p.email for p in applied.created_parties)
    envelope = applied.envelope
    by_page = {f.page: f for f in envelope.fields}
    assert {f.rect for f in envelope.fields} == {f.rect for f in source.fields}
    boss_like = envelope.party(by_page[3].party_id)
    client_like = envelope.party(by_page[1].party_id)
    assert boss_like is not None
    assert boss_like.affiliation is Affiliation.IN_HOUSE
    assert boss_like.order == 2
    assert client_like is not None
    assert client_like.may_delegate
    assert client_like.order == 1
    assert by_page[2].party_id == ""
    assert by_page[2].value == ""
    assert len({f.id for f in envelope.fields} | {f.id for f in source.fields}) == 6  # fresh field ids


def test_apply_maps_roles_onto_existing_parties_by_signing_order(tmp_path: Path, source: Envelope) -> None:
    layout = layout_from_envelope("NDA", source)
    first = Party(id="p-first", role=PartyRole.SIGNER, name="First", order=1)
    second = Party(id="p-second", role=PartyRole.SIGNER, name="Second", order=2)
    target = Envelope(
        local_id="new",
        provider=ProviderKind.GMOSIGN,
        documents=(_document(tmp_path, "nda-other.pdf", 3),),
        parties=(second, first),
    )

    applied = apply_layout(target, layout)

    owners = {f.page: f.party_id for f in applied.envelope.fields}
    assert owners[1] == "p-first"  # the layout's order-1 signer
    assert owners[3] == "p-second"
    assert [p.role for p in applied.created_parties] == [PartyRole.APPROVER]  # no approver existed
    assert applied.envelope.parties[:2] == (second, first)


def test_fields_on_missing_pages_or_documents_are_reported(tmp_path: Path, source: Envelope) -> None:
    layout = layout_from_envelope("NDA", source)
    short = Envelope(
        local_id="new",
        provider=ProviderKind.GMOSIGN,
        documents=(_document(tmp_path, "cover.pdf", 1), _document(tmp_path, "short.pdf", 2)),
    )

    onto_second = apply_layout(short, layout, target_documents=[1])

    assert [f.page for f in onto_second.not_placed] == [3]
    assert {(f.document, f.page) for f in onto_second.envelope.fields} == {(1, 1), (1, 2)}
    nothing = apply_layout(short, layout, target_documents=[])
    assert len(nothing.not_placed) == 3
    assert nothing.envelope.fields == ()


def test_a_layout_of_another_provider_is_refused(tmp_path: Path, source: Envelope) -> None:
    layout = layout_from_envelope("NDA", source)
    assently = Envelope(local_id="a", provider=ProviderKind.ASSENTLY)
    with pytest.raises(ValueError, match="GMO Sign"):
        apply_layout(assently, layout)


def test_save_and_apply_through_the_store(tmp_path: Path, source: Envelope) -> None:
    store = LayoutStore(Database.in_memory())
    saved = save_layout(store, "NDA", source)
    assert store.load(ProviderKind.GMOSIGN, "NDA") == saved
    target = Envelope(
        local_id="new", provider=ProviderKind.GMOSIGN, documents=(_document(tmp_path, "other.pdf", 3),)
    )
    applied = apply_saved_layout(store, "NDA", target)
    assert len(applied.placed) == 3
    with pytest.raises(NotFoundError, match="no saved layout"):
        apply_saved_layout(store, "Lease", target)

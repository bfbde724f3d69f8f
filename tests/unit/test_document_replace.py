from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, Party, ProviderKind
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.document_replace import replace_document
from esign_desktop.services.field_descriptions import describe_field
from tests.pdf_factory import A4, PageSpec, make_pdf


def _document(path: Path) -> Document:
    return domain_document(inspect_pdf(path), path)


def _field(field_id: str, document: int, page: int, rect: PageRect | None = None) -> Field:
    return Field(
        id=field_id,
        kind=FieldKind.SIGNATURE,
        document=document,
        page=page,
        rect=rect or PageRect(0.1, 0.2, 0.3, 0.25),
        party_id="anna",
    )


@pytest.fixture
def three_pages(tmp_path: Path) -> Document:
    return _document(make_pdf(tmp_path / "contract-v1.pdf", [PageSpec(), PageSpec(), PageSpec()]))


@pytest.fixture
def annex(tmp_path: Path) -> Document:
    return _document(make_pdf(tmp_path / "annex.pdf", [PageSpec(), PageSpec()]))


def _envelope(*documents: Document, fields: tuple[Field, ...] = ()) -> Envelope:
    return Envelope(
        local_id="e1",
        provider=ProviderKind.GMOSIGN,
        documents=documents,
        parties=(Party(id="anna", name="Anna"),),
        fields=fields,
    )


def test_fields_on_pages_that_still_exist_are_kept_at_the_same_fraction(
    tmp_path: Path, three_pages: Document, annex: Document
) -> None:
    rect = PageRect(0.55, 0.8, 0.9, 0.88)
    fields = (_field("p1", 0, 1, rect), _field("p3", 0, 3), _field("annex", 1, 2))
    envelope = _envelope(three_pages, annex, fields=fields)
    shorter = _document(make_pdf(tmp_path / "contract-v2.pdf", [PageSpec(), PageSpec()]))

    result = replace_document(envelope, 0, shorter)

    assert result.envelope.documents == (shorter, annex)
    assert [f.id for f in result.kept] == ["p1"]
    assert [f.id for f in result.dropped] == ["p3"]
    assert result.lost_anything
    assert result.reshaped == ()
    assert {f.id: f for f in result.envelope.fields} == {"p1": fields[0], "annex": fields[2]}
    assert result.envelope.fields[0].rect == rect


def test_kept_fields_on_a_page_that_changed_shape_are_flagged(tmp_path: Path, three_pages: Document) -> None:
    envelope = _envelope(three_pages, fields=(_field("p1", 0, 1), _field("p2", 0, 2)))
    landscape_second = _document(
        make_pdf(tmp_path / "v2.pdf", [PageSpec(), PageSpec(A4[1], A4[0]), PageSpec()])
    )

    result = replace_document(envelope, 0, landscape_second)

    assert [f.id for f in result.kept] == ["p1", "p2"]
    assert [f.id for f in result.reshaped] == ["p2"]
    assert not result.lost_anything


def test_replacing_with_more_pages_keeps_everything(tmp_path: Path, annex: Document) -> None:
    envelope = _envelope(annex, fields=(_field("a", 0, 2),))
    longer = _document(make_pdf(tmp_path / "annex-v2.pdf", [PageSpec()] * 4))
    result = replace_document(envelope, 0, longer)
    assert result.envelope.fields == envelope.fields
    assert result.dropped == ()


def test_replacing_a_missing_index_is_refused(annex: Document) -> None:
    with pytest.raises(IndexError):
        replace_document(_envelope(annex), 1, annex)


def test_dropped_fields_are_described_for_the_user(three_pages: Document, annex: Document) -> None:
    envelope = _envelope(three_pages, annex, fields=(_field("p3", 0, 3),))
    assert (
        describe_field(envelope.fields[0], envelope)
        == "Signature field for Anna on page 3 of “contract-v1.pdf”"
    )

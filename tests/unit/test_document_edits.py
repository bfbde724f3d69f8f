from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, ProviderKind
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.document_edits import (
    add_document,
    move_document,
    remove_document,
    reorder_documents,
)
from tests.pdf_factory import PageSpec, make_pdf


@pytest.fixture
def documents(tmp_path: Path) -> tuple[Document, Document, Document]:
    def document(name: str, pages: int) -> Document:
        path = make_pdf(tmp_path / name, [PageSpec()] * pages)
        return domain_document(inspect_pdf(path), path)

    return document("a.pdf", 1), document("b.pdf", 2), document("c.pdf", 3)


def _field(field_id: str, document: int) -> Field:
    return Field(id=field_id, kind=FieldKind.TEXT, document=document, page=1, rect=PageRect(0, 0, 0.5, 0.5))


@pytest.fixture
def envelope(documents: tuple[Document, Document, Document]) -> Envelope:
    return Envelope(
        local_id="e",
        provider=ProviderKind.ASSENTLY,
        documents=documents,
        fields=(_field("on-a", 0), _field("on-b", 1), _field("on-c", 2), _field("also-c", 2)),
    )


def _file_of_each_field(envelope: Envelope) -> dict[str, str]:
    return {f.id: envelope.documents[f.document].file_name for f in envelope.fields}


def test_removing_a_document_drops_its_fields_and_reindexes_the_rest(envelope: Envelope) -> None:
    removal = remove_document(envelope, 1)
    assert [d.file_name for d in removal.envelope.documents] == ["a.pdf", "c.pdf"]
    assert [f.id for f in removal.removed_fields] == ["on-b"]
    assert removal.document.file_name == "b.pdf"
    assert _file_of_each_field(removal.envelope) == {"on-a": "a.pdf", "on-c": "c.pdf", "also-c": "c.pdf"}


@pytest.mark.parametrize(("source", "target"), [(0, 2), (2, 0), (1, 0), (1, 1)])
def test_moving_a_document_keeps_every_field_on_its_file(
    envelope: Envelope, source: int, target: int
) -> None:
    moved = move_document(envelope, source, target)
    assert moved.documents[target] == envelope.documents[source]
    assert _file_of_each_field(moved) == _file_of_each_field(envelope)


def test_reorder_by_ids(envelope: Envelope) -> None:
    ids = [d.id for d in envelope.documents]
    reordered = reorder_documents(envelope, [ids[2], ids[0], ids[1]])
    assert [d.file_name for d in reordered.documents] == ["c.pdf", "a.pdf", "b.pdf"]
    assert _file_of_each_field(reordered) == _file_of_each_field(envelope)
    with pytest.raises(ValueError, match="exactly once"):
        reorder_documents(envelope, [ids[0], ids[0], ids[1]])


def test_add_appends_and_refuses_the_same_document_twice(envelope: Envelope) -> None:
    removed = remove_document(envelope, 0)
    added = add_document(removed.envelope, removed.document)
    assert added.documents[-1] == envelope.documents[0]
    assert _file_of_each_field(added) == {"on-b": "b.pdf", "on-c": "c.pdf", "also-c": "c.pdf"}
    with pytest.raises(ValueError, match="already"):
        add_document(added, removed.document)
    with pytest.raises(IndexError):
        remove_document(envelope, 3)

"""Adding, removing and reordering an envelope's documents while keeping every field on its own document.

`Field.document` is an index into `Envelope.documents`, so any change to that tuple must re-index the fields
in the same step; these functions are the only place that does it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from esign_desktop.domain.model import Document, Envelope, Field


@dataclass(frozen=True, slots=True)
class DocumentRemoval:
    """The envelope without the document, and the fields that went with it (for undo or a message)."""

    envelope: Envelope
    document: Document
    removed_fields: tuple[Field, ...]


def add_document(envelope: Envelope, document: Document) -> Envelope:
    """Append `document`; existing fields keep their indices."""
    if any(existing.id == document.id for existing in envelope.documents):
        raise ValueError(f"document {document.id} is already in the envelope")
    return dataclasses.replace(envelope, documents=(*envelope.documents, document))


def name_after_first_document(envelope: Envelope) -> Envelope:
    """An envelope without a name is named after its first document (the file name without .pdf)."""
    if envelope.name.strip() or not envelope.documents:
        return envelope
    name = envelope.documents[0].file_name
    stem = name[: -len(".pdf")] if name.lower().endswith(".pdf") else name
    return dataclasses.replace(envelope, name=stem.strip() or name)


def remove_document(envelope: Envelope, index: int) -> DocumentRemoval:
    """Remove the document at `index` with its fields; fields of later documents move down one index."""
    _check_index(envelope, index)
    removed = tuple(f for f in envelope.fields if f.document == index)
    fields = tuple(
        dataclasses.replace(f, document=f.document - 1) if f.document > index else f
        for f in envelope.fields
        if f.document != index
    )
    documents = envelope.documents[:index] + envelope.documents[index + 1 :]
    return DocumentRemoval(
        envelope=dataclasses.replace(envelope, documents=documents, fields=fields),
        document=envelope.documents[index],
        removed_fields=removed,
    )


def move_document(envelope: Envelope, from_index: int, to_index: int) -> Envelope:
    """Move one document to `to_index` (its position after the move); the others keep their relative order."""
    _check_index(envelope, from_index)
    _check_index(envelope, to_index)
    ids = [document.id for document in envelope.documents]
    ids.insert(to_index, ids.pop(from_index))
    return reorder_documents(envelope, ids)


def reorder_documents(envelope: Envelope, document_ids: Sequence[str]) -> Envelope:
    """Put the documents in the order of `document_ids` (a permutation of their ids), re-indexing fields."""
    old_index = {document.id: index for index, document in enumerate(envelope.documents)}
    if sorted(document_ids) != sorted(old_index) or len(old_index) != len(envelope.documents):
        raise ValueError("the new order must name every document of the envelope exactly once")
    new_index_of_old = {old_index[doc_id]: new for new, doc_id in enumerate(document_ids)}
    documents = tuple(envelope.documents[old_index[doc_id]] for doc_id in document_ids)
    fields = tuple(
        dataclasses.replace(f, document=new_index_of_old[f.document]) if f.document in new_index_of_old else f
        for f in envelope.fields
    )
    return dataclasses.replace(envelope, documents=documents, fields=fields)


def _check_index(envelope: Envelope, index: int) -> None:
    if not 0 <= index < len(envelope.documents):
        raise IndexError(f"no document at index {index}; the envelope has {len(envelope.documents)}")

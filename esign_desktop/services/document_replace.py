"""Replacing a document with a new version of the file while keeping the fields that still fit.

A field stays where it was as a fraction of the displayed page, so a field on page 2 of the old file sits
at the same relative place on page 2 of the new one. Fields on pages the new file does not have are dropped
and listed; kept fields on a page whose shape changed are listed too (they may now cover text).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from esign_desktop.domain.model import Document, Envelope, Field, PageInfo

# Pages whose width/height ratios differ by less than this are the same shape (rounding in page boxes).
_SAME_SHAPE_TOLERANCE = 0.01


@dataclass(frozen=True, slots=True)
class Replacement:
    """The envelope with the new document, and what happened to the old document's fields."""

    envelope: Envelope
    kept: tuple[Field, ...]
    dropped: tuple[Field, ...]  # their page does not exist in the new file
    reshaped: tuple[Field, ...]  # kept, but their page changed shape: the sender should check them

    @property
    def lost_anything(self) -> bool:
        return bool(self.dropped)


def replace_document(envelope: Envelope, index: int, new_document: Document) -> Replacement:
    """Put `new_document` at `index` in place of the current one; fields of other documents are untouched."""
    if not 0 <= index < len(envelope.documents):
        raise IndexError(f"no document at index {index}; the envelope has {len(envelope.documents)}")
    old_document = envelope.documents[index]
    kept: list[Field] = []
    dropped: list[Field] = []
    reshaped: list[Field] = []
    for field in envelope.fields:
        if field.document != index:
            continue
        if not 1 <= field.page <= new_document.page_count:
            dropped.append(field)
            continue
        kept.append(field)
        if field.page <= old_document.page_count and not _same_shape(
            old_document.pages[field.page - 1], new_document.pages[field.page - 1]
        ):
            reshaped.append(field)
    dropped_ids = {field.id for field in dropped}
    documents = (*envelope.documents[:index], new_document, *envelope.documents[index + 1 :])
    fields = tuple(field for field in envelope.fields if field.id not in dropped_ids)
    return Replacement(
        envelope=dataclasses.replace(envelope, documents=documents, fields=fields),
        kept=tuple(kept),
        dropped=tuple(dropped),
        reshaped=tuple(reshaped),
    )


def _same_shape(old: PageInfo, new: PageInfo) -> bool:
    if min(old.width, old.height, new.width, new.height) <= 0:
        return False
    old_ratio = old.width / old.height
    new_ratio = new.width / new.height
    return abs(old_ratio - new_ratio) / old_ratio < _SAME_SHAPE_TOLERANCE

"""What a page shows besides its content: existing form fields and annotations, in displayed fractions.

The composer outlines existing form fields (so a new field is not placed over one by accident) and warns
when a new field covers an annotation (a stamp, a comment, a free-text note). Links, popups and hidden
annotations are left out: nobody sees them on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pypdf.generic import ArrayObject, DictionaryObject, PdfObject

from esign_desktop.domain.geometry import OutsidePageError, PageBox, PageGeometryError, PageRect, UserBox
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

_HIDDEN_FLAG = 1 << 1
_NO_VIEW_FLAG = 1 << 5
_INVISIBLE = frozenset({"/Link", "/Popup"})
_MAX_MARKS_PER_PAGE = 5000  # a hostile file must not make the composer draw a million rectangles


class MarkKind(StrEnum):
    FORM_FIELD = "form_field"
    ANNOTATION = "annotation"


@dataclass(frozen=True, slots=True)
class PageMark:
    kind: MarkKind
    rect: PageRect
    label: str  # the field name, or the annotation's subtype without the slash ("Stamp", "FreeText")


def page_marks(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[tuple[PageMark, ...], ...]:
    """One tuple of marks per page, in page order. Raises PdfError for an unusable file."""
    reader = open_pdf(path, max_bytes)
    with pdf_errors(path.name):
        return tuple(
            _marks(page.get("/Annots"), page_box_of(page, path.name, number))
            for number, page in enumerate(reader.pages, 1)
        )


def _marks(annotations: PdfObject | None, box: PageBox) -> tuple[PageMark, ...]:
    resolved = annotations.get_object() if annotations is not None else None
    if not isinstance(resolved, ArrayObject):
        return ()
    found: list[PageMark] = []
    for item in resolved[:_MAX_MARKS_PER_PAGE]:
        annotation = item.get_object()
        if not isinstance(annotation, DictionaryObject):
            continue
        mark = _mark(annotation, box)
        if mark is not None:
            found.append(mark)
    return tuple(found)


def _mark(annotation: DictionaryObject, box: PageBox) -> PageMark | None:
    subtype = str(annotation.get("/Subtype", ""))
    raw_flags = annotation.get("/F", 0)
    flags = int(raw_flags) if isinstance(raw_flags, int) else 0
    if subtype in _INVISIBLE or flags & (_HIDDEN_FLAG | _NO_VIEW_FLAG):
        return None
    rect = _rect(annotation, box)
    if rect is None:
        return None
    if subtype == "/Widget":
        return PageMark(MarkKind.FORM_FIELD, rect, _field_name(annotation))
    return PageMark(MarkKind.ANNOTATION, rect, subtype.lstrip("/") or "?")


def _rect(annotation: DictionaryObject, box: PageBox) -> PageRect | None:
    try:
        raw = annotation["/Rect"].get_object()
        if not isinstance(raw, ArrayObject) or len(raw) != 4:
            return None
        x0, y0, x1, y1 = (float(v.get_object()) for v in raw)
        return box.to_page_rect(UserBox.from_corners(x0, y0, x1, y1))
    except (KeyError, TypeError, ValueError, PageGeometryError, OutsidePageError):
        return None


def _field_name(widget: DictionaryObject) -> str:
    name = widget.get("/T")
    if name is None and "/Parent" in widget:
        parent = widget["/Parent"].get_object()
        name = parent.get("/T") if isinstance(parent, DictionaryObject) else None
    return str(name) if name is not None else ""

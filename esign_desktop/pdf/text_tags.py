"""Text tags such as `{{signature:1}}` in page text -> ImportedField covering the tag's area.

Tag grammar: `{{kind:n}}`, kind one of signature, date, text, check (or checkbox), n the party's order number
(1 = first). Spaces inside the braces are allowed. A tag must be drawn by one text-showing operation (as word
processors do); the tag's box is measured from the font's glyph widths, through the text matrix and the CTM.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf.generic import ArrayObject, DictionaryObject
from reportlab.pdfbase import pdfmetrics

from esign_desktop.domain.geometry import OutsidePageError, PageBox, PageGeometryError, UserBox
from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf.field_types import ImportedField
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

TAG_PATTERN = re.compile(r"\{\{\s*(signature|date|text|checkbox|check)\s*:\s*(\d{1,3})\s*\}\}", re.IGNORECASE)
_KINDS = {
    "signature": FieldKind.SIGNATURE,
    "date": FieldKind.DATE,
    "text": FieldKind.TEXT,
    "check": FieldKind.CHECKBOX,
    "checkbox": FieldKind.CHECKBOX,
}
# The tag's box in text space, in units of the font size: from below the baseline to the cap height.
_DESCENT = 0.25
_ASCENT = 0.9
_FALLBACK_WIDTH = 0.5  # em, for fonts we cannot measure
_STANDARD_FONTS = {name.lower(): name for name in pdfmetrics.standardFonts}

Matrix = Sequence[float]


@dataclass(frozen=True, slots=True)
class _Placed:
    text: str
    matrix: tuple[float, float, float, float, float, float]  # text space -> user space
    font: DictionaryObject | None
    font_size: float


def find_text_tags(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[ImportedField]:
    """Every tag on every page, in page order, as a field covering the tag's text."""
    reader = open_pdf(path, max_bytes)
    found: list[ImportedField] = []
    with pdf_errors(path.name):
        for number, page in enumerate(reader.pages, 1):
            box = page_box_of(page, path.name, number)
            placed: list[_Placed] = []

            def visit(
                text: str,
                cm: Matrix,
                tm: Matrix,
                font: DictionaryObject | None,
                font_size: float,
                sink: list[_Placed] = placed,
            ) -> None:
                if "{{" in text:
                    sink.append(_Placed(text, _multiply(tm, cm), font, float(font_size or 0)))

            page.extract_text(visitor_text=visit)
            for item in placed:
                found.extend(_tags_in(item, number, box))
    return found


def _tags_in(item: _Placed, page: int, box: PageBox) -> list[ImportedField]:
    fields: list[ImportedField] = []
    size = item.font_size or 1.0
    for match in TAG_PATTERN.finditer(item.text):
        start = _text_width(item.text[: match.start()], item.font) * size
        end = start + _text_width(match.group(0), item.font) * size
        corners = [
            _apply(item.matrix, x, y) for x in (start, end) for y in (-_DESCENT * size, _ASCENT * size)
        ]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        try:
            rect = box.to_page_rect(UserBox.from_corners(min(xs), min(ys), max(xs), max(ys)))
        except (OutsidePageError, PageGeometryError):
            continue
        fields.append(
            ImportedField(
                kind=_KINDS[match.group(1).lower()],
                page=page,
                rect=rect,
                name=match.group(0),
                party_order=int(match.group(2)),
            )
        )
    return fields


def _text_width(text: str, font: DictionaryObject | None) -> float:
    """Width in em (text space units per unit of font size), ignoring character and word spacing."""
    if not text:
        return 0.0
    if font is not None:
        widths = font.get("/Widths")
        widths = widths.get_object() if widths is not None else None
        first_char = font.get("/FirstChar")
        if isinstance(widths, ArrayObject) and first_char is not None:
            first = int(first_char)
            fallback = _FALLBACK_WIDTH * 1000
            total = 0.0
            for char in text:
                index = ord(char) - first
                total += float(widths[index]) if 0 <= index < len(widths) else fallback
            return total / 1000
        base_font = str(font.get("/BaseFont", "")).lstrip("/")
        standard = _STANDARD_FONTS.get(base_font.lower())
        if standard is not None:
            return float(pdfmetrics.stringWidth(text, standard, 1000)) / 1000
    return len(text) * _FALLBACK_WIDTH


def _multiply(first: Matrix, second: Matrix) -> tuple[float, float, float, float, float, float]:
    """PDF matrices [a b c d e f] as row-vector transforms: `first` applied before `second`."""
    a1, b1, c1, d1, e1, f1 = (float(v) for v in first)
    a2, b2, c2, d2, e2, f2 = (float(v) for v in second)
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return (a * x + c * y + e, b * x + d * y + f)

"""Adding real AcroForm fields to a PDF (Assently places fields that way, named in the case's FormFields).

Each field's displayed rectangle goes through the page's PageBox (crop offset, /Rotate, UserUnit) to the
widget's /Rect in user space, so readers and pypdf see it where the editor showed it. Text and date fields use
Helvetica (viewers regenerate the look from /DA because /NeedAppearances is set); Helvetica has no Japanese
glyphs, so a Japanese default value may show as blanks until the signer types over it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    RectangleObject,
    TextStringObject,
)

from esign_desktop.domain.geometry import UserBox
from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf.errors import AlreadySignedPdf, PdfError
from esign_desktop.pdf.field_types import DATE_NAME_PATTERN, EmbeddedField, FieldToEmbed
from esign_desktop.pdf.preflight import inspect_pdf
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

_FIELD_TYPES = {
    FieldKind.SIGNATURE: "/Sig",
    FieldKind.TEXT: "/Tx",
    FieldKind.DATE: "/Tx",
    FieldKind.CHECKBOX: "/Btn",
}
_REQUIRED_FLAG = 2
_PRINT_FLAG = 4
_UNSAFE_NAME = re.compile(r"[^0-9A-Za-z_\-]+")  # "." would make a hierarchy; keep names plain ASCII


def embed_form_fields(
    src_path: Path,
    fields: list[FieldToEmbed],
    out_path: Path,
    *,
    allow_signed: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[EmbeddedField]:
    """Write a copy of `src_path` with `fields` added, to `out_path`; return the unique names, in order.

    Raises AlreadySignedPdf for a signed document unless `allow_signed` (the signatures would break).
    """
    report = inspect_pdf(src_path, max_bytes)
    if report.has_signatures and not allow_signed:
        raise AlreadySignedPdf(file_name=src_path.name)
    reader = open_pdf(src_path, max_bytes)
    name = src_path.name
    with pdf_errors(name):
        taken = set((reader.get_fields() or {}).keys())
        writer = PdfWriter(clone_from=reader)
        acroform = _acroform(writer)
        embedded: list[EmbeddedField] = []
        for index, field in enumerate(fields, 1):
            if not 1 <= field.page <= len(writer.pages):
                raise PdfError(
                    f"Field {index} is on page {field.page}, but the document has {len(writer.pages)} pages.",
                    file_name=name,
                )
            page = writer.pages[field.page - 1]
            box = page_box_of(page, name, field.page)
            unique = _unique_name(field, index, taken)
            taken.add(unique)
            widget = _widget(writer, field, unique, box.to_user_box(field.rect), box.rotation)
            reference = _attach(writer, page, widget)
            acroform_fields = acroform["/Fields"].get_object()
            assert isinstance(acroform_fields, ArrayObject)
            acroform_fields.append(reference)
            embedded.append(EmbeddedField(unique, field.kind, field.page, field.rect))
        _write_atomically(writer, out_path)
    return embedded


def _unique_name(field: FieldToEmbed, index: int, taken: set[str]) -> str:
    base = _UNSAFE_NAME.sub("_", field.name).strip("_") or f"{field.kind.value}_{index}"
    if field.kind is FieldKind.DATE and not DATE_NAME_PATTERN.search(base):
        base = f"date_{base}"
    candidate, suffix = base, 2
    while candidate in taken:
        candidate, suffix = f"{base}_{suffix}", suffix + 1
    return candidate


def _acroform(writer: PdfWriter) -> DictionaryObject:
    root = writer._root_object
    existing = root.get("/AcroForm")
    acroform = existing.get_object() if existing is not None else None
    if not isinstance(acroform, DictionaryObject):
        acroform = DictionaryObject()
        root[NameObject("/AcroForm")] = writer._add_object(acroform)
    fields = acroform.get("/Fields")
    if not isinstance(fields.get_object() if fields is not None else None, ArrayObject):
        acroform[NameObject("/Fields")] = ArrayObject()
    resources = acroform.get("/DR")
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        resources = DictionaryObject()
        acroform[NameObject("/DR")] = resources
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else None
    if not isinstance(fonts, DictionaryObject):
        fonts = DictionaryObject()
        resources[NameObject("/Font")] = fonts
    if "/Helv" not in fonts:
        fonts[NameObject("/Helv")] = writer._add_object(_standard_font("/Helvetica"))
    if "/DA" not in acroform:
        acroform[NameObject("/DA")] = TextStringObject("/Helv 0 Tf 0 g")
    acroform[NameObject("/NeedAppearances")] = BooleanObject(True)
    return acroform


def _widget(
    writer: PdfWriter, field: FieldToEmbed, name: str, rect: UserBox, rotation: int
) -> DictionaryObject:
    widget = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject(_FIELD_TYPES[field.kind]),
            NameObject("/T"): TextStringObject(name),
            NameObject("/Rect"): RectangleObject(rect.as_tuple()),
            NameObject("/F"): NumberObject(_PRINT_FLAG),
            NameObject("/Ff"): NumberObject(_REQUIRED_FLAG if field.required else 0),
        }
    )
    characteristics = DictionaryObject()
    if rotation:
        # Upright for the reader of the rotated page, as Acrobat does for fields it creates.
        characteristics[NameObject("/R")] = NumberObject(rotation)
    if field.label:
        widget[NameObject("/TU")] = TextStringObject(field.label)
    if field.kind in (FieldKind.TEXT, FieldKind.DATE):
        widget[NameObject("/DA")] = TextStringObject(f"/Helv {field.font_size:g} Tf 0 g")
        if field.value:
            widget[NameObject("/V")] = TextStringObject(field.value)
    if field.kind is FieldKind.CHECKBOX:
        state = NameObject("/Yes" if field.checkbox_default else "/Off")
        widget[NameObject("/V")] = state
        widget[NameObject("/AS")] = state
        characteristics[NameObject("/CA")] = TextStringObject("4")  # ZapfDingbats check mark
        width, height = (rect.height, rect.width) if rotation in (90, 270) else (rect.width, rect.height)
        widget[NameObject("/AP")] = DictionaryObject(
            {
                NameObject("/N"): DictionaryObject(
                    {
                        NameObject("/Yes"): _check_appearance(writer, width, height, checked=True),
                        NameObject("/Off"): _check_appearance(writer, width, height, checked=False),
                    }
                )
            }
        )
    if characteristics:
        widget[NameObject("/MK")] = characteristics
    return widget


def _attach(writer: PdfWriter, page: PageObject, widget: DictionaryObject) -> IndirectObject:
    reference = writer._add_object(widget)
    widget[NameObject("/P")] = page.indirect_reference
    annotations = page.get("/Annots")
    resolved = annotations.get_object() if annotations is not None else None
    if isinstance(resolved, ArrayObject):
        resolved.append(reference)
    else:
        page[NameObject("/Annots")] = ArrayObject([reference])
    return reference


def _check_appearance(writer: PdfWriter, width: float, height: float, *, checked: bool) -> IndirectObject:
    """A thin box, plus a tick when checked, drawn in the widget's own space."""
    border = f"0 g 0.75 w 0.5 0.5 {width - 1:.2f} {height - 1:.2f} re S"
    tick = (
        f" 1.5 w {width * 0.2:.2f} {height * 0.5:.2f} m {width * 0.42:.2f} {height * 0.22:.2f} l "
        f"{width * 0.8:.2f} {height * 0.8:.2f} l S"
    )
    stream = DecodedStreamObject()
    stream.set_data((border + (tick if checked else "")).encode("ascii"))
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
            ),
        }
    )
    return writer._add_object(stream)


def _standard_font(base_font: str) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base_font),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def _write_atomically(writer: PdfWriter, out_path: Path) -> None:
    partial = out_path.with_name(out_path.name + ".partial")
    with partial.open("wb") as stream:
        writer.write(stream)
        stream.flush()
        os.fsync(stream.fileno())
    partial.replace(out_path)

"""Adding real AcroForm fields to a PDF (Assently places fields that way, named in the case's FormFields).

Each field's displayed rectangle goes through the page's PageBox (crop offset, /Rotate, UserUnit) to the
widget's /Rect in user space, so readers and pypdf see it where the editor showed it. Text and date fields use
Helvetica, or the Japanese CID font HeiseiKakuGo-W5 when their value or label is not Western text (see
field_fonts and docs/pdf-fonts.md). A field with a default value gets an appearance stream drawn in that font;
/NeedAppearances is set too, so viewers that regenerate the look from /DA use the same font.
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
from esign_desktop.pdf import error_templates as templates
from esign_desktop.pdf.errors import AlreadySignedPdf, PdfError
from esign_desktop.pdf.field_fonts import HELVETICA, FieldFont, font_for_texts
from esign_desktop.pdf.field_types import DATE_NAME_PATTERN, EmbeddedField, FieldToEmbed
from esign_desktop.pdf.preflight import inspect_pdf
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

_FIELD_TYPES = {
    FieldKind.SIGNATURE: "/Sig",
    FieldKind.TEXT: "/Tx",
    FieldKind.DATE: "/Tx",
    FieldKind.CHECKBOX: "/Btn",
}
_TEXT_KINDS = (FieldKind.TEXT, FieldKind.DATE)
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
        _drop_usage_rights(writer)
        acroform = _acroform(writer)
        embedded: list[EmbeddedField] = []
        for index, field in enumerate(fields, 1):
            if not 1 <= field.page <= len(writer.pages):
                raise PdfError(
                    templates.FIELD_OFF_THE_PAGES, index, field.page, len(writer.pages), file_name=name
                )
            page = writer.pages[field.page - 1]
            box = page_box_of(page, name, field.page)
            unique = _unique_name(field, index, taken)
            taken.add(unique)
            text_font = None
            if field.kind in _TEXT_KINDS:
                font = font_for_texts(field.value, field.label)
                text_font = (font, _font_resource(writer, acroform, font))
            widget = _widget(writer, field, unique, box.to_user_box(field.rect), box.rotation, text_font)
            reference = _attach(writer, page, widget)
            acroform_fields = acroform["/Fields"].get_object()
            assert isinstance(acroform_fields, ArrayObject)
            acroform_fields.append(reference)
            embedded.append(EmbeddedField(unique, field.kind, field.page, field.rect))
        _write_atomically(writer, out_path)
    return embedded


def _drop_usage_rights(writer: PdfWriter) -> None:
    """Reader usage rights (/Perms /UR3) sign the file as it was: once fields are added Reader would call
    them broken, so the copy leaves them out (the warning USAGE_RIGHTS told the person so)."""
    root = writer._root_object
    perms = root.get("/Perms")
    perms = perms.get_object() if perms is not None else None
    if not isinstance(perms, DictionaryObject):
        return
    for key in ("/UR3", "/UR"):
        perms.pop(NameObject(key), None)
    if not perms:
        del root[NameObject("/Perms")]


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
    _font_resource(writer, acroform, HELVETICA)
    if "/DA" not in acroform:
        acroform[NameObject("/DA")] = TextStringObject(f"{HELVETICA.resource_name} 0 Tf 0 g")
    acroform[NameObject("/NeedAppearances")] = BooleanObject(True)
    return acroform


def _font_resource(writer: PdfWriter, acroform: DictionaryObject, font: FieldFont) -> IndirectObject:
    """`font` in the AcroForm's /DR, added once; an existing resource of that name is reused as it is."""
    resources = acroform["/DR"].get_object()
    assert isinstance(resources, DictionaryObject)  # _acroform made sure of it
    fonts = resources["/Font"].get_object()
    assert isinstance(fonts, DictionaryObject)
    existing = fonts.raw_get(font.resource_name) if font.resource_name in fonts else None
    if isinstance(existing, IndirectObject):
        return existing
    # A direct font dictionary is moved into its own object so appearance streams can refer to it.
    reference = (
        writer._add_object(existing) if isinstance(existing, DictionaryObject) else font.add_to(writer)
    )
    fonts[NameObject(font.resource_name)] = reference
    return reference


def _widget(
    writer: PdfWriter,
    field: FieldToEmbed,
    name: str,
    rect: UserBox,
    rotation: int,
    text_font: tuple[FieldFont, IndirectObject] | None,
) -> DictionaryObject:
    """The widget annotation (merged with its field); `text_font` is the font and its /DR entry for text."""
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
    # The widget's own frame: the displayed (upright) width and height of the field.
    width, height = (rect.height, rect.width) if rotation in (90, 270) else (rect.width, rect.height)
    if text_font is not None:
        font, font_reference = text_font
        widget[NameObject("/DA")] = TextStringObject(f"{font.resource_name} {field.font_size:g} Tf 0 g")
        if field.value:
            widget[NameObject("/V")] = TextStringObject(field.value)
            appearance = _text_appearance(
                writer, field.value, font, font_reference, field.font_size, (width, height), rotation
            )
            widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): appearance})
    if field.kind is FieldKind.CHECKBOX:
        state = NameObject("/Yes" if field.checkbox_default else "/Off")
        widget[NameObject("/V")] = state
        widget[NameObject("/AS")] = state
        characteristics[NameObject("/CA")] = TextStringObject("4")  # ZapfDingbats check mark
        widget[NameObject("/AP")] = DictionaryObject(
            {
                NameObject("/N"): DictionaryObject(
                    {
                        NameObject("/Yes"): _check_appearance(writer, width, height, rotation, checked=True),
                        NameObject("/Off"): _check_appearance(writer, width, height, rotation, checked=False),
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
    # A new array of this page's own: pages may share one /Annots array, and appending to it would put the
    # widget on every page that shares it.
    existing = list(resolved) if isinstance(resolved, ArrayObject) else []
    page[NameObject("/Annots")] = ArrayObject([*existing, reference])
    return reference


def _check_appearance(
    writer: PdfWriter, width: float, height: float, rotation: int, *, checked: bool
) -> IndirectObject:
    """A thin box, plus a tick when checked, drawn in the widget's own space."""
    border = f"0 g 0.75 w 0.5 0.5 {width - 1:.2f} {height - 1:.2f} re S"
    tick = (
        f" 1.5 w {width * 0.2:.2f} {height * 0.5:.2f} m {width * 0.42:.2f} {height * 0.22:.2f} l "
        f"{width * 0.8:.2f} {height * 0.8:.2f} l S"
    )
    content = (border + (tick if checked else "")).encode("ascii")
    return writer._add_object(_form_xobject(content, width, height, rotation))


def _text_appearance(
    writer: PdfWriter,
    text: str,
    font: FieldFont,
    font_reference: IndirectObject,
    size: float,
    frame: tuple[float, float],
    rotation: int,
) -> IndirectObject:
    """One line of `text`, left-aligned and vertically centred, clipped to the field, as viewers draw it."""
    width, height = frame
    line = size * (font.ascent - font.descent) / 1000
    baseline = max((height - line) / 2, 0.0) - size * font.descent / 1000
    padding = 2.0
    content = (
        f"/Tx BMC q {padding / 2:.2f} {padding / 2:.2f} {width - padding:.2f} {height - padding:.2f} re W n "
        f"BT {font.resource_name} {size:g} Tf 0 g {padding:.2f} {baseline:.2f} Td "
        f"<{font.encode(text).hex()}> Tj ET Q EMC"
    ).encode("ascii")
    stream = _form_xobject(content, width, height, rotation)
    stream[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject(font.resource_name): font_reference})}
    )
    return writer._add_object(stream)


def _form_xobject(content: bytes, width: float, height: float, rotation: int) -> DecodedStreamObject:
    """A form XObject drawn upright in a `width` x `height` frame, turned counterclockwise by `rotation`.

    The /Matrix turns the frame with the widget's /MK /R, so the content reads upright on a rotated page.
    """
    stream = DecodedStreamObject()
    stream.set_data(content)
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
            ),
        }
    )
    if rotation:
        stream[NameObject("/Matrix")] = ArrayObject(
            [FloatObject(value) for value in _rotation_matrix(rotation, width, height)]
        )
    return stream


def _rotation_matrix(rotation: int, width: float, height: float) -> tuple[float, ...]:
    """Turn counterclockwise by 90, 180 or 270 degrees, then shift the frame back to positive coordinates."""
    return {
        90: (0.0, 1.0, -1.0, 0.0, height, 0.0),
        180: (-1.0, 0.0, 0.0, -1.0, width, height),
        270: (0.0, -1.0, 1.0, 0.0, 0.0, width),
    }[rotation]


def _write_atomically(writer: PdfWriter, out_path: Path) -> None:
    partial = out_path.with_name(out_path.name + ".partial")
    with partial.open("wb") as stream:
        writer.write(stream)
        stream.flush()
        os.fsync(stream.fileno())
    partial.replace(out_path)

"""AcroForm fields of a PDF: where they are (to stamp them) and removing the ones the stamps replace."""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import dataclass
from typing import TypeGuard

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.page_geometry import PageGeometry
from esign_desktop.sandbox.finalise.stamp import StampKind, StampRect, rect_from_user_space

_REQUIRED_FLAG = 2
_KIND_BY_FIELD_TYPE = {"/Sig": StampKind.SIGNATURE, "/Tx": StampKind.TEXT, "/Btn": StampKind.CHECKBOX}


@dataclass(frozen=True, slots=True)
class FormFieldPlacement:
    """One widget of a form field: its fully qualified name, page (1-based) and displayed-page rectangle.

    `kind` is the stamp kind the field type suggests (signature, text, checkbox), None for other types;
    `required` is the field's Required flag (/Ff bit 2); `checked` whether a checkbox is on.
    """

    name: str
    page: int
    rect: StampRect
    kind: StampKind | None
    required: bool = False
    checked: bool = False  # a checkbox whose value (or appearance state) is on


def find_form_field_placements(pdf: bytes) -> list[FormFieldPlacement]:
    """Every visible widget of every named form field, in page order."""
    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            raise FinaliseError("the PDF is encrypted; its form fields cannot be read")
        placements = []
        for number, page in enumerate(reader.pages, start=1):
            geometry = PageGeometry.of_page(page)
            for widget in _widgets(page):
                name = qualified_field_name(widget)
                rect = widget.get("/Rect")
                if not name or not isinstance(rect, ArrayObject) or len(rect) != 4:
                    continue
                corners = (float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3]))
                try:
                    stamp_rect = rect_from_user_space(geometry, corners)
                except FinaliseError:
                    continue  # a widget outside the visible page cannot be stamped where a person sees it
                field_type = _field_attribute(widget, "/FT")
                kind = _KIND_BY_FIELD_TYPE.get(str(field_type)) if field_type is not None else None
                flags = _field_attribute(widget, "/Ff")
                required = isinstance(flags, int) and bool(int(flags) & _REQUIRED_FLAG)
                state = _field_attribute(widget, "/V") or widget.get("/AS")
                checked = kind is StampKind.CHECKBOX and state is not None and str(state) not in ("/Off", "")
                placements.append(FormFieldPlacement(name, number, stamp_rect, kind, required, checked))
        return placements
    except PdfReadError as error:
        raise FinaliseError(f"the PDF cannot be read ({error}); it may be damaged") from None


def remove_form_fields(writer: PdfWriter, names: Collection[str]) -> None:
    """Remove the widgets of the fields named (fully qualified) and the fields left without widgets."""
    if not names:
        return
    wanted = set(names)
    for page in writer.pages:
        annots = page.get("/Annots")
        if annots is None:
            continue
        kept = ArrayObject(
            reference for reference in annots.get_object() if _field_name_of_widget(reference) not in wanted
        )
        page[NameObject("/Annots")] = kept
    acro_form = writer.root_object.get("/AcroForm")
    if acro_form is not None:
        acro_form = acro_form.get_object()
        fields = acro_form.get("/Fields")
        if fields is not None:
            acro_form[NameObject("/Fields")] = _pruned(fields.get_object(), wanted)


def signed_signature_field_names(writer: PdfWriter) -> set[str]:
    """Signature fields that already hold a signature: rewriting the file would leave them broken."""
    names = set()
    for page in writer.pages:
        for widget in _widgets(page):
            if _field_attribute(widget, "/FT") == "/Sig" and _field_attribute(widget, "/V") is not None:
                names.add(qualified_field_name(widget))
    return names


def qualified_field_name(node: DictionaryObject) -> str:
    """The field's full name: the /T of each ancestor joined with dots (PDF specification 12.7.4.2)."""
    parts: list[str] = []
    current: DictionaryObject | None = node
    for _ in range(64):  # a guard against cyclic /Parent chains
        if current is None:
            break
        if "/T" in current:
            parts.append(str(current["/T"]))
        parent = current.get("/Parent")
        current = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def _pruned(fields: ArrayObject, wanted: set[str]) -> ArrayObject:
    kept = ArrayObject()
    for reference in fields:
        field = reference.get_object()
        if qualified_field_name(field) in wanted:
            continue
        kids = field.get("/Kids")
        if kids is not None:
            remaining = _pruned(kids.get_object(), wanted)
            if not remaining:
                continue
            field[NameObject("/Kids")] = remaining
        kept.append(reference)
    return kept


def _field_name_of_widget(reference: object) -> str | None:
    annotation = reference.get_object() if hasattr(reference, "get_object") else reference
    return qualified_field_name(annotation) if _is_widget(annotation) else None


def _widgets(page: DictionaryObject) -> list[DictionaryObject]:
    annots = page.get("/Annots")
    if annots is None:
        return []
    return [ref.get_object() for ref in annots.get_object() if _is_widget(ref.get_object())]


def _is_widget(annotation: object) -> TypeGuard[DictionaryObject]:
    return isinstance(annotation, DictionaryObject) and annotation.get("/Subtype") == "/Widget"


def _field_attribute(node: DictionaryObject, key: str) -> object:
    current: DictionaryObject | None = node
    for _ in range(64):
        if current is None:
            return None
        if key in current:
            return current[key]
        parent = current.get("/Parent")
        current = parent.get_object() if parent is not None else None
    return None

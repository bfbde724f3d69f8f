"""Existing AcroForm widgets (signature, text, checkbox) -> ImportedField in displayed fractions.

What is not offered as a new field is reported as a SkippedField: filled signature fields (already signed),
stray widgets (in no form field), radio button groups and list/drop-down fields (no equivalent at either
service). Push buttons are actions, not fields: skipped without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pypdf.generic import ArrayObject, DictionaryObject, PdfObject

from esign_desktop.domain.geometry import OutsidePageError, PageBox, PageGeometryError, PageRect, UserBox
from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf.field_types import DATE_NAME_PATTERN, ImportedField, SkippedField, SkipReason
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

_REQUIRED_FLAG = 1 << 1
_RADIO_FLAG = 1 << 15
_PUSHBUTTON_FLAG = 1 << 16
_MAX_PARENT_DEPTH = 32  # a /Parent loop in a broken file must not hang us
_MAX_FORM_NODES = 100_000


def import_acroform_fields(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[ImportedField]:
    """Every signature, text and checkbox widget in page order; widgets off the visible page are skipped."""
    return scan_acroform(path, max_bytes)[0]


def scan_acroform(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[ImportedField], list[SkippedField]]:
    """The widgets to offer as new fields, and those not taken, with why (a radio or choice field once)."""
    reader = open_pdf(path, max_bytes)
    found: list[ImportedField] = []
    skipped: list[SkippedField] = []
    reported: set[int] = set()
    with pdf_errors(path.name):
        in_form = _form_nodes(reader.trailer["/Root"].get_object())
        for number, page in enumerate(reader.pages, 1):
            box = page_box_of(page, path.name, number)
            for widget in _widgets(page.get("/Annots")):
                chain = _field_chain(widget)
                reason = _skip_reason(chain, in_form)
                if reason is None:
                    field = _imported(widget, number, box)
                    if field is not None:
                        found.append(field)
                    continue
                root_field = id(chain[-1])
                if reason is not SkipReason.STRAY_WIDGET and root_field in reported:
                    continue  # one report per radio group, choice field or signature field
                reported.add(root_field)
                skipped.append(SkippedField(reason, number, _full_name(chain), _rect(widget, box)))
    return found, skipped


def _form_nodes(root: object) -> set[int] | None:
    """The ids of every dictionary in the AcroForm's field tree; None when the PDF has no field list."""
    if not isinstance(root, DictionaryObject):
        return None
    acroform = root.get("/AcroForm")
    acroform = acroform.get_object() if acroform is not None else None
    fields = acroform.get("/Fields") if isinstance(acroform, DictionaryObject) else None
    fields = fields.get_object() if fields is not None else None
    if not isinstance(fields, ArrayObject):
        return None
    seen: set[int] = set()
    stack = [item.get_object() for item in fields]
    while stack and len(seen) < _MAX_FORM_NODES:
        node = stack.pop()
        if not isinstance(node, DictionaryObject) or id(node) in seen:
            continue
        seen.add(id(node))
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        if isinstance(kids, ArrayObject):
            stack.extend(kid.get_object() for kid in kids)
    return seen


def _skip_reason(chain: list[DictionaryObject], in_form: set[int] | None) -> SkipReason | None:
    if in_form is None or not any(id(node) in in_form for node in chain):
        return SkipReason.STRAY_WIDGET
    field_type = _inherited(chain, "/FT")
    raw_flags = _inherited(chain, "/Ff")
    flags = int(raw_flags) if isinstance(raw_flags, int) else 0
    if field_type == "/Sig" and _inherited(chain, "/V") is not None:
        return SkipReason.FILLED_SIGNATURE
    if field_type == "/Btn" and flags & _RADIO_FLAG and not flags & _PUSHBUTTON_FLAG:
        return SkipReason.RADIO
    if field_type == "/Ch":
        return SkipReason.CHOICE
    return None


def _rect(widget: DictionaryObject, box: PageBox) -> PageRect | None:
    try:
        raw_rect = widget["/Rect"].get_object()
        if not isinstance(raw_rect, ArrayObject) or len(raw_rect) != 4:
            return None
        x0, y0, x1, y1 = (float(v.get_object()) for v in raw_rect)
        return box.to_page_rect(UserBox.from_corners(x0, y0, x1, y1))
    except (KeyError, TypeError, ValueError, PageGeometryError, OutsidePageError):
        return None


def _widgets(annotations: PdfObject | None) -> Iterator[DictionaryObject]:
    resolved = annotations.get_object() if annotations is not None else None
    if not isinstance(resolved, ArrayObject):
        return
    for item in resolved:
        annotation = item.get_object()
        if isinstance(annotation, DictionaryObject) and annotation.get("/Subtype") == "/Widget":
            yield annotation


def _imported(widget: DictionaryObject, page: int, box: PageBox) -> ImportedField | None:
    chain = _field_chain(widget)
    field_type = _inherited(chain, "/FT")
    raw_flags = _inherited(chain, "/Ff")
    flags = int(raw_flags) if isinstance(raw_flags, int) else 0
    kind = _kind(field_type, flags, chain)
    if kind is None:
        return None
    rect = _rect(widget, box)
    if rect is None:
        return None
    value = _inherited(chain, "/V")
    label = _inherited(chain, "/TU")
    return ImportedField(
        kind=kind,
        page=page,
        rect=rect,
        name=_full_name(chain),
        label=str(label) if label is not None else "",
        required=bool(flags & _REQUIRED_FLAG),
        checkbox_default=kind is FieldKind.CHECKBOX and _is_checked(widget, value),
        value=str(value) if kind in (FieldKind.TEXT, FieldKind.DATE) and value is not None else "",
    )


def _kind(field_type: object, flags: int, chain: list[DictionaryObject]) -> FieldKind | None:
    if field_type == "/Sig":
        return FieldKind.SIGNATURE
    if field_type == "/Tx":
        own_name = str(chain[0].get("/T", "")) or next((str(d["/T"]) for d in chain if "/T" in d), "")
        return FieldKind.DATE if DATE_NAME_PATTERN.search(own_name) else FieldKind.TEXT
    if field_type == "/Btn" and not flags & (_RADIO_FLAG | _PUSHBUTTON_FLAG):
        return FieldKind.CHECKBOX
    return None


def _field_chain(widget: DictionaryObject) -> list[DictionaryObject]:
    """The widget, then its parents up to the root field (a field may be split from its widgets)."""
    chain = [widget]
    current = widget
    while "/Parent" in current and len(chain) < _MAX_PARENT_DEPTH:
        parent = current["/Parent"].get_object()
        if not isinstance(parent, DictionaryObject) or any(parent is node for node in chain):
            break
        chain.append(parent)
        current = parent
    return chain


def _inherited(chain: list[DictionaryObject], key: str) -> object:
    for node in chain:
        if key in node:
            return node[key].get_object()
    return None


def _full_name(chain: list[DictionaryObject]) -> str:
    return ".".join(str(node["/T"]) for node in reversed(chain) if "/T" in node)


def _is_checked(widget: DictionaryObject, value: object) -> bool:
    state = widget.get("/AS", value)
    return state is not None and str(state) not in ("/Off", "")

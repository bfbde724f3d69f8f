"""Writing stamps, filled form values and certificate pages as an incremental update (pyHanko).

The original bytes stay the first bytes of the result, untouched: every page's content, annotations, form
fields and existing signatures come back exactly as sent (an existing signature still covers its byte range).
Only the stamped pages change, and each of them only through objects that belong to it alone: a new
/Contents array (the original streams wrapped in q ... Q, then a new stream drawing the stamp form XObject)
and a new /Resources dictionary. Nothing that pages may share (content streams, a /Contents array, a
resource dictionary) is modified, so a stamp can never appear on another page.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from esign_desktop.sandbox.finalise.page_geometry import Matrix

STAMP_XOBJECT_PREFIX = "SandboxStamp"
CERTIFICATE_XOBJECT_NAME = "/SandboxCertificate"
_MAX_PARENT_DEPTH = 64


def import_first_page(writer: IncrementalPdfFileWriter, pdf: bytes) -> generic.IndirectObject:
    """Page 1 of `pdf` (made by reportlab) as a form XObject in `writer`."""
    reference: generic.IndirectObject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(pdf)), 0)
    return reference


def draw_on_page(
    writer: IncrementalPdfFileWriter, page_index: int, xobject: generic.IndirectObject, matrix: Matrix
) -> None:
    """Draw `xobject` on page `page_index` (0-based) with `matrix`, touching no object another page uses."""
    page_ref, resources = writer.find_page_for_modification(page_index)
    page = page_ref.get_object()
    name = _free_name(resources, STAMP_XOBJECT_PREFIX)
    own_resources = _shallow_copy(resources)
    xobjects = own_resources.get("/XObject")
    own_xobjects = _shallow_copy(xobjects) if isinstance(xobjects, generic.DictionaryObject) else None
    if own_xobjects is None:
        own_xobjects = generic.DictionaryObject()
    own_xobjects[generic.NameObject(name)] = xobject
    own_resources[generic.NameObject("/XObject")] = own_xobjects
    numbers = " ".join(f"{value:.6f}" for value in matrix)
    opening = writer.add_object(generic.StreamObject(stream_data=b"q\n"))
    closing = writer.add_object(
        generic.StreamObject(stream_data=f"\nQ\nq {numbers} cm {name} Do Q\n".encode("ascii"))
    )
    page[generic.NameObject("/Contents")] = generic.ArrayObject([opening, *_content_streams(page), closing])
    page[generic.NameObject("/Resources")] = own_resources
    writer.mark_update(page_ref)


def append_page(
    writer: IncrementalPdfFileWriter, xobject: generic.IndirectObject, width: float, height: float
) -> None:
    """A new last page showing `xobject` (a page imported whole), `width` x `height` points."""
    content = writer.add_object(
        generic.StreamObject(stream_data=f"q {CERTIFICATE_XOBJECT_NAME} Do Q\n".encode("ascii"))
    )
    page = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject(
                generic.FloatObject(value) for value in (0.0, 0.0, width, height)
            ),
            generic.NameObject("/Contents"): content,
            generic.NameObject("/Resources"): generic.DictionaryObject(
                {
                    generic.NameObject("/XObject"): generic.DictionaryObject(
                        {generic.NameObject(CERTIFICATE_XOBJECT_NAME): xobject}
                    )
                }
            ),
        }
    )
    writer.insert_page(page)


def page_widgets(writer: IncrementalPdfFileWriter, page_index: int) -> Iterator[generic.DictionaryObject]:
    page_ref, _ = writer.find_page_for_modification(page_index)
    annots = page_ref.get_object().get("/Annots")
    if not isinstance(annots, generic.ArrayObject):
        return
    for item in annots:
        annotation = item.get_object()
        if isinstance(annotation, generic.DictionaryObject) and annotation.get("/Subtype") == "/Widget":
            yield annotation


def qualified_name(node: generic.DictionaryObject) -> str:
    parts: list[str] = []
    current: generic.DictionaryObject | None = node
    for _ in range(_MAX_PARENT_DEPTH):
        if current is None:
            break
        if "/T" in current:
            parts.append(str(current["/T"]))
        parent = current.get("/Parent")
        current = parent if isinstance(parent, generic.DictionaryObject) else None
    return ".".join(reversed(parts))


def field_of(widget: generic.DictionaryObject) -> generic.DictionaryObject:
    """The terminal field a widget belongs to: the widget itself when it carries /T, else its parent."""
    if "/T" in widget:
        return widget
    parent = widget.get("/Parent")
    return parent if isinstance(parent, generic.DictionaryObject) else widget


def inherited(node: generic.DictionaryObject, key: str) -> generic.PdfObject | None:
    current: generic.DictionaryObject | None = node
    for _ in range(_MAX_PARENT_DEPTH):
        if current is None:
            return None
        if key in current:
            value: generic.PdfObject = current[key]
            return value
        parent = current.get("/Parent")
        current = parent if isinstance(parent, generic.DictionaryObject) else None
    return None


def _content_streams(page: generic.DictionaryObject) -> list[generic.PdfObject]:
    if "/Contents" not in page:
        return []
    raw = page.raw_get("/Contents")
    resolved = raw.get_object() if isinstance(raw, generic.IndirectObject) else raw
    if isinstance(resolved, generic.ArrayObject):
        return [resolved.raw_get(index) for index in range(len(resolved))]
    return [raw]


def _shallow_copy(dictionary: generic.PdfObject) -> generic.DictionaryObject:
    resolved = dictionary.get_object() if isinstance(dictionary, generic.IndirectObject) else dictionary
    copy = generic.DictionaryObject()
    if isinstance(resolved, generic.DictionaryObject):
        for key in resolved:
            copy[key] = resolved.raw_get(key)
    return copy


def _free_name(resources: generic.PdfObject, prefix: str) -> str:
    resolved = resources.get_object() if isinstance(resources, generic.IndirectObject) else resources
    taken: set[str] = set()
    if isinstance(resolved, generic.DictionaryObject):
        for key in resolved:
            category = resolved[key]
            if isinstance(category, generic.DictionaryObject):
                taken.update(str(name) for name in category)
    number = 0
    while f"/{prefix}{number}" in taken:
        number += 1
    return f"/{prefix}{number}"

"""The sandbox's final documents: the stamped, certified and sealed PDF, and the standalone receipt."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import TypeVar, cast

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject
from reportlab.pdfgen.canvas import Canvas

from esign_desktop.sandbox.finalise.certificate_page import (
    CERTIFICATE_TITLE,
    RECEIPT_TITLE,
    render_certificate,
)
from esign_desktop.sandbox.finalise.completion import CompletionInfo, DocumentDigest
from esign_desktop.sandbox.finalise.digital_seal import seal_pdf_async
from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.field_filling import fill_field
from esign_desktop.sandbox.finalise.incremental import append_page, draw_on_page, import_first_page
from esign_desktop.sandbox.finalise.page_geometry import PageGeometry
from esign_desktop.sandbox.finalise.sandbox_certificate import load_signing_identity
from esign_desktop.sandbox.finalise.stamp import Stamp
from esign_desktop.sandbox.finalise.stamp_drawing import draw_stamp, overlay_box

ORIGINAL_DOCUMENT_LABEL = "Original document"
_MAX_TREE_DEPTH = 64

_T = TypeVar("_T")


async def finalise_pdf_async(
    original: bytes, stamps: Sequence[Stamp], completion: CompletionInfo, *, cert_dir: Path
) -> bytes:
    """Stamp every field, append the completion certificate and seal the result with the sandbox certificate.

    Raises FinaliseError when the document cannot be read or a stamp does not fit it.
    """
    unsigned = await asyncio.to_thread(build_unsigned_final_pdf, original, stamps, completion)
    identity = await asyncio.to_thread(load_signing_identity, cert_dir)
    return await seal_pdf_async(
        unsigned, identity, reason=f"Completed in the sandbox: {completion.envelope_name}"
    )


def finalise_pdf(
    original: bytes, stamps: Sequence[Stamp], completion: CompletionInfo, *, cert_dir: Path
) -> bytes:
    """finalise_pdf_async for callers without a running event loop."""
    return _run_without_loop(
        "finalise_pdf", lambda: finalise_pdf_async(original, stamps, completion, cert_dir=cert_dir)
    )


async def make_receipt_pdf_async(info: CompletionInfo, *, cert_dir: Path) -> bytes:
    """A standalone receipt (envelope, parties, document digests), sealed like the final document."""
    unsigned = await asyncio.to_thread(render_certificate, info, info.documents, RECEIPT_TITLE)
    identity = await asyncio.to_thread(load_signing_identity, cert_dir)
    return await seal_pdf_async(unsigned, identity, reason=f"Sandbox receipt: {info.envelope_name}")


def make_receipt_pdf(info: CompletionInfo, *, cert_dir: Path) -> bytes:
    """make_receipt_pdf_async for callers without a running event loop."""
    return _run_without_loop("make_receipt_pdf", lambda: make_receipt_pdf_async(info, cert_dir=cert_dir))


def build_unsigned_final_pdf(original: bytes, stamps: Sequence[Stamp], completion: CompletionInfo) -> bytes:
    """The stamped document with its certificate page, not yet sealed (CPU-bound: run it off the loop).

    Written as an incremental update of `original`: the original bytes are kept as they are, each stamp goes
    into content that belongs to its own page only, form fields stay fields (the ones a stamp names get its
    value) and signatures already in the file keep covering what they signed.

    A damaged file that pypdf reads but that cannot be updated in place (a broken cross-reference chain, a
    page tree node without /Count) is first rewritten whole by pypdf, then updated: its content survives,
    signatures in it (if any) would not, which is why this is only the fallback.
    """
    reader = _reader_for(original)
    by_page = _stamps_by_page(stamps, len(reader.pages))
    original_digest = DocumentDigest.of(ORIGINAL_DOCUMENT_LABEL, original)
    documents = [original_digest, *(d for d in completion.documents if d.sha512 != original_digest.sha512)]
    certificate = render_certificate(completion, documents, CERTIFICATE_TITLE)
    try:
        return _updated(original, reader, by_page, certificate)
    except _InPlaceError:
        rewritten = _rewritten(reader)
    try:
        return _updated(rewritten, _reader_for(rewritten), by_page, certificate)
    except _InPlaceError as error:
        raise FinaliseError(f"the sandbox could not write the final document ({error})") from None


class _InPlaceError(Exception):
    """The file could not be updated in place (its structure, not the stamps, is the problem)."""


def _updated(
    original: bytes, reader: PdfReader, by_page: dict[int, list[Stamp]], certificate: bytes
) -> bytes:
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(original), strict=False)
        for number, page_stamps in sorted(by_page.items()):
            _stamp_page(writer, number - 1, PageGeometry.of_page(reader.pages[number - 1]), page_stamps)
        for index, page in enumerate(PdfReader(io.BytesIO(certificate)).pages):
            width, height = (float(value) for value in page.mediabox.upper_right)
            xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(certificate)), index)
            append_page(writer, xobject, width, height)
        output = io.BytesIO()
        writer.write(output)  # type: ignore[no-untyped-call]
    except FinaliseError:
        raise
    except (PdfError, KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise _InPlaceError(str(error) or type(error).__name__) from None
    return output.getvalue()


def _rewritten(reader: PdfReader) -> bytes:
    try:
        output = io.BytesIO()
        writer = PdfWriter(clone_from=reader)
        _recount(cast(DictionaryObject, writer.root_object["/Pages"].get_object()), depth=0)
        writer.write(output)
    except (PyPdfError, KeyError, TypeError, ValueError, RecursionError) as error:
        raise FinaliseError(f"the sandbox could not rewrite this damaged document ({error})") from None
    return output.getvalue()


def _reader_for(original: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(original))
        if reader.is_encrypted:
            raise FinaliseError("the document is encrypted; the sandbox can only finalise unprotected PDFs")
        if not reader.pages:
            raise FinaliseError("the document has no pages")
        return reader
    except PdfReadError as error:
        raise FinaliseError(f"the document cannot be read as a PDF ({error}); it may be damaged") from None


def _recount(node: DictionaryObject, depth: int) -> int:
    """Write the true /Count on every page tree node (a missing or wrong one stops pages being appended)."""
    if node.get("/Type") == "/Page" or depth > _MAX_TREE_DEPTH:
        return 1 if node.get("/Type") == "/Page" else 0
    count = sum(_recount(kid.get_object(), depth + 1) for kid in node.get("/Kids", ArrayObject()))
    node[NameObject("/Count")] = NumberObject(count)
    return count


def _stamps_by_page(stamps: Sequence[Stamp], page_count: int) -> dict[int, list[Stamp]]:
    by_page: dict[int, list[Stamp]] = {}
    for stamp in stamps:
        if stamp.page > page_count:
            raise FinaliseError(
                f"a {stamp.kind.value} field is placed on page {stamp.page}, "
                f"but the document has {page_count} page(s)"
            )
        by_page.setdefault(stamp.page, []).append(stamp)
    return by_page


def _stamp_page(
    writer: IncrementalPdfFileWriter, page_index: int, geometry: PageGeometry, stamps: Sequence[Stamp]
) -> None:
    drawn = [stamp for stamp in stamps if not (stamp.field_name and fill_field(writer, page_index, stamp))]
    if not drawn:
        return
    xobject = import_first_page(writer, _draw_overlay(geometry, drawn))
    draw_on_page(writer, page_index, xobject, geometry.overlay_to_user)


def _draw_overlay(geometry: PageGeometry, stamps: Sequence[Stamp]) -> bytes:
    """One page the size of the displayed page, upright, with the stamps drawn where the reader sees them."""
    width, height = geometry.displayed_size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    for stamp in stamps:
        draw_stamp(canvas, stamp, overlay_box(stamp, width, height), geometry.user_unit)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _run_without_loop(name: str, coroutine: Callable[[], Coroutine[object, object, _T]]) -> _T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine())
    raise RuntimeError(f"{name}() cannot run inside a running event loop: await {name}_async() instead")

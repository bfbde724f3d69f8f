"""The sandbox's final documents: the stamped, certified and sealed PDF, and the standalone receipt."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import TypeVar

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from reportlab.pdfgen.canvas import Canvas

from esign_desktop.sandbox.finalise.certificate_page import (
    CERTIFICATE_TITLE,
    RECEIPT_TITLE,
    render_certificate,
)
from esign_desktop.sandbox.finalise.completion import CompletionInfo, DocumentDigest
from esign_desktop.sandbox.finalise.digital_seal import seal_pdf_async
from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.form_fields import remove_form_fields, signed_signature_field_names
from esign_desktop.sandbox.finalise.page_geometry import PageGeometry
from esign_desktop.sandbox.finalise.sandbox_certificate import load_signing_identity
from esign_desktop.sandbox.finalise.stamp import Stamp
from esign_desktop.sandbox.finalise.stamp_drawing import draw_stamp, overlay_box

ORIGINAL_DOCUMENT_LABEL = "Original document"

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
    """The stamped document with its certificate page, not yet sealed (CPU-bound: run it off the loop)."""
    writer = _writer_for(original)
    _stamp_pages(writer, stamps)
    # Stamped fields are flattened; signatures already in the original would not survive the rewrite
    # (their byte ranges change), so they are removed rather than left to show as broken.
    stamped = {stamp.field_name for stamp in stamps if stamp.field_name}
    remove_form_fields(writer, stamped | signed_signature_field_names(writer))
    original_digest = DocumentDigest.of(ORIGINAL_DOCUMENT_LABEL, original)
    documents = [original_digest, *(d for d in completion.documents if d.sha512 != original_digest.sha512)]
    certificate = PdfReader(io.BytesIO(render_certificate(completion, documents, CERTIFICATE_TITLE)))
    for page in certificate.pages:
        writer.add_page(page)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _writer_for(original: bytes) -> PdfWriter:
    try:
        reader = PdfReader(io.BytesIO(original))
        if reader.is_encrypted:
            raise FinaliseError("the document is encrypted; the sandbox can only finalise unprotected PDFs")
        if not reader.pages:
            raise FinaliseError("the document has no pages")
        return PdfWriter(clone_from=reader)
    except PdfReadError as error:
        raise FinaliseError(f"the document cannot be read as a PDF ({error}); it may be damaged") from None


def _stamp_pages(writer: PdfWriter, stamps: Sequence[Stamp]) -> None:
    page_count = len(writer.pages)
    by_page: dict[int, list[Stamp]] = {}
    for stamp in stamps:
        if stamp.page > page_count:
            raise FinaliseError(
                f"a {stamp.kind.value} field is placed on page {stamp.page}, "
                f"but the document has {page_count} page(s)"
            )
        by_page.setdefault(stamp.page, []).append(stamp)
    for number, page_stamps in sorted(by_page.items()):
        page = writer.pages[number - 1]
        geometry = PageGeometry.of_page(page)
        overlay = PdfReader(io.BytesIO(_draw_overlay(geometry, page_stamps))).pages[0]
        page.merge_transformed_page(overlay, Transformation(geometry.overlay_to_user))


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

"""Sealing a PDF with the sandbox certificate (pyHanko, asynchronous API: safe inside a running loop)."""

from __future__ import annotations

import io

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError

from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.sandbox_certificate import SandboxSigningIdentity

SEAL_FIELD_NAME = "SandboxSeal"


async def seal_pdf_async(pdf: bytes, identity: SandboxSigningIdentity, *, reason: str) -> bytes:
    """`pdf` with an invisible signature over the whole file, as an incremental update."""
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        metadata = signers.PdfSignatureMetadata(
            field_name=SEAL_FIELD_NAME,
            reason=reason,
            location="esign-desktop sandbox",
            md_algorithm="sha256",
        )
        output = await signers.async_sign_pdf(
            writer,
            metadata,
            signer=identity.signer,
            new_field_spec=fields.SigFieldSpec(sig_field_name=SEAL_FIELD_NAME),
        )
    except (PdfError, SigningError) as error:
        # e.g. "Author signature forbids all changes": a document certified with DocMDP level 1.
        raise FinaliseError(f"the sandbox could not seal the document: {error}") from None
    sealed: bytes = output.getvalue()
    return sealed

"""What the sandbox checks of an uploaded PDF before accepting it: that it opens, and its page count."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import PyPdfError


class UnreadablePdfError(ValueError):
    """The bytes are not a PDF the sandbox can open."""


def open_pdf(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadablePdfError("the PDF is encrypted")
        if len(reader.pages) == 0:
            raise UnreadablePdfError("the PDF has no pages")
    except (PyPdfError, ValueError, TypeError, KeyError, OSError) as error:
        if isinstance(error, UnreadablePdfError):
            raise
        raise UnreadablePdfError(f"the file is not a readable PDF ({type(error).__name__})") from None
    return reader


def page_count(data: bytes) -> int:
    return len(open_pdf(data).pages)

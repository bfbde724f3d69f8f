"""Opening a PDF with pypdf behind a wall that turns every failure into a typed PdfError."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, PdfObject

from esign_desktop.domain.geometry import PageBox, PageGeometryError
from esign_desktop.pdf import error_templates as templates
from esign_desktop.pdf.errors import (
    CertificateEncryptedPdf,
    DamagedPdf,
    EmptyPdf,
    NotAPdf,
    PasswordRequired,
    PdfError,
    PdfTooLarge,
    UnsupportedPage,
)

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
_HEADER_WINDOW = 1024  # the spec lets "%PDF-" appear anywhere in the first 1024 bytes

log = logging.getLogger(__name__)


@contextmanager
def pdf_errors(file_name: str) -> Iterator[None]:
    """Anything pypdf (or a malformed object) raises becomes DamagedPdf; our own PdfErrors pass through."""
    try:
        yield
    except PdfError:
        raise
    except (RecursionError, MemoryError) as error:
        raise DamagedPdf(file_name=file_name) from error
    except Exception as error:  # pypdf raises anything on garbage input
        log.debug("pypdf failed on %s: %s", file_name, type(error).__name__)
        raise DamagedPdf(file_name=file_name) from error


def open_pdf(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PdfReader:
    """A reader with at least one page, decrypted if it only has an (empty) owner password.

    Raises PasswordRequired for a user password, CertificateEncryptedPdf for public-key encryption.
    """
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(_HEADER_WINDOW)
    except OSError as error:
        raise PdfError(templates.UNREADABLE, file_name=name) from error
    if size > max_bytes:
        raise PdfTooLarge(
            templates.TOO_LARGE_SIZES,
            f"{size / 1_048_576:.1f}",
            f"{max_bytes / 1_048_576:.1f}",
            file_name=name,
        )
    if b"%PDF-" not in head:
        raise NotAPdf(file_name=name)
    with pdf_errors(name):
        try:
            reader = PdfReader(path, strict=False)
        except NotImplementedError as error:  # pypdf: "only Standard PDF encryption handler is available"
            if "encryption" not in str(error).lower():
                raise
            raise CertificateEncryptedPdf(file_name=name) from error
        if reader.is_encrypted and not _opens_without_password(reader):
            raise PasswordRequired(file_name=name)
        if len(reader.pages) == 0:
            raise EmptyPdf(file_name=name)
    return reader


def _opens_without_password(reader: PdfReader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - unsupported algorithms count as "needs a password"
        return False


def page_box_of(page: PageObject, file_name: str = "", page_no: int = 0) -> PageBox:
    """The page's boxes as viewers use them; pypdf has already copied inherited values onto the page."""
    try:
        return PageBox.from_raw(
            _numbers(page.get("/MediaBox")),
            _numbers(page.get("/CropBox")),
            _number(page.get("/Rotate"), 0.0),
            _number(page.get("/UserUnit"), 1.0),
        )
    except PageGeometryError as error:
        if page_no:
            raise UnsupportedPage(
                templates.UNSUPPORTED_PAGE_DETAIL, page_no, error, file_name=file_name
            ) from error
        raise UnsupportedPage(file_name=file_name) from error


def _numbers(value: PdfObject | None) -> list[float] | None:
    resolved = value.get_object() if value is not None else None
    if not isinstance(resolved, ArrayObject):
        return None
    try:
        return [float(item.get_object()) for item in resolved]
    except (TypeError, ValueError):
        return None


def _number(value: PdfObject | None, default: float) -> float:
    if value is None:
        return default
    try:
        return float(value.get_object())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default

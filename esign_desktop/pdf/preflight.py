"""Preflight: everything the app must know about a PDF before it joins an envelope.

CPU and disk bound (hashing, parsing): call it from an executor, never on the UI thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from esign_desktop.domain.geometry import PageBox
from esign_desktop.domain.model import Document, PageInfo, new_id
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

_HASH_CHUNK = 1024 * 1024


class WarningCode(StrEnum):
    ALREADY_SIGNED = "already_signed"
    MIXED_PAGE_SIZES = "mixed_page_sizes"
    MIXED_ROTATIONS = "mixed_rotations"
    JAVASCRIPT = "javascript"


_WARNING_TEXT = {
    WarningCode.ALREADY_SIGNED: (
        "The PDF is already digitally signed. Adding fields to it invalidates the existing signatures."
    ),
    WarningCode.MIXED_PAGE_SIZES: "The pages have different sizes; check field positions on each page.",
    WarningCode.MIXED_ROTATIONS: "Some pages are rotated; check field positions on each page.",
    WarningCode.JAVASCRIPT: (
        "The PDF contains JavaScript. Signing services may reject it; consider saving a clean copy."
    ),
}


@dataclass(frozen=True, slots=True)
class PdfWarning:
    code: WarningCode
    message: str


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One page: its boxes (for coordinate conversions) and what the viewer shows."""

    number: int  # 1-based
    box: PageBox

    @property
    def info(self) -> PageInfo:
        width, height = self.box.displayed_size
        return PageInfo(width=width, height=height, rotation=self.box.rotation)


@dataclass(frozen=True, slots=True)
class PdfReport:
    file_name: str
    size: int
    sha512: str  # lowercase hex
    pages: tuple[PdfPage, ...]
    has_signatures: bool
    has_javascript: bool
    warnings: tuple[PdfWarning, ...]

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def page_infos(self) -> tuple[PageInfo, ...]:
        return tuple(page.info for page in self.pages)

    def has_warning(self, code: WarningCode) -> bool:
        return any(warning.code is code for warning in self.warnings)


def inspect_pdf(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PdfReport:
    """Check and describe `path`. Raises a PdfError subclass for anything unusable; never anything else."""
    reader = open_pdf(path, max_bytes)
    name = path.name
    with pdf_errors(name):
        pages = tuple(
            PdfPage(number, page_box_of(page, name, number)) for number, page in enumerate(reader.pages, 1)
        )
        has_signatures = _has_signatures(reader)
        has_javascript = _has_javascript(reader)
    size, digest = _size_and_sha512(path)
    return PdfReport(
        file_name=name,
        size=size,
        sha512=digest,
        pages=pages,
        has_signatures=has_signatures,
        has_javascript=has_javascript,
        warnings=_warnings(pages, has_signatures, has_javascript),
    )


def domain_document(report: PdfReport, path: Path) -> Document:
    """The domain Document for a checked PDF (a new local id; not uploaded yet)."""
    return Document(
        id=new_id(),
        file_name=report.file_name,
        sha512=report.sha512,
        size=report.size,
        pages=report.page_infos,
        path=str(path),
        has_signatures=report.has_signatures,
    )


def _size_and_sha512(path: Path) -> tuple[int, str]:
    digest = hashlib.sha512()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _warnings(pages: tuple[PdfPage, ...], signed: bool, javascript: bool) -> tuple[PdfWarning, ...]:
    codes: list[WarningCode] = []
    if signed:
        codes.append(WarningCode.ALREADY_SIGNED)
    sizes = {(round(p.box.displayed_size[0], 1), round(p.box.displayed_size[1], 1)) for p in pages}
    # A landscape page and its portrait twin are the same sheet: compare sizes regardless of orientation.
    if len({tuple(sorted(size)) for size in sizes}) > 1:
        codes.append(WarningCode.MIXED_PAGE_SIZES)
    if len({p.box.rotation for p in pages}) > 1:
        codes.append(WarningCode.MIXED_ROTATIONS)
    if javascript:
        codes.append(WarningCode.JAVASCRIPT)
    return tuple(PdfWarning(code, _WARNING_TEXT[code]) for code in codes)


def _has_signatures(reader: PdfReader) -> bool:
    """A filled signature field (/FT /Sig with a /V), or certification permissions (/Perms)."""
    root = reader.trailer["/Root"].get_object()
    if isinstance(root, DictionaryObject) and "/Perms" in root:
        return True
    for field in (reader.get_fields() or {}).values():
        if field.get("/FT") == "/Sig" and field.get("/V") is not None:
            return True
    return False


def _has_javascript(reader: PdfReader) -> bool:
    """Document-level scripts, an opening script, or scripts on page annotations."""
    root = reader.trailer["/Root"].get_object()
    if not isinstance(root, DictionaryObject):
        return False
    names = root.get("/Names")
    if isinstance(names := names.get_object() if names is not None else None, DictionaryObject) and (
        "/JavaScript" in names
    ):
        return True
    if _is_javascript_action(root.get("/OpenAction")) or _has_javascript_trigger(root.get("/AA")):
        return True
    for page in reader.pages:
        annotations = page.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else None
        if not isinstance(annotations, ArrayObject):
            continue
        for annotation in annotations:
            annotation = annotation.get_object()
            if isinstance(annotation, DictionaryObject) and (
                _is_javascript_action(annotation.get("/A")) or _has_javascript_trigger(annotation.get("/AA"))
            ):
                return True
    return False


def _is_javascript_action(action: object) -> bool:
    action = action.get_object() if hasattr(action, "get_object") else action
    return isinstance(action, DictionaryObject) and action.get("/S") == "/JavaScript"


def _has_javascript_trigger(triggers: object) -> bool:
    triggers = triggers.get_object() if hasattr(triggers, "get_object") else triggers
    if not isinstance(triggers, DictionaryObject):
        return False
    return any(_is_javascript_action(action) for action in triggers.values())

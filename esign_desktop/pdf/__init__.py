"""PDF work with pypdf: preflight, page boxes, importing fields and tags, embedding form fields. No Qt.

Names are loaded on first use (PEP 562), so importing `esign_desktop.pdf.errors` at start-up does not pay
for pypdf and reportlab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from esign_desktop.pdf.acroform_import import import_acroform_fields, scan_acroform
    from esign_desktop.pdf.embedding import embed_form_fields
    from esign_desktop.pdf.errors import (
        AlreadySignedPdf,
        CertificateEncryptedPdf,
        DamagedPdf,
        EmptyPdf,
        EncryptedPdf,
        NotAPdf,
        PasswordRequired,
        PdfError,
        PdfTooLarge,
        RepairablePdf,
        RestrictedPdf,
        UnsupportedPage,
        WrongPassword,
    )
    from esign_desktop.pdf.field_types import (
        EmbeddedField,
        FieldToEmbed,
        ImportedField,
        SkippedField,
        SkipReason,
    )
    from esign_desktop.pdf.preflight import (
        PdfPage,
        PdfReport,
        PdfWarning,
        WarningCode,
        domain_document,
        inspect_pdf,
    )
    from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES
    from esign_desktop.pdf.text_tags import TAG_PATTERN, find_text_tags

_WHERE = {
    "import_acroform_fields": "acroform_import",
    "scan_acroform": "acroform_import",
    "embed_form_fields": "embedding",
    "AlreadySignedPdf": "errors",
    "CertificateEncryptedPdf": "errors",
    "PasswordRequired": "errors",
    "RepairablePdf": "errors",
    "RestrictedPdf": "errors",
    "WrongPassword": "errors",
    "SkippedField": "field_types",
    "SkipReason": "field_types",
    "DamagedPdf": "errors",
    "EmptyPdf": "errors",
    "EncryptedPdf": "errors",
    "NotAPdf": "errors",
    "PdfError": "errors",
    "PdfTooLarge": "errors",
    "UnsupportedPage": "errors",
    "EmbeddedField": "field_types",
    "FieldToEmbed": "field_types",
    "ImportedField": "field_types",
    "PdfPage": "preflight",
    "PdfReport": "preflight",
    "PdfWarning": "preflight",
    "WarningCode": "preflight",
    "domain_document": "preflight",
    "inspect_pdf": "preflight",
    "DEFAULT_MAX_BYTES": "reading",
    "TAG_PATTERN": "text_tags",
    "find_text_tags": "text_tags",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MAX_BYTES",
    "TAG_PATTERN",
    "AlreadySignedPdf",
    "CertificateEncryptedPdf",
    "DamagedPdf",
    "EmbeddedField",
    "EmptyPdf",
    "EncryptedPdf",
    "FieldToEmbed",
    "ImportedField",
    "NotAPdf",
    "PasswordRequired",
    "PdfError",
    "PdfPage",
    "PdfReport",
    "PdfTooLarge",
    "PdfWarning",
    "RepairablePdf",
    "RestrictedPdf",
    "SkipReason",
    "SkippedField",
    "UnsupportedPage",
    "WarningCode",
    "WrongPassword",
    "domain_document",
    "embed_form_fields",
    "find_text_tags",
    "import_acroform_fields",
    "inspect_pdf",
    "scan_acroform",
]

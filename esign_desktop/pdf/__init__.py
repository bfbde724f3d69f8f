"""PDF work with pypdf: preflight, page boxes, importing fields and tags, embedding form fields. No Qt."""

from esign_desktop.pdf.acroform_import import import_acroform_fields
from esign_desktop.pdf.embedding import embed_form_fields
from esign_desktop.pdf.errors import (
    AlreadySignedPdf,
    DamagedPdf,
    EmptyPdf,
    EncryptedPdf,
    NotAPdf,
    PdfError,
    PdfTooLarge,
    UnsupportedPage,
)
from esign_desktop.pdf.field_types import EmbeddedField, FieldToEmbed, ImportedField
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

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TAG_PATTERN",
    "AlreadySignedPdf",
    "DamagedPdf",
    "EmbeddedField",
    "EmptyPdf",
    "EncryptedPdf",
    "FieldToEmbed",
    "ImportedField",
    "NotAPdf",
    "PdfError",
    "PdfPage",
    "PdfReport",
    "PdfTooLarge",
    "PdfWarning",
    "UnsupportedPage",
    "WarningCode",
    "domain_document",
    "embed_form_fields",
    "find_text_tags",
    "import_acroform_fields",
    "inspect_pdf",
]

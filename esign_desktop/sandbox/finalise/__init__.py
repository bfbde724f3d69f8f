"""The sandbox's final documents: stamps at the placed fields, a completion certificate, a sandbox seal.

Independent of the client's packages (domain, pdf, providers): it keeps its own small page geometry, so a
placement mistake on either side shows up in end-to-end tests instead of cancelling out.
"""

from __future__ import annotations

from esign_desktop.sandbox.finalise.completion import CompletionInfo, DocumentDigest, PartyRecord, sha512_hex
from esign_desktop.sandbox.finalise.digital_seal import SEAL_FIELD_NAME
from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.finalise import (
    build_unsigned_final_pdf,
    finalise_pdf,
    finalise_pdf_async,
    make_receipt_pdf,
    make_receipt_pdf_async,
)
from esign_desktop.sandbox.finalise.form_fields import FormFieldPlacement, find_form_field_placements
from esign_desktop.sandbox.finalise.page_geometry import PageGeometry, normalise_rotation
from esign_desktop.sandbox.finalise.sandbox_certificate import SandboxSigningIdentity, load_signing_identity
from esign_desktop.sandbox.finalise.stamp import (
    GMO_PERCENT,
    GmoPercentConvention,
    Stamp,
    StampKind,
    StampRect,
    rect_from_gmo_percent,
    rect_from_user_space,
)

__all__ = [
    "GMO_PERCENT",
    "SEAL_FIELD_NAME",
    "CompletionInfo",
    "DocumentDigest",
    "FinaliseError",
    "FormFieldPlacement",
    "GmoPercentConvention",
    "PageGeometry",
    "PartyRecord",
    "SandboxSigningIdentity",
    "Stamp",
    "StampKind",
    "StampRect",
    "build_unsigned_final_pdf",
    "finalise_pdf",
    "finalise_pdf_async",
    "find_form_field_placements",
    "load_signing_identity",
    "make_receipt_pdf",
    "make_receipt_pdf_async",
    "normalise_rotation",
    "rect_from_gmo_percent",
    "rect_from_user_space",
    "sha512_hex",
]

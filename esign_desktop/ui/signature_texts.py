"""What the local check of a signed PDF found, in the UI's language (context "Signatures").

services/signature_check.py gives the facts (who signed and when, what became of the signed content, whether
the signer is trusted, or why the signature cannot be checked) and an English `summary` for the logs; the
window says the facts here. The check's module loads pyHanko, so it is only imported for type checking: the
tables below are keyed by the enumerations' values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from esign_desktop.ui.models.envelope_columns import format_time
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from esign_desktop.services.signature_check import SignatureReport

CONTEXT = "Signatures"

# Keyed by signature_check.Integrity, Trust and Unreadable values (tests/gui/test_signature_texts.py).
INTEGRITY: dict[str, str] = {
    "unchanged": QT_TRANSLATE_NOOP("Signatures", "The document has not been changed since."),
    "later_additions": QT_TRANSLATE_NOOP(
        "Signatures",
        "The signed content is unchanged, but later additions were made to the file "
        "(further signatures or filled-in form fields).",
    ),
    "changed_after": QT_TRANSLATE_NOOP(
        "Signatures",
        "The signed content is unchanged, but the file was changed after signing: check the later changes.",
    ),
    "broken": QT_TRANSLATE_NOOP(
        "Signatures", "The document has been modified since it was signed, so this signature is broken."
    ),
}
TRUST: dict[str, str] = {
    "trusted": QT_TRANSLATE_NOOP("Signatures", "The signer's certificate is trusted by this computer."),
    "revoked": QT_TRANSLATE_NOOP("Signatures", "The signer's certificate has been revoked."),
    "not_trusted": QT_TRANSLATE_NOOP(
        "Signatures", "The signer's certificate is not trusted by this computer."
    ),
}
UNREADABLE: dict[str, str] = {
    "its signed byte ranges cannot be read": QT_TRANSLATE_NOOP(
        "Signatures",
        "This signature cannot be checked: its signed byte ranges cannot be read. "
        "Treat the document as unverified.",
    ),
    "its signature data cannot be read": QT_TRANSLATE_NOOP(
        "Signatures",
        "This signature cannot be checked: its signature data cannot be read. "
        "Treat the document as unverified.",
    ),
}


def signature_text(report: SignatureReport) -> str:
    """One signature's findings as sentences in the UI's language."""
    if report.unreadable is not None:
        return _tr(UNREADABLE[report.unreadable])
    if report.signed_at is not None:
        signed = QCoreApplication.translate("Signatures", "Signed by %1 on %2.")
        who = fill(signed, report.signer, format_time(report.signed_at))
    else:
        who = fill(QCoreApplication.translate("Signatures", "Signed by %1."), report.signer)
    # Sentences follow each other with a space in English and Swedish, with none in Japanese.
    sentences = QCoreApplication.translate("Signatures", "%1 %2 %3")
    return fill(sentences, who, _tr(INTEGRITY[report.integrity]), _tr(TRUST[report.trust]))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)

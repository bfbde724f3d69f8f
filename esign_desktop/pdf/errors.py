"""Why a PDF cannot be used, in words a person can act on."""

# The names (NotAPdf, DamagedPdf...) are the project's agreed vocabulary, hence no "Error" suffix.
# ruff: noqa: N818

from __future__ import annotations

from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.pdf import error_templates as templates

# pikepdf.Permissions attribute -> what a person reads
RESTRICTION_NAMES = {
    "modify_other": "changing the document",
    "modify_assembly": "inserting, removing or rotating pages",
    "modify_form": "filling in form fields",
    "modify_annotation": "adding comments and fields",
    "extract": "copying text and images",
    "print_highres": "high-quality printing",
    "print_lowres": "printing",
    "accessibility": "extracting text for accessibility",
}


class PdfError(AppError):
    """Base of every PDF problem: a template of pdf/error_templates.py with its values, about one file (the
    `subject`: "<file name>: <sentence>"). `user_message` is safe to show; it never contains file contents."""

    default_message = templates.UNUSABLE

    def __init__(self, template: str = "", *values: object, file_name: str = "") -> None:
        super().__init__(template or self.default_message, *values, subject=file_name)
        self.file_name = file_name

    @property
    def user_message(self) -> str:
        """The English sentence, after the file's name."""
        return self.message


class NotAPdf(PdfError):
    default_message = templates.NOT_A_PDF


class DamagedPdf(PdfError):
    default_message = templates.DAMAGED


class EncryptedPdf(PdfError):
    default_message = templates.ENCRYPTED


class EmptyPdf(PdfError):
    default_message = templates.EMPTY


class PdfTooLarge(PdfError):
    default_message = templates.TOO_LARGE


class UnsupportedPage(PdfError):
    """A page whose geometry cannot be shown reliably (e.g. rotation not a multiple of 90, no size)."""

    default_message = templates.UNSUPPORTED_PAGE


class AlreadySignedPdf(PdfError):
    default_message = templates.ALREADY_SIGNED


class PasswordRequired(EncryptedPdf):
    """A user password is needed to open the file. The app asks for it and never stores it."""

    default_message = templates.OPENS_WITH_A_KEY


class WrongPassword(EncryptedPdf):
    default_message = templates.WRONG_KEY


class CertificateEncryptedPdf(EncryptedPdf):
    """Public-key (certificate) encryption: only the holders of the recipients' private keys can open it."""

    default_message = templates.CERTIFICATE_ENCRYPTED


class RestrictedPdf(PdfError):
    """Owner-password encryption: it opens without a password, but its author set restrictions.

    Neither service can take it as it is (GMO Sign refuses encrypted files; the copy sent to Assently with
    fields cannot keep the encryption), so the person must agree to an unrestricted copy first.
    """

    default_message = templates.RESTRICTED

    def __init__(self, *, file_name: str = "", restrictions: tuple[str, ...] = ()) -> None:
        listed: object = ", ".join(restrictions) if restrictions else Phrase(templates.RESTRICTIONS_NONE)
        super().__init__(templates.RESTRICTED, listed, file_name=file_name)
        self.restrictions = restrictions


class RepairablePdf(DamagedPdf):
    """Damaged, but qpdf can rebuild it; the app offers a repaired copy (the original is not changed)."""

    default_message = templates.REPAIRABLE

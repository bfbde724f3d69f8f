"""Why a PDF cannot be used, in words a person can act on."""

# The names (NotAPdf, DamagedPdf...) are the project's agreed vocabulary, hence no "Error" suffix.
# ruff: noqa: N818

from __future__ import annotations

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


class PdfError(Exception):
    """Base of every PDF problem. `user_message` is safe to show; it never contains file contents."""

    default_message = "This file cannot be used as a PDF document."

    def __init__(self, user_message: str = "", *, file_name: str = "") -> None:
        message = user_message or self.default_message
        if file_name:
            message = f"{file_name}: {message}"
        super().__init__(message)
        self.user_message = message
        self.file_name = file_name


class NotAPdf(PdfError):
    default_message = "This is not a PDF file. Choose a PDF document (the name usually ends in .pdf)."


class DamagedPdf(PdfError):
    default_message = (
        "The PDF is damaged or incomplete (perhaps a download was cut short). "
        "Open it in a PDF viewer, save a fresh copy, and add that copy instead."
    )


class EncryptedPdf(PdfError):
    default_message = (
        "The PDF is password protected. Remove the password (open it and save or print it to a new PDF) "
        "and add the unprotected copy."
    )


class EmptyPdf(PdfError):
    default_message = "The PDF has no pages."


class PdfTooLarge(PdfError):
    default_message = (
        "The PDF is too large to send. Reduce its size (for example, compress images) and try again."
    )


class UnsupportedPage(PdfError):
    """A page whose geometry cannot be shown reliably (e.g. rotation not a multiple of 90, no size)."""

    default_message = "A page of this PDF cannot be displayed reliably."


class AlreadySignedPdf(PdfError):
    default_message = (
        "The PDF is already digitally signed. Adding fields would invalidate the existing signatures: "
        "send the document without placed fields, or use an unsigned copy."
    )


class PasswordRequired(EncryptedPdf):
    """A user password is needed to open the file. The app asks for it and never stores it."""

    default_message = (
        "The PDF is protected with a password. Enter the password to use it: the app makes an unprotected "
        "working copy for this draft and does not keep the password."
    )


class WrongPassword(EncryptedPdf):
    default_message = "The password is not correct for this PDF. Check it and try again."


class CertificateEncryptedPdf(EncryptedPdf):
    """Public-key (certificate) encryption: only the holders of the recipients' private keys can open it."""

    default_message = (
        "The PDF is encrypted for particular recipients' certificates (public-key encryption), not with a "
        "password. It is not damaged, but only those recipients can open it: ask the sender for an "
        "unencrypted copy and add that instead."
    )


class RestrictedPdf(PdfError):
    """Owner-password encryption: it opens without a password, but its author set restrictions.

    Neither service can take it as it is (GMO Sign refuses encrypted files; the copy sent to Assently with
    fields cannot keep the encryption), so the person must agree to an unrestricted copy first.
    """

    default_message = (
        "The PDF is encrypted with an owner password: it opens without one, but its author restricted what "
        "may be done with it. GMO Sign refuses encrypted files, and placing fields for Assently writes a "
        "copy without the restrictions. To send it, confirm that you may remove the restrictions: the app "
        "then uses an unrestricted copy (the original file is not changed)."
    )

    def __init__(
        self, user_message: str = "", *, file_name: str = "", restrictions: tuple[str, ...] = ()
    ) -> None:
        if not user_message:
            listed = ", ".join(restrictions) if restrictions else "none (but the file is still encrypted)"
            user_message = f"{self.default_message} Restrictions: {listed}."
        super().__init__(user_message, file_name=file_name)
        self.restrictions = restrictions


class RepairablePdf(DamagedPdf):
    """Damaged, but qpdf can rebuild it; the app offers a repaired copy (the original is not changed)."""

    default_message = (
        "The PDF is damaged (for example junk before its start, a broken last update or a broken page list), "
        "but a repaired copy can be made. Repair it to continue: the repaired copy is used from then on and "
        "the original file is not changed. Check the pages after repairing."
    )

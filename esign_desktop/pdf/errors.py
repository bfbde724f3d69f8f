"""Why a PDF cannot be used, in words a person can act on."""

# The names (NotAPdf, DamagedPdf...) are the project's agreed vocabulary, hence no "Error" suffix.
# ruff: noqa: N818

from __future__ import annotations


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

"""The English templates of every PDF problem people may read (pdf/errors.py), with %1..%9 for their values.

A problem with one file is shown as "<file name>: <sentence>" (the file name is the error's `subject`, not a
value of the template). The UI lists the same texts for translation (ui/error_text.PDF_TEMPLATES;
tests/unit/test_error_text.py keeps the two equal and fails on a PdfError built from any other text). A new
problem: add its template here and to `TEMPLATES`, the same literal to ui/error_text.py, then translate it
(docs/translations.md)."""

from __future__ import annotations

UNUSABLE = "This file cannot be used as a PDF document."
NOT_A_PDF = "This is not a PDF file. Choose a PDF document (the name usually ends in .pdf)."
DAMAGED = (
    "The PDF is damaged or incomplete (perhaps a download was cut short). "
    "Open it in a PDF viewer, save a fresh copy, and add that copy instead."
)
ENCRYPTED = (
    "The PDF is password protected. Remove the password (open it and save or print it to a new PDF) "
    "and add the unprotected copy."
)
EMPTY = "The PDF has no pages."
TOO_LARGE = "The PDF is too large to send. Reduce its size (for example, compress images) and try again."
TOO_LARGE_SIZES = (
    "The PDF is %1 MB; the limit is %2 MB. Reduce its size (for example, compress images) and try again."
)
UNSUPPORTED_PAGE = "A page of this PDF cannot be displayed reliably."
UNSUPPORTED_PAGE_DETAIL = "Page %1: %2"
ALREADY_SIGNED = (
    "The PDF is already digitally signed. Adding fields would invalidate the existing signatures: "
    "send the document without placed fields, or use an unsigned copy."
)
OPENS_WITH_A_KEY = (  # "password" in a constant's name reads as a secret to the linters
    "The PDF is protected with a password. Enter the password to use it: the app makes an unprotected "
    "working copy for this draft and does not keep the password."
)
WRONG_KEY = "The password is not correct for this PDF. Check it and try again."
CERTIFICATE_ENCRYPTED = (
    "The PDF is encrypted for particular recipients' certificates (public-key encryption), not with a "
    "password. It is not damaged, but only those recipients can open it: ask the sender for an "
    "unencrypted copy and add that instead."
)
RESTRICTED = (
    "The PDF is encrypted with an owner password: it opens without one, but its author restricted what "
    "may be done with it. GMO Sign refuses encrypted files, and placing fields for Assently writes a "
    "copy without the restrictions. To send it, confirm that you may remove the restrictions: the app "
    "then uses an unrestricted copy (the original file is not changed). Restrictions: %1."
)
REPAIRABLE = (
    "The PDF is damaged (for example junk before its start, a broken last update or a broken page list), "
    "but a repaired copy can be made. Repair it to continue: the repaired copy is used from then on and "
    "the original file is not changed. Check the pages after repairing."
)
UNREADABLE = "The file cannot be read. Check that it still exists and that you may open it."
COPY_FAILED = "The file cannot be read or the copy cannot be written. Check the file and the free disk space."
FIELD_OFF_THE_PAGES = "Field %1 is on page %2, but the document has %3 pages."
SERVICE_SENT_OTHER_TYPE = (
    "%1 sent %2 instead of a PDF for '%3'; nothing was saved. "
    "Try again later; if it keeps happening, check the account's address."
)
SERVICE_SENT_NO_PDF = (
    "The service sent something other than a PDF for '%1' (%2); nothing was saved. "
    "Try again later; if it keeps happening, check the account's address."
)
WITH_HINT = "%1 %2"  # the command line's problem and what to do about it (cli.py)

# Values of the templates above that are fixed English text (Phrase values, translated in the UI).
RESTRICTIONS_NONE = "none (but the file is still encrypted)"
SENT_A_WEB_PAGE = "a web page"
SENT_JSON = "JSON"
SENT_NOT_A_PDF = "not a PDF"
SENT_NOTHING = "empty"

TEMPLATES: tuple[str, ...] = (
    UNUSABLE,
    NOT_A_PDF,
    DAMAGED,
    ENCRYPTED,
    EMPTY,
    TOO_LARGE,
    TOO_LARGE_SIZES,
    UNSUPPORTED_PAGE,
    UNSUPPORTED_PAGE_DETAIL,
    ALREADY_SIGNED,
    OPENS_WITH_A_KEY,
    WRONG_KEY,
    CERTIFICATE_ENCRYPTED,
    RESTRICTED,
    REPAIRABLE,
    UNREADABLE,
    COPY_FAILED,
    FIELD_OFF_THE_PAGES,
    SERVICE_SENT_OTHER_TYPE,
    SERVICE_SENT_NO_PDF,
    WITH_HINT,
)
PHRASES: tuple[str, ...] = (RESTRICTIONS_NONE, SENT_A_WEB_PAGE, SENT_JSON, SENT_NOT_A_PDF, SENT_NOTHING)

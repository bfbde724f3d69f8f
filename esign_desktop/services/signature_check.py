"""Checking the digital signatures in a downloaded PDF on this computer, and saying plainly what was found.

pyHanko's synchronous validation calls asyncio.run() and fails inside the app's running qasync loop, so this
uses its asynchronous API. Reading the file, hashing the signed byte ranges and comparing revisions are
CPU work: they run in a worker thread first, and the loop only does the certificate checks.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from asn1crypto import pem  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.crypt import AuthStatus
from pyhanko.pdf_utils.misc import PdfError as PyHankoPdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from esign_desktop.pdf import error_templates as pdf_templates
from esign_desktop.pdf.errors import DamagedPdf, EncryptedPdf, NotAPdf, PdfError

log = logging.getLogger(__name__)

_HEADER_WINDOW = 1024  # the spec lets "%PDF-" appear anywhere in the first 1024 bytes
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Signing certificates in the wild carry either usage; pyHanko's default demands non-repudiation only.
_SIGNING_KEY_USAGES = KeyUsageConstraints(
    key_usage={"non_repudiation", "digital_signature"}, match_all_key_usages=False
)


class InvalidTrustRoot(ValueError):  # noqa: N818 - named like the pdf errors: what is wrong, not "Error"
    """A trust root given to verify_pdf_signatures is not an X.509 certificate (PEM or DER)."""


class Integrity(StrEnum):
    """What became of the signed content (the window says it in its language: ui/signature_texts.py)."""

    UNCHANGED = "unchanged"  # the whole file is as signed
    LATER_ADDITIONS = "later_additions"  # further signatures or filled-in form fields after it
    CHANGED_AFTER = "changed_after"  # other changes after signing
    BROKEN = "broken"  # modified since it was signed, or the signature cannot be checked


class Trust(StrEnum):
    TRUSTED = "trusted"
    REVOKED = "revoked"
    NOT_TRUSTED = "not_trusted"


class Unreadable(StrEnum):
    """Why a signature cannot be checked at all."""

    BYTE_RANGES = "its signed byte ranges cannot be read"
    SIGNATURE_DATA = "its signature data cannot be read"


@dataclass(frozen=True, slots=True)
class SignatureReport:
    """One signature in a PDF, as a person needs to know it.

    `intact`: the bytes the signature covers are exactly those that were signed (and the signature itself is
    mathematically valid). `covers_whole_document`: nothing was appended after signing; False when a later
    incremental update (another signature, filled-in fields, or any other change) follows it.
    `trusted`: the signer's certificate chains to one of the trust roots given. `summary` says it all in
    English (logs); `integrity`, `trust` and `unreadable` are the same facts for the window to say.
    """

    field_name: str
    signer: str
    signed_at: datetime | None
    intact: bool
    covers_whole_document: bool
    trusted: bool
    summary: str
    integrity: Integrity = Integrity.BROKEN
    trust: Trust = Trust.NOT_TRUSTED
    unreadable: Unreadable | None = None  # set when the signature cannot be checked at all


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A signature whose digest and revision comparison were computed off the loop."""

    signature: EmbeddedPdfSignature
    problem: Unreadable | None  # why it cannot be checked; None when it can


async def verify_pdf_signatures(path: Path, trust_roots: Sequence[bytes] = ()) -> list[SignatureReport]:
    """Every signature in the PDF at `path`, in the order they were applied; [] when it has none.

    `trust_roots` are certificates (PEM or DER) this computer trusts; nothing else is (no system store, no
    network look-ups). Raises a pdf PdfError (NotAPdf, DamagedPdf, EncryptedPdf...) with a user message
    when the file cannot be read, and InvalidTrustRoot for a trust root that is not a certificate.
    """
    roots = [_load_certificate(root) for root in trust_roots]
    prepared = await asyncio.to_thread(_read_and_hash, path)
    reports: list[SignatureReport] = []
    for item in prepared:
        if item.problem is not None:
            reports.append(_unreadable_report(item.signature, item.problem))
            continue
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = await async_validate_pdf_signature(
                item.signature,
                signer_validation_context=context,
                key_usage_settings=_SIGNING_KEY_USAGES,
                skip_diff=True,  # already done in _read_and_hash; the result stays on the signature
            )
        except (SignatureValidationError, PyHankoPdfError, ValueError) as error:
            log.info("signature %s in %s cannot be checked: %s", item.signature.field_name, path.name, error)
            reports.append(_unreadable_report(item.signature, Unreadable.SIGNATURE_DATA))
            continue
        reports.append(_report(item.signature.field_name, status))
    return reports


def _load_certificate(data: bytes) -> asn1_x509.Certificate:
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        certificate = asn1_x509.Certificate.load(data)
        certificate.native  # noqa: B018 - asn1crypto parses lazily; this makes a bad encoding fail here
    except (ValueError, TypeError) as error:
        raise InvalidTrustRoot("A trusted certificate is not a valid X.509 certificate.") from error
    return certificate


def _read_and_hash(path: Path) -> list[_Prepared]:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PdfError(pdf_templates.UNREADABLE, file_name=name) from error
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise NotAPdf(file_name=name)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted and not _opens_without_password(reader):
            raise EncryptedPdf(file_name=name)
        signatures = list(reader.embedded_signatures)
    except PdfError:
        raise
    except Exception as error:  # a damaged file makes the parser raise anything
        log.debug("pyHanko could not read %s: %s", name, type(error).__name__)
        raise DamagedPdf(file_name=name) from error
    return [_prepare(signature) for signature in signatures]


def _opens_without_password(reader: PdfFileReader) -> bool:
    try:
        result = reader.decrypt("")
    except Exception:  # noqa: BLE001 - an unsupported security handler means "locked" too
        return False
    return result.status != AuthStatus.FAILED


def _prepare(signature: EmbeddedPdfSignature) -> _Prepared:
    try:
        signature.compute_integrity_info()  # type: ignore[no-untyped-call]
    except (SignatureValidationError, PyHankoPdfError, ValueError) as error:
        log.info("signature %s cannot be checked: %s", signature.field_name, error)
        return _Prepared(signature, Unreadable.BYTE_RANGES)
    return _Prepared(signature, None)


def _report(field_name: str, status: PdfSignatureStatus) -> SignatureReport:
    signer = _signer_name(status)
    signed_at = _signing_time(status)
    intact = status.intact and status.valid
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    trusted = status.trusted  # pyHanko's trusted already requires intact and valid
    integrity = _integrity(intact=intact, whole=whole, level=status.modification_level)
    trust = _trust(trusted=trusted, revoked=status.revoked)
    parts = [_who_and_when(signer, signed_at), _INTEGRITY_TEXTS[integrity], _TRUST_TEXTS[trust]]
    return SignatureReport(
        field_name=field_name,
        signer=signer,
        signed_at=signed_at,
        intact=intact,
        covers_whole_document=whole,
        trusted=trusted,
        summary="; ".join(parts) + ".",
        integrity=integrity,
        trust=trust,
    )


def _unreadable_report(signature: EmbeddedPdfSignature, problem: Unreadable) -> SignatureReport:
    return SignatureReport(
        field_name=signature.field_name,
        signer="",
        signed_at=None,
        intact=False,
        covers_whole_document=False,
        trusted=False,
        summary=f"This signature cannot be checked: {problem.value}. Treat the document as unverified.",
        unreadable=problem,
    )


def _signer_name(status: PdfSignatureStatus) -> str:
    subject = status.signing_cert.subject.native
    common_name = _first(subject.get("common_name"))
    organisation = _first(subject.get("organization_name"))
    if common_name and organisation and organisation not in common_name:
        return f"{common_name} ({organisation})"
    return common_name or organisation or status.signing_cert.subject.human_friendly


def _first(value: object) -> str:
    """Subject attributes are a string, or a list of strings when the attribute repeats."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def _signing_time(status: PdfSignatureStatus) -> datetime | None:
    """A trusted timestamp token's time when there is one, else the time the signer's software wrote."""
    timestamp = status.timestamp_validity
    moment = timestamp.timestamp if timestamp is not None and timestamp.intact else status.signer_reported_dt
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _who_and_when(signer: str, signed_at: datetime | None) -> str:
    text = f"Signed by {signer}"
    if signed_at is not None:
        # Month names fixed in English: strftime's %b follows the C locale, which Qt may change.
        utc = signed_at.astimezone(UTC)
        text += f" on {utc.day} {_MONTHS[utc.month - 1]} {utc.year} {utc:%H:%M} UTC"
    return text


def _integrity(*, intact: bool, whole: bool, level: ModificationLevel | None) -> Integrity:
    if not intact:
        return Integrity.BROKEN
    if whole:
        return Integrity.UNCHANGED
    if level in (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING):
        return Integrity.LATER_ADDITIONS
    return Integrity.CHANGED_AFTER


_INTEGRITY_TEXTS = {
    Integrity.BROKEN: "the document has been modified since it was signed, so this signature is broken",
    Integrity.UNCHANGED: "the document has not been changed since",
    Integrity.LATER_ADDITIONS: (
        "the signed content is unchanged, but later additions were made to the file "
        "(further signatures or filled-in form fields)"
    ),
    Integrity.CHANGED_AFTER: (
        "the signed content is unchanged, but the file was changed after signing: check the later changes"
    ),
}


def _trust(*, trusted: bool, revoked: bool) -> Trust:
    if trusted:
        return Trust.TRUSTED
    if revoked:
        return Trust.REVOKED
    return Trust.NOT_TRUSTED


_TRUST_TEXTS = {
    Trust.TRUSTED: "the signer's certificate is trusted by this computer",
    Trust.REVOKED: "the signer's certificate has been revoked",
    Trust.NOT_TRUSTED: "the signer's certificate is not trusted by this computer",
}

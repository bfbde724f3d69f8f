"""Verifying real signed PDFs locally: intact, trusted, tampered, extended, unsigned, unreadable."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from esign_desktop.pdf.errors import DamagedPdf, EncryptedPdf, NotAPdf, PdfError
from esign_desktop.sandbox.finalise import (
    CompletionInfo,
    PartyRecord,
    SandboxSigningIdentity,
    finalise_pdf,
    load_signing_identity,
)
from esign_desktop.sandbox.finalise.sandbox_certificate import SIGNER_COMMON_NAME
from esign_desktop.services.signature_check import InvalidTrustRoot, SignatureReport, verify_pdf_signatures
from tests.pdf_factory import (
    PageSpec,
    TextSpec,
    make_encrypted_pdf,
    make_not_a_pdf,
    make_pdf,
    make_signed_pdf,
    make_truncated_pdf,
)

SIGNER = "Sandbox Signing Service"
COMPLETED_AT = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def verify(path: Path, trust_roots: Sequence[bytes] = ()) -> list[SignatureReport]:
    """Runs the check inside a running event loop, where pyHanko's synchronous API would fail."""
    return asyncio.run(verify_pdf_signatures(path, trust_roots))


@pytest.fixture
def signed_pdf(tmp_path: Path) -> Path:
    return make_signed_pdf(tmp_path / "signed.pdf", SIGNER)


@pytest.fixture
def identity(tmp_path: Path) -> SandboxSigningIdentity:
    return load_signing_identity(tmp_path / "certs")


@pytest.fixture
def sandbox_final_pdf(tmp_path: Path, identity: SandboxSigningIdentity) -> Path:
    original = make_pdf(tmp_path / "original.pdf", [PageSpec(texts=[TextSpec(72, 700, "Lease")])])
    info = CompletionInfo(
        envelope_name="Lease agreement",
        envelope_id="5b2c3f9e-0000-4000-8000-000000000001",
        provider="Assently E-Sign",
        completed_at=COMPLETED_AT,
        parties=[PartyRecord("Anna Andersson", "anna@example.com", "signed", COMPLETED_AT)],
    )
    final = finalise_pdf(original.read_bytes(), [], info, cert_dir=tmp_path / "certs")
    path = tmp_path / "final.pdf"
    path.write_bytes(final)
    return path


def test_intact_signature_from_an_unknown_signer_is_reported_untrusted(signed_pdf: Path) -> None:
    before = datetime.now(UTC) - timedelta(minutes=5)  # the factory signs when the fixture runs

    [report] = verify(signed_pdf)

    assert report.field_name == "Signature1"
    assert report.signer == SIGNER
    assert report.intact
    assert report.covers_whole_document
    assert not report.trusted
    assert report.signed_at is not None
    assert report.signed_at.tzinfo is not None
    assert before <= report.signed_at <= datetime.now(UTC)
    when = report.signed_at.astimezone(UTC)
    assert report.summary == (
        f"Signed by {SIGNER} on {when.day} {when:%b %Y %H:%M} UTC; "
        "the document has not been changed since; the signer's certificate is not trusted by this computer."
    )


def test_sandbox_seal_is_trusted_when_its_ca_is_a_trust_root(
    sandbox_final_pdf: Path, identity: SandboxSigningIdentity
) -> None:
    [report] = verify(sandbox_final_pdf, [identity.ca_certificate_pem])

    assert report.signer == SIGNER_COMMON_NAME
    assert report.intact
    assert report.covers_whole_document
    assert report.trusted
    assert report.summary.endswith("the signer's certificate is trusted by this computer.")


def test_same_seal_is_untrusted_without_its_ca(sandbox_final_pdf: Path) -> None:
    [report] = verify(sandbox_final_pdf)

    assert report.intact
    assert not report.trusted


def test_a_der_trust_root_works_like_pem(sandbox_final_pdf: Path, identity: SandboxSigningIdentity) -> None:
    [report] = verify(sandbox_final_pdf, [identity.ca_certificate.dump()])

    assert report.trusted


def test_one_changed_byte_in_the_signed_content_breaks_the_signature(
    signed_pdf: Path, identity: SandboxSigningIdentity
) -> None:
    data = signed_pdf.read_bytes()
    at = data.index(b"Signed document")
    signed_pdf.write_bytes(data[:at] + b"X" + data[at + 1 :])

    [report] = verify(signed_pdf)

    assert not report.intact
    assert not report.trusted
    assert "has been modified since it was signed" in report.summary


def test_tampered_document_is_not_trusted_even_with_its_ca(
    sandbox_final_pdf: Path, identity: SandboxSigningIdentity
) -> None:
    data = sandbox_final_pdf.read_bytes()
    at = data.index(b"/MediaBox")
    sandbox_final_pdf.write_bytes(data[:at] + b"/MediaBoy" + data[at + 9 :])

    [report] = verify(sandbox_final_pdf, [identity.ca_certificate_pem])

    assert not report.intact
    assert not report.trusted


def test_an_incremental_update_after_signing_is_reported(signed_pdf: Path) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf.read_bytes()))
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()  # type: ignore[no-untyped-call]
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    signed_pdf.write_bytes(output.getvalue())

    [report] = verify(signed_pdf)

    assert report.intact  # the signed revision itself is untouched
    assert not report.covers_whole_document
    assert "the file was changed after signing" in report.summary


def test_a_second_signature_leaves_the_first_one_partial_and_names_both_signers(
    signed_pdf: Path, identity: SandboxSigningIdentity
) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf.read_bytes()))
    countersigned = signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name="Counter"),
        signer=identity.signer,
        new_field_spec=fields.SigFieldSpec(sig_field_name="Counter"),
    )
    signed_pdf.write_bytes(countersigned.getvalue())

    first, second = verify(signed_pdf, [identity.ca_certificate_pem])

    assert (first.field_name, first.signer) == ("Signature1", SIGNER)
    assert first.intact
    assert not first.covers_whole_document
    assert "further signatures" in first.summary
    assert not first.trusted
    assert (second.field_name, second.signer) == ("Counter", SIGNER_COMMON_NAME)
    assert second.intact
    assert second.covers_whole_document
    assert second.trusted


def test_unsigned_pdf_has_no_signatures(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "plain.pdf", [PageSpec(texts=[TextSpec(72, 700, "No signature")])])

    assert verify(path) == []


def test_checks_run_concurrently_inside_one_running_loop(
    signed_pdf: Path, sandbox_final_pdf: Path, identity: SandboxSigningIdentity
) -> None:
    async def body() -> tuple[list[SignatureReport], list[SignatureReport]]:
        asyncio.get_running_loop()  # raises if this were not running inside a loop
        return await asyncio.gather(
            verify_pdf_signatures(signed_pdf),
            verify_pdf_signatures(sandbox_final_pdf, [identity.ca_certificate_pem]),
        )

    plain, sealed = asyncio.run(body())

    assert [r.trusted for r in plain] == [False]
    assert [r.trusted for r in sealed] == [True]


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (make_encrypted_pdf, EncryptedPdf),
        (make_truncated_pdf, DamagedPdf),
        (make_not_a_pdf, NotAPdf),
    ],
)
def test_unreadable_files_raise_a_typed_error_with_a_user_message(
    tmp_path: Path, make: Callable[[Path], Path], error: type[PdfError]
) -> None:
    path = make(tmp_path / "bad.pdf")

    with pytest.raises(error) as raised:
        verify(path)

    assert raised.value.user_message.startswith("bad.pdf: ")


def test_missing_file_raises_a_user_message(tmp_path: Path) -> None:
    with pytest.raises(PdfError, match="cannot be read") as raised:
        verify(tmp_path / "gone.pdf")

    assert raised.value.user_message.startswith("gone.pdf: ")


def test_a_trust_root_that_is_not_a_certificate_is_refused(signed_pdf: Path) -> None:
    with pytest.raises(InvalidTrustRoot, match=r"not a valid X\.509 certificate"):
        verify(signed_pdf, [b"-----BEGIN CERTIFICATE-----\nbm9wZQ==\n-----END CERTIFICATE-----\n"])

"""The sandbox seal: a real pyHanko signature that validates as intact and trusted, and catches tampering."""

from __future__ import annotations

import asyncio
import io
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature, validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from esign_desktop.sandbox.finalise import (
    SEAL_FIELD_NAME,
    CompletionInfo,
    DocumentDigest,
    PartyRecord,
    SandboxSigningIdentity,
    Stamp,
    StampKind,
    finalise_pdf,
    finalise_pdf_async,
    load_signing_identity,
    make_receipt_pdf,
    rect_from_gmo_percent,
)
from esign_desktop.sandbox.finalise.sandbox_certificate import (
    CA_CERT_FILE,
    SIGNER_CERT_FILE,
    SIGNER_COMMON_NAME,
    SIGNER_KEY_FILE,
)
from tests.pdf_factory import PageSpec, TextSpec, make_pdf, make_signed_pdf

COMPLETED_AT = datetime(2025, 5, 2, 15, 30, tzinfo=UTC)
INFO = CompletionInfo(
    envelope_name="Lease agreement",
    envelope_id="5b2c3f9e-0000-4000-8000-000000000001",
    provider="Assently E-Sign",
    completed_at=COMPLETED_AT,
    parties=[PartyRecord("Anna Andersson", "anna@example.com", "signed", COMPLETED_AT)],
)


@pytest.fixture(scope="session")
def cert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("sandbox-certs")
    load_signing_identity(directory)  # created once for the whole run
    return directory


@pytest.fixture(scope="session")
def identity(cert_dir: Path) -> SandboxSigningIdentity:
    return load_signing_identity(cert_dir)


@pytest.fixture(scope="session")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    pages = [PageSpec(rotate=90, texts=[TextSpec(72, 700, "Please sign")]), PageSpec()]
    return make_pdf(tmp_path_factory.mktemp("seal") / "lease.pdf", pages).read_bytes()


@pytest.fixture(scope="session")
def finalised(original: bytes, cert_dir: Path) -> bytes:
    stamp = Stamp(
        1,
        rect_from_gmo_percent(10, 10, 40, 20),
        StampKind.SIGNATURE,
        COMPLETED_AT,
        signer_name="Anna Andersson",
    )
    return finalise_pdf(original, [stamp], INFO, cert_dir=cert_dir)


def validate(pdf: bytes, identity: SandboxSigningIdentity) -> PdfSignatureStatus:
    signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    assert len(signatures) == 1
    context = ValidationContext(trust_roots=[identity.ca_certificate])
    return validate_pdf_signature(signatures[0], signer_validation_context=context)


def test_final_document_is_signed_intact_and_trusted_by_the_sandbox_ca(
    finalised: bytes, identity: SandboxSigningIdentity
) -> None:
    status = validate(finalised, identity)
    assert status.intact
    assert status.valid
    assert status.trusted
    assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.subject.native["common_name"] == SIGNER_COMMON_NAME
    embedded = PdfFileReader(io.BytesIO(finalised), strict=False).embedded_signatures[0]
    assert embedded.field_name == SEAL_FIELD_NAME


def test_signature_is_not_trusted_without_the_sandbox_ca(finalised: bytes) -> None:
    embedded = PdfFileReader(io.BytesIO(finalised), strict=False).embedded_signatures[0]
    status = validate_pdf_signature(embedded, signer_validation_context=ValidationContext(trust_roots=[]))
    assert status.intact
    assert not status.trusted


def _flip_byte_inside_a_signed_stream(pdf: bytes) -> bytes:
    """Change one byte of stream data inside the signed range, so the file still parses."""
    embedded = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures[0]
    first_range_end = int(embedded.byte_range[1])
    position = pdf.index(b"stream\n") + len(b"stream\n") + 5
    assert position < first_range_end
    tampered = bytearray(pdf)
    tampered[position] ^= 0x01
    return bytes(tampered)


def test_flipping_one_signed_byte_is_detected(finalised: bytes, identity: SandboxSigningIdentity) -> None:
    tampered = _flip_byte_inside_a_signed_stream(finalised)
    assert tampered != finalised
    status = validate(tampered, identity)
    assert not status.intact
    assert not status.bottom_line


def test_async_variant_runs_inside_a_running_event_loop(
    original: bytes, cert_dir: Path, identity: SandboxSigningIdentity
) -> None:
    async def scenario() -> PdfSignatureStatus:
        stamp = Stamp(1, rect_from_gmo_percent(50, 50, 60, 55), StampKind.TEXT, COMPLETED_AT, text="async")
        pdf = await finalise_pdf_async(original, [stamp], INFO, cert_dir=cert_dir)
        embedded = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures[0]
        context = ValidationContext(trust_roots=[identity.ca_certificate])
        return await async_validate_pdf_signature(embedded, signer_validation_context=context)

    status = asyncio.run(scenario())
    assert status.intact
    assert status.trusted


def test_sync_wrapper_refuses_a_running_loop_with_a_clear_message(original: bytes, cert_dir: Path) -> None:
    async def scenario() -> None:
        finalise_pdf(original, [], INFO, cert_dir=cert_dir)

    with pytest.raises(RuntimeError, match=r"await finalise_pdf_async\(\)"):
        asyncio.run(scenario())


def test_receipt_is_a_sealed_standalone_document(cert_dir: Path, identity: SandboxSigningIdentity) -> None:
    digest = DocumentDigest.of("lease.pdf", b"%PDF-1.7 pretend")
    receipt = make_receipt_pdf(
        CompletionInfo(
            INFO.envelope_name, INFO.envelope_id, INFO.provider, COMPLETED_AT, INFO.parties, [digest]
        ),
        cert_dir=cert_dir,
    )
    status = validate(receipt, identity)
    assert status.intact
    assert status.trusted
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(receipt)).pages)
    assert "Receipt" in text
    assert "Anna Andersson <anna@example.com>" in text
    assert digest.sha512[:64] in text
    assert "lease.pdf" in text


def test_identity_is_created_once_and_reused(tmp_path: Path) -> None:
    first = load_signing_identity(tmp_path / "certs")
    files = {name: (tmp_path / "certs" / name).read_bytes() for name in (CA_CERT_FILE, SIGNER_CERT_FILE)}
    second = load_signing_identity(tmp_path / "certs")
    assert second.signing_certificate.dump() == first.signing_certificate.dump()
    assert {name: (tmp_path / "certs" / name).read_bytes() for name in files} == files
    assert stat.S_IMODE((tmp_path / "certs" / SIGNER_KEY_FILE).stat().st_mode) == 0o600


def test_identity_survives_a_restart_from_its_pem_files(tmp_path: Path) -> None:
    from esign_desktop.sandbox.finalise import sandbox_certificate

    created = load_signing_identity(tmp_path)
    sandbox_certificate._cache.clear()  # what a new process sees: only the files
    reloaded = load_signing_identity(tmp_path)
    assert reloaded is not created
    assert reloaded.signing_certificate.dump() == created.signing_certificate.dump()
    assert reloaded.ca_certificate.dump() == created.ca_certificate.dump()


def test_damaged_identity_files_are_replaced(tmp_path: Path) -> None:
    (tmp_path / SIGNER_KEY_FILE).write_bytes(
        b"-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n"
    )
    (tmp_path / SIGNER_CERT_FILE).write_bytes(b"not a certificate")
    identity = load_signing_identity(tmp_path)
    assert b"broken" not in (tmp_path / SIGNER_KEY_FILE).read_bytes()
    assert (tmp_path / CA_CERT_FILE).read_bytes() == identity.ca_certificate_pem


def test_each_sandbox_folder_has_its_own_ca(tmp_path: Path) -> None:
    first = load_signing_identity(tmp_path / "one")
    second = load_signing_identity(tmp_path / "two")
    assert first.ca_certificate.dump() != second.ca_certificate.dump()


def test_signatures_already_in_the_original_are_kept_and_still_valid(
    tmp_path: Path, cert_dir: Path, identity: SandboxSigningIdentity, caplog: pytest.LogCaptureFixture
) -> None:
    presigned = make_signed_pdf(tmp_path / "presigned.pdf").read_bytes()
    [before] = PdfFileReader(io.BytesIO(presigned), strict=False).embedded_signatures
    stamp = Stamp(
        1, rect_from_gmo_percent(10, 10, 40, 20), StampKind.SIGNATURE, COMPLETED_AT, signer_name="B"
    )
    output = finalise_pdf(presigned, [stamp], INFO, cert_dir=cert_dir)
    assert output.startswith(presigned)  # incremental updates only: the signed bytes are untouched
    signatures = PdfFileReader(io.BytesIO(output), strict=False).embedded_signatures
    assert [s.field_name for s in signatures] == [before.field_name, SEAL_FIELD_NAME]
    earlier = validate_pdf_signature(
        signatures[0], signer_validation_context=ValidationContext(trust_roots=[], allow_fetching=False)
    )
    assert earlier.intact
    assert earlier.valid
    seal = validate_pdf_signature(
        signatures[1], signer_validation_context=ValidationContext(trust_roots=[identity.ca_certificate])
    )
    assert seal.intact
    assert seal.trusted
    assert seal.coverage is SignatureCoverageLevel.ENTIRE_FILE

"""The sandbox's signing identity: a self-signed sandbox CA and a signing certificate, cached as PEM files.

The CA's private key is used once, to issue the signing certificate, and then discarded: nothing else is
ever issued, and a copied sandbox folder cannot mint new certificates that chain to the sandbox CA.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from esign_desktop.sandbox.finalise.errors import FinaliseError

CA_CERT_FILE = "sandbox-ca.cert.pem"
SIGNER_CERT_FILE = "sandbox-signer.cert.pem"
SIGNER_KEY_FILE = "sandbox-signer.key.pem"
CA_COMMON_NAME = "esign-desktop Sandbox CA (not trusted)"
SIGNER_COMMON_NAME = "esign-desktop Sandbox Seal"

_CA_LIFETIME = timedelta(days=3650)
_SIGNER_LIFETIME = timedelta(days=1825)
_RENEW_BEFORE = timedelta(days=30)

_lock = threading.Lock()
_cache: dict[Path, SandboxSigningIdentity] = {}


@dataclass(frozen=True, slots=True)
class SandboxSigningIdentity:
    """The signer pyHanko signs with, and the CA certificate a validator must trust to call it trusted."""

    signer: SimpleSigner
    ca_certificate: asn1_x509.Certificate
    signing_certificate: asn1_x509.Certificate
    ca_certificate_pem: bytes


def load_signing_identity(cert_dir: Path) -> SandboxSigningIdentity:
    """The identity cached in `cert_dir`, created there first if missing, damaged or about to expire."""
    key = cert_dir.resolve()
    with _lock:
        cached = _cache.get(key)
        if cached is not None and _still_valid(cached.signing_certificate):
            return cached
        try:
            identity = _read(key) or _create(key)
        except OSError as error:
            raise FinaliseError(
                f"cannot keep the sandbox signing certificate in {key}: {error.strerror}. "
                "Check that the folder exists and is writable."
            ) from None
        _cache[key] = identity
        return identity


def _read(cert_dir: Path) -> SandboxSigningIdentity | None:
    """The stored identity if its three files are present and consistent, else None."""
    try:
        ca_pem = (cert_dir / CA_CERT_FILE).read_bytes()
        signer_pem = (cert_dir / SIGNER_CERT_FILE).read_bytes()
        key_pem = (cert_dir / SIGNER_KEY_FILE).read_bytes()
        ca = x509.load_pem_x509_certificate(ca_pem)
        signer = x509.load_pem_x509_certificate(signer_pem)
        private_key = serialization.load_pem_private_key(key_pem, password=None)
        signer.verify_directly_issued_by(ca)
    except (FileNotFoundError, ValueError, TypeError, InvalidSignature):
        return None
    if private_key.public_key() != signer.public_key():
        return None
    now = datetime.now(UTC)
    if signer.not_valid_after_utc - now < _RENEW_BEFORE or ca.not_valid_after_utc - now < _RENEW_BEFORE:
        return None
    return _identity(ca, signer, private_key)


def _create(cert_dir: Path) -> SandboxSigningIdentity:
    cert_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_COMMON_NAME)])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + _CA_LIFETIME)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    signer_key = ec.generate_private_key(ec.SECP256R1())
    signer = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, SIGNER_COMMON_NAME)]))
        .issuer_name(ca_name)
        .public_key(signer_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + _SIGNER_LIFETIME)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(signer_key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = signer_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # Key first: a reader that sees a half-written set finds it inconsistent and never uses it.
    _write_atomically(cert_dir / SIGNER_KEY_FILE, key_pem, private=True)
    _write_atomically(cert_dir / SIGNER_CERT_FILE, signer.public_bytes(serialization.Encoding.PEM))
    _write_atomically(cert_dir / CA_CERT_FILE, ca.public_bytes(serialization.Encoding.PEM))
    return _identity(ca, signer, signer_key)


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,  # "non-repudiation": what pyHanko requires of a signer by default
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _identity(ca: x509.Certificate, signer: x509.Certificate, private_key: object) -> SandboxSigningIdentity:
    if not isinstance(private_key, ec.EllipticCurvePrivateKey):
        raise FinaliseError(
            "the sandbox signing key is not the expected elliptic-curve key; delete it to renew"
        )
    ca_asn1 = asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER))
    signer_asn1 = asn1_x509.Certificate.load(signer.public_bytes(serialization.Encoding.DER))
    key_der = private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register(ca_asn1)
    return SandboxSigningIdentity(
        signer=SimpleSigner(
            signing_cert=signer_asn1,
            signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
            cert_registry=registry,
        ),
        ca_certificate=ca_asn1,
        signing_certificate=signer_asn1,
        ca_certificate_pem=ca.public_bytes(serialization.Encoding.PEM),
    )


def _still_valid(certificate: asn1_x509.Certificate) -> bool:
    not_after: datetime = certificate["tbs_certificate"]["validity"]["not_after"].native
    return not_after - datetime.now(UTC) >= _RENEW_BEFORE


def _write_atomically(path: Path, content: bytes, *, private: bool = False) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(content)
    temporary.replace(path)

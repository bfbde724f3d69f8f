"""What the completion certificate and the receipt say about an envelope."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from esign_desktop.sandbox.finalise.errors import FinaliseError


@dataclass(frozen=True, slots=True)
class PartyRecord:
    """One party and what they did; `action` is shown as given ("signed", "approved", "declined"...)."""

    name: str
    email: str
    action: str
    acted_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_aware(self.acted_at, f"acted_at of party {self.name!r}")


@dataclass(frozen=True, slots=True)
class DocumentDigest:
    """A document named on the certificate with the SHA-512 of its bytes (hex)."""

    name: str
    sha512: str

    @classmethod
    def of(cls, name: str, content: bytes) -> DocumentDigest:
        return cls(name=name, sha512=sha512_hex(content))


@dataclass(frozen=True, slots=True)
class CompletionInfo:
    """The envelope as the certificate page and the receipt describe it.

    `provider` is the emulated service's name as shown to people, e.g. "Assently E-Sign" or "GMO Sign".
    `documents` lists documents by digest for the receipt; the certificate page appended by finalise_pdf also
    lists the digest of the original it stamped.
    """

    envelope_name: str
    envelope_id: str
    provider: str
    completed_at: datetime
    parties: Sequence[PartyRecord] = ()
    documents: Sequence[DocumentDigest] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        _require_aware(self.completed_at, "completed_at")


def sha512_hex(content: bytes) -> str:
    return hashlib.sha512(content).hexdigest()


def _require_aware(moment: datetime | None, what: str) -> None:
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise FinaliseError(f"{what} must be a timezone-aware datetime (for example in UTC)")

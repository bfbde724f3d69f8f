"""Placement calibration: does the service put a stamp where the client placed the field? Qt-free.

Two steps, because a person has to sign in between (docs/accounts-check.md):

1. `send(account, email)`: a calibration envelope to the person themself: a rotated page and a cropped
   page, one signature field on each at a known, off-centre place, placed in the account's current
   coordinate convention. What was sent is remembered in `<data>/calibration/<account id>.json`.
2. `finish(account)`, once they have signed: download the signed document, render it and the original with
   pypdfium2, find where something was added on each page, and compare with where the field would land
   under every known convention (domain/geometry/provider_units.CONVENTIONS). If the landings fit the
   convention used, it holds; if they fit another, the account stores that one and every later envelope is
   placed with it; if none fits, the report says so and nothing changes.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from esign_desktop.domain.errors import AppError
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.geometry.provider_units import CONVENTIONS, GridConvention, convention_named
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, PartyRole, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.errors import NotFound, ProviderError
from esign_desktop.services.accounts import AccountService
from esign_desktop.services.calibration_document import (
    CALIBRATION_PAGES,
    CalibrationPage,
    changed_regions,
    render_pages,
    write_calibration_pdf,
)
from esign_desktop.services.outbox_sender import OutboxSender
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.atomic_file import write_bytes_atomically
from esign_desktop.storage.envelope_cache import EnvelopeCache

CALIBRATION_NAME = "esign-desktop placement calibration"
MATCH_TOLERANCE = 0.03  # a landing within 3 % of the page (each edge) of a prediction fits it
ACCURACY = 0.01  # "placed right": every edge within 1 % of the page
FORM_FIELDS = "form-fields"  # Assently: fields are AcroForm fields in the PDF, no coordinate convention


RECORD_UNREADABLE = "The calibration record %1 cannot be read (%2); send a new one."
NOT_AN_EMAIL = "“%1” is not an e-mail address; give your own, you will sign it."
NOT_SENT = "The calibration envelope was not sent: %1"
NOTHING_SENT = "No calibration was sent for “%1”: send one first (esign calibrate --email)."
ENVELOPE_GONE = "The calibration envelope is no longer in the local list; send a new one."
DOWNLOAD_FAILED = "The signed document could not be downloaded: %1"
TEMPLATES: tuple[str, ...] = (
    RECORD_UNREADABLE,
    NOT_AN_EMAIL,
    NOT_SENT,
    NOTHING_SENT,
    ENVELOPE_GONE,
    DOWNLOAD_FAILED,
)


class CalibrationError(AppError):
    """Calibration cannot go on; the message says why and what to do (a template of TEMPLATES, listed in
    ui/error_text.CALIBRATION_TEMPLATES for translation)."""


class Verdict(StrEnum):
    HOLDS = "holds"  # stamps landed where placed: the account's convention is right
    OTHER_CONVENTION = "other_convention"  # they landed where another known convention puts them: stored
    UNEXPLAINED = "unexplained"  # no known convention explains where they landed: nothing changed
    NOT_SIGNED = "not_signed"  # no stamp yet: sign first, then check again


@dataclass(frozen=True, slots=True)
class Pending:
    """What step 1 sent, kept until step 2."""

    account_id: str
    envelope_local_id: str
    remote_id: str
    convention: str  # the key of the convention the fields were placed with
    document_path: str  # the original sheet, kept beside the record
    document_remote_id: str
    email: str

    def to_json(self) -> dict[str, str]:
        return {
            "account_id": self.account_id,
            "envelope_local_id": self.envelope_local_id,
            "remote_id": self.remote_id,
            "convention": self.convention,
            "document_path": self.document_path,
            "document_remote_id": self.document_remote_id,
            "email": self.email,
        }


@dataclass(frozen=True, slots=True)
class Landing:
    page: int
    placed: PageRect
    landed: PageRect | None  # None: nothing found near any prediction

    @property
    def error(self) -> float | None:
        """The largest edge distance between placed and landed, in fractions of the page."""
        if self.landed is None:
            return None
        return _distance(self.placed, self.landed)


@dataclass(frozen=True, slots=True)
class CalibrationResult:
    verdict: Verdict
    convention_used: str  # a CONVENTIONS key; FORM_FIELDS for Assently (fields inside the PDF)
    convention_found: str = ""
    landings: tuple[Landing, ...] = ()
    stored: bool = False

    def text(self) -> str:
        lines = []
        for landing in self.landings:
            where = "nothing found" if landing.landed is None else _shown(landing.landed)
            error = "" if landing.error is None else f" (off by {landing.error * 100:.1f} % of the page)"
            lines.append(f"page {landing.page}: placed {_shown(landing.placed)}, landed {where}{error}")
        used = (
            "form fields inside the PDF"
            if self.convention_used == FORM_FIELDS
            else convention_named(self.convention_used).name
        )
        if self.verdict is Verdict.HOLDS:
            lines.append(f"The stamps land where the fields are placed ({used}).")
        elif self.verdict is Verdict.OTHER_CONVENTION:
            found = convention_named(self.convention_found).name
            lines.append(f"The service uses another convention: {found} (not {used}).")
            if self.stored:
                lines.append("The account now stores it; every later envelope is placed with it.")
        elif self.verdict is Verdict.UNEXPLAINED:
            lines.append(
                "No known convention explains where the stamps landed; nothing was changed. "
                "Please report this with the numbers above."
            )
        else:
            lines.append("No stamp found yet: sign the calibration envelope first, then check again.")
        return "\n".join(lines)


def _shown(rect: PageRect) -> str:
    return f"x {rect.x0 * 100:.1f}–{rect.x1 * 100:.1f} %, y {rect.y0 * 100:.1f}–{rect.y1 * 100:.1f} %"


def _distance(a: PageRect, b: PageRect) -> float:
    return max(abs(a.x0 - b.x0), abs(a.y0 - b.y0), abs(a.x1 - b.x1), abs(a.y1 - b.y1))


def predicted_landing(
    rect: PageRect, rotation: int, sent_with: GridConvention, service: GridConvention
) -> PageRect:
    """Where a field placed at `rect` (sent in `sent_with`) lands if the service reads it in `service`."""
    units = sent_with.to_units(rect, 1, rotation)
    return service.from_units(units, rotation)[1]


def judge(
    pages: tuple[CalibrationPage, ...],
    regions: list[list[PageRect]],
    sent_with: GridConvention,
    candidates: tuple[GridConvention, ...] | None = None,
) -> tuple[Verdict, str, tuple[Landing, ...]]:
    """Which convention (of `candidates`, default every known one) explains the regions found on each page."""
    if candidates is None:
        candidates = tuple(CONVENTIONS.values())
    if not any(regions):
        return Verdict.NOT_SIGNED, "", tuple(Landing(i + 1, p.field, None) for i, p in enumerate(pages))
    best: tuple[float, GridConvention, tuple[Landing, ...]] | None = None
    for candidate in [sent_with, *(c for c in candidates if c.key != sent_with.key)]:
        worst = 0.0
        landings: list[Landing] = []
        for index, page in enumerate(pages):
            expected = predicted_landing(page.field, page.rotation, sent_with, candidate)
            found = regions[index] if index < len(regions) else []
            nearest = _nearest(found, expected)
            worst = max(worst, _distance(nearest, expected) if nearest is not None else 1.0)
            landings.append(Landing(index + 1, page.field, nearest))
        if best is None or worst < best[0] - 1e-9:
            best = (worst, candidate, tuple(landings))
    assert best is not None
    worst_found, found_convention, chosen = best
    if worst_found > MATCH_TOLERANCE:
        nearest_each = tuple(
            Landing(i + 1, p.field, _nearest(regions[i] if i < len(regions) else [], p.field))
            for i, p in enumerate(pages)
        )
        return Verdict.UNEXPLAINED, "", nearest_each
    if found_convention.key == sent_with.key:
        return Verdict.HOLDS, found_convention.key, chosen
    return Verdict.OTHER_CONVENTION, found_convention.key, chosen


def _nearest(found: list[PageRect], expected: PageRect) -> PageRect | None:
    return min(found, key=lambda r: _distance(r, expected), default=None)


class CalibrationService:
    def __init__(
        self, accounts: AccountService, sender: OutboxSender, cache: EnvelopeCache, folder: Path
    ) -> None:
        self._accounts = accounts
        self._sender = sender
        self._cache = cache
        self._folder = folder

    def pending(self, account: Account) -> Pending | None:
        path = self._record(account)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise CalibrationError(RECORD_UNREADABLE, path, error) from None
        return Pending(**{key: str(data.get(key, "")) for key in Pending.__dataclass_fields__})

    async def send(self, account: Account, email: str) -> Pending:
        email = email.strip()
        if "@" not in email:
            raise CalibrationError(NOT_AN_EMAIL, email)
        local_id = new_id()
        folder = self._folder / account.id
        folder.mkdir(parents=True, exist_ok=True)
        sheet = await asyncio.to_thread(write_calibration_pdf, folder / f"calibration-{local_id}.pdf")
        envelope = await asyncio.to_thread(self._envelope, account, local_id, sheet, email)
        outcome = await self._sender.send(envelope)
        if not outcome.sent:
            raise CalibrationError(NOT_SENT, outcome.error)
        sent = outcome.envelope
        pending = Pending(
            account_id=account.id,
            envelope_local_id=sent.local_id,
            remote_id=sent.remote_id,
            convention=convention_named(account.coordinate_convention).key,
            document_path=str(sheet),
            document_remote_id=sent.documents[0].remote_id,
            email=email,
        )
        write_bytes_atomically(
            self._record(account),
            (json.dumps(pending.to_json(), indent=2) + "\n").encode("utf-8"),
            action=ActionPhrase.SAVING_THE_CALIBRATION_RECORD,
        )
        return pending

    def _envelope(self, account: Account, local_id: str, sheet: Path, email: str) -> Envelope:
        from esign_desktop.services.envelope_spec import preflight_document

        document = preflight_document(sheet)
        signer = Party(id=f"{local_id}-signer", role=PartyRole.SIGNER, name=email, email=email)
        fields = tuple(
            Field(
                id=f"{local_id}-field-{number}",
                kind=FieldKind.SIGNATURE,
                document=0,
                page=number,
                rect=page.field,
                party_id=signer.id,
                label=f"calibration {number}",
            )
            for number, page in enumerate(CALIBRATION_PAGES, start=1)
        )
        return Envelope(
            local_id=local_id,
            provider=account.provider,
            account_id=account.id,
            name=CALIBRATION_NAME,
            documents=(document,),
            parties=(signer,),
            fields=fields,
            message="A calibration envelope esign-desktop sent to you: please sign it.",
        )

    async def finish(self, account: Account) -> CalibrationResult:
        pending = self.pending(account)
        if pending is None:
            raise CalibrationError(NOTHING_SENT, account.name)
        sent_with = convention_named(pending.convention)
        envelope = self._cache.get(pending.envelope_local_id)
        if envelope is None:
            raise CalibrationError(ENVELOPE_GONE)
        provider = self._accounts.provider_for(account.id)
        if account.provider is ProviderKind.ASSENTLY:
            fresh = await provider.get_envelope(pending.remote_id)
            if fresh.status is not EnvelopeStatus.COMPLETED:
                return CalibrationResult(Verdict.NOT_SIGNED, FORM_FIELDS)
            envelope = replace(envelope, documents=fresh.documents or envelope.documents)
        document = envelope.documents[0]
        if pending.document_remote_id and account.provider is ProviderKind.GMOSIGN:
            document = replace(document, remote_id=pending.document_remote_id)
        with tempfile.TemporaryDirectory(prefix="esign-calibration-") as folder:
            try:
                signed = await provider.download_document(envelope, document, Path(folder))
            except NotFound:  # GMO Sign may have no signed file to give before completion
                return CalibrationResult(Verdict.NOT_SIGNED, sent_with.key)
            except ProviderError as error:
                raise CalibrationError(DOWNLOAD_FAILED, error.message) from None
            regions = await asyncio.to_thread(_regions, Path(pending.document_path), signed)
        # Assently places fields as form fields in the PDF: no convention to choose, only one to check.
        candidates = (sent_with,) if account.provider is ProviderKind.ASSENTLY else None
        verdict, found, landings = judge(CALIBRATION_PAGES, regions, sent_with, candidates)
        stored = False
        if verdict is Verdict.OTHER_CONVENTION:
            self._accounts.set_coordinate_convention(account, found)
            stored = True
        if verdict is not Verdict.NOT_SIGNED:
            self._record(account).unlink(missing_ok=True)
        used = FORM_FIELDS if account.provider is ProviderKind.ASSENTLY else sent_with.key
        return CalibrationResult(verdict, used, found, landings, stored)

    def _record(self, account: Account) -> Path:
        self._folder.mkdir(parents=True, exist_ok=True)
        return self._folder / f"{account.id}.json"


def _regions(original: Path, signed: Path) -> list[list[PageRect]]:
    count = len(CALIBRATION_PAGES)
    before = render_pages(original, count)
    after = render_pages(signed, count)
    return [changed_regions(b, a) for b, a in zip(before, after, strict=False)]

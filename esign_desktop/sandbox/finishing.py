"""Produce the final PDFs (stamped, certified, sealed) and the receipt with the finalise package.

If finalising a document fails, `final_documents` raises FinalisationFailed with the reason: the envelope
then fails visibly (actions.finish) instead of completing with the original bytes passed off as signed. Only
the receipt has a fallback (a plain receipt titled "unsealed"), because it says what it is.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from esign_desktop.sandbox.clock import parse_timestamp
from esign_desktop.sandbox.envelope import Envelope, PartyState, PlacedField, Provider
from esign_desktop.sandbox.finalise import (
    CompletionInfo,
    DocumentDigest,
    FinaliseError,
    PartyRecord,
    Stamp,
    StampKind,
    StampRect,
    finalise_pdf_async,
    make_receipt_pdf_async,
)

log = logging.getLogger(__name__)

PROVIDER_NAMES = {Provider.ASSENTLY: "Assently E-Sign", Provider.GMOSIGN: "GMO Sign"}
_ACTIONS = {PartyState.SIGNED: "signed", PartyState.APPROVED: "approved", PartyState.DECLINED: "declined"}


def _moment(stamp: str | None, fallback: datetime) -> datetime:
    return parse_timestamp(stamp) if stamp else fallback


def stamps_for(envelope: Envelope, document_id: str, completed_at: datetime) -> list[Stamp]:
    """The stamps of one document; fields with no area cannot be drawn and are left out."""
    stamps: list[Stamp] = []
    for placed in envelope.fields:
        if placed.document_id != document_id or placed.left >= placed.right or placed.top >= placed.bottom:
            continue
        stamps.append(_stamp(envelope, placed, completed_at))
    return stamps


class FinalisationFailedError(Exception):
    """A document of the envelope could not be finalised; the message is the reason, for the person."""


def _stamp(envelope: Envelope, placed: PlacedField, completed_at: datetime) -> Stamp:
    party = envelope.party(placed.party_id) if placed.party_id else None
    signed_at = _moment(party.acted_on if party else None, completed_at)
    return Stamp(
        page=placed.page_no,
        rect=StampRect(placed.left, placed.top, placed.right, placed.bottom),
        kind=StampKind(placed.kind),
        signed_at=signed_at,
        text=placed.text,
        checked=placed.checked,
        signer_name=party.name if party else "",
        field_name=placed.field_name,
    )


def completion_info(
    envelope: Envelope, originals: dict[str, bytes], completed_at: datetime
) -> CompletionInfo:
    names = {document.id: document.name for document in envelope.documents}
    return CompletionInfo(
        envelope_name=envelope.name,
        envelope_id=envelope.id,
        provider=PROVIDER_NAMES[envelope.provider],
        completed_at=completed_at,
        parties=[
            PartyRecord(party.name, party.email, _ACTIONS[party.state], _moment(party.acted_on, completed_at))
            for party in envelope.parties
            if party.state in _ACTIONS
        ],
        documents=[DocumentDigest.of(names.get(doc_id, doc_id), data) for doc_id, data in originals.items()],
    )


async def final_documents(
    envelope: Envelope, originals: dict[str, bytes], completed_at: datetime, cert_dir: Path
) -> tuple[dict[str, bytes], bytes]:
    """(final PDF per document id, receipt PDF)."""
    completion = completion_info(envelope, originals, completed_at)
    finals: dict[str, bytes] = {}
    names = {document.id: document.name for document in envelope.documents}
    for document_id, original in originals.items():
        try:
            stamps = stamps_for(envelope, document_id, completed_at)
            finals[document_id] = await finalise_pdf_async(original, stamps, completion, cert_dir=cert_dir)
        except Exception as error:
            log.exception("finalising document %s of %s failed", document_id, envelope.id)
            reason = str(error) if isinstance(error, FinaliseError) else f"{type(error).__name__}: {error}"
            raise FinalisationFailedError(
                f"The sandbox could not make the signed copy of “{names.get(document_id, document_id)}”: "
                f"{reason}"
            ) from None
    try:
        receipt = await make_receipt_pdf_async(completion, cert_dir=cert_dir)
    except Exception:
        log.exception("making the receipt of %s failed; using a plain one", envelope.id)
        receipt = plain_receipt(completion)
    return finals, receipt


def plain_receipt(completion: CompletionInfo) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    _, height = A4
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, height - 90, "Signing receipt (sandbox, unsealed)")
    canvas.setFont("Helvetica", 10)
    lines = [
        f"Envelope: {completion.envelope_name} ({completion.envelope_id})",
        f"Completed: {completion.completed_at}",
    ]
    lines += [
        f"{party.action}: {party.name} <{party.email}> at {party.acted_at}" for party in completion.parties
    ]
    y = height - 120
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 16
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

"""The completion certificate page (appended to the final document) and the standalone receipt."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from esign_desktop.sandbox.finalise.completion import CompletionInfo, DocumentDigest
from esign_desktop.sandbox.finalise.fonts import MONOSPACE_FONT, font_for, format_moment

CERTIFICATE_TITLE = "Completion certificate"
RECEIPT_TITLE = "Receipt"
SANDBOX_NOTE = (
    "Issued by the esign-desktop sandbox, an emulation for testing: this is not a legally binding signature. "
    "The sandbox records no IP addresses. The document is sealed with the sandbox's own certificate."
)

_MARGIN = 56.0
_BODY_SIZE = 10.0
_LEADING = 14.0


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    size: float = _BODY_SIZE
    bold: bool = False
    monospace: bool = False
    space_before: float = 0.0


def render_certificate(info: CompletionInfo, documents: Sequence[DocumentDigest], title: str) -> bytes:
    """A4 pages listing the envelope, every party and every document digest; more pages if needed."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{title}: {info.envelope_name}")
    canvas.setCreator("esign-desktop sandbox")
    _, height = A4
    y = height - _MARGIN
    for line in _lines(info, documents, title):
        y -= line.space_before
        if y - line.size < _MARGIN:
            canvas.showPage()
            y = height - _MARGIN
        font = MONOSPACE_FONT if line.monospace else font_for(line.text, bold=line.bold)
        canvas.setFont(font, line.size)
        canvas.drawString(_MARGIN, y - line.size, line.text)
        y -= max(line.size * 1.4, _LEADING)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _lines(info: CompletionInfo, documents: Sequence[DocumentDigest], title: str) -> list[_Line]:
    lines = [
        _Line(title, size=20, bold=True),
        _Line(f"Envelope: {info.envelope_name}", space_before=8),
        _Line(f"Envelope id: {info.envelope_id}"),
        _Line(f"Service: {info.provider} (sandbox)"),
        _Line(f"Completed: {format_moment(info.completed_at)}"),
        _Line("Parties", size=13, bold=True, space_before=12),
    ]
    for number, party in enumerate(info.parties, start=1):
        when = format_moment(party.acted_at) if party.acted_at is not None else "no time recorded"
        lines.append(_Line(f"{number}. {party.name} <{party.email}>", space_before=4))
        lines.append(_Line(f"    {party.action}, {when}, IP address not recorded (sandbox)"))
    if not info.parties:
        lines.append(_Line("No parties recorded."))
    lines.append(_Line("Documents (SHA-512 of the original bytes)", size=13, bold=True, space_before=12))
    for document in documents:
        lines.append(_Line(document.name, space_before=4))
        digest = document.sha512
        lines.extend(_Line(digest[i : i + 64], size=8, monospace=True) for i in range(0, len(digest), 64))
    if not documents:
        lines.append(_Line("No documents recorded."))
    lines.append(_Line("About this document", size=13, bold=True, space_before=12))
    lines.extend(_Line(text, size=9) for text in _wrapped(SANDBOX_NOTE, 100))
    return lines


def _wrapped(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines

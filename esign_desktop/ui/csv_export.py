"""Write the envelopes the list shows to a CSV file, as the user sees them (in the UI's language)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.model import Envelope
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, display_text


def csv_header() -> list[str]:
    return [column.title for column in EnvelopeColumn] + [
        QCoreApplication.translate("EnvelopeCsv", "Provider status"),
        QCoreApplication.translate("EnvelopeCsv", "Remote id"),
    ]


# A cell starting with one of these is a formula to a spreadsheet program ("=HYPERLINK(...)", "+cmd|...").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs: a leading formula character gets a `'` before it
    (the OWASP advice; Excel and LibreOffice hide the apostrophe)."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def write_envelopes_csv(
    path: Path, envelopes: Sequence[Envelope], account_name: Callable[[Envelope], str]
) -> int:
    """Write one row per envelope in the given order; returns the number of rows written.

    UTF-8 with a byte order mark so spreadsheet programs read Japanese and Nordic names correctly. Every
    cell that would start a formula is neutralised (names come from other people: formula injection).
    """
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(csv_header())
        for envelope in envelopes:
            name = account_name(envelope)
            cells = [display_text(envelope, column, name) for column in EnvelopeColumn]
            cells += [envelope.provider_status, envelope.remote_id]
            writer.writerow([neutralised(cell) for cell in cells])
    return len(envelopes)

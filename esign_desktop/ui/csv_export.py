"""Write the envelopes the list shows to a CSV file, as the user sees them. Qt-free."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from esign_desktop.domain.model import Envelope
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, display_text

CSV_HEADER = [column.title for column in EnvelopeColumn] + ["Provider status", "Remote id"]


def write_envelopes_csv(
    path: Path, envelopes: Sequence[Envelope], account_name: Callable[[Envelope], str]
) -> int:
    """Write one row per envelope in the given order; returns the number of rows written.

    UTF-8 with a byte order mark so spreadsheet programs read Japanese and Nordic names correctly.
    """
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        for envelope in envelopes:
            name = account_name(envelope)
            writer.writerow(
                [display_text(envelope, column, name) for column in EnvelopeColumn]
                + [envelope.provider_status, envelope.remote_id]
            )
    return len(envelopes)

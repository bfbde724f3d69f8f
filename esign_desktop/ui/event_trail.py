"""The audit trail of one envelope as rows: the service's own events, this app's actions and the sync's
observations, oldest first, in the UI's language; and its CSV export."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.model import Envelope, EventSource
from esign_desktop.ui.labels import party_name, status_label
from esign_desktop.ui.models.envelope_columns import format_time
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

_KINDS = {
    "sent": QT_TRANSLATE_NOOP("EventTrail", "Sent"),
    "signed": QT_TRANSLATE_NOOP("EventTrail", "Signed"),
    "approved": QT_TRANSLATE_NOOP("EventTrail", "Approved"),
    "declined": QT_TRANSLATE_NOOP("EventTrail", "Declined"),
    "reminded": QT_TRANSLATE_NOOP("EventTrail", "Reminder sent"),
    "expired": QT_TRANSLATE_NOOP("EventTrail", "Expired"),
    "approval_requested": QT_TRANSLATE_NOOP("EventTrail", "Approval requested"),
    "approval requested": QT_TRANSLATE_NOOP("EventTrail", "Approval requested"),
    "status_changed": QT_TRANSLATE_NOOP("EventTrail", "Status changed"),
    "recalled": QT_TRANSLATE_NOOP("EventTrail", "Recalled"),
    "deleted": QT_TRANSLATE_NOOP("EventTrail", "Deleted"),
    "completed": QT_TRANSLATE_NOOP("EventTrail", "Completed"),
    "metadata saved": QT_TRANSLATE_NOOP("EventTrail", "Metadata saved"),
    "downloaded": QT_TRANSLATE_NOOP("EventTrail", "Downloaded"),
    "created_from_template": QT_TRANSLATE_NOOP("EventTrail", "Created from a template"),
    "duplicated": QT_TRANSLATE_NOOP("EventTrail", "Duplicated"),
}
_SOURCES = {
    EventSource.SERVICE.value: QT_TRANSLATE_NOOP("EventTrail", "Service"),
    EventSource.SYNC.value: QT_TRANSLATE_NOOP("EventTrail", "Status check"),
    EventSource.APP.value: QT_TRANSLATE_NOOP("EventTrail", "This app"),
    "": QT_TRANSLATE_NOOP("EventTrail", "This app"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("EventTrail", "Time"),
    QT_TRANSLATE_NOOP("EventTrail", "What"),
    QT_TRANSLATE_NOOP("EventTrail", "Who"),
    QT_TRANSLATE_NOOP("EventTrail", "Details"),
    QT_TRANSLATE_NOOP("EventTrail", "Seen by"),
)
_RISKY_FIRST = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class TrailRow:
    time: str
    what: str
    who: str
    details: str
    source: str

    def cells(self) -> tuple[str, str, str, str, str]:
        return (self.time, self.what, self.who, self.details, self.source)


def trail_rows(envelope: Envelope) -> list[TrailRow]:
    """Every event of the envelope, oldest first (ties keep the order they were recorded in)."""
    translate = QCoreApplication.translate
    rows = []
    for event in sorted(envelope.events, key=lambda e: e.at):
        party = envelope.party(event.party_id) if event.party_id else None
        kind = _KINDS.get(event.kind.lower())
        what = translate("EventTrail", kind) if kind else event.kind.replace("_", " ")
        if event.status is not None and event.kind in {"status_changed", "sent"}:
            what = f"{what}: {status_label(event.status)}"
        # A party's own step names the party; a step taken from a desktop names its user (team mode).
        who = party_name(party) if party is not None else event.actor
        source = translate("EventTrail", _SOURCES.get(event.source, _SOURCES[""]))
        rows.append(TrailRow(format_time(event.at), what, who, event.detail, source))
    return rows


def column_titles() -> list[str]:
    return [QCoreApplication.translate("EventTrail", title) for title in COLUMNS]


def write_trail_csv(path: Path, envelope: Envelope) -> int:
    """UTF-8 with a byte order mark (spreadsheets read Japanese and Nordic names); every cell that a
    spreadsheet would run as a formula is written as text. Returns the number of rows written."""
    rows = trail_rows(envelope)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(column_titles())
        writer.writerows([_safe_cell(cell) for cell in row.cells()] for row in rows)
    return len(rows)


def _safe_cell(text: str) -> str:
    """A cell starting with = + - @ (or tab/CR) is prefixed with ' so it is read as text (CSV injection).
    h17a's ui/csv_export.py does the same for the list export; one helper should serve both after merging."""
    return "'" + text if text.startswith(_RISKY_FIRST) else text

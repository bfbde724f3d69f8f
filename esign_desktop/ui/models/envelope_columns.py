"""The envelope list's columns: titles, display text and sort keys. Qt-free."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from esign_desktop.domain.model import Envelope
from esign_desktop.domain.status import EnvelopeStatus

SortValue = str | int | float | datetime | None

_STATUS_ORDER = {status: index for index, status in enumerate(EnvelopeStatus)}


class EnvelopeColumn(IntEnum):
    NAME = 0
    ACCOUNT = 1
    STATUS = 2
    PROGRESS = 3
    SENT = 4
    UPDATED = 5
    EXPIRES = 6

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    EnvelopeColumn.NAME: "Name",
    EnvelopeColumn.ACCOUNT: "Provider / account",
    EnvelopeColumn.STATUS: "Status",
    EnvelopeColumn.PROGRESS: "Parties",
    EnvelopeColumn.SENT: "Sent",
    EnvelopeColumn.UPDATED: "Last change",
    EnvelopeColumn.EXPIRES: "Expires",
}


def format_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def progress_text(envelope: Envelope) -> str:
    signed, total = envelope.signing_progress
    return "No signers" if total == 0 else f"{signed} of {total} signed"


def account_text(envelope: Envelope, account_name: str) -> str:
    return f"{envelope.provider.label} · {account_name}" if account_name else envelope.provider.label


def display_text(envelope: Envelope, column: EnvelopeColumn, account_name: str) -> str:
    match column:
        case EnvelopeColumn.NAME:
            return envelope.name or "(untitled)"
        case EnvelopeColumn.ACCOUNT:
            return account_text(envelope, account_name)
        case EnvelopeColumn.STATUS:
            return envelope.status.label
        case EnvelopeColumn.PROGRESS:
            return progress_text(envelope)
        case EnvelopeColumn.SENT:
            return format_time(envelope.sent_at)
        case EnvelopeColumn.UPDATED:
            return format_time(envelope.updated_at)
        case EnvelopeColumn.EXPIRES:
            return format_time(envelope.expires_at)


def sort_value(envelope: Envelope, column: EnvelopeColumn, account_name: str) -> SortValue:
    """The real value the column sorts by: datetimes for dates, a lifecycle rank for the status."""
    match column:
        case EnvelopeColumn.NAME:
            return envelope.name.casefold()
        case EnvelopeColumn.ACCOUNT:
            return account_text(envelope, account_name).casefold()
        case EnvelopeColumn.STATUS:
            return _STATUS_ORDER[envelope.status]
        case EnvelopeColumn.PROGRESS:
            signed, total = envelope.signing_progress
            return signed / total if total else -1.0
        case EnvelopeColumn.SENT:
            return envelope.sent_at
        case EnvelopeColumn.UPDATED:
            return envelope.updated_at
        case EnvelopeColumn.EXPIRES:
            return envelope.expires_at

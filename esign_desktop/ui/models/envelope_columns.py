"""The envelope list's columns: titles, display text and sort keys.

No widgets: only QCoreApplication.translate for the words and QLocale for dates, so it runs without a screen.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from esign_desktop.domain.model import Envelope
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.ui.labels import status_label
from esign_desktop.ui.placeholders import fill

SortValue = str | int | float | datetime | None

ISO_MINUTES = "yyyy-MM-dd HH:mm"
_STATUS_ORDER = {status: index for index, status in enumerate(EnvelopeStatus)}


class EnvelopeColumn(IntEnum):
    NAME = 0
    ACCOUNT = 1
    STATUS = 2
    PROGRESS = 3
    SENT = 4
    UPDATED = 5
    EXPIRES = 6
    SENT_BY = 7  # last in the model (saved header states stay valid); shown after "Name" by the list

    @property
    def title(self) -> str:
        return column_titles()[self]


def column_titles() -> dict[EnvelopeColumn, str]:
    translate = QCoreApplication.translate
    return {
        EnvelopeColumn.NAME: translate("EnvelopeColumn", "Name"),
        EnvelopeColumn.ACCOUNT: translate("EnvelopeColumn", "Provider / account"),
        EnvelopeColumn.STATUS: translate("EnvelopeColumn", "Status"),
        EnvelopeColumn.PROGRESS: translate("EnvelopeColumn", "Parties"),
        EnvelopeColumn.SENT: translate("EnvelopeColumn", "Sent"),
        EnvelopeColumn.UPDATED: translate("EnvelopeColumn", "Last change"),
        EnvelopeColumn.EXPIRES: translate("EnvelopeColumn", "Expires"),
        EnvelopeColumn.SENT_BY: translate("EnvelopeColumn", "Sent by"),
    }


def format_time(moment: datetime | None) -> str:
    """Local time in the current locale's short date and time format (QLocale.setDefault picks it)."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    if locale.language() is QLocale.Language.C:  # no locale set (POSIX "C"): ISO order, not C's "d MM yyyy"
        return local.toString(ISO_MINUTES)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def progress_text(envelope: Envelope) -> str:
    signed, total = envelope.signing_progress
    if total == 0:
        return QCoreApplication.translate("EnvelopeColumn", "No signers")
    locale = QLocale()
    template = QCoreApplication.translate("EnvelopeColumn", "%1 of %2 signed")
    return fill(template, locale.toString(signed), locale.toString(total))


def account_text(envelope: Envelope, account_name: str) -> str:
    return f"{envelope.provider.label} · {account_name}" if account_name else envelope.provider.label


def display_text(envelope: Envelope, column: EnvelopeColumn, account_name: str) -> str:
    match column:
        case EnvelopeColumn.NAME:
            return envelope.name or QCoreApplication.translate("EnvelopeColumn", "(untitled)")
        case EnvelopeColumn.ACCOUNT:
            return account_text(envelope, account_name)
        case EnvelopeColumn.STATUS:
            return status_label(envelope.status)
        case EnvelopeColumn.PROGRESS:
            return progress_text(envelope)
        case EnvelopeColumn.SENT:
            return format_time(envelope.sent_at)
        case EnvelopeColumn.UPDATED:
            return format_time(envelope.updated_at)
        case EnvelopeColumn.EXPIRES:
            return format_time(envelope.expires_at)
        case EnvelopeColumn.SENT_BY:
            return envelope.sent_by


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
        case EnvelopeColumn.SENT_BY:
            return envelope.sent_by.casefold()

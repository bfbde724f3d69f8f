"""Converting Python values to the text SQLite columns hold, and back."""

from __future__ import annotations

from datetime import datetime

from esign_desktop.storage.codec import decode_datetime, encode_datetime


def time_column(value: datetime) -> str:
    """Fixed-width UTC ISO text, so that text order is time order (indexes sort on it)."""
    return encode_datetime(value)


def optional_time_column(value: datetime | None) -> str | None:
    return None if value is None else encode_datetime(value)


def time_from_column(text: str) -> datetime:
    return decode_datetime(text)


def optional_time_from_column(text: str | None) -> datetime | None:
    return None if text is None else decode_datetime(text)


def plain_text(value: str) -> str:
    """Text both back ends store as UTF-8: a lone surrogate or a NUL (never typed by a person; PostgreSQL's
    text cannot hold NUL) becomes U+FFFD.

    Only denormalised columns (names, search text) go through this; the JSON blob keeps the exact value.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = "".join("\ufffd" if "\ud800" <= character <= "\udfff" else character for character in value)
    return value.replace("\x00", "\ufffd")

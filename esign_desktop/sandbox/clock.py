"""Sandbox time: the wall clock plus a persisted offset that the control API advances."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"


def format_timestamp(moment: datetime) -> str:
    """Assently style: seconds, no time zone (the sandbox always means UTC)."""
    return moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(text: str) -> datetime:
    return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)


class SandboxClock:
    def __init__(self, offset: timedelta = timedelta()) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def stamp(self) -> str:
        return format_timestamp(self.now())

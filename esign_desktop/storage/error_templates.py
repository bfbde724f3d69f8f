"""The English templates of the team database's errors people meet (domain/errors.py), with %1..%9 for their
values. The UI lists the same texts for translation (ui/error_text.py; a test keeps the two equal). They say
what happened and what becomes of the work, not which internal step failed (that goes to the log)."""

from __future__ import annotations

TEAM_HELD_OFF = (
    "Could not reach the team database %1 just now. "
    "Your work is kept on this computer; it goes to the team database when it is back."
)
TEAM_UNREACHABLE = (
    "The team database %1 cannot be reached. "
    "Your work is kept on this computer; it goes to the team database when it is back."
)
TEAM_CONNECTION_LOST = (
    "The connection to the team database %1 was lost. "
    "Your work is kept on this computer; it goes to the team database when it is back."
)
TEAM_CONFLICT = "Another desktop was changing the same record at the same moment. Try again."
TEAM_DISK_FULL = "The team database server's disk is full. Ask whoever looks after it to make room."
TEAM_QUEUED_BEFORE = (
    "The team database %1 cannot be reached, and this envelope was queued before: it can be sent again "
    "only once the database is back (the team's outbox knows what became of it)."
)

TEMPLATES: tuple[str, ...] = (
    TEAM_HELD_OFF,
    TEAM_UNREACHABLE,
    TEAM_CONNECTION_LOST,
    TEAM_CONFLICT,
    TEAM_DISK_FULL,
    TEAM_QUEUED_BEFORE,
)

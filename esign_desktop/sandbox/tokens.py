"""Random identifiers the sandbox hands out: signing-page tokens, temporary ids, GMO codes."""

from __future__ import annotations

import secrets

TEMPORARY_ID_MIN = 100_000
TEMPORARY_ID_SPAN = 900_000


def signing_token() -> str:
    return secrets.token_urlsafe(18)


def temporary_id() -> int:
    """Assently's temporary ids are numbers of four digits or more; the sandbox uses six."""
    return TEMPORARY_ID_MIN + secrets.randbelow(TEMPORARY_ID_SPAN)


def hex_id(length: int = 32) -> str:
    return secrets.token_hex(length // 2)

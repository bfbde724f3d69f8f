""" "Test connection" for the team database: one short async connection, its failure sorted into what a
person can act on (refused, unknown host, wrong password, no such database, not PostgreSQL, TLS, timeout).

Qt-free and asynchronous (psycopg's AsyncConnection on the app's loop), so the GUI thread never waits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

import psycopg
from psycopg.conninfo import make_conninfo

_log = logging.getLogger(__name__)
CONNECT_TIMEOUT_SECONDS = 5


class ProbeOutcome(StrEnum):
    CONNECTED = "connected"
    REFUSED = "refused"
    UNKNOWN_HOST = "unknown_host"
    AUTH_FAILED = "auth_failed"
    NO_PASSWORD = "no_password"  # noqa: S105 - an outcome code, not a password
    NO_DATABASE = "no_database"
    NOT_POSTGRESQL = "not_postgresql"
    TLS = "tls"
    TIMEOUT = "timeout"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ProbeResult:
    outcome: ProbeOutcome
    server_version: str = ""  # "16.4" when connected


# Pieces of libpq's messages (English; libpq is not translated on the desktops we support) → outcome.
# Order matters: the first match wins.
_MESSAGE_PIECES = (
    ("connection refused", ProbeOutcome.REFUSED),
    ("could not translate host name", ProbeOutcome.UNKNOWN_HOST),
    ("name or service not known", ProbeOutcome.UNKNOWN_HOST),
    ("nodename nor servname", ProbeOutcome.UNKNOWN_HOST),
    ("no password supplied", ProbeOutcome.NO_PASSWORD),
    ("password authentication failed", ProbeOutcome.AUTH_FAILED),
    ("authentication failed", ProbeOutcome.AUTH_FAILED),
    ("no pg_hba.conf entry", ProbeOutcome.AUTH_FAILED),
    ("does not exist", ProbeOutcome.NO_DATABASE),
    # Something else answers on that port (a web or SSH server): its first bytes are not PostgreSQL's.
    ("invalid response to ssl negotiation", ProbeOutcome.NOT_POSTGRESQL),
    ("expected authentication request", ProbeOutcome.NOT_POSTGRESQL),
    ("does not support ssl", ProbeOutcome.TLS),  # sslmode=require/verify-full against a server without TLS
    ("certificate", ProbeOutcome.TLS),
    ("ssl error", ProbeOutcome.TLS),
    ("timeout expired", ProbeOutcome.TIMEOUT),
    ("timed out", ProbeOutcome.TIMEOUT),
)
_SQLSTATES = {
    "28P01": ProbeOutcome.AUTH_FAILED,
    "28000": ProbeOutcome.AUTH_FAILED,
    "3D000": ProbeOutcome.NO_DATABASE,
}


def classify(error: psycopg.Error) -> ProbeOutcome:
    """What went wrong, from the SQLSTATE when the server sent one, else from libpq's message."""
    if error.sqlstate in _SQLSTATES:
        return _SQLSTATES[error.sqlstate]
    message = str(error).lower()
    for piece, outcome in _MESSAGE_PIECES:
        if piece in message:
            return outcome
    return ProbeOutcome.OTHER


async def probe_team_database(dsn: str, password: str | None) -> ProbeResult:
    """Connect once, ask the server what it is, disconnect. Never raises for a failed connection."""
    conninfo = make_conninfo(
        dsn,
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        application_name="esign-desktop connection test",
        **({"password": password} if password else {}),
    )
    try:
        connection = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
    except psycopg.Error as error:
        # libpq names the host and port, never the password; the outcome alone says too little to fix "other".
        _log.info("team database connection test failed: %s", str(error).replace("\n", " "))
        return ProbeResult(classify(error))
    async with connection:
        try:
            cursor = await connection.execute("SELECT version(), current_setting('server_version')")
            row = await cursor.fetchone()
        except psycopg.Error as error:
            return ProbeResult(classify(error))
    if row is None or not str(row[0]).startswith("PostgreSQL"):
        return ProbeResult(ProbeOutcome.NOT_POSTGRESQL)  # a look-alike (CockroachDB, a proxy) is not enough
    return ProbeResult(ProbeOutcome.CONNECTED, str(row[1]))

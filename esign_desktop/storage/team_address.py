"""The team database address a person types or an administrator sets: parsed, checked and redacted.

An address is a PostgreSQL URI without a password (`postgresql://user@host:5432/dbname?sslmode=verify-full`);
the password lives in the keyring under `team-database:<user>@<host>:<port>/<dbname>` (the key
storage/team_config.py reads). The problems are codes; the Team dialog words them in the UI's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
KEYRING_PREFIX = "team-database:"


class AddressProblem(StrEnum):
    NOT_POSTGRESQL_URI = "not_postgresql_uri"
    UNREADABLE = "unreadable"
    HAS_PASSWORD = "has_password"  # noqa: S105 - a problem code, not a password
    NO_HOST = "no_host"
    NO_USER = "no_user"
    NO_DATABASE = "no_database"
    BAD_PORT = "bad_port"


class TeamAddressError(ValueError):
    def __init__(self, problem: AddressProblem) -> None:
        super().__init__(problem.value)  # the code only: the text could hold a password
        self.problem = problem


@dataclass(frozen=True, slots=True)
class TeamAddress:
    dsn: str
    user: str
    host: str
    port: int
    dbname: str

    @property
    def keyring_username(self) -> str:
        return f"{KEYRING_PREFIX}{self.user}@{self.host}:{self.port}/{self.dbname}"


def parse_team_address(text: str) -> TeamAddress:
    """The address in `text`; raises TeamAddressError naming what to fix. Empty text is not an address."""
    dsn = text.strip()
    parts = urlsplit(dsn)
    if parts.scheme not in SCHEMES or not parts.netloc:
        raise TeamAddressError(AddressProblem.NOT_POSTGRESQL_URI)
    try:
        values = _conninfo(dsn)
        port = parts.port
    except ValueError:
        raise TeamAddressError(AddressProblem.UNREADABLE) from None
    if parts.password is not None or values.get("password"):
        raise TeamAddressError(AddressProblem.HAS_PASSWORD)
    host = str(values.get("host") or "")
    if not host:
        raise TeamAddressError(AddressProblem.NO_HOST)
    if "," in host:  # several hosts: one address per desktop keeps the keyring key simple
        raise TeamAddressError(AddressProblem.UNREADABLE)
    user = str(values.get("user") or "")
    if not user:
        raise TeamAddressError(AddressProblem.NO_USER)
    dbname = str(values.get("dbname") or "")
    if not dbname:
        raise TeamAddressError(AddressProblem.NO_DATABASE)
    if port is not None and not 0 < port < 65536:
        raise TeamAddressError(AddressProblem.BAD_PORT)
    return TeamAddress(dsn, user, host, port or DEFAULT_PORT, dbname)


def redact_dsn(text: str) -> str:
    """The address with any password replaced by `***`, for messages and labels (never the password)."""
    dsn = text.strip()
    parts = urlsplit(dsn)
    if parts.scheme not in SCHEMES:
        return "***" if "password" in dsn.lower() else dsn
    netloc = parts.netloc
    if "@" in netloc:
        credentials, _, where = netloc.rpartition("@")
        user = credentials.split(":", 1)[0]
        netloc = f"{user}:***@{where}" if ":" in credentials else f"{user}@{where}"
    query = "&".join(
        "password=***" if item.lower().startswith("password=") else item
        for item in parts.query.split("&")
        if item
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def dsn_has_password(text: str) -> bool:
    """Whether the address carries a password (URI user:password@ or a password= parameter)."""
    dsn = text.strip()
    try:
        return bool(_conninfo(dsn).get("password"))
    except ValueError:
        parts = urlsplit(dsn)
        return parts.password is not None or "password=" in dsn.lower()


def _conninfo(dsn: str) -> dict[str, Any]:
    """libpq's reading of the address; ValueError when it cannot read it. psycopg loads on first use: it
    takes a noticeable part of start-up to import, and most desktops work alone."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as error:
        raise ValueError("unreadable address") from error

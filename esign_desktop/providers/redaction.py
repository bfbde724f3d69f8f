"""Keep credentials out of logs: redact known secrets, credential headers and secret-looking query values."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "***"

CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
_SECRET_PARAM_WORDS = ("token", "secret", "password", "key", "access_code", "signature", "auth")


class Redactor:
    """Replaces every registered secret (and the Basic-auth encodings built from it) with `***`."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str) -> None:
        if len(secret) >= 4:  # shorter strings would redact ordinary words
            self._secrets.add(secret)

    def add_basic_pair(self, user: str, password: str) -> None:
        """Register a user/password pair and the base64 form it takes in a Basic header."""
        self.add(password)
        self.add(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))

    def text(self, value: str) -> str:
        # Longest first, so a secret that contains another is removed whole.
        for secret in sorted(self._secrets, key=len, reverse=True):
            value = value.replace(secret, REDACTED)
        return value

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return {
            name: REDACTED if name.lower() in CREDENTIAL_HEADERS else self.text(value)
            for name, value in headers.items()
        }

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        netloc = parts.netloc.rsplit("@", 1)[-1] if "@" in parts.netloc else parts.netloc
        query = urlencode(
            [
                (name, REDACTED if _is_secret_param(name) else value)
                for name, value in parse_qsl(parts.query, keep_blank_values=True)
            ]
        )
        return self.text(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)))


class RedactingFilter(logging.Filter):
    """A logging filter that scrubs a Redactor's secrets from the final message of every record."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self._redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._redactor.text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def _is_secret_param(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_PARAM_WORDS)

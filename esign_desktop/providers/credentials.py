"""Credentials for each service: small values with masked reprs, importable without the HTTP stack."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PersonalAccessToken:
    """Assently: sent as the raw Authorization header value, exactly as the Power Automate connector does."""

    token: str

    def __repr__(self) -> str:
        return "PersonalAccessToken(token=***)"


@dataclass(frozen=True, slots=True)
class ApiKeyCredentials:
    """Assently: a classic API user, HTTP Basic with key and secret."""

    key: str
    secret: str

    def __repr__(self) -> str:
        return f"ApiKeyCredentials(key={self.key!r}, secret=***)"


@dataclass(frozen=True, slots=True)
class GmoSignCredentials:
    """GMO Sign: HTTP Basic with the customer id and secret key of the API option."""

    customer_id: str
    secret_key: str

    def __repr__(self) -> str:
        return f"GmoSignCredentials(customer_id={self.customer_id!r}, secret_key=***)"


Credentials = PersonalAccessToken | ApiKeyCredentials | GmoSignCredentials

"""Open the right provider client for an account."""

from __future__ import annotations

import asyncio

import httpx

from esign_desktop.domain.geometry import GMOSIGN_UNITS, GridConvention
from esign_desktop.domain.model import ProviderKind
from esign_desktop.providers.assently import PRODUCTION_URL as ASSENTLY_URL
from esign_desktop.providers.assently import (
    ApiKeyCredentials,
    AssentlyProvider,
    PersonalAccessToken,
)
from esign_desktop.providers.base import Provider
from esign_desktop.providers.credentials import Credentials
from esign_desktop.providers.gmosign import PRODUCTION_URL as GMOSIGN_URL
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from esign_desktop.providers.http import RetryPolicy
from esign_desktop.providers.rate_limit import RateLimiter, Sleep


def open_provider(
    kind: ProviderKind,
    credentials: Credentials,
    *,
    base_url: str = "",
    limiter: RateLimiter | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Sleep = asyncio.sleep,
    coordinates: GridConvention | None = None,
) -> Provider:
    """A client for one account. `base_url` empty means the service's production address.

    Give each account its own RateLimiter (or none: one is made), and keep the client for the account's
    lifetime: it holds the connection pool and the call budget. `coordinates`: the account's coordinate
    convention (GMO Sign only; None: our default reading).
    """
    if kind is ProviderKind.ASSENTLY:
        if not isinstance(credentials, PersonalAccessToken | ApiKeyCredentials):
            raise TypeError("Assently needs a PersonalAccessToken or ApiKeyCredentials")
        return AssentlyProvider(
            base_url or ASSENTLY_URL,
            credentials,
            limiter=limiter,
            retry=retry,
            transport=transport,
            sleep=sleep,
        )
    if not isinstance(credentials, GmoSignCredentials):
        raise TypeError("GMO Sign needs GmoSignCredentials")
    return GmoSignProvider(
        credentials,
        base_url=base_url or GMOSIGN_URL,
        limiter=limiter,
        retry=retry,
        transport=transport,
        sleep=sleep,
        coordinates=coordinates or GMOSIGN_UNITS,
    )

"""Accounts, clients and envelopes for driving OutboxSender against a sandbox process.

The clients get a call budget far above the services' 100 calls per 60 s: these scenarios test that a send
lands exactly once under faults, not the rate limit (the sync benchmark measures that), and 1,000 sends at
100 calls per minute would take half an hour.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, ProviderKind, new_id
from esign_desktop.providers.assently import PersonalAccessToken
from esign_desktop.providers.base import Provider
from esign_desktop.providers.factory import open_provider
from esign_desktop.providers.gmosign import GmoSignCredentials
from esign_desktop.providers.http import RetryPolicy
from esign_desktop.providers.rate_limit import RateLimiter
from esign_desktop.sandbox.info import SandboxInfo
from esign_desktop.services.outbox_sender import OutboxSender
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.outbox import Outbox
from esign_desktop.storage.paths import AppPaths

QUICK_RETRY = RetryPolicy(attempts=3, initial_wait=0.01, max_wait=0.05, max_retry_after=1.0)
SANDBOX_PROVIDER = {ProviderKind.ASSENTLY: "assently", ProviderKind.GMOSIGN: "gmosign"}


def open_sandbox_provider(kind: ProviderKind, info: SandboxInfo) -> Provider:
    limiter = RateLimiter(limit=1_000_000, period=1.0)
    if kind is ProviderKind.ASSENTLY:
        return open_provider(
            kind,
            PersonalAccessToken(info.assently_token),
            base_url=info.assently_base_url,
            limiter=limiter,
            retry=QUICK_RETRY,
        )
    return open_provider(
        kind,
        GmoSignCredentials(customer_id=info.gmo_customer_id, secret_key=info.gmo_secret_key),
        base_url=info.gmosign_base_url,
        limiter=limiter,
        retry=QUICK_RETRY,
    )


class SendingApp:
    """The parts of the app a send uses (journal, cache, sender) over one data folder, one client per
    provider. Close with `aclose()` on the loop that used it, then `close()`."""

    def __init__(self, home: Path, info: SandboxInfo) -> None:
        self.paths = AppPaths.under(home)
        self.database = Database.open(self.paths.database_file())
        self.accounts = AccountStore(self.database)
        self.cache = EnvelopeCache(self.database)
        self.outbox = Outbox(self.database)
        self.account_ids = {kind: self._account(kind).id for kind in ProviderKind}
        kinds = {account_id: kind for kind, account_id in self.account_ids.items()}
        self.providers: dict[ProviderKind, Provider] = {}
        self._info = info

        def provider_for(account_id: str) -> Provider:
            kind = kinds[account_id]
            if kind not in self.providers:
                self.providers[kind] = open_sandbox_provider(kind, self._info)
            return self.providers[kind]

        self.provider_for: Callable[[str], Provider] = provider_for
        self.sender = OutboxSender(
            self.outbox, self.cache, provider_for, max_attempts=40, base_delay=0.01, max_delay=0.2
        )

    def _account(self, kind: ProviderKind) -> Account:
        name = f"Sandbox {kind.value}"
        existing = next((a for a in self.accounts.list() if a.name == name), None)
        if existing is not None:
            return existing
        key_id = "" if kind is ProviderKind.ASSENTLY else "sandbox"
        return self.accounts.add(Account(provider=kind, name=name, base_url="sandbox:", key_id=key_id))

    async def aclose(self) -> None:
        for provider in self.providers.values():
            await provider.aclose()
        self.providers.clear()

    def close(self) -> None:
        self.database.close()


def one_signer_envelope(
    kind: ProviderKind, account_id: str, document_pdf: Path, name: str, local_id: str = ""
) -> Envelope:
    """An envelope with one document, one signer and one signature field, ready to send."""
    from esign_desktop.services.envelope_spec import preflight_document

    signer = Party(
        id="p1",
        name="Aiko Tanaka",
        email=f"aiko-{new_id()[:8]}@example.com",
        sign_type="1" if kind is ProviderKind.GMOSIGN else "touch",
    )
    field = Field(
        id=new_id(),
        kind=FieldKind.SIGNATURE,
        document=0,
        page=1,
        rect=PageRect(0.1, 0.8, 0.4, 0.88),
        party_id="p1",
    )
    return Envelope(
        local_id=local_id or new_id(),
        provider=kind,
        account_id=account_id,
        name=name,
        documents=(preflight_document(document_pdf),),
        parties=(signer,),
        fields=(field,),
    )

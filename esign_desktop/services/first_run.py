"""The built-in sandbox as an account: created on first run, re-attached at every start.

The sandbox's port changes at every start and its demo credentials are not secrets (they live with the
sandbox's own data), so sandbox accounts store a marker address and get the real one for each run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from esign_desktop.domain.capabilities import capabilities_for
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Affiliation, Envelope, Field, FieldKind, Party, ProviderKind, new_id
from esign_desktop.providers.credentials import GmoSignCredentials, PersonalAccessToken
from esign_desktop.services.accounts import EMBEDDED_SANDBOX_URL, AccountService
from esign_desktop.storage.accounts import Account, AccountState

SANDBOX_ACCOUNT_NAMES = {
    ProviderKind.ASSENTLY: "Sandbox (Assently)",
    ProviderKind.GMOSIGN: "Sandbox (GMO Sign)",
}


@dataclass(frozen=True, slots=True)
class SandboxEndpoints:
    assently_base_url: str
    assently_token: str
    gmosign_base_url: str
    gmo_customer_id: str
    gmo_secret_key: str


def sandbox_accounts(accounts: AccountService) -> list[Account]:
    return [a for a in accounts.list() if a.base_url == EMBEDDED_SANDBOX_URL]


def wants_sandbox(accounts: AccountService) -> bool:
    """First run (no account at all), or the person kept the sandbox accounts."""
    all_accounts = accounts.list()
    return not all_accounts or any(a.base_url == EMBEDDED_SANDBOX_URL for a in all_accounts)


def attach_sandbox(accounts: AccountService, endpoints: SandboxEndpoints) -> tuple[list[Account], bool]:
    """Create the sandbox accounts on first run and point them at this run's sandbox.

    Returns the sandbox accounts and whether they were created now (the app then shows its banner).
    """
    existing = sandbox_accounts(accounts)
    created = not existing
    if created:
        for provider, name in SANDBOX_ACCOUNT_NAMES.items():
            key_id = endpoints.gmo_customer_id if provider is ProviderKind.GMOSIGN else ""
            existing.append(
                accounts.store.add(
                    Account(
                        provider=provider,
                        name=name,
                        base_url=EMBEDDED_SANDBOX_URL,
                        key_id=key_id,
                        state=AccountState.OK,
                    )
                )
            )
    for account in existing:
        if account.provider is ProviderKind.ASSENTLY:
            accounts.attach_runtime(
                account.id, endpoints.assently_base_url, PersonalAccessToken(endpoints.assently_token)
            )
        else:
            credentials = GmoSignCredentials(endpoints.gmo_customer_id, endpoints.gmo_secret_key)
            accounts.attach_runtime(account.id, endpoints.gmosign_base_url, credentials)
        if account.state is not AccountState.OK:
            accounts.store.update_state(account.id, AccountState.OK)
    return existing, created


DEMO_SIGNERS = (
    ("Aiko Tanaka", "aiko.tanaka@example.com", "Tanaka Trading KK"),
    ("Erik Lindqvist", "erik.lindqvist@example.com", "Lindqvist AB"),
)


def demo_envelopes(account: Account, pdf: Path) -> list[Envelope]:
    """Envelopes the app sends itself on first run, so a webhook-only service shows something at once."""
    from esign_desktop.services.envelope_spec import preflight_document  # pypdf, only on first run

    document = preflight_document(pdf)
    caps = capabilities_for(account.provider)
    envelopes = []
    for number, (name, email, organisation) in enumerate(DEMO_SIGNERS, start=1):
        signer = Party(
            id=new_id(),
            name=name,
            email=email,
            organisation=organisation,
            sign_type=caps.default_sign_type(Affiliation.EXTERNAL),
        )
        signature = Field(
            id=new_id(),
            kind=FieldKind.SIGNATURE,
            document=0,
            page=document.page_count,
            rect=PageRect(0.12, 0.72, 0.45, 0.8),
            party_id=signer.id,
        )
        envelopes.append(
            Envelope(
                local_id=new_id(),
                provider=account.provider,
                account_id=account.id,
                name=f"Demo agreement {number} ({organisation})",
                documents=(document,),
                parties=(signer,),
                fields=(signature,),
            )
        )
    return envelopes

"""Accounts with their secrets: the store keeps the public part, the keyring the secret, and one open
provider client per account (one connection pool, one call budget)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from esign_desktop.domain.geometry.provider_units import convention_named
from esign_desktop.domain.model import ProviderKind
from esign_desktop.providers import error_templates as provider_templates
from esign_desktop.providers.base import Provider
from esign_desktop.providers.credentials import (
    ApiKeyCredentials,
    Credentials,
    GmoSignCredentials,
    PersonalAccessToken,
)
from esign_desktop.providers.errors import AuthenticationError
from esign_desktop.services.app_logging import SECRETS
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.accounts import Account, AccountState, AccountStore
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.secrets import Secret, SecretKind, SecretStore

if TYPE_CHECKING:
    import httpx

    from esign_desktop.providers.rate_limit import RateLimiter, SharedCallBudget

EMBEDDED_SANDBOX_URL = "sandbox:"  # stored as an account's base_url: the sandbox this app runs itself


class AccountService:
    def __init__(
        self,
        store: AccountStore,
        secrets: SecretStore,
        *,
        shared_budget_for: Callable[[str], SharedCallBudget] | None = None,
    ) -> None:
        """`shared_budget_for` (team mode): every client's calls are also counted for the whole team."""
        self.store = store
        self.secrets = secrets
        self.shared_budget_for = shared_budget_for
        self._providers: dict[str, Provider] = {}
        self._runtime: dict[str, tuple[str, Credentials]] = {}
        self._retired: list[Provider] = []

    def attach_runtime(self, account_id: str, base_url: str, credentials: Credentials) -> None:
        """Point an account at an address and credentials known only for this run (the embedded sandbox,
        whose port changes at every start and whose demo credentials are not secrets)."""
        self._runtime[account_id] = (base_url, credentials)
        self._retire(account_id)

    def secret_in_memory_only(self, account: Account) -> bool:
        """True when the account's secret is not saved anywhere (no usable keyring): it lives in this process
        and is forgotten at exit. Accounts on this run's embedded sandbox need no saved secret."""
        return account.id not in self._runtime and not self.secrets.is_persistent()

    def effective_base_url(self, account: Account) -> str:
        runtime = self._runtime.get(account.id)
        return runtime[0] if runtime else account.base_url

    def add(
        self, provider: ProviderKind, name: str, secret: Secret, *, base_url: str = "", key_id: str = ""
    ) -> Account:
        """`key_id`: the Assently API key (empty: `secret` is a Personal Access Token) or GMO customer id."""
        name = name.strip()
        if not name:
            raise StorageError(templates.ACCOUNT_NEEDS_NAME)
        if self.find(name) is not None:
            raise StorageError(templates.ACCOUNT_NAME_TAKEN, name)
        if provider is ProviderKind.GMOSIGN and not key_id:
            raise StorageError(templates.ACCOUNT_NEEDS_CUSTOMER_ID)
        account = self.store.add(
            Account(provider=provider, name=name, base_url=base_url, key_id=key_id, state=AccountState.OK)
        )
        self.secrets.set(account.id, _secret_kind(account), secret)
        return account

    def update(
        self, account: Account, *, name: str, base_url: str, key_id: str, secret: Secret | None = None
    ) -> Account:
        """Change an account's name, address or key; `secret` None keeps the stored one where it still fits.

        Switching between a Personal Access Token and an API key drops the old secret (a new one is needed).
        Any change closes the client opened with the old address or credentials.
        """
        name = name.strip()
        clash = self.find(name)
        if not name:
            raise StorageError(templates.ACCOUNT_NEEDS_NAME)
        if clash is not None and clash.id != account.id:
            raise StorageError(templates.ACCOUNT_NAME_TAKEN, name)
        updated = replace(account, name=name, base_url=base_url, key_id=key_id)
        method_changed = _secret_kind(updated) is not _secret_kind(account)
        kept = None if method_changed else self.secrets.get(account.id, _secret_kind(account))
        if method_changed:
            self.secrets.delete_account(account.id)
        self.store.update(updated)
        self._retire(account.id)
        replacement = secret or kept
        if replacement is not None:
            return self.set_secret(updated, replacement)
        return self.store.update_state(account.id, AccountState.NEEDS_CREDENTIALS)

    def _retire(self, account_id: str) -> None:
        """Stop handing out the account's client; it is closed with the others at shutdown."""
        provider = self._providers.pop(account_id, None)
        if provider is not None:
            self._retired.append(provider)

    def set_secret(self, account: Account, secret: Secret) -> Account:
        """New credentials for an account (after a 401): stored, and the account may sync again."""
        self.secrets.set(account.id, _secret_kind(account), secret)
        self._retire(account.id)
        return self.store.update_state(account.id, AccountState.OK)

    def find(self, name_or_id: str) -> Account | None:
        return next((a for a in self.store.list() if name_or_id in {a.name, a.id}), None)

    def list(self) -> list[Account]:
        return self.store.list()

    async def remove(self, account: Account) -> None:
        provider = self._providers.pop(account.id, None)
        if provider is not None:
            await provider.aclose()
        self.secrets.delete_account(account.id)
        self.store.remove(account.id)

    def provider_for(self, account_id: str) -> Provider:
        """The account's client, opened on first use. AuthenticationError when no secret is available."""
        provider = self._providers.get(account_id)
        if provider is None:
            provider = self.open_client(account_id)
            self._providers[account_id] = provider
        return provider

    def open_client(self, account_id: str, *, transport: httpx.AsyncBaseTransport | None = None) -> Provider:
        """A new client of its own for the account (the caller closes it), e.g. one whose calls are recorded
        through `transport` (services/account_check.py). Placement follows the account's convention."""
        from esign_desktop.providers.factory import open_provider  # the HTTP stack, loaded when first needed

        account = self.store.get(account_id)
        if account is None:
            raise StorageError(templates.ACCOUNT_GONE)
        coordinates = convention_named(account.coordinate_convention)
        limiter = self._limiter_for(account_id)
        runtime = self._runtime.get(account_id)
        if runtime is not None:
            return open_provider(
                account.provider,
                runtime[1],
                base_url=runtime[0],
                transport=transport,
                coordinates=coordinates,
                limiter=limiter,
            )
        if account.base_url == EMBEDDED_SANDBOX_URL:
            raise AuthenticationError(provider_templates.SANDBOX_NOT_RUNNING, account.name)
        return open_provider(
            account.provider,
            self._credentials(account),
            base_url=account.base_url,
            transport=transport,
            coordinates=coordinates,
            limiter=limiter,
        )

    def _limiter_for(self, account_id: str) -> RateLimiter | None:
        """Team mode: a limiter that also counts against the team's budget; alone: the client's own."""
        if self.shared_budget_for is None:
            return None
        from esign_desktop.providers.rate_limit import RateLimiter

        return RateLimiter(shared=self.shared_budget_for(account_id))

    def set_coordinate_convention(self, account: Account, convention: str) -> Account:
        """Store the coordinate convention calibration found (provider_units.CONVENTIONS); later clients
        place every field with it."""
        convention_named(convention)  # refuses an unknown name
        updated = self.store.set_coordinate_convention(account.id, convention)
        self._retire(account.id)
        return updated

    def _credentials(self, account: Account) -> Credentials:
        secret = self.secrets.get(account.id, _secret_kind(account))
        if secret is None:
            raise AuthenticationError(provider_templates.NO_SAVED_CREDENTIALS, account.name)
        SECRETS.add(secret.reveal())
        if account.key_id:
            SECRETS.add_basic_pair(account.key_id, secret.reveal())
        if account.provider is ProviderKind.GMOSIGN:
            return GmoSignCredentials(customer_id=account.key_id, secret_key=secret.reveal())
        if account.key_id:
            return ApiKeyCredentials(key=account.key_id, secret=secret.reveal())
        return PersonalAccessToken(token=secret.reveal())

    async def aclose(self) -> None:
        providers = [*self._providers.values(), *self._retired]
        self._providers, self._retired = {}, []
        for provider in providers:
            await provider.aclose()


def _secret_kind(account: Account) -> SecretKind:
    if account.provider is ProviderKind.ASSENTLY and not account.key_id:
        return SecretKind.ACCESS_TOKEN
    return SecretKind.API_SECRET

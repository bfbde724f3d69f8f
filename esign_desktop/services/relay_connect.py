"""Point an account's status callbacks at the office's relay (`esign relay connect|disconnect`).

Connecting makes the account's token (storage: its hash only), registers the service's hooks to the relay's
per-account URL (GMO Connect for GMO Sign; the case hooks the status monitor uses for Assently) and keeps the
hook ids so disconnecting can remove them again. A desktop behind NAT then learns of completions through
the relay and the team database (services/relay_inbox.py).
"""

from __future__ import annotations

import asyncio

from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.accounts import AccountService
from esign_desktop.services.status_monitor import ASSENTLY_HOOK_EVENTS, GMO_COMPLETION_EVENT
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.relay_tokens import create_token, hooks_of, public_url_of, remove_token, save_hooks
from esign_desktop.storage.sql import SqlDatabase


def hook_events(account: Account) -> tuple[str, ...]:
    return (GMO_COMPLETION_EVENT,) if account.provider is ProviderKind.GMOSIGN else ASSENTLY_HOOK_EVENTS


async def connect_relay(
    team: SqlDatabase, accounts: AccountService, account: Account, public_url: str
) -> list[str]:
    """Register the account's hooks to the relay; returns the hook ids. An earlier connection is replaced
    (its hooks removed, its token no longer accepted). When the service takes no hook (no secret on this
    desktop, a refusal), no token is left either: the account is not connected."""
    if not public_url.startswith(("https://", "http://")):
        raise ValueError("the relay's public address must start with https://")
    await disconnect_relay(team, accounts, account)
    provider = accounts.provider_for(account.id)
    await asyncio.to_thread(_share, team, account)
    url = await asyncio.to_thread(create_token, team, account.id, account.provider.value, public_url)
    hook_ids: list[str] = []
    try:
        for event in hook_events(account):
            subscription = await provider.subscribe(event, url)
            hook_ids.append(subscription.remote_id)
    finally:
        if hook_ids:  # what exists, even after a failure, so that disconnecting removes it
            await asyncio.to_thread(save_hooks, team, account.id, hook_ids)
        else:
            await asyncio.to_thread(remove_token, team, account.id)
    return hook_ids


def _share(team: SqlDatabase, account: Account) -> None:
    """The relay token belongs to the team's account: one added a moment ago may not be shared yet."""
    shared = AccountStore(team)
    if shared.get(account.id) is None:
        try:
            shared.add(account)
        except StorageError:
            if shared.get(account.id) is None:
                raise  # not "another desktop shared it first"


async def disconnect_relay(team: SqlDatabase, accounts: AccountService, account: Account) -> int:
    """Remove the account's relay hooks from the service and its token; returns how many hooks went."""
    hooks = await asyncio.to_thread(hooks_of, team, account.id)
    if hooks is None:
        return 0
    provider = accounts.provider_for(account.id)
    for hook_id in hooks:
        await provider.unsubscribe(hook_id)
    await asyncio.to_thread(remove_token, team, account.id)
    return len(hooks)


class RelayConnections:
    """The relay commands for the Accounts dialog (ui.accounts_dialog.RelayControl), on one team database."""

    def __init__(self, team: SqlDatabase, accounts: AccountService) -> None:
        self._team = team
        self._accounts = accounts

    async def public_url_of(self, account: Account) -> str | None:
        return await asyncio.to_thread(public_url_of, self._team, account.id)

    async def connect(self, account: Account, public_url: str) -> int:
        return len(await connect_relay(self._team, self._accounts, account, public_url))

    async def disconnect(self, account: Account) -> int:
        return await disconnect_relay(self._team, self._accounts, account)

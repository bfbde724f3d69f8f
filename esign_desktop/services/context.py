"""Everything the app and the CLI work with, opened once over one data folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from esign_desktop.services.accounts import AccountService
from esign_desktop.services.notifier import Notifier
from esign_desktop.services.outbox_sender import OutboxSender, SendOutcome
from esign_desktop.services.sync import AccountSyncStatus, StatusChange, SyncService
from esign_desktop.storage.accounts import AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.event_log import EventLog
from esign_desktop.storage.layouts import LayoutStore
from esign_desktop.storage.outbox import Outbox
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import SecretStore
from esign_desktop.storage.settings import SettingsStore


@dataclass
class ServiceContext:
    paths: AppPaths
    database: Database
    accounts: AccountService
    cache: EnvelopeCache
    outbox: Outbox
    events: EventLog
    drafts: DraftStore
    layouts: LayoutStore
    settings: SettingsStore
    sender: OutboxSender
    sync: SyncService
    notifier: Notifier

    @classmethod
    def open(
        cls,
        paths: AppPaths | None = None,
        *,
        on_change: Callable[[StatusChange], None] | None = None,
        on_account_status: Callable[[AccountSyncStatus], None] | None = None,
        on_send_outcome: Callable[[SendOutcome], None] | None = None,
    ) -> ServiceContext:
        paths = paths or AppPaths.from_environment()
        database = Database.open(paths.database_file())
        account_store = AccountStore(database)
        accounts = AccountService(account_store, SecretStore())
        cache = EnvelopeCache(database)
        outbox = Outbox(database)
        return cls(
            paths=paths,
            database=database,
            accounts=accounts,
            cache=cache,
            outbox=outbox,
            events=EventLog(database),
            drafts=DraftStore(database, paths),
            layouts=LayoutStore(database),
            settings=SettingsStore(paths.settings_file()),
            sender=OutboxSender(outbox, cache, accounts.provider_for, on_outcome=on_send_outcome),
            sync=SyncService(
                cache,
                account_store,
                accounts.provider_for,
                on_change=on_change,
                on_account_status=on_account_status,
            ),
            notifier=Notifier(),
        )

    async def aclose(self) -> None:
        await self.accounts.aclose()
        self.database.close()

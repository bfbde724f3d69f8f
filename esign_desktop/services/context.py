"""Everything the app and the CLI work with, opened once over one data folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from esign_desktop.services.accounts import AccountService
from esign_desktop.services.notifier import Notifier
from esign_desktop.services.outbox_sender import OutboxSender, SendOutcome
from esign_desktop.services.status_monitor import StatusMonitor
from esign_desktop.services.sync import SyncService
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
    monitor: StatusMonitor

    @classmethod
    def open(
        cls,
        paths: AppPaths | None = None,
        *,
        on_send_outcome: Callable[[SendOutcome], None] | None = None,
    ) -> ServiceContext:
        paths = paths or AppPaths.from_environment()
        database = Database.open(paths.database_file())
        account_store = AccountStore(database)
        accounts = AccountService(account_store, SecretStore())
        cache = EnvelopeCache(database)
        outbox = Outbox(database)
        sync = SyncService(cache, account_store, accounts.provider_for)
        notifier = Notifier()
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
            sync=sync,
            notifier=notifier,
            monitor=StatusMonitor(
                cache, sync, accounts, notifier, callback_state_file=paths.data_dir() / "callbacks.json"
            ),
        )

    async def aclose(self) -> None:
        self.monitor.stop()
        await self.accounts.aclose()
        self.database.close()

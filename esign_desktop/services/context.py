"""Everything the app and the CLI work with, opened once over one data folder."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from esign_desktop.services.accounts import AccountService
from esign_desktop.services.notifier import Notifier
from esign_desktop.services.outbox_sender import OutboxSender
from esign_desktop.services.settings import SettingsService
from esign_desktop.services.status_monitor import StatusMonitor
from esign_desktop.services.sync import SyncService
from esign_desktop.storage.accounts import AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.event_log import EventLog
from esign_desktop.storage.fallback_outbox import FallbackOutbox
from esign_desktop.storage.layouts import LayoutStore
from esign_desktop.storage.outbox import Outbox
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import SecretStore
from esign_desktop.storage.send_documents import SendDocuments, TeamDocuments
from esign_desktop.storage.settings import SettingsStore
from esign_desktop.storage.team_config import TeamConfig, desktop_id, user_name_of

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # team mode's modules load psycopg, which most desktops (working alone) never need
    from esign_desktop.providers.rate_limit import SharedCallBudget
    from esign_desktop.services.send_claims import SendClaims
    from esign_desktop.services.team_link import TeamLink
    from esign_desktop.storage.postgres import PostgresDatabase


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
    settings: SettingsService
    sender: OutboxSender
    sync: SyncService
    notifier: Notifier
    monitor: StatusMonitor
    # Team mode (docs/team.md): the shared database and the link to it; None when this desktop works alone.
    team: TeamConfig | None = None
    team_database: PostgresDatabase | None = None
    link: TeamLink | None = None
    user_name: str = ""

    @classmethod
    def open(
        cls,
        paths: AppPaths | None = None,
        *,
        team_connects_later: bool = False,
        settings: SettingsService | None = None,
        database: Database | None = None,
    ) -> ServiceContext:
        """`team_connects_later` (the app): never wait for the team database here; it is used from the
        moment the link (started with the app's services) reaches it, and until then work goes on locally.
        `database`: the local database when the caller has already opened (and checked) it; the context
        owns it from here and closes it, also when opening fails."""
        paths = paths or AppPaths.from_environment()
        database = database if database is not None else Database.open(paths.database_file())
        settings = settings or SettingsService(SettingsStore(paths.settings_file()))
        secrets = SecretStore()
        account_store = AccountStore(database)
        cache = EnvelopeCache(database)
        outbox = Outbox(database)
        layouts = LayoutStore(database)
        claims: SendClaims | None = None
        documents: SendDocuments | None = None
        team = team_database = link = None
        team_budget: Callable[[str], SharedCallBudget] | None = None
        loaded = settings.current
        try:
            team = TeamConfig.load(loaded)
            if team is not None:
                from esign_desktop.services.team_budget import TEAM_PERIOD_SECONDS, TeamCallBudget
                from esign_desktop.services.team_claims import FallbackClaims, TeamClaims
                from esign_desktop.services.team_link import TeamLink
                from esign_desktop.storage.postgres import PostgresDatabase, TeamDatabaseUnavailableError

                if team_connects_later:
                    team_database = PostgresDatabase.later(team.dsn, application_name="esign-desktop")
                    team_database.hold_off()  # until the link reaches it
                else:
                    try:
                        team_database = PostgresDatabase.open(team.dsn, application_name="esign-desktop")
                    except TeamDatabaseUnavailableError as error:
                        # Start from the local copy; the link connects when the database is back, and until
                        # then new sends are journalled and sent from here (FallbackOutbox).
                        log.info("starting without the team database: %s", error.user_message)
                        team_database = PostgresDatabase.later(team.dsn, application_name="esign-desktop")
                this_desktop = desktop_id(database)
                shared = team_database
                # The services count 100 calls per 60 s; tests and benchmarks shorten both windows.
                period = float(os.environ.get("ESIGN_TEAM_BUDGET_PERIOD", "") or TEAM_PERIOD_SECONDS)

                def shared_budget_for(account_id: str) -> SharedCallBudget:
                    return TeamCallBudget(shared, account_id, period=period)

                team_budget = shared_budget_for
                team_outbox = FallbackOutbox(team_database, database)
                claims = FallbackClaims(TeamClaims(team_database, this_desktop), team_outbox)
                outbox = team_outbox
                documents = TeamDocuments(team_database, paths.draft_files_dir())
                link = TeamLink(
                    team_database,
                    database,
                    cache,
                    account_store,
                    secrets,
                    desktop_id=this_desktop,
                    user_name=team.user_name,
                    layouts=layouts,
                )
        except BaseException:
            database.close()
            raise
        accounts = AccountService(account_store, secrets, shared_budget_for=team_budget)
        sync = SyncService(cache, account_store, accounts.provider_for)
        sync.follow(settings)  # the poll interval is a setting: it follows every change
        notifier = Notifier()
        return cls(
            paths=paths,
            database=database,
            accounts=accounts,
            cache=cache,
            outbox=outbox,
            events=EventLog(database),
            # In team mode the PDFs of queued sends are kept while the team's outbox needs them.
            drafts=DraftStore(database, paths, outbox_database=team_database),
            layouts=layouts,
            settings=settings,
            sender=OutboxSender(
                outbox,
                cache,
                accounts.provider_for,
                claims=claims,
                documents=documents,
                user_name=team.user_name if team is not None else "",  # alone: nobody else to tell apart
            ),
            sync=sync,
            notifier=notifier,
            monitor=StatusMonitor(
                cache,
                sync,
                accounts,
                notifier,
                callback_state_file=paths.data_dir() / "callbacks.json",
                elected_polling=link is not None,  # the link starts the accounts this desktop is elected for
            ),
            team=team,
            team_database=team_database,
            link=link,
            user_name=team.user_name if team is not None else user_name_of(loaded),
        )

    async def aclose(self) -> None:
        await self.monitor.stop()
        await self.sender.aclose()  # no send goes on writing into a closed database
        if self.link is not None:
            await self.link.aclose()
        await self.accounts.aclose()
        if self.team_database is not None:
            self.team_database.close()
        self.database.close()

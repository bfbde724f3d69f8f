"""Everything in the SQLite store opened once, for wiring in app.py and for tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from esign_desktop.storage.accounts import AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.event_log import EventLog
from esign_desktop.storage.layouts import LayoutStore
from esign_desktop.storage.outbox import Outbox
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.quarantine import Quarantine


@dataclass(frozen=True, slots=True)
class LocalStore:
    """The repositories over one shared Database (see database.py for the threading rules)."""

    paths: AppPaths
    database: Database
    accounts: AccountStore
    envelopes: EnvelopeCache
    drafts: DraftStore
    outbox: Outbox
    layouts: LayoutStore
    events: EventLog
    quarantine: Quarantine

    @classmethod
    def open(cls, paths: AppPaths | None = None) -> Self:
        """Open (creating and migrating) the store in `paths` (default: from the environment)."""
        paths = paths or AppPaths.from_environment()
        database = Database.open(paths.database_file())
        return cls(
            paths=paths,
            database=database,
            accounts=AccountStore(database),
            envelopes=EnvelopeCache(database),
            drafts=DraftStore(database, paths),
            outbox=Outbox(database),
            layouts=LayoutStore(database),
            events=EventLog(database),
            quarantine=Quarantine(database),
        )

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

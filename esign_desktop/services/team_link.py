"""Team mode's link between this desktop's local copy (SQLite) and the team database (PostgreSQL).

- **Push.** Every envelope this desktop writes to its local cache (a send, a status its poller saw, a local
  action) is queued in the local `team_outgoing` table (durable: a desktop that is offline pushes it when the
  database is back) and written to the team register. Layouts saved or deleted here travel the same way
  (the newer of two versions of a layout wins; a deletion reaches every desktop as a tombstone).
- **Pull.** Team tables carry a change number (`seq`) and announce each change with NOTIFY (`esign_team`);
  the link LISTENs on its session connection and pulls what changed at once (no polling of the database while
  connected). Rows pulled are applied to the local cache, so the list, the details and the notifications
  follow as for any other change; they are never pushed back.
- **Accounts.** Account metadata (never secrets) is shared: a desktop adopts the team's account of the same
  provider and name (moving its own secret under the team's id) and shares its own new accounts.
- **One poller per account.** A session-level advisory lock per account elects the desktop that polls it; the
  others retry every `election_interval` seconds, so when the holder closes or crashes (its session ends and
  PostgreSQL releases the lock) another takes over within one interval.
- **Offline.** When the database cannot be reached the link says so (`subscribe_state`), stops polling for the
  team (another desktop may hold the locks now), keeps queueing local writes, and reconnects with back-off
  (1, 2, 4 … 30 s), then pushes and pulls what it missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import psycopg

from esign_desktop.domain.model import ProviderKind, utc_now
from esign_desktop.services.relay_inbox import RelayInbox
from esign_desktop.services.status_monitor import StatusMonitor
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account, AccountState, AccountStore
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.codec import envelope_from_json
from esign_desktop.storage.database import Database
from esign_desktop.storage.envelope_cache import CacheWrite, EnvelopeCache
from esign_desktop.storage.errors import StorageBusyError, StorageError
from esign_desktop.storage.layouts import Layout, LayoutStore
from esign_desktop.storage.postgres import PostgresDatabase
from esign_desktop.storage.schema import NOTIFY_CHANNEL
from esign_desktop.storage.secrets import SecretKind, SecretStore
from esign_desktop.storage.sql_values import time_column

log = logging.getLogger(__name__)

ELECTION_INTERVAL_SECONDS = 10.0
MAX_BACKOFF_SECONDS = 30.0
PULL_BATCH = 500
RETRY_PUSH_SECONDS = 2.0
BUSY_TRIES = 5
_T = TypeVar("_T")
# Transactions commit out of change-number order: a pull looks this many numbers back, and skips rows it
# already applied at the same number, so a change committed late is never missed.
PULL_LOOKBACK = 1000
_ENVELOPE = "envelope"
_LAYOUT = "layout"
_PULLED_KEY = "pulled_seq"
_LAYOUTS_KEY = "pulled_layout_seq"
_DELETIONS_KEY = "pulled_deletion_seq"


@dataclass(frozen=True, slots=True)
class LinkState:
    connected: bool
    offline_since: datetime | None = None
    reason: str = ""


StateListener = Callable[[LinkState], None]
TableListener = Callable[[dict[str, Any]], None]


class TeamLink:
    def __init__(
        self,
        team: PostgresDatabase,
        local: Database,
        cache: EnvelopeCache,
        accounts: AccountStore,
        secrets: SecretStore,
        *,
        desktop_id: str,
        user_name: str,
        layouts: LayoutStore | None = None,
        election_interval: float = ELECTION_INTERVAL_SECONDS,
    ) -> None:
        self._team = team
        self._local = local
        self._cache = cache
        self._accounts = accounts
        self._secrets = secrets
        self._team_cache = EnvelopeCache(team)
        self._team_accounts = AccountStore(team)
        self.desktop_id = desktop_id
        self.user_name = user_name
        self._election_interval = election_interval
        self._applying = threading.local()
        # Pushes, pulls and account merges run in worker threads; one at a time, so two of them never add
        # the same account or apply the same rows twice.
        self._exchange = threading.RLock()
        self._applied: dict[str, int] = {}  # local id -> the change number last applied from the team
        self._applied_deletions: set[int] = set()  # the tombstones' change numbers looked at (lookback)
        self._held: set[str] = set()
        self._state = LinkState(connected=False, offline_since=utc_now(), reason="not connected yet")
        self._state_listeners: list[StateListener] = []
        self._table_listeners: dict[str, list[TableListener]] = {}
        self._poll_listeners: list[Callable[[frozenset[str]], None]] = []
        self._monitor: StatusMonitor | None = None
        self._inbox: RelayInbox | None = None  # the relay's stored callbacks, for the accounts polled here
        self._tasks: TaskRegistry | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._push_wanted: asyncio.Event | None = None
        self._runner: asyncio.Task[None] | None = None
        self._pusher: asyncio.Task[None] | None = None
        self._session: psycopg.AsyncConnection[Any] | None = None
        self._layouts = layouts
        self._team_layouts = LayoutStore(team)
        self._accounts_added = False  # an account was added here: share it with the next push
        unsubscribe_envelopes = cache.subscribe(self._on_local_write)
        unsubscribe_layouts = layouts.subscribe(self._on_local_layout) if layouts is not None else None
        unsubscribe_accounts = accounts.subscribe_added(self._on_local_account)

        def unsubscribe() -> None:
            unsubscribe_envelopes()
            unsubscribe_accounts()
            if unsubscribe_layouts is not None:
                unsubscribe_layouts()

        self._unsubscribe_cache = unsubscribe

    # -- what others see -------------------------------------------------------------------------------------

    @property
    def state(self) -> LinkState:
        return self._state

    def subscribe_state(self, listener: StateListener) -> Callable[[], None]:
        self._state_listeners.append(listener)
        return lambda: self._state_listeners.remove(listener)

    def subscribe(self, table: str, listener: TableListener) -> Callable[[], None]:
        """`listener(payload)` for each announcement about `table` (on the event loop)."""
        self._table_listeners.setdefault(table, []).append(listener)
        return lambda: self._table_listeners[table].remove(listener)

    def subscribe_polled(self, listener: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        self._poll_listeners.append(listener)
        return lambda: self._poll_listeners.remove(listener)

    def polled_accounts(self) -> frozenset[str]:
        """The accounts this desktop polls for the team now."""
        return frozenset(self._held)

    # -- running -------------------------------------------------------------------------------------------

    def start(self, monitor: StatusMonitor | None = None, tasks: TaskRegistry | None = None) -> None:
        """Connect and keep the link up (a task on the running loop). With `monitor` and `tasks`, the
        monitor polls exactly the accounts this desktop is elected for."""
        self._monitor, self._tasks = monitor, tasks
        if monitor is not None:  # built with elected_polling (services/context.py): it leaves polling to this
            self._inbox = RelayInbox(self._team, monitor.handle_callback)
        self._loop = asyncio.get_running_loop()
        self._push_wanted = asyncio.Event()
        self._push_wanted.set()  # whatever an earlier run left queued
        self._runner = self._loop.create_task(self._run(), name="team-link")
        self._pusher = self._loop.create_task(self._push_forever(), name="team-push")

    async def aclose(self) -> None:
        """Stop the link (again: nothing); queued local writes stay queued for the next start."""
        unsubscribe, self._unsubscribe_cache = self._unsubscribe_cache, lambda: None
        unsubscribe()
        for task in (self._runner, self._pusher):
            if task is not None:
                task.cancel()
        for task in (self._runner, self._pusher):
            if task is not None:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        # A push or pull under way in a worker thread goes on when its task is cancelled: wait for it, or it
        # uses the team database after the caller closed it (reconnecting, and leaking that connection).
        await asyncio.to_thread(self._wait_for_exchange)
        await self._drop_session()

    def _wait_for_exchange(self) -> None:
        with self._exchange:
            pass

    async def sync_once(self) -> None:
        """Push what is queued and pull what is new, now (the CLI around each command; tests)."""
        await asyncio.to_thread(self._register_desktop)
        await asyncio.to_thread(self._sync_accounts)
        await asyncio.to_thread(self._push_outgoing)
        await asyncio.to_thread(self._pull)

    async def _run(self) -> None:
        backoff = 1.0
        while True:
            try:
                await self._connect()
                backoff = 1.0
                await self._serve()
            except (psycopg.Error, StorageError, OSError) as error:
                reason = getattr(error, "user_message", "") or type(error).__name__
                log.info("team database unreachable: %s", reason)
                self._team.hold_off()  # until this link reaches it again: nobody waits for a timeout
                await self._drop_session()
                self._set_state(LinkState(False, self._state.offline_since or utc_now(), reason))
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    async def _connect(self) -> None:
        session = await psycopg.AsyncConnection.connect(**self._team.connect_arguments(), autocommit=True)
        self._session = session
        self._team.open_again()  # the database answers: everyone may use it again
        await session.execute(f"LISTEN {NOTIFY_CHANNEL}")
        await self.sync_once()
        self._set_state(LinkState(True))
        if self._push_wanted is not None:
            self._push_wanted.set()

    async def _serve(self) -> None:
        session = self._session
        assert session is not None
        tables: set[str] = {"relay_callbacks"}  # what the relay stored while this desktop was away
        while True:
            newly_polled = await self._elect(session)
            if self._inbox is not None and ("relay_callbacks" in tables or newly_polled) and self._held:
                await self._inbox.process(self.polled_accounts())
            tables = set()
            async for notice in session.notifies(timeout=self._election_interval, stop_after=1):
                tables.add(self._dispatch(notice.payload))
            if tables - {"outbox", "relay_callbacks", ""}:
                await asyncio.to_thread(self._pull)
            if "accounts" in tables:
                await asyncio.to_thread(self._sync_accounts)
            await session.execute("UPDATE desktops SET last_seen = now() WHERE id = %s", (self.desktop_id,))

    def _dispatch(self, payload: str) -> str:
        try:
            message = json.loads(payload)
            table = str(message["table"])
        except (ValueError, KeyError, TypeError):
            return ""
        for listener in list(self._table_listeners.get(table, ())):
            try:
                listener(message)
            except Exception:  # one listener's failure must not stop the link
                log.exception("a team change listener failed")
        return table

    async def _drop_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            with contextlib.suppress(psycopg.Error, OSError):
                await session.close()
        self._release_all()

    def _set_state(self, state: LinkState) -> None:
        if state == self._state:
            return
        self._state = state
        for listener in list(self._state_listeners):
            listener(state)

    # -- one poller per account ------------------------------------------------------------------------------

    async def _elect(self, session: psycopg.AsyncConnection[Any]) -> bool:
        """Try for the accounts nobody here polls yet; True when this desktop took one."""
        changed = False
        for account in self._accounts.list():
            if account.id in self._held or account.state is AccountState.DISABLED:
                continue
            cursor = await session.execute(
                "SELECT pg_try_advisory_lock(hashtext(%s))", (f"esign-poll:{account.id}",)
            )
            row = await cursor.fetchone()
            if row is not None and row[0]:
                log.info("this desktop now polls %s for the team", account.name)
                self._held.add(account.id)
                changed = True
                if self._monitor is not None and self._tasks is not None:
                    self._monitor.start_account(self._tasks, account.id)
        if changed:
            self._tell_polled()
        return changed

    def _release_all(self) -> None:
        if not self._held:
            return
        for account_id in self._held:
            if self._monitor is not None and self._tasks is not None:
                self._monitor.stop_account(self._tasks, account_id)
        self._held.clear()
        self._tell_polled()

    def _tell_polled(self) -> None:
        polled = self.polled_accounts()
        for listener in list(self._poll_listeners):
            listener(polled)

    # -- push ------------------------------------------------------------------------------------------------

    def _on_local_write(self, writes: Sequence[CacheWrite]) -> None:
        self._queue(_ENVELOPE, [write.local_id for write in writes])

    def _on_local_layout(self, provider: ProviderKind, name: str) -> None:
        self._queue(_LAYOUT, [_layout_key(provider, name)])

    def _on_local_account(self, _account: Account) -> None:
        # Colleagues see a new account at once (it would otherwise wait for its first envelope); an account
        # taken from the team also lands here, and the merge then finds nothing to do.
        self._accounts_added = True
        self._wake_pusher()

    def _queue(self, kind: str, keys: Sequence[str]) -> None:
        if getattr(self._applying, "active", False):
            return  # pulled from the team: not ours to push
        now = time_column(utc_now())
        try:
            with self._local.transaction(ActionPhrase.QUEUEING_CHANGES_FOR_THE_TEAM) as connection:
                connection.executemany(
                    "INSERT INTO team_outgoing (kind, record_key, queued_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (kind, record_key) DO UPDATE SET queued_at = excluded.queued_at",
                    [(kind, key, now) for key in keys],
                )
        except StorageError:
            log.exception("changes could not be queued for the team")
            return
        self._wake_pusher()

    def _wake_pusher(self) -> None:
        loop, wanted = self._loop, self._push_wanted
        if loop is not None and wanted is not None and not loop.is_closed():
            loop.call_soon_threadsafe(wanted.set)

    async def _push_forever(self) -> None:
        assert self._push_wanted is not None
        while True:
            await self._push_wanted.wait()
            self._push_wanted.clear()
            if not self._state.connected:
                continue  # pushed on reconnection
            try:
                if self._accounts_added:
                    self._accounts_added = False
                    await asyncio.to_thread(self._sync_accounts)
                await asyncio.to_thread(self._push_outgoing)
            except StorageError as error:
                log.info("team push postponed: %s", error.user_message)
                await asyncio.sleep(RETRY_PUSH_SECONDS)
                self._push_wanted.set()  # what is queued stays queued: try again

    def _push_outgoing(self) -> int:
        with self._exchange:
            return _again_when_busy(lambda: self._push_outgoing_now() + self._push_layouts_now())

    def _queued(self, kind: str) -> list[tuple[str, str]]:
        """(record key, queued at) of the local writes of `kind` waiting for the team, oldest first."""
        with self._local.read(ActionPhrase.READING_THE_CHANGES_QUEUED_FOR_THE_TEAM) as connection:
            return [
                (str(row[0]), str(row[1]))
                for row in connection.execute(
                    "SELECT record_key, queued_at FROM team_outgoing WHERE kind = ? ORDER BY queued_at",
                    (kind,),
                ).fetchall()
            ]

    def _unqueue(self, kind: str, pushed: Sequence[tuple[str, str]]) -> None:
        """Only what was pushed leaves the queue: a write queued meanwhile (a newer queued_at) stays."""
        with self._local.transaction(ActionPhrase.CLEARING_THE_CHANGES_PUSHED_TO_THE_TEAM) as connection:
            connection.executemany(
                "DELETE FROM team_outgoing WHERE kind = ? AND record_key = ? AND queued_at = ?",
                [(kind, key, queued_at) for key, queued_at in pushed],
            )

    def _push_outgoing_now(self) -> int:
        queued = self._queued(_ENVELOPE)
        pushed = 0
        for start in range(0, len(queued), PULL_BATCH):
            chunk = queued[start : start + PULL_BATCH]
            keys = [key for key, _ in chunk]
            # In id order: two desktops writing the same rows lock them in the same order (no deadlock).
            envelopes = sorted(
                (e for e in (self._cache.get(key) for key in keys) if e is not None), key=lambda e: e.local_id
            )
            present = {e.local_id for e in envelopes}
            if envelopes:
                self._push_accounts_of({e.account_id for e in envelopes})
                newer = self._newer_than_team(envelopes)
                if newer:
                    self._team_cache.upsert_many(newer)
            for key in keys:
                if key not in present:
                    self._team_cache.remove(key)
            self._unqueue(_ENVELOPE, chunk)
            pushed += len(chunk)
        return pushed

    def _push_layouts_now(self) -> int:
        """Each queued layout as it is here now: saved (unless the team's copy is newer) or deleted."""
        queued = self._queued(_LAYOUT)
        if self._layouts is None or not queued:
            return 0
        for key, _ in queued:
            provider, name = _layout_of_key(key)
            here = self._readable_layout(self._layouts, provider, name)
            if here is None:
                self._team_layouts.delete(provider, name)
                continue
            there = self._readable_layout(self._team_layouts, provider, name)
            if there is None or there.updated_at <= here.updated_at:
                self._team_layouts.save(here)
        self._unqueue(_LAYOUT, queued)
        return len(queued)

    def _newer_than_team(self, envelopes: Sequence[Any]) -> list[Any]:
        """The envelopes whose team copy is missing or older (the register keeps the newest of each)."""
        marks = ", ".join("?" * len(envelopes))
        with self._team.read(ActionPhrase.READING_THE_TEAM_REGISTER) as connection:
            rows = connection.execute(
                f"SELECT local_id, updated_at FROM envelopes WHERE local_id IN ({marks})",  # noqa: S608
                [e.local_id for e in envelopes],
            ).fetchall()
        team_times = {str(row[0]): str(row[1]) for row in rows}
        return [
            e
            for e in envelopes
            if e.local_id not in team_times or team_times[e.local_id] <= time_column(e.updated_at)
        ]

    def _push_accounts_of(self, account_ids: set[str]) -> None:
        team_ids = {account.id for account in self._team_accounts.list()}
        for account_id in account_ids - team_ids:
            account = self._accounts.get(account_id)
            if account is not None:
                self._share_account(account)

    def _share_account(self, account: Account) -> None:
        try:
            self._team_accounts.add(account)
        except StorageError:
            if self._team_accounts.get(account.id) is None:
                raise  # not "another desktop shared it first"

    # -- pull ------------------------------------------------------------------------------------------------

    def _pull(self) -> int:
        with self._exchange:
            return _again_when_busy(self._pull_now)

    def _pull_now(self) -> int:
        last = int(self._team_state(_PULLED_KEY) or 0)
        applied = 0
        newest = last
        while True:
            with self._team.read(ActionPhrase.READING_THE_TEAM_REGISTER) as connection:
                rows = connection.execute(
                    "SELECT e.local_id, e.seq, b.json FROM envelopes AS e JOIN envelope_bodies AS b "
                    "USING (local_id) WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
                    (max(newest - PULL_LOOKBACK, 0) if newest == last else newest, PULL_BATCH),
                ).fetchall()
            fresh = [row for row in rows if self._applied.get(str(row[0])) != int(row[1])]
            envelopes = []
            for row in fresh:
                try:
                    envelopes.append(envelope_from_json(str(row[2])))
                except (ValueError, TypeError, KeyError, StorageError):
                    log.warning("a team envelope could not be read and is skipped (%s)", str(row[0])[:64])
            envelopes = self._newer_than_local(envelopes)
            known = {account.id for account in self._accounts.list()}
            usable = [e for e in envelopes if e.account_id in known]
            if len(usable) < len(envelopes):
                self._sync_accounts()
                known = {account.id for account in self._accounts.list()}
                usable = [e for e in envelopes if e.account_id in known]
            if usable:
                self._applying.active = True
                try:
                    self._cache.upsert_many(usable)
                finally:
                    self._applying.active = False
            for row in fresh:
                self._applied[str(row[0])] = int(row[1])
            applied += len(usable)
            if rows:
                newest = max(newest, max(int(row[1]) for row in rows))
            if len(rows) < PULL_BATCH:
                break
        if newest != last:
            self._set_team_state(_PULLED_KEY, str(newest))
        applied += self._pull_layouts()
        self._pull_deletions()
        return applied

    def _pull_layouts(self) -> int:
        """The team's layouts changed since the last pull that are newer than this desktop's copy."""
        if self._layouts is None:
            return 0
        last = int(self._team_state(_LAYOUTS_KEY) or 0)
        with self._team.read(ActionPhrase.READING_THE_TEAMS_LAYOUTS) as connection:
            rows = connection.execute(
                "SELECT provider, name, seq FROM layouts WHERE seq > ? ORDER BY seq",
                (max(last - PULL_LOOKBACK, 0),),
            ).fetchall()
        applied = 0
        for row in rows:
            provider, name = ProviderKind(str(row[0])), str(row[1])
            there = self._readable_layout(self._team_layouts, provider, name)
            here = self._readable_layout(self._layouts, provider, name)
            if there is not None and (here is None or here.updated_at < there.updated_at):
                self._applying.active = True
                try:
                    self._layouts.save(there)
                finally:
                    self._applying.active = False
                applied += 1
        newest = max((int(row[2]) for row in rows), default=last)
        if newest > last:
            self._set_team_state(_LAYOUTS_KEY, str(newest))
        return applied

    @staticmethod
    def _readable_layout(store: LayoutStore, provider: ProviderKind, name: str) -> Layout | None:
        try:
            return store.load(provider, name)
        except (ValueError, TypeError, KeyError, StorageError):
            log.warning("a layout could not be read and is left as it is")
            return None

    def _newer_than_local(self, envelopes: list[Any]) -> list[Any]:
        """A pulled version replaces the local one only when it is newer: a desktop also hears its own
        pushes, and may have written a newer version meanwhile (which is queued and pushed next)."""
        newer = []
        for envelope in envelopes:
            local = self._cache.get(envelope.local_id)
            if local is None or local.updated_at < envelope.updated_at:
                newer.append(envelope)
        # Missing here but queued for the team: removed here, and the removal not pushed yet. Taking the
        # team's copy back would undo the deletion everywhere (the push then finds it and writes it back).
        # Read after the envelopes above, so a removal made meanwhile is in the queue already.
        removed = {key for key, _ in self._queued(_ENVELOPE)}
        return [e for e in newer if e.local_id not in removed or self._cache.get(e.local_id) is not None]

    def _pull_deletions(self) -> None:
        last = int(self._team_state(_DELETIONS_KEY) or 0)
        with self._team.read(ActionPhrase.READING_THE_TEAM_REGISTER) as connection:
            # Tombstones look back too: a deletion committed late has a lower number than one pulled already
            # and was missed for good (tests/team/test_link_edges.py); those seen are skipped.
            rows = connection.execute(
                "SELECT d.seq, d.table_name, d.record_key, e.local_id IS NOT NULL FROM team_deletions AS d "
                "LEFT JOIN envelopes AS e ON d.table_name = 'envelopes' AND e.local_id = d.record_key "
                "WHERE d.seq > ? ORDER BY d.seq",
                (max(last - PULL_LOOKBACK, 0),),
            ).fetchall()
        rows = [row for row in rows if int(row[0]) not in self._applied_deletions]
        if not rows:
            return
        # Written here again and not pushed yet: the push settles it (the tombstone would lose that write).
        queued = {key for key, _ in self._queued(_ENVELOPE)}
        self._applying.active = True
        try:
            for row in rows:
                # Not when the envelope is in the register again (written after its deletion).
                if row[1] == "envelopes" and not row[3] and str(row[2]) not in queued:
                    self._cache.remove(str(row[2]))
                    self._applied.pop(str(row[2]), None)
                elif row[1] == "layouts" and self._layouts is not None and int(row[0]) > last:
                    # (Layouts as before, without the lookback: a name saved again here and not pushed yet
                    # would be taken by an old tombstone seen again after a restart.)
                    provider, name = _layout_of_key(str(row[2]))
                    # Deleted, then saved again under the same name: the newer save stands.
                    if self._team_layouts.load(provider, name) is None:
                        self._layouts.delete(provider, name)
        finally:
            self._applying.active = False
        newest = max(int(row[0]) for row in rows)
        self._applied_deletions = {seq for seq in self._applied_deletions if seq > newest - PULL_LOOKBACK}
        self._applied_deletions.update(int(row[0]) for row in rows)
        if newest > last:
            self._set_team_state(_DELETIONS_KEY, str(newest))

    def _register_desktop(self) -> None:
        """This desktop in the team's list (who is there, `esign team status`)."""
        with self._team.transaction(ActionPhrase.INTRODUCING_THIS_DESKTOP_TO_THE_TEAM) as connection:
            connection.execute(
                "INSERT INTO desktops (id, user_name, host) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "user_name = excluded.user_name, host = excluded.host, last_seen = now()",
                (self.desktop_id, self.user_name, socket.gethostname()),
            )

    # -- accounts ------------------------------------------------------------------------------------------

    def _sync_accounts(self) -> None:
        with self._exchange:
            _again_when_busy(self._sync_accounts_now)

    def _sync_accounts_now(self) -> None:
        team = self._team_accounts.list()
        local = self._accounts.list()
        local_by_id = {account.id: account for account in local}
        team_ids = {account.id for account in team}
        for shared in team:
            if shared.id in local_by_id:
                continue
            twin = next(
                (
                    a
                    for a in local
                    if (a.provider, a.name) == (shared.provider, shared.name) and a.id not in team_ids
                ),
                None,
            )
            if twin is not None:
                self._adopt(twin, shared)
            else:
                self._accounts.add(_local_copy(shared, self._has_secret(shared.id)))
        team_keys = {(a.provider, a.name) for a in team}
        for own in self._accounts.list():
            if own.id not in team_ids and (own.provider, own.name) not in team_keys:
                self._share_account(own)

    def _adopt(self, own: Account, shared: Account) -> None:
        """This desktop's account of the same provider and name joins the team's: its secret moves under
        the team's id (never to the database), and its local rows follow through the register."""
        for kind in SecretKind:
            secret = self._secrets.get(own.id, kind)
            if secret is not None:
                self._secrets.set(shared.id, kind, secret)
        self._accounts.add(_local_copy(shared, self._has_secret(shared.id), own))
        with self._local.transaction(ActionPhrase.JOINING_THE_TEAMS_ACCOUNT) as connection:
            connection.execute("UPDATE outbox SET account_id = ? WHERE account_id = ?", (shared.id, own.id))
            connection.execute("UPDATE drafts SET account_id = ? WHERE account_id = ?", (shared.id, own.id))
        self._accounts.remove(own.id)
        self._secrets.delete_account(own.id)
        log.info("the account %s joined the team's account of the same name", own.name)

    def _has_secret(self, account_id: str) -> bool:
        return any(self._secrets.get(account_id, kind) is not None for kind in SecretKind)

    # -- local bookkeeping -----------------------------------------------------------------------------------

    def _team_state(self, key: str) -> str | None:
        with self._local.read(ActionPhrase.READING_THE_TEAM_STATE) as connection:
            row = connection.execute("SELECT value FROM team_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_team_state(self, key: str, value: str) -> None:
        with self._local.transaction(ActionPhrase.SAVING_THE_TEAM_STATE) as connection:
            connection.execute(
                "INSERT INTO team_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _again_when_busy(work: Callable[[], _T]) -> _T:
    """Run `work`; when another desktop's transaction got in the way (a deadlock or a serialization failure,
    rolled back whole), run it again after a short, random pause."""
    for attempt in range(1, BUSY_TRIES + 1):
        try:
            return work()
        except StorageBusyError:
            if attempt == BUSY_TRIES:
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)
    raise AssertionError("unreachable")


def _layout_key(provider: ProviderKind, name: str) -> str:
    return f"{provider.value}/{name}"  # the order of the tombstone trigger's key columns (provider, name)


def _layout_of_key(key: str) -> tuple[ProviderKind, str]:
    provider, _, name = key.partition("/")  # a provider's value has no "/"; a name may
    return ProviderKind(provider), name


def _local_copy(shared: Account, has_secret: bool, own: Account | None = None) -> Account:
    """The team's account as this desktop keeps it: the state is this desktop's (its own secret or none)."""
    state = AccountState.OK if has_secret else AccountState.NEEDS_CREDENTIALS
    if own is not None and own.state is AccountState.DISABLED:
        state = AccountState.DISABLED
    return Account(
        provider=shared.provider,
        name=shared.name,
        base_url=shared.base_url,
        key_id=shared.key_id or (own.key_id if own else ""),
        state=state,
        id=shared.id,
        created_at=shared.created_at,
        coordinate_convention=shared.coordinate_convention,
    )

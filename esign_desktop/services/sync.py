"""Keep the local envelope cache current within each account's rate budget, and say what changed.

Assently answers "what is the status of X": it is polled, often while envelopes are out with parties and
rarely when nothing is. A pass lists only what is waiting for someone (one `Status` filter per in-flight
status), looks up the few cached envelopes that left that set since, and lists everything now and then
(FULL_LISTING_EVERY) to pick up envelopes made elsewhere. GMO Sign only calls back on completion (the
Connect hook): its envelopes are updated from webhook events (`apply_event`) and otherwise stay "sent,
awaiting completion".

Nothing here tells the GUI directly: every write goes to the cache, whose change hook feeds the one update
stream (services/status_monitor.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from esign_desktop.domain.capabilities import StatusObservation
from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import (
    Envelope,
    EnvelopeEvent,
    EventSource,
    PartyRole,
    ProviderKind,
    new_id,
    utc_now,
)
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.base import EnvelopeQuery, Provider, StatusEvent
from esign_desktop.providers.errors import AuthenticationError, NotFound, ProviderError
from esign_desktop.providers.gmosign_mapping import planned_document_code
from esign_desktop.services.settings import SettingsService
from esign_desktop.storage.accounts import Account, AccountState, AccountStore
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.settings import Settings

log = logging.getLogger(__name__)

ProviderFor = Callable[[str], Provider]


def our_document_ids(envelope: Envelope, index: int) -> frozenset[str]:
    """The ids that can only mean document `index` of this envelope: the service's id once we know it, and
    on GMO Sign the document code we chose when registering it."""
    document = envelope.documents[index]
    ids = {document.remote_id} if document.remote_id else set()
    if envelope.provider is ProviderKind.GMOSIGN and document.sha512:
        ids.add(planned_document_code(envelope, index))
    return frozenset(ids)


def documents_named_by(envelope: Envelope, named: frozenset[str]) -> bool:
    """True when the callback's document ids are exactly this envelope's documents, each by one of its ids."""
    if not envelope.documents or len(named) != len(envelope.documents):
        return False
    return all(our_document_ids(envelope, index) & named for index in range(len(envelope.documents)))


RECENT_ACTIVITY = timedelta(minutes=15)
DETAIL_FETCHES_PER_PASS = 20  # getCase calls in one pass, for envelopes the listing told too little about
SYNC_BUDGET_SHARE = 0.5  # of an account's calls per period, at most, go to polling
FULL_LISTING_EVERY = timedelta(minutes=30)  # everything, finished ones included, this often at most
IN_FLIGHT = tuple(s for s in EnvelopeStatus if s.is_in_flight)
AccountStatusListener = Callable[["AccountSyncStatus"], None]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """An envelope whose unified status changed (old is None when we had never seen it)."""

    envelope: Envelope
    old_status: EnvelopeStatus | None
    new_status: EnvelopeStatus


class SyncState(StrEnum):
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"
    NEEDS_CREDENTIALS = "needs_credentials"
    AWAITING_CALLBACKS = "awaiting_callbacks"  # webhook-only service: nothing to poll


@dataclass(frozen=True, slots=True)
class AccountSyncStatus:
    account_id: str
    state: SyncState
    last_synced: datetime | None = None
    budget_used: int = 0
    budget_limit: int = 0
    message: str = ""  # English, for logs and the command line
    error: AppError | None = None  # the error behind OFFLINE / NEEDS_CREDENTIALS, which the UI translates


@dataclass(frozen=True, slots=True)
class SyncIntervals:
    active: float = 8.0  # something changed lately
    in_flight: float = 12.0  # envelopes out for signature, quiet lately
    idle: float = 300.0  # nothing out
    offline_max: float = 300.0  # longest wait between attempts while the network is gone


class SyncService:
    """Per-account sync loops on the asyncio loop. What changed reaches listeners through the cache's change
    hook; account states through `subscribe_account_status`."""

    def __init__(
        self,
        cache: EnvelopeCache,
        accounts: AccountStore,
        provider_for: ProviderFor,
        *,
        intervals: SyncIntervals | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._cache = cache
        self._accounts = accounts
        self._provider_for = provider_for
        self._status_listeners: list[AccountStatusListener] = []
        self.intervals = intervals or SyncIntervals()
        self._unfollow: Callable[[], None] | None = None
        self._clock = clock
        self._last_activity: dict[str, float] = {}
        self._last_full_listing: dict[str, float] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._budget_floor: dict[str, float] = {}  # shortest interval that keeps sync within its share
        self.statuses: dict[str, AccountSyncStatus] = {}

    def follow(self, settings: SettingsService) -> None:
        """Take the idle poll interval from the settings, now and after every change."""

        def apply(current: Settings) -> None:
            self.intervals = replace(self.intervals, idle=float(current.sync_interval_seconds))

        apply(settings.current)
        self._unfollow = settings.subscribe(apply)

    def subscribe_account_status(self, listener: AccountStatusListener) -> Callable[[], None]:
        self._status_listeners.append(listener)
        return lambda: self._status_listeners.remove(listener)

    def report_state(self, status: AccountSyncStatus) -> None:
        """Tell listeners about an account's state decided elsewhere (callbacks on, awaiting callbacks)."""
        self.statuses[status.account_id] = status
        for listener in list(self._status_listeners):
            listener(status)

    # -- one pass -------------------------------------------------------------------------------------------

    async def sync_account(self, account: Account) -> list[StatusChange]:
        """One full pass over an account; raises ProviderError (the loop decides what it means)."""
        provider = self._provider_for(account.id)
        if provider.capabilities.observation is not StatusObservation.POLLING:
            previous = self.statuses.get(account.id)
            if previous is None or previous.state is not SyncState.SYNCED:  # "callbacks on" stays
                self._report(account, SyncState.AWAITING_CALLBACKS, provider)
            return []
        self._report(account, SyncState.SYNCING, provider)
        last_full = self._last_full_listing.get(account.id)
        full = last_full is None or self._clock() - last_full >= FULL_LISTING_EVERY.total_seconds()
        remote: list[Envelope] = []
        calls = 0
        started = provider.budget_used().total
        for status in (None,) if full else IN_FLIGHT:
            listed, listing_calls = await _list_all(provider, status)
            remote += listed
            calls += listing_calls
        if full:
            self._last_full_listing[account.id] = self._clock()
        changes = self._merge(account, remote)
        if not full:
            calls += await self._look_up_departed(account, provider, {e.remote_id for e in remote})
        calls += await self._fetch_details(account, provider, changes)
        budget = provider.budget_used()
        # Every HTTP call the pass made: a listing may walk several pages, and the provider ends the paging
        # itself (more calls than `calls` counts). Other calls of the account meanwhile count too: safe side.
        calls = max(calls, budget.total - started)
        # Sync may use only its share of the account's calls; the rest stays free for what the person does.
        self._budget_floor[account.id] = calls * budget.period / (budget.limit * SYNC_BUDGET_SHARE)
        self._report(account, SyncState.SYNCED, provider, last_synced=utc_now())
        return changes

    def _merge(self, account: Account, remote: list[Envelope]) -> list[StatusChange]:
        changes: list[StatusChange] = []
        updated: list[Envelope] = []
        known_changed = False  # something we had seen before changed: people are acting now
        for seen in remote:
            cached = self._cache.get_by_remote(account.id, seen.remote_id)
            merged = merge_remote(cached, seen, account.id)
            if cached is None or _differs(cached, merged):
                updated.append(merged)
                known_changed = known_changed or cached is not None
            if cached is None or cached.status is not merged.status:
                changes.append(StatusChange(merged, None if cached is None else cached.status, merged.status))
        self._cache.upsert_many(updated)
        if known_changed:
            self._last_activity[account.id] = self._clock()
        return changes

    async def _look_up_departed(self, account: Account, provider: Provider, listed: set[str]) -> int:
        """Cached envelopes still out with parties that no in-flight listing showed: they finished (or were
        deleted) since; one getCase each tells how. Returns the number of calls made."""
        departed = [
            summary
            for summary in self._cache.list(statuses=IN_FLIGHT, account_id=account.id)
            if summary.remote_id and summary.remote_id not in listed
        ]
        if len(departed) > DETAIL_FETCHES_PER_PASS:
            self._last_full_listing.pop(account.id, None)  # many at once: the next pass lists everything
        calls = 0
        for summary in departed[:DETAIL_FETCHES_PER_PASS]:
            try:
                detailed = await provider.get_envelope(summary.remote_id)
            except NotFound:
                detailed = None
            calls += 1
            cached = self._cache.get(summary.local_id)
            if cached is None:
                continue
            if detailed is None:
                gone = replace(cached, status=EnvelopeStatus.DELETED, updated_at=utc_now())
                self._cache.upsert(_observed(gone, cached.status))
            else:
                self._cache.upsert(merge_remote(cached, detailed, account.id))
            self._last_activity[account.id] = self._clock()
        return calls

    async def _fetch_details(self, account: Account, provider: Provider, changes: list[StatusChange]) -> int:
        """Listings may carry less than a single get: where a changed envelope came without its parties,
        fetch it whole. Returns the number of calls made."""
        calls = 0
        wanting = [
            change
            for change in changes
            if not change.envelope.parties
            and not (change.old_status is None and change.new_status is EnvelopeStatus.DRAFT)
        ]
        for change in wanting[:DETAIL_FETCHES_PER_PASS]:
            detailed = await provider.get_envelope(change.envelope.remote_id)
            calls += 1
            cached = self._cache.get_by_remote(account.id, detailed.remote_id)
            self._cache.upsert(merge_remote(cached, detailed, account.id))
        return calls

    # -- webhooks -------------------------------------------------------------------------------------------

    def apply_event(self, account_id: str, event: StatusEvent) -> StatusChange | None:
        """A callback from the service (GMO Sign's Connect hook, Assently's hooks)."""
        cached = self._cache.get_by_remote(account_id, event.remote_id) or self._match_unidentified(
            account_id, event
        )
        if cached is None:
            log.info("callback for an envelope we do not know: %s", event.remote_id)
            return None
        now = utc_now()
        status = event.status or cached.status
        documents = cached.documents
        named = frozenset(event.document_ids)
        if documents_named_by(cached, named):  # each document by the id it is known by
            documents = tuple(
                replace(d, remote_id=d.remote_id or min(our_document_ids(cached, index) & named))
                for index, d in enumerate(documents)
            )
        elif event.document_ids and len(event.document_ids) == len(documents):
            documents = tuple(
                replace(d, remote_id=d.remote_id or remote)
                for d, remote in zip(documents, event.document_ids, strict=True)
            )
        updated = replace(
            cached,
            remote_id=cached.remote_id or event.remote_id,
            documents=documents,
            status=status,
            updated_at=now,
            events=(
                *cached.events,
                EnvelopeEvent(at=now, kind=event.kind, status=event.status, source=EventSource.SERVICE),
            ),
        )
        if status is EnvelopeStatus.COMPLETED:
            updated = completed(updated, event.kind)
        self._cache.upsert(updated)
        self._last_activity[account_id] = self._clock()
        self.wake(account_id)
        if status is cached.status:
            return None
        return StatusChange(updated, cached.status, status)

    def _match_unidentified(self, account_id: str, event: StatusEvent) -> Envelope | None:
        """A sent envelope whose id the service never told us (its answer was lost), recognised by its
        documents: every one of them named in the callback by the service's document id we already know or
        by the document code we chose (docs/providers.md, "Which envelope a callback is about"). Never by
        the envelope's name: anyone can give an envelope the same name. Ambiguous: no match."""
        named = frozenset(event.document_ids)
        if not named:
            return None
        candidates = [
            envelope
            for summary in self._cache.list(account_id=account_id)
            if not summary.remote_id
            and (envelope := self._cache.get(summary.local_id)) is not None
            and envelope.status is not EnvelopeStatus.DRAFT
            and documents_named_by(envelope, named)
        ]
        return candidates[0] if len(candidates) == 1 else None

    # -- loops ----------------------------------------------------------------------------------------------

    def wake(self, account_id: str) -> None:
        """Sync this account now (after a send, a webhook, "refresh", or the network coming back)."""
        event = self._wake.get(account_id)
        if event is not None:
            event.set()

    async def run_account(self, account_id: str) -> None:
        """Sync until cancelled. Stops for good on refused credentials (the account needs new ones)."""
        wake = self._wake.setdefault(account_id, asyncio.Event())
        offline_delay = self.intervals.active
        last_pass: float | None = None
        while True:
            account = self._accounts.get(account_id)
            if account is None:
                return
            floor = self._budget_floor.get(account_id, 0.0)
            if last_pass is not None and self._clock() - last_pass < floor:
                # Woken early (a send, a callback): still never faster than the budget lets.
                await asyncio.sleep(floor - (self._clock() - last_pass))
            last_pass = self._clock()
            wake.clear()  # a wake() during the pass below triggers the next pass at once
            try:
                await self.sync_account(account)
                offline_delay = self.intervals.active
                delay = self.next_interval(account_id)
            except AuthenticationError as error:
                self._accounts.update_state(account_id, AccountState.NEEDS_CREDENTIALS)
                self._report(account, SyncState.NEEDS_CREDENTIALS, None, message=error.message, error=error)
                return
            except ProviderError as error:
                # Offline or the service is struggling: keep the cache, try again later, catch up then.
                self._report(account, SyncState.OFFLINE, None, message=error.message, error=error)
                delay = offline_delay
                offline_delay = min(offline_delay * 2, self.intervals.offline_max)
            except Exception:  # the loop must outlive one bad pass; the log has the details
                log.exception("sync pass for account %s failed unexpectedly", account_id)
                self._report(account, SyncState.OFFLINE, None, message="an unexpected problem; see the log")
                delay = offline_delay
                offline_delay = min(offline_delay * 2, self.intervals.offline_max)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=delay)

    def next_interval(self, account_id: str) -> float:
        """Often while envelopes are active, rarely when nothing is out; never faster than the budget lets."""
        floor = self._budget_floor.get(account_id, 0.0)
        last = self._last_activity.get(account_id)
        if last is not None and self._clock() - last < RECENT_ACTIVITY.total_seconds():
            return max(self.intervals.active, floor)
        in_flight = self._cache.count(
            statuses=[s for s in EnvelopeStatus if s.is_in_flight], account_id=account_id
        )
        return max(self.intervals.in_flight if in_flight else self.intervals.idle, floor)

    # -- reporting ------------------------------------------------------------------------------------------

    def _report(
        self,
        account: Account,
        state: SyncState,
        provider: Provider | None,
        *,
        last_synced: datetime | None = None,
        message: str = "",
        error: AppError | None = None,
    ) -> None:
        previous = self.statuses.get(account.id)
        budget = provider.budget_used() if provider is not None else None
        status = AccountSyncStatus(
            account_id=account.id,
            state=state,
            last_synced=last_synced or (previous.last_synced if previous else None),
            budget_used=budget.used if budget else (previous.budget_used if previous else 0),
            budget_limit=budget.limit if budget else (previous.budget_limit if previous else 0),
            message=message,
            error=error,
        )
        self.report_state(status)


def merge_remote(cached: Envelope | None, seen: Envelope, account_id: str) -> Envelope:
    """The service's view of an envelope over what we keep locally (ids, local file paths, fields)."""
    if cached is None:
        return replace(seen, local_id=new_id(), account_id=account_id)
    documents = seen.documents or cached.documents
    if cached.documents and seen.documents:
        local = {d.remote_id: d for d in cached.documents if d.remote_id}
        # The service names its documents but tells no page sizes: keep what the local copy told us.
        documents = tuple(
            replace(
                d,
                path=local[d.remote_id].path if d.remote_id in local else d.path,
                pages=d.pages or (local[d.remote_id].pages if d.remote_id in local else ()),
            )
            for d in seen.documents
        )
    events = _merged_events(cached.events, seen.events)
    expires_at = seen.expires_at or cached.expires_at
    if seen.status is EnvelopeStatus.EXPIRED and expires_at and not any(e.kind == "expired" for e in events):
        # The service no longer tells the deadline once it has passed; the one it told before is the time.
        events = (*events, EnvelopeEvent(expires_at, "expired", source=EventSource.SERVICE))
    if cached.status is not seen.status:
        events = (
            *events,
            EnvelopeEvent(at=utc_now(), kind="status_changed", status=seen.status, source=EventSource.SYNC),
        )
    return replace(
        cached,
        name=seen.name or cached.name,
        status=seen.status,
        provider_status=seen.provider_status,
        parties=seen.parties or cached.parties,
        documents=documents,
        metadata=seen.metadata,
        sent_at=seen.sent_at or cached.sent_at,
        expires_at=seen.expires_at or cached.expires_at,
        updated_at=seen.updated_at if seen.status is cached.status else utc_now(),
        events=events,
    )


def completed(envelope: Envelope, kind: str = "") -> Envelope:
    """A completion means every signer signed and every approver approved (GMO Sign's completion callback
    carries nothing else); the service's own word for it becomes the provider status."""
    parties = tuple(
        party
        if party.status.has_acted
        else replace(
            party,
            status=PartyStatus.SIGNED if party.role is PartyRole.SIGNER else PartyStatus.APPROVED,
            acted_at=party.acted_at or envelope.updated_at,
        )
        for party in envelope.parties
    )
    return replace(
        envelope,
        status=EnvelopeStatus.COMPLETED,
        parties=parties,
        provider_status=kind or envelope.provider_status or "completed",
    )


def _observed(envelope: Envelope, before: EnvelopeStatus) -> Envelope:
    if envelope.status is before:
        return envelope
    event = EnvelopeEvent(utc_now(), "status_changed", status=envelope.status, source=EventSource.SYNC)
    return replace(envelope, events=(*envelope.events, event))


def _merged_events(
    cached: tuple[EnvelopeEvent, ...], seen: tuple[EnvelopeEvent, ...]
) -> tuple[EnvelopeEvent, ...]:
    """The cached trail plus the service's events not in it yet (the service repeats its whole record)."""
    known = {(e.kind, e.party_id, e.at) for e in cached if e.source == EventSource.SERVICE}
    fresh = [e for e in seen if (e.kind, e.party_id, e.at) not in known]
    return (*cached, *fresh) if fresh else cached


async def _list_all(provider: Provider, status: EnvelopeStatus | None) -> tuple[list[Envelope], int]:
    """Every page of one listing (the provider ends the paging); returns the envelopes and the calls made."""
    envelopes: list[Envelope] = []
    page: int | None = 1
    calls = 0
    while page is not None:
        result = await provider.list_envelopes(EnvelopeQuery(status=status, page=page))
        calls += 1
        envelopes.extend(result.envelopes)
        page = result.next_page
    return envelopes, calls


def _differs(cached: Envelope, merged: Envelope) -> bool:
    return (
        cached.status is not merged.status
        or cached.provider_status != merged.provider_status
        or cached.name != merged.name
        or cached.parties != merged.parties
        or cached.metadata != merged.metadata
        or cached.expires_at != merged.expires_at
        or cached.events != merged.events
        or cached.documents != merged.documents
    )

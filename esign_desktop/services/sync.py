"""Keep the local envelope cache current within each account's rate budget, and say what changed.

Assently answers "what is the status of X": it is polled, often while envelopes are active and rarely when
nothing is happening. GMO Sign only calls back on completion (the Connect hook): its envelopes are updated
from webhook events (`apply_event`) and otherwise stay "sent, awaiting completion".
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
from esign_desktop.domain.model import Envelope, EnvelopeEvent, ProviderKind, new_id, utc_now
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.base import EnvelopeQuery, Provider, StatusEvent
from esign_desktop.providers.errors import AuthenticationError, ProviderError
from esign_desktop.providers.gmosign import planned_document_code
from esign_desktop.storage.accounts import Account, AccountState, AccountStore
from esign_desktop.storage.envelope_cache import EnvelopeCache

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
DETAIL_FETCHES_PER_PASS = 20  # getCase calls after a listing, for parties' progress of changed envelopes
SYNC_BUDGET_SHARE = 0.5  # of an account's calls per period, at most, go to polling


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
    message: str = ""


@dataclass(frozen=True, slots=True)
class SyncIntervals:
    active: float = 15.0  # something changed lately
    in_flight: float = 60.0  # envelopes out for signature, quiet lately
    idle: float = 300.0  # nothing out
    offline_max: float = 300.0  # longest wait between attempts while the network is gone


class SyncService:
    """Per-account sync loops. Callbacks run on the asyncio loop; the GUI turns them into signals."""

    def __init__(
        self,
        cache: EnvelopeCache,
        accounts: AccountStore,
        provider_for: ProviderFor,
        *,
        on_change: Callable[[StatusChange], None] | None = None,
        on_account_status: Callable[[AccountSyncStatus], None] | None = None,
        intervals: SyncIntervals | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._cache = cache
        self._accounts = accounts
        self._provider_for = provider_for
        self.on_change = on_change
        self.on_account_status = on_account_status
        self.intervals = intervals or SyncIntervals()
        self._clock = clock
        self._last_activity: dict[str, float] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._budget_floor: dict[str, float] = {}  # shortest interval that keeps sync within its share
        self.statuses: dict[str, AccountSyncStatus] = {}

    # -- one pass -------------------------------------------------------------------------------------------

    async def sync_account(self, account: Account) -> list[StatusChange]:
        """One full pass over an account; raises ProviderError (the loop decides what it means)."""
        provider = self._provider_for(account.id)
        if provider.capabilities.observation is not StatusObservation.POLLING:
            self._report(account, SyncState.AWAITING_CALLBACKS, provider)
            return []
        self._report(account, SyncState.SYNCING, provider)
        remote: list[Envelope] = []
        page: int | None = 1
        calls = 0
        while page is not None:
            result = await provider.list_envelopes(EnvelopeQuery(page=page))
            calls += 1
            remote.extend(result.envelopes)
            page = result.next_page
        changes = self._merge(account, remote)
        calls += await self._fetch_details(account, provider, changes)
        budget = provider.budget_used()
        # Sync may use only its share of the account's calls; the rest stays free for what the person does.
        self._budget_floor[account.id] = calls * budget.period / (budget.limit * SYNC_BUDGET_SHARE)
        self._report(account, SyncState.SYNCED, provider, last_synced=utc_now())
        return changes

    def _merge(self, account: Account, remote: list[Envelope]) -> list[StatusChange]:
        changes: list[StatusChange] = []
        updated: list[Envelope] = []
        for seen in remote:
            cached = self._cache.get_by_remote(account.id, seen.remote_id)
            merged = merge_remote(cached, seen, account.id)
            if cached is None or _differs(cached, merged):
                updated.append(merged)
            if cached is None or cached.status is not merged.status:
                changes.append(StatusChange(merged, None if cached is None else cached.status, merged.status))
        self._cache.upsert_many(updated)
        if changes:
            self._last_activity[account.id] = self._clock()
        for change in changes:
            self._emit(change)
        return changes

    async def _fetch_details(self, account: Account, provider: Provider, changes: list[StatusChange]) -> int:
        """Listings may carry less than a single get: refresh parties for what just changed. Returns the
        number of calls made."""
        calls = 0
        for change in changes[:DETAIL_FETCHES_PER_PASS]:
            if change.old_status is None and change.new_status is EnvelopeStatus.DRAFT:
                continue
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
            events=(*cached.events, EnvelopeEvent(at=now, kind=event.kind, status=event.status)),
        )
        self._cache.upsert(updated)
        self._last_activity[account_id] = self._clock()
        self.wake(account_id)
        if status is cached.status:
            return None
        change = StatusChange(updated, cached.status, status)
        self._emit(change)
        return change

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
        while True:
            account = self._accounts.get(account_id)
            if account is None:
                return
            wake.clear()  # a wake() during the pass below triggers the next pass at once
            try:
                await self.sync_account(account)
                offline_delay = self.intervals.active
                delay = self.next_interval(account_id)
            except AuthenticationError as error:
                self._accounts.update_state(account_id, AccountState.NEEDS_CREDENTIALS)
                self._report(account, SyncState.NEEDS_CREDENTIALS, None, message=error.message)
                return
            except ProviderError as error:
                # Offline or the service is struggling: keep the cache, try again later, catch up then.
                self._report(account, SyncState.OFFLINE, None, message=error.message)
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

    def _emit(self, change: StatusChange) -> None:
        if self.on_change is not None:
            self.on_change(change)

    def _report(
        self,
        account: Account,
        state: SyncState,
        provider: Provider | None,
        *,
        last_synced: datetime | None = None,
        message: str = "",
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
        )
        self.statuses[account.id] = status
        if self.on_account_status is not None:
            self.on_account_status(status)


def merge_remote(cached: Envelope | None, seen: Envelope, account_id: str) -> Envelope:
    """The service's view of an envelope over what we keep locally (ids, local file paths, fields)."""
    if cached is None:
        return replace(seen, local_id=new_id(), account_id=account_id)
    documents = seen.documents or cached.documents
    if cached.documents and seen.documents:
        local_paths = {d.remote_id: d.path for d in cached.documents if d.remote_id}
        documents = tuple(replace(d, path=local_paths.get(d.remote_id, d.path)) for d in seen.documents)
    events = cached.events
    if cached.status is not seen.status:
        events = (*events, EnvelopeEvent(at=utc_now(), kind="status_changed", status=seen.status))
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


def _differs(cached: Envelope, merged: Envelope) -> bool:
    return (
        cached.status is not merged.status
        or cached.provider_status != merged.provider_status
        or cached.name != merged.name
        or cached.parties != merged.parties
        or cached.metadata != merged.metadata
        or cached.expires_at != merged.expires_at
    )

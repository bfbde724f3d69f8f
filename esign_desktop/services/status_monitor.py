"""The one update stream: every write of an envelope to the cache becomes one `EnvelopeUpdate`.

Qt-free, so the GUI (list, details, composer, notifications) and the CLI's `watch` receive the same stream.
The monitor owns what keeps envelopes current: the per-account sync loops, the local callback receiver, the
services' callback subscriptions and the reading of callback payloads. It offers subscriptions; nothing is
written into it.

- GMO Sign calls back on completion only (Connect hook); the callback is applied as it is, since the service
  cannot be asked.
- Assently is polled. When the local receiver is reachable by the service (the built-in sandbox on
  loopback), the monitor also subscribes to Assently's hooks; a hook is never trusted for its content: it only
  wakes the account's sync, which reads the envelope from the service (and so verifies it). If the receiver
  goes away, polling goes on as before.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from esign_desktop.domain.capabilities import StatusObservation
from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import Envelope, EventSource, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.accounts import AccountService
from esign_desktop.services.notifier import Notifier
from esign_desktop.services.sync import AccountStatusListener, AccountSyncStatus, SyncService, SyncState
from esign_desktop.services.tasks import TaskKey, TaskKind, TaskRegistry
from esign_desktop.services.webhook_receiver import WebhookReceiver, is_loopback_url
from esign_desktop.storage.envelope_cache import CacheWrite, EnvelopeCache

log = logging.getLogger(__name__)

GMO_COMPLETION_EVENT = "Completed"
# What the status monitor warns about (templates with values, listed in ui/error_text.SERVICE_TEMPLATES).
RECEIVER_NOT_STARTED = "The local receiver for status callbacks did not start."
CALLBACKS_OFF = "%1: status callbacks are off: %2"
TEMPLATES: tuple[str, ...] = (RECEIVER_NOT_STARTED, CALLBACKS_OFF)
UNSUBSCRIBE_SECONDS = 5.0  # at shutdown, for taking back every callback subscription
# Assently triggers that say a party or the case moved; each one only wakes the sync.
ASSENTLY_HOOK_EVENTS = (
    "signatureadded",
    "approvaladded",
    "rejectionadded",
    "finalapproval",
    "finished",
    "rejected",
    "expired",
    "recalled",
    "reminded",
)


class Change(StrEnum):
    """What part of an envelope a write changed."""

    ADDED = "added"
    REMOVED = "removed"
    STATUS = "status"
    PARTIES = "parties"
    PROGRESS = "progress"  # how many signed
    LINKS = "links"  # signing links
    DOCUMENTS = "documents"
    EVENTS = "events"
    DETAILS = "details"  # name, provider status, metadata, dates, message


class NoticeKind(StrEnum):
    """The kinds of change a person can be notified about (each can be switched off in Settings)."""

    SIGNED = "signed"  # signed or approved by someone
    COMPLETED = "completed"
    DECLINED = "declined"
    EXPIRED = "expired"
    ACTION_NEEDED = "action_needed"  # waiting for an approval, or for the sender
    SEND_FAILED = "send_failed"


@dataclass(frozen=True, slots=True)
class Notice:
    """One change worth telling a person about. `party` is who acted (signed, approved, declined)."""

    kind: NoticeKind
    envelope: Envelope
    party: Party | None = None
    previous_status: EnvelopeStatus | None = None


@dataclass(frozen=True, slots=True)
class EnvelopeUpdate:
    """One write of one envelope: what it was, what it is (None: removed), and what changed."""

    local_id: str
    before: Envelope | None
    after: Envelope | None
    changes: frozenset[Change]

    @property
    def envelope(self) -> Envelope:
        envelope = self.after or self.before
        assert envelope is not None  # an update has at least one side
        return envelope

    @property
    def old_status(self) -> EnvelopeStatus | None:
        return None if self.before is None else self.before.status

    @property
    def notices(self) -> tuple[Notice, ...]:
        return notices_for(self.before, self.after)


UpdateListener = Callable[[Sequence[EnvelopeUpdate]], None]


def update_of(write: CacheWrite) -> EnvelopeUpdate | None:
    """The update a cache write makes, or None when it changed nothing anyone shows."""
    before, after = write.before, write.after
    if after is None:
        return EnvelopeUpdate(write.local_id, before, None, frozenset({Change.REMOVED}))
    if before is None:
        return EnvelopeUpdate(write.local_id, None, after, frozenset({Change.ADDED}))
    changes: set[Change] = set()
    if before.status is not after.status:
        changes.add(Change.STATUS)
    if before.parties != after.parties:
        changes.add(Change.PARTIES)
    if before.signing_progress != after.signing_progress:
        changes.add(Change.PROGRESS)
    if [p.signing_url for p in before.parties] != [p.signing_url for p in after.parties]:
        changes.add(Change.LINKS)
    if before.documents != after.documents:
        changes.add(Change.DOCUMENTS)
    if before.events != after.events:
        changes.add(Change.EVENTS)
    if (
        before.name,
        before.provider_status,
        dict(before.metadata),
        before.sent_at,
        before.expires_at,
        before.message,
        before.remote_id,
    ) != (
        after.name,
        after.provider_status,
        dict(after.metadata),
        after.sent_at,
        after.expires_at,
        after.message,
        after.remote_id,
    ):
        changes.add(Change.DETAILS)
    if not changes and before != after:
        changes.add(Change.DETAILS)  # fields, times: something still differs
    return EnvelopeUpdate(write.local_id, before, after, frozenset(changes)) if changes else None


def notices_for(before: Envelope | None, after: Envelope | None) -> tuple[Notice, ...]:
    """The changes that matter to a person, between two versions of an envelope. An envelope seen for the
    first time tells nothing (the first sync of an account would flood)."""
    if before is None or after is None:
        return ()
    notices: list[Notice] = []
    acted = {p.id: p.status for p in before.parties}
    final = after.status is not before.status and after.status in _FINAL_NOTICES
    for party in after.parties:
        if acted.get(party.id) is party.status:
            continue
        if party.status in {PartyStatus.SIGNED, PartyStatus.APPROVED} and not final:
            notices.append(Notice(NoticeKind.SIGNED, after, party, before.status))
        elif party.status is PartyStatus.DECLINED and after.status is not EnvelopeStatus.REJECTED:
            notices.append(Notice(NoticeKind.DECLINED, after, party, before.status))
    if after.status is not before.status:
        kind = _FINAL_NOTICES.get(after.status)
        if kind is NoticeKind.DECLINED:
            decliner = next((p for p in after.parties if p.status is PartyStatus.DECLINED), None)
            notices.append(Notice(kind, after, decliner, before.status))
        elif kind is not None:
            notices.append(Notice(kind, after, None, before.status))
        elif after.status is EnvelopeStatus.PENDING_APPROVAL:
            notices.append(Notice(NoticeKind.ACTION_NEEDED, after, _next_approver(after), before.status))
        elif after.status is EnvelopeStatus.SENT and before.status is EnvelopeStatus.PENDING_APPROVAL:
            approver = next((p for p in after.parties if p.role is PartyRole.APPROVER), None)
            if not any(n.kind is NoticeKind.SIGNED for n in notices):
                notices.append(Notice(NoticeKind.SIGNED, after, approver, before.status))
    return tuple(notices)


_FINAL_NOTICES = {
    EnvelopeStatus.COMPLETED: NoticeKind.COMPLETED,
    EnvelopeStatus.REJECTED: NoticeKind.DECLINED,
    EnvelopeStatus.EXPIRED: NoticeKind.EXPIRED,
    EnvelopeStatus.FAILED: NoticeKind.SEND_FAILED,
}


def _next_approver(envelope: Envelope) -> Party | None:
    return next(
        (p for p in envelope.parties if p.role is PartyRole.APPROVER and not p.status.has_acted), None
    )


class StatusMonitor:
    """Keeps cached envelopes current and tells subscribers about every write (see the module text)."""

    def __init__(
        self,
        cache: EnvelopeCache,
        sync: SyncService,
        accounts: AccountService,
        notifier: Notifier,
        callback_state_file: Path | None = None,
        *,
        elected_polling: bool = False,
    ) -> None:
        """`elected_polling` (team mode): the team elects one desktop per account to poll it
        (services/team_link.py calls start_account / stop_account); `start` then starts no account itself
        and the other desktops read the shared register."""
        self._cache = cache
        self._callback_state_file = callback_state_file  # port, token and hooks kept for the next start
        self.sync = sync
        self._accounts = accounts
        self._notifier = notifier
        self._listeners: list[UpdateListener] = []
        self.receiver: WebhookReceiver | None = None
        self.hooks: dict[str, list[str]] = {}  # account id -> subscribed service hook ids
        self.updates_published = 0
        self.elected_polling = elected_polling
        cache.subscribe(self._on_cache_write)

    # -- subscriptions ---------------------------------------------------------------------------------------

    def subscribe(self, listener: UpdateListener) -> Callable[[], None]:
        """Every later cache write, as one list of updates per write (in the writing thread)."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def subscribe_account_status(self, listener: AccountStatusListener) -> Callable[[], None]:
        return self.sync.subscribe_account_status(listener)

    def _on_cache_write(self, writes: Sequence[CacheWrite]) -> None:
        updates = [update for update in map(update_of, writes) if update is not None]
        if not updates:
            return
        for update in updates:
            if _sent_here(update):
                self.sync.wake(update.envelope.account_id)  # the service's view (links, order) at once
        self.updates_published += len(updates)
        for listener in list(self._listeners):
            try:
                listener(updates)
            except Exception as error:  # noqa: BLE001 (one broken listener must not stop the others or the writer)
                self._notifier.report(error, "Showing a status update")

    # -- running ---------------------------------------------------------------------------------------------

    async def start(self, tasks: TaskRegistry) -> None:
        """Start the callback receiver (on a worker thread: its server takes a moment to listen, which the
        GUI thread never waits for) and one sync loop per account."""
        receiver = WebhookReceiver(
            asyncio.get_running_loop(), self.handle_callback, state_file=self._callback_state_file
        )
        try:
            await asyncio.to_thread(receiver.start)
        except RuntimeError as error:
            log.info("the callback receiver did not start: %s", error)
            self._notifier.warning_about(AppError(RECEIVER_NOT_STARTED))
        else:
            self.receiver = receiver
        if self.elected_polling:
            return
        for account in self._accounts.list():
            self.start_account(tasks, account.id)

    def start_account(self, tasks: TaskRegistry, account_id: str) -> None:
        tasks.start(TaskKey(TaskKind.SYNC, account_id), self.sync.run_account(account_id), replace=True)
        tasks.start(TaskKey(TaskKind.HOOK, account_id), self.subscribe_callbacks(account_id), replace=True)

    def stop_account(self, tasks: TaskRegistry, account_id: str) -> None:
        """Stop polling the account (team mode: another desktop polls it now)."""
        tasks.cancel(TaskKey(TaskKind.SYNC, account_id))
        tasks.cancel(TaskKey(TaskKind.HOOK, account_id))

    async def stop(self) -> None:
        """Stop the callback receiver (its thread is joined off the event loop's thread)."""
        receiver, self.receiver = self.receiver, None
        if receiver is not None:
            await asyncio.to_thread(receiver.stop)

    async def unsubscribe_callbacks(self) -> None:
        """Tell the services to stop calling this run's receiver (its address dies with the app). Best
        effort and bounded: a service that does not answer keeps a hook that then fails harmlessly."""

        async def unsubscribe_all() -> None:
            for account_id, hook_ids in list(self.hooks.items()):
                provider = self._accounts.provider_for(account_id)
                for hook_id in hook_ids:
                    try:
                        await provider.unsubscribe(hook_id)
                    except ProviderError as error:
                        log.info("a status callback stays subscribed: %s", error.message)
                self.hooks.pop(account_id, None)

        try:
            await asyncio.wait_for(unsubscribe_all(), UNSUBSCRIBE_SECONDS)
        except TimeoutError:
            log.info("status callbacks not all unsubscribed in time")

    async def subscribe_callbacks(self, account_id: str) -> None:
        """Ask the service to call this computer back, where it can reach the local receiver."""
        account = self._accounts.store.get(account_id)
        if account is None or self.receiver is None:
            return
        provider = self._accounts.provider_for(account_id)
        webhook_only = provider.capabilities.observation is StatusObservation.WEBHOOK
        if not is_loopback_url(self._accounts.effective_base_url(account)):
            if webhook_only:  # a public service cannot call this computer back
                self.sync.report_state(AccountSyncStatus(account_id, SyncState.AWAITING_CALLBACKS))
            return
        receiver = self.receiver
        events = (GMO_COMPLETION_EVENT,) if account.provider is ProviderKind.GMOSIGN else ASSENTLY_HOOK_EVENTS
        try:
            for event in events:  # the hook registered on an earlier start is reused, never piled up
                await receiver.ensure_hook(account_id, provider, event)
        except ProviderError as error:
            self._notifier.warning_about(AppError(CALLBACKS_OFF, account.name, error))
            return
        finally:
            self.hooks[account_id] = receiver.hook_ids(account_id)
        if webhook_only:
            self.sync.report_state(AccountSyncStatus(account_id, SyncState.SYNCED, message="callbacks on"))

    def handle_callback(self, account_id: str, payload: object) -> None:
        """One callback from the local receiver (on the event loop)."""
        account = self._accounts.store.get(account_id)
        if account is None:
            log.info("ignored a status callback for an account that is gone")
            return
        try:
            provider = self._accounts.provider_for(account_id)
            event = provider.parse_status_event(payload)
        except ProviderError as error:
            log.warning("ignored a status callback: %s", error.message)
            return
        if provider.capabilities.observation is StatusObservation.POLLING:
            # Trust the service, not the message: read the envelope again now.
            self.sync.wake(account_id)
            return
        self.sync.apply_event(account_id, event)


def _sent_here(update: EnvelopeUpdate) -> bool:
    """This app just sent it (a local action, not something sync saw)."""
    before, after = update.before, update.after
    if before is None or after is None or before.status is not EnvelopeStatus.DRAFT:
        return False
    return after.status.is_in_flight and any(
        e.source in {"", EventSource.APP} and e.kind == "sent" for e in after.events[len(before.events) :]
    )

"""Send envelopes through the outbox journal: never twice, never lost.

The journal entry (with the remote id where the service lets us choose it) is written before the first
request. When a request's answer is lost (timeout, dropped connection, 5xx), the sender asks the service
whether the step happened before repeating it. After a crash, `resume_all` finishes every unfinished entry or
reports it failed, exactly once.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import Envelope, EnvelopeEvent, PartyRole, utc_now
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.base import Provider
from esign_desktop.providers.errors import Conflict, MayHaveLanded, NotSupported, ProviderError
from esign_desktop.services.send_claims import SendClaims, SoloClaims
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.errors import StorageBusyError, StorageError, TeamDatabaseUnavailableError
from esign_desktop.storage.outbox import AlreadyQueuedError, Outbox, OutboxEntry, OutboxMatch, OutboxState
from esign_desktop.storage.send_documents import DocumentUnavailableError, SendDocuments, SoloDocuments

log = logging.getLogger(__name__)

ProviderFor = Callable[[str], Provider]  # account id -> its provider
OutcomeListener = Callable[["SendOutcome"], None]

# OutboxMatch.extra key, set while a request that cannot be repeated safely (GMO Sign's signature request)
# is out: if it is still set when the entry is driven again, that request's outcome is unknown.
UNREPEATABLE_SENT = "unrepeatable_request_sent"
MAY_HAVE_BEEN_SENT = "may have been sent: check GMO Sign"
# OutboxMatch.extra key of a create-only entry (`esign envelopes create` on a service with drafts): the entry
# ends DRAFTED once the service has the draft; nobody is notified.
GOAL = "goal"
GOAL_DRAFT = "draft"

# Why a send failed, when the sender says it (the others are the provider's or the store's errors): templates
# with values (domain/errors.py), listed in ui/error_text.OUTBOX_TEMPLATES so the window translates them.
NOT_RESUMED = "This send could not be resumed (%1). Check on the service whether it arrived."
GAVE_UP = "Gave up after %1 tries: %2 It will not be sent twice."
MAY_HAVE_BEEN_SENT_CODES = (
    "The answer to the signature request never came, so it may have been sent: check GMO Sign for an "
    "envelope with the document code(s) %1 before sending it again. It will not be requested again "
    "automatically."
)
MAY_HAVE_BEEN_SENT_NO_CODES = (
    "The answer to the signature request never came, so it may have been sent: check GMO Sign for the "
    "envelope before sending it again. It will not be requested again automatically."
)
# A send that failed before this run or on another desktop: only its English reason is known.
NOT_SENT = "It was not sent: %1"
TEMPLATES: tuple[str, ...] = (
    NOT_RESUMED,
    GAVE_UP,
    MAY_HAVE_BEEN_SENT_CODES,
    MAY_HAVE_BEEN_SENT_NO_CODES,
    NOT_SENT,
)


@dataclass(frozen=True, slots=True)
class SendOutcome:
    entry_id: str
    envelope: Envelope
    sent: bool
    error: str = ""  # why it was not sent, in English (the CLI, logs)
    drafted: bool = False  # a create-only entry reached its goal: the service keeps the draft
    elsewhere: bool = False  # team mode: another desktop holds this send right now (it finishes it)
    # Why it was not sent, as an error the window says in its language; None when only the English is known
    # (a send another desktop failed, or one failed before this run).
    failure: AppError | None = None


class OutboxSender:
    """Drives journal entries PENDING -> CREATING -> CREATED -> SENDING -> SENT (or FAILED with a reason)."""

    def __init__(
        self,
        outbox: Outbox,
        cache: EnvelopeCache,
        provider_for: ProviderFor,
        *,
        max_attempts: int = 8,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        claims: SendClaims | None = None,
        documents: SendDocuments | None = None,
        user_name: str = "",
    ) -> None:
        self.user_name = user_name  # who sends, recorded on the envelope and the outbox entry
        self._outbox = outbox
        self._claims: SendClaims = claims or SoloClaims()
        self._documents: SendDocuments = documents or SoloDocuments()
        self._cache = cache
        self._provider_for = provider_for
        self._max_attempts = max_attempts
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._outcome_listeners: list[OutcomeListener] = []
        self._running: dict[str, asyncio.Task[SendOutcome]] = {}
        self._failures: dict[str, AppError] = {}  # why an entry just failed, until its outcome is told

    def subscribe(self, listener: OutcomeListener) -> Callable[[], None]:
        """`listener(outcome)` for each send that ends (sent, failed, set aside); returns the unsubscribe."""
        self._outcome_listeners.append(listener)
        return lambda: self._outcome_listeners.remove(listener)

    def _tell(self, outcome: SendOutcome) -> None:
        for listener in list(self._outcome_listeners):
            try:
                listener(outcome)
            except Exception:  # one listener's failure must not stop the sender or the others
                log.exception("a send outcome listener failed")

    def submit(self, envelope: Envelope, *, create_only: bool = False) -> OutboxEntry:
        """Journal the send; nothing has gone over the network yet when this returns.

        `create_only`: create the envelope on the service as a draft and stop there (the entry ends DRAFTED);
        only for services with drafts (not `sends_on_create`)."""
        provider = self._provider_for(envelope.account_id)
        if create_only and provider.sends_on_create:
            raise ValueError("this service has no drafts: creating an envelope there sends it")
        earlier = self._outbox.for_envelope(envelope.local_id)
        if any(_unrepeatable_sent(e) for e in earlier):
            raise AlreadyQueuedError(templates.MAY_HAVE_BEEN_SENT)
        remote_id = envelope.remote_id or provider.planned_remote_id(envelope) or ""
        sent_by = envelope.sent_by or self.user_name
        envelope = replace(envelope, remote_id=remote_id, sent_by=sent_by, updated_at=utc_now())
        match = OutboxMatch(envelope_name=envelope.name, extra={GOAL: GOAL_DRAFT} if create_only else {})
        self._documents.keep(envelope)  # before the journal: whoever finishes the send can read its PDFs
        entry = self._outbox.enqueue(envelope, remote_id=remote_id, match=match)
        self._cache.upsert(envelope)
        if any(e.state is OutboxState.DRAFTED for e in earlier) and not create_only:
            # The service already holds this draft (an earlier create-only entry): only the send is left.
            self._outbox.transition(entry.id, OutboxState.CREATING)
            entry = self._outbox.transition(entry.id, OutboxState.CREATED, remote_id=remote_id)
        return entry

    async def send(self, envelope: Envelope) -> SendOutcome:
        return await self.run(self.submit(envelope).id)

    async def resume_all(self) -> list[SendOutcome]:
        """Finish (or report failed) every send a previous run left unfinished.

        Each entry is isolated: one that raises anything but a cancellation is reported (an outcome with the
        reason), moved to FAILED or, if even that fails, set aside under "Needs attention"; the others go on.
        """
        outcomes = []
        for entry in self._outbox.pending():
            try:
                outcome = await self.run(entry.id)
                if not outcome.elsewhere:
                    outcomes.append(outcome)
            except (StorageBusyError, TeamDatabaseUnavailableError) as error:
                # The team database was busy or out of reach, not the entry broken: it stays unfinished and
                # is resumed on the next pass (by this desktop or another), never marked failed for this.
                log.info("outbox %s left for the next pass: %s", entry.id, error.user_message)
            except Exception as error:  # noqa: BLE001 - one bad entry must never block the next
                outcomes.append(self._isolate(entry, error))
        return outcomes

    def _isolate(self, entry: OutboxEntry, error: Exception) -> SendOutcome:
        detail: AppError | str = (
            error if isinstance(error, AppError) else getattr(error, "message", None) or type(error).__name__
        )
        failure = AppError(NOT_RESUMED, detail)
        reason = failure.message
        log.warning("outbox %s could not be resumed: %s", entry.id, type(error).__name__, exc_info=error)
        try:
            self._outbox.transition(entry.id, OutboxState.FAILED, error=reason)
        except Exception:  # noqa: BLE001 - the entry itself is unreadable or stuck: set it aside
            try:
                self._outbox.set_aside(entry.id, failure)
            except Exception:
                log.exception("outbox %s could not be set aside either", entry.id)
        outcome = SendOutcome(entry.id, entry.envelope, sent=False, error=reason, failure=failure)
        self._tell(outcome)
        return outcome

    async def run(self, entry_id: str) -> SendOutcome:
        """Drive one entry to SENT or FAILED; concurrent calls for the same entry share one run."""
        running = self._running.get(entry_id)
        if running is None or running.done():
            running = asyncio.ensure_future(self._drive(entry_id))
            self._running[entry_id] = running
        try:
            return await asyncio.shield(running)
        finally:
            if running.done():
                self._running.pop(entry_id, None)

    async def aclose(self) -> None:
        """Stop every send still running (the app is closing, before its database closes). A send stopped
        mid-request is resumed by the next run as a repeat: it asks the service before sending again."""
        running = [task for task in self._running.values() if not task.done()]
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        self._running.clear()

    async def _drive(self, entry_id: str) -> SendOutcome:
        async with self._claims.hold(entry_id) as held:
            if not held:
                entry = self._require(entry_id)
                return SendOutcome(entry.id, entry.envelope, sent=False, elsewhere=True)
            return await self._drive_held(entry_id)

    async def _drive_held(self, entry_id: str) -> SendOutcome:
        entry = self._require(entry_id)
        if entry.state.is_finished:  # another desktop finished it before this one got the claim
            return self._outcome(entry)
        provider = self._provider_for(entry.account_id)
        # Interrupted mid-request by a crash: the step may have happened. Stepping back makes the next try
        # count as a repeat, which looks at the service first.
        entry = self._uncertain(entry)
        attempt = 0
        while not entry.state.is_finished:
            try:
                entry = await self._step(entry, provider)
                attempt = 0
            except ProviderError as error:
                if not error.retryable:
                    entry = self._fail(entry, error)
                    break
                attempt += 1
                if attempt >= self._max_attempts:
                    entry = self._fail(entry, AppError(GAVE_UP, attempt, error))
                    break
                entry = self._uncertain(entry)
                await asyncio.sleep(self._backoff(attempt, getattr(error, "retry_after", None)))
        if entry.state in {OutboxState.SENT, OutboxState.DRAFTED}:
            self._release_documents(entry)
        outcome = self._outcome(entry)
        if not outcome.drafted:  # a draft made for the CLI is no send
            self._tell(outcome)
        return outcome

    async def _step(self, entry: OutboxEntry, provider: Provider) -> OutboxEntry:
        if entry.state is OutboxState.PENDING:
            return self._outbox.transition(entry.id, OutboxState.CREATING)
        if entry.state is OutboxState.CREATING:
            return await self._create(entry, provider)
        if entry.state is OutboxState.CREATED:
            if entry.match.extra.get(GOAL) == GOAL_DRAFT:
                return self._outbox.transition(entry.id, OutboxState.DRAFTED)
            if provider.sends_on_create:
                self._outbox.transition(entry.id, OutboxState.SENDING)
                return self._mark_sent(self._require(entry.id))
            return self._outbox.transition(entry.id, OutboxState.SENDING)
        if entry.state is OutboxState.SENDING:
            return await self._send(entry, provider)
        raise AssertionError(f"unexpected outbox state {entry.state}")

    async def _create(self, entry: OutboxEntry, provider: Provider) -> OutboxEntry:
        if _unrepeatable_sent(entry):
            # An earlier attempt (or run) sent a request that must not be repeated, and its answer never
            # came: whether it landed is unknown, so it is not sent again blindly.
            return self._may_have_been_sent(entry, entry.match.document_codes)
        # A previous attempt (or a previous run) may have landed: look before creating again.
        if entry.attempts > 1:
            existing = await _existing(provider, entry.envelope)
            if existing:
                log.info("outbox %s: the earlier create landed as %s", entry.id, existing)
                return self._created(entry, replace(entry.envelope, remote_id=existing))

        def before_unrepeatable(codes: tuple[str, ...]) -> None:
            extra = {**entry.match.extra, UNREPEATABLE_SENT: "1"}
            self._outbox.update_match(entry.id, replace(entry.match, document_codes=codes, extra=extra))

        try:
            envelope = await asyncio.to_thread(self._documents.fetch, entry.envelope)
        except DocumentUnavailableError as error:
            return self._fail(entry, error)
        try:
            created = await provider.create_envelope(envelope, before_unrepeatable)
        except MayHaveLanded as error:
            return self._may_have_been_sent(self._require(entry.id), error.document_codes, error)
        except Conflict:
            # Refused as a repeat: it landed only if the service can show it (Assently: the case under the
            # Id we chose). GMO Sign cannot be asked, so there a 409 is just a refusal.
            self._clear_unrepeatable(entry.id)
            existing = await _existing(provider, entry.envelope)
            if not existing:
                raise
            log.info("outbox %s: the service already has this envelope (%s)", entry.id, existing)
            created = replace(entry.envelope, remote_id=existing)
        except ProviderError:
            self._clear_unrepeatable(entry.id)  # a definite answer: the service did not act on it
            raise
        return self._created(entry, created)

    def _release_documents(self, entry: OutboxEntry) -> None:
        try:
            self._documents.release(entry.envelope)
        except StorageError as error:  # tidying only: the next finished send tries again
            log.info("the PDFs of outbox %s stay shared for now: %s", entry.id, error.user_message)

    def _clear_unrepeatable(self, entry_id: str) -> None:
        entry = self._require(entry_id)
        if _unrepeatable_sent(entry):
            extra = {k: v for k, v in entry.match.extra.items() if k != UNREPEATABLE_SENT}
            self._outbox.update_match(entry_id, replace(entry.match, extra=extra))

    def _may_have_been_sent(
        self, entry: OutboxEntry, codes: tuple[str, ...], error: AppError | None = None
    ) -> OutboxEntry:
        """Stop for good and tell the person to look at the service, naming what identifies the envelope."""
        shown = ", ".join(codes) or "unknown"
        if error is None:
            error = (
                AppError(MAY_HAVE_BEEN_SENT_CODES, ", ".join(codes))
                if codes
                else AppError(MAY_HAVE_BEEN_SENT_NO_CODES)
            )
        log.warning("outbox %s may have been sent (document codes %s)", entry.id, shown)
        cached = self._cache.get(entry.envelope_local_id) or entry.envelope
        now = utc_now()
        self._cache.upsert(
            replace(
                cached,
                status=EnvelopeStatus.FAILED,
                provider_status=MAY_HAVE_BEEN_SENT,
                updated_at=now,
                events=(
                    *cached.events,
                    EnvelopeEvent(at=now, kind="may_have_been_sent", detail=f"document codes: {shown}"),
                ),
            )
        )
        self._failures[entry.id] = error
        return self._outbox.transition(entry.id, OutboxState.FAILED, error=error.message)

    def _created(self, entry: OutboxEntry, created: Envelope) -> OutboxEntry:
        self._cache.upsert(replace(created, updated_at=utc_now()))
        return self._outbox.transition(entry.id, OutboxState.CREATED, remote_id=created.remote_id)

    async def _send(self, entry: OutboxEntry, provider: Provider) -> OutboxEntry:
        # A draft with approvers goes to them first (Assently: requestApproval; sendCase would be refused).
        approval = any(p.role is PartyRole.APPROVER for p in entry.envelope.parties)
        if entry.attempts > 1:
            current = await provider.get_envelope(entry.remote_id)
            if current.status is not EnvelopeStatus.DRAFT:
                return self._mark_sent(entry, current.status)
        if approval:
            await provider.request_approval(entry.remote_id)
            return self._mark_sent(entry, EnvelopeStatus.PENDING_APPROVAL)
        await provider.send(entry.remote_id)
        return self._mark_sent(entry)

    def _mark_sent(self, entry: OutboxEntry, reached: EnvelopeStatus = EnvelopeStatus.SENT) -> OutboxEntry:
        cached = self._cache.get(entry.envelope_local_id) or entry.envelope
        now = utc_now()
        # GMO Sign answers an envelope with approvers as pending approval: that status stays.
        status = reached if cached.status is EnvelopeStatus.DRAFT else cached.status
        sent = replace(
            cached,
            remote_id=entry.remote_id or cached.remote_id,
            status=status,
            sent_at=cached.sent_at or now,
            updated_at=now,
            parties=tuple(
                replace(p, status=PartyStatus.WAITING) if p.status is PartyStatus.NOT_SENT else p
                for p in cached.parties
            ),
            events=(*cached.events, EnvelopeEvent(at=now, kind="sent", status=status, actor=cached.sent_by)),
        )
        self._cache.upsert(sent)
        return self._outbox.transition(entry.id, OutboxState.SENT)

    def _uncertain(self, entry: OutboxEntry) -> OutboxEntry:
        """After a lost answer: go back one step; the next step checks the service before repeating."""
        entry = self._require(entry.id)
        if entry.state is OutboxState.CREATING:
            return self._outbox.transition(entry.id, OutboxState.PENDING)
        if entry.state is OutboxState.SENDING:
            return self._outbox.transition(entry.id, OutboxState.CREATED)
        return entry

    def _fail(self, entry: OutboxEntry, error: AppError) -> OutboxEntry:
        entry = self._require(entry.id)
        if entry.state.is_finished:
            return entry
        message = error.message
        log.warning("outbox %s failed: %s", entry.id, message)
        cached = self._cache.get(entry.envelope_local_id)
        if cached is not None and cached.status is EnvelopeStatus.DRAFT and not entry.remote_id:
            self._cache.upsert(replace(cached, status=EnvelopeStatus.FAILED, updated_at=utc_now()))
        self._failures[entry.id] = error
        return self._outbox.transition(entry.id, OutboxState.FAILED, error=message)

    def _outcome(self, entry: OutboxEntry) -> SendOutcome:
        envelope = self._cache.get(entry.envelope_local_id) or entry.envelope
        return SendOutcome(
            entry.id,
            envelope,
            entry.state is OutboxState.SENT,
            entry.last_error,
            drafted=entry.state is OutboxState.DRAFTED,
            failure=self._failures.pop(entry.id, None) if entry.state is OutboxState.FAILED else None,
        )

    def _require(self, entry_id: str) -> OutboxEntry:
        entry = self._outbox.get(entry_id)
        if entry is None:
            raise LookupError(f"outbox entry {entry_id} is gone")
        return entry

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self._max_delay * 4)
        ceiling = min(self._max_delay, self._base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # jitter spreads many senders apart


def unrepeatable_sent(entry: OutboxEntry) -> bool:
    """True when a request that must not be repeated went out and its outcome is unknown."""
    return _unrepeatable_sent(entry)


def _unrepeatable_sent(entry: OutboxEntry) -> bool:
    return entry.state is not OutboxState.SENT and bool(entry.match.extra.get(UNREPEATABLE_SENT))


async def _existing(provider: Provider, envelope: Envelope) -> str | None:
    """The remote id of an earlier create of `envelope`, if the service can tell at all."""
    try:
        return await provider.envelope_exists(envelope)
    except NotSupported:
        return None

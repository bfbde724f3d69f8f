from __future__ import annotations

import itertools

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.errors import NotFoundError, StorageError
from esign_desktop.storage.outbox import (
    ALLOWED_TRANSITIONS,
    AlreadyQueuedError,
    InvalidTransitionError,
    Outbox,
    OutboxMatch,
    OutboxState,
)
from esign_desktop.storage.sql import SqlDatabase


@pytest.fixture
def database(any_database: SqlDatabase) -> SqlDatabase:
    return any_database


@pytest.fixture
def outbox(database: SqlDatabase) -> Outbox:
    return Outbox(database)


@pytest.fixture
def envelope(database: SqlDatabase) -> Envelope:
    account = AccountStore(database).add(
        Account(provider=ProviderKind.GMOSIGN, name="G", base_url="https://g")
    )
    return Envelope(local_id="env-1", provider=ProviderKind.GMOSIGN, account_id=account.id, name="NDA")


def test_enqueue_journals_a_pending_send_with_a_snapshot(outbox: Outbox, envelope: Envelope) -> None:
    match = OutboxMatch(envelope_name="NDA", document_codes=("doc-1",), extra={"ref": "x"})
    entry = outbox.enqueue(envelope, remote_id="chosen-before-request", match=match)
    assert entry.state is OutboxState.PENDING
    assert entry.remote_id == "chosen-before-request"
    assert entry.attempts == 0
    assert entry.envelope == envelope
    assert entry.match == match
    assert outbox.get(entry.id) == entry
    assert outbox.pending() == [entry]
    assert outbox.for_envelope("env-1") == [entry]


def test_the_happy_path_counts_attempts_and_records_new_match_data(
    outbox: Outbox, envelope: Envelope
) -> None:
    entry = outbox.enqueue(envelope, remote_id="r")
    outbox.transition(entry.id, OutboxState.CREATING)
    created = outbox.transition(
        entry.id, OutboxState.CREATED, remote_id="r2", match=OutboxMatch(document_codes=("c1", "c2"))
    )
    assert created.remote_id == "r2"
    assert created.match.document_codes == ("c1", "c2")
    outbox.transition(entry.id, OutboxState.SENDING)
    sent = outbox.transition(entry.id, OutboxState.SENT)
    assert sent.state is OutboxState.SENT
    assert sent.attempts == 2
    assert sent.updated_at >= entry.updated_at
    assert outbox.pending() == []


def test_every_transition_outside_the_table_is_refused(database: SqlDatabase, envelope: Envelope) -> None:
    outbox = Outbox(database)
    paths_to = {
        OutboxState.PENDING: [],
        OutboxState.CREATING: [OutboxState.CREATING],
        OutboxState.CREATED: [OutboxState.CREATING, OutboxState.CREATED],
        OutboxState.SENDING: [OutboxState.CREATING, OutboxState.CREATED, OutboxState.SENDING],
        OutboxState.SENT: [OutboxState.CREATING, OutboxState.CREATED, OutboxState.SENDING, OutboxState.SENT],
        OutboxState.FAILED: [OutboxState.FAILED],
        OutboxState.DRAFTED: [OutboxState.CREATING, OutboxState.CREATED, OutboxState.DRAFTED],
    }
    counter = itertools.count()
    for start, target in itertools.product(OutboxState, OutboxState):
        local = Envelope(
            local_id=f"e{next(counter)}", provider=envelope.provider, account_id=envelope.account_id
        )
        entry = outbox.enqueue(local, remote_id="r")
        for step in paths_to[start]:
            outbox.transition(entry.id, step, error="boom" if step is OutboxState.FAILED else "")
        error = "boom" if target is OutboxState.FAILED else ""
        if target in ALLOWED_TRANSITIONS[start]:
            assert outbox.transition(entry.id, target, error=error).state is target
        else:
            with pytest.raises(InvalidTransitionError):
                outbox.transition(entry.id, target, error=error)
            assert outbox.get(entry.id).state is start  # type: ignore[union-attr]


def test_failure_needs_a_message_and_a_retry_goes_back_to_pending(outbox: Outbox, envelope: Envelope) -> None:
    entry = outbox.enqueue(envelope, remote_id="r")
    outbox.transition(entry.id, OutboxState.CREATING)
    with pytest.raises(ValueError, match="error message"):
        outbox.transition(entry.id, OutboxState.FAILED)
    failed = outbox.transition(entry.id, OutboxState.FAILED, error="The service said no.")
    assert failed.last_error == "The service said no."
    assert outbox.pending() == []
    retried = outbox.transition(entry.id, OutboxState.PENDING)
    assert retried.last_error == "The service said no."  # kept until it succeeds
    assert outbox.pending() == [retried]


def test_an_envelope_cannot_be_queued_twice_while_unfinished(outbox: Outbox, envelope: Envelope) -> None:
    entry = outbox.enqueue(envelope, remote_id="r")
    with pytest.raises(AlreadyQueuedError):
        outbox.enqueue(envelope, remote_id="r")
    outbox.transition(entry.id, OutboxState.FAILED, error="gave up")
    assert outbox.enqueue(envelope, remote_id="r2").state is OutboxState.PENDING


def test_an_envelope_without_account_cannot_be_queued(outbox: Outbox) -> None:
    with pytest.raises(StorageError, match="choose an account"):
        outbox.enqueue(Envelope(local_id="e", provider=ProviderKind.ASSENTLY), remote_id="r")


def test_unknown_entries_and_removal(outbox: Outbox, envelope: Envelope) -> None:
    with pytest.raises(NotFoundError):
        outbox.transition("missing", OutboxState.CREATING)
    assert outbox.get("missing") is None
    entry = outbox.enqueue(envelope, remote_id="r")
    with pytest.raises(InvalidTransitionError):
        outbox.remove(entry.id)
    outbox.transition(entry.id, OutboxState.FAILED, error="x")
    assert outbox.remove(entry.id) is True
    assert outbox.remove(entry.id) is False


def test_the_journal_survives_reopening_the_database(envelope: Envelope) -> None:
    from esign_desktop.storage.paths import AppPaths

    path = AppPaths.from_environment().database_file()
    with Database.open(path) as database:
        account = AccountStore(database).add(Account(provider=ProviderKind.GMOSIGN, name="G", base_url="u"))
        outbox = Outbox(database)
        entry = outbox.enqueue(
            Envelope(local_id="e", provider=ProviderKind.GMOSIGN, account_id=account.id), remote_id="r"
        )
        outbox.transition(entry.id, OutboxState.CREATING)
    with Database.open(path) as database:
        [resumed] = Outbox(database).pending()
    assert resumed.id == entry.id
    assert resumed.state is OutboxState.CREATING


def test_a_drafted_entry_is_finished_and_frees_the_envelope_for_its_send(
    outbox: Outbox, envelope: Envelope
) -> None:
    entry = outbox.enqueue(envelope, remote_id="r")
    for step in (OutboxState.CREATING, OutboxState.CREATED, OutboxState.DRAFTED):
        outbox.transition(entry.id, step)
    assert outbox.pending() == []
    assert [e.state for e in outbox.entries()] == [OutboxState.DRAFTED]
    again = outbox.enqueue(envelope, remote_id="r")  # the later send of the same envelope
    assert [e.id for e in outbox.pending()] == [again.id]
    assert [e.id for e in outbox.entries()] == [entry.id, again.id]

"""The team link's edge cases on a real PostgreSQL server (and the real sandbox where a send is involved):
tombstones reach a running desktop and one that was off; the poll election survives a holder whose sessions
the server kills (one poller, always) and a clean close, both within one election interval; a claim dies with
its session and the send lands once; a desktop that was off catches up to exactly the team's register; and
changes committed out of change-number order (envelopes and deletions) are never missed."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import psycopg
import pytest

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.model import Envelope, ProviderKind, utc_now
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.outbox_sender import SendOutcome
from esign_desktop.services.team_claims import TeamClaims
from esign_desktop.services.team_link import TeamLink
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.envelope_cache import CacheWrite, EnvelopeCache
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.outbox import OutboxState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.postgres import PostgresDatabase
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.pdf_factory import PageSpec, make_pdf
from tests.team.test_two_desktops import _until

pytestmark = pytest.mark.integration

INTERVAL = 0.3  # the election interval of every link here (the app's is 10 s)
MARGIN = 0.3  # what a take-over may take beyond one interval (the election's own queries, the event loop)


@dataclass
class Office:
    """Desktops that share one team database, each with its own data folder; a desktop can be switched off
    (`switch_off`: its link, monitor and databases closed, as when its program ends) and on again (`open`
    of the same name: a new process on the same data folder)."""

    root: Path
    monkeypatch: pytest.MonkeyPatch
    open_contexts: list[ServiceContext] = field(default_factory=list)

    def open(self, name: str) -> ServiceContext:
        self.monkeypatch.setenv("ESIGN_USER_NAME", name)
        context = ServiceContext.open(AppPaths.under(self.root / name.lower()))
        assert context.link is not None
        context.link._election_interval = INTERVAL
        self.open_contexts.append(context)
        return context

    async def switch_off(self, context: ServiceContext) -> None:
        self.open_contexts.remove(context)
        await context.aclose()

    async def close_all(self) -> None:
        for context in list(self.open_contexts):
            await self.switch_off(context)


@pytest.fixture
def office(tmp_path: Path, migrated_team_dsn: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setenv("ESIGN_TEAM_DATABASE", migrated_team_dsn)
    office = Office(tmp_path, monkeypatch)
    yield office
    for context in office.open_contexts:  # a test that failed before its own close_all
        if context.team_database is not None:
            context.team_database.close()
        context.database.close()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contract.pdf", [PageSpec()])


def _run(office: Office, body: Callable[[], Awaitable[None]]) -> None:
    async def wrapped() -> None:
        try:
            await body()
        finally:
            await office.close_all()

    asyncio.run(wrapped())


def link_of(context: ServiceContext) -> TeamLink:
    assert context.link is not None
    return context.link


async def joined(sandbox: SandboxHandle, first: ServiceContext, *others: ServiceContext) -> Account:
    """The Assently account added on `first` and joined by the others (each with its own secret)."""
    account = add_account(first, sandbox, ProviderKind.ASSENTLY)
    await link_of(first).sync_once()
    for other in others:
        add_account(other, sandbox, ProviderKind.ASSENTLY)
        await link_of(other).sync_once()
        assert [a.id for a in other.accounts.list()] == [account.id]
    return account


def never_sent(account: Account, pdf: Path, name: str) -> Envelope:
    """An envelope that never reached the service (no remote id): deleting it is a local act."""
    return replace(envelope_for(account, pdf, name), status=EnvelopeStatus.FAILED)


def register(context: ServiceContext) -> dict[str, EnvelopeStatus]:
    return {e.local_id: e.status for e in context.cache.all_envelopes()}


def team_register(dsn: str) -> dict[str, str]:
    with psycopg.connect(dsn) as connection:
        rows = connection.execute("SELECT local_id, status FROM envelopes").fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


def tombstones(dsn: str) -> set[str]:
    with psycopg.connect(dsn) as connection:
        rows = connection.execute(
            "SELECT record_key FROM team_deletions WHERE table_name = 'envelopes'"
        ).fetchall()
    return {str(row[0]) for row in rows}


def terminate(dsn: str, pids: set[int]) -> int:
    """End sessions from the server side, as a crashed machine or a cut cable would; how many ended."""
    with psycopg.connect(dsn, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY(%s)", (list(pids),)
        ).fetchall()
    return sum(1 for row in rows if row[0])


def sessions_of(context: ServiceContext) -> set[int]:
    """The server-side process ids of every session this desktop holds: the link's LISTEN session and the
    kept connection of its team database. (Every desktop connects as application_name 'esign-desktop', so
    the name cannot tell two desktops of one test apart; their pids do.)"""
    link = link_of(context)
    assert link._session is not None
    pids = {link._session.info.backend_pid}
    assert context.team_database is not None
    kept = context.team_database._connection
    if kept is not None and not kept.closed:
        pids.add(kept.info.backend_pid)
    return pids


# -- 1. tombstones -----------------------------------------------------------------------------------------


def test_a_local_delete_by_either_path_leaves_the_other_desktops_list_within_two_seconds(
    office: Office, sandbox: SandboxHandle, pdf: Path, migrated_team_dsn: str
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        drafts = [never_sent(account, pdf, f"Never sent {n}") for n in range(3)]
        anna.cache.upsert_many(drafts)
        link_of(anna).start()
        link_of(bo).start()
        await _until(lambda: all(bo.cache.get(e.local_id) is not None for e in drafts))

        # The window's Delete of an envelope that never reached the service …
        [deleted] = await EnvelopeActions(anna).run(Action.DELETE, [drafts[0]])
        assert deleted.ok, deleted.message
        took = await _until(lambda: bo.cache.get(drafts[0].local_id) is None)
        print(f"deletion (EnvelopeActions) to the other desktop: {took:.3f} s")
        # … and a removal straight from the cache (what the link pushes for any local removal).
        assert anna.cache.remove(drafts[1].local_id)
        took = await _until(lambda: bo.cache.get(drafts[1].local_id) is None)
        print(f"deletion (EnvelopeCache.remove) to the other desktop: {took:.3f} s")

        assert set(team_register(migrated_team_dsn)) == {drafts[2].local_id}
        assert tombstones(migrated_team_dsn) == {drafts[0].local_id, drafts[1].local_id}
        await asyncio.sleep(2 * INTERVAL)  # nothing else goes, and nothing comes back
        assert set(register(bo)) == set(register(anna)) == {drafts[2].local_id}

    _run(office, body)


def test_a_desktop_that_was_off_during_a_delete_removes_the_envelope_when_it_starts(
    office: Office, sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")

    async def body() -> None:
        nonlocal bo
        account = await joined(sandbox, anna, bo)
        drafts = [never_sent(account, pdf, f"Never sent {n}") for n in range(2)]
        anna.cache.upsert_many(drafts)
        await link_of(anna).sync_once()
        await link_of(bo).sync_once()
        assert bo.cache.get(drafts[0].local_id) is not None

        await office.switch_off(bo)  # Bo's program ends
        link_of(anna).start()
        await _until(lambda: link_of(anna).state.connected)
        [deleted] = await EnvelopeActions(anna).run(Action.DELETE, [drafts[0]])
        assert deleted.ok, deleted.message
        await _until(lambda: drafts[0].local_id not in team_register_of(anna))

        bo = office.open("Bo")  # … and starts again on the same data folder
        assert bo.cache.get(drafts[0].local_id) is not None  # its local copy still has it
        link_of(bo).start()
        took = await _until(lambda: bo.cache.get(drafts[0].local_id) is None)
        print(f"deletion applied by a desktop that was off, after its start: {took:.3f} s")
        assert bo.cache.get(drafts[1].local_id) is not None

    _run(office, body)


def test_a_delete_made_just_before_the_link_pulls_the_same_envelope_is_not_undone(
    office: Office, sandbox: SandboxHandle, pdf: Path, migrated_team_dsn: str
) -> None:
    """The link hears its own push and pulls; a local removal made in between (before it is pushed) was
    taken for an envelope new to this desktop: it came back here, was pushed back, and stayed everywhere."""
    anna, bo = office.open("Anna"), office.open("Bo")

    async def delete_as_its_push_is_announced(draft: Envelope) -> None:
        removed: list[bool] = []

        def remove(_payload: dict[str, object]) -> None:
            # On the loop, as the announcement arrives and before the pull it starts.
            if not removed and anna.cache.get(draft.local_id) is not None:
                removed.append(anna.cache.remove(draft.local_id))

        unsubscribe = link_of(anna).subscribe("envelopes", remove)
        try:
            anna.cache.upsert(draft)
            await _until(lambda: removed == [True])
        finally:
            unsubscribe()
        await _until(lambda: draft.local_id not in team_register(migrated_team_dsn))
        await _until(lambda: bo.cache.get(draft.local_id) is None)
        await asyncio.sleep(INTERVAL)
        assert anna.cache.get(draft.local_id) is None
        assert bo.cache.get(draft.local_id) is None

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        link_of(anna).start()
        link_of(bo).start()
        await _until(lambda: link_of(anna).state.connected and link_of(bo).state.connected)
        for n in range(3):
            await delete_as_its_push_is_announced(never_sent(account, pdf, f"Deleted as announced {n}"))

    _run(office, body)


def test_an_envelope_written_again_after_its_deletion_stays_on_a_desktop_that_restarts(
    office: Office, sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")

    async def body() -> None:
        nonlocal bo
        account = await joined(sandbox, anna, bo)
        draft = never_sent(account, pdf, "Deleted, then written again")
        anna.cache.upsert(draft)
        link_of(anna).start()
        link_of(bo).start()
        await _until(lambda: bo.cache.get(draft.local_id) is not None)
        # Written again here (say a retried send finished it) just as the deletion is announced, before this
        # desktop's link pulls the tombstone: the write is queued for the team and must not be taken by it.
        again = replace(draft, name="Written again", updated_at=utc_now())
        written: list[bool] = []

        def write_again(_payload: dict[str, object]) -> None:
            if not written:
                written.append(True)
                anna.cache.upsert(again)

        unsubscribe = link_of(anna).subscribe("team_deletions", write_again)
        try:
            assert anna.cache.remove(draft.local_id)
            await _until(lambda: written == [True])
        finally:
            unsubscribe()
        await _until(lambda: bo.cache.get(draft.local_id) == again)
        assert anna.cache.get(draft.local_id) == again

        await office.switch_off(bo)
        bo = office.open("Bo")  # a new start looks at the old tombstone again (the lookback) …
        writes: list[CacheWrite] = []
        bo.cache.subscribe(writes.extend)
        link_of(bo).start()
        await _until(lambda: link_of(bo).state.connected)
        await link_of(bo).sync_once()
        assert bo.cache.get(draft.local_id) == again  # … and leaves the envelope where it is,
        assert [w for w in writes if w.after is None] == []  # not even for a moment

    _run(office, body)


def team_register_of(context: ServiceContext) -> set[str]:
    assert context.team_database is not None
    return {e.local_id for e in EnvelopeCache(context.team_database).all_envelopes()}


# -- 2. and 3. the poll election ---------------------------------------------------------------------------


def test_a_poller_whose_sessions_the_server_kills_is_replaced_within_one_interval_and_never_doubled(
    office: Office, sandbox: SandboxHandle, migrated_team_dsn: str
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")
    anna_link, bo_link = link_of(anna), link_of(bo)

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        anna_link.start()
        await _until(lambda: account.id in anna_link.polled_accounts())  # Anna polls, alone so far
        bo_link.start()
        await _until(lambda: bo_link.state.connected)
        await asyncio.sleep(2 * INTERVAL)  # Bo has tried and lost the election at least once
        assert account.id not in bo_link.polled_accounts()

        states: list[bool] = []
        anna_link.subscribe_state(lambda state: states.append(state.connected))
        pollers: list[int] = []  # how many desktops poll the account, sampled from the kill on
        sampling = True

        async def sample() -> None:
            while sampling:
                pollers.append(sum(account.id in link.polled_accounts() for link in (anna_link, bo_link)))
                await asyncio.sleep(0.005)

        sampler = asyncio.create_task(sample())
        killed_at = time.monotonic()
        assert await asyncio.to_thread(terminate, migrated_team_dsn, sessions_of(anna)) >= 1
        await _until(lambda: account.id in bo_link.polled_accounts(), within=3)
        took_over = time.monotonic() - killed_at
        print(f"take-over after the poller's sessions were killed: {took_over:.3f} s")
        assert took_over < INTERVAL + MARGIN

        await _until(lambda: states[-1:] == [True], within=5)  # Anna reconnects (back-off 1 s) …
        assert states[:1] == [False]
        reconnected_at = time.monotonic()
        await asyncio.sleep(4 * INTERVAL)  # … and tries the election several times: Bo keeps it
        sampling = False
        await sampler
        print(f"Anna was back {reconnected_at - killed_at:.2f} s after the kill")
        assert account.id in bo_link.polled_accounts()
        assert account.id not in anna_link.polled_accounts()
        assert max(pollers) == 1, "two desktops polled the account at once"
        assert pollers[-1] == 1

    _run(office, body)


def test_a_poller_that_closes_cleanly_is_replaced_within_one_interval(
    office: Office, sandbox: SandboxHandle
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")
    anna_link, bo_link = link_of(anna), link_of(bo)

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        anna_link.start()
        await _until(lambda: account.id in anna_link.polled_accounts())
        bo_link.start()
        await _until(lambda: bo_link.state.connected)
        await asyncio.sleep(2 * INTERVAL)
        assert account.id not in bo_link.polled_accounts()

        await anna_link.aclose()  # Anna quits the app
        closed_at = time.monotonic()
        assert account.id not in anna_link.polled_accounts()
        await _until(lambda: account.id in bo_link.polled_accounts(), within=3)
        took_over = time.monotonic() - closed_at
        print(f"take-over after the poller closed: {took_over:.3f} s (interval {INTERVAL} s)")
        assert took_over < INTERVAL + MARGIN

    _run(office, body)


def test_closing_a_link_waits_for_its_pull_under_way(
    office: Office, sandbox: SandboxHandle, pdf: Path
) -> None:
    """A pull runs in a worker thread, which cancelling its task does not stop: a link that returned from
    aclose() while one ran let it use the team database after the app closed it (it reconnected, and the
    connection leaked: a ResourceWarning in about one run of these tests in fifteen)."""
    anna, bo = office.open("Anna"), office.open("Bo")
    bo_link = link_of(bo)
    assert bo.team_database is not None
    team = bo.team_database

    def exchanging() -> bool:
        if bo_link._exchange.acquire(blocking=False):
            bo_link._exchange.release()
            return False
        return True

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        bo_link.start()
        await _until(lambda: bo_link.state.connected)
        local_busy, release = threading.Event(), threading.Event()

        def hold_bos_local_store() -> None:  # e.g. a long write of the window's own
            with bo.database.transaction("a long local write"):
                local_busy.set()
                release.wait(timeout=10)

        holder = threading.Thread(target=hold_bos_local_store)
        holder.start()
        try:
            await asyncio.to_thread(local_busy.wait, 5)
            anna.cache.upsert(never_sent(account, pdf, "Pulled while Bo closes"))
            await link_of(anna).sync_once()  # announced: Bo's link starts a pull, which waits for the store
            await _until(exchanging)
            closing = asyncio.create_task(bo_link.aclose())
            await asyncio.sleep(0.2)
            assert not closing.done()  # still waiting for the pull
        finally:
            release.set()
            await asyncio.to_thread(holder.join, 5)
        await closing
        assert not exchanging()
        team.close()  # what the app does next
        await asyncio.sleep(0.3)
        assert team._connection is None  # nothing reconnected behind its back

    _run(office, body)


# -- 4. claims ---------------------------------------------------------------------------------------------


def test_a_claim_whose_session_the_server_kills_is_released_and_the_send_lands_once(
    office: Office, sandbox: SandboxHandle, pdf: Path, migrated_team_dsn: str
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")
    assert anna.team_database is not None
    team = anna.team_database

    def claim_sessions() -> set[int]:
        with psycopg.connect(migrated_team_dsn, autocommit=True) as admin:
            rows = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'esign-desktop' "
                "AND state = 'idle in transaction' AND query LIKE '%outbox_leases%FOR UPDATE%'"
            ).fetchall()
        return {int(row[0]) for row in rows}

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        entry = anna.sender.submit(envelope_for(account, pdf, "Claimed, then the claimer's session died"))
        outcomes: list[SendOutcome] = []

        async def anna_claims_and_loses_her_session() -> None:
            async with TeamClaims(team, "anna-desktop").hold(entry.id) as held:
                assert held
                assert (await bo.sender.run(entry.id)).elsewhere  # held: Bo leaves it alone
                claims = await asyncio.to_thread(claim_sessions)
                assert len(claims) == 1
                assert await asyncio.to_thread(terminate, migrated_team_dsn, claims) == 1
                outcomes.append(await bo.sender.run(entry.id))  # the lock went with the session

        with pytest.raises(StorageError):  # Anna's desktop learns that its claim is gone
            await anna_claims_and_loses_her_session()
        [outcome] = outcomes
        assert outcome.sent, outcome.error
        again = await anna.sender.run(entry.id)  # Anna retries: finished, nothing is sent again
        assert again.sent
        assert not again.elsewhere
        assert bo.outbox.get(entry.id).state is OutboxState.SENT  # type: ignore[union-attr]
        signer = entry.envelope.parties[0].email  # unique to this envelope
        landed = [e for e in sandbox.envelopes() if any(p["email"] == signer for p in e["parties"])]
        assert [e["id"] for e in landed] == [outcome.envelope.remote_id]  # one envelope at the service

    _run(office, body)


# -- 5. catch-up -------------------------------------------------------------------------------------------


def test_a_desktop_that_was_off_catches_up_to_exactly_the_teams_register(
    office: Office, sandbox: SandboxHandle, pdf: Path, migrated_team_dsn: str
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")

    async def body() -> None:
        nonlocal bo
        account = await joined(sandbox, anna, bo)
        first = await anna.sender.send(envelope_for(account, pdf, "Sent while both ran"))
        assert first.sent, first.error
        doomed = never_sent(account, pdf, "Deleted while Bo was off")
        anna.cache.upsert(doomed)
        await link_of(anna).sync_once()
        await link_of(bo).sync_once()
        assert register(bo) == register(anna)
        await office.switch_off(bo)

        link_of(anna).start()
        await _until(lambda: link_of(anna).state.connected)
        second = await anna.sender.send(envelope_for(account, pdf, "Sent while Bo was off"))
        assert second.sent, second.error
        known = anna.cache.get(first.envelope.local_id)
        assert known is not None
        [recalled] = await EnvelopeActions(anna).run(Action.RECALL, [known])
        assert recalled.ok, recalled.message
        [deleted] = await EnvelopeActions(anna).run(Action.DELETE, [doomed])
        assert deleted.ok, deleted.message
        expected = register(anna)
        assert expected[first.envelope.local_id] is EnvelopeStatus.RECALLED
        assert doomed.local_id not in expected
        await _until(lambda: team_register(migrated_team_dsn) == {k: v.value for k, v in expected.items()})

        bo = office.open("Bo")
        link_of(bo).start()
        took = await _until(lambda: register(bo) == expected)
        print(f"catch-up of a desktop that was off: {took:.3f} s")
        await asyncio.sleep(2 * INTERVAL)
        assert register(bo) == register(anna) == expected

    _run(office, body)


# -- 6. late commits -----------------------------------------------------------------------------------------


class SlowDesktop:
    """A third desktop whose write to the team register stays uncommitted until `commit()`: its change takes
    its change number when written, and becomes visible (and announced) only later."""

    def __init__(self, dsn: str, write: Callable[[EnvelopeCache], object]) -> None:
        self._database = PostgresDatabase.open(dsn)
        self._write = write
        self._written = threading.Event()
        self._go = threading.Event()
        self._error: StorageError | None = None
        self._thread = threading.Thread(target=self._work, name="slow-desktop")

    def _work(self) -> None:
        try:
            with self._database.transaction("a slow desktop's write"):
                self._write(EnvelopeCache(self._database))
                self._written.set()
                self._go.wait(timeout=30)
        except StorageError as error:  # handed to the test
            self._error = error
            self._written.set()

    async def begin(self) -> None:
        self._thread.start()
        await asyncio.to_thread(self._written.wait, 10)
        if self._error is not None:
            raise self._error

    async def commit(self) -> None:
        self._go.set()
        await asyncio.to_thread(self._thread.join, 10)
        self._database.close()
        if self._error is not None:
            raise self._error


def seq_of(dsn: str, table: str, column: str, key: str) -> int:
    with psycopg.connect(dsn) as connection:
        row = connection.execute(
            f"SELECT seq FROM {table} WHERE {column} = %s",  # noqa: S608 - the tests' own names
            (key,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_changes_committed_out_of_change_number_order_all_reach_the_other_desktop(
    office: Office, sandbox: SandboxHandle, pdf: Path, migrated_team_dsn: str
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        early, late = never_sent(account, pdf, "Early"), never_sent(account, pdf, "Late")
        anna.cache.upsert_many([early, late])
        link_of(anna).start()
        link_of(bo).start()
        await _until(lambda: set(register(bo)) == {early.local_id, late.local_id})

        renamed = replace(early, name="Early, renamed by a slow desktop", updated_at=utc_now())
        slow = SlowDesktop(migrated_team_dsn, lambda cache: cache.upsert(renamed))
        await slow.begin()  # takes its change number now, commits later
        try:
            changed = replace(late, name="Late, renamed and committed first", updated_at=utc_now())
            anna.cache.upsert(changed)
            await _until(lambda: bo.cache.get(late.local_id) == changed)
        finally:
            await slow.commit()
        took = await _until(lambda: bo.cache.get(early.local_id) == renamed)
        print(f"a change committed late reached the other desktop: {took:.3f} s")
        assert seq_of(migrated_team_dsn, "envelopes", "local_id", early.local_id) < seq_of(
            migrated_team_dsn, "envelopes", "local_id", late.local_id
        )

    _run(office, body)


def test_deletions_committed_out_of_change_number_order_all_reach_the_other_desktop(
    office: Office, sandbox: SandboxHandle, pdf: Path, migrated_team_dsn: str
) -> None:
    anna, bo = office.open("Anna"), office.open("Bo")

    async def body() -> None:
        account = await joined(sandbox, anna, bo)
        early, late = never_sent(account, pdf, "Early"), never_sent(account, pdf, "Late")
        anna.cache.upsert_many([early, late])
        link_of(anna).start()
        link_of(bo).start()
        await _until(lambda: set(register(bo)) == {early.local_id, late.local_id})

        slow = SlowDesktop(migrated_team_dsn, lambda cache: cache.remove(early.local_id))
        await slow.begin()  # its tombstone takes its change number now, and is committed later
        try:
            [deleted] = await EnvelopeActions(anna).run(Action.DELETE, [late])
            assert deleted.ok, deleted.message
            await _until(lambda: bo.cache.get(late.local_id) is None)
        finally:
            await slow.commit()
        took = await _until(lambda: bo.cache.get(early.local_id) is None)
        print(f"a deletion committed late reached the other desktop: {took:.3f} s")
        assert seq_of(migrated_team_dsn, "team_deletions", "record_key", early.local_id) < seq_of(
            migrated_team_dsn, "team_deletions", "record_key", late.local_id
        )
        # Anna's own copy: the slow desktop's deletion reaches her as well.
        await _until(lambda: anna.cache.get(early.local_id) is None)

    _run(office, body)

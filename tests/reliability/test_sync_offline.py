"""The network goes away during sync and comes back: the loop never dies, catches up, and reports every status
change that happened meanwhile exactly once.

Two ways to lose the network: every request dropped by the sandbox (`drop_rate=1.0`), and the server
process stopped and started again on the same port (connection refused in between).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.sync import AccountSyncStatus, StatusChange, SyncIntervals, SyncService, SyncState
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability import sizes
from tests.reliability.sandbox_process import SandboxProcess
from tests.reliability.sending import SendingApp, one_signer_envelope

pytestmark = pytest.mark.reliability

ENVELOPES = sizes.current().sync_envelopes
QUICK = SyncIntervals(active=0.2, in_flight=0.2, idle=0.2, offline_max=0.6)
OFFLINE_PASSES = 3  # failed passes to sit through before the network comes back


async def until(condition: Callable[[], bool], within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


@pytest.mark.timeout(120 + ENVELOPES * 3)
@pytest.mark.parametrize("outage", ["requests_dropped", "server_stopped"])
def test_sync_catches_up_after_the_network_returns(tmp_path: Path, outage: str) -> None:
    server = SandboxProcess.start(tmp_path / "sandbox")
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    app = SendingApp(tmp_path / "home", server.info)
    kind = ProviderKind.ASSENTLY  # the polled service; GMO Sign's status arrives by callback only
    account = app.accounts.get(app.account_ids[kind])
    assert account is not None
    run = new_id()[:6]
    changes: list[StatusChange] = []
    reports: list[AccountSyncStatus] = []
    sync = SyncService(app.cache, app.accounts, app.provider_for, intervals=QUICK)
    sync.subscribe_account_status(reports.append)
    app.cache.subscribe(
        lambda writes: changes.extend(
            StatusChange(w.after, w.before.status if w.before else None, w.after.status)
            for w in writes
            if w.after is not None and (w.before is None or w.before.status is not w.after.status)
        )
    )
    decisions = {
        index: ("decline" if index % 3 == 2 else "sign") for index in range(ENVELOPES) if index % 4 != 3
    }
    final = {"sign": EnvelopeStatus.COMPLETED, "decline": EnvelopeStatus.REJECTED}

    def count(state: SyncState) -> int:
        return sum(1 for report in reports if report.state is state)

    async def scenario() -> tuple[list[str], bool]:
        remote_ids = []
        for index in range(ENVELOPES):
            envelope = one_signer_envelope(kind, account.id, pdf, f"Offline {run} #{index}")
            outcome = await app.sender.send(envelope)
            assert outcome.sent, outcome.error
            remote_ids.append(outcome.envelope.remote_id)
        loop = asyncio.create_task(sync.run_account(account.id))
        await until(lambda: count(SyncState.SYNCED) >= 1, 30, "the first pass")
        changes.clear()

        server.set_faults(drop_rate=1.0)
        for index, decision in decisions.items():
            party = server.envelope("assently", remote_ids[index])["parties"][0]["id"]
            server.act("assently", remote_ids[index], party, decision)
        if outage == "server_stopped":
            port, data = server.port, server.info
            server.stop()
        offline_before = count(SyncState.OFFLINE)
        await until(lambda: count(SyncState.OFFLINE) >= offline_before + OFFLINE_PASSES, 30, "offline passes")
        assert changes == []  # nothing could be seen while offline
        nonlocal_server = server
        if outage == "server_stopped":
            nonlocal_server = SandboxProcess.start(tmp_path / "sandbox", port=port)
            assert nonlocal_server.info.assently_token == data.assently_token
        else:
            server.set_faults(drop_rate=0.0)

        def caught_up() -> bool:
            latest = {c.envelope.remote_id: c.new_status for c in changes}
            return all(latest.get(remote_ids[i]) is final[d] for i, d in decisions.items())

        await until(caught_up, 60, "every change after the network came back")
        synced = count(SyncState.SYNCED)
        await until(lambda: count(SyncState.SYNCED) >= synced + 2, 30, "two more passes")
        alive = not loop.done()
        loop.cancel()
        await asyncio.gather(loop, return_exceptions=True)
        await app.aclose()
        if nonlocal_server is not server:
            nonlocal_server.stop()
        return remote_ids, alive

    try:
        remote_ids, alive = asyncio.run(scenario())
        cached = {remote: app.cache.get_by_remote(account.id, remote) for remote in remote_ids}
    finally:
        server.stop()
        app.close()

    assert alive  # the loop survived every failed pass
    seen = Counter((change.envelope.remote_id, change.new_status) for change in changes)
    assert [key for key, times in seen.items() if times > 1] == []  # no change reported twice
    for index in range(ENVELOPES):
        history = [c for c in changes if c.envelope.remote_id == remote_ids[index]]
        if index not in decisions:
            assert history == []  # untouched envelopes: nothing to report
            continue
        assert history[-1].new_status is final[decisions[index]]
        assert history[0].old_status is EnvelopeStatus.SENT
        assert all(a.new_status is b.old_status for a, b in itertools.pairwise(history))
        stored = cached[remote_ids[index]]
        assert stored is not None
        assert stored.status is final[decisions[index]]
    assert all(r.message for r in reports if r.state is SyncState.OFFLINE)  # the person is told why

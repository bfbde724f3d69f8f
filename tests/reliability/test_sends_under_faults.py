"""N sends per provider while the sandbox fails 20% of calls: exactly N envelopes land, none twice, none lost.

The faults are split between 500/503 answers, connections dropped before anything happens, and requests that
are carried out with their answer lost. GMO Sign names its envelopes itself, so where the answer was lost
the app learns the id only from the completion callback: the server's envelopes are counted by name.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.storage.outbox import OutboxState
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability import sizes
from tests.reliability.sandbox_process import SandboxProcess
from tests.reliability.sending import SANDBOX_PROVIDER, SendingApp, one_signer_envelope

pytestmark = pytest.mark.reliability

FAULTS = {"error_rate": 0.07, "drop_rate": 0.07, "lost_response_rate": 0.06, "rate_limit": False}
CONCURRENT_SENDS = 8
SENDS = sizes.current().sends


@pytest.mark.timeout(60 + SENDS // 4)
@pytest.mark.parametrize("kind", [ProviderKind.ASSENTLY, ProviderKind.GMOSIGN])
def test_every_send_lands_exactly_once_under_faults(
    sandbox: SandboxProcess, tmp_path: Path, kind: ProviderKind
) -> None:
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    provider = SANDBOX_PROVIDER[kind]
    before = {e["id"] for e in sandbox.envelopes() if e["provider"] == provider}
    faults_before = sum(sandbox.stats()["faults"].get(provider, {}).values())
    run = new_id()[:8]
    app = SendingApp(tmp_path / "home", sandbox.info)
    envelopes = [
        one_signer_envelope(kind, app.account_ids[kind], pdf, f"Load {run} #{number}")
        for number in range(SENDS)
    ]
    sandbox.set_faults(**FAULTS)

    async def send_all() -> list[bool]:
        gate = asyncio.Semaphore(CONCURRENT_SENDS)

        async def send_one(index: int) -> bool:
            async with gate:
                return (await app.sender.send(envelopes[index])).sent

        try:
            return await asyncio.gather(*(send_one(i) for i in range(SENDS)))
        finally:
            await app.aclose()

    try:
        results = asyncio.run(send_all())
    finally:
        sandbox.set_faults(error_rate=0.0, drop_rate=0.0, lost_response_rate=0.0)
    faults_injected = sum(sandbox.stats()["faults"].get(provider, {}).values()) - faults_before

    new_ids = {e["id"] for e in sandbox.envelopes() if e["provider"] == provider} - before
    names = Counter(sandbox.names_of(provider, new_ids))
    expected = {envelope.name for envelope in envelopes}
    duplicated = sorted(name for name, count in names.items() if count > 1)
    lost = sorted(expected - set(names))
    journal = [app.outbox.for_envelope(envelope.local_id) for envelope in envelopes]
    cached = [app.cache.get(envelope.local_id) for envelope in envelopes]
    app.close()
    print(
        f"{kind.value}: {SENDS} sends, {faults_injected} faults injected, "
        f"{len(new_ids)} envelopes on the server"
    )

    assert faults_injected > SENDS // 10  # the faults really happened
    assert all(results)
    assert duplicated == []
    assert lost == []
    assert set(names) == expected
    assert len(new_ids) == SENDS
    assert all([entry.state for entry in entries] == [OutboxState.SENT] for entries in journal)
    assert all(envelope is not None and envelope.status is EnvelopeStatus.SENT for envelope in cached)
    if kind is ProviderKind.ASSENTLY:  # we chose every case id before the first request
        assert {envelope.remote_id for envelope in cached if envelope} == new_ids
    else:
        assert {envelope.remote_id for envelope in cached if envelope} - {""} <= new_ids
    assert sandbox.integrity()["ok"]

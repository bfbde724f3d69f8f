"""200 envelopes through the outbox under 20% faults (errors, 429s, drops, lost responses) with the service's
call limit on: none twice, never a 429 of the limit's own; on Assently exactly 200 on the server (GMO Sign:
each one sent, or reported "may have been sent" when its signature request lost its answer).

The limit is 100 calls per window on both sides; the window is shortened to a few seconds (sandbox
`rate_limit_window_seconds`, client RateLimiter period) so hundreds of calls take seconds, not minutes.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind, new_id
from esign_desktop.providers.assently import PersonalAccessToken
from esign_desktop.providers.base import Provider
from esign_desktop.providers.factory import open_provider
from esign_desktop.providers.gmosign import GmoSignCredentials
from esign_desktop.providers.rate_limit import RateLimiter
from esign_desktop.services.outbox_sender import OutboxSender
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import envelope_for
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.integration

WINDOW_SECONDS = 3.0
ENVELOPES = 200


@pytest.mark.timeout(300)
@pytest.mark.parametrize("provider_kind", [ProviderKind.ASSENTLY, ProviderKind.GMOSIGN])
def test_200_sends_under_faults_land_once_each_within_the_call_limit(
    sandbox: SandboxHandle,
    app_home: Path,
    tmp_path: Path,
    provider_kind: ProviderKind,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = LocalStore.open(AppPaths.under(app_home))
    account = _account(store, provider_kind)
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    envelopes = [envelope_for(account, pdf, f"Load {i} {new_id()[:6]}") for i in range(ENVELOPES)]
    before = {e["id"] for e in sandbox.envelopes()}
    stats_before = sandbox.control.get("/_sandbox/stats").json()
    sandbox.set_faults(
        error_rate=0.1, drop_rate=0.05, lost_response_rate=0.05, rate_limit=True,
        rate_limit_window_seconds=WINDOW_SECONDS,
    )  # fmt: skip

    async def send_all() -> list[bool]:
        provider = _provider(sandbox, provider_kind)
        sender = OutboxSender(
            store.outbox, store.envelopes, lambda _id: provider, base_delay=0.05, max_attempts=40
        )
        try:
            results = await asyncio.gather(*(sender.send(e) for e in envelopes))
        finally:
            await provider.aclose()
        return [r.sent or "check GMO Sign" in r.error for r in results]

    try:
        results = asyncio.run(send_all())
    finally:
        sandbox.set_faults(
            error_rate=0.0, drop_rate=0.0, lost_response_rate=0.0, rate_limit_window_seconds=60
        )
        store.database.close()

    assert all(results)  # sent, or (GMO Sign, answer lost) reported "may have been sent"
    new = [e for e in sandbox.envelopes() if e["id"] not in before]
    names = Counter(sandbox.envelope(e["provider"], e["id"])["name"] for e in new)
    assert max(names.values()) == 1  # none twice
    if provider_kind is ProviderKind.ASSENTLY:
        assert len(new) == ENVELOPES
        assert len({e["id"] for e in new}) == ENVELOPES
    else:  # a signature request whose answer was lost is not repeated: it may or may not be there
        assert len(new) <= ENVELOPES
    stats = sandbox.control.get("/_sandbox/stats").json()
    assert _rate_limited(stats, provider_kind) == _rate_limited(stats_before, provider_kind)  # never over


def _rate_limited(stats: dict[str, object], provider: ProviderKind) -> int:
    faults = stats.get("faults", {})
    assert isinstance(faults, dict)
    per_provider = faults.get(provider.value, {})
    return int(per_provider.get("rate_limited", 0)) if isinstance(per_provider, dict) else 0


def _account(store: LocalStore, provider: ProviderKind) -> Account:
    return store.accounts.add(
        Account(provider=provider, name=provider.value, base_url="", state=AccountState.OK)
    )


def _provider(sandbox: SandboxHandle, provider: ProviderKind) -> Provider:
    info = sandbox.info
    limiter = RateLimiter(100, WINDOW_SECONDS)
    if provider is ProviderKind.ASSENTLY:
        return open_provider(
            provider,
            PersonalAccessToken(info.assently_token),
            base_url=info.assently_base_url,
            limiter=limiter,
        )
    credentials = GmoSignCredentials(info.gmo_customer_id, info.gmo_secret_key)
    return open_provider(provider, credentials, base_url=info.gmosign_base_url, limiter=limiter)

"""Every deviation profile of the sandbox (esign_desktop/sandbox/profiles.py), end to end through the outbox
and sync: exact envelope counts at the service, every case listed once, listings that end.

Each profile is a plausible reading of what the vendors' reference leaves unsaid; the client must be right
under all of them (docs/sandbox.md, "Deviation profiles").
"""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from esign_desktop.domain.model import Party, PartyRole, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.assently import AssentlyProvider, PersonalAccessToken
from esign_desktop.providers.base import EnvelopeQuery
from esign_desktop.sandbox import start_embedded
from esign_desktop.sandbox.profiles import Profile
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.outbox_sender import MAY_HAVE_BEEN_SENT, UNREPEATABLE_SENT
from esign_desktop.storage.outbox import OutboxEntry, OutboxState
from esign_desktop.storage.paths import AppPaths
from tests.integration.conftest import SandboxHandle, WebhookReceiver
from tests.integration.test_outbox_sender import add_account, envelope_for, run_then_close
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.integration

PAGING_PROFILES = [
    pytest.param((), id="contract"),
    pytest.param((Profile.ASSENTLY_IGNORES_PAGING,), id="ignores-paging"),
    pytest.param((Profile.ASSENTLY_PAGES_BY_25,), id="pages-by-25"),
    pytest.param((Profile.ASSENTLY_OTHER_STATUS_SPELLINGS,), id="other-spellings"),
]


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(app_home))
    yield context
    context.database.close()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "contract.pdf", [PageSpec()])


def _profiles(sandbox: SandboxHandle, profiles: tuple[Profile, ...]) -> None:
    sandbox.set_profiles(*(profile.value for profile in profiles))
    sandbox.set_faults(rate_limit=False)


def _assently_cases(sandbox: SandboxHandle) -> set[str]:
    return {e["id"] for e in sandbox.envelopes() if e["provider"] == "assently"}


def _fill_to_exactly_a_page(sandbox: SandboxHandle, pdf: Path, page: int = 100) -> None:
    """Direct createCase calls until the service holds a multiple of `page` cases: the case where "a full
    page means ask for the next" never ends if the service ignores paging."""
    data = base64.b64encode(pdf.read_bytes()).decode("ascii")
    missing = -len(_assently_cases(sandbox)) % page or (0 if _assently_cases(sandbox) else page)
    for index in range(missing):
        body = {
            "Id": str(uuid.uuid4()),
            "Name": f"Filler {index}",
            "Documents": [{"Filename": "filler.pdf", "Data": data}],
        }
        assert sandbox.assently.post("/v2/createCase", json=body).status_code == 200


@pytest.mark.timeout(300)
@pytest.mark.parametrize("profiles", PAGING_PROFILES)
def test_sends_land_once_and_sync_lists_every_case_once(
    sandbox: SandboxHandle, context: ServiceContext, pdf: Path, profiles: tuple[Profile, ...]
) -> None:
    _profiles(sandbox, profiles)
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    before = _assently_cases(sandbox)
    approver = Party(
        id="ap", role=PartyRole.APPROVER, name="Ann Approver", email=f"ann-{new_id()[:6]}@ex.com"
    )
    envelopes = [envelope_for(account, pdf, f"Profile {i} {new_id()[:6]}") for i in range(3)]
    envelopes.append(replace(envelopes[0], local_id=new_id(), name=f"Approval {new_id()[:6]}"))
    envelopes[-1] = replace(envelopes[-1], parties=(*envelopes[-1].parties, approver))

    async def send_all() -> list[bool]:
        return [(await context.sender.send(e)).sent for e in envelopes]

    assert all(run_then_close(context, send_all()))
    new = _assently_cases(sandbox) - before
    assert len(new) == len(envelopes)  # exact: nothing twice, nothing lost
    _fill_to_exactly_a_page(sandbox, pdf)
    everything = _assently_cases(sandbox)
    assert len(everything) % 100 == 0

    run_then_close(context, context.sync.sync_account(account))  # ends: the test would time out otherwise

    listed = [e.remote_id for e in context.cache.list(account_id=account.id)]
    assert Counter(listed) == Counter(everything)  # every case once, none dropped
    approval = context.cache.get(envelopes[-1].local_id)
    assert approval is not None
    assert approval.status is EnvelopeStatus.PENDING_APPROVAL
    for envelope in envelopes[:3]:
        cached = context.cache.get(envelope.local_id)
        assert cached is not None
        assert cached.status is EnvelopeStatus.SENT


@pytest.fixture(scope="module")
def one_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxHandle]:
    """A sandbox of its own holding exactly 100 Assently cases."""
    data_dir = tmp_path_factory.mktemp("one-page")
    server = start_embedded(data_dir)
    handle = SandboxHandle(server, data_dir)
    handle.set_faults(rate_limit=False)
    _fill_to_exactly_a_page(handle, make_pdf(data_dir / "filler.pdf", [PageSpec()]))
    yield handle
    handle.close()
    server.stop()


@pytest.mark.parametrize(
    ("profiles", "calls"),
    [
        pytest.param((), 2, id="contract"),  # one full page of 100, then an empty one
        pytest.param((Profile.ASSENTLY_IGNORES_PAGING,), 2, id="ignores-paging"),  # page 2 repeats page 1
        pytest.param((Profile.ASSENTLY_PAGES_BY_25,), 5, id="pages-by-25"),  # four pages of 25, then none
    ],
)
def test_listing_ends_after_the_first_page_with_nothing_new(
    one_page: SandboxHandle, profiles: tuple[Profile, ...], calls: int
) -> None:
    sandbox = one_page
    assert len(_assently_cases(sandbox)) == 100
    _profiles(sandbox, profiles)
    finds: list[str] = []

    async def count(request: httpx.Request) -> None:
        if request.url.path.lower().endswith("/findcases"):
            finds.append(request.url.params["Page"])

    async def listing() -> list[str]:
        provider = AssentlyProvider(
            sandbox.info.assently_base_url,
            PersonalAccessToken(sandbox.info.assently_token),
            transport=_Hooked(count),
        )
        try:
            page = await provider.list_envelopes(EnvelopeQuery(page_size=100))
        finally:
            await provider.aclose()
        return [e.remote_id for e in page.envelopes]

    listed = asyncio.run(listing())
    assert Counter(listed) == Counter(_assently_cases(sandbox))
    assert finds == [str(n) for n in range(1, calls + 1)]


class _Hooked(httpx.AsyncHTTPTransport):
    def __init__(self, hook: object) -> None:
        super().__init__()
        self._hook = hook

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._hook(request)  # type: ignore[operator]
        return await super().handle_async_request(request)


def test_a_hook_answer_without_location_still_delivers_and_sync_applies_it(
    sandbox: SandboxHandle,
    context: ServiceContext,
    pdf: Path,
    webhook_receiver: WebhookReceiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _profiles(sandbox, (Profile.ASSENTLY_HOOK_WITHOUT_LOCATION,))
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    provider = context.accounts.provider_for(account.id)
    envelope = envelope_for(account, pdf, f"Hooked {new_id()[:6]}")
    before = _assently_cases(sandbox)

    async def steps() -> str:
        subscription = await provider.subscribe("sent", webhook_receiver.url)
        assert await context.sender.send(envelope)
        return subscription.remote_id

    assert run_then_close(context, steps()) == ""  # kept, id unknown (and a warning logged)
    assert len(_assently_cases(sandbox) - before) == 1
    _path, _headers, body = webhook_receiver.wait_for(lambda _p, _h, b: b.get("Name") == envelope.name)
    change = context.sync.apply_event(account.id, provider.parse_status_event(body, "sent"))
    cached = context.cache.get(envelope.local_id)
    assert cached is not None
    assert cached.status is EnvelopeStatus.SENT
    assert change is None or change.envelope.local_id == envelope.local_id


@pytest.mark.timeout(240)
def test_gmo_reused_document_codes_never_duplicate_an_envelope(
    sandbox: SandboxHandle, context: ServiceContext, pdf: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Where a document code may be registered and used again, a repeated signature request would make a
    second envelope: lost answers and crashes must still leave exactly one per send."""
    _profiles(sandbox, (Profile.GMO_ACCEPTS_REUSED_DOCUMENT_CODE,))
    account = add_account(context, sandbox, ProviderKind.GMOSIGN)
    provider = context.accounts.provider_for(account.id)
    context.sender._base_delay = 0.01
    context.sender._max_delay = 0.5
    context.sender._max_attempts = 30
    names = Counter[str]()
    faulty = [envelope_for(account, pdf, f"Reuse {i} {new_id()[:6]}") for i in range(8)]
    crashed = envelope_for(account, pdf, f"Reuse crashed {new_id()[:6]}")
    before = {e["id"] for e in sandbox.envelopes()}

    async def steps() -> list[bool]:
        sandbox.set_faults(lost_response_rate=0.3, drop_rate=0.1, rate_limit=False)
        results = [(await context.sender.send(e)).sent for e in faulty]
        sandbox.set_faults(lost_response_rate=0.0, drop_rate=0.0)
        entry = context.sender.submit(crashed)
        context.outbox.transition(entry.id, OutboxState.CREATING)

        def note(codes: tuple[str, ...], entry: OutboxEntry = entry) -> None:
            extra = {**entry.match.extra, UNREPEATABLE_SENT: "1"}
            context.outbox.update_match(entry.id, replace(entry.match, document_codes=codes, extra=extra))

        await provider.create_envelope(entry.envelope, note)  # landed; the process "died" before recording
        results.append((await context.sender.run(entry.id)).sent)
        return results

    results = run_then_close(context, steps())
    new = [e for e in sandbox.envelopes() if e["id"] not in before]
    names.update(sandbox.envelope("gmosign", e["id"])["name"] for e in new)
    assert max(names.values()) == 1  # never two envelopes for one send
    assert names[crashed.name] == 1
    assert results[-1] is False
    for envelope, sent in zip([*faulty, crashed], results, strict=True):
        cached = context.cache.get(envelope.local_id)
        assert cached is not None
        if sent:
            assert names[envelope.name] == 1
        else:
            assert cached.provider_status == MAY_HAVE_BEEN_SENT
    assert len(new) >= sum(results)


def test_gmo_coordinate_profiles_are_declared() -> None:
    """Their stamping and calibration are documented in docs/accounts-check.md; the names are here."""
    assert Profile("gmosign_bottom_left_origin") is Profile.GMO_BOTTOM_LEFT_ORIGIN
    assert Profile("gmosign_unrotated_page") is Profile.GMO_UNROTATED_PAGE

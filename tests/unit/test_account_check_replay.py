"""Recorded account checks (tests/fixtures/account_check) played back through the real clients.

A recording from the field becomes a regression test by adding its folder: the check is run again on the
recorded answers and everything the client relies on must still match.
"""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path

import httpx
import pytest

from esign_desktop.domain.model import ProviderKind
from esign_desktop.providers.base import Provider
from esign_desktop.providers.credentials import GmoSignCredentials, PersonalAccessToken
from esign_desktop.providers.factory import open_provider
from esign_desktop.services.account_check import AccountCheck
from esign_desktop.services.account_check_report import AccountCheckReport, Outcome
from esign_desktop.services.exchange_recording import EXCHANGES_FILE, Recording, ReplayTransport
from esign_desktop.storage.accounts import Account

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "account_check"
RECORDINGS = sorted(path for path in FIXTURES.iterdir() if (path / EXCHANGES_FILE).is_file())
_BASE = {
    ProviderKind.ASSENTLY: "https://replay.example",
    ProviderKind.GMOSIGN: "https://replay.example/gmosign",
}


def replay(recording: Recording) -> tuple[AccountCheckReport, ReplayTransport]:
    kind = ProviderKind(recording.provider)
    base_url = _BASE[kind]
    transport = ReplayTransport(recording, base_path=httpx.URL(base_url).path.rstrip("/"))

    def opener(_account: Account, wrapped: httpx.AsyncBaseTransport) -> Provider:
        credentials = (
            PersonalAccessToken("replay-token")
            if kind is ProviderKind.ASSENTLY
            else GmoSignCredentials("replay-customer", "replay-secret")
        )
        return open_provider(kind, credentials, base_url=base_url, transport=wrapped)

    account = Account(provider=kind, name="replay", base_url=base_url)
    check = AccountCheck(opener, inner_transport=lambda: transport)
    report = asyncio.run(check.run(account, base_url, check_id=recording.check_id))
    return report, transport


def test_there_are_recordings_for_both_services() -> None:
    assert {Recording.read(path).provider for path in RECORDINGS} == {"assently", "gmosign"}


@pytest.mark.parametrize("folder", RECORDINGS, ids=[path.name for path in RECORDINGS])
def test_a_recorded_check_still_matches_everything_the_client_relies_on(folder: Path) -> None:
    recording = Recording.read(folder)
    report, transport = replay(recording)
    assert report.ok, report.text()
    assert transport.remaining == 0  # the client made exactly the recorded calls
    recorded_report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert [item["key"] for item in recorded_report["items"]] == [item.key for item in report.items]


def test_a_departure_in_a_recorded_answer_is_reported_with_its_place_and_reason() -> None:
    original = Recording.read(FIXTURES / "sandbox-assently")
    exchanges = copy.deepcopy(list(original.exchanges))
    read_back = next(e for e in exchanges if e["step"] == "assently.read_back")
    case = read_back["response"]["json"]
    case["Status"] = "Drafted"
    del case["Documents"][0]["Id"]
    report, _ = replay(Recording(original.provider, original.check_id, tuple(exchanges)))
    assert not report.ok
    item = next(i for i in report.items if i.key == "assently.read_back")
    assert item.outcome is Outcome.MISMATCH
    problems = " | ".join(f.text for f in item.mismatches)
    assert "Status is “Drafted”, a word the client does not know" in problems
    assert "Documents[0].Id is missing" in problems


def test_a_refused_connection_fails_that_step_and_skips_nothing_it_does_not_need() -> None:
    original = Recording.read(FIXTURES / "sandbox-gmosign")
    exchanges = copy.deepcopy(list(original.exchanges))
    exchanges[0]["response"] = {"status": 401, "headers": {}, "json": {"message": "bad credentials"}}
    report, _ = replay(Recording(original.provider, original.check_id, tuple(exchanges)))
    assert [item.outcome for item in report.items] == [Outcome.FAILED]
    assert "refused the account's credentials" in report.items[0].error


def test_a_repeated_list_request_gets_the_same_answer_and_a_wrong_call_fails() -> None:
    from esign_desktop.services.exchange_recording import ReplayMismatchError

    def exchange(path: str, status: int, body: object) -> dict[str, object]:
        return {
            "step": "s",
            "request": {"method": "GET", "path": path},
            "response": {"status": status, "headers": {"content-type": "application/json"}, "json": body},
        }

    recording = Recording(
        "assently",
        "id",
        (exchange("/api/v2/getCase", 404, {}), exchange("/api/v2/findCases", 200, [{"Id": "a"}])),
    )
    transport = ReplayTransport(recording)

    async def calls() -> list[int]:
        async with httpx.AsyncClient(base_url="https://replay.example", transport=transport) as client:
            statuses = [(await client.get("/api/v2/getCase")).status_code]
            with pytest.raises(
                ReplayMismatchError, match="POST /api/v2/createCase was sent where the recording"
            ):
                await client.post("/api/v2/createCase")
            first = await client.get("/api/v2/findCases")
            again = await client.get("/api/v2/findCases", params={"Page": 2})  # a next page: same answer
            assert again.json() == first.json()
            statuses += [first.status_code, again.status_code]
            with pytest.raises(ReplayMismatchError, match="the recording has no more answers"):
                await client.get("/api/v2/findTemplates")
            return statuses

    assert asyncio.run(calls()) == [404, 200, 200]

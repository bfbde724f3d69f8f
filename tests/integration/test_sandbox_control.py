"""The control API, signing pages, faults, rate limit, persistence across restarts, and the command line."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from esign_desktop.sandbox import start_embedded
from esign_desktop.sandbox.cli import main
from esign_desktop.sandbox.faults import RATE_LIMIT_CALLS
from tests.contract import assently_schemas, gmosign_schemas
from tests.contract.checker import assert_conforms
from tests.integration.conftest import SandboxHandle, assently_document

pytestmark = pytest.mark.integration

ENVELOPE_SUMMARY: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["provider", "id", "status", "parties"],
    "properties": {
        "provider": {"type": "string", "enum": ["assently", "gmosign"]},
        "id": {"type": "string"},
        "status": {"type": "string"},
        "parties": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "name", "email", "status", "signing_url"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "email": {"type": "string"},
                    "status": {"type": "string"},
                    "signing_url": {"type": "string", "pattern": r"^http://127\.0\.0\.1:\d+/_sandbox/sign/"},
                },
            },
        },
    },
}


def new_sent_case(sandbox: SandboxHandle, pdf: bytes, parties: int = 1) -> str:
    case_id = str(uuid.uuid4())
    body = {
        "Id": case_id,
        "Name": "Control test",
        "AllowedSignatureTypes": ["touch"],
        "Parties": [
            {"Name": f"Party {index}", "EmailAddress": f"p{index}@example.com"} for index in range(parties)
        ],
        "Documents": [assently_document(pdf)],
    }
    assert sandbox.assently.post("/v2/createCase", json=body).status_code == 200
    assert sandbox.assently.post("/v2/sendCase", params={"Id": case_id}).status_code == 200
    return case_id


def test_envelopes_lists_both_providers_in_the_documented_shape(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    case_id = new_sent_case(sandbox, sample_pdf)
    template = sandbox.gmo.post(
        "/envelopes/templates/T0001/transaction",
        json={
            "envelope_name": "Control",
            "is_web_hook": 2,
            "signer_list": [{"signer_type": 2, "sign_type": 1, "use_template": 1}],
        },
    )

    listed = sandbox.envelopes()

    assert_conforms(listed, {"type": "array", "items": ENVELOPE_SUMMARY})
    by_id = {item["id"]: item for item in listed}
    assert by_id[case_id]["provider"] == "assently"
    assert by_id[case_id]["status"] == "Sent"
    assert by_id[template.json()["envelope_xid"]]["provider"] == "gmosign"


def test_sign_and_decline_errors_are_clear(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = new_sent_case(sandbox, sample_pdf)
    [party] = sandbox.envelope("assently", case_id)["parties"]

    assert sandbox.act("assently", str(uuid.uuid4()), party["id"]).status_code == 404
    assert sandbox.act("assently", case_id, "zzzz").status_code == 404
    assert sandbox.act("docusign", case_id, party["id"]).status_code == 404
    assert (
        sandbox.control.post(
            f"/_sandbox/envelopes/assently/{case_id}/parties/{party['id']}/maybe"
        ).status_code
        == 404
    )
    assert sandbox.act("assently", case_id, party["id"], "decline").status_code == 200
    again = sandbox.act("assently", case_id, party["id"])
    assert again.status_code == 409
    assert again.json()["message"]


def test_signing_page_shows_the_document_and_signs(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = new_sent_case(sandbox, sample_pdf)
    [party] = sandbox.envelopes()[[item["id"] for item in sandbox.envelopes()].index(case_id)]["parties"]

    page = httpx.get(party["signing_url"])
    assert page.status_code == 200
    assert "Control test" in page.text
    assert "<button>Sign</button>" in page.text
    document_path = page.text.split('href="')[1].split('"')[0]
    assert httpx.get(sandbox.base_url + document_path).content == sample_pdf

    csrf = page.text.split('name=csrf value="')[1].split('"')[0]
    signed = httpx.post(party["signing_url"] + "/sign", data={"csrf": csrf}, follow_redirects=True)

    assert signed.status_code == 200
    assert "recorded" in signed.text
    assert "<button>" not in signed.text
    assert sandbox.envelope("assently", case_id)["status"] == "Finished"
    assert httpx.get(sandbox.base_url + "/_sandbox/sign/unknown-token").status_code == 404


def test_clock_rejects_nonsense(sandbox: SandboxHandle) -> None:
    for body in ({"advance_days": -1}, {"advance_days": "2"}, {}, {"advance_days": True}):
        assert sandbox.control.post("/_sandbox/clock", json=body).status_code == 400
    now = sandbox.control.get("/_sandbox/clock").json()["now"]
    assert sandbox.advance_days(0)["now"] >= now


def test_fault_settings_are_validated(sandbox: SandboxHandle) -> None:
    for body in (
        {"error_rate": 1.5},
        {"latency_ms": -1},
        {"rate_limit": "no"},
        {"surprise": 1},
        {"rate_limit_window_seconds": 0.5},
    ):
        response = sandbox.control.put("/_sandbox/faults", json=body)
        assert response.status_code == 400
        assert response.json()["message"]


def test_error_faults_answer_500_503_or_429_in_each_services_shape(sandbox: SandboxHandle) -> None:
    sandbox.set_faults(error_rate=1.0)
    seen: set[int] = set()
    for _ in range(30):
        assently = sandbox.assently.get("/v2/findTemplates")
        gmo = sandbox.gmo.get("/documents/x", params={"download_type": 2, "operation": 1})
        for response in (assently, gmo):
            assert response.status_code in {500, 503, 429}
            seen.add(response.status_code)
            if response.status_code == 429:
                assert response.headers["retry-after"] == "1"
        assert_conforms(assently.json(), assently_schemas.ERROR)
        assert_conforms(gmo.json(), gmosign_schemas.ERROR)
    assert seen == {500, 503, 429}
    assert sandbox.control.get("/_sandbox/stats").status_code == 200  # the control API is never faulted
    assert sandbox.control.get("/_sandbox/stats").status_code == 200  # the control API is never faulted


def test_dropped_connection_does_nothing(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    sandbox.set_faults(drop_rate=1.0)
    case_id = str(uuid.uuid4())

    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # closed or reset, by timing
        sandbox.assently.post(
            "/v2/createCase", json={"Id": case_id, "Documents": [assently_document(sample_pdf)]}
        )

    assert case_id not in {item["id"] for item in sandbox.envelopes()}


def test_lost_response_still_commits_the_write(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    sandbox.set_faults(lost_response_rate=1.0)
    case_id = str(uuid.uuid4())

    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # closed or reset, by timing
        sandbox.assently.post(
            "/v2/createCase", json={"Id": case_id, "Documents": [assently_document(sample_pdf)]}
        )

    assert case_id in {item["id"] for item in sandbox.envelopes()}
    sandbox.set_faults(lost_response_rate=0.0)
    retry = sandbox.assently.post(
        "/v2/createCase", json={"Id": case_id, "Documents": [assently_document(sample_pdf)]}
    )
    assert retry.status_code == 409


def test_rate_limit_is_100_calls_per_minute_per_credential(sandbox: SandboxHandle) -> None:
    for _ in range(RATE_LIMIT_CALLS):
        assert sandbox.assently.get("/v2/findTemplates").status_code == 200

    limited = sandbox.assently.get("/v2/findTemplates")

    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert_conforms(limited.json(), assently_schemas.ERROR)
    # Another credential has its own window.
    assert sandbox.gmo.get("/documents/x", params={"download_type": 2, "operation": 1}).status_code == 404
    sandbox.set_faults(rate_limit=False)
    assert sandbox.assently.get("/v2/findTemplates").status_code == 200


def test_stats_count_requests_per_provider(sandbox: SandboxHandle) -> None:
    before = sandbox.control.get("/_sandbox/stats").json()
    sandbox.assently.get("/v2/findTemplates")
    sandbox.assently.get("/v2/findTemplates")
    sandbox.gmo.delete("/connect/none")

    after = sandbox.control.get("/_sandbox/stats").json()

    assert after["requests"]["assently"] - before["requests"].get("assently", 0) == 2
    assert after["requests"]["gmosign"] - before["requests"].get("gmosign", 0) == 1
    assert after["responses"]["gmosign"]["404"] >= 1
    assert set(after["envelopes"]) <= {"assently", "gmosign"}


def test_a_burst_with_20_percent_faults_never_corrupts_the_store(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    rng = random.Random(20)
    case_ids = [new_sent_case(sandbox, sample_pdf, parties=2) for _ in range(4)]
    sandbox.set_faults(error_rate=0.08, drop_rate=0.06, lost_response_rate=0.06, rate_limit=False)
    outcomes: dict[str, int] = {}
    for index in range(120):
        case_id = rng.choice(case_ids)
        try:
            if index % 4 == 0:
                response = sandbox.assently.post(
                    "/v2/createCase",
                    json={"Id": str(uuid.uuid4()), "Documents": [assently_document(sample_pdf)]},
                )
            elif index % 4 == 1:
                response = sandbox.assently.post(
                    "/v2/updateCaseMetadata", json={"Id": case_id, "Metadata": {"n": index}}
                )
            elif index % 4 == 2:
                response = sandbox.assently.post("/v2/remindCase", params={"Id": case_id})
            else:
                response = sandbox.assently.get("/v2/getCase", params={"Id": case_id})
            key = str(response.status_code)
        except httpx.TransportError:
            key = "transport"
        outcomes[key] = outcomes.get(key, 0) + 1
    sandbox.set_faults(error_rate=0.0, drop_rate=0.0, lost_response_rate=0.0)

    assert outcomes.get("transport", 0) > 0
    assert outcomes.get("500", 0) + outcomes.get("503", 0) > 0
    integrity = sandbox.control.get("/_sandbox/integrity").json()
    assert integrity == {"ok": True, "problems": []}
    for case_id in case_ids:
        response = sandbox.assently.get("/v2/getCase", params={"Id": case_id})
        assert_conforms(response.json(), assently_schemas.CASE)


def test_state_survives_a_restart(tmp_path: Path, sample_pdf: bytes) -> None:
    case_id = str(uuid.uuid4())
    with start_embedded(tmp_path / "data") as first:
        credentials = first.info.assently_token
        httpx.post(
            f"{first.info.assently_base_url}/api/v2/createCase",
            headers={"Authorization": credentials},
            json={"Id": case_id, "Name": "Persisted", "Documents": [assently_document(sample_pdf)]},
        ).raise_for_status()
        control = first.info.control_headers()
        httpx.post(
            f"{first.base_url}/_sandbox/clock", json={"advance_days": 5}, headers=control
        ).raise_for_status()
        first_now = httpx.get(f"{first.base_url}/_sandbox/clock", headers=control).json()["now"]

    with start_embedded(tmp_path / "data") as second:
        assert second.info.assently_token == credentials
        response = httpx.get(
            f"{second.info.assently_base_url}/api/v2/getCase",
            params={"Id": case_id},
            headers={"Authorization": credentials},
        )
        assert response.json()["Name"] == "Persisted"
        control = second.info.control_headers()  # a new secret for each run
        assert httpx.get(f"{second.base_url}/_sandbox/clock", headers=control).json()["now"] >= first_now
        assert httpx.get(f"{second.base_url}/_sandbox/integrity", headers=control).json()["ok"] is True


def test_embedded_server_stops_cleanly(tmp_path: Path) -> None:
    server = start_embedded(tmp_path / "data")
    url = server.base_url
    server.stop()

    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_sandbox/stats", timeout=2)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "esign_desktop.sandbox.cli", *args]


def test_serve_prints_exactly_one_ready_line(tmp_path: Path) -> None:
    process = subprocess.Popen(
        _cli("serve", "--port", "0", "--data", str(tmp_path / "data"), "--seed"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        ready = json.loads(process.stdout.readline())
        assert set(ready) == {"base_url", "assently", "gmosign", "control_secret"}
        assert set(ready["assently"]) == {"base_url", "token", "api_key", "api_secret"}
        assert set(ready["gmosign"]) == {"base_url", "customer_id", "secret_key"}
        assert ready["base_url"].startswith("http://127.0.0.1:")
        assert ready["assently"]["base_url"] == ready["base_url"] + "/assently"
        response = httpx.get(
            ready["assently"]["base_url"] + "/api/v2/findCases",
            params={"Status": "Finished"},
            headers={"Authorization": ready["assently"]["token"]},
        )
        assert len(response.json()) == 1
    finally:
        process.send_signal(signal.SIGINT)
        remaining, _ = process.communicate(timeout=15)
    assert remaining == ""
    assert process.returncode == 0


def test_help_documents_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["serve", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 0
    shown = capsys.readouterr().out

    assert "seed" in shown
    for option in ("--host", "--port", "--data", "--expire-days", "ready"):
        assert option in shown


def test_seed_makes_envelopes_in_every_status(tmp_path: Path) -> None:
    with start_embedded(tmp_path / "data", seed=True) as server:
        listed = httpx.get(
            f"{server.base_url}/_sandbox/envelopes", headers=server.info.control_headers()
        ).json()
    assert main(["seed", "--data", str(tmp_path / "data")]) == 0  # already seeded: changes nothing
    with start_embedded(tmp_path / "data", seed=True) as server:
        again = httpx.get(f"{server.base_url}/_sandbox/envelopes", headers=server.info.control_headers())
        assert len(again.json()) == len(listed)
    statuses = {(item["provider"], item["status"]) for item in listed}
    assert {status for provider, status in statuses if provider == "assently"} == {
        "Draft",
        "PendingApproval",
        "Sent",
        "Finished",
        "Rejected",
        "Recalled",
        "Expired",
    }
    assert {status for provider, status in statuses if provider == "gmosign"} == {
        "PendingApproval",
        "Sent",
        "Completed",
        "Declined",
        "Expired",
    }


def test_latency_fault_delays_the_emulated_apis_only(sandbox: SandboxHandle) -> None:
    sandbox.set_faults(latency_ms=150)

    slow = sandbox.assently.get("/v2/findTemplates")
    fast = sandbox.control.get("/_sandbox/info")

    assert slow.elapsed.total_seconds() >= 0.15
    assert fast.elapsed.total_seconds() < 0.15
    assert fast.json() == sandbox.info.to_json()

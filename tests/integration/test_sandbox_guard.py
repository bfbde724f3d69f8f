"""Issue 17, finding 7: the sandbox cannot be driven from a web page or by another local process. Only
loopback Host headers (DNS rebinding), a per-run secret on the control API and /_sandbox/info, no state change
on cross-site requests; the signing pages still work, with a CSRF token in their forms."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from esign_desktop.sandbox.guard import CONTROL_SECRET_HEADER
from tests.integration.conftest import SandboxHandle, assently_document

pytestmark = pytest.mark.integration


def sent_case(sandbox: SandboxHandle, pdf: bytes) -> tuple[str, dict[str, str]]:
    case_id = str(uuid.uuid4())
    case = {
        "Id": case_id,
        "Name": "Guard test",
        "AllowedSignatureTypes": ["touch"],
        "Documents": [assently_document(pdf)],
        "Parties": [{"Name": "Aiko Tanaka", "EmailAddress": "aiko@example.com"}],
    }
    sandbox.assently.post("/v2/createCase", json=case).raise_for_status()
    sandbox.assently.post("/v2/sendCase", params={"Id": case_id}).raise_for_status()
    [party] = sandbox.envelope("assently", case_id)["parties"]
    return case_id, party


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example", "10.0.0.5"])
@pytest.mark.parametrize(
    "path", ["/_sandbox/info", "/assently/api/v2/findCases", "/gmosign/customer/connect"]
)
def test_dns_rebinding_gets_nothing(sandbox: SandboxHandle, host: str, path: str) -> None:
    info = sandbox.info
    response = httpx.get(
        sandbox.base_url + path,
        headers={
            "Host": host,
            CONTROL_SECRET_HEADER: info.control_secret,
            "Authorization": info.assently_token,
        },
    )
    assert response.status_code == 421  # before: 200 with the demo credentials
    assert info.assently_token not in response.text
    assert info.gmo_secret_key not in response.text


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.0.0.1:{port}", "localhost:{port}"])
def test_loopback_host_names_are_served(sandbox: SandboxHandle, host: str) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    response = sandbox.control.get("/_sandbox/stats", headers={"Host": host.format(port=port)})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/_sandbox/info", None),
        ("GET", "/_sandbox/envelopes", None),
        ("POST", "/_sandbox/clock", {"advance_days": 5}),
        ("PUT", "/_sandbox/faults", {"error_rate": 1.0}),
    ],
)
@pytest.mark.parametrize("secret", [None, "", "wrong-secret"])
def test_the_control_api_needs_this_runs_secret(
    sandbox: SandboxHandle, method: str, path: str, body: object, secret: str | None
) -> None:
    before = sandbox.control.get("/_sandbox/clock").json()["offset_days"]
    headers = {} if secret is None else {CONTROL_SECRET_HEADER: secret}
    response = httpx.request(method, sandbox.base_url + path, json=body, headers=headers)
    assert response.status_code == 403
    assert sandbox.info.assently_token not in response.text
    assert sandbox.control.get("/_sandbox/clock").json()["offset_days"] == before
    assert sandbox.control.get("/_sandbox/faults").json()["error_rate"] == 0.0


def test_a_party_cannot_be_signed_for_without_the_secret(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id, party = sent_case(sandbox, sample_pdf)
    url = f"{sandbox.base_url}/_sandbox/envelopes/assently/{case_id}/parties/{party['id']}/sign"
    # A web page's form or fetch(): a simple cross-site POST, with or without an Origin header.
    for headers in ({}, {"Origin": "http://evil.example"}, {"Content-Type": "text/plain"}):
        assert httpx.post(url, headers=headers, content=b"x").status_code == 403
    assert sandbox.envelope("assently", case_id)["status"] == "Sent"
    assert sandbox.act("assently", case_id, party["id"]).status_code == 200  # with the secret: done


def test_cross_site_requests_change_nothing_even_with_the_secret(sandbox: SandboxHandle) -> None:
    before = sandbox.control.get("/_sandbox/clock").json()["offset_days"]
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
        response = sandbox.control.post("/_sandbox/clock", json={"advance_days": 3}, headers=headers)
        assert response.status_code == 403
    assert sandbox.control.get("/_sandbox/clock").json()["offset_days"] == before


def test_signing_pages_need_their_csrf_token(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id, party = sent_case(sandbox, sample_pdf)
    page = httpx.get(party["signing_url"])
    csrf = page.text.split('name=csrf value="')[1].split('"')[0]

    forged = [
        httpx.post(party["signing_url"] + "/sign"),  # no token
        httpx.post(party["signing_url"] + "/sign", data={"csrf": "0" * 32}),  # a guessed token
        httpx.post(  # the right token, from another site
            party["signing_url"] + "/sign", data={"csrf": csrf}, headers={"Origin": "http://evil.example"}
        ),
    ]
    assert [r.status_code for r in forged] == [403, 403, 403]
    assert sandbox.envelope("assently", case_id)["status"] == "Sent"

    origin = sandbox.base_url
    signed = httpx.post(
        party["signing_url"] + "/sign", data={"csrf": csrf}, headers={"Origin": origin}, follow_redirects=True
    )
    assert signed.status_code == 200
    assert "recorded" in signed.text
    assert sandbox.envelope("assently", case_id)["status"] == "Finished"


def test_the_emulated_services_still_answer_their_clients(sandbox: SandboxHandle) -> None:
    assert sandbox.assently.get("/v2/findCases").status_code == 200
    basic = base64.b64encode(
        f"{sandbox.info.gmo_customer_id}:{sandbox.info.gmo_secret_key}".encode()
    ).decode()
    assert httpx.get(
        sandbox.info.gmosign_base_url + "/customer/documents/0",
        params={"download_type": 2, "operation": 1},
        headers={"Authorization": f"Basic {basic}"},
    ).status_code in {400, 404}


def test_the_ready_line_carries_a_fresh_secret_each_run(tmp_path: Path) -> None:
    secrets = []
    for _ in range(2):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "esign_desktop.sandbox.cli",
                "serve",
                "--port",
                "0",
                "--data",
                str(tmp_path),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert process.stdout is not None
            ready = json.loads(process.stdout.readline())
            secret = ready["control_secret"]
            info_url = ready["base_url"] + "/_sandbox/info"
            assert httpx.get(info_url).status_code == 403
            assert httpx.get(info_url, headers={CONTROL_SECRET_HEADER: secret}).json() == ready
            secrets.append(secret)
        finally:
            process.terminate()
            process.wait(10)
            if process.stdout is not None:
                process.stdout.close()
    assert len(set(secrets)) == 2
    assert all(len(s) >= 24 for s in secrets)
    assert (tmp_path.stat().st_mode & 0o077) == 0  # the sandbox's folder: this user only

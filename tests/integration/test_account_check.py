"""`esign accounts check` against the real sandbox: a real process, harmless calls, a redacted recording."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.integration.conftest import SandboxHandle
from tests.integration.test_cli import esign

pytestmark = pytest.mark.integration


def _add_accounts(home: Path, sandbox: SandboxHandle) -> None:
    info = sandbox.info
    added = esign(
        home, "accounts", "add", "--provider", "assently", "--name", "A",
        "--base-url", info.assently_base_url, stdin=info.assently_token + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    added = esign(
        home, "accounts", "add", "--provider", "gmosign", "--name", "G",
        "--customer-id", info.gmo_customer_id, "--base-url", info.gmosign_base_url,
        stdin=info.gmo_secret_key + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def test_the_check_matches_the_sandbox_and_records_without_secrets(
    app_home: Path, sandbox: SandboxHandle, tmp_path: Path
) -> None:
    _add_accounts(app_home, sandbox)
    before = {e["id"] for e in sandbox.envelopes()}
    for name, steps in (("A", 5), ("G", 1)):
        folder = tmp_path / f"record-{name}"
        result = esign(app_home, "accounts", "check", name, "--record", str(folder), "--json")
        assert result.returncode == 0, result.stdout + result.stderr
        report = json.loads(result.stdout)
        assert report["ok"] is True
        assert [item["outcome"] for item in report["items"]] == ["matched"] * steps
        recorded = (folder / "exchanges.json").read_text(encoding="utf-8")
        info = sandbox.info
        basic = base64.b64encode(f"{info.gmo_customer_id}:{info.gmo_secret_key}".encode()).decode()
        for secret in (info.assently_token, info.gmo_secret_key, basic):
            assert secret not in recorded
            assert secret not in (folder / "report.json").read_text(encoding="utf-8")
        assert '"authorization": "***"' in recorded
    # The draft was deleted again: the check leaves nothing behind at the service.
    assert {e["id"] for e in sandbox.envelopes()} == before


def test_a_refused_credential_is_reported_and_exits_1(app_home: Path, sandbox: SandboxHandle) -> None:
    info = sandbox.info
    added = esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Wrong",
        "--base-url", info.assently_base_url, stdin="not-the-token\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    result = esign(app_home, "accounts", "check", "Wrong")
    assert result.returncode == 1
    assert "[FAILED] Get a case that cannot exist" in result.stdout
    assert "refused the account's credentials" in result.stdout
    assert "[-] Find one page of cases" in result.stdout
    assert "Not everything matched" in result.stdout


def test_calibrate_from_the_command_line_in_two_steps(app_home: Path, sandbox: SandboxHandle) -> None:
    _add_accounts(app_home, sandbox)
    sandbox.set_profiles("gmosign_bottom_left_origin")
    refused = esign(app_home, "calibrate", "--account", "G", "--finish")
    assert refused.returncode == 2
    assert "No calibration was sent" in refused.stderr

    sent = esign(app_home, "calibrate", "--account", "G", "--email", "me@example.com")
    assert sent.returncode == 0, sent.stderr
    assert "--finish" in sent.stdout
    early = esign(app_home, "calibrate", "--account", "G", "--finish")
    assert early.returncode == 1
    assert "No stamp found yet" in early.stdout

    [envelope] = [
        e for e in sandbox.envelopes() if e["provider"] == "gmosign" and e["status"] != "Completed"
    ][-1:]
    for party in envelope["parties"]:
        assert sandbox.act("gmosign", envelope["id"], party["id"]).status_code == 200
    done = esign(app_home, "calibrate", "--account", "G", "--finish")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "measured from the bottom-left corner" in done.stdout
    assert "The account now stores it" in done.stdout
    again = esign(app_home, "calibrate", "--account", "G", "--finish")
    assert again.returncode == 2  # done: nothing pending any more

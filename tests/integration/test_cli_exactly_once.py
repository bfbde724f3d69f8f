"""`esign` creates and sends through the outbox journal: a repeated command returns the first envelope, a
create notifies nobody on either service, and remind/recall/delete follow the app's action policy."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import SandboxHandle
from tests.integration.test_cli import esign, spec  # noqa: F401 - the spec fixture

pytestmark = pytest.mark.integration


def add_accounts(home: Path, sandbox: SandboxHandle) -> None:
    info = sandbox.info
    assert esign(
        home, "accounts", "add", "--provider", "assently", "--name", "A",
        "--base-url", info.assently_base_url, stdin=info.assently_token,
    ).returncode == 0  # fmt: skip
    assert esign(
        home, "accounts", "add", "--provider", "gmosign", "--name", "G", "--customer-id",
        info.gmo_customer_id, "--base-url", info.gmosign_base_url, stdin=info.gmo_secret_key,
    ).returncode == 0  # fmt: skip


@pytest.fixture
def gmo_spec(spec: Path) -> Path:  # noqa: F811
    """The same envelope with GMO Sign's e-signature sign type."""
    document = json.loads(spec.read_text(encoding="utf-8"))
    for party in document["parties"]:
        party["sign_type"] = "1"
    path = spec.with_name("gmo.json")
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def ids_on(sandbox: SandboxHandle, provider: str) -> set[str]:
    return {e["id"] for e in sandbox.envelopes() if e["provider"] == provider}


def test_assently_create_makes_one_draft_and_a_repeat_returns_it(
    app_home: Path,
    sandbox: SandboxHandle,
    spec: Path,  # noqa: F811
) -> None:
    add_accounts(app_home, sandbox)
    before = ids_on(sandbox, "assently")
    first = esign(app_home, "envelopes", "create", str(spec), "--account", "A")
    assert first.returncode == 0, first.stderr
    case_id = first.stdout.strip()
    again = esign(app_home, "envelopes", "create", str(spec), "--account", "A")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == case_id
    assert ids_on(sandbox, "assently") - before == {case_id}
    assert sandbox.envelope("assently", case_id)["status"].lower() == "draft"  # nobody was notified

    refused = esign(app_home, "envelopes", "remind", case_id)  # the action policy: a draft has no signer
    assert refused.returncode == 2
    assert "cannot remind" in refused.stderr

    sent = esign(app_home, "envelopes", "create", str(spec), "--account", "A", "--send")
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == case_id  # the same envelope, now sent
    assert ids_on(sandbox, "assently") - before == {case_id}
    assert sandbox.envelope("assently", case_id)["status"].lower() != "draft"

    journal = json.loads(esign(app_home, "outbox", "list", "--json").stdout)
    assert [(e["state"], e["envelope"]) for e in journal] == [("drafted", case_id), ("sent", case_id)]
    assert esign(app_home, "outbox", "list", "--pending").stdout == ""

    reminded = esign(app_home, "envelopes", "remind", case_id)
    assert reminded.returncode == 0, reminded.stderr
    recalled = esign(app_home, "envelopes", "recall", case_id)
    assert recalled.returncode == 0, recalled.stderr
    shown = json.loads(esign(app_home, "envelopes", "show", case_id, "--json").stdout)
    assert shown["status"] == "recalled"


def test_gmo_create_stays_local_until_send_and_a_new_key_makes_a_new_envelope(
    app_home: Path,
    sandbox: SandboxHandle,
    gmo_spec: Path,
) -> None:
    add_accounts(app_home, sandbox)
    before = ids_on(sandbox, "gmosign")
    created = esign(app_home, "envelopes", "create", str(gmo_spec), "--account", "G")
    assert created.returncode == 0, created.stderr
    local_id = created.stdout.strip()
    assert ids_on(sandbox, "gmosign") == before  # GMO Sign has no drafts: nothing went out
    listed = json.loads(esign(app_home, "envelopes", "list", "--offline", "--json").stdout)
    assert [(e["local_id"], e["status"]) for e in listed] == [(local_id, "draft")]

    sent = esign(app_home, "envelopes", "send", local_id)
    assert sent.returncode == 0, sent.stderr
    remote_id = sent.stdout.strip()
    assert ids_on(sandbox, "gmosign") - before == {remote_id}
    repeated = esign(app_home, "envelopes", "create", str(gmo_spec), "--account", "G", "--send")
    assert (repeated.returncode, repeated.stdout.strip()) == (0, remote_id)
    resent = esign(app_home, "envelopes", "send", remote_id)
    assert resent.returncode == 2
    assert "not a draft" in resent.stderr

    other = esign(
        app_home,
        "envelopes",
        "create",
        str(gmo_spec),
        "--account",
        "G",
        "--send",
        "--idempotency-key",
        "second",
    )
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() not in {remote_id, local_id}
    assert len(ids_on(sandbox, "gmosign") - before) == 2
    deleted = esign(app_home, "envelopes", "delete", other.stdout.strip())
    assert deleted.returncode in {0, 3}, deleted.stderr  # per the service's capabilities


def test_a_rerun_batch_sends_only_the_rows_that_never_went_out(
    app_home: Path,
    sandbox: SandboxHandle,
    spec: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    add_accounts(app_home, sandbox)
    rows = tmp_path / "rows.csv"
    lines = ["name,p1.name,p1.email", "NDA 1,Aiko Tanaka,aiko@example.com", "NDA 2,Ken Sato,ken@example.com"]
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = ids_on(sandbox, "assently")
    first = esign(app_home, "batch", str(spec), "--csv", str(rows), "--account", "A")
    assert first.returncode == 0, first.stderr
    assert len(ids_on(sandbox, "assently") - before) == 2
    rows.write_text("\n".join([*lines, "NDA 3,Eva Lund,eva@example.com"]) + "\n", encoding="utf-8")
    second = esign(app_home, "batch", str(spec), "--csv", str(rows), "--account", "A")
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[:2] == first.stdout.splitlines()  # the same envelopes, not new ones
    assert len(ids_on(sandbox, "assently") - before) == 3


def test_ctrl_c_during_a_send_exits_130_and_resume_finishes_it_once(
    app_home: Path,
    sandbox: SandboxHandle,
    spec: Path,  # noqa: F811
) -> None:
    add_accounts(app_home, sandbox)
    before = ids_on(sandbox, "assently")
    sandbox.set_faults(error_rate=1.0, rate_limit=False)  # every request fails: the sender keeps retrying
    try:
        env = dict(
            os.environ,
            ESIGN_DESKTOP_HOME=str(app_home),
            PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
            ESIGN_TEST_KEYRING_FILE=str(app_home.parent / "test-keyring.json"),
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "esign_desktop.cli", "envelopes", "create", str(spec), "--account", "A",
             "--send"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        journal: list[dict[str, object]] = []
        for _ in range(60):  # the entry is journaled before the first request
            journal = json.loads(esign(app_home, "outbox", "list", "--pending", "--json").stdout or "[]")
            if journal or process.poll() is not None:
                break
        assert journal, "the send was never journaled"
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=60)
        assert process.returncode == 130, errors
        assert "esign outbox resume" in errors
    finally:
        sandbox.set_faults(error_rate=0.0, rate_limit=True)
    assert ids_on(sandbox, "assently") == before
    resumed = esign(app_home, "outbox", "resume")
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.split("\t")[1] == "sent"
    assert len(ids_on(sandbox, "assently") - before) == 1
    again = esign(app_home, "envelopes", "create", str(spec), "--account", "A", "--send")
    assert again.returncode == 0, again.stderr
    assert ids_on(sandbox, "assently") - before == {again.stdout.strip()}

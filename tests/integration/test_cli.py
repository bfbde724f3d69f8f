"""The `esign` CLI as an admin uses it: a real process, the real sandbox, the app's data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import SandboxHandle
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.integration


def esign(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        ESIGN_DESKTOP_HOME=str(home),
        PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
        ESIGN_TEST_KEYRING_FILE=str(home.parent / "test-keyring.json"),
    )
    return subprocess.run(
        [sys.executable, "-m", "esign_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    make_pdf(tmp_path / "nda.pdf", [PageSpec(), PageSpec(rotate=90)])
    document = {
        "name": "CLI NDA",
        "documents": [{"path": "nda.pdf"}],
        "parties": [
            {
                "id": "p1",
                "name": "Aiko Tanaka",
                "email": "aiko@example.com",
                "order": 1,
                "sign_type": "touch",
            },
            {"id": "p2", "name": "Bo Berg", "email": "bo@example.com", "order": 2, "sign_type": "touch"},
        ],
        "fields": [
            {"document": 0, "page": 1, "kind": "signature", "party": "p1", "rect": [10, 80, 40, 88]},
            {"document": 0, "page": 2, "kind": "signature", "party": "p2", "rect": [55, 80, 90, 88]},
            {
                "document": 0,
                "page": 1,
                "kind": "text",
                "party": "p1",
                "rect": [10, 20, 50, 25],
                "label": "title",
            },
        ],
    }
    path = tmp_path / "nda.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_secret_comes_from_stdin_and_never_from_arguments(app_home: Path, sandbox: SandboxHandle) -> None:
    info = sandbox.info
    added = esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Demo",
        "--base-url", info.assently_base_url, stdin=info.assently_token + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = esign(app_home, "accounts", "list", "--json")
    assert [a["name"] for a in json.loads(listed.stdout)] == ["Demo"]
    for path in app_home.rglob("*"):
        if path.is_file():
            assert info.assently_token.encode() not in path.read_bytes(), path
    refused = esign(app_home, "accounts", "add", "--provider", "gmosign", "--name", "G")
    assert refused.returncode == 2
    assert "--customer-id" in refused.stderr


def test_a_full_life_from_the_command_line(
    app_home: Path, sandbox: SandboxHandle, spec: Path, tmp_path: Path
) -> None:
    info = sandbox.info
    assert esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Demo",
        "--base-url", info.assently_base_url, stdin=info.assently_token,
    ).returncode == 0  # fmt: skip

    created = esign(app_home, "envelopes", "create", str(spec), "--account", "Demo")
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    assert len(case_id.splitlines()) == 1

    sent = esign(app_home, "envelopes", "send", case_id)
    assert sent.returncode == 0, sent.stderr
    shown = json.loads(esign(app_home, "envelopes", "show", case_id, "--json").stdout)
    assert (shown["id"], shown["name"], shown["status"]) == (case_id, "CLI NDA", "sent")
    assert [p["status"] for p in shown["parties"]] == ["waiting", "waiting"]

    first, second = sandbox.envelope("assently", case_id)["parties"]
    assert sandbox.act("assently", case_id, first["id"]).status_code == 200
    watched = esign(app_home, "watch", "--passes", "1")
    assert watched.returncode == 0, watched.stderr
    assert f"{case_id}\tsigned by {first['name']} (1 of 2)" in watched.stdout
    assert sandbox.act("assently", case_id, second["id"]).status_code == 200
    watched = esign(app_home, "watch", "--passes", "1")
    assert watched.returncode == 0, watched.stderr
    assert f"{case_id}\tsent -> completed" in watched.stdout

    out = tmp_path / "signed"
    downloaded = esign(app_home, "envelopes", "download", case_id, "--out", str(out))
    assert downloaded.returncode == 0, downloaded.stderr
    files = [Path(line) for line in downloaded.stdout.splitlines()]
    assert len(files) == 2  # the signed document and the receipt
    assert all(f.parent == out and f.read_bytes().startswith(b"%PDF") for f in files)
    assert b"/ByteRange" in files[0].read_bytes()  # digitally signed by the service


def test_bad_input_exits_2_and_service_errors_exit_3(
    app_home: Path, sandbox: SandboxHandle, spec: Path
) -> None:
    info = sandbox.info
    esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Demo",
        "--base-url", info.assently_base_url, stdin="not-the-token",
    )  # fmt: skip
    unknown = esign(app_home, "envelopes", "create", str(spec), "--account", "Nobody")
    assert unknown.returncode == 2
    assert "no account called “Nobody”" in unknown.stderr
    missing = esign(app_home, "envelopes", "create", str(spec.with_name("missing.json")), "--account", "Demo")
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    refused = esign(app_home, "envelopes", "create", str(spec), "--account", "Demo")
    assert refused.returncode == 3
    assert "not-the-token" not in refused.stderr


def test_batch_makes_one_envelope_per_row(
    app_home: Path, sandbox: SandboxHandle, spec: Path, tmp_path: Path
) -> None:
    info = sandbox.info
    esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Demo",
        "--base-url", info.assently_base_url, stdin=info.assently_token,
    )  # fmt: skip
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "name,p1.name,p1.email,field.title\n"
        "NDA Tanaka,Aiko Tanaka,aiko.t@example.com,CEO\n"
        "NDA Sato,Ken Sato,ken.sato@example.com,CFO\n",
        encoding="utf-8",
    )
    dry = esign(app_home, "batch", str(spec), "--csv", str(rows), "--account", "Demo", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == ["NDA Tanaka\tok (dry run)", "NDA Sato\tok (dry run)"]
    before = len(sandbox.envelopes())
    real = esign(app_home, "batch", str(spec), "--csv", str(rows), "--account", "Demo")
    assert real.returncode == 0, real.stderr
    assert len(sandbox.envelopes()) == before + 2
    bad = tmp_path / "bad.csv"
    bad.write_text("name,p9.email\nX,x@example.com\n", encoding="utf-8")
    refused = esign(app_home, "batch", str(spec), "--csv", str(bad), "--account", "Demo")
    assert refused.returncode == 2
    assert "unknown columns p9.email" in refused.stderr

"""The `esign` CLI in team mode (ESIGN_TEAM_DATABASE), as separate processes on two desktops' data folders:
the second desktop joins the first one's account with its own secret, sees what the first one sent, and
`esign team status` describes the team without showing a password."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import SandboxHandle

pytestmark = pytest.mark.integration


def esign(home: Path, dsn: str, user: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        ESIGN_DESKTOP_HOME=str(home),
        ESIGN_TEAM_DATABASE=dsn,
        ESIGN_USER_NAME=user,
        PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
        ESIGN_TEST_KEYRING_FILE=str(home / "test-keyring.json"),  # each desktop its own keyring
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


def test_two_desktops_share_an_account_and_the_register_from_the_command_line(
    tmp_path: Path,
    sandbox: SandboxHandle,
    spec: Path,
    migrated_team_dsn: str,
) -> None:
    anna, bo = tmp_path / "anna", tmp_path / "bo"
    info = sandbox.info
    for home, user in ((anna, "Anna"), (bo, "Bo")):
        home.mkdir()
        added = esign(
            home, migrated_team_dsn, user, "accounts", "add", "--provider", "assently", "--name", "Office",
            "--base-url", info.assently_base_url, stdin=info.assently_token,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    ids = [
        [a["id"] for a in json.loads(esign(h, migrated_team_dsn, u, "accounts", "list", "--json").stdout)]
        for h, u in ((anna, "Anna"), (bo, "Bo"))
    ]
    assert len(ids[0]) == 1
    assert ids[0] == ids[1]  # Bo's "Office" joined Anna's: one account for the team

    created = esign(
        anna, migrated_team_dsn, "Anna", "envelopes", "create", str(spec), "--account", "Office", "--send"
    )
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()

    listed = esign(bo, migrated_team_dsn, "Bo", "envelopes", "list", "--json", "--offline")
    assert listed.returncode == 0, listed.stderr
    rows = {row["id"]: row for row in json.loads(listed.stdout)}
    assert case_id in rows
    assert rows[case_id]["status"] == "sent"

    outbox = json.loads(esign(bo, migrated_team_dsn, "Bo", "outbox", "list", "--json").stdout)
    assert [(e["envelope"], e["state"], e["sent_by"]) for e in outbox] == [(case_id, "sent", "Anna")]

    status = esign(bo, migrated_team_dsn, "Bo", "team", "status", "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert sorted(d["user_name"] for d in report["desktops"]) == ["Anna", "Bo"]
    assert report["outbox"] == {"sent": 1}
    assert report["envelopes"] == 1


def test_the_address_shown_never_carries_the_password(tmp_path: Path, migrated_team_dsn: str) -> None:
    with_password = migrated_team_dsn.replace("postgres@", "postgres:Very-Secret-1@")
    status = esign(tmp_path, with_password, "Anna", "team", "status")
    assert status.returncode == 0, status.stderr
    assert "Very-Secret-1" not in status.stdout + status.stderr
    assert "team database: postgresql://postgres" in status.stdout

"""Eight office desktops (processes with their own data folders) on one team database and a faulty sandbox:
every draft is sent exactly once although desktops are SIGKILLed mid-send, the team stays within the account's
call limit, and every desktop lists every envelope.

The services' limit is 100 calls per 60 s; to keep the run short, both the sandbox's window and the team's
budget window are shortened to the same few seconds (ESIGN_TEAM_BUDGET_PERIOD): the rule checked is the same,
"no window holds more calls than the limit", on a faster clock.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from esign_desktop.domain.model import new_id
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability import sizes
from tests.reliability.sandbox_process import SandboxProcess

pytestmark = pytest.mark.reliability

ROOT = Path(__file__).resolve().parents[2]
DESKTOPS = 8
WINDOW_SECONDS = 5
FAULTS = {"error_rate": 0.05, "drop_rate": 0.05, "lost_response_rate": 0.05}


def _drafts() -> int:
    return 400 if sizes.current().full else 40


def desktop(home: Path, dsn: str, base_url: str, names: Path, pdf: Path, token: str) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        ESIGN_DESKTOP_HOME=str(home),
        ESIGN_TEAM_DATABASE=dsn,
        ESIGN_USER_NAME=home.name,
        ESIGN_TEAM_BUDGET_PERIOD=str(WINDOW_SECONDS),
        PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
        ESIGN_TEST_KEYRING_FILE=str(home / "keyring.json"),
        PYTHONPATH=str(ROOT),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.team.desktop_process", str(home), base_url, str(names), str(pdf)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(token + "\n")
    process.stdin.flush()
    return process


@pytest.mark.timeout(900)
def test_eight_desktops_send_every_draft_once_within_the_limit_and_all_list_them(
    sandbox: SandboxProcess, migrated_team_dsn: str, tmp_path: Path
) -> None:
    drafts = _drafts()
    seed = random.randrange(1_000_000)
    chooser = random.Random(seed)
    run = new_id()[:8]
    names = [f"team-{run}-{i}" for i in range(drafts)]
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    homes = [tmp_path / f"desk{i}" for i in range(DESKTOPS)]
    share = drafts // DESKTOPS
    lists = []
    for index, home in enumerate(homes):
        home.mkdir()
        path = home / "names.txt"
        path.write_text("\n".join(names[index * share : (index + 1) * share]) + "\n", encoding="utf-8")
        lists.append(path)
    info = sandbox.info
    before = {e["id"] for e in sandbox.envelopes() if e["provider"] == "assently"}
    limited_before = sandbox.stats()["faults"].get("assently", {}).get("rate_limited", 0)
    sandbox.set_faults(rate_limit=True, rate_limit_window_seconds=WINDOW_SECONDS, latency_ms=10, **FAULTS)
    print(f"eight desktops seed {seed}: {drafts} drafts")

    started = time.monotonic()
    running = {
        i: desktop(homes[i], migrated_team_dsn, info.assently_base_url, lists[i], pdf, info.assently_token)
        for i in range(DESKTOPS)
    }
    kills = 0
    for victim in chooser.sample(range(DESKTOPS), 3):  # three desktops die mid-send and come back
        time.sleep(chooser.uniform(1.5, 4.0))
        if running[victim].poll() is None:
            running[victim].send_signal(signal.SIGKILL)
            running[victim].communicate(timeout=30)
            kills += 1
        running[victim] = desktop(
            homes[victim], migrated_team_dsn, info.assently_base_url, lists[victim], pdf, info.assently_token
        )
    listed = []
    for i, process in running.items():
        output, errors = process.communicate(timeout=600)
        assert process.returncode == 0, f"desktop {i}: {errors[-2000:]}"
        listed.append(int(output.strip().splitlines()[-1]))
    took = time.monotonic() - started
    sandbox.set_faults(latency_ms=0, error_rate=0.0, drop_rate=0.0, lost_response_rate=0.0)

    new = {e["id"] for e in sandbox.envelopes() if e["provider"] == "assently"} - before
    landed = Counter(sandbox.names_of("assently", new))
    print(f"{drafts} drafts, {kills} desktops killed, {took:.1f} s, lists {listed}")
    assert sorted(landed) == sorted(names)  # every draft arrived
    assert max(landed.values()) == 1  # none twice
    limited = sandbox.stats()["faults"].get("assently", {}).get("rate_limited", 0) - limited_before
    assert limited == 0  # no window held more calls than the sandbox's limit
    # Every desktop lists every envelope: what each one sees once the others have shared their last writes
    # (the list a person opens afterwards; `esign envelopes list` takes the team's register first).
    wanted = set(names)
    for home in homes:
        shown = subprocess.run(
            [sys.executable, "-m", "esign_desktop.cli", "envelopes", "list", "--offline", "--json"],
            env=dict(
                os.environ,
                ESIGN_DESKTOP_HOME=str(home),
                ESIGN_TEAM_DATABASE=migrated_team_dsn,
                PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
                ESIGN_TEST_KEYRING_FILE=str(home / "keyring.json"),
            ),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert shown.returncode == 0, shown.stderr
        seen = {row["name"] for row in json.loads(shown.stdout)} & wanted
        assert seen == wanted, f"{home.name} lists {len(seen)} of {drafts}"

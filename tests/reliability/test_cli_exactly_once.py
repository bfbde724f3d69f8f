"""The `esign` CLI as a script drives it: separate processes against a faulty sandbox, each failed command run
again, and SIGKILLs at random moments. Counted on the sandbox: exactly one envelope per spec and per CSV row.

Assently only: there every step can be asked about, so exactly-once holds even when answers are lost. On GMO
Sign a lost answer to the signature request stops that envelope as "may have been sent" (at most once: see
test_sends_under_faults.py), which no retry may repeat.
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
ENVELOPES = sizes.current().cli_envelopes
KILLS = sizes.current().kills
FAULTS = {"error_rate": 0.07, "drop_rate": 0.07, "lost_response_rate": 0.06, "rate_limit": False}
MAX_RUNS = 20 + KILLS  # per command: a script gives up after that many tries (a kill spends one)


def esign_process(home: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        ESIGN_DESKTOP_HOME=str(home),
        PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
        ESIGN_TEST_KEYRING_FILE=str(home.parent / "test-keyring.json"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "esign_desktop.cli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


class Script:
    """Runs a command until it exits 0, killing some runs at a random moment (within the kill budget)."""

    def __init__(self, home: Path, chooser: random.Random, kills: int) -> None:
        self.home = home
        self.chooser = chooser
        self.kills_left = kills
        self.runs = 0
        self.lives: dict[str, float] = {}  # seconds a run of each command took when not killed

    def until_done(self, *args: str) -> str:
        """A killed run dies at a random moment within the usual life of this command (measured on its
        runs that were not killed; a CLI process spends about a second starting up), so kills land while
        it creates and sends."""
        for _ in range(MAX_RUNS):
            self.runs += 1
            life = self.lives.get(args[0], 2.5 if args[0] != "batch" else 1.0 + ENVELOPES)
            kill = self.kills_left > 0 and self.chooser.random() < 0.5
            started = time.monotonic()
            process = esign_process(self.home, *args)
            try:
                output, errors = process.communicate(timeout=self.chooser.uniform(0.3, life) if kill else 300)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.communicate(timeout=30)
                self.kills_left -= 1
                continue
            self.lives[args[0]] = time.monotonic() - started
            if process.returncode == 0:
                return output
            assert process.returncode == 3, f"{args}: exit {process.returncode}: {errors}"
            assert "esign outbox resume" in errors or "run the same batch again" in errors, errors
        raise AssertionError(f"{args} did not succeed in {MAX_RUNS} runs")


def spec_file(folder: Path, name: str, pdf: Path) -> Path:
    document = {
        "name": name,
        "documents": [{"path": str(pdf)}],
        "parties": [
            {"id": "p1", "name": "Aiko Tanaka", "email": "aiko@example.com", "order": 1, "sign_type": "touch"}
        ],
        "fields": [{"document": 0, "page": 1, "kind": "signature", "party": "p1", "rect": [10, 80, 40, 88]}],
    }
    path = folder / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.timeout(300 + ENVELOPES * 60)
def test_cli_sends_each_spec_and_row_once_under_faults_and_kills(
    sandbox: SandboxProcess, tmp_path: Path
) -> None:
    seed = random.randrange(1_000_000)
    chooser = random.Random(seed)
    print(f"cli exactly-once seed {seed}: {ENVELOPES} specs, {ENVELOPES} rows, up to {KILLS} kills")
    home = tmp_path / "home"
    home.mkdir()
    adding = esign_process(
        home, "accounts", "add", "--provider", "assently", "--name", "A",
        "--base-url", sandbox.info.assently_base_url,
    )  # fmt: skip
    _, errors = adding.communicate(sandbox.info.assently_token + "\n", timeout=60)
    assert adding.returncode == 0, errors
    pdf = make_pdf(tmp_path / "nda.pdf", [PageSpec()])
    run = new_id()[:8]
    specs = [spec_file(tmp_path, f"cli-{run}-spec-{i}", pdf) for i in range(ENVELOPES)]
    rows = tmp_path / "rows.csv"
    lines = [f"cli-{run}-row-{i},Signer {i},signer{i}@example.com" for i in range(ENVELOPES)]
    rows.write_text("name,p1.name,p1.email\n" + "\n".join(lines) + "\n", encoding="utf-8")
    before = {e["id"] for e in sandbox.envelopes() if e["provider"] == "assently"}

    sandbox.set_faults(latency_ms=20, **FAULTS)
    script = Script(home, chooser, KILLS)
    printed = {}
    for spec in specs:
        printed[spec.stem] = script.until_done("envelopes", "create", str(spec), "--account", "A", "--send")
        if chooser.random() < 0.5:  # a script that runs the same create again gets the same envelope
            again = script.until_done("envelopes", "create", str(spec), "--account", "A", "--send")
            assert again == printed[spec.stem]
    batch_output = script.until_done("batch", str(specs[0]), "--csv", str(rows), "--account", "A")
    sandbox.set_faults(latency_ms=0, error_rate=0.0, drop_rate=0.0, lost_response_rate=0.0)
    print(f"{script.runs} runs, {KILLS - script.kills_left} killed")

    new = {e["id"] for e in sandbox.envelopes() if e["provider"] == "assently"} - before
    names = Counter(sandbox.names_of("assently", new))
    expected = {spec.stem for spec in specs} | {line.split(",", 1)[0] for line in lines}
    assert {name for name, count in names.items() if count != 1} == set(), names
    assert set(names) == expected
    for spec in specs:  # what the CLI printed is the envelope on the service
        assert sandbox.envelope("assently", printed[spec.stem].strip())["name"] == spec.stem
    assert len(batch_output.splitlines()) == ENVELOPES
    pending = esign_process(home, "outbox", "list", "--pending")
    output, errors = pending.communicate(timeout=60)
    assert (pending.returncode, output) == (0, ""), errors

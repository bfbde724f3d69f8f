"""Change-to-list latency on Assently: how long after a signature, an approval, a decline or a completion on
the service the app's update stream (what the list shows) has it, with 2,000 envelopes cached and 200
out with parties, and how many calls the account made in any 60 s (the limit is 100; sync may use half).

Method (a shortened real-time run; nothing is accelerated): the sandbox runs in its own process with its
100 calls / 60 s limit on. Setup (rate limit off) creates 2,000 cases: 1,800 signed to completion, 170 sent
to two signers, 30 waiting for an approver. The app side is the real ServiceContext in a fresh data folder:
its StatusMonitor and one sync loop for the account, polling only (no callback receiver: a public service
cannot reach this computer). After the first sync has cached everything, a driver makes one change every
~2 s at random on the active cases (first signature, second signature = completion, decline, approval) for
`--seconds` seconds, and notes when the update stream first shows each change. Calls per 60 s is the client's
own sliding-window count of calls made (sampled every 0.25 s); the sandbox's count of 429 answers is
reported too.

Run: `.venv/bin/python -m benchmarks.status_latency [--seconds 180] [--envelopes 2000] [--active 200]`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import write_result
from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.status_monitor import EnvelopeUpdate
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability.sandbox_process import SandboxProcess

TARGET_MEDIAN_S, TARGET_P95_S = 20.0, 45.0
LIMIT_CALLS, LIMIT_SECONDS, SHARE = 100, 60.0, 0.5
APPROVAL_SHARE = 0.15  # of the active cases wait for an approver


async def create_cases(sandbox: SandboxProcess, pdf: bytes, total: int, active: int) -> dict[str, str]:
    """Case id -> "done" | "two" (two signers, sent) | "approval" (pending approval)."""
    info = sandbox.info
    document = {
        "Filename": "contract.pdf",
        "Data": base64.b64encode(pdf).decode(),
        "Hash": hashlib.sha512(pdf).hexdigest(),
        "Size": len(pdf),
    }
    approvals = int(active * APPROVAL_SHARE)
    kinds = ["done"] * (total - active) + ["two"] * (active - approvals) + ["approval"] * approvals
    cases = {str(uuid.uuid4()): kind for kind in kinds}
    gate = asyncio.Semaphore(16)
    async with (
        httpx.AsyncClient(
            base_url=f"{info.assently_base_url}/api/v2",
            headers={"Authorization": info.assently_token},
            timeout=60,
        ) as api,
        httpx.AsyncClient(base_url=info.base_url, headers=info.control_headers(), timeout=60) as control,
    ):

        async def one(index: int, case_id: str, kind: str) -> None:
            signers = 1 if kind == "done" else 2
            body: dict[str, Any] = {
                "Id": case_id,
                "Name": f"Latency #{index} ({kind})",
                "AllowedSignatureTypes": ["touch"],
                "Documents": [document],
                "Parties": [
                    {"Name": f"Signer {n}", "EmailAddress": f"s{n}-{index}@example.com"}
                    for n in range(signers)
                ],
            }
            if kind == "approval":
                body["Approvers"] = [{"Name": "Approver", "EmailAddress": f"a-{index}@example.com"}]
            async with gate:
                (await api.post("/createCase", json=body)).raise_for_status()
                action = "/requestApproval" if kind == "approval" else "/sendCase"
                (await api.post(action, params={"Id": case_id})).raise_for_status()
                if kind == "done":
                    parties = (await control.get(f"/_sandbox/envelopes/assently/{case_id}")).json()["parties"]
                    for party in parties:
                        url = f"/_sandbox/envelopes/assently/{case_id}/parties/{party['id']}/sign"
                        (await control.post(url)).raise_for_status()

        await asyncio.gather(*(one(i, case_id, kind) for i, (case_id, kind) in enumerate(cases.items())))
    return cases


class Driver:
    """Makes one change at a time on the active cases and remembers what the list should come to show."""

    def __init__(self, sandbox: SandboxProcess, cases: dict[str, str], seed: int) -> None:
        self.sandbox = sandbox
        self.random = random.Random(seed)
        self.state = {case_id: kind for case_id, kind in cases.items() if kind != "done"}
        self.pending: dict[str, tuple[str, float, Callable[[Envelope], bool]]] = {}  # case -> expectation
        self.latencies: dict[str, list[float]] = {}
        self.missed = 0

    def step(self) -> None:
        choices = [case for case in self.state if case not in self.pending]
        if not choices:
            return
        case_id = self.random.choice(choices)
        kind = self.state[case_id]
        parties = self.sandbox.envelope("assently", case_id)["parties"]
        if kind == "approval":
            approver = next(p for p in parties if p["name"] == "Approver")
            self._act(case_id, approver["id"], "sign")
            self.state[case_id] = "two"
            self._expect(case_id, "approval", lambda e: e.status is EnvelopeStatus.SENT)
        elif kind == "two" and self.random.random() < 0.2:
            self._act(case_id, parties[0]["id"], "decline")
            del self.state[case_id]
            self._expect(case_id, "decline", lambda e: e.status is EnvelopeStatus.REJECTED)
        elif kind == "two":
            self._act(case_id, parties[0]["id"], "sign")
            self.state[case_id] = "one"
            self._expect(case_id, "signature", lambda e: e.signing_progress == (1, 2))
        else:
            signer = next(p for p in parties if p["name"] == "Signer 1")
            self._act(case_id, signer["id"], "sign")
            del self.state[case_id]
            self._expect(
                case_id, "completion", lambda e: e.status in {EnvelopeStatus.COMPLETED, EnvelopeStatus.SIGNED}
            )

    def _act(self, case_id: str, party_id: str, decision: str) -> None:
        self.sandbox.act("assently", case_id, party_id, decision)

    def _expect(self, case_id: str, kind: str, shown: Callable[[Envelope], bool]) -> None:
        self.pending[case_id] = (kind, time.monotonic(), shown)

    def on_updates(self, updates: Sequence[EnvelopeUpdate]) -> None:
        now = time.monotonic()
        for update in updates:
            envelope = update.after
            if envelope is None:
                continue
            expected = self.pending.get(envelope.remote_id)
            if expected is not None and expected[2](envelope):
                kind, started, _ = self.pending.pop(envelope.remote_id)
                self.latencies.setdefault(kind, []).append(now - started)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def measure(
    sandbox: SandboxProcess, cases: dict[str, str], home: Path, seconds: float, seed: int
) -> dict[str, Any]:
    context = ServiceContext.open(AppPaths.under(home))
    account = context.accounts.add(
        ProviderKind.ASSENTLY,
        "Sandbox",
        Secret(sandbox.info.assently_token),
        base_url=sandbox.info.assently_base_url,
    )
    driver = Driver(sandbox, cases, seed)
    context.monitor.subscribe(driver.on_updates)
    sandbox.set_faults(rate_limit=True)  # also resets the limit's counters
    provider = context.accounts.provider_for(account.id)
    before = sandbox.stats()
    peak_window = 0
    loop_task = asyncio.create_task(context.sync.run_account(account.id))
    try:
        started = time.monotonic()
        while context.cache.count(account_id=account.id) < len(cases):
            await asyncio.sleep(0.25)
            peak_window = max(peak_window, provider.budget_used().used)
            assert time.monotonic() - started < 300, "the first sync did not finish"
        first_sync_s = time.monotonic() - started
        end = time.monotonic() + seconds
        next_change = time.monotonic()
        while time.monotonic() < end or (driver.pending and time.monotonic() < end + 90):
            if time.monotonic() >= next_change and time.monotonic() < end:
                await asyncio.to_thread(driver.step)
                next_change = time.monotonic() + driver.random.expovariate(1 / 2.0)
            peak_window = max(peak_window, provider.budget_used().used)
            await asyncio.sleep(0.25)
        driver.missed = len(driver.pending)
    finally:
        loop_task.cancel()
        await asyncio.gather(loop_task, return_exceptions=True)
        await context.accounts.aclose()
        context.database.close()
    after = sandbox.stats()
    requests = after["requests"].get("assently", 0) - before["requests"].get("assently", 0)
    answers_429 = after["responses"].get("assently", {}).get("429", 0) - before["responses"].get(
        "assently", {}
    ).get("429", 0)
    every = [value for values in driver.latencies.values() for value in values]
    return {
        "first_sync_s": first_sync_s,
        "changes": float(len(every)),
        "changes_not_seen": float(driver.missed),
        "latency_s": {
            "median": statistics.median(every),
            "p95": percentile(every, 0.95),
            "max": max(every),
            "runs": float(len(every)),
        },
        "latency_by_kind_s": {
            kind: {
                "median": statistics.median(values),
                "p95": percentile(values, 0.95),
                "n": float(len(values)),
            }
            for kind, values in sorted(driver.latencies.items())
        },
        "most_calls_in_60s": float(peak_window),
        "calls_total": float(requests),
        "measured_s": time.monotonic() - started,
        "answers_429": float(answers_429),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=180.0, help="how long changes are made")
    parser.add_argument("--envelopes", type=int, default=2000)
    parser.add_argument("--active", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = make_pdf(Path(folder) / "contract.pdf", [PageSpec()]).read_bytes()
        with SandboxProcess.start(Path(folder) / "sandbox") as sandbox:
            sandbox.set_faults(rate_limit=False)
            started = time.perf_counter()
            cases = asyncio.run(create_cases(sandbox, pdf, args.envelopes, args.active))
            setup_s = time.perf_counter() - started
            figures = asyncio.run(measure(sandbox, cases, Path(folder) / "home", args.seconds, args.seed))
    latency = figures["latency_s"]
    figures.update(
        {
            "envelopes": float(args.envelopes),
            "active": float(args.active),
            "setup_s": setup_s,
            "target": {
                "median_s": TARGET_MEDIAN_S,
                "p95_s": TARGET_P95_S,
                "calls_in_60s": LIMIT_CALLS * SHARE,
            },
            "limit": {"calls": float(LIMIT_CALLS), "seconds": LIMIT_SECONDS},
            "meets_target": latency["median"] <= TARGET_MEDIAN_S
            and latency["p95"] <= TARGET_P95_S
            and figures["most_calls_in_60s"] <= LIMIT_CALLS * SHARE
            and figures["answers_429"] == 0
            and figures["changes_not_seen"] == 0,
        }
    )
    path = write_result("status_latency", figures)
    print(
        f"{args.envelopes} cached, {args.active} active: change to list median {latency['median']:.1f} s, "
        f"p95 {latency['p95']:.1f} s over {figures['changes']:.0f} changes; at most "
        f"{figures['most_calls_in_60s']:.0f} calls in 60 s, {figures['answers_429']:.0f} answers 429"
        f" -> {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Status sync of 2,000 Assently envelopes from the sandbox with the 100 calls / 60 s limit on: time, calls
used, and whether the limit was ever exceeded (the sandbox answers 429 when it is).

The sandbox runs in its own process. Setting up (creating and sending the envelopes) runs with the limit
off; each measured run then starts a fresh app data folder (a first sync: every envelope is new) with the
sandbox's counters reset, and a second pass after 50 envelopes were signed measures the steady state.
Run: `.venv/bin/python -m benchmarks.sync_status [--envelopes N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import median_of, write_result
from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability.sandbox_process import SandboxProcess

LIMIT_CALLS, LIMIT_SECONDS = 100, 60.0
SIGNED_BETWEEN_PASSES = 50


async def create_envelopes(sandbox: SandboxProcess, pdf: bytes, count: int) -> list[str]:
    info = sandbox.info
    document = {
        "Filename": "contract.pdf",
        "Data": base64.b64encode(pdf).decode(),
        "Hash": hashlib.sha512(pdf).hexdigest(),
        "Size": len(pdf),
    }
    ids = [str(uuid.uuid4()) for _ in range(count)]
    gate = asyncio.Semaphore(16)
    async with httpx.AsyncClient(
        base_url=f"{info.assently_base_url}/api/v2",
        headers={"Authorization": info.assently_token},
        timeout=60,
    ) as client:

        async def one(index: int, case_id: str) -> None:
            case = {
                "Id": case_id,
                "Name": f"Sync benchmark #{index}",
                "AllowedSignatureTypes": ["touch"],
                "Documents": [document],
                "Parties": [{"Name": "Aiko Tanaka", "EmailAddress": f"aiko{index}@example.com"}],
            }
            async with gate:
                (await client.post("/createCase", json=case)).raise_for_status()
                (await client.post("/sendCase", json={"Id": case_id})).raise_for_status()

        await asyncio.gather(*(one(index, case_id) for index, case_id in enumerate(ids)))
    return ids


def counted(stats: dict[str, Any]) -> tuple[int, int]:
    """(requests, 429 answers) the sandbox counted for Assently."""
    return stats["requests"].get("assently", 0), stats["responses"].get("assently", {}).get("429", 0)


def sync_run(sandbox: SandboxProcess, ids: list[str], results: list[dict[str, float]]) -> float:
    sandbox.set_faults(rate_limit=True)  # also resets the server's rate-limit counters
    with tempfile.TemporaryDirectory() as home:
        context = ServiceContext.open(AppPaths.under(Path(home)))
        account = context.accounts.add(
            ProviderKind.ASSENTLY,
            "Sandbox",
            Secret(sandbox.info.assently_token),
            base_url=sandbox.info.assently_base_url,
        )

        async def passes() -> dict[str, float]:
            try:
                before = counted(sandbox.stats())
                started = time.perf_counter()
                first = await context.sync.sync_account(account)
                first_s = time.perf_counter() - started
                middle = counted(sandbox.stats())
                for case_id in ids[:SIGNED_BETWEEN_PASSES]:
                    detail = sandbox.envelope("assently", case_id)
                    if detail["status"] == "Sent":
                        sandbox.act("assently", case_id, detail["parties"][0]["id"])
                started = time.perf_counter()
                second = await context.sync.sync_account(account)
                second_s = time.perf_counter() - started
                after = counted(sandbox.stats())
                budget = context.accounts.provider_for(account.id).budget_used()
                return {
                    "first_pass_s": first_s,
                    "first_pass_changes": float(len(first)),
                    "first_pass_calls": float(middle[0] - before[0]),
                    "second_pass_s": second_s,
                    "second_pass_changes": float(len(second)),
                    "second_pass_calls": float(after[0] - middle[0]),
                    "calls_in_window_client_view": float(budget.used),
                    "answers_429": float(after[1] - before[1]),
                    "cached_envelopes": float(context.cache.count()),
                }
            finally:
                await context.accounts.aclose()

        figures = asyncio.run(passes())
        context.database.close()
    results.append(figures)
    return figures["first_pass_s"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--envelopes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = make_pdf(Path(folder) / "contract.pdf", [PageSpec()]).read_bytes()
        with SandboxProcess.start(Path(folder) / "sandbox") as sandbox:
            sandbox.set_faults(rate_limit=False)
            started = time.perf_counter()
            ids = asyncio.run(create_envelopes(sandbox, pdf, args.envelopes))
            setup_s = time.perf_counter() - started
            runs: list[dict[str, float]] = []
            # Each run signs the next 50, so every second pass sees real changes.
            first = median_of(
                args.runs, lambda: sync_run(sandbox, ids[len(runs) * SIGNED_BETWEEN_PASSES :], runs)
            )
    worst_calls = max(max(r["first_pass_calls"], r["second_pass_calls"]) for r in runs)
    figures = {
        "envelopes": float(args.envelopes),
        "setup_create_and_send_s": setup_s,
        "first_sync_s": first,
        "second_sync_s": median_of(len(runs), iter(r["second_pass_s"] for r in runs).__next__),
        "first_sync_calls": runs[-1]["first_pass_calls"],
        "second_sync_calls": runs[-1]["second_pass_calls"],
        "most_calls_in_one_pass": worst_calls,
        "limit": {"calls": float(LIMIT_CALLS), "seconds": LIMIT_SECONDS},
        "answers_429": sum(r["answers_429"] for r in runs),
        "limit_exceeded": any(r["answers_429"] > 0 for r in runs),
        "all_envelopes_cached": all(r["cached_envelopes"] == args.envelopes for r in runs),
        "per_run": runs,
    }
    path = write_result("sync_status", figures)
    print(
        f"{args.envelopes} envelopes: first sync {first['median']:.2f} s with "
        f"{runs[-1]['first_pass_calls']:.0f} "
        f"calls, 429s {figures['answers_429']:.0f} (limit {LIMIT_CALLS}/{LIMIT_SECONDS:.0f} s) -> {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sandbox requests per second on loopback: Assently getCase, and createCase with a 1 MB document.

The sandbox runs in its own process with the rate limit off; the load comes from one asyncio httpx client
with a few requests in flight. Run: `.venv/bin/python -m benchmarks.sandbox_rps [--gets N] [--creates N]
[--concurrency N] [--runs N]`.
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
from benchmarks.upload_large import write_big_pdf
from tests.reliability.sandbox_process import SandboxProcess


def case(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "Id": str(uuid.uuid4()),
        "Name": "Throughput",
        "AllowedSignatureTypes": ["touch"],
        "Documents": [document],
        "Parties": [{"Name": "Aiko Tanaka", "EmailAddress": "aiko@example.com"}],
    }


async def rate(client: httpx.AsyncClient, count: int, concurrency: int, request: Any) -> float:
    """Requests per second for `count` calls of `request(client)` with `concurrency` in flight."""
    gate = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with gate:
            response = await request(client)
            response.raise_for_status()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(count)))
    return count / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gets", type=int, default=2000)
    parser.add_argument("--creates", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_big_pdf(Path(folder) / "one-mb.pdf", 1).read_bytes()
        document = {
            "Filename": "one-mb.pdf",
            "Data": base64.b64encode(pdf).decode(),
            "Hash": hashlib.sha512(pdf).hexdigest(),
            "Size": len(pdf),
        }
        with SandboxProcess.start(Path(folder) / "sandbox") as sandbox:
            sandbox.set_faults(rate_limit=False)
            info = sandbox.info

            async def measure(kind: str) -> float:
                async with httpx.AsyncClient(
                    base_url=f"{info.assently_base_url}/api/v2",
                    headers={"Authorization": info.assently_token},
                    timeout=120,
                ) as client:
                    if kind == "create":
                        return await rate(
                            client,
                            args.creates,
                            args.concurrency,
                            lambda c: c.post("/createCase", json=case(document)),
                        )
                    existing = case(document)
                    (await client.post("/createCase", json=existing)).raise_for_status()
                    return await rate(
                        client,
                        args.gets,
                        args.concurrency,
                        lambda c: c.get("/getCase", params={"Id": existing["Id"]}),
                    )

            get_case = median_of(args.runs, lambda: asyncio.run(measure("get")))
            create_case = median_of(args.runs, lambda: asyncio.run(measure("create")))
            integrity = sandbox.integrity()
    figures = {
        "get_case_per_s": get_case,
        "create_case_1mb_per_s": create_case,
        "gets_per_run": float(args.gets),
        "creates_per_run": float(args.creates),
        "concurrency": float(args.concurrency),
        "store_intact_afterwards": bool(integrity.get("ok")),
    }
    path = write_result("sandbox_rps", figures)
    print(f"getCase {get_case['median']:.0f}/s, createCase (1 MB) {create_case['median']:.1f}/s -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

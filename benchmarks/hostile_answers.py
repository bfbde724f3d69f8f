"""Hostile answers (issue 17, finding 6): peak memory of a 300 MB JSON answer and of a gzip bomb read through
the provider HTTP layer (size caps counted in decoded bytes while streaming), against raw httpx reading the
same answers whole, in the same run.

A real loopback server (its own process) sends the answers; each read runs in a fresh subprocess so its peak
RSS (VmHWM; getrusage off Linux) is its own; "growth": the peak minus the RSS once the libraries were loaded.
Run: `.venv/bin/python -m benchmarks.hostile_answers [--big-mb N] [--bomb-mb N]`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from benchmarks.common import write_result

SERVER = r"""
import socket, sys, zlib, uvicorn
from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route

MB = 1_000_000
big_mb, bomb_mb = int(sys.argv[1]), int(sys.argv[2])

async def big(request):
    async def body():
        chunk = b" " * MB
        for _ in range(big_mb):
            yield chunk
    return StreamingResponse(body(), media_type="application/json")

async def bomb(request):
    async def body():
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(MB)
        for _ in range(bomb_mb):
            packed = packer.compress(zeros)
            if packed:
                yield packed
        yield packer.flush()
    return StreamingResponse(body(), media_type="application/json", headers={"Content-Encoding": "gzip"})

app = Starlette(routes=[Route("/big", big), Route("/bomb", bomb)])
sock = socket.socket(); sock.bind(("127.0.0.1", 0)); sock.listen(16)
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="error")).run(sockets=[sock])
"""

READER = r"""
import asyncio, json, os, resource, sys, time
import httpx
from esign_desktop.providers.errors import ProviderError
from esign_desktop.providers.http import HttpClient, RetryPolicy

def rss_mb(field):
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

base, path, how = sys.argv[1], sys.argv[2], sys.argv[3]
before = rss_mb("VmRSS:")
started = time.perf_counter()
outcome = ""

async def ours():
    async with HttpClient(base, provider_label="Server", retry=RetryPolicy(attempts=1)) as client:
        return await client.request_json("GET", path)

async def raw():
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        response = await client.get(path)
        return len(response.content)

try:
    result = asyncio.run(ours() if how == "ours" else raw())
    outcome = f"read {result if isinstance(result, int) else 'json'}"
except ProviderError as error:
    outcome = type(error).__name__
print(json.dumps({"growth_mb": rss_mb("VmHWM:") - before, "seconds": time.perf_counter() - started,
                  "outcome": outcome}))
"""


def read(base: str, path: str, how: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", READER, base, path, how],
        capture_output=True,
        text=True,
        timeout=1200,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-mb", type=int, default=300, help="size of the big JSON answer (default 300)")
    parser.add_argument(
        "--bomb-mb", type=int, default=1680, help="inflated size of the gzip bomb (default 1680)"
    )
    parser.add_argument("--raw-bomb-mb", type=int, default=400, help="bomb size for raw httpx (default 400)")
    args = parser.parse_args()
    figures: dict[str, object] = {
        "big_mb": args.big_mb,
        "bomb_mb": args.bomb_mb,
        "raw_bomb_mb": args.raw_bomb_mb,
    }
    for first, bomb_mb, hows in ((True, args.bomb_mb, ("ours",)), (False, args.raw_bomb_mb, ("raw",))):
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(args.big_mb), str(bomb_mb)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert server.stdout is not None
            base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
            for how in hows:
                if first:
                    figures[f"{how}_big"] = read(base, "/big", how)
                    figures["raw_big"] = read(base, "/big", "raw")
                figures[f"{how}_bomb"] = read(base, "/bomb", how)
        finally:
            server.kill()  # a streaming answer may still be running for a client that gave up
            server.wait(10)
            if server.stdout is not None:
                server.stdout.close()
    path = write_result("hostile_answers", figures)
    print(json.dumps(figures, indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    main()

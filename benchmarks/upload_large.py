"""A 100 MB document registered through the GMO Sign client (register_document: the JSON body the Swagger
declares, the file base64-encoded while it streams from disk) against the obvious way, httpx posting
`json={"document": base64(whole file)}`, to the same loopback server in the same run: time and peak memory.

The server is a small sink in its own process that parses the JSON, decodes the document and answers as GMO
Sign does with the decoded size, so both uploads are checked to carry the whole file (the sandbox refuses
documents over 50 MB on this endpoint: big files go through for-huge-size).
Each upload runs in a fresh subprocess so its peak RSS (VmHWM; getrusage off Linux) is its own; "growth" is
the peak minus the RSS once the libraries were imported.
Run: `.venv/bin/python -m benchmarks.upload_large [--mb N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import median_of, write_result

SINK = r"""
import socket, sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

import base64, json

async def register(request):
    if request.headers.get("content-type", "").split(";")[0] != "application/json":
        return JSONResponse({"status": "error", "result": "415", "message": "JSON only"}, status_code=415)
    document = json.loads(await request.body())["document"]
    size = len(base64.b64decode(document, validate=True))
    body = {"status": "success", "result": "0", "message": "OK", "document_code": f"sink-{size}"}
    return JSONResponse(body)

app = Starlette(routes=[Route("/customer/envelopes/documents", register, methods=["POST"])])
sock = socket.socket(); sock.bind(("127.0.0.1", 0)); sock.listen(64)
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="error", h11_max_incomplete_event_size=None)).run(sockets=[sock])
"""

UPLOAD = r"""
import asyncio, base64, json, resource, sys, time
from pathlib import Path
import httpx
from esign_desktop.providers.factory import open_provider
from esign_desktop.providers.gmosign import GmoSignCredentials
from esign_desktop.domain.model import ProviderKind

kind, port, path = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
base = f"http://127.0.0.1:{port}"

def rss_mb():
    # VmHWM is this program's own peak; ru_maxrss keeps the parent's peak across fork and exec.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

async def ours():
    provider = open_provider(ProviderKind.GMOSIGN, GmoSignCredentials("C1234567", "k" * 40), base_url=base)
    try:
        return await provider.register_document(path, path.name)
    finally:
        await provider.aclose()

async def raw():
    async with httpx.AsyncClient(base_url=base, auth=("C1234567", "k" * 40), timeout=120) as client:
        document = base64.b64encode(path.read_bytes()).decode("ascii")
        response = await client.post("/customer/envelopes/documents", json={"document": document})
        response.raise_for_status()
        return response.json()["document_code"]

before = rss_mb()
started = time.perf_counter()
code = asyncio.run(ours() if kind == "ours" else raw())
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "peak_rss_mb": rss_mb(), "growth_mb": rss_mb() - before, "code": code}))
"""


def write_big_pdf(path: Path, megabytes: int) -> Path:
    """A valid one-page PDF carrying `megabytes` of incompressible data in an unused stream."""
    payload = os.urandom(megabytes * 1024 * 1024)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> "
        b"/PieceInfo << /Blob 4 0 R >> >>",
        b"<< /Length %d >>\nstream\n" % len(payload) + payload + b"\nendstream",
    ]
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_big_pdf(Path(folder) / "big.pdf", args.mb)
        sink = subprocess.Popen([sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True)
        assert sink.stdout is not None
        port = sink.stdout.readline().strip()
        samples: dict[str, list[dict[str, float]]] = {"ours": [], "raw": []}

        def upload(kind: str) -> float:
            done = subprocess.run(
                [sys.executable, "-c", UPLOAD, kind, port, str(pdf)],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(done.stdout)
            assert result["code"] == f"sink-{pdf.stat().st_size}", result  # the whole file arrived
            samples[kind].append(result)
            return float(result["seconds"])

        try:
            upload("raw")  # warm the page cache
            samples["raw"].clear()
            ours = median_of(args.runs, lambda: upload("ours"))
            raw = median_of(args.runs, lambda: upload("raw"))
        finally:
            sink.terminate()
            sink.wait(10)
            sink.stdout.close()

    def memory(kind: str, key: str) -> dict[str, float]:
        values = iter(sample[key] for sample in samples[kind])
        return median_of(len(samples[kind]), values.__next__)

    figures = {
        "megabytes": float(args.mb),
        "gmo_client_s": ours,
        "raw_httpx_json_s": raw,
        "time_ratio": ours["median"] / raw["median"],
        "gmo_client_peak_rss_mb": memory("ours", "peak_rss_mb"),
        "raw_httpx_json_peak_rss_mb": memory("raw", "peak_rss_mb"),
        "gmo_client_rss_growth_mb": memory("ours", "growth_mb"),
        "raw_httpx_json_rss_growth_mb": memory("raw", "growth_mb"),
    }
    path = write_result("upload_large", figures)
    ours_growth = memory("ours", "growth_mb")["median"]
    raw_growth = memory("raw", "growth_mb")["median"]
    print(
        f"{args.mb} MB: GMO client {ours['median']:.2f} s (+{ours_growth:.0f} MB), "
        f"whole-file httpx JSON {raw['median']:.2f} s (+{raw_growth:.0f} MB) -> {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Issue 17, finding 6 end to end: a service that answers a document download with a web page. Before, the
HTML was saved as a .pdf and `esign envelopes download` exited 0; now nothing is saved and it exits 3."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from esign_desktop.domain.model import Document, Envelope, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.paths import AppPaths
from tests.integration.test_cli import esign

pytestmark = pytest.mark.integration
SAMPLE = Path(__file__).parents[2] / "../shared/reference/assently/samples/v2-getcase-200-2019.json"
CASE_ID = "d9013f71-8983-4365-9450-19ea3c42cc90"


@pytest.fixture
def hostile_service() -> Iterator[str]:
    case: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))["body"]
    case = {**case, "Status": "Finished"}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if "getcase" in self.path.lower():
                body, kind = json.dumps(case).encode(), "application/json"
            else:  # the document: a login page, sent as a success
                body, kind = b"<!doctype html><html><body>Please sign in</body></html>", "text/html"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/assently"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_html_instead_of_a_pdf_is_not_saved_and_exits_non_zero(
    app_home: Path, tmp_path: Path, hostile_service: str
) -> None:
    added = esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Hostile",
        "--base-url", hostile_service, stdin="a-token",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    context = ServiceContext.open(AppPaths.under(app_home))
    try:
        [account] = context.accounts.list()
        document = Document(
            id="aa0e", file_name="agreement.pdf", sha512="", size=0, pages=(), remote_id="aa0e"
        )
        context.cache.upsert(
            Envelope(
                local_id=new_id(),
                provider=ProviderKind.ASSENTLY,
                account_id=account.id,
                remote_id=CASE_ID,
                name="Agreement",
                status=EnvelopeStatus.SENT,
                documents=(document,),
            )
        )
    finally:
        context.database.close()

    out = tmp_path / "signed"
    downloaded = esign(app_home, "envelopes", "download", CASE_ID, "--out", str(out))

    assert downloaded.returncode == 3, downloaded.stdout  # before: 0, with the web page saved as a .pdf
    assert "instead of a PDF" in downloaded.stderr
    assert "Traceback" not in downloaded.stderr
    assert list(out.iterdir()) == []

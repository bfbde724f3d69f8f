"""Issue 17 fuzz (findings 5 and 6): hostile answers through the bounded HTTP layer and hostile callbacks
through the real receiver. 0 tracebacks: only ProviderError escapes; a saved file is always a PDF, alone in
its folder; a callback reaches the app only with this run's token."""

from __future__ import annotations

import asyncio
import gzip
import threading
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esign_desktop.providers.errors import ProviderError
from esign_desktop.providers.http import AnswerLimits, HttpClient, RetryPolicy
from esign_desktop.services.webhook_receiver import WebhookReceiver

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
LIMITS = AnswerLimits(json_bytes=4096, document_bytes=8192, deadline=5, download_deadline=5)

heads = st.sampled_from([PDF, b"<html>", b"{}", b"", b"\xef\xbb\xbf" + PDF, b"PK\x03\x04"])
bodies = st.tuples(heads, st.binary(max_size=12_000)).map(lambda parts: parts[0] + parts[1])
encodings = st.sampled_from(["", "gzip", "deflate", "identity", "br", "x-unknown", "gzip, gzip"])
content_types = st.sampled_from(
    ["", "application/pdf", "application/octet-stream", "text/html", "application/json", "text/plain; x=1"]
)


def encoded(body: bytes, encoding: str, valid: bool) -> bytes:
    if not valid:
        return body
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "deflate":
        return zlib.compress(body)
    return body


class Chunks(httpx.AsyncByteStream):
    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size = data, size

    async def __aiter__(self) -> Any:
        for start in range(0, len(self.data), self.size):
            yield self.data[start : start + self.size]


def client(response: httpx.Response) -> HttpClient:
    async def no_wait(_seconds: float) -> None:
        return None

    return HttpClient(
        "https://service.example",
        provider_label="Example",
        transport=httpx.MockTransport(lambda _request: response),
        retry=RetryPolicy(attempts=2),
        sleep=no_wait,
        limits=LIMITS,
    )


def answer(
    status: int, body: bytes, encoding: str, valid: bool, content_type: str, chunk: int
) -> httpx.Response:
    headers = {}
    if encoding:
        headers["Content-Encoding"] = encoding
    if content_type:
        headers["Content-Type"] = content_type
    return httpx.Response(status, headers=headers, stream=Chunks(encoded(body, encoding, valid), chunk))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    status=st.sampled_from([200, 200, 200, 201, 204, 302, 400, 401, 404, 409, 429, 500, 503]),
    body=bodies,
    encoding=encodings,
    valid=st.booleans(),
    content_type=content_types,
    chunk=st.integers(1, 5000),
)
def test_downloads_save_only_a_pdf_or_raise_a_provider_error(
    tmp_path_factory: pytest.TempPathFactory,
    status: int,
    body: bytes,
    encoding: str,
    valid: bool,
    content_type: str,
    chunk: int,
) -> None:
    folder = tmp_path_factory.mktemp("downloads")
    http = client(answer(status, body, encoding, valid, content_type, chunk))
    refusal: str | None = None
    try:
        path = asyncio.run(http.download("/f", folder=folder, file_name="a.pdf", fallback_name="x.pdf"))
    except ProviderError as error:
        refusal = error.message
    if refusal is not None:
        assert refusal
        assert list(folder.iterdir()) == []  # nothing saved, no temporary file left
        return
    assert b"%PDF-" in path.read_bytes()[:1024]
    assert len(path.read_bytes()) <= LIMITS.document_bytes
    assert list(folder.iterdir()) == [path]


@settings(max_examples=150, deadline=None)
@given(
    status=st.sampled_from([200, 201, 204, 400, 404, 500]),
    body=st.one_of(st.binary(max_size=9000), st.just(b'{"a": 1}'), st.just(b"[" * 3000)),
    encoding=encodings,
    valid=st.booleans(),
    chunk=st.integers(1, 5000),
)
def test_json_answers_parse_or_raise_a_provider_error(
    status: int, body: bytes, encoding: str, valid: bool, chunk: int
) -> None:
    http = client(answer(status, body, encoding, valid, "application/json", chunk))
    try:
        asyncio.run(http.request_json("GET", "/cases"))
    except ProviderError as error:
        refusal = error.message
    else:
        refusal = "parsed"
    assert refusal


class Running:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.calls: list[tuple[str, object]] = []
        self.receiver = WebhookReceiver(self.loop, lambda account, body: self.calls.append((account, body)))


@pytest.fixture(scope="module")
def running() -> Iterator[Running]:
    running = Running()
    running.thread.start()
    running.receiver.start()
    yield running
    running.receiver.stop()
    running.loop.call_soon_threadsafe(running.loop.stop)
    running.thread.join(10)
    running.loop.close()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    token_ok=st.booleans(),
    forged_token=st.text(
        st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="/?#%\\"),
        min_size=1,
        max_size=30,
    ),
    body=st.one_of(st.binary(max_size=2000), st.just(b'{"envelope_xid": "X"}'), st.just(b"null")),
    method=st.sampled_from(["POST", "POST", "GET", "PUT"]),
)
def test_callbacks_reach_the_app_only_with_this_runs_token(
    running: Running,
    token_ok: bool,
    forged_token: str,
    body: bytes,
    method: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    good = running.receiver.url_for("acct")
    url = good if token_ok else good.replace(good.split("/hooks/")[1].split("/")[0], forged_token)
    before = running.receiver.received
    response = httpx.request(method, url, content=body, timeout=10)
    assert response.status_code < 500
    accepted = running.receiver.received - before
    if not token_ok or method != "POST":
        assert accepted == 0
    else:
        assert response.status_code in {200, 400}
        assert accepted == (1 if response.status_code == 200 else 0)

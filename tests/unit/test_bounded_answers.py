"""Issue 17, finding 6: hostile or broken servers. Size caps counted in decoded bytes while streaming, an
overall deadline per operation, content type and %PDF header before anything is saved, one file each."""

from __future__ import annotations

import asyncio
import base64
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import date
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from esign_desktop.domain.model import Document, Envelope, ProviderKind
from esign_desktop.providers.downloads import NotAPdf, single_chunk, write_new_file
from esign_desktop.providers.errors import AnswerTooLarge, DeadlineExceeded, ProviderError
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from esign_desktop.providers.http import AnswerLimits, HttpClient, RetryPolicy

T = TypeVar("T")
Handler = Callable[[httpx.Request], httpx.Response]
MB = 1_000_000
PDF = b"%PDF-1.7\n" + b"x" * 2000 + b"\n%%EOF\n"


def client(handler: Handler, limits: AnswerLimits | None = None, **kwargs: object) -> HttpClient:
    return HttpClient(
        "https://service.example",
        provider_label="Example",
        transport=httpx.MockTransport(handler),
        limits=limits or AnswerLimits(),
        **kwargs,  # type: ignore[arg-type]
    )


def run(coroutine: Coroutine[object, object, T]) -> T:
    # A bug here must fail, not hang the suite.
    async def bounded() -> T:
        return await asyncio.wait_for(coroutine, 60)

    return asyncio.run(bounded())


class Endless(httpx.AsyncByteStream):
    """`total` bytes of `chunk`, generated as they are read (never all in memory)."""

    def __init__(self, chunk: bytes, total: int) -> None:
        self.chunk = chunk
        self.total = total
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.sent < self.total:
            self.sent += len(self.chunk)
            yield self.chunk


class GzipBomb(httpx.AsyncByteStream):
    """A gzip stream that inflates to `inflated` bytes of zeros (about 1,000:1)."""

    def __init__(self, inflated: int) -> None:
        self.inflated = inflated

    async def __aiter__(self) -> AsyncIterator[bytes]:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
        zeros = bytes(MB)
        for _ in range(self.inflated // MB):
            packed = packer.compress(zeros)
            if packed:
                yield packed
        yield packer.flush()


class Trickle(httpx.AsyncByteStream):
    """One byte, then nothing for an hour: each read is "in time", the whole answer never ends."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{"
        await asyncio.sleep(3600)
        yield b"}"


def peak_memory(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_300_mb_json_answer_is_refused_while_streaming() -> None:
    stream = Endless(b" " * 65536, 300 * MB)

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=stream, headers={"Content-Type": "application/json"})

    def call() -> None:
        with pytest.raises(AnswerTooLarge, match="larger than 10 MB"):
            run(client(handler).request_json("GET", "/cases"))

    peak = peak_memory(call)
    assert stream.sent < 12 * MB  # stopped reading just past the cap
    assert peak < 40 * MB  # (before: the whole 300 MB, and more, was read into memory)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    stream = Endless(b" " * 65536, 300 * MB)

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=stream, headers={"Content-Length": str(300 * MB)})

    with pytest.raises(AnswerTooLarge):
        run(client(handler).request("GET", "/cases"))
    assert stream.sent == 0


def test_a_gzip_bomb_is_counted_in_decoded_bytes() -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            stream=GzipBomb(400 * MB),
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )

    def call() -> None:
        with pytest.raises(AnswerTooLarge):
            run(client(handler).request_json("GET", "/cases"))

    assert peak_memory(call) < 120 * MB  # (before: 400 MB inflated in memory)


def test_an_error_answer_is_capped_too() -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, stream=Endless(b"e" * 65536, 300 * MB))

    with pytest.raises(AnswerTooLarge):
        run(client(handler, retry=RetryPolicy(attempts=1)).request("GET", "/cases"))


def test_a_document_download_over_its_cap_keeps_nothing(tmp_path: Path) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Endless(PDF + b"x" * (65536 - len(PDF)), 300 * MB))

    limits = AnswerLimits(document_bytes=5 * MB)
    with pytest.raises(AnswerTooLarge, match="larger than 5 MB"):
        run(client(handler, limits).download("/f", folder=tmp_path, file_name="a.pdf", fallback_name="x.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_a_slow_answer_ends_with_a_typed_error_at_the_deadline() -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Trickle())

    with pytest.raises(DeadlineExceeded, match=r"did not finish in 0.5 s"):
        run(client(handler, AnswerLimits(deadline=0.5)).request_json("GET", "/cases"))


def test_a_create_that_keeps_being_retried_ends_at_the_deadline() -> None:
    calls: list[int] = []

    def handler(_request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, headers={"Retry-After": "0.05"})

    http = client(handler, AnswerLimits(deadline=0.5), retry=RetryPolicy(attempts=1_000_000))
    with pytest.raises(DeadlineExceeded) as raised:
        run(http.request("POST", "/createCase", json={}, idempotent=True))
    assert not raised.value.retryable  # the outbox must not start the whole round again at once
    assert len(calls) >= 2


def test_a_download_ends_at_its_own_deadline(tmp_path: Path) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Trickle())

    with pytest.raises(DeadlineExceeded):
        run(
            client(handler, AnswerLimits(download_deadline=0.3)).download(
                "/f", folder=tmp_path, file_name="a.pdf", fallback_name="x.pdf"
            )
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=utf-8", b"<html><body>Please log in</body></html>"),
        ("application/json", b'{"error": "no"}'),
        ("application/pdf", b"<!doctype html><html>maintenance</html>"),
        ("application/octet-stream", b""),
        ("", b"PK\x03\x04 a zip file"),
    ],
)
def test_only_a_pdf_is_saved_as_a_pdf(tmp_path: Path, content_type: str, body: bytes) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(200, content=body, headers=headers)

    with pytest.raises(NotAPdf, match="nothing was saved"):
        run(client(handler).download("/f", folder=tmp_path, file_name="a.pdf", fallback_name="x.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_with_bytes_before_its_header_is_accepted(tmp_path: Path) -> None:
    body = b"\xef\xbb\xbf   " + PDF

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/octet-stream"})

    path = run(client(handler).download("/f", folder=tmp_path, file_name="a.pdf", fallback_name="x.pdf"))
    assert path.read_bytes() == body


def test_two_documents_with_one_name_never_overwrite_each_other(tmp_path: Path) -> None:
    bodies = iter([PDF + b"first", PDF + b"second", PDF + b"third"])

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=next(bodies), headers={"Content-Disposition": 'attachment; filename="Contract.pdf"'}
        )

    http = client(handler)
    paths = [
        run(http.download("/f", folder=tmp_path, file_name="x.pdf", fallback_name="x.pdf")) for _ in range(3)
    ]
    assert [p.name for p in paths] == ["Contract.pdf", "Contract (2).pdf", "Contract (3).pdf"]
    assert [p.read_bytes()[-6:] for p in paths] == [b"\nfirst", b"second", b"\nthird"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)  # no temp files


def test_many_writers_on_one_name_all_keep_their_file(tmp_path: Path) -> None:
    async def all_at_once() -> list[Path]:
        return await asyncio.gather(
            *(
                write_new_file(tmp_path / "a.pdf", single_chunk(PDF + str(i).encode()), max_bytes=MB)
                for i in range(20)
            )
        )

    paths = run(all_at_once())
    assert len(set(paths)) == 20
    assert {p.read_bytes() for p in paths} == {PDF + str(i).encode() for i in range(20)}


class FakeGmo:
    def __init__(self, answers: list[httpx.Response]) -> None:
        self.answers = answers

    def handler(self, _request: httpx.Request) -> httpx.Response:
        return self.answers.pop(0)

    def provider(self, limits: AnswerLimits | None = None) -> GmoSignProvider:
        provider = GmoSignProvider(
            GmoSignCredentials("C1234567", "not-a-real-secret"),
            base_url="https://gmo.example/gmosign",
            transport=httpx.MockTransport(self.handler),
            today=lambda: date(2026, 1, 1),
        )
        if limits is not None:
            provider._http.limits = limits
        return provider


def gmo_envelope() -> tuple[Envelope, tuple[Document, Document]]:
    documents = (
        Document(id="d1", file_name="Contract.pdf", sha512="", size=0, pages=(), remote_id="CN-1"),
        Document(id="d2", file_name="Contract.pdf", sha512="", size=0, pages=(), remote_id="CN-2"),
    )
    envelope = Envelope(
        local_id="L1", name="Deal", provider=ProviderKind.GMOSIGN, remote_id="X1", documents=documents
    )
    return envelope, documents


def test_gmo_sign_html_in_the_document_field_is_not_saved(tmp_path: Path) -> None:
    html = base64.b64encode(b"<html>login</html>").decode()
    envelope, (first, _second) = gmo_envelope()
    fake = FakeGmo([httpx.Response(200, json={"downloadedDocument": html})])
    with pytest.raises(NotAPdf):
        run(fake.provider().download_document(envelope, first, tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_gmo_sign_two_documents_of_one_envelope_with_one_name_are_both_kept(tmp_path: Path) -> None:
    envelope, documents = gmo_envelope()
    fake = FakeGmo(
        [
            httpx.Response(200, json={"downloadedDocument": base64.b64encode(PDF + b"one").decode()}),
            httpx.Response(200, json={"downloadedDocument": base64.b64encode(PDF + b"two").decode()}),
        ]
    )
    provider = fake.provider()
    paths = [run(provider.download_document(envelope, d, tmp_path)) for d in documents]
    assert [p.name for p in paths] == ["Contract.pdf", "Contract (2).pdf"]
    assert [p.read_bytes() for p in paths] == [PDF + b"one", PDF + b"two"]


def test_gmo_sign_documents_in_json_have_their_own_cap(tmp_path: Path) -> None:
    envelope, (first, _second) = gmo_envelope()
    big = base64.b64encode(PDF + b"x" * (3 * MB)).decode()
    fake = FakeGmo([httpx.Response(200, json={"downloadedDocument": big})] * 2)
    limits = AnswerLimits(json_bytes=1 * MB, document_in_json_bytes=8 * MB)
    path = run(fake.provider(limits).download_document(envelope, first, tmp_path))  # over json_bytes: fine
    assert path.stat().st_size > 3 * MB
    with pytest.raises(ProviderError):
        run(
            fake.provider(AnswerLimits(document_in_json_bytes=2 * MB)).download_document(
                envelope, first, tmp_path
            )
        )

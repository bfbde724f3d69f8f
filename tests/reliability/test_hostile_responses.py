"""A vendor that answers garbage (httpx.MockTransport plays it): both clients raise only typed
ProviderErrors; and server-provided file names never put a download outside the chosen folder."""

from __future__ import annotations

import asyncio
import base64
import json
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esign_desktop.domain.model import Document, Envelope, ProviderKind
from esign_desktop.providers.assently import PersonalAccessToken
from esign_desktop.providers.base import EnvelopeQuery, Provider, TemplateSend
from esign_desktop.providers.errors import ProviderError
from esign_desktop.providers.factory import open_provider
from esign_desktop.providers.gmosign import GmoSignCredentials
from esign_desktop.providers.http import RetryPolicy
from esign_desktop.providers.rate_limit import RateLimiter
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability import sizes
from tests.reliability.sending import one_signer_envelope

pytestmark = pytest.mark.reliability

EXAMPLES = sizes.current().examples
PDF = make_pdf(Path(tempfile.mkdtemp()) / "contract.pdf", [PageSpec()])
ENVELOPES = {
    kind: one_signer_envelope(kind, "acc", PDF, "Hostile", local_id=f"{kind.value}-local")
    for kind in ProviderKind
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
# Real-looking keys with wrong values are what slips past shallow checks.
known_keys = st.sampled_from(
    [
        "Id",
        "Name",
        "Status",
        "Parties",
        "Documents",
        "CreatedOn",
        "SendDate",
        "ExpireDate",
        "Metadata",
        "Rejected",
        "Type",
        "PartyUrl",
        "EmailAddress",
        "status",
        "result",
        "message",
        "envelope_xid",
        "document_code",
        "document_list",
        "control_number",
        "connect_id",
        "downloadedDocument",
        "signer_list",
        "error",
        "errorCode",
        "envelope_name",
        "documentId",
    ]
)
shaped_objects = st.dictionaries(known_keys, json_values, max_size=8)
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    shaped_objects.map(lambda v: json.dumps(v).encode()),
    st.lists(shaped_objects, max_size=3).map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=64),
)
answers = st.fixed_dictionaries(
    {
        "status": st.sampled_from(
            [200, 201, 204, 302, 400, 401, 403, 404, 405, 409, 413, 429, 500, 502, 503]
        ),
        "body": bodies,
        "content_type": st.sampled_from(["application/json", "text/html", "application/pdf", ""]),
        "retry_after": st.one_of(st.none(), st.text(max_size=10), st.integers(-5, 10).map(str)),
        "disposition": st.one_of(
            st.none(), st.text(max_size=30).map(lambda n: f'attachment; filename="{n}"')
        ),
    }
)


def transport_for(answer: dict[str, Any]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        headers: list[tuple[bytes, bytes]] = []
        if answer["content_type"]:
            headers.append((b"Content-Type", answer["content_type"].encode()))
        if answer["retry_after"] is not None:  # raw bytes: a server may send anything
            headers.append((b"Retry-After", answer["retry_after"].encode("utf-8", "replace")))
        if answer["disposition"] is not None:
            headers.append((b"Content-Disposition", answer["disposition"].encode("utf-8", "replace")))
        return httpx.Response(answer["status"], headers=headers, content=answer["body"])

    return httpx.MockTransport(handle)


async def no_sleep(_seconds: float) -> None:
    return None


def client(kind: ProviderKind, transport: httpx.AsyncBaseTransport) -> Provider:
    credentials = (
        PersonalAccessToken("pat-0123456789abcdef")
        if kind is ProviderKind.ASSENTLY
        else GmoSignCredentials(customer_id="C1234567", secret_key="k" * 40)
    )
    return open_provider(
        kind,
        credentials,
        base_url="http://127.0.0.1:9",
        limiter=RateLimiter(limit=1_000_000, period=1.0),
        retry=RetryPolicy(attempts=2, initial_wait=0, max_wait=0),
        transport=transport,
        sleep=no_sleep,
    )


def operations(provider: Provider, envelope: Envelope, folder: Path) -> list[Callable[[], Awaitable[object]]]:
    document: Document = envelope.documents[0]
    return [
        provider.test_connection,
        lambda: provider.list_envelopes(EnvelopeQuery()),
        lambda: provider.get_envelope("f7c1c3a2-0000-4000-8000-000000000001"),
        lambda: provider.envelope_exists(envelope),
        lambda: provider.create_envelope(envelope),
        lambda: provider.create_from_template(TemplateSend("local", "T0001", "From template")),
        lambda: provider.send("f7c1c3a2-0000-4000-8000-000000000001"),
        lambda: provider.list_templates(),
        lambda: provider.subscribe(
            "finished" if envelope.provider is ProviderKind.ASSENTLY else "Completed",
            "http://127.0.0.1:1/hook",
        ),
        lambda: provider.download_document(envelope, document, folder),
        lambda: provider.download_receipt(envelope, folder),
    ]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("kind", list(ProviderKind))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(answer=answers, which=st.integers(0, 10))
def test_malformed_answers_raise_only_typed_errors(
    kind: ProviderKind,
    answer: dict[str, Any],
    which: int,
    caplog: pytest.LogCaptureFixture,  # an answer may log a warning (a hook without an id): expected here
) -> None:
    messages: list[str] = []

    async def call() -> None:
        provider = client(kind, transport_for(answer))
        with tempfile.TemporaryDirectory() as folder:
            try:
                await operations(provider, ENVELOPES[kind], Path(folder))[which]()
            except ProviderError as error:
                messages.append(str(error))
            finally:
                await provider.aclose()

    asyncio.run(call())
    assert all(messages)  # every typed error has a message to show


@pytest.mark.parametrize("kind", list(ProviderKind))
@settings(max_examples=EXAMPLES, deadline=None)
@given(payload=json_values | shaped_objects)
def test_malformed_webhook_bodies_raise_only_typed_errors(kind: ProviderKind, payload: object) -> None:
    messages: list[str] = []

    async def parse() -> None:
        provider = client(
            kind,
            transport_for(
                {"status": 200, "body": b"", "content_type": "", "retry_after": None, "disposition": None}
            ),
        )
        try:
            provider.parse_status_event(payload)
        except ProviderError as error:
            messages.append(str(error))
        finally:
            await provider.aclose()

    asyncio.run(parse())
    assert all(messages)


HOSTILE_NAMES = [
    "../../../../etc/passwd",
    "..\\..\\Windows\\System32\\evil.dll",
    "/etc/cron.d/evil",
    "C:\\Windows\\evil.pdf",
    "\\\\server\\share\\evil.pdf",
    "CON",
    "nul.pdf",
    "COM1.txt",
    "LPT9",
    "a\x00b.pdf",
    "..",
    ".",
    "",
    ".hidden.pdf",
    "name.pdf.   ",
    "x" * 5000 + ".pdf",
    "..%2F..%2Fescape.pdf",
    "\u202egpj.exe",
]
names = st.one_of(
    st.sampled_from(HOSTILE_NAMES),
    st.lists(st.sampled_from(["..", "/", "\\", "CON", "\x00", "a", ".", ":", "~", "$HOME"]), max_size=8).map(
        "".join
    ),
    st.text(max_size=40),
)


def assert_inside(folder: Path, written: Path, before_outside: set[Path], outside: Path) -> None:
    assert written.resolve().parent == folder.resolve()
    assert written.name not in {"", ".", ".."}
    assert set(outside.rglob("*")) == before_outside  # nothing appeared beside or above the folder


@pytest.mark.parametrize("kind", list(ProviderKind))
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names)
def test_server_file_names_never_escape_the_download_folder(kind: ProviderKind, name: str) -> None:
    pdf = PDF.read_bytes()

    def handle(request: httpx.Request) -> httpx.Response:
        if kind is ProviderKind.GMOSIGN:
            return httpx.Response(200, json={"downloadedDocument": base64.b64encode(pdf).decode()})
        disposition = "attachment; filename*=UTF-8''" + quote(name, safe="")
        return httpx.Response(200, headers={"Content-Disposition": disposition}, content=pdf)

    async def download(folder: Path) -> Path:
        provider = client(kind, httpx.MockTransport(handle))
        envelope = ENVELOPES[kind]
        document = envelope.documents[0]
        if kind is ProviderKind.GMOSIGN:  # GMO Sign's names come from the completion callback
            document = replace(document, file_name=name, remote_id="123")
        try:
            return await provider.download_document(envelope, document, folder)
        finally:
            await provider.aclose()

    with tempfile.TemporaryDirectory() as root:
        outside = Path(root)
        folder = outside / "downloads" / "inner"
        folder.mkdir(parents=True)
        before = set(outside.rglob("*"))
        written = asyncio.run(download(folder))
        assert_inside(folder, written, before | {written}, outside)
        assert written.read_bytes() == pdf

"""Shared HTTP layer: error mapping, retries only when safe, Retry-After, TLS rules, downloads, redaction."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esign_desktop.providers.downloads import safe_file_name, target_in_folder
from esign_desktop.providers.errors import (
    AuthenticationError,
    Conflict,
    InsecureConnection,
    InvalidRequest,
    MalformedResponse,
    NetworkError,
    NotFound,
    ProviderError,
    RateLimited,
    ServiceUnavailable,
)
from esign_desktop.providers.http import (
    HttpClient,
    RetryPolicy,
    ServiceErrorDetail,
    checked_base_url,
    parse_retry_after,
)
from esign_desktop.providers.rate_limit import RateLimiter
from esign_desktop.providers.redaction import RedactingFilter, Redactor

T = TypeVar("T")
Handler = Callable[[httpx.Request], httpx.Response]


class RecordedSleeps:
    """A fake clock: sleeping records the wait and moves time on at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.now = 100.0

    def clock(self) -> float:
        return self.now

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def make_client(handler: Handler, sleeps: RecordedSleeps | None = None, **kwargs: object) -> HttpClient:
    return HttpClient(
        "https://service.example",
        provider_label="Example",
        transport=httpx.MockTransport(handler),
        sleep=sleeps or RecordedSleeps(),
        **kwargs,  # type: ignore[arg-type]
    )


def run(coroutine: Coroutine[object, object, T]) -> T:
    return asyncio.run(coroutine)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, InvalidRequest),
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFound),
        (409, Conflict),
        (422, InvalidRequest),
        (429, RateLimited),
        (500, ServiceUnavailable),
        (503, ServiceUnavailable),
    ],
)
def test_status_codes_become_typed_errors(status: int, error_type: type[ProviderError]) -> None:
    client = make_client(lambda _request: httpx.Response(status), retry=RetryPolicy(attempts=1))
    with pytest.raises(error_type) as caught:
        run(client.request("POST", "/thing"))
    assert caught.value.status_code == status
    assert "Example" in str(caught.value)


def test_authentication_error_tells_the_user_what_to_check() -> None:
    client = make_client(lambda _request: httpx.Response(401))
    with pytest.raises(AuthenticationError, match="Check the access token"):
        run(client.request("GET", "/thing"))


def test_get_is_retried_with_backoff_until_it_succeeds() -> None:
    answers = iter([httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"ok": True})])
    sleeps = RecordedSleeps()
    client = make_client(lambda _request: next(answers), sleeps)
    assert run(client.request_json("GET", "/thing")) == {"ok": True}
    assert len(sleeps.waits) == 2
    assert all(0 <= wait <= RetryPolicy().max_wait for wait in sleeps.waits)


def test_post_is_not_retried() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503)

    with pytest.raises(ServiceUnavailable):
        run(make_client(handler).request("POST", "/create"))
    assert calls == ["POST"]


def test_post_marked_idempotent_is_retried() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(NetworkError, match="Could not connect"):
        run(make_client(handler).request("POST", "/update", idempotent=True))
    assert calls == ["POST"] * RetryPolicy().attempts


def test_client_errors_are_not_retried_even_for_get() -> None:
    calls: list[int] = []

    def handler(_request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(400, json={"message": "bad"})

    with pytest.raises(InvalidRequest):
        run(make_client(handler).request("GET", "/thing"))
    assert len(calls) == 1


def test_retry_after_is_waited_and_pauses_the_account_budget() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200)])
    sleeps = RecordedSleeps()
    limiter = RateLimiter(clock=sleeps.clock, sleep=sleeps)
    paused: list[float] = []

    def handler(_request: httpx.Request) -> httpx.Response:
        paused.append(limiter.budget_used().paused_for)
        return next(answers)

    client = make_client(handler, sleeps, limiter=limiter)
    run(client.request("GET", "/thing"))
    assert sleeps.waits[0] == 7.0
    assert paused == [0.0, 0.0]  # the retry went out only once the pause was over
    assert sleeps.now == pytest.approx(107.0)


def test_rate_limited_post_reports_retry_after_without_retrying() -> None:
    client = make_client(lambda _request: httpx.Response(429, headers={"Retry-After": "12"}))
    with pytest.raises(RateLimited) as caught:
        run(client.request("POST", "/create"))
    assert caught.value.retry_after == 12.0
    assert "12 s" in str(caught.value)


def test_a_very_long_retry_after_is_reported_not_waited() -> None:
    sleeps = RecordedSleeps()
    client = make_client(lambda _request: httpx.Response(503, headers={"Retry-After": "3600"}), sleeps)
    with pytest.raises(ServiceUnavailable):
        run(client.request("GET", "/thing"))
    assert sleeps.waits == []


def test_retry_after_accepts_an_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now) == pytest.approx(30.0)
    assert parse_retry_after("soon") is None


def test_timeout_becomes_network_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(NetworkError, match="did not answer in time"):
        run(make_client(handler, retry=RetryPolicy(attempts=1)).request("GET", "/thing"))


def test_non_json_body_is_malformed_response() -> None:
    client = make_client(lambda _request: httpx.Response(200, text="<html>login</html>"))
    with pytest.raises(MalformedResponse):
        run(client.request_json("GET", "/thing"))


@pytest.mark.parametrize(
    "url",
    [
        "https://app.assently.com",
        "http://127.0.0.1:8123/assently",
        "http://127.5.6.7",
        "http://[::1]:9000/gmosign",
        "http://localhost:5000",
    ],
)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    assert checked_base_url(url + "/") == url


@pytest.mark.parametrize(
    "url",
    ["http://app.assently.com", "http://192.168.1.10", "http://localhost.evil.com", "ftp://x", "nonsense"],
)
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(InsecureConnection):
        checked_base_url(url)


def test_plain_http_is_refused_with_an_explanation() -> None:
    with pytest.raises(InsecureConnection, match="unencrypted"):
        HttpClient("http://app.assently.com", provider_label="X")


def test_redirects_are_not_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})

    with pytest.raises(InvalidRequest, match="redirected"):
        run(make_client(handler).request("GET", "/thing"))


def test_secrets_never_reach_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    secret = "pat-7f3e9a1c5b2d4e6f"
    redactor = Redactor([secret])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(400, json={"message": f"token {secret} is wrong"})

    def read_message(response: httpx.Response) -> ServiceErrorDetail:
        return ServiceErrorDetail(message=str(response.json()["message"]))

    client = make_client(
        handler, headers={"Authorization": secret}, redactor=redactor, service_error=read_message
    )
    caplog.set_level(logging.DEBUG, logger="esign_desktop.providers")
    with pytest.raises(InvalidRequest) as caught:
        run(client.request("GET", "/thing", params={"access_code": "1234-5678", "Id": "abc"}))
    assert seen == [secret]  # the header really was sent
    assert caplog.records, "the request was logged"
    assert secret not in caplog.text
    assert "1234-5678" not in caplog.text
    assert "Id=abc" in caplog.text
    assert secret not in str(caught.value)
    assert "***" in str(caught.value)


def test_basic_credentials_are_redacted_in_every_form() -> None:
    redactor = Redactor()
    redactor.add_basic_pair("customer-1", "very-secret-key")
    line = "Authorization: Basic Y3VzdG9tZXItMTp2ZXJ5LXNlY3JldC1rZXk= password=very-secret-key"
    assert "very-secret-key" not in redactor.text(line)
    assert "Y3VzdG9tZXItMTp2ZXJ5LXNlY3JldC1rZXk=" not in redactor.text(line)
    assert redactor.headers({"authorization": "anything"}) == {"authorization": "***"}
    assert redactor.url("https://u:pw@h.example/p?token=abc&x=1") == "https://h.example/p?token=%2A%2A%2A&x=1"


def test_redacting_filter_scrubs_formatted_messages(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("esign_desktop.providers.test_filter")
    log.addFilter(RedactingFilter(Redactor(["hunter2-secret"])))
    caplog.set_level(logging.INFO, logger=log.name)
    log.info("user typed %s", "hunter2-secret")
    assert "hunter2-secret" not in caplog.text
    assert "user typed ***" in caplog.text


class FailingStream(httpx.AsyncByteStream):
    """Sends the first chunk, then the connection drops."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"%PDF-1.7 partial"
        raise httpx.ReadError("connection reset")


def test_failed_download_keeps_the_good_file_and_leaves_no_temp(tmp_path: Path) -> None:
    good = tmp_path / "contract.pdf"
    good.write_bytes(b"GOOD")

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=FailingStream(), headers={"Content-Length": "1000"})

    with pytest.raises(NetworkError):
        run(
            make_client(handler).download(
                "/file", folder=tmp_path, file_name="contract.pdf", fallback_name="x.pdf"
            )
        )
    assert good.read_bytes() == b"GOOD"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contract.pdf"]


def test_short_download_is_refused(tmp_path: Path) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"12345", headers={"Content-Length": "10"})

    with pytest.raises(NetworkError, match="cut short"):
        run(make_client(handler).download("/file", folder=tmp_path, file_name="a.pdf", fallback_name="x.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_download_streams_with_progress_and_uses_a_safe_server_name(tmp_path: Path) -> None:
    body = b"%PDF-1.7\n" + b"x" * 300_000

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=body,
            headers={"Content-Disposition": 'attachment; filename="../../etc/passwd.pdf"'},
        )

    progress: list[tuple[int, int | None]] = []
    path = run(
        make_client(handler).download(
            "/file",
            folder=tmp_path,
            file_name="fallback.pdf",
            fallback_name="x.pdf",
            progress=lambda done, total: progress.append((done, total)),
        )
    )
    assert path == tmp_path / "passwd.pdf"
    assert path.read_bytes() == body
    assert progress[-1] == (len(body), len(body))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("contract.pdf", "contract.pdf"),
        ("../../secret.pdf", "secret.pdf"),
        ("..\\..\\win.pdf", "win.pdf"),
        ("/etc/passwd", "passwd"),
        ("..", "document.pdf"),
        ("", "document.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("a<b>c:d|e?.pdf", "a_b_c_d_e_.pdf"),
        ("契約書.pdf", "契約書.pdf"),
        ("line\nbreak.pdf", "line_break.pdf"),
    ],
)
def test_file_names_from_the_server_stay_in_the_folder(name: str, expected: str, tmp_path: Path) -> None:
    assert safe_file_name(name) == expected
    assert target_in_folder(tmp_path, name, "document.pdf").parent == tmp_path


def test_very_long_names_keep_their_extension() -> None:
    name = safe_file_name("a" * 400 + ".pdf")
    assert len(name) <= 150
    assert name.endswith(".pdf")


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=300))
def test_any_server_name_yields_a_plain_child_of_the_folder(name: str) -> None:
    safe = safe_file_name(name)
    assert safe
    assert "/" not in safe
    assert "\\" not in safe
    assert not safe.startswith(".")
    assert "\x00" not in safe
    assert len(safe) <= 150


class RecordingBody:
    """A streamed body that says whether its generator was closed (as Base64JsonBody closes its file)."""

    def __init__(self) -> None:
        self.started = False
        self.closed = False

    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json", "Content-Length": "7"}

    async def chunks(self) -> AsyncGenerator[bytes, None]:
        self.started = True
        try:
            yield b'{"a":'
            yield b"1"
            yield b"}"
        finally:
            self.closed = True


def test_a_streamed_body_cut_off_midway_is_closed_at_once() -> None:
    """A dropped connection leaves the body half read; its file must be closed then, not when collected."""
    body = RecordingBody()
    held: list[object] = []  # the transport still holds the half-read stream (as a real one may, for a while)

    async def scenario() -> None:
        async def cut_midway(request: httpx.Request) -> httpx.Response:
            assert isinstance(request.stream, httpx.AsyncByteStream)
            sending = request.stream.__aiter__()
            held.append(sending)
            await sending.__anext__()  # the first chunk went out, then the connection dropped
            raise httpx.WriteError("connection reset while sending")

        client = HttpClient(
            "https://service.example",
            provider_label="Example",
            transport=httpx.MockTransport(cut_midway),
            sleep=RecordedSleeps(),
        )
        try:
            with pytest.raises(NetworkError):
                await client.request("POST", "/upload", content=body)
            assert body.started
            assert body.closed
        finally:
            await client.aclose()

    run(scenario())

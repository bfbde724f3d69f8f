"""The HTTP layer every provider client shares: one httpx.AsyncClient per account.

Each call passes the account's rate limiter, is retried (jittered exponential backoff, Retry-After
honoured) only when it is safe to repeat, is logged with credentials redacted, and fails with a typed
ProviderError. TLS verification is always on; plain http is accepted only for loopback addresses.

Every answer is bounded: a size cap per kind of answer (JSON, a document streamed to disk, a document inside
JSON), counted in decoded bytes while the answer streams in, so neither a huge answer nor a gzip bomb is ever
held in memory; and an overall deadline per operation that covers every attempt and every wait between them.
A download is saved only when it is a PDF (content type and `%PDF-` header), under a name no other file has.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.message
import email.utils
import ipaddress
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from esign_desktop.pdf import error_templates as pdf_templates
from esign_desktop.providers import error_templates as templates
from esign_desktop.providers.downloads import (
    IncompleteDownloadError,
    NotAPdf,
    Progress,
    target_in_folder,
    write_new_file,
)
from esign_desktop.providers.errors import (
    AnswerTooLarge,
    AuthenticationError,
    ComeBackLater,
    Conflict,
    DeadlineExceeded,
    InsecureConnection,
    InvalidRequest,
    MalformedResponse,
    NetworkError,
    NotFound,
    ProviderError,
    RateLimited,
    RequestNotSent,
    ServiceUnavailable,
)
from esign_desktop.providers.rate_limit import RateLimiter, Sleep
from esign_desktop.providers.redaction import Redactor

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_NOT_A_DOCUMENT_TYPES = ("text/", "application/json", "application/xml", "application/xhtml")


@dataclass(frozen=True, slots=True)
class AnswerLimits:
    """The most a service may send, per kind of answer, in bytes after decompression; and how long one
    operation (all its attempts and waits) may take, in seconds."""

    json_bytes: int = 10_000_000
    document_bytes: int = 250_000_000  # streamed to disk, never held in memory
    document_in_json_bytes: int = 160_000_000  # GMO Sign: base64 in JSON, held in memory (~115 MB of PDF)
    deadline: float = 180.0
    download_deadline: float = 1800.0


DEFAULT_LIMITS = AnswerLimits()


@dataclass(frozen=True, slots=True)
class ServiceErrorDetail:
    """What a service said about a failure, in its own words."""

    message: str = ""
    code: str = ""
    hint: str = ""


ServiceErrorReader = Callable[[httpx.Response], ServiceErrorDetail]


class StreamedBody(Protocol):
    """A request body produced in chunks, afresh for every attempt (see providers/streamed_json.py)."""

    def chunks(self) -> AsyncGenerator[bytes, None]: ...

    def headers(self) -> dict[str, str]:
        """Content-Type and Content-Length of the body `chunks()` produces."""
        ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 4  # including the first
    initial_wait: float = 0.5
    max_wait: float = 20.0
    max_retry_after: float = 120.0  # a longer Retry-After is reported to the caller instead of waited out


def checked_base_url(url: str) -> str:
    """The base URL without a trailing slash; refuses anything that would send credentials in clear text."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in {"https", "http"} or not host:
        raise InsecureConnection(templates.NOT_A_WEB_ADDRESS, url)
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureConnection(templates.UNENCRYPTED_ADDRESS, f"{parts.scheme}://{parts.netloc}")
    return url.strip().rstrip("/")


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def error_for_response(
    response: httpx.Response, provider_label: str, detail: ServiceErrorDetail
) -> ProviderError:
    """The typed error for a non-success response; the message tells the user what to do."""
    status = response.status_code
    said = detail.message  # the service's own words, when it gave any
    common: dict[str, Any] = {
        "status_code": status,
        "service_code": detail.code,
        "service_message": detail.message,
    }
    label = provider_label
    if status in {401, 403}:
        if said:
            return AuthenticationError(
                templates.REFUSED_CREDENTIALS_SAID, label, status, said, hint=detail.hint, **common
            )
        return AuthenticationError(templates.REFUSED_CREDENTIALS, label, status, hint=detail.hint, **common)
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is not None:
            seconds = f"{retry_after:.0f}"
            if said:
                return RateLimited(
                    templates.RATE_LIMITED_SAID_WAIT, label, said, seconds, retry_after=retry_after, **common
                )
            return RateLimited(templates.RATE_LIMITED_WAIT, label, seconds, retry_after=retry_after, **common)
        if said:
            return RateLimited(templates.RATE_LIMITED_SAID, label, said, retry_after=None, **common)
        return RateLimited(templates.RATE_LIMITED, label, retry_after=None, **common)
    if status >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if said:
            return ServiceUnavailable(
                templates.SERVICE_FAILED_SAID, label, status, said, retry_after=retry_after, **common
            )
        return ServiceUnavailable(templates.SERVICE_FAILED, label, status, retry_after=retry_after, **common)
    if 300 <= status < 400:
        return InvalidRequest(templates.REDIRECTED, label, status, **common)
    if status == 404:
        if said:
            return NotFound(templates.NOT_FOUND_SAID, label, said, hint=detail.hint, **common)
        return NotFound(templates.NOT_FOUND, label, hint=detail.hint, **common)
    if status == 409:
        if said:
            return Conflict(templates.CONFLICT_SAID, label, said, hint=detail.hint, **common)
        return Conflict(templates.CONFLICT, label, hint=detail.hint, **common)
    if said:
        return InvalidRequest(templates.REFUSED_SAID, label, status, said, hint=detail.hint, **common)
    return InvalidRequest(templates.REFUSED, label, status, hint=detail.hint, **common)


def _no_detail(_response: httpx.Response) -> ServiceErrorDetail:
    return ServiceErrorDetail()


class HttpClient:
    """One account's connection to one service. Close it with `aclose()` (or `async with`)."""

    def __init__(
        self,
        base_url: str,
        *,
        provider_label: str,
        headers: Mapping[str, str] | None = None,
        redactor: Redactor | None = None,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        service_error: ServiceErrorReader = _no_detail,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        limits: AnswerLimits = DEFAULT_LIMITS,
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self.provider_label = provider_label
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.redactor = redactor if redactor is not None else Redactor()
        self._retry = retry or RetryPolicy()
        self._service_error = service_error
        self._sleep = sleep
        self.limits = limits
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers=dict(headers or {}),
            timeout=timeout,
            verify=True,
            transport=transport,
            follow_redirects=False,  # a redirect could carry the Authorization header elsewhere
        )

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | bool] | None = None,
        json: object = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes | Path, str]] | None = None,
        content: StreamedBody | None = None,
        idempotent: bool = False,
        max_bytes: int | None = None,
        deadline: float | None = None,
    ) -> httpx.Response:
        """Send one request (retried when safe) and return the successful response, body read.

        A file given as a Path is streamed from disk in chunks (a 100 MB document is never in memory),
        and opened afresh for every attempt; so is a `content` body (a fresh stream per attempt). The body may
        hold at most `max_bytes` (decoded; by default the JSON limit): `AnswerTooLarge` beyond. The whole call
        ends by the deadline: `DeadlineExceeded`.
        """
        limit = self.limits.json_bytes if max_bytes is None else max_bytes

        async def attempt() -> httpx.Response:
            body = content.chunks() if content is not None else None
            try:
                return await send(body)
            finally:
                if body is not None:
                    await body.aclose()  # a cut connection leaves it half read: its file is closed now

        async def send(body: AsyncGenerator[bytes, None] | None) -> httpx.Response:
            with contextlib.ExitStack() as opened:
                parts = {
                    name: (file_name, opened.enter_context(content.open("rb")), media_type)
                    if isinstance(content, Path)
                    else (file_name, content, media_type)
                    for name, (file_name, content, media_type) in (files or {}).items()
                }
                request = self._client.build_request(
                    method,
                    path,
                    params=_query(params),
                    json=json,
                    data=data,
                    files=parts or None,
                    content=body,
                    headers=content.headers() if content is not None else None,
                )
                async with self._exchange(request) as response:
                    await self._read_capped(response, limit)
                    return response

        return await self._with_retries(method, idempotent, attempt, deadline=deadline)

    async def request_json(self, method: str, path: str, **kwargs: Any) -> object:
        """Like `request`, and the body parsed as JSON (None for an empty body)."""
        response = await self.request(method, path, **kwargs)
        return parse_json(response, self.provider_label)

    async def download(
        self,
        path: str,
        *,
        folder: Path,
        file_name: str,
        fallback_name: str,
        params: Mapping[str, str | int | bool] | None = None,
        progress: Progress | None = None,
        use_server_name: bool = True,
    ) -> Path:
        """GET a PDF and stream it into `folder`, named as the server says when it says.

        Nothing is saved unless it is a PDF (content type, then the `%PDF-` header) within the document size
        limit; an existing file of that name is never replaced (the new one becomes "name (2).pdf").
        """

        async def attempt() -> Path:
            request = self._client.build_request("GET", path, params=_query(params))
            async with self._exchange(request) as response:
                name = file_name
                if use_server_name:
                    name = _content_disposition_name(response.headers.get("Content-Disposition")) or file_name
                target = target_in_folder(folder, name, fallback_name)
                self._check_document_type(response, target.name)
                total = _content_length(response)
                try:
                    return await write_new_file(
                        target,
                        response.aiter_bytes(),
                        total=total,
                        progress=progress,
                        max_bytes=self.limits.document_bytes,
                    )
                except httpx.TransportError as error:
                    raise self._network_error(error) from None
                except httpx.DecodingError:
                    raise self._undecodable(response) from None
                except IncompleteDownloadError as error:
                    raise NetworkError(
                        templates.DOWNLOAD_CUT_SHORT, self.provider_label, error.written, error.expected
                    ) from None

        return await self._with_retries("GET", True, attempt, deadline=self.limits.download_deadline)

    async def _with_retries(
        self,
        method: str,
        idempotent: bool,
        attempt: Callable[[], Awaitable[T]],
        deadline: float | None = None,
    ) -> T:
        seconds = self.limits.deadline if deadline is None else deadline
        try:
            async with asyncio.timeout(seconds):
                if method.upper() not in SAFE_METHODS and not idempotent:
                    return await attempt()
                retrying = AsyncRetrying(
                    stop=stop_after_attempt(self._retry.attempts),
                    wait=self._wait_before_retry,
                    retry=retry_if_exception(self._worth_retrying),
                    sleep=self._sleep,
                    reraise=True,
                )
                return await retrying(attempt)
        except TimeoutError:
            host = urlsplit(self.base_url).netloc
            raise DeadlineExceeded(
                templates.DEADLINE_EXCEEDED, self.provider_label, host, f"{seconds:g}"
            ) from None

    async def _read_capped(self, response: httpx.Response, limit: int) -> None:
        """Read the body chunk by chunk (decoded), refusing it as soon as it passes `limit` bytes."""
        declared = _content_length(response)
        if declared is not None and declared > limit:
            raise self._too_large(limit)
        body = bytearray()
        try:
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > limit:
                    raise self._too_large(limit)
        except httpx.TransportError as error:
            raise self._network_error(error) from None
        except httpx.DecodingError:
            raise self._undecodable(response) from None
        response._content = bytes(body)  # what `aread` stores: `.content`, `.json()` work as usual

    def _undecodable(self, response: httpx.Response) -> MalformedResponse:
        encoding = response.headers.get("Content-Encoding", "")
        return MalformedResponse(templates.NOT_UNPACKED, self.provider_label, encoding[:40])

    def _too_large(self, limit: int) -> AnswerTooLarge:
        return AnswerTooLarge(templates.ANSWER_TOO_LARGE, self.provider_label, limit // 1_000_000)

    def _check_document_type(self, response: httpx.Response, name: str) -> None:
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media_type.startswith(_NOT_A_DOCUMENT_TYPES):
            raise NotAPdf(pdf_templates.SERVICE_SENT_OTHER_TYPE, self.provider_label, media_type, name)

    def _worth_retrying(self, error: BaseException) -> bool:
        if not isinstance(error, ProviderError) or not error.retryable:
            return False
        retry_after = getattr(error, "retry_after", None)
        return retry_after is None or retry_after <= self._retry.max_retry_after

    def _wait_before_retry(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        if isinstance(retry_after, int | float):
            return float(retry_after)
        backoff = wait_random_exponential(multiplier=self._retry.initial_wait, max=self._retry.max_wait)
        return float(backoff(state))

    @asynccontextmanager
    async def _exchange(self, request: httpx.Request) -> AsyncIterator[httpx.Response]:
        """Rate-limit, send (streamed), log, and turn failures into typed errors."""
        slot = await self.limiter.acquire_slot()
        started = time.monotonic()
        shown_url = self.redactor.url(str(request.url))
        logger.debug(
            "%s %s headers=%s", request.method, shown_url, self.redactor.headers(dict(request.headers))
        )
        try:
            response = await self._client.send(request, stream=True)
        except httpx.TransportError as error:
            logger.info("%s %s failed: %s", request.method, shown_url, type(error).__name__)
            raise self._network_error(error) from None
        finally:
            self.limiter.finish(slot)  # the service has seen the call by the time its answer starts
        try:
            elapsed_ms = (time.monotonic() - started) * 1000
            logger.info("%s %s -> %d (%.0f ms)", request.method, shown_url, response.status_code, elapsed_ms)
            if response.is_success:
                yield response
                return
            await self._read_capped(response, self.limits.json_bytes)
            failure = error_for_response(
                response, self.provider_label, self._redacted(self._detail(response))
            )
            if isinstance(failure, ComeBackLater) and failure.retry_after:
                self.limiter.pause_for(failure.retry_after)
            raise failure
        finally:
            await response.aclose()

    def _detail(self, response: httpx.Response) -> ServiceErrorDetail:
        """What the service said about a failure; nothing when its body is too hostile to read."""
        try:
            return self._service_error(response)
        except RecursionError:  # JSON nested thousands deep
            return ServiceErrorDetail()

    def _redacted(self, detail: ServiceErrorDetail) -> ServiceErrorDetail:
        return ServiceErrorDetail(
            self.redactor.text(detail.message),
            self.redactor.text(detail.code),
            self.redactor.text(detail.hint),
        )

    def _network_error(self, error: httpx.TransportError) -> NetworkError:
        host = urlsplit(self.base_url).netloc
        label = self.provider_label
        if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
            return RequestNotSent(templates.CONNECT_TIMEOUT, label, host)
        if isinstance(error, httpx.TimeoutException):
            return NetworkError(templates.ANSWER_TIMEOUT, label, host)
        if isinstance(error, httpx.ConnectError):
            return RequestNotSent(templates.CANNOT_CONNECT, label, host)
        return NetworkError(templates.INTERRUPTED, label, host)


def parse_json(response: httpx.Response, provider_label: str) -> object:
    if not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError:
        raise MalformedResponse(templates.NOT_JSON, provider_label, response.status_code) from None
    except RecursionError:
        raise MalformedResponse(templates.NESTED_TOO_DEEPLY, provider_label, response.status_code) from None


def _query(params: Mapping[str, str | int | bool] | None) -> dict[str, str] | None:
    if params is None:
        return None
    return {
        key: (str(value).lower() if isinstance(value, bool) else str(value)) for key, value in params.items()
    }


def _content_length(response: httpx.Response) -> int | None:
    if response.headers.get("Content-Encoding"):
        return None  # the length counts compressed bytes
    value = response.headers.get("Content-Length", "")
    return int(value) if value.isdigit() else None


def _content_disposition_name(header: str | None) -> str:
    if not header:
        return ""
    message = email.message.Message()
    message["Content-Disposition"] = header
    name = message.get_filename()
    return name or ""

"""Record a client's requests and the service's answers (redacted) and play them back in tests.

`RecordingTransport` wraps the real httpx transport of a client opened for `accounts check`: every exchange
is kept in memory as sent and received (the check validates those), and `write_recording` stores a
redacted copy: credential headers become `***`, the account's secrets are removed from every text, the
personal data of other people's cases (names, e-mail addresses, phone numbers, signing links, file names) is
replaced by `redacted`, large base64 payloads by their length. The file is what
`tests/fixtures/account_check/*/exchanges.json` holds, and `ReplayTransport` serves it back, so a report
from the field becomes a regression test (tests/integration/test_account_check_replay.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from esign_desktop.providers.redaction import REDACTED, Redactor

RECORDING_FORMAT = "esign-desktop/account-check/1"
EXCHANGES_FILE = "exchanges.json"
REPORT_FILE = "report.json"

# JSON keys whose values are personal data of whoever else uses the account (both services' spellings).
PERSONAL_KEYS = frozenset(
    key.lower()
    for key in (
        "Name",
        "NameAlias",
        "Description",
        "EmailAddress",
        "MobilePhone",
        "SocialSecurityNumber",
        "PartyUrl",
        "Filename",
        "RequestMessage",
        "Metadata",
        "email",
        "name",
        "phone_number",
        "organize_name",
        "envelope_name",
        "document_name",
        "CreatedBy",
        "SenderName",
    )
)
_LONG_TEXT = 512  # base64 payloads and the like above this length are replaced by their length
_MAX_LIST_ITEMS = 5  # lists in answers (findCases) are cut to this many items in a recording
REDACTED_VALUE = "redacted"


@dataclass(slots=True)
class Exchange:
    """One request and its answer as the client saw them (not redacted: keep it in memory only)."""

    step: str
    method: str
    path: str  # relative to the client's base URL
    query: dict[str, str]
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes

    def response_json(self) -> object:
        """The answer parsed as JSON, or None when it is empty or not JSON."""
        try:
            return json.loads(self.response_body or b"null")
        except ValueError:
            return None


@dataclass
class RecordingTransport(httpx.AsyncBaseTransport):
    """Passes every request to `inner` and keeps the exchange. Set `step` before each call of the check."""

    inner: httpx.AsyncBaseTransport
    base_path: str = ""
    step: str = ""
    exchanges: list[Exchange] = field(default_factory=list)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        response = await self.inner.handle_async_request(request)
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        await response.aclose()
        decoded = httpx.Response(response.status_code, headers=response.headers, content=raw)
        self.exchanges.append(
            Exchange(
                step=self.step,
                method=request.method,
                path=_relative(request.url.path, self.base_path),
                query=dict(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)),
                request_headers=dict(request.headers),
                request_body=body,
                status=response.status_code,
                response_headers=dict(response.headers),
                response_body=decoded.read(),
            )
        )
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()

    def of_step(self, step: str) -> list[Exchange]:
        return [e for e in self.exchanges if e.step == step]


def _relative(path: str, base_path: str) -> str:
    base = base_path.rstrip("/")
    if base and path.lower().startswith(base.lower()):
        return path[len(base) :] or "/"
    return path


def base_path_of(base_url: str) -> str:
    return urlsplit(base_url).path.rstrip("/")


# -- writing -------------------------------------------------------------------------------------------------


def write_recording(
    folder: Path,
    exchanges: Iterable[Exchange],
    *,
    provider: str,
    check_id: str,
    redactor: Redactor,
    keep: Iterable[str] = (),
    report: dict[str, object] | None = None,
) -> Path:
    """Write the redacted exchanges (and the report) to `folder`; returns the exchanges file.

    `keep`: values the check itself sent (its own case name, test address...), kept as they are so a replay
    compares them like the live check did.
    """
    folder.mkdir(parents=True, exist_ok=True)
    scrub = _Scrubber(redactor, frozenset(keep))
    data = {
        "format": RECORDING_FORMAT,
        "provider": provider,
        "check_id": check_id,
        "exchanges": [scrub.exchange(e) for e in exchanges],
    }
    target = folder / EXCHANGES_FILE
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if report is not None:
        (folder / REPORT_FILE).write_text(
            redactor.text(json.dumps(report, ensure_ascii=False, indent=2)) + "\n", encoding="utf-8"
        )
    return target


@dataclass(frozen=True, slots=True)
class _Scrubber:
    redactor: Redactor
    keep: frozenset[str]

    def exchange(self, exchange: Exchange) -> dict[str, Any]:
        return {
            "step": exchange.step,
            "request": {
                "method": exchange.method,
                "path": exchange.path,
                "query": {k: self._query_value(k, v) for k, v in exchange.query.items()},
                "headers": self._headers(exchange.request_headers),
                **self._body(exchange.request_body, exchange.request_headers),
            },
            "response": {
                "status": exchange.status,
                "headers": self._headers(exchange.response_headers),
                **self._body(exchange.response_body, exchange.response_headers),
            },
        }

    def _query_value(self, name: str, value: str) -> str:
        redacted = self.redactor.url(f"http://x/?{name}={value}")
        return dict(parse_qsl(urlsplit(redacted).query, keep_blank_values=True)).get(name, REDACTED)

    def _headers(self, headers: dict[str, str]) -> dict[str, str]:
        kept = {
            k: v for k, v in headers.items() if k.lower() not in {"content-length", "date", "server", "host"}
        }
        return self.redactor.headers(kept)

    def _body(self, body: bytes, headers: dict[str, str]) -> dict[str, Any]:
        if not body:
            return {}
        try:
            parsed = json.loads(body)
        except ValueError:
            text = body.decode("utf-8", errors="replace")
            if len(text) > _LONG_TEXT:
                return {"text_omitted": len(body)}
            return {"text": self.redactor.text(text)}
        return {"json": self._value(parsed, "")}

    def _value(self, value: object, key: str) -> object:
        if isinstance(value, dict):
            return {k: self._value(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._value(item, key) for item in value[:_MAX_LIST_ITEMS]]
        if isinstance(value, str):
            if value in self.keep:
                return value
            if len(value) > _LONG_TEXT:
                return f"<{len(value)} characters omitted>"
            if key.lower() in PERSONAL_KEYS and value:
                return REDACTED_VALUE
            return self.redactor.text(value)
        return value


# -- replaying -----------------------------------------------------------------------------------------------


class ReplayMismatchError(AssertionError):
    """The client sent a request the recording does not have next."""


@dataclass(frozen=True, slots=True)
class Recording:
    provider: str
    check_id: str
    exchanges: tuple[dict[str, Any], ...]

    @classmethod
    def read(cls, folder: Path) -> Recording:
        data = json.loads((folder / EXCHANGES_FILE).read_text(encoding="utf-8"))
        if data.get("format") != RECORDING_FORMAT:
            raise ValueError(f"{folder} is not an account-check recording ({data.get('format')!r})")
        return cls(str(data["provider"]), str(data["check_id"]), tuple(data["exchanges"]))


class ReplayTransport(httpx.AsyncBaseTransport):
    """Answers each request with the next recorded answer, after checking method and path match.

    A request that repeats the one just answered (a client asking for the next page of a list) while the
    recording goes on differently gets the same answer again, as from a service that ignores paging; the
    client must then stop on its own (a page that brings nothing new).
    """

    def __init__(self, recording: Recording, base_path: str = "") -> None:
        self._pending = list(recording.exchanges)
        self._base_path = base_path
        self._last: dict[str, Any] | None = None

    @property
    def remaining(self) -> int:
        return len(self._pending)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = _relative(request.url.path, self._base_path)
        if self._pending and _same(self._pending[0], request.method, path):
            recorded = self._pending.pop(0)
        elif self._last is not None and _same(self._last, request.method, path):
            recorded = self._last
        elif not self._pending:
            raise ReplayMismatchError(f"{request.method} {path}: the recording has no more answers")
        else:
            wanted = self._pending[0]["request"]
            raise ReplayMismatchError(
                f"{request.method} {path} was sent where the recording has "
                f"{wanted['method']} {wanted['path']}"
            )
        self._last = recorded
        answer = recorded["response"]
        headers = {k: v for k, v in answer.get("headers", {}).items() if k.lower() != "content-encoding"}
        if "json" in answer:
            content = json.dumps(answer["json"]).encode()
        else:
            content = str(answer.get("text", "")).encode()
        return httpx.Response(int(answer["status"]), headers=headers, stream=httpx.ByteStream(content))


def _same(recorded: dict[str, Any], method: str, path: str) -> bool:
    wanted = recorded["request"]
    return bool(wanted["method"] == method and str(wanted["path"]).lower() == path.lower())

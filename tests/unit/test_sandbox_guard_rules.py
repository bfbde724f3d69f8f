"""The sandbox guard's rules without a server: which Host headers, secrets and origins pass."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping
from typing import Any

import pytest

from esign_desktop.sandbox.guard import CONTROL_SECRET_HEADER, SandboxGuard, csrf_ok, csrf_token, host_name

SECRET = "s" * 32


async def app(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def status(
    guard: SandboxGuard, host: str, path: str = "/assently/x", method: str = "GET", **headers: str
) -> int:
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "headers": [(b"host", host.encode()), *((k.encode(), v.encode()) for k, v in headers.items())],
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    asyncio.run(guard(scope, receive, send))
    return int(sent[0]["status"])


@pytest.mark.parametrize(
    ("bound", "host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1:8787", 200),
        ("127.0.0.1", "localhost", 200),
        ("127.0.0.1", "[::1]:80", 200),
        ("127.0.0.1", "127.0.0.1.nip.io", 421),
        ("127.0.0.1", "evil.example", 421),
        ("127.0.0.1", "", 421),
        ("127.0.0.1", "192.168.1.5", 421),
        ("192.168.1.5", "192.168.1.5:8787", 200),
        ("0.0.0.0", "192.168.1.5:8787", 200),  # noqa: S104 - what --host was given
        ("0.0.0.0", "sandbox.example:8787", 421),  # noqa: S104 - a name could be rebound
    ],
)
def test_host_header_rules(bound: str, host: str, expected: int) -> None:
    assert status(SandboxGuard(app, SECRET, (bound,)), host) == expected


def test_control_paths_need_the_secret_and_signing_pages_do_not() -> None:
    guard = SandboxGuard(app, SECRET, ("127.0.0.1",))
    assert status(guard, "127.0.0.1", "/_sandbox/info") == 403
    assert status(guard, "127.0.0.1", "/_sandbox/info", **{CONTROL_SECRET_HEADER: SECRET}) == 200
    assert status(guard, "127.0.0.1", "/_sandbox/sign/abc") == 200


def test_cross_site_writes_are_refused_and_same_origin_ones_pass() -> None:
    guard = SandboxGuard(app, SECRET, ("127.0.0.1",))
    assert status(guard, "127.0.0.1:9", "/_sandbox/sign/t/sign", "POST", origin="http://127.0.0.1:9") == 200
    assert status(guard, "127.0.0.1:9", "/_sandbox/sign/t/sign", "POST", origin="http://localhost:9") == 403
    assert (
        status(guard, "127.0.0.1:9", "/_sandbox/sign/t/sign", "POST", **{"sec-fetch-site": "same-site"})
        == 403
    )
    assert status(guard, "127.0.0.1:9", "/_sandbox/sign/t", "GET", origin="http://evil.example") == 200


def test_csrf_tokens_are_per_link_and_per_secret() -> None:
    token = csrf_token(SECRET, "link-1")
    assert csrf_ok(SECRET, "link-1", token)
    assert not csrf_ok(SECRET, "link-2", token)
    assert not csrf_ok("other" * 8, "link-1", token)
    assert host_name("[::1]:8787") == "::1"
    assert host_name("bad[host") == ""

"""What keeps web pages and other local processes from driving the sandbox (issue 17, finding 7).

* **Host check** (DNS rebinding): a request is served only when its `Host` header names this computer
  (127.0.0.0/8, ::1, localhost) or the address the server was explicitly bound to (bound to every address,
  `--host 0.0.0.0`: any IP address, never a name). A page on `evil.example` that re-points its name at
  127.0.0.1 sends `Host: evil.example` and gets 421.
* **Per-run secret**: the control API (`/_sandbox/...` except the signing pages) answers only requests that
  carry the secret of this run in the `X-Sandbox-Secret` header. The secret is made at start and given in the
  ready line / `SandboxInfo.control_secret`; a browser cannot add the header to a cross-site request without
  a CORS preflight, which the sandbox never grants.
* **No cross-site state change**: a request that is not GET/HEAD/OPTIONS is refused when the browser says it
  comes from another site (`Origin` other than this server, or `Sec-Fetch-Site` cross-site / same-site). The
  signing pages' forms also carry a CSRF token tied to the party's link and this run's secret.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

CONTROL_SECRET_HEADER = "X-Sandbox-Secret"  # noqa: S105 - a header name
CONTROL_PREFIX = "/_sandbox/"
SIGNING_PREFIX = "/_sandbox/sign/"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_WILDCARD_HOSTS = frozenset({"0.0.0.0", "::"})  # noqa: S104 - names, not a bind


def new_control_secret() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(secret: str, party_token: str) -> str:
    """The token the signing page's forms carry: only someone who could read the page has it."""
    return hmac.new(secret.encode(), f"csrf:{party_token}".encode(), hashlib.sha256).hexdigest()[:32]


def csrf_ok(secret: str, party_token: str, given: str) -> bool:
    return hmac.compare_digest(csrf_token(secret, party_token), given)


def host_name(value: str) -> str:
    """The host part of a Host header or an origin ("[::1]:8787" -> "::1"), lower-case; "" if unreadable."""
    try:
        return (urlsplit(value if "//" in value else f"//{value}").hostname or "").lower()
    except ValueError:
        return ""


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def is_loopback_name(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SandboxGuard:
    """ASGI middleware in front of everything the sandbox serves."""

    def __init__(self, app: ASGIApp, secret: str, bound_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.secret = secret
        given = frozenset(h.strip("[]").lower() for h in bound_hosts)
        self.bound_hosts = given - _WILDCARD_HOSTS
        self.any_address = bool(given & _WILDCARD_HOSTS)  # reachable by IP: an IP literal cannot be rebound

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # the sandbox has no websockets; lifespan passes
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, code, message = refusal
            await _send_json(send, status, {"error": code, "message": message})
            return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, str] | None:
        host = host_name(headers.get("host", ""))
        if not (is_loopback_name(host) or host in self.bound_hosts or (self.any_address and is_ip(host))):
            return 421, "unknown_host", "This sandbox answers only requests addressed to this computer."
        method = str(scope.get("method", "GET")).upper()
        if method not in SAFE_METHODS and self._cross_site(headers):
            return 403, "cross_site", "Requests from other web sites cannot change the sandbox."
        path = str(scope.get("path", ""))
        if path.startswith(CONTROL_PREFIX) and not path.startswith(SIGNING_PREFIX):
            given = headers.get(CONTROL_SECRET_HEADER.lower(), "")
            if not hmac.compare_digest(given.encode(), self.secret.encode()):
                return (
                    403,
                    "forbidden",
                    f"The control API needs this run's secret in the {CONTROL_SECRET_HEADER} header "
                    "(the ready line's control_secret).",
                )
        return None

    @staticmethod
    def _cross_site(headers: dict[str, str]) -> bool:
        fetch_site = headers.get("sec-fetch-site", "").lower()
        if fetch_site in {"cross-site", "same-site"}:
            return True
        origin = headers.get("origin")
        if origin is None:
            return False  # not a browser, or a same-origin navigation of an old browser
        if origin == "null":
            return True  # sandboxed frames, data: URLs, file: pages
        parts = urlsplit(origin)
        return parts.netloc.lower() != headers.get("host", "").lower()


async def _send_json(send: Send, status: int, body: dict[str, str]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})

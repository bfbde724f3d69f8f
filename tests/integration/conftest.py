"""A real sandbox server on 127.0.0.1 for integration tests, started once per module.

`sandbox` (function scope) hands out the module's server after resetting faults and rate-limit counters, so
tests do not leak conditions into each other. `webhook_receiver` records the callbacks the sandbox POSTs.
"""

from __future__ import annotations

import base64
import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from esign_desktop.sandbox import EmbeddedSandbox, SandboxInfo, start_embedded
from esign_desktop.sandbox.sample_document import build_sample_contract
from esign_desktop.sandbox.store import sha512_hex

DEFAULT_FAULTS = {
    "latency_ms": 0,
    "error_rate": 0.0,
    "drop_rate": 0.0,
    "lost_response_rate": 0.0,
    "rate_limit": True,
}


@dataclass
class SandboxHandle:
    """The running server, its data folder, and httpx clients for each API."""

    server: EmbeddedSandbox
    data_dir: Path
    control: httpx.Client = field(init=False)
    assently: httpx.Client = field(init=False)
    gmo: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        info = self.info
        # The control API needs this run's secret (issue 17, finding 7); the signing pages do not.
        self.control = httpx.Client(base_url=info.base_url, headers=info.control_headers(), timeout=10)
        self.assently = httpx.Client(
            base_url=f"{info.assently_base_url}/api",
            headers={"Authorization": info.assently_token},
            timeout=10,
        )
        self.gmo = httpx.Client(
            base_url=f"{info.gmosign_base_url}/customer",
            auth=(info.gmo_customer_id, info.gmo_secret_key),
            timeout=10,
        )

    @property
    def info(self) -> SandboxInfo:
        return self.server.info

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def close(self) -> None:
        for client in (self.control, self.assently, self.gmo):
            client.close()

    # control API helpers
    def envelopes(self) -> list[dict[str, Any]]:
        response = self.control.get("/_sandbox/envelopes")
        response.raise_for_status()
        result: list[dict[str, Any]] = response.json()
        return result

    def envelope(self, provider: str, envelope_id: str) -> dict[str, Any]:
        response = self.control.get(f"/_sandbox/envelopes/{provider}/{envelope_id}")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def act(
        self,
        provider: str,
        envelope_id: str,
        party_id: str,
        decision: str = "sign",
        fields: dict[str, str | bool] | None = None,
    ) -> httpx.Response:
        """Sign (or decline) for a party. `fields` are its field values by field index; None fills each
        required field of the party that is still empty (text "Filled by test", checkboxes ticked)."""
        if fields is None and decision == "sign":
            fields = self.required_values(provider, envelope_id, party_id)
        return self.control.post(
            f"/_sandbox/envelopes/{provider}/{envelope_id}/parties/{party_id}/{decision}",
            json={"fields": fields} if fields else None,
        )

    def required_values(self, provider: str, envelope_id: str, party_id: str) -> dict[str, str | bool]:
        values: dict[str, str | bool] = {}
        response = self.control.get(f"/_sandbox/envelopes/{provider}/{envelope_id}")
        if response.status_code != 200:
            return values  # the sign call itself reports the unknown envelope
        for index, placed in enumerate(response.json()["fields"]):
            if placed["party_id"] != party_id or not placed["editable"] or not placed["required"]:
                continue
            if placed["kind"] == "checkbox":
                values[str(index)] = True
            elif placed["kind"] == "text" and not placed["text"]:
                values[str(index)] = "Filled by test"
        return values

    def set_faults(self, **changes: Any) -> None:
        self.control.put("/_sandbox/faults", json=changes).raise_for_status()

    def set_profiles(self, *names: str) -> dict[str, Any]:
        """Make exactly these deviation profiles active (none: the contract's behaviour)."""
        response = self.control.put("/_sandbox/profile", json={"active": list(names)})
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def advance_days(self, days: float) -> dict[str, Any]:
        response = self.control.post("/_sandbox/clock", json={"advance_days": days})
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result


@pytest.fixture(scope="module")
def sandbox_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxHandle]:
    data_dir = tmp_path_factory.mktemp("sandbox-data")
    server = start_embedded(data_dir)
    handle = SandboxHandle(server, data_dir)
    yield handle
    handle.close()
    server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxHandle) -> SandboxHandle:
    sandbox_server.set_faults(**DEFAULT_FAULTS)
    sandbox_server.set_profiles()
    return sandbox_server


@pytest.fixture(scope="session")
def sample_pdf() -> bytes:
    return build_sample_contract()


def assently_document(pdf: bytes, filename: str = "contract.pdf", **extra: Any) -> dict[str, Any]:
    return {
        "Filename": filename,
        "Data": base64.b64encode(pdf).decode("ascii"),
        "Hash": sha512_hex(pdf),
        "Size": len(pdf),
        **extra,
    }


@dataclass
class WebhookReceiver:
    url: str
    calls: queue.Queue[tuple[str, dict[str, str], Any]]

    def wait(self, timeout: float = 5.0) -> tuple[str, dict[str, str], Any]:
        return self.calls.get(timeout=timeout)

    def wait_for(self, predicate: Any, timeout: float = 5.0) -> tuple[str, dict[str, str], Any]:
        """The first call for which predicate(path, headers, body) is true; others are dropped."""
        while True:
            call = self.calls.get(timeout=timeout)
            if predicate(*call):
                return call


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    calls: queue.Queue[tuple[str, dict[str, str], Any]] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length) or b"null")
            calls.put((self.path, {key.lower(): value for key, value in self.headers.items()}, body))
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield WebhookReceiver(f"http://127.0.0.1:{server.server_address[1]}", calls)
    server.shutdown()
    server.server_close()
    thread.join(5)

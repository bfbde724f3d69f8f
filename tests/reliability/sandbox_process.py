"""The sandbox in its own process (`esign-sandbox serve`), so load and faults use the second core and a
test can stop it like a server going away. Used by the reliability suite and the benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from esign_desktop.sandbox.info import SandboxInfo

HEALTHY = {
    "latency_ms": 0,
    "error_rate": 0.0,
    "drop_rate": 0.0,
    "lost_response_rate": 0.0,
    "rate_limit": True,
}


@dataclass
class SandboxProcess:
    process: subprocess.Popen[str]
    info: SandboxInfo
    control: httpx.Client

    @classmethod
    def start(cls, data_dir: Path, port: int = 0) -> SandboxProcess:
        command = [sys.executable, "-m", "esign_desktop.sandbox.cli", "serve", "--port", str(port)]
        command += ["--data", str(data_dir)]
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            process.wait(10)
            raise RuntimeError(f"the sandbox did not start (exit code {process.returncode})")
        ready = json.loads(line)
        info = SandboxInfo(
            base_url=ready["base_url"],
            assently_base_url=ready["assently"]["base_url"],
            assently_token=ready["assently"]["token"],
            assently_api_key=ready["assently"]["api_key"],
            assently_api_secret=ready["assently"]["api_secret"],
            gmosign_base_url=ready["gmosign"]["base_url"],
            gmo_customer_id=ready["gmosign"]["customer_id"],
            gmo_secret_key=ready["gmosign"]["secret_key"],
            control_secret=ready["control_secret"],
        )
        control = httpx.Client(base_url=info.base_url, headers=info.control_headers(), timeout=30)
        return cls(process, info, control)

    @property
    def port(self) -> int:
        return int(self.info.base_url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self.control.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    # control API
    def set_faults(self, **changes: Any) -> None:
        self.control.put("/_sandbox/faults", json=changes).raise_for_status()

    def stats(self) -> dict[str, Any]:
        response = self.control.get("/_sandbox/stats")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

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

    def names_of(self, provider: str, ids: set[str]) -> list[str]:
        """The names of these envelopes (the summary list has no names; the detail has)."""
        return [str(self.envelope(provider, envelope_id)["name"]) for envelope_id in sorted(ids)]

    def act(self, provider: str, envelope_id: str, party_id: str, decision: str = "sign") -> None:
        url = f"/_sandbox/envelopes/{provider}/{envelope_id}/parties/{party_id}/{decision}"
        self.control.post(url).raise_for_status()

    def integrity(self) -> dict[str, Any]:
        response = self.control.get("/_sandbox/integrity")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

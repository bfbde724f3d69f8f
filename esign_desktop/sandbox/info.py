"""What a client needs to talk to a running sandbox: service base URLs, the demo credentials, and this run's
secret for the control API (sent as the `X-Sandbox-Secret` header)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from esign_desktop.sandbox.credentials import Credentials
from esign_desktop.sandbox.guard import CONTROL_SECRET_HEADER


@dataclass(frozen=True, slots=True)
class SandboxInfo:
    base_url: str
    assently_base_url: str
    assently_token: str
    assently_api_key: str
    assently_api_secret: str
    gmosign_base_url: str
    gmo_customer_id: str
    gmo_secret_key: str
    control_secret: str = ""

    def control_headers(self) -> dict[str, str]:
        """The headers a control API call needs (`/_sandbox/...`, not the signing pages)."""
        return {CONTROL_SECRET_HEADER: self.control_secret}

    def to_json(self) -> dict[str, Any]:
        """The object `esign-sandbox serve` prints as its one ready line."""
        return {
            "base_url": self.base_url,
            "assently": {
                "base_url": self.assently_base_url,
                "token": self.assently_token,
                "api_key": self.assently_api_key,
                "api_secret": self.assently_api_secret,
            },
            "gmosign": {
                "base_url": self.gmosign_base_url,
                "customer_id": self.gmo_customer_id,
                "secret_key": self.gmo_secret_key,
            },
            "control_secret": self.control_secret,
        }


def sandbox_info(base_url: str, credentials: Credentials, control_secret: str = "") -> SandboxInfo:
    base = base_url.rstrip("/")
    return SandboxInfo(
        base_url=base,
        assently_base_url=f"{base}/assently",
        assently_token=credentials.assently_token,
        assently_api_key=credentials.assently_api_key,
        assently_api_secret=credentials.assently_api_secret,
        gmosign_base_url=f"{base}/gmosign",
        gmo_customer_id=credentials.gmo_customer_id,
        gmo_secret_key=credentials.gmo_secret_key,
        control_secret=control_secret,
    )

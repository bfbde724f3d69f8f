"""What a client needs to talk to a running sandbox: service base URLs and the demo credentials."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from esign_desktop.sandbox.credentials import Credentials


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
        }


def sandbox_info(base_url: str, credentials: Credentials) -> SandboxInfo:
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
    )

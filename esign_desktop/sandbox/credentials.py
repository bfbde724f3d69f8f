"""The demo credentials of the sandbox's one Assently account and one GMO Sign account.

They are created once per data folder and kept with its data: they protect nothing but the demo.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass

from esign_desktop.sandbox.store import Transaction

_SETTING = "credentials"


@dataclass(frozen=True, slots=True)
class Credentials:
    assently_token: str
    assently_api_key: str
    assently_api_secret: str
    gmo_customer_id: str
    gmo_secret_key: str


def load_or_create_credentials(tx: Transaction) -> Credentials:
    stored = tx.get_setting(_SETTING)
    if stored is not None:
        return Credentials(**stored)
    credentials = Credentials(
        assently_token="pat-" + secrets.token_hex(16),
        assently_api_key="demo-" + secrets.token_hex(4),
        assently_api_secret=secrets.token_hex(16),
        gmo_customer_id="C" + str(secrets.randbelow(9_000_000) + 1_000_000),
        gmo_secret_key=secrets.token_hex(20),
    )
    tx.set_setting(_SETTING, asdict(credentials))
    return credentials

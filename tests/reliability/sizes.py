"""How hard the reliability suite pushes: full when it is run on purpose, fast inside the whole test run.

`make reliability` (or `pytest tests/reliability`, or `-m reliability`) runs the full sizes; the plain
`pytest` run of every test (`make test`) runs the fast ones, as does RELIABILITY_FAST=1. Each size can be
set on its own by its environment variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sizes:
    sends: int  # per provider, RELIABILITY_SENDS
    kills: int  # SIGKILLs of the app process, RELIABILITY_KILLS
    sync_envelopes: int  # envelopes changed while offline, RELIABILITY_SYNC_ENVELOPES
    examples: int  # hypothesis examples per property, RELIABILITY_EXAMPLES
    cli_envelopes: int  # specs and CSV rows sent by the CLI under faults and kills, RELIABILITY_CLI_ENVELOPES
    full: bool


FULL = Sizes(sends=1000, kills=50, sync_envelopes=30, examples=300, cli_envelopes=30, full=True)
FAST = Sizes(sends=40, kills=6, sync_envelopes=6, examples=40, cli_envelopes=3, full=False)

_current = FAST


def choose(full: bool) -> Sizes:
    """Called once by the suite's conftest; the environment overrides each size."""
    global _current
    base = FULL if full and os.environ.get("RELIABILITY_FAST", "") != "1" else FAST
    _current = Sizes(
        sends=_env_int("RELIABILITY_SENDS", base.sends),
        kills=_env_int("RELIABILITY_KILLS", base.kills),
        sync_envelopes=_env_int("RELIABILITY_SYNC_ENVELOPES", base.sync_envelopes),
        examples=_env_int("RELIABILITY_EXAMPLES", base.examples),
        cli_envelopes=_env_int("RELIABILITY_CLI_ENVELOPES", base.cli_envelopes),
        full=base.full,
    )
    return _current


def current() -> Sizes:
    return _current


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default

"""Tasks a dialog under test asked to start, run by hand on the test's qasync loop (no nested loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

Started = list[tuple[str, Coroutine[Any, Any, None]]]


def run_started(loop: asyncio.AbstractEventLoop, started: Started) -> list[str]:
    """Run every started task to its end, in order (tasks may start more); returns their names."""
    names = []
    while started:
        name, coroutine = started.pop(0)
        names.append(name)
        loop.run_until_complete(coroutine)
    return names

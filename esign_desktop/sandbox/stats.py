"""Request, fault and webhook counters for GET /_sandbox/stats (in memory; reset on restart)."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any


class Stats:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.statuses: dict[str, Counter[str]] = {}
        self.faults: dict[str, Counter[str]] = {}
        self.webhooks: Counter[str] = Counter()

    def count_request(self, provider: str) -> None:
        with self._lock:
            self.requests[provider] += 1

    def count_status(self, provider: str, status: int) -> None:
        with self._lock:
            self.statuses.setdefault(provider, Counter())[str(status)] += 1

    def count_fault(self, provider: str, kind: str) -> None:
        with self._lock:
            self.faults.setdefault(provider, Counter())[kind] += 1

    def count_webhook(self, outcome: str) -> None:
        with self._lock:
            self.webhooks[outcome] += 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": dict(self.requests),
                "responses": {provider: dict(counts) for provider, counts in self.statuses.items()},
                "faults": {provider: dict(counts) for provider, counts in self.faults.items()},
                "webhooks": dict(self.webhooks),
            }

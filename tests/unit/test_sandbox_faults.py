"""Fault settings parsing, the sliding-window rate limiter and the store's integrity check."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from esign_desktop.sandbox.faults import FaultSettings, RateLimiter
from esign_desktop.sandbox.store import Store


def test_fault_settings_merge_and_validate() -> None:
    base = FaultSettings()
    changed = FaultSettings.from_json({"error_rate": 0.2, "latency_ms": 5}, base)

    assert changed == FaultSettings(latency_ms=5, error_rate=0.2)
    assert FaultSettings.from_json({"rate_limit": False}, changed).error_rate == 0.2
    for bad in ({"error_rate": 2}, {"drop_rate": "0.1"}, {"rate_limit": 1}, {"latency_ms": 0.5}, {"x": 1}):
        with pytest.raises(ValueError, match=r"must be|unknown"):
            FaultSettings.from_json(bad, base)


def test_rate_limiter_allows_the_window_then_says_how_long_to_wait() -> None:
    limiter = RateLimiter(calls=3, window=60)

    assert [limiter.retry_after("a") for _ in range(3)] == [None, None, None]
    wait = limiter.retry_after("a")
    assert wait is not None
    assert 1 <= wait <= 60
    assert limiter.retry_after("b") is None
    limiter.reset()
    assert limiter.retry_after("a") is None


def test_rate_limiter_forgets_calls_older_than_the_window() -> None:
    limiter = RateLimiter(calls=1, window=0.05)
    assert limiter.retry_after("a") is None
    assert limiter.retry_after("a") is not None
    time.sleep(0.06)
    assert limiter.retry_after("a") is None


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")

    def write_then_fail() -> None:
        with store.transaction() as tx:
            tx.put_blob("k", b"data")
            raise RuntimeError("fault in the middle")

    with pytest.raises(RuntimeError):
        write_then_fail()
    with store.transaction() as tx:
        assert tx.get_blob("k") is None
    store.close()


def test_integrity_check_finds_a_blob_changed_behind_the_stores_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with store.transaction() as tx:
        tx.put_blob("doc", b"original")
    assert store.integrity_problems() == []
    store.close()
    with sqlite3.connect(tmp_path / "s.sqlite3") as raw:
        raw.execute("UPDATE blobs SET data = ? WHERE key = 'doc'", (b"changed",))
    raw.close()

    reopened = Store(tmp_path / "s.sqlite3")
    assert reopened.integrity_problems() == ["blob doc: content does not match its hash"]
    reopened.close()

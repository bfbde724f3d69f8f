"""Keep every thread of a thread pool busy, so work started meanwhile waits in the pool's queue."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QThreadPool

WAIT_SECONDS = 10


@contextmanager
def pool_busy(pool: QThreadPool | None = None) -> Iterator[None]:
    """Inside the block every thread of `pool` (default: the application's global pool) runs a blocker;
    leaving it releases them and waits until the pool has finished everything queued meanwhile."""
    pool = pool if pool is not None else QThreadPool.globalInstance()
    release = threading.Event()
    running = threading.Semaphore(0)
    count = pool.maxThreadCount()

    def block() -> None:
        running.release()
        release.wait(WAIT_SECONDS)

    for _ in range(count):
        pool.start(block)
    for _ in range(count):
        assert running.acquire(timeout=WAIT_SECONDS), "the pool never ran its blockers"
    try:
        yield
    finally:
        release.set()
        assert pool.waitForDone(WAIT_SECONDS * 1000)

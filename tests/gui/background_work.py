"""For tests of work that must end with its widget: keep a thread pool busy, so work started meanwhile waits
in its queue; delete a widget as Qt deletes a closed window."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool

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


def delete_now(widget: QObject) -> None:
    """deleteLater, then the deferred delete is processed (outside any event loop, so at once)."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


def let_the_loop_turn(loop: asyncio.AbstractEventLoop, turns: int = 5) -> None:
    """A few turns of the loop: enough for a cancelled task to end and its done callbacks to run, without
    waiting for tasks that were not cancelled (which may never end)."""

    async def turn() -> None:
        for _ in range(turns):
            await asyncio.sleep(0)

    loop.run_until_complete(turn())

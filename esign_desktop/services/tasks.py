"""One registry for every background task: named, cancellable, strongly referenced."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)

ErrorHandler = Callable[[str, BaseException], None]
T = TypeVar("T")


class TaskRegistry:
    """Keeps a strong reference to each running task (asyncio holds only weak ones).

    Starting a task under a name that is already running cancels the older one when `replace` is set, so a
    new search supersedes the previous one. Failures go to `on_error`; cancellation is never an error.
    """

    def __init__(self, on_error: ErrorHandler | None = None) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._counter = 0
        self._on_error = on_error
        self._closing = False

    def start(
        self, name: str, coroutine: Coroutine[Any, Any, T], *, replace: bool = False
    ) -> asyncio.Task[T]:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            if replace:
                previous.cancel()
            else:
                self._counter += 1
                name = f"{name}#{self._counter}"
        task = _loop().create_task(coroutine, name=name)
        if self._closing:
            task.cancel()  # shutting down: it never starts, and its coroutine is closed cleanly
        self._tasks[name] = task
        task.add_done_callback(functools.partial(self._finished, name))
        return task

    def _finished(self, name: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(name) is task:
            del self._tasks[name]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            if self._on_error is not None:
                self._on_error(name, error)
            else:
                log.error("task %s failed", name, exc_info=error)

    def cancel(self, name: str) -> bool:
        """Cancel the task running under `name`; False when none is."""
        task = self._tasks.get(name)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def running(self) -> list[str]:
        return sorted(name for name, task in self._tasks.items() if not task.done())

    async def cancel_all(self) -> None:
        """Cancel and await every task except the one calling (a shutdown task may live here too); tasks
        started from now on are cancelled at once."""
        self._closing = True
        current = asyncio.current_task()
        tasks = [task for task in self._tasks.values() if not task.done() and task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _loop() -> asyncio.AbstractEventLoop:
    """The running loop, or the one set for this thread (a task may be queued before the loop runs)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()

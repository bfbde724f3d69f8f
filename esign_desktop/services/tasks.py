"""One registry for every background task: keyed by a declared kind, cancellable, strongly referenced."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from enum import StrEnum
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskKind(StrEnum):
    """Every kind of background work the app runs. The UI names each one to the person when it fails
    (app._TASK_LABELS; a test keeps the two lists equal)."""

    STARTUP = "startup"
    SHUTDOWN = "shutdown"
    BACKUP = "backup"
    CACHE_LOAD = "cache:load"
    OUTBOX_RESUME = "outbox:resume"
    OUTBOX_SEND = "outbox:compose"
    SYNC = "sync"
    HOOK = "hook"
    VERIFY = "verify"
    ACTION = "action"
    DOWNLOAD = "download"
    DOCUMENT = "document"
    COMPOSER_OPEN_JSON = "composer:open-json"
    COMPOSER_CLOSE = "composer:close"
    TEAM_TEST = "team.test"
    CALIBRATION_SEND = "calibration.send"
    CALIBRATION_FINISH = "calibration.finish"
    ACCOUNT_REMOVE = "accounts.remove"
    ACCOUNT_TEST = "accounts.test"
    ACCOUNT_CHECK = "accounts.check"
    RELAY_STATUS = "accounts.relay_status"
    RELAY_CONNECT = "accounts.relay_connect"
    RELAY_DISCONNECT = "accounts.relay_disconnect"
    TEMPLATES_LOAD = "templates"
    TEMPLATE_SEND = "template"
    NOTIFY = "notify:desktop"


class TaskKey(str):
    """A task's key: its kind and what it works on ("sync:<account id>"). A string, so it reads and compares
    as the name it always had; typed, so every task declares its kind."""

    kind: TaskKind

    def __new__(cls, kind: TaskKind, subject: str = "") -> TaskKey:
        key = super().__new__(cls, f"{kind.value}:{subject}" if subject else kind.value)
        key.kind = kind
        return key


ErrorHandler = Callable[[TaskKey, BaseException], None]


class TaskRegistry:
    """Keeps a strong reference to each running task (asyncio holds only weak ones).

    Starting a task under a name that is already running cancels the older one when `replace` is set, so a
    new search supersedes the previous one. Failures go to `on_error`; cancellation is never an error.
    """

    def __init__(self, on_error: ErrorHandler | None = None) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}  # by key; a second task of a key gets "#n" added
        self._counter = 0
        self._on_error = on_error
        self._closing = False

    def start(
        self, key: TaskKey, coroutine: Coroutine[Any, Any, T], *, replace: bool = False
    ) -> asyncio.Task[T]:
        slot = str(key)
        previous = self._tasks.get(slot)
        if previous is not None and not previous.done():
            if replace:
                previous.cancel()
            else:
                self._counter += 1
                slot = f"{slot}#{self._counter}"
        task = _loop().create_task(coroutine, name=slot)
        if self._closing:
            task.cancel()  # shutting down: it never starts, and its coroutine is closed cleanly
        self._tasks[slot] = task
        task.add_done_callback(functools.partial(self._finished, key, slot))
        return task

    def _finished(self, key: TaskKey, slot: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(slot) is task:
            del self._tasks[slot]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            if self._on_error is not None:
                self._on_error(key, error)
            else:
                log.error("task %s failed", slot, exc_info=error)

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

"""The one way a widget runs background work: a `WidgetWork` it makes for itself, which ends with it.

    self._work = WidgetWork(self, run=run)        # run: the app's TaskRegistry.start, or None
    self._work.call(partial(inspect_pdf, path), self._on_inspected)      # blocking: on the thread pool
    self._work.start(TaskKey(TaskKind.ACCOUNT_TEST, account.id), self._test(account))   # a coroutine

- `call(function, done, failed=None)` runs a blocking function on the thread pool and hands its result to
  `done`, or its exception to `failed`, on the GUI thread. It needs no asyncio loop. The function runs on a
  worker thread: give it plain values (paths, ids), never a widget. Without `failed`, an exception goes to
  sys.excepthook (the app's one error pipeline), as an exception in a slot would.
- `start(key, coroutine)` runs a coroutine through the injected runner (the task registry: named,
  strongly referenced, failures reported) or, without one, as a task on the asyncio loop.
- `cancel(kind)` cancels this work's coroutines of one TaskKind still running: a list loaded for the account
  chosen before must not land after the one for the account chosen now.

When the owner is destroyed (its `destroyed` signal), or calls `close()` itself, the work ends with it: jobs
still queued are taken off the pool (`QThreadPool.tryTake`) and never run, coroutines are cancelled (which
is never a failure), and results still on their way are dropped. So `done`, `failed` and the code of a
coroutine after an `await` only ever run while the owner exists: callers need no `shiboken6.isValid` checks
and catch no RuntimeError. Close on destroy, not on hide: a dialog that is opened again keeps its work.

The hand-off: a worker posts its outcome, holding the work's lock and only while the work is open, as a
queued signal of one mailbox QObject that lives on the GUI thread for the whole run (it is never deleted, so
no worker emits on a deleted object); the mailbox passes it to the work, which drops it if it closed since.

tests/unit/test_widget_work_rule.py keeps this the only way: no other ui module may use the global thread
pool or a pool of its own (editor/page_renderer.py's one-thread priority pool excepted),
`asyncio.ensure_future` / `create_task` or `run_in_executor`.
"""

from __future__ import annotations

import asyncio
import functools
import sys
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

T = TypeVar("T")

Runner = Callable[[TaskKey, Coroutine[Any, Any, None]], object]
"""Starts a named coroutine in the background: the app passes TaskRegistry.start (which returns the task)."""

Failed = Callable[[Exception], object]


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a worker hands to the GUI thread: the result of job `number` of `work`, or its exception."""

    work: WidgetWork
    number: int
    value: object
    error: Exception | None


class _Mailbox(QObject):
    """Lives on the GUI thread for the whole run. Signals: arrived(_Outcome), emitted by workers, queued."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)

    def _on_arrived(self, outcome: _Outcome) -> None:
        outcome.work._deliver(outcome)


_mailbox: _Mailbox | None = None
_global_pool: QThreadPool | None = None  # one Python wrapper kept for good: the jobs it starts hang on it


def _shared_mailbox() -> _Mailbox:
    """Made by the first WidgetWork, so on the GUI thread (widgets are made nowhere else)."""
    global _mailbox
    if _mailbox is None:
        _mailbox = _Mailbox()
    return _mailbox


def _shared_pool() -> QThreadPool:
    global _global_pool
    if _global_pool is None:
        _global_pool = QThreadPool.globalInstance()
    return _global_pool


class _Job(QRunnable):
    """One `call` on the pool. Holds the function and the work's bookkeeping, never the callbacks."""

    def __init__(self, work: WidgetWork, number: int, function: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self._number = number
        self._function = function

    def run(self) -> None:
        self._work._run_job(self._number, self._function)


class WidgetWork:
    """Background work owned by one widget (or any QObject on the GUI thread), ended when it is destroyed.

    `pool`: the thread pool for `call` (default: the application's global pool; tests pass their own).
    """

    def __init__(self, owner: QObject, *, run: Runner | None = None, pool: QThreadPool | None = None) -> None:
        self._run = run
        self._pool = pool if pool is not None else _shared_pool()
        self._mailbox = _shared_mailbox()
        self._lock = threading.Lock()  # guards _closed and _queued against the workers
        self._closed = False
        self._queued: dict[int, _Job] = {}  # started on the pool, not yet running
        self._callbacks: dict[int, tuple[Callable[[Any], object], Failed | None]] = {}  # GUI thread only
        self._next_number = 0
        self._tasks: set[asyncio.Future[Any]] = set()
        self._running_of_kind: dict[TaskKind, set[asyncio.Future[Any]]] = {}  # for cancel(kind)
        owner.destroyed.connect(self.close)  # a plain callable: no reference back to the owner

    @property
    def closed(self) -> bool:
        """True once the owner went (or `close()` was called): new work is refused."""
        return self._closed

    # --- blocking functions on the thread pool --------------------------------------------------------------
    def call(
        self, function: Callable[[], T], done: Callable[[T], object], failed: Failed | None = None
    ) -> None:
        """Run `function()` on the pool; `done(result)` or `failed(exception)` on the GUI thread, unless the
        owner is gone by then. Does nothing once closed."""
        if self._closed:
            return
        number = self._next_number
        self._next_number += 1
        self._callbacks[number] = (done, failed)
        job = _Job(self, number, function)
        with self._lock:
            self._queued[number] = job
        self._pool.start(job)

    def _run_job(self, number: int, function: Callable[[], object]) -> None:
        """On a worker thread."""
        with self._lock:
            if self._closed:
                return  # the owner went while this job waited: it never runs
            self._queued.pop(number, None)
        try:
            outcome = _Outcome(self, number, function(), None)
        except Exception as error:  # noqa: BLE001 - handed to `failed` on the GUI thread
            outcome = _Outcome(self, number, None, error)
        with self._lock:
            if not self._closed:
                self._mailbox.arrived.emit(outcome)

    def _deliver(self, outcome: _Outcome) -> None:
        """On the GUI thread (the mailbox's queued slot)."""
        callbacks = self._callbacks.pop(outcome.number, None)
        if self._closed or callbacks is None:
            return
        done, failed = callbacks
        if outcome.error is None:
            done(outcome.value)
        elif failed is not None:
            failed(outcome.error)
        else:
            sys.excepthook(type(outcome.error), outcome.error, outcome.error.__traceback__)

    # --- coroutines -----------------------------------------------------------------------------------------
    def start(self, key: TaskKey, coroutine: Coroutine[Any, Any, None]) -> None:
        """Run `coroutine` through the runner (or on the loop) until it ends or the owner goes; closed, the
        coroutine is closed without running."""
        if self._closed:
            coroutine.close()
            return
        guarded = self._guarded(coroutine, key.kind)
        started: object
        if self._run is not None:
            started = self._run(key, guarded)
        else:
            task = _loop().create_task(guarded, name=str(key))
            task.add_done_callback(_report_failure)
            started = task
        if isinstance(started, asyncio.Future):
            self._keep(started)
            started.add_done_callback(functools.partial(_close_unstarted, coroutine))

    async def _guarded(self, coroutine: Coroutine[Any, Any, None], kind: TaskKind) -> None:
        """The coroutine, cancelled with the owner or by cancel(kind). Also when a runner does not hand back
        its task (tests run the coroutine themselves): the task is whichever one runs this."""
        if self._closed:
            coroutine.close()
            return
        task = asyncio.current_task()
        if task is None:
            await coroutine
            return
        self._keep(task)
        running = self._running_of_kind.setdefault(kind, set())
        running.add(task)
        try:
            await coroutine
        finally:
            running.discard(task)

    def cancel(self, kind: TaskKind) -> None:
        """Cancel the coroutines of `kind` started here and still running (never reported as failures)."""
        for task in list(self._running_of_kind.get(kind, ())):
            task.cancel()

    def _keep(self, task: asyncio.Future[Any]) -> None:
        if task not in self._tasks:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    # --- the end --------------------------------------------------------------------------------------------
    def close(self) -> None:
        """End all work: queued jobs leave the pool, coroutines are cancelled, late results are dropped.
        Called when the owner is destroyed; safe to call again."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            # Under the lock no queued job can start running (it waits for the lock, then sees _closed), so
            # every job here still exists and tryTake is safe.
            for job in self._queued.values():
                if self._pool.tryTake(job):
                    shiboken6.delete(job)  # taken back: the pool no longer deletes it
            self._queued.clear()
        self._callbacks.clear()  # no reference to the owner's methods stays behind
        tasks, self._tasks = self._tasks, set()
        self._running_of_kind.clear()
        for task in tasks:
            task.cancel()


def _loop() -> asyncio.AbstractEventLoop:
    """The running loop, or the one set for this thread (work may be started before the loop runs)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


def _report_failure(task: asyncio.Task[None]) -> None:
    """Without a runner, a failure goes to the loop's exception handler (as an unretrieved task's would,
    but at once); cancellation is not a failure."""
    if task.cancelled() or task.exception() is None:
        return
    task.get_loop().call_exception_handler(
        {"message": f"background work {task.get_name()} failed", "exception": task.exception(), "task": task}
    )


def _close_unstarted(coroutine: Coroutine[Any, Any, None], _task: asyncio.Future[Any]) -> None:
    """A task cancelled before its first step never awaited the widget's coroutine: close it, so Python does
    not warn that it was never awaited. A no-op for one that ran."""
    coroutine.close()

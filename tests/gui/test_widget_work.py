"""WidgetWork (ui/widget_work.py): results on the GUI thread, failures to `failed`, and all work ends with the
widget that owns it: queued jobs never run, late results are dropped, coroutines are cancelled quietly."""

from __future__ import annotations

import asyncio
import inspect
import sys
import threading
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QRunnable, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from esign_desktop.services.tasks import TaskKey, TaskKind, TaskRegistry
from esign_desktop.ui.widget_work import WidgetWork
from tests.gui.background_work import WAIT_SECONDS, delete_now, let_the_loop_turn, pool_busy
from tests.gui.started_tasks import Started, run_started

KEY = TaskKey(TaskKind.ACCOUNT_TEST, "account")


class RecordingPool(QThreadPool):
    """Says which jobs were taken back off its queue (WidgetWork calls tryTake through Python)."""

    def __init__(self) -> None:
        super().__init__()
        self.taken: list[bool] = []

    def tryTake(self, runnable: QRunnable) -> bool:
        taken = super().tryTake(runnable)
        self.taken.append(taken)
        return taken


@pytest.fixture
def pool() -> Iterator[RecordingPool]:
    """A pool of one thread, so a second job waits in its queue while the first runs."""
    pool = RecordingPool()
    pool.setMaxThreadCount(1)
    yield pool
    assert pool.waitForDone(WAIT_SECONDS * 1000)


def deliver_posted() -> None:
    """Everything workers posted to the GUI thread is handled now (their results, if still wanted)."""
    QCoreApplication.sendPostedEvents()


def settle(loop: asyncio.AbstractEventLoop) -> None:
    """Run the loop until every other task has finished (cancelled ones included)."""

    async def others() -> None:
        pending = asyncio.all_tasks() - {asyncio.current_task()}
        await asyncio.wait_for(asyncio.gather(*pending, return_exceptions=True), WAIT_SECONDS)

    loop.run_until_complete(others())


# --- blocking functions on the thread pool ----------------------------------------------------------------


def test_the_function_runs_on_a_worker_and_its_result_arrives_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    owner = QWidget()
    work = WidgetWork(owner)  # the application's global pool, as the widgets use it
    worker_threads: list[int] = []
    arrived: list[tuple[int, QThread]] = []

    def compute() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    work.call(compute, lambda value: arrived.append((value, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(arrived), timeout=WAIT_SECONDS * 1000)

    assert worker_threads != [threading.main_thread().ident]
    [(value, thread)] = arrived
    assert value == 42
    assert thread == qapp.thread()


def test_an_exception_goes_to_failed_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    owner = QWidget()
    work = WidgetWork(owner)
    results: list[object] = []
    failures: list[tuple[Exception, QThread]] = []

    def broken() -> object:
        raise ValueError("page 3 is damaged")

    work.call(broken, results.append, lambda error: failures.append((error, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_SECONDS * 1000)

    [(error, thread)] = failures
    assert isinstance(error, ValueError)
    assert str(error) == "page 3 is damaged"
    assert thread == qapp.thread()
    assert results == []


def test_without_failed_an_exception_reaches_the_excepthook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = QWidget()
    work = WidgetWork(owner)
    hooked: list[BaseException] = []

    def hook(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        hooked.append(error)

    def broken() -> object:
        raise ValueError("a bug")

    with monkeypatch.context() as patch:  # undone before pytest-qt puts its own hook back
        patch.setattr(sys, "excepthook", hook)
        work.call(broken, lambda _value: None)
        qtbot.waitUntil(lambda: bool(hooked), timeout=WAIT_SECONDS * 1000)

    assert [str(error) for error in hooked] == ["a bug"]


def test_a_job_queued_behind_a_blocking_job_is_taken_off_the_pool_when_the_owner_is_deleted(
    pool: RecordingPool,
) -> None:
    owner = QWidget()
    work = WidgetWork(owner, pool=pool)
    ran: list[str] = []
    results: list[object] = []

    def queued() -> str:
        ran.append("queued")
        return "late"

    with pool_busy(pool):  # the pool's one thread is blocked: the job waits in the queue
        work.call(queued, results.append)
        delete_now(owner)
    # leaving the block released the blocker and waited until the pool had nothing left to run
    deliver_posted()

    assert pool.taken == [True]
    assert ran == []
    assert results == []


def test_the_result_of_a_job_running_while_the_owner_is_deleted_is_dropped(pool: QThreadPool) -> None:
    owner = QWidget()
    work = WidgetWork(owner, pool=pool)
    began = threading.Event()
    go_on = threading.Event()
    results: list[object] = []
    failures: list[Exception] = []

    def slow() -> str:
        began.set()
        go_on.wait(WAIT_SECONDS)
        return "late"

    work.call(slow, results.append, failures.append)
    assert began.wait(WAIT_SECONDS)
    delete_now(owner)
    go_on.set()
    assert pool.waitForDone(WAIT_SECONDS * 1000)
    deliver_posted()

    assert results == []
    assert failures == []


def test_a_result_already_posted_when_the_owner_is_deleted_is_dropped(pool: QThreadPool) -> None:
    owner = QWidget()
    work = WidgetWork(owner, pool=pool)
    results: list[object] = []

    work.call(lambda: "posted", results.append)
    assert pool.waitForDone(WAIT_SECONDS * 1000)  # the hand-off now waits in the GUI thread's queue
    shiboken6.delete(owner)
    deliver_posted()

    assert results == []


def test_after_close_new_work_is_refused(pool: QThreadPool, qasync_loop: asyncio.AbstractEventLoop) -> None:
    owner = QWidget()
    work = WidgetWork(owner, pool=pool)
    ran: list[str] = []

    async def body() -> None:
        ran.append("coroutine")

    work.close()
    work.call(lambda: ran.append("function"), lambda _value: ran.append("done"))
    coroutine = body()
    work.start(KEY, coroutine)
    assert pool.waitForDone(WAIT_SECONDS * 1000)
    deliver_posted()
    settle(qasync_loop)

    assert work.closed
    assert ran == []
    assert inspect.getcoroutinestate(coroutine) == inspect.CORO_CLOSED  # closed, not left to warn


# --- coroutines ---------------------------------------------------------------------------------------------


def test_a_coroutine_is_cancelled_when_the_owner_is_deleted(qasync_loop: asyncio.AbstractEventLoop) -> None:
    owner = QWidget()
    work = WidgetWork(owner)  # no runner: a task on the loop
    began = asyncio.Event()
    answer: asyncio.Future[str] = qasync_loop.create_future()
    seen: list[str] = []

    async def look_up() -> None:
        began.set()
        try:
            value = await answer
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise
        seen.append(value)  # would touch the deleted widget in real code

    work.start(KEY, look_up())
    qasync_loop.run_until_complete(began.wait())
    answer.set_result("too late")  # the answer arrives in the same turn as the deletion
    delete_now(owner)
    settle(qasync_loop)

    assert seen == ["cancelled"]  # and the loop fixture saw no exception: cancelling is not failing


def test_through_the_registry_a_coroutine_is_cancelled_with_its_owner_and_not_reported(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    errors: list[BaseException] = []
    registry = TaskRegistry(on_error=lambda _key, error: errors.append(error))
    owner = QWidget()
    work = WidgetWork(owner, run=registry.start)
    began = asyncio.Event()
    seen: list[str] = []

    async def wait_forever() -> None:
        began.set()
        try:
            await qasync_loop.create_future()
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    work.start(KEY, wait_forever())
    qasync_loop.run_until_complete(began.wait())
    assert registry.running() == [str(KEY)]
    delete_now(owner)
    settle(qasync_loop)

    assert seen == ["cancelled"]
    assert registry.running() == []
    assert errors == []


def test_cancel_ends_the_running_coroutines_of_one_kind_only(qasync_loop: asyncio.AbstractEventLoop) -> None:
    errors: list[BaseException] = []
    registry = TaskRegistry(on_error=lambda _key, error: errors.append(error))
    owner = QWidget()
    work = WidgetWork(owner, run=registry.start)
    seen: list[str] = []
    began = {name: asyncio.Event() for name in ("first", "second", "other")}

    async def wait_forever(name: str) -> None:
        began[name].set()
        try:
            await qasync_loop.create_future()
        except asyncio.CancelledError:
            seen.append(name)
            raise

    work.start(TaskKey(TaskKind.TEMPLATES_LOAD, "a"), wait_forever("first"))
    work.start(TaskKey(TaskKind.TEMPLATES_LOAD, "b"), wait_forever("second"))
    work.start(KEY, wait_forever("other"))
    qasync_loop.run_until_complete(asyncio.gather(*(event.wait() for event in began.values())))
    work.cancel(TaskKind.TEMPLATES_LOAD)
    let_the_loop_turn(qasync_loop)

    assert sorted(seen) == ["first", "second"]
    assert registry.running() == [str(KEY)]
    delete_now(owner)
    settle(qasync_loop)
    assert sorted(seen) == ["first", "other", "second"]
    assert errors == []


def test_a_coroutine_started_just_before_the_owner_goes_never_runs(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    registry = TaskRegistry()
    owner = QWidget()
    work = WidgetWork(owner, run=registry.start)
    ran: list[str] = []

    async def body() -> None:
        ran.append("body")

    coroutine = body()
    work.start(KEY, coroutine)
    delete_now(owner)  # before the loop ever ran the task
    settle(qasync_loop)

    assert ran == []
    assert registry.running() == []
    assert inspect.getcoroutinestate(coroutine) == inspect.CORO_CLOSED  # no "never awaited" warning


def test_a_coroutine_a_runner_runs_only_after_the_owner_went_does_not_run(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    started: Started = []
    owner = QWidget()
    work = WidgetWork(owner, run=lambda key, coroutine: started.append((key, coroutine)))
    ran: list[str] = []

    async def body() -> None:
        ran.append("body")

    work.start(KEY, body())
    delete_now(owner)
    assert run_started(qasync_loop, started) == [str(KEY)]

    assert ran == []


def test_while_the_owner_lives_a_runner_gets_the_coroutine_and_its_failure(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    errors: list[tuple[TaskKey, BaseException]] = []
    registry = TaskRegistry(on_error=lambda key, error: errors.append((key, error)))
    owner = QWidget()
    work = WidgetWork(owner, run=registry.start)

    async def broken() -> None:
        raise ValueError("a bug")

    work.start(KEY, broken())
    settle(qasync_loop)

    assert [(key, str(error)) for key, error in errors] == [(KEY, "a bug")]
    assert shiboken6.isValid(owner)


def test_without_a_runner_a_failure_reaches_the_loops_exception_handler(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    handled: list[dict[str, Any]] = []
    qasync_loop.set_exception_handler(lambda _loop, context: handled.append(context))
    owner = QWidget()
    work = WidgetWork(owner)

    async def broken() -> None:
        raise ValueError("a bug")

    work.start(KEY, broken())
    settle(qasync_loop)

    assert [str(context["exception"]) for context in handled] == ["a bug"]

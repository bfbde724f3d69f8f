"""The task registry: named, strongly held, cancellable; failures reported, cancellation never an error."""

from __future__ import annotations

import asyncio

from esign_desktop.services.tasks import TaskKey, TaskKind, TaskRegistry

SEARCH = TaskKey(TaskKind.TEMPLATES_LOAD, "account-1")
SYNC = TaskKey(TaskKind.SYNC)


def test_replace_cancels_the_older_task_of_the_same_name() -> None:
    async def scenario() -> None:
        registry = TaskRegistry()
        first = registry.start(SEARCH, asyncio.sleep(10))
        second = registry.start(SEARCH, asyncio.sleep(10), replace=True)
        await asyncio.sleep(0)
        assert first.cancelled()
        assert registry.running() == ["templates:account-1"]
        await registry.cancel_all()
        assert second.cancelled()

    asyncio.run(scenario())


def test_same_name_without_replace_runs_both_under_distinct_names() -> None:
    async def scenario() -> None:
        registry = TaskRegistry()
        registry.start(SYNC, asyncio.sleep(10))
        registry.start(SYNC, asyncio.sleep(10))
        assert registry.running() == ["sync", "sync#1"]
        await registry.cancel_all()
        assert registry.running() == []

    asyncio.run(scenario())


def test_failures_go_to_the_handler_and_cancellation_does_not() -> None:
    reported: list[tuple[TaskKind, str, str]] = []

    async def fail() -> None:
        raise ValueError("boom")

    async def scenario() -> None:
        registry = TaskRegistry(on_error=lambda key, error: reported.append((key.kind, key, str(error))))
        registry.start(TaskKey(TaskKind.DOWNLOAD), fail())
        cancelled = registry.start(TaskKey(TaskKind.SYNC, "slow"), asyncio.sleep(10))
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.sleep(0.01)

    asyncio.run(scenario())
    assert reported == [(TaskKind.DOWNLOAD, "download", "boom")]  # the key keeps its kind


def test_tasks_started_while_shutting_down_never_run() -> None:
    ran: list[str] = []

    async def work() -> None:
        ran.append("work")

    async def scenario() -> None:
        registry = TaskRegistry()
        await registry.cancel_all()
        late = registry.start(TaskKey(TaskKind.BACKUP), work())
        await asyncio.gather(late, return_exceptions=True)
        assert late.cancelled()

    asyncio.run(scenario())  # a coroutine that was never awaited would fail the test (warnings are errors)
    assert ran == []


def test_every_kind_of_task_is_named_to_the_person_when_it_fails() -> None:
    from esign_desktop.application import _TASK_LABELS, task_label

    assert set(_TASK_LABELS) == set(TaskKind)
    assert task_label(TaskKind.SYNC) == "Updating envelope status"
    assert all(task_label(kind) for kind in TaskKind)


def test_a_key_reads_as_its_kind_and_subject() -> None:
    key = TaskKey(TaskKind.SYNC, "account-1")
    assert key == "sync:account-1"
    assert key.kind is TaskKind.SYNC
    assert TaskKey(TaskKind.STARTUP) == "startup"

"""The task registry: named, strongly held, cancellable; failures reported, cancellation never an error."""

from __future__ import annotations

import asyncio

from esign_desktop.services.tasks import TaskRegistry


def test_replace_cancels_the_older_task_of_the_same_name() -> None:
    async def scenario() -> None:
        registry = TaskRegistry()
        first = registry.start("search", asyncio.sleep(10))
        second = registry.start("search", asyncio.sleep(10), replace=True)
        await asyncio.sleep(0)
        assert first.cancelled()
        assert registry.running() == ["search"]
        await registry.cancel_all()
        assert second.cancelled()

    asyncio.run(scenario())


def test_same_name_without_replace_runs_both_under_distinct_names() -> None:
    async def scenario() -> None:
        registry = TaskRegistry()
        registry.start("sync", asyncio.sleep(10))
        registry.start("sync", asyncio.sleep(10))
        assert registry.running() == ["sync", "sync#1"]
        await registry.cancel_all()
        assert registry.running() == []

    asyncio.run(scenario())


def test_failures_go_to_the_handler_and_cancellation_does_not() -> None:
    reported: list[tuple[str, str]] = []

    async def fail() -> None:
        raise ValueError("boom")

    async def scenario() -> None:
        registry = TaskRegistry(on_error=lambda name, error: reported.append((name, str(error))))
        registry.start("bad", fail())
        cancelled = registry.start("slow", asyncio.sleep(10))
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.sleep(0.01)

    asyncio.run(scenario())
    assert reported == [("bad", "boom")]


def test_tasks_started_while_shutting_down_never_run() -> None:
    ran: list[str] = []

    async def work() -> None:
        ran.append("work")

    async def scenario() -> None:
        registry = TaskRegistry()
        await registry.cancel_all()
        late = registry.start("late", work())
        await asyncio.gather(late, return_exceptions=True)
        assert late.cancelled()

    asyncio.run(scenario())  # a coroutine that was never awaited would fail the test (warnings are errors)
    assert ran == []

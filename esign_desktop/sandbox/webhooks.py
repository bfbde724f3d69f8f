"""Deliver webhook calls in the background on the server's event loop: failures are logged, never fatal.

Calls to one callback URL leave in the order they happened (recalled before deleted), each after the previous
one has finished; different URLs do not wait for each other.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx

from esign_desktop.sandbox.stats import Stats

log = logging.getLogger(__name__)

DELIVERY_TIMEOUT_SECONDS = 5.0


class WebhookDispatcher:
    def __init__(self, stats: Stats) -> None:
        self._stats = stats
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._last_by_url: dict[str, asyncio.Task[None]] = {}
        self._client: httpx.AsyncClient | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._client = httpx.AsyncClient(timeout=DELIVERY_TIMEOUT_SECONDS)

    async def stop(self) -> None:
        pending = list(self._tasks)
        if pending:
            _, still_running = await asyncio.wait(pending, timeout=DELIVERY_TIMEOUT_SECONDS)
            for task in still_running:
                task.cancel()
            await asyncio.gather(*still_running, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
        self._client = None
        self._loop = None

    def deliver(self, url: str, payload: Any, headers: dict[str, str]) -> None:
        """Schedule one POST; safe to call from the loop thread or another thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            log.info("webhook to %s not delivered: the server is not running", _safe(url))
            self._stats.count_webhook("skipped")
            return

        def schedule() -> None:
            previous = self._last_by_url.get(url)
            task = loop.create_task(self._post_after(previous, url, payload, headers))
            self._tasks.add(task)
            self._last_by_url[url] = task
            task.add_done_callback(lambda done: self._forget(url, done))

        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            schedule()
        else:
            loop.call_soon_threadsafe(schedule)

    def _forget(self, url: str, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._last_by_url.get(url) is task:
            del self._last_by_url[url]

    async def _post_after(
        self, previous: asyncio.Task[None] | None, url: str, payload: Any, headers: dict[str, str]
    ) -> None:
        if previous is not None:
            await asyncio.wait([previous])
        await self._post(url, payload, headers)

    async def _post(self, url: str, payload: Any, headers: dict[str, str]) -> None:
        client = self._client
        if client is None:
            return
        try:
            response = await client.post(url, json=payload, headers=headers)
        except httpx.HTTPError as error:
            self._stats.count_webhook("failed")
            log.warning("webhook to %s failed: %s", _safe(url), type(error).__name__)
            return
        if response.is_success:
            self._stats.count_webhook("delivered")
        else:
            self._stats.count_webhook("failed")
            log.warning("webhook to %s answered %s", _safe(url), response.status_code)


def _safe(url: str) -> str:
    """Scheme, host and path only: a callback URL may carry a secret in its query string."""
    parsed = httpx.URL(url)
    return f"{parsed.scheme}://{parsed.host}:{parsed.port or ''}{parsed.path}"

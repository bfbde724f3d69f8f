"""Desktop notifications through the freedesktop notification service (org.freedesktop.Notifications on the
session D-Bus), for desktops without a system tray. Qt-free; runs on the asyncio loop (jeepney).

A notification carries a "default" action, so clicking it (where the daemon supports actions) reports its id
back; `subscribe_clicks` hands that id to listeners. Without a session bus or a notification daemon,
`start()` returns False and nothing is shown this way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "eSign Desktop"
DEFAULT_ACTION = "default"

ClickListener = Callable[[int], None]


class FreedesktopNotifications:
    def __init__(self, icon_path: str = "") -> None:
        self.icon_path = icon_path
        self._router: Any = None
        self._connection: Any = None
        self._listen_task: asyncio.Task[None] | None = None
        self._listeners: list[ClickListener] = []
        self.server_name = ""  # the daemon's name (GetServerInformation), once started

    @property
    def available(self) -> bool:
        return self._router is not None

    def subscribe_clicks(self, listener: ClickListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    async def start(self) -> bool:
        """Connect to the session bus and check that a notification service answers."""
        if self._router is not None:
            return True
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        from jeepney.bus_messages import MatchRule, message_bus
        from jeepney.io.asyncio import DBusRouter, open_dbus_connection

        try:
            self._connection = await open_dbus_connection("SESSION")
            self._router = DBusRouter(self._connection)
            reply = await self._call("GetServerInformation", "", ())
            self.server_name = str(reply[0])
            rule = MatchRule(type="signal", interface=BUS_NAME, path=OBJECT_PATH, member="ActionInvoked")
            await self._router.send_and_get_reply(message_bus.AddMatch(rule))
            queue: asyncio.Queue[Any] = asyncio.Queue(64)
            handle = self._router.filter(rule, queue=queue)
            self._listen_task = asyncio.get_running_loop().create_task(self._listen(handle, queue))
        except (OSError, RuntimeError, ValueError) as error:
            log.info("no freedesktop notification service: %s", error)
            await self.close()
            return False
        return True

    async def notify(self, title: str, text: str, *, replaces: int = 0, timeout_ms: int = 10_000) -> int:
        """Show one notification (or replace an earlier one); returns its id, 0 when it was not shown."""
        if self._router is None:
            return 0
        try:
            reply = await self._call(
                "Notify",
                "susssasa{sv}i",
                (APP_NAME, replaces, self.icon_path, title, text, [DEFAULT_ACTION, "Open"], {}, timeout_ms),
            )
        except (OSError, RuntimeError, ValueError) as error:
            log.warning("the notification service refused a notification: %s", error)
            return 0
        return int(reply[0])

    async def close(self) -> None:
        if self._listen_task is not None:
            self._listen_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listen_task
        self._listen_task = None
        if self._router is not None:
            with contextlib.suppress(Exception):
                await self._router.__aexit__(None, None, None)
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.close()
        self._router = self._connection = None

    async def _call(self, method: str, signature: str, body: tuple[object, ...]) -> tuple[Any, ...]:
        from jeepney import DBusAddress, MessageType, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        message = new_method_call(address, method, signature or None, body)
        reply = await asyncio.wait_for(self._router.send_and_get_reply(message), timeout=5)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{method}: {reply.body[0] if reply.body else 'error'}")
        return tuple(reply.body)

    async def _listen(self, handle: Any, queue: asyncio.Queue[Any]) -> None:
        with handle:
            while True:
                message = await queue.get()
                notification_id, action = message.body
                if action != DEFAULT_ACTION:
                    continue
                for listener in list(self._listeners):
                    listener(int(notification_id))

"""A small local HTTP receiver for the services' status callbacks (GMO Sign's Connect hook).

It listens on 127.0.0.1 in a background thread and hands each callback to the app's event loop. A real
GMO Sign cannot reach a loopback address, so accounts on the public service stay "awaiting completion";
the embedded sandbox reaches it. Every URL carries a random token, so another local process cannot forge
status changes without reading this process's memory or the user's own state file.

Hooks never pile up: the port, the token and the hook each account registered are kept in a state file
only the user can read (0600, `callbacks.json` in the data folder). The next start listens on the same port
with the same token, so the registered hook still points here and is reused; if the port is taken, the old
hook is removed before a new one is registered. Without a state file the token lives only in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from esign_desktop.providers.base import Provider
from esign_desktop.providers.errors import NotFound

if TYPE_CHECKING:  # the web stack loads when the receiver starts, not with the app
    import uvicorn
    from starlette.requests import Request
    from starlette.responses import Response

log = logging.getLogger(__name__)

CallbackHandler = Callable[[str, object], None]  # (account id, decoded JSON body)
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_loopback_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def read_private_json(path: Path) -> dict[str, Any]:
    """A state file's object, or {} when it is missing, unreadable, not ours alone, or not an object."""
    try:
        if path.stat().st_mode & 0o077:  # readable by others: do not trust (nor reuse) what it says
            log.warning("ignored %s: other users can read it", path.name)
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_private_json(path: Path, data: dict[str, Any]) -> None:
    """Replace `path` in one step with a file only the user can read and write (0600)."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _loopback_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if os.name != "nt":  # rebinding the last run's port past TIME_WAIT; on Windows this would allow stealing
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


class WebhookReceiver:
    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        on_callback: CallbackHandler,
        state_file: Path | None = None,
    ) -> None:
        self._loop = loop
        self._on_callback = on_callback
        self._state_file = state_file
        self._state = read_private_json(state_file) if state_file is not None else {}
        saved_token = self._state.get("token")
        self._token: str = (
            saved_token
            if isinstance(saved_token, str) and len(saved_token) >= 16
            else secrets.token_urlsafe(16)
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.received = 0

    @property
    def hooks(self) -> dict[str, Any]:
        """{account id: {event: {"id", "url"}}} of the hooks registered for this receiver's URLs."""
        hooks = self._state.setdefault("hooks", {})
        if not isinstance(hooks, dict):
            hooks = self._state["hooks"] = {}
        return hooks

    def _account_hooks(self, account_id: str) -> dict[str, Any]:
        saved = self.hooks.get(account_id)
        if not isinstance(saved, dict):
            saved = self.hooks[account_id] = {}
        return saved

    def hook_ids(self, account_id: str) -> list[str]:
        """The service's ids of the hooks this account has registered for this receiver."""
        return [
            str(hook["id"])
            for hook in self._account_hooks(account_id).values()
            if isinstance(hook, dict) and hook.get("id")
        ]

    async def ensure_hook(self, account_id: str, provider: Provider, event: str) -> bool:
        """Make sure the account's service calls this receiver on `event`; True if a hook was registered now
        (False: the one registered before still points here and is reused)."""
        url = self.url_for(account_id)
        saved = self._account_hooks(account_id).get(event)
        if isinstance(saved, dict) and saved.get("url") == url:
            return False
        await self.remove_hook(account_id, provider, event)
        subscription = await provider.subscribe(event, url)
        self._account_hooks(account_id)[event] = {"id": subscription.remote_id, "url": url}
        self._save()
        return True

    async def remove_hook(self, account_id: str, provider: Provider, event: str) -> None:
        """Unregister the hook this account registered before for `event` (gone already: fine)."""
        saved = self._account_hooks(account_id).get(event)
        if not isinstance(saved, dict):
            return
        if saved.get("id"):
            with contextlib.suppress(NotFound):
                await provider.unsubscribe(str(saved["id"]))
        self._account_hooks(account_id).pop(event, None)
        self._save()

    def _save(self) -> None:
        if self._state_file is None:
            return
        try:
            write_private_json(self._state_file, self._state)
        except OSError as error:
            log.warning("could not save the callback state: %s", error.strerror or error)

    def url_for(self, account_id: str) -> str:
        if not self.base_url:
            raise RuntimeError("the webhook receiver is not running")
        return f"{self.base_url}/hooks/{self._token}/{account_id}"

    def start(self, timeout: float = 10.0) -> str:
        """Start serving on a thread of its own and return the base URL once it listens. Blocks until then
        (up to `timeout`): the app calls it through StatusMonitor.start, off the GUI thread."""
        import uvicorn
        from starlette.applications import Starlette
        from starlette.routing import Route

        sock = self._bind()
        port = sock.getsockname()[1]
        app = Starlette(routes=[Route("/hooks/{token}/{account_id}", self._receive, methods=["POST"])])
        # A connection still open when the app closes is dropped after 2 s rather than waited for.
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=2
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=lambda: asyncio.run(server.serve(sockets=[sock])), name="esign-webhooks", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                raise RuntimeError("The local receiver for status callbacks did not start.")
            time.sleep(0.01)
        self._server, self._thread = server, thread
        self.base_url = f"http://127.0.0.1:{port}"
        if self._state.get("port") != port or self._state.get("token") != self._token:
            self._state.update(port=port, token=self._token)
            self._save()
        return self.base_url

    def _bind(self) -> socket.socket:
        """The port of the last run when it is free (its registered hooks still point there), else any."""
        sock = _loopback_socket()
        saved = self._state.get("port")
        if isinstance(saved, int) and not isinstance(saved, bool) and 0 < saved < 65536:
            try:
                sock.bind(("127.0.0.1", saved))
            except OSError:
                sock.close()
                sock = _loopback_socket()
            else:
                return sock
        sock.bind(("127.0.0.1", 0))
        return sock

    def stop(self) -> None:
        """Stop serving and wait for the thread (bounded; the app calls it off the GUI thread)."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self._server = self._thread = None
        self.base_url = ""

    async def _receive(self, request: Request) -> Response:
        from starlette.responses import Response

        if not secrets.compare_digest(str(request.path_params["token"]), self._token):
            return Response(status_code=404)
        try:
            payload = json.loads(await request.body() or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError):
            log.warning("ignored a status callback that is not JSON")
            return Response(status_code=400)
        self.received += 1
        account_id = str(request.path_params["account_id"])
        self._loop.call_soon_threadsafe(self._on_callback, account_id, payload)
        return Response(status_code=200)

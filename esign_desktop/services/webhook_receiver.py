"""A small local HTTP receiver for the services' status callbacks (GMO Sign's Connect hook).

It listens on 127.0.0.1 in a background thread and hands each callback to the app's event loop. A real
GMO Sign cannot reach a loopback address, so accounts on the public service stay "awaiting completion";
the embedded sandbox reaches it. Every URL carries a random per-run token, so another local process cannot
forge status changes without reading this process's memory.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

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


class WebhookReceiver:
    def __init__(self, loop: asyncio.AbstractEventLoop, on_callback: CallbackHandler) -> None:
        self._loop = loop
        self._on_callback = on_callback
        self._token = secrets.token_urlsafe(16)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.received = 0

    def url_for(self, account_id: str) -> str:
        if not self.base_url:
            raise RuntimeError("the webhook receiver is not running")
        return f"{self.base_url}/hooks/{self._token}/{account_id}"

    def start(self, timeout: float = 10.0) -> str:
        import uvicorn
        from starlette.applications import Starlette
        from starlette.routing import Route

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        app = Starlette(routes=[Route("/hooks/{token}/{account_id}", self._receive, methods=["POST"])])
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
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
        return self.base_url

    def stop(self) -> None:
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

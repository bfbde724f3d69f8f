"""Run the sandbox with uvicorn: in the foreground (`esign-sandbox serve`) or embedded in a background thread
(`start_embedded`, for the app's first run and for test fixtures)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import uvicorn

from esign_desktop.sandbox.app import build_app
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.guard import new_control_secret
from esign_desktop.sandbox.info import SandboxInfo, sandbox_info
from esign_desktop.sandbox.seed import seed_demo_async

STARTUP_TIMEOUT_SECONDS = 15.0
LOOPBACK = "127.0.0.1"


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY only then, and without it every response waits ~40 ms
    # for a delayed ACK between its header and body writes.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


_PORT_FILE = "port"


def _bind_remembered_port(data_dir: Path) -> socket.socket:
    """The port this data folder's sandbox had last time when it is free, else any free one (remembered).

    Signing links and document addresses the sandbox handed out carry its address; on the same port they keep
    working after a restart ("Copy link" on an envelope sent yesterday).
    """
    remembered_file = data_dir / _PORT_FILE
    try:
        remembered = int(remembered_file.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        remembered = 0
    sock: socket.socket | None = None
    if 1024 <= remembered <= 65535:
        with contextlib.suppress(OSError):  # taken by another program: a new port, links from before break
            sock = _bind(LOOPBACK, remembered)
    if sock is None:
        sock = _bind(LOOPBACK, 0)
    port = int(sock.getsockname()[1])
    if port != remembered:
        with contextlib.suppress(OSError):
            remembered_file.write_text(f"{port}\n", encoding="ascii")
    return sock


def _base_url(host: str, sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _server(context: SandboxContext, control_secret: str, host: str = LOOPBACK) -> uvicorn.Server:
    config = uvicorn.Config(
        build_app(context, control_secret, bound_hosts=(host,)),
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


def _private(data_dir: Path) -> None:
    """The sandbox's folder and files readable by this user alone: they hold the demo credentials and the
    callback URLs (with their tokens) the app registered."""
    with contextlib.suppress(OSError):
        data_dir.chmod(0o700)
    for path in data_dir.glob("sandbox.sqlite3*"):
        with contextlib.suppress(OSError):
            path.chmod(0o600)


def serve(
    data_dir: Path,
    host: str = LOOPBACK,
    port: int = 0,
    on_ready: Callable[[SandboxInfo], None] | None = None,
    expire_after_days: int | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C / SIGTERM); `on_ready` is called once the server accepts requests."""
    context = SandboxContext(data_dir)
    _private(data_dir)
    if expire_after_days is not None:
        context.default_expire_after_days = expire_after_days
    sock = _bind(host, port)
    secret = new_control_secret()
    info = sandbox_info(_base_url(host, sock), context.credentials, secret)
    context.public_base_url = info.base_url
    server = _server(context, secret, host)

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        # uvicorn exposes readiness only as a flag
        while not server.started and not task.done():  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        if server.started and on_ready is not None:
            on_ready(info)
        await task

    try:
        asyncio.run(main())
    finally:
        sock.close()
        context.close()


class EmbeddedSandbox:
    """A sandbox served from a background thread. Use as a context manager or call `stop()`."""

    def __init__(
        self, info: SandboxInfo, context: SandboxContext, server: uvicorn.Server, thread: threading.Thread
    ) -> None:
        self.info = info
        self.context = context
        self._server = server
        self._thread = thread

    @property
    def base_url(self) -> str:
        return self.info.base_url

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self.context.close()

    def __enter__(self) -> EmbeddedSandbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()


def start_embedded(
    data_dir: Path, port: int = 0, expire_after_days: int | None = None, seed: bool = False
) -> EmbeddedSandbox:
    """Start on 127.0.0.1 (a free port unless `port` is given) and return once it accepts requests.

    `seed` creates the demo envelopes first (once per data folder), on the server's own thread, so this is
    safe to call from inside a running event loop (the app's qasync loop).
    """
    context = SandboxContext(data_dir)
    _private(data_dir)
    if expire_after_days is not None:
        context.default_expire_after_days = expire_after_days
    sock = _bind(LOOPBACK, port) if port else _bind_remembered_port(data_dir)
    secret = new_control_secret()
    info = sandbox_info(_base_url(LOOPBACK, sock), context.credentials, secret)
    context.public_base_url = info.base_url
    server = _server(context, secret)
    failure: list[BaseException] = []

    async def main() -> None:
        if seed:
            await seed_demo_async(context)
        await server.serve(sockets=[sock])

    def run() -> None:
        try:
            asyncio.run(main())
        except Exception as error:  # noqa: BLE001 - reported to the starting thread below
            failure.append(error)
        finally:
            sock.close()

    thread = threading.Thread(target=run, name="esign-sandbox", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or failure or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(5)
            context.close()
            reason = repr(failure[0]) if failure else "it stopped or timed out"
            raise RuntimeError(f"The sandbox server did not start: {reason}")
        time.sleep(0.01)
    return EmbeddedSandbox(info, context, server, thread)

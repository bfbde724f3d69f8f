"""The Starlette application: both emulations, signing pages and the control API over one SandboxContext."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from esign_desktop.sandbox import actions, control, signing_pages
from esign_desktop.sandbox.assently import routes as assently_routes
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.errors import AssentlyError, ControlError, GmoError
from esign_desktop.sandbox.faults import FaultMiddleware
from esign_desktop.sandbox.gmosign import routes as gmosign_routes
from esign_desktop.sandbox.guard import SandboxGuard, new_control_secret


class CaseInsensitivePaths:
    """Assently's routing ignores case (/api/v2/getcase == /api/v2/getCase): lower-case those paths."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].lower().startswith("/assently/"):
            scope = dict(scope, path=scope["path"].lower())
        await self.app(scope, receive, send)


async def _assently_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, AssentlyError)
    return error.response()


async def _gmo_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, GmoError)
    return error.response()


async def _control_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ControlError)
    return error.response()


def build_app(
    context: SandboxContext, control_secret: str = "", bound_hosts: tuple[str, ...] = ()
) -> Starlette:
    """The sandbox. `control_secret` guards the control API (a random one when not given); requests must be
    addressed to loopback or to one of `bound_hosts` (docs/sandbox.md, "Who may drive the sandbox")."""
    secret = control_secret or new_control_secret()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        context.webhooks.start(asyncio.get_running_loop())
        await actions.finish_interrupted(context)
        yield
        await context.webhooks.stop()

    app = Starlette(
        routes=[
            *assently_routes.routes(),
            *gmosign_routes.routes(),
            *signing_pages.routes(),
            *control.routes(),
        ],
        middleware=[
            Middleware(SandboxGuard, secret=secret, bound_hosts=bound_hosts),
            Middleware(CaseInsensitivePaths),
            Middleware(FaultMiddleware, state=context.faults),
        ],
        exception_handlers={
            AssentlyError: _assently_error,
            GmoError: _gmo_error,
            ControlError: _control_error,
        },
        lifespan=lifespan,
    )
    app.state.context = context
    app.state.control_secret = secret
    return app

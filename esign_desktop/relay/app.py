"""The relay's web application: receive a service's callback, store it durably, answer.

Only `POST /callbacks/{token}` and `GET /health` exist. A callback is refused, and the refusal counted in
`relay_refusals`, when its token is unknown (404), it is not JSON (415), its body exceeds the cap (413: the
body is read as a stream and reading stops at the cap) or it is not a JSON object (400). An accepted one is
committed to `relay_callbacks` before the answer, once: a repeat (same account, same body) is recognised by
its key and answered 200 without a second row. The table's trigger announces it to every desktop.
Neither tokens nor payloads are ever logged.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.postgres import PostgresDatabase
from esign_desktop.storage.relay_tokens import token_hash

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000


class _TooLargeError(Exception):
    pass


def build_app(database: PostgresDatabase, *, max_body: int = MAX_BODY_BYTES) -> Starlette:
    async def receive(request: Request) -> Response:
        token = request.path_params["token"]
        account = await asyncio.to_thread(_account_of, database, token)
        if account is None:
            return await _refuse(database, "unknown_token", 404)
        if "json" not in request.headers.get("content-type", "").lower():
            return await _refuse(database, "not_json", 415)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_body:
            return await _refuse(database, "too_large", 413)
        try:
            body = await _read_capped(request, max_body)
        except _TooLargeError:
            return await _refuse(database, "too_large", 413)
        try:
            payload = json.loads(body)
            body.decode("utf-8")
        except ValueError:
            return await _refuse(database, "malformed", 400)
        if not isinstance(payload, dict):
            return await _refuse(database, "malformed", 400)
        account_id, provider = account
        key = hashlib.sha256(account_id.encode("utf-8") + b"\n" + body).hexdigest()
        try:
            stored = await asyncio.to_thread(
                _store, database, account_id, provider, key, body.decode("utf-8")
            )
        except StorageError as error:
            log.warning("a callback could not be stored: %s", type(error).__name__)
            return JSONResponse({"stored": False}, status_code=503)  # the service tries again later
        return JSONResponse({"stored": "new" if stored else "repeat"})

    async def health(request: Request) -> Response:
        try:
            await asyncio.to_thread(_ping, database)
        except StorageError:
            return JSONResponse({"ok": False}, status_code=503)
        return JSONResponse({"ok": True})

    return Starlette(
        routes=[
            Route("/callbacks/{token}", receive, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
        ]
    )


async def _read_capped(request: Request, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


async def _refuse(database: PostgresDatabase, reason: str, status: int) -> Response:
    try:
        await asyncio.to_thread(_count_refusal, database, reason)
    except StorageError:
        log.info("a refusal could not be counted")
    return JSONResponse({"refused": reason}, status_code=status)


def _account_of(database: PostgresDatabase, token: str) -> tuple[str, str] | None:
    with database.read(ActionPhrase.LOOKING_UP_A_CALLBACK_TOKEN) as connection:
        row = connection.execute(
            "SELECT account_id, provider FROM relay_tokens WHERE token_sha256 = ?", (token_hash(token),)
        ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def _store(database: PostgresDatabase, account_id: str, provider: str, key: str, payload: str) -> bool:
    with database.transaction(ActionPhrase.STORING_A_CALLBACK) as connection:
        row = connection.execute(
            "INSERT INTO relay_callbacks (account_id, provider, dedupe_key, payload) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
            (account_id, provider, key, payload),
        ).fetchone()
    return row is not None


def _count_refusal(database: PostgresDatabase, reason: str) -> None:
    with database.transaction(ActionPhrase.COUNTING_A_REFUSED_CALLBACK) as connection:
        connection.execute(
            "INSERT INTO relay_refusals (reason, count) VALUES (?, 1) "
            "ON CONFLICT (reason) DO UPDATE SET count = relay_refusals.count + 1",
            (reason,),
        )


def _ping(database: PostgresDatabase) -> None:
    with database.read(ActionPhrase.CHECKING_THE_TEAM_DATABASE) as connection:
        connection.execute("SELECT 1").fetchone()

"""Small request helpers shared by the emulations: JSON bodies, case-insensitive query parameters."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request


class BodyError(ValueError):
    """The body is not the JSON the endpoint expects; the message says what is wrong."""


async def read_json(request: Request, required: bool = True) -> Any:
    raw = await request.body()
    if not raw.strip():
        if required:
            raise BodyError("The request body is empty; a JSON object is required.")
        return None
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BodyError(f"The request body is not valid JSON ({error.__class__.__name__}).") from None


def query_ci(request: Request, name: str) -> str | None:
    """Query parameters the way ASP.NET binds them: names compared without case."""
    lowered = name.lower()
    for key, value in request.query_params.multi_items():
        if key.lower() == lowered:
            return value
    return None


def query_bool(request: Request, name: str, default: bool) -> bool:
    value = query_ci(request, name)
    if value is None:
        return default
    return value.strip().lower() not in {"false", "0", "no"}


def base_url_of(request: Request) -> str:
    return str(request.base_url).rstrip("/")

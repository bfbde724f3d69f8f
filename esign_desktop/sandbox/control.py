"""The control API under /_sandbox/ for tests and demos: JSON; every call needs this run's secret in the
`X-Sandbox-Secret` header and a loopback Host (checked by `guard.SandboxGuard` before any route runs)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from esign_desktop.sandbox import actions
from esign_desktop.sandbox.assently.rendering import STATUS_WORDS as ASSENTLY_WORDS
from esign_desktop.sandbox.assently.rendering import signing_url
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.envelope import Envelope, Provider
from esign_desktop.sandbox.errors import ControlError
from esign_desktop.sandbox.field_input import FieldInputError
from esign_desktop.sandbox.gmosign.rendering import STATUS_WORDS as GMO_WORDS
from esign_desktop.sandbox.info import sandbox_info
from esign_desktop.sandbox.lifecycle import LifecycleError
from esign_desktop.sandbox.profiles import ProfileSettings
from esign_desktop.sandbox.requests import BodyError, base_url_of, read_json

MAX_ADVANCE_DAYS = 3650


def _context(request: Request) -> SandboxContext:
    context: SandboxContext = request.app.state.context
    return context


def provider_status(envelope: Envelope) -> str:
    words = ASSENTLY_WORDS if envelope.provider is Provider.ASSENTLY else GMO_WORDS
    return words[envelope.phase]


def summary(envelope: Envelope, base_url: str) -> dict[str, Any]:
    return {
        "provider": envelope.provider.value,
        "id": envelope.id,
        "status": provider_status(envelope),
        "parties": [
            {
                "id": party.id,
                "name": party.name,
                "email": party.email,
                "status": party.state.value,
                "signing_url": signing_url(base_url, party),
            }
            for party in envelope.parties
        ],
    }


def detail(envelope: Envelope, base_url: str) -> dict[str, Any]:
    result = summary(envelope, base_url)
    for item, party in zip(result["parties"], envelope.parties, strict=True):
        item.update(
            role=party.role.value,
            order=party.order,
            or_group=party.or_group,
            acted_on=party.acted_on,
            reminders=party.reminders,
        )
    result.update(
        name=envelope.name,
        phase=envelope.phase.value,
        created_on=envelope.created_on,
        sent_on=envelope.sent_on,
        expire_on=envelope.expire_on,
        finished_on=envelope.finished_on,
        failure=envelope.failure,
        temporary_id=envelope.temporary_id if envelope.provider is Provider.ASSENTLY else None,
        reminders=envelope.reminders,
        documents=[
            {"id": doc.id, "name": doc.name, "signed": doc.signed_blob_key is not None}
            for doc in envelope.documents
        ],
        fields=[placed.to_json() for placed in envelope.fields],
        history=envelope.history,
    )
    return result


def _provider(value: str) -> Provider:
    try:
        return Provider(value)
    except ValueError:
        raise ControlError(
            404, "unknown_provider", f"Unknown provider {value!r}: use assently or gmosign."
        ) from None


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = await read_json(request)
    except BodyError as error:
        raise ControlError(400, "bad_request", str(error)) from None
    if not isinstance(body, dict):
        raise ControlError(400, "bad_request", "The body must be a JSON object.")
    return body


async def _field_values(request: Request) -> dict[str, str | bool]:
    """The optional body of .../sign: {"fields": {"<field index>": "text" | true | false}}."""
    if not (await request.body()).strip():
        return {}
    fields = (await _body(request)).get("fields", {})
    if not isinstance(fields, dict) or not all(isinstance(v, str | bool) for v in fields.values()):
        raise ControlError(
            400, "bad_request", 'fields must map field indices to text or true/false: {"fields": {"0": "x"}}.'
        )
    return {str(key): value for key, value in fields.items()}


async def list_envelopes(request: Request) -> Response:
    context = _context(request)
    actions.sweep_expired(context)
    with context.store.transaction() as tx:
        envelopes = tx.list_envelopes()
    base = base_url_of(request)
    return JSONResponse([summary(envelope, base) for envelope in envelopes])


async def get_envelope(request: Request) -> Response:
    context = _context(request)
    provider = _provider(request.path_params["provider"])
    with context.store.transaction() as tx:
        envelope = tx.get_envelope(provider, request.path_params["envelope_id"])
    if envelope is None:
        raise ControlError(404, "not_found", "No such envelope.")
    return JSONResponse(detail(envelope, base_url_of(request)))


async def party_decision(request: Request) -> Response:
    context = _context(request)
    provider = _provider(request.path_params["provider"])
    decision = request.path_params["decision"]
    if decision not in {"sign", "decline"}:
        raise ControlError(404, "not_found", "Use .../sign or .../decline.")
    values = await _field_values(request)
    try:
        envelope = await actions.party_action(
            context,
            provider,
            request.path_params["envelope_id"],
            request.path_params["party_id"],
            decision == "sign",
            values,
        )
    except actions.NotFoundError as error:
        raise ControlError(404, "not_found", str(error)) from None
    except FieldInputError as error:
        raise ControlError(400, "invalid_fields", str(error)) from None
    except LifecycleError as error:
        raise ControlError(409, "not_allowed", str(error)) from None
    return JSONResponse(summary(envelope, base_url_of(request)))


async def clock(request: Request) -> Response:
    context = _context(request)
    expired = 0
    if request.method == "POST":
        body = await _body(request)
        days = body.get("advance_days")
        if isinstance(days, bool) or not isinstance(days, int | float) or not 0 <= days <= MAX_ADVANCE_DAYS:
            raise ControlError(
                400, "bad_request", f"advance_days must be a number from 0 to {MAX_ADVANCE_DAYS}."
            )
        context.advance_clock(float(days))
        expired = actions.sweep_expired(context)
    return JSONResponse(
        {
            "now": context.clock.stamp(),
            "offset_days": context.clock.offset.total_seconds() / 86400,
            "expired": expired,
        }
    )


async def faults(request: Request) -> Response:
    context = _context(request)
    if request.method == "PUT":
        try:
            context.update_faults(await _body(request))
        except ValueError as error:
            raise ControlError(400, "bad_request", str(error)) from None
    settings = context.faults.settings
    return JSONResponse(
        {
            "latency_ms": settings.latency_ms,
            "error_rate": settings.error_rate,
            "drop_rate": settings.drop_rate,
            "lost_response_rate": settings.lost_response_rate,
            "rate_limit": settings.rate_limit,
        }
    )


async def profile(request: Request) -> Response:
    """GET: every deviation profile with its description and whether it is active. PUT: change them."""
    context = _context(request)
    settings: ProfileSettings
    if request.method == "PUT":
        try:
            settings = context.profiles.update(await _body(request))
        except ValueError as error:
            raise ControlError(400, "bad_request", str(error)) from None
    else:
        settings = context.profiles.settings
    return JSONResponse(settings.to_json())


async def stats(request: Request) -> Response:
    context = _context(request)
    with context.store.transaction() as tx:
        counts = tx.count_envelopes()
    return JSONResponse({**context.stats.snapshot(), "envelopes": counts})


async def integrity(request: Request) -> Response:
    problems = _context(request).store.integrity_problems()
    return JSONResponse({"ok": not problems, "problems": problems})


async def info(request: Request) -> Response:
    secret: str = request.app.state.control_secret
    return JSONResponse(sandbox_info(base_url_of(request), _context(request).credentials, secret).to_json())


def routes() -> list[Route]:
    return [
        Route("/_sandbox/info", info, methods=["GET"]),
        Route("/_sandbox/envelopes", list_envelopes, methods=["GET"]),
        Route("/_sandbox/envelopes/{provider}/{envelope_id}", get_envelope, methods=["GET"]),
        Route(
            "/_sandbox/envelopes/{provider}/{envelope_id}/parties/{party_id}/{decision}",
            party_decision,
            methods=["POST"],
        ),
        Route("/_sandbox/clock", clock, methods=["GET", "POST"]),
        Route("/_sandbox/faults", faults, methods=["GET", "PUT"]),
        Route("/_sandbox/profile", profile, methods=["GET", "PUT"]),
        Route("/_sandbox/stats", stats, methods=["GET"]),
        Route("/_sandbox/integrity", integrity, methods=["GET"]),
    ]

"""HTTP handlers of the Assently E-Sign API v2 emulation (/assently/api/v2/... and /assently/api/hook/v1/)."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from esign_desktop.sandbox import actions
from esign_desktop.sandbox.assently.case_input import (
    bad_request,
    get_ci,
    parse_case,
    parse_case_id,
    parse_metadata,
    require_object,
)
from esign_desktop.sandbox.assently.cases import apply_case, blob_key, check_sendable, new_case, place_fields
from esign_desktop.sandbox.assently.rendering import PHASES_BY_WORD, Spelling, case_model
from esign_desktop.sandbox.clock import parse_timestamp
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.envelope import DocumentRef, Envelope, Phase, Provider
from esign_desktop.sandbox.errors import AssentlyError
from esign_desktop.sandbox.lifecycle import LifecycleError, open_for_signing, recall, remind, request_approval
from esign_desktop.sandbox.profiles import ASSENTLY_FORCED_PAGE_SIZE, Profile
from esign_desktop.sandbox.requests import BodyError, base_url_of, query_bool, query_ci, read_json
from esign_desktop.sandbox.store import Transaction
from esign_desktop.sandbox.templates import template_blob_key
from esign_desktop.sandbox.tokens import hex_id

EVENT_NAMES = (
    "created",
    "sent",
    "recalled",
    "finished",
    "rejected",
    "expired",
    "deleted",
    "signatureadded",
    "approvalrequested",
    "reminded",
    "metadataupdated",
    "signed",
    "approvaladded",
    "rejectionadded",
    "finalapproval",
)
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
TEMPORARY_ID_LIFETIME = timedelta(hours=24)

Handler = Callable[[Request, SandboxContext], Awaitable[Response]]
T = TypeVar("T")


def _context(request: Request) -> SandboxContext:
    context: SandboxContext = request.app.state.context
    return context


def authenticate(request: Request, context: SandboxContext) -> None:
    header = request.headers.get("authorization", "")
    credentials = context.credentials
    if header and hmac.compare_digest(header.encode(), credentials.assently_token.encode()):
        return
    if header[:6].lower() == "basic ":
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        expected = f"{credentials.assently_api_key}:{credentials.assently_api_secret}"
        if decoded and hmac.compare_digest(decoded.encode(), expected.encode()):
            return
    raise AssentlyError(
        401,
        "EX401",
        "Unauthorized",
        "Send the Personal Access Token as the raw Authorization header, or Basic api key:secret.",
    )


def _not_found(what: str = "Not Found") -> AssentlyError:
    return AssentlyError(404, "EX404", what, "Request parameters may not be well formed")


def _conflict(message: str, hint: str = "") -> AssentlyError:
    return AssentlyError(409, "EX409", message, hint)


async def _body(request: Request, required: bool = True) -> Any:
    try:
        return await read_json(request, required)
    except BodyError as error:
        raise bad_request(str(error)) from None


def _load(tx: Transaction, case_id: str) -> Envelope:
    envelope = tx.get_envelope(Provider.ASSENTLY, case_id)
    if envelope is None:
        raise _not_found()
    return envelope


async def _case_id_from(request: Request) -> str:
    """sendCase and friends take Id in the query (swagger) or as {"Id"} in a JSON body (older clients)."""
    value = query_ci(request, "Id")
    if value is None:
        body = await _body(request, required=False)
        if isinstance(body, dict):
            value = get_ci(body, "Id")
    if value is None:
        raise bad_request("Id is required.", "Pass Id in the query string.")
    return parse_case_id(value)


def _ok() -> Response:
    return Response(status_code=200)


async def create_case(request: Request, context: SandboxContext) -> Response:
    case = parse_case(require_object(await _body(request)))
    with context.store.transaction() as tx:
        envelope = new_case(tx, case, context.clock.stamp(), context.default_expire_after_days)
        tx.put_envelope(envelope)
    return _ok()


async def get_case(request: Request, context: SandboxContext) -> Response:
    case_id = query_ci(request, "Id")
    if not case_id:
        raise bad_request("Id is required.")
    actions.sweep_expired(context)
    with context.store.transaction() as tx:
        envelope = tx.get_envelope(Provider.ASSENTLY, case_id)
    if envelope is None:
        # The real service answers its 404 JSON with Content-Type text/html: clients must cope.
        body = {
            "error": {
                "errorCode": "EX404",
                "message": "Not Found",
                "hint": "Request parameters may not be well formed",
            }
        }
        return JSONResponse(body, status_code=404, media_type="text/html; charset=utf-8")
    return JSONResponse(
        case_model(
            envelope,
            base_url_of(request),
            query_bool(request, "includeAllStatuses", True),
            query_bool(request, "IncludePendingApprovalStatus", True),
            spelling=_spelling(context),
        )
    )


async def find_cases(request: Request, context: SandboxContext) -> Response:
    filters: dict[str, str] = {key.lower(): value for key, value in request.query_params.items()}
    body = await _body(request, required=False)
    if isinstance(body, dict):
        filters.update({key.lower(): str(value) for key, value in body.items() if value is not None})
    statuses: set[Phase] = set()
    for word in filter(None, (item.strip().lower() for item in filters.get("status", "").split(","))):
        if word not in PHASES_BY_WORD:
            raise bad_request(f"Unknown Status {word!r}.", "Known: " + ", ".join(sorted(PHASES_BY_WORD)))
        statuses.add(PHASES_BY_WORD[word])
    name = filters.get("name", "").lower()
    actions.sweep_expired(context)
    with context.store.transaction() as tx:
        envelopes = tx.list_envelopes(Provider.ASSENTLY)
    matching = [
        envelope
        for envelope in envelopes
        if (not statuses or envelope.phase in statuses) and name in envelope.name.lower()
    ]
    matching.sort(key=lambda envelope: (envelope.created_on, envelope.id), reverse=True)
    selected = _page_of(matching, filters, context)
    base = base_url_of(request)
    spelling = _spelling(context)
    return JSONResponse(
        [case_model(envelope, base, spelling=spelling) for envelope in selected],
        headers={"X-Total-Count": str(len(matching))},
    )


def _page_of(items: list[T], filters: dict[str, str], context: SandboxContext) -> list[T]:
    """Paging is undocumented [SW-A]: by default Page/PageSize are honoured; the deviation profiles make
    the service ignore them or page by 25 whatever PageSize says."""
    if context.profiles.active(Profile.ASSENTLY_IGNORES_PAGING):
        return items
    page = _positive_int(filters.get("page", "1"), "Page")
    page_size = min(_positive_int(filters.get("pagesize", str(DEFAULT_PAGE_SIZE)), "PageSize"), MAX_PAGE_SIZE)
    if context.profiles.active(Profile.ASSENTLY_PAGES_BY_25):
        page_size = ASSENTLY_FORCED_PAGE_SIZE
    return items[(page - 1) * page_size : page * page_size]


def _spelling(context: SandboxContext) -> Spelling:
    if context.profiles.active(Profile.ASSENTLY_OTHER_STATUS_SPELLINGS):
        return Spelling.OTHER
    return Spelling.RECORDED


def _positive_int(value: str, name: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise bad_request(f"{name} must be a whole number, 1 or more.")
    return int(value)


async def find_templates(request: Request, context: SandboxContext) -> Response:
    filters: dict[str, str] = {key.lower(): value for key, value in request.query_params.items()}
    body = await _body(request, required=False)
    if isinstance(body, dict):
        filters.update({key.lower(): str(value) for key, value in body.items() if value is not None})
    name = filters.get("name", "").lower()
    with context.store.transaction() as tx:
        templates = tx.list_records("templates", Provider.ASSENTLY)
    matching = [template for template in templates if name in template["Name"].lower()]
    return JSONResponse(_page_of(matching, filters, context))


async def create_case_from_template(request: Request, context: SandboxContext) -> Response:
    body = require_object(await _body(request))
    template_id = get_ci(body, "TemplateId")
    if not isinstance(template_id, str) or not template_id:
        raise bad_request("TemplateId is required.", "Get template ids from findTemplates.")
    case = parse_case(body)
    with context.store.transaction() as tx:
        template = tx.get_record("templates", Provider.ASSENTLY, template_id)
        if template is None:
            raise _not_found(f"Template {template_id} not found.")
        envelope = new_case(tx, case, context.clock.stamp(), context.default_expire_after_days)
        if "Name" not in case.scalars:
            envelope.name = template["Name"]
        if case.allowed_signature_types is None:
            envelope.payload["AllowedSignatureTypes"] = template["AllowedSignatureTypes"]
        envelope.payload["TemplateId"] = template["Id"]
        if case.documents is None:
            for document in template["Documents"]:
                data = (
                    tx.get_blob(template_blob_key(Provider.ASSENTLY, template["Id"], document["Id"])) or b""
                )
                tx.put_blob(blob_key(envelope.id, document["Id"]), data)
                envelope.payload["Documents"].append(dict(document, Data=None))
                envelope.documents.append(
                    DocumentRef(document["Id"], document["Filename"], blob_key(envelope.id, document["Id"]))
                )
        tx.put_envelope(envelope)
    actions.publish(context, envelope, ["created"])
    return _ok()


async def update_case(request: Request, context: SandboxContext) -> Response:
    case = parse_case(require_object(await _body(request)))
    with context.store.transaction() as tx:
        envelope = _load(tx, case.id)
        if envelope.phase is not Phase.DRAFT:
            raise _conflict(f"Only a draft case can be updated; this one is {envelope.phase.value}.")
        apply_case(tx, envelope, case, context.default_expire_after_days)
        tx.put_envelope(envelope)
    return _ok()


async def update_case_metadata(request: Request, context: SandboxContext) -> Response:
    body = require_object(await _body(request))
    case_id = parse_case_id(get_ci(body, "Id") or query_ci(request, "Id"))
    metadata = parse_metadata(get_ci(body, "Metadata"))
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        envelope.payload["Metadata"] = metadata
        tx.put_envelope(envelope)
    actions.publish(context, envelope, ["metadataupdated"])
    return _ok()


async def send_case(request: Request, context: SandboxContext) -> Response:
    case_id = await _case_id_from(request)
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        if envelope.phase is not Phase.DRAFT:
            raise _conflict(f"Only a draft case can be sent; this one is {envelope.phase.value}.")
        check_sendable(envelope)
        if envelope.payload.get("ApprovalRequired"):
            raise _conflict("This case requires approval.", "Call requestApproval; approvers send it.")
        place_fields(tx, envelope)
        events = _lifecycle(lambda: open_for_signing(envelope, context.clock.now(), _expire_days(envelope)))
        tx.put_envelope(envelope)
    actions.publish(context, envelope, events)
    return _ok()


def _expire_days(envelope: Envelope) -> int:
    return int(envelope.payload.get("_expire_after_days") or 0)


def _lifecycle(step: Callable[[], Any]) -> Any:
    try:
        return step()
    except LifecycleError as error:
        raise _conflict(str(error)) from None


async def request_approval_handler(request: Request, context: SandboxContext) -> Response:
    case_id = await _case_id_from(request)
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        check_sendable(envelope)
        place_fields(tx, envelope)
        events = _lifecycle(lambda: request_approval(envelope))
        envelope.payload["ApprovalRequired"] = True
        envelope.payload["ApprovalRequestedOn"] = context.clock.stamp()
        tx.put_envelope(envelope)
    actions.publish(context, envelope, events)
    return _ok()


async def remind_case(request: Request, context: SandboxContext) -> Response:
    case_id = await _case_id_from(request)
    actions.sweep_expired(context)
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        _lifecycle(lambda: remind(envelope, context.clock.now()))
        tx.put_envelope(envelope)
    actions.publish(context, envelope, ["reminded"])
    return _ok()


async def recall_case(request: Request, context: SandboxContext) -> Response:
    case_id = await _case_id_from(request)
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        events = _lifecycle(lambda: recall(envelope))
        tx.put_envelope(envelope)
    actions.publish(context, envelope, events)
    return _ok()


async def delete_case(request: Request, context: SandboxContext) -> Response:
    case_id = await _case_id_from(request)
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        events = recall(envelope) if envelope.phase in {Phase.SENT, Phase.PENDING_APPROVAL} else []
        tx.delete_envelope(envelope)
        tx.delete_blobs(f"assently/{envelope.id}/")
    actions.publish(context, envelope, [*events, "deleted"])
    return _ok()


async def get_case_by_temporary_id(request: Request, context: SandboxContext) -> Response:
    value = query_ci(request, "Id") or ""
    if not value.isdigit() or len(value) < 4:
        raise bad_request("Id must be a temporary id: a number of 4 or more digits.")
    with context.store.transaction() as tx:
        envelope = tx.find_by_temporary_id(int(value))
    if envelope is None:
        raise _not_found()
    issued = parse_timestamp(envelope.payload["TemporaryIdIssuedOn"])
    if context.clock.now() - issued > TEMPORARY_ID_LIFETIME:
        raise _not_found("The temporary id has expired.")
    return JSONResponse(case_model(envelope, base_url_of(request), spelling=_spelling(context)))


async def get_document_data(request: Request, context: SandboxContext) -> Response:
    case_id = query_ci(request, "caseId")
    document_id = query_ci(request, "documentId")
    if not case_id or not document_id:
        raise bad_request("caseid and documentid are required.")
    with context.store.transaction() as tx:
        envelope = _load(tx, case_id)
        data = _document_bytes(tx, envelope, document_id)
    if data is None:
        raise _not_found(f"Document {document_id} not found in case {case_id}.")
    return Response(data, media_type="application/pdf")


def _document_bytes(tx: Transaction, envelope: Envelope, document_id: str) -> bytes | None:
    if document_id.lower() == actions.RECEIPT_DOCUMENT_ID and envelope.receipt_blob_key:
        return tx.get_blob(envelope.receipt_blob_key)
    document = next((item for item in envelope.documents if item.id.lower() == document_id.lower()), None)
    if document is None:
        return None
    return tx.get_blob(document.signed_blob_key or document.blob_key)


async def create_hook(request: Request, context: SandboxContext) -> Response:
    event_path = (query_ci(request, "EventPath") or "").lower()
    if event_path not in EVENT_NAMES:
        raise bad_request("EventPath must be one of the trigger names.", "Known: " + ", ".join(EVENT_NAMES))
    body = require_object(await _body(request))
    callback_url = get_ci(body, "callbackUrl")
    if not isinstance(callback_url, str) or not callback_url.startswith(("http://", "https://")):
        raise bad_request("callbackUrl must be an http(s) URL.")
    hook = {
        "Id": hex_id(),
        "EventPath": event_path,
        "callbackUrl": callback_url,
        "CreatedOn": context.clock.stamp(),
    }
    with context.store.transaction() as tx:
        tx.put_record("hooks", Provider.ASSENTLY, hook["Id"], hook)
    if context.profiles.active(Profile.ASSENTLY_HOOK_WITHOUT_LOCATION):
        return Response(status_code=201)  # the hook exists; the answer names it nowhere
    location = f"{base_url_of(request)}/assently/api/hook/v1/{hook['Id']}"
    return JSONResponse(hook, status_code=201, headers={"Location": location})


async def delete_hook(request: Request, context: SandboxContext) -> Response:
    hook_id = request.path_params["hook_id"]
    with context.store.transaction() as tx:
        deleted = tx.delete_record("hooks", Provider.ASSENTLY, hook_id)
    if not deleted:
        raise _not_found(f"Hook {hook_id} not found.")
    return _ok()


OPERATIONS: dict[str, tuple[frozenset[str], Handler]] = {
    "createcase": (frozenset({"POST"}), create_case),
    "getcase": (frozenset({"GET"}), get_case),
    "findcases": (frozenset({"GET", "POST"}), find_cases),
    "findtemplates": (frozenset({"GET", "POST"}), find_templates),
    "createcasefromtemplate": (frozenset({"POST"}), create_case_from_template),
    "updatecase": (frozenset({"POST"}), update_case),
    "updatecasemetadata": (frozenset({"POST"}), update_case_metadata),
    "sendcase": (frozenset({"POST"}), send_case),
    "requestapproval": (frozenset({"POST"}), request_approval_handler),
    "remindcase": (frozenset({"POST"}), remind_case),
    "recallcase": (frozenset({"POST"}), recall_case),
    "deletecase": (frozenset({"POST"}), delete_case),
    "getcasebytemporaryid": (frozenset({"GET"}), get_case_by_temporary_id),
    "getdocumentdata": (frozenset({"GET"}), get_document_data),
}


async def operation(request: Request) -> Response:
    context = _context(request)
    authenticate(request, context)
    name = request.path_params["operation"].lower()
    if name not in OPERATIONS:
        raise _not_found(f"No operation {name}.")
    methods, handler = OPERATIONS[name]
    if request.method not in methods:
        raise AssentlyError(
            405, "EX405", f"{name} does not accept {request.method}.", "Use " + "/".join(sorted(methods))
        )
    return await handler(request, context)


async def hooks(request: Request) -> Response:
    context = _context(request)
    authenticate(request, context)
    return await create_hook(request, context)


async def hook(request: Request) -> Response:
    context = _context(request)
    authenticate(request, context)
    return await delete_hook(request, context)


def routes() -> list[Route]:
    """Paths are lower-cased before routing (CaseInsensitivePaths), so these match any spelling."""
    return [
        Route("/assently/api/v2/{operation}", operation, methods=["GET", "POST", "PUT", "DELETE"]),
        Route("/assently/api/hook/v1/", hooks, methods=["POST"]),
        Route("/assently/api/hook/v1", hooks, methods=["POST"]),
        Route("/assently/api/hook/v1/{hook_id}", hook, methods=["DELETE"]),
    ]

"""HTTP handlers of the GMO Sign connector API emulation (/gmosign/customer/...)."""

from __future__ import annotations

import base64
import binascii
import hmac
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from esign_desktop.sandbox import actions
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.envelope import Envelope, Provider, Role
from esign_desktop.sandbox.errors import GmoError
from esign_desktop.sandbox.gmosign.coordinates import CoordinateReading
from esign_desktop.sandbox.gmosign.rendering import SIGN_STATUS_WORDS, STATUS_WORDS
from esign_desktop.sandbox.gmosign.signature_request import build_signature_request
from esign_desktop.sandbox.gmosign.templates_transaction import build_template_envelope
from esign_desktop.sandbox.gmosign.validation import int_at, invalid, object_at, string_at
from esign_desktop.sandbox.lifecycle import open_for_signing, request_approval
from esign_desktop.sandbox.pdf_inspection import UnreadablePdfError, page_count
from esign_desktop.sandbox.profiles import Profile
from esign_desktop.sandbox.requests import BodyError, read_json
from esign_desktop.sandbox.store import Transaction
from esign_desktop.sandbox.tokens import hex_id

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_HUGE_DOCUMENT_BYTES = 500 * 1024 * 1024


def _context(request: Request) -> SandboxContext:
    context: SandboxContext = request.app.state.context
    return context


def authenticate(request: Request) -> SandboxContext:
    context = _context(request)
    header = request.headers.get("authorization", "")
    if header[:6].lower() == "basic ":
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        expected = f"{context.credentials.gmo_customer_id}:{context.credentials.gmo_secret_key}"
        if decoded and hmac.compare_digest(decoded.encode(), expected.encode()):
            return context
    raise GmoError(401, "401", "Unauthorized: send Basic authentication with the customer id and secret key.")


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = await read_json(request)
    except BodyError as error:
        raise invalid(str(error)) from None
    return object_at(body, "The request body")


def _success(**values: Any) -> dict[str, Any]:
    return {"status": "success", "result": "0", "message": "OK", **values}


def register_pdf(
    tx: Transaction,
    data: bytes,
    filename: str,
    code: str | None,
    reuse: int | None,
    remarks: str,
    now: str,
    accept_reused_codes: bool = False,
) -> str:
    try:
        pages = page_count(data)
    except UnreadablePdfError as error:
        raise invalid(f"document: {error}; upload an unencrypted PDF.") from None
    if code:
        if tx.get_upload(code) is not None and reuse != 1 and not accept_reused_codes:
            raise GmoError(
                409, "409", f"document_code {code!r} is already registered; send reuse_flag 1 to replace it."
            )
    else:
        code = hex_id(24)
    blob_key = f"gmosign/uploads/{code}"
    digest = tx.put_blob(blob_key, data)
    tx.put_upload(
        code,
        {
            "code": code,
            "filename": filename,
            "blob_key": blob_key,
            "page_count": pages,
            "sha512": digest,
            "remarks": remarks,
            "created_at": now,
            "reusable": reuse == 1,
            "used_by": None,
        },
    )
    return code


REGISTER_FIELDS = frozenset({"document", "document_code", "reuse_flag", "remarks"})


async def register_document(request: Request) -> Response:
    """RegisterDocumentRequest is a JSON body [SW-G]: `document` (the file, as a base64 string, required),
    `document_code`, `reuse_flag` (1), `remarks`. Nothing else: no multipart, no other member."""
    context = authenticate(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise GmoError(
            415,
            "415",
            "Send RegisterDocumentRequest as a JSON body (Content-Type: application/json) with the file "
            "base64-encoded in 'document'.",
        )
    fields = await _json_object(request)
    unknown = sorted(set(fields) - REGISTER_FIELDS)
    if unknown:
        raise invalid(f"{', '.join(unknown)}: not part of RegisterDocumentRequest.")
    encoded = string_at(fields, "document", "", required=True)
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise invalid("document must be the file's bytes in base64.") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise invalid("document is larger than 50 MB: use envelopes/documents/for-huge-size.")
    code = string_at(fields, "document_code", "") or None
    reuse = int_at(fields, "reuse_flag", "", (1,))
    remarks = string_at(fields, "remarks", "")
    reused_ok = context.profiles.active(Profile.GMO_ACCEPTS_REUSED_DOCUMENT_CODE)
    with context.store.transaction() as tx:
        code = register_pdf(
            tx, data, remarks or "document.pdf", code, reuse, remarks, context.clock.stamp(), reused_ok
        )
    return JSONResponse(_success(document_code=code))


async def register_huge_document(request: Request) -> Response:
    context = authenticate(request)
    body = await _json_object(request)
    file_path = string_at(body, "file_path", "", required=True)
    root = context.input_dir.resolve()
    candidate = (root / file_path).resolve()
    if Path(file_path).is_absolute() or not candidate.is_relative_to(root) or candidate == root:
        raise invalid("file_path must be a path inside the input/ folder, such as 'contract.pdf'.")
    if not candidate.is_file():
        raise GmoError(404, "404", f"file_path {file_path!r} was not found in the input/ folder.")
    if candidate.stat().st_size > MAX_HUGE_DOCUMENT_BYTES:
        raise invalid("The file is larger than the sandbox's 500 MB limit.")
    data = candidate.read_bytes()
    code = string_at(body, "document_code", "") or None
    reuse = int_at(body, "reuse_flag", "", (1,))
    reused_ok = context.profiles.active(Profile.GMO_ACCEPTS_REUSED_DOCUMENT_CODE)
    with context.store.transaction() as tx:
        code = register_pdf(
            tx,
            data,
            candidate.name,
            code,
            reuse,
            string_at(body, "remarks", ""),
            context.clock.stamp(),
            reused_ok,
        )
    return JSONResponse(_success(document_code=code))


def _start(envelope: Envelope, context: SandboxContext) -> list[str]:
    if any(party.role is Role.APPROVER for party in envelope.parties):
        return request_approval(envelope)
    return open_for_signing(envelope, context.clock.now(), context.default_expire_after_days)


async def request_signature(request: Request) -> Response:
    context = authenticate(request)
    body = await _json_object(request)
    with context.store.transaction() as tx:
        envelope = build_signature_request(
            tx,
            body,
            context.clock.stamp(),
            context.profiles.active(Profile.GMO_ACCEPTS_REUSED_DOCUMENT_CODE),
            CoordinateReading.of(context.profiles.settings),
        )
        envelope.payload["_expire_after_days"] = context.default_expire_after_days
        events = _start(envelope, context)
        tx.put_envelope(envelope)
    actions.publish(context, envelope, events)
    document_list = [{"document_name": doc.name, "control_number": doc.id} for doc in envelope.documents]
    return JSONResponse(_success(envelope_xid=envelope.id, document_list=document_list))


async def send_from_template(request: Request) -> Response:
    context = authenticate(request)
    template_id = request.path_params["template_id"]
    body = await _json_object(request)
    with context.store.transaction() as tx:
        template = tx.get_record("templates", Provider.GMOSIGN, template_id)
        if template is None:
            raise GmoError(404, "404", f"Template {template_id} not found.")
        envelope = build_template_envelope(tx, template, body, context.clock.stamp())
        envelope.payload["_expire_after_days"] = context.default_expire_after_days
        events = _start(envelope, context)
        tx.put_envelope(envelope)
    actions.publish(context, envelope, events)
    details = envelope.payload["signer_details"]
    signers = [
        {
            "order_no": str(party.order),
            "name": party.name,
            "organize_name": details.get(party.id, {}).get("organize_name", ""),
            "email": party.email,
            "phone_number": party.phone,
            "envelope_signer_id": party.id,
            "envelope_sign_token": party.token,
            "sign_status": SIGN_STATUS_WORDS[party.state],
        }
        for party in envelope.parties
        if party.role is Role.SIGNER
    ]
    return JSONResponse(
        {
            "envelope_xid": envelope.id,
            "envelope_status": STATUS_WORDS[envelope.phase],
            "document_list": [
                {"document_name": doc.name, "control_number": doc.id} for doc in envelope.documents
            ],
            "signer_list": signers,
        },
        status_code=201,
    )


async def create_connect(request: Request) -> Response:
    context = authenticate(request)
    body = await _json_object(request)
    name = string_at(body, "name", "", required=True)
    url = string_at(body, "urlToPublishTo", "", required=True)
    events = string_at(body, "envelopeEvents", "", required=True)
    if not url.startswith(("http://", "https://")):
        raise invalid("urlToPublishTo must be an http(s) URL.")
    now = context.clock.stamp()
    hook = {
        "cus_id": context.credentials.gmo_customer_id,
        "connect_id": hex_id(16),
        "connectionName": name,
        "envelopeEvents": events,
        "urlToPublishTo": url,
        "created_at": now,
        "updated_at": now,
    }
    with context.store.transaction() as tx:
        tx.put_record("hooks", Provider.GMOSIGN, hook["connect_id"], hook)
    return JSONResponse(
        {key: value for key, value in hook.items() if key != "connectionName"}, status_code=201
    )


async def delete_connect(request: Request) -> Response:
    context = authenticate(request)
    connect_id = request.path_params["connect_id"]
    with context.store.transaction() as tx:
        hook = tx.get_record("hooks", Provider.GMOSIGN, connect_id)
        if hook is None:
            raise GmoError(404, "404", f"Connection {connect_id} not found.")
        tx.delete_record("hooks", Provider.GMOSIGN, connect_id)
    return JSONResponse(hook)


async def get_document(request: Request) -> Response:
    context = authenticate(request)
    document_id = request.path_params["document_id"]
    for key in ("download_type", "operation"):
        value = request.query_params.get(key)
        if value is None or not value.lstrip("-").isdigit():
            raise invalid(
                f"{key} is required as an integer (the connector sends download_type=2&operation=1)."
            )
    actions.sweep_expired(context)
    with context.store.transaction() as tx:
        data = _find_document(tx, document_id)
    if data is None:
        raise GmoError(404, "404", f"Document {document_id} not found.")
    return JSONResponse({"downloadedDocument": base64.b64encode(data).decode("ascii")})


def _find_document(tx: Transaction, document_id: str) -> bytes | None:
    """A control number of a sent envelope (the signed PDF once completed), or a registered document code."""
    for envelope in tx.list_envelopes(Provider.GMOSIGN):
        document = envelope.document(document_id)
        if document is not None and envelope.failure:
            raise GmoError(409, "409", f"The envelope failed: {envelope.failure}")
        if document is not None:
            return tx.get_blob(document.signed_blob_key or document.blob_key)
    upload = tx.get_upload(document_id)
    return tx.get_blob(upload["blob_key"]) if upload is not None else None


def routes() -> list[Route]:
    prefix = "/gmosign/customer"
    return [
        Route(f"{prefix}/envelopes/documents", register_document, methods=["POST"]),
        Route(f"{prefix}/envelopes/documents/for-huge-size", register_huge_document, methods=["POST"]),
        Route(f"{prefix}/envelopes/signatures/request", request_signature, methods=["POST"]),
        Route(
            f"{prefix}/envelopes/templates/{{template_id}}/transaction", send_from_template, methods=["POST"]
        ),
        Route(f"{prefix}/connect", create_connect, methods=["POST"]),
        Route(f"{prefix}/connect/{{connect_id}}", delete_connect, methods=["DELETE"]),
        Route(f"{prefix}/documents/{{document_id}}", get_document, methods=["GET"]),
    ]

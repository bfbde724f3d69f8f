"""The GMO Sign client (connector API at api.gmo-exapi.net): register, request, template send, hook, download.

The API has no status query: get/list/exists raise NotSupported and status comes from the Connect hook
(`parse_status_event`). Creating an envelope sends it (`sends_on_create`).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx

from esign_desktop.domain.capabilities import GMOSIGN, Action, Capabilities
from esign_desktop.domain.errors import Phrase
from esign_desktop.domain.geometry import GMOSIGN_UNITS, GridConvention
from esign_desktop.domain.model import Document, Envelope, PartyRole
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers import error_templates as templates
from esign_desktop.providers.base import (
    BeforeUnrepeatable,
    EnvelopePage,
    EnvelopeQuery,
    StatusEvent,
    Subscription,
    TemplateInfo,
    TemplateSend,
)
from esign_desktop.providers.credentials import GmoSignCredentials as GmoSignCredentials  # re-exported
from esign_desktop.providers.downloads import Progress, single_chunk, target_in_folder, write_new_file
from esign_desktop.providers.errors import (
    Conflict,
    InvalidRequest,
    MalformedResponse,
    MayHaveLanded,
    NetworkError,
    NotFound,
    NotSupported,
    RequestNotSent,
    ServiceUnavailable,
)
from esign_desktop.providers.gmosign_mapping import (
    COMPLETED_EVENT,
    HOOK_STATUS,
    hook_event,
    planned_document_code,
    signature_request,
    template_request,
)
from esign_desktop.providers.http import HttpClient, RetryPolicy, ServiceErrorDetail
from esign_desktop.providers.json_shape import JsonObject, expect_object, optional_list, optional_str
from esign_desktop.providers.rate_limit import Budget, RateLimiter, Sleep
from esign_desktop.providers.redaction import Redactor
from esign_desktop.providers.streamed_json import Base64JsonBody, FileChangedError

PRODUCTION_URL = "https://api.gmo-exapi.net/gmosign"
LABEL = "GMO Sign"
# GetDocuments' internal query parameters, at the connector's defaults (meaning undocumented) [SW-G].
_DOWNLOAD_PARAMS: dict[str, str | int | bool] = {"download_type": 2, "operation": 1}
_FAILURE_WORDS = frozenset({"error", "failure", "failed", "ng", "false", "fail"})


def read_service_error(response: httpx.Response) -> ServiceErrorDetail:
    """GMO Sign bodies carry `status`, `result`, `message` strings; use them when present."""
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return ServiceErrorDetail()
    if not isinstance(body, dict):
        return ServiceErrorDetail()
    message = body.get("message") or body.get("error_message") or body.get("error") or ""
    return ServiceErrorDetail(message=str(message), code=str(body.get("status") or body.get("result") or ""))


class GmoSignProvider:
    """One GMO Sign account (customer id + secret key, HTTP Basic)."""

    sends_on_create = True

    def __init__(
        self,
        credentials: GmoSignCredentials,
        *,
        base_url: str = PRODUCTION_URL,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        today: Callable[[], date] = date.today,
        coordinates: GridConvention = GMOSIGN_UNITS,
    ) -> None:
        """`coordinates`: how this account's service measures field positions (default: our reading;
        placement calibration may have found another, docs/accounts-check.md)."""
        redactor = Redactor()
        redactor.add_basic_pair(credentials.customer_id, credentials.secret_key)
        basic = f"{credentials.customer_id}:{credentials.secret_key}".encode()
        self._http = HttpClient(
            base_url,
            provider_label=LABEL,
            headers={"Authorization": "Basic " + base64.b64encode(basic).decode("ascii")},
            redactor=redactor,
            limiter=limiter,
            retry=retry,
            service_error=read_service_error,
            transport=transport,
            sleep=sleep,
        )
        self._today = today
        self.coordinates = coordinates

    @property
    def capabilities(self) -> Capabilities:
        return GMOSIGN

    def budget_used(self) -> Budget:
        return self._http.limiter.budget_used()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def test_connection(self) -> None:
        """No read endpoint exists: fetch a document that cannot exist; only 401/403 mean bad credentials."""
        try:
            await self._http.request("GET", "/customer/documents/0", params=_DOWNLOAD_PARAMS)
        except (NotFound, InvalidRequest):
            return

    def planned_remote_id(self, envelope: Envelope) -> str | None:
        return None  # GMO Sign assigns envelope_xid

    async def register_document(self, path: Path, file_name: str, document_code: str = "") -> str:
        """Upload one PDF; returns its document_code.

        The body is the JSON the Swagger declares (`RegisterDocumentRequest`: `document` as a string, here
        the file base64-encoded) [SW-G], encoded from disk while it is sent so a 100 MB file costs little
        memory (providers/streamed_json.py). With our own `document_code`, registering again after a lost
        answer is safe: either the service refuses the second registration (409: the code is already ours)
        or it replaces the file with the same bytes.
        """
        fields = {"document_code": document_code} if document_code else {}
        try:
            body = await asyncio.to_thread(Base64JsonBody.of_file, path, "document", fields)
        except OSError as error:
            raise InvalidRequest(templates.CANNOT_READ_DOCUMENT, file_name, error.strerror or error) from None
        try:
            data = await self._http.request_json(
                "POST", "/customer/envelopes/documents", content=body, idempotent=bool(document_code)
            )
        except FileChangedError:
            raise InvalidRequest(templates.CHANGED_DURING_UPLOAD, file_name) from None
        except Conflict:
            if not document_code:
                raise
            return document_code
        return _document_code(data)

    async def register_huge_document(self, file_path: str, remarks: str = "") -> str:
        """Register a file already uploaded to GMO Sign's transfer area (`file_path` after /input/)."""
        body: dict[str, object] = {"file_path": file_path}
        if remarks:
            body["remarks"] = remarks
        data = await self._http.request_json("POST", "/customer/envelopes/documents/for-huge-size", json=body)
        return _document_code(data)

    async def create_envelope(
        self, envelope: Envelope, before_unrepeatable: BeforeUnrepeatable | None = None
    ) -> Envelope:
        """Register the documents under codes derived from the envelope, then request signatures.

        Registering is safe to repeat (our own codes). The signature request is not: nothing documented
        lets a repeat be recognised, so `before_unrepeatable(codes)` is called just before it (the outbox
        writes that down), and if its answer is lost this raises MayHaveLanded rather than trying again.
        A GMO envelope with approvers starts pending approval.
        """
        codes = []
        for index, document in enumerate(envelope.documents):
            if not document.path:
                raise InvalidRequest(templates.NO_LOCAL_FILE, document.file_name)
            code = planned_document_code(envelope, index)
            codes.append(await self.register_document(Path(document.path), document.file_name, code))
        body = signature_request(envelope, codes, self._today(), self.coordinates)
        if before_unrepeatable is not None:
            before_unrepeatable(tuple(codes))
        try:
            answer = await self._http.request_json(
                "POST", "/customer/envelopes/signatures/request", json=body
            )
            data = _checked(answer, "the signature request")
        except RequestNotSent:
            raise  # never reached the service: an ordinary network failure, sent again later
        except (NetworkError, ServiceUnavailable, MalformedResponse) as error:
            # No answer, a server failure, or a success we cannot read: it may have been done.
            raise MayHaveLanded(
                templates.NOT_CONFIRMED_MAY_HAVE_LANDED,
                LABEL,
                error,
                ", ".join(codes),
                document_codes=tuple(codes),
            ) from None
        remote_id = optional_str(data, "envelope_xid")
        if not remote_id:
            raise MayHaveLanded(
                templates.NO_ENVELOPE_ID_MAY_HAVE_LANDED, LABEL, ", ".join(codes), document_codes=tuple(codes)
            )
        control_numbers = _control_numbers(data)
        if len(control_numbers) == len(envelope.documents):
            documents = tuple(
                replace(d, remote_id=number or d.remote_id)
                for d, number in zip(envelope.documents, control_numbers, strict=True)
            )
        else:
            documents = envelope.documents
        pending = any(p.role is PartyRole.APPROVER for p in envelope.parties)
        return replace(
            envelope,
            remote_id=remote_id,
            documents=documents,
            status=EnvelopeStatus.PENDING_APPROVAL if pending else EnvelopeStatus.SENT,
            provider_status=optional_str(data, "envelope_status")
            or ("pending approval" if pending else "sent"),
        )

    async def create_from_template(self, request: TemplateSend) -> str:
        body = template_request(request.name, request.parties, request.merge_values, request.message)
        data = _checked(
            await self._http.request_json(
                "POST", f"/customer/envelopes/templates/{request.template_id}/transaction", json=body
            ),
            "the template send",
        )
        remote_id = optional_str(data, "envelope_xid")
        if not remote_id:
            raise _refusal(data, "did not return an envelope id")
        return remote_id

    async def send(self, remote_id: str) -> None:
        """Nothing to do: GMO Sign sent the envelope when it was created."""

    async def download_document(
        self, envelope: Envelope, document: Document, dest_dir: Path, progress: Progress | None = None
    ) -> Path:
        document_id = document.remote_id
        if not document_id:
            raise InvalidRequest(templates.NO_DOCUMENT_ID_YET, document.file_name, LABEL)
        data = expect_object(
            await self._http.request_json(
                "GET",
                f"/customer/documents/{document_id}",
                params=_DOWNLOAD_PARAMS,
                max_bytes=self._http.limits.document_in_json_bytes,
                deadline=self._http.limits.download_deadline,
            ),
            "the document",
        )
        encoded = optional_str(data, "downloadedDocument")
        if not encoded:
            raise NotFound(templates.NO_FILE_YET, LABEL, document.file_name)
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise MalformedResponse(templates.NOT_BASE64, LABEL) from None
        target = target_in_folder(dest_dir, document.file_name, f"{envelope.name or 'document'}.pdf")
        return await write_new_file(target, single_chunk(content), total=len(content), progress=progress)

    async def subscribe(self, event: str, callback_url: str) -> Subscription:
        body = {
            "name": "esign-desktop",
            "urlToPublishTo": callback_url,
            "envelopeEvents": event or COMPLETED_EVENT,
        }
        data = expect_object(
            await self._http.request_json("POST", "/customer/connect", json=body), "the connection"
        )
        connect_id = optional_str(data, "connect_id")
        if not connect_id:
            raise _refusal(data, "did not return a connection id")
        return Subscription(
            connect_id, optional_str(data, "envelopeEvents") or body["envelopeEvents"], callback_url
        )

    async def unsubscribe(self, subscription_id: str) -> None:
        await self._http.request("DELETE", f"/customer/connect/{subscription_id}", idempotent=True)

    def parse_status_event(self, payload: object, event: str = COMPLETED_EVENT) -> StatusEvent:
        """The Connect callback has no status field; the subscription's event (Completed) is the status."""
        remote_id, name, document_ids = hook_event(payload)
        kind = (event or COMPLETED_EVENT).lower()
        return StatusEvent(
            remote_id, kind, HOOK_STATUS.get(kind), envelope_name=name, document_ids=document_ids
        )

    # The connector API has no endpoint for these actions.

    async def list_envelopes(self, query: EnvelopeQuery | None = None) -> EnvelopePage:
        raise NotSupported(Action.LIST, LABEL)

    async def get_envelope(self, remote_id: str) -> Envelope:
        raise NotSupported(Action.GET, LABEL)

    async def envelope_exists(self, envelope: Envelope) -> str | None:
        raise NotSupported(Action.GET, LABEL)

    async def list_templates(self) -> list[TemplateInfo]:
        raise NotSupported(Action.LIST_TEMPLATES, LABEL)

    async def update_envelope(self, envelope: Envelope) -> None:
        raise NotSupported(Action.UPDATE, LABEL)

    async def update_metadata(self, remote_id: str, metadata: Mapping[str, str]) -> None:
        raise NotSupported(Action.UPDATE_METADATA, LABEL)

    async def request_approval(self, remote_id: str) -> None:
        raise NotSupported(Action.REQUEST_APPROVAL, LABEL)

    async def remind(self, remote_id: str) -> None:
        raise NotSupported(Action.REMIND, LABEL)

    async def recall(self, remote_id: str) -> None:
        raise NotSupported(Action.RECALL, LABEL)

    async def delete(self, remote_id: str) -> None:
        raise NotSupported(Action.DELETE, LABEL)

    async def download_receipt(
        self, envelope: Envelope, dest_dir: Path, progress: Progress | None = None
    ) -> Path:
        raise NotSupported(Action.DOWNLOAD_RECEIPT, LABEL)

    async def get_by_temporary_id(self, temporary_id: int) -> Envelope:
        raise NotSupported(Action.GET_BY_TEMPORARY_ID, LABEL)


def _checked(value: object, what: str) -> JsonObject:
    """A 2xx body that may still report failure in its `status`/`result` fields [INF]."""
    data = expect_object(value, what)
    for key in ("status", "result"):
        if optional_str(data, key).strip().lower() in _FAILURE_WORDS:
            raise _refusal(data, "refused the request")
    return data


def _refusal(data: JsonObject, fallback: str) -> InvalidRequest:
    """`fallback`: why, when the service's message is empty; one of error_templates.REFUSAL_REASONS."""
    message = optional_str(data, "message")
    if message:
        return InvalidRequest(templates.REFUSED_PLAIN_SAID, LABEL, message, service_message=message)
    return InvalidRequest(templates.REFUSED_WITHOUT, LABEL, Phrase(fallback))


def _control_numbers(data: JsonObject) -> list[str]:
    """The document ids of a landed request's answer; none if that part cannot be read (the hook brings
    them too)."""
    try:
        items = optional_list(data, "document_list")
        return [optional_str(expect_object(item, "a document"), "control_number") for item in items]
    except MalformedResponse:
        return []


def _document_code(value: object) -> str:
    data = _checked(value, "the document registration")
    code = optional_str(data, "document_code")
    if not code:
        raise _refusal(data, "did not return a document code")
    return code

"""The Assently E-Sign client (API v2): every action of the connector, on the shared HTTP layer."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import httpx

from esign_desktop.domain.capabilities import ASSENTLY, Capabilities
from esign_desktop.domain.model import Document, Envelope, Field
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.pdf import FieldToEmbed, PdfError, embed_form_fields
from esign_desktop.providers import error_templates as templates
from esign_desktop.providers.assently_mapping import (
    EVENT_STATUS,
    STATUS_TO_ASSENTLY,
    PreparedDocument,
    case_id_for,
    case_payload,
    document_payload,
    envelope_from_case,
    form_field_name,
    merged_documents,
    party_payload,
    receipt_of_case,
    status_from_assently,
    with_remote_ids,
)
from esign_desktop.providers.base import (
    BeforeUnrepeatable,
    EnvelopePage,
    EnvelopeQuery,
    StatusEvent,
    Subscription,
    TemplateInfo,
    TemplateSend,
)
from esign_desktop.providers.credentials import ApiKeyCredentials as ApiKeyCredentials  # re-exported
from esign_desktop.providers.credentials import PersonalAccessToken as PersonalAccessToken  # re-exported
from esign_desktop.providers.downloads import Progress
from esign_desktop.providers.errors import InvalidRequest, MalformedResponse, NotFound
from esign_desktop.providers.http import HttpClient, RetryPolicy, ServiceErrorDetail
from esign_desktop.providers.json_shape import JsonObject, expect_list, expect_object, optional_str
from esign_desktop.providers.rate_limit import Budget, RateLimiter, Sleep
from esign_desktop.providers.redaction import Redactor

log = logging.getLogger(__name__)

PRODUCTION_URL = "https://app.assently.com"
TEST_URL = "https://test.assently.com"
LABEL = "Assently E-Sign"
_NIL_CASE_ID = "00000000-0000-0000-0000-000000000000"
# The most find calls one listing makes: 200 pages of 100 is 20,000 cases (5,000 if the service pages by 25).
MAX_LISTING_PAGES = 200
# Sent with getCase/findCases as the connector does, so cases pending approval are not hidden [SW-A].
_STATUS_FLAGS: dict[str, str | int | bool] = {
    "includeAllStatuses": True,
    "IncludePendingApprovalStatus": True,
}


AssentlyCredentials = PersonalAccessToken | ApiKeyCredentials


def read_service_error(response: httpx.Response) -> ServiceErrorDetail:
    """Assently's `{"error": {"errorCode", "message", "hint"}}`, parsed whatever the Content-Type says."""
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return ServiceErrorDetail()
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return ServiceErrorDetail()
    return ServiceErrorDetail(
        message=str(error.get("message") or ""),
        code=str(error.get("errorCode") or ""),
        hint=str(error.get("hint") or ""),
    )


class AssentlyProvider:
    """One Assently account. `base_url` is the host (production, test or the sandbox), without /api."""

    sends_on_create = False

    def __init__(
        self,
        base_url: str,
        credentials: AssentlyCredentials,
        *,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        max_pages: int = MAX_LISTING_PAGES,
    ) -> None:
        self._max_pages = max_pages
        redactor = Redactor()
        if isinstance(credentials, PersonalAccessToken):
            authorization = credentials.token.strip()
            redactor.add(authorization)
        else:
            basic = f"{credentials.key}:{credentials.secret}".encode()
            authorization = "Basic " + base64.b64encode(basic).decode("ascii")
            redactor.add_basic_pair(credentials.key, credentials.secret)
        self._http = HttpClient(
            base_url,
            provider_label=LABEL,
            headers={"Authorization": authorization, "Accept": "application/json"},
            redactor=redactor,
            limiter=limiter,
            retry=retry,
            service_error=read_service_error,
            transport=transport,
            sleep=sleep,
        )

    @property
    def capabilities(self) -> Capabilities:
        return ASSENTLY

    def budget_used(self) -> Budget:
        return self._http.limiter.budget_used()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def test_connection(self) -> None:
        """A getCase for an id that cannot exist: "not found" in Assently's error shape proves the account."""
        try:
            await self._http.request("GET", "/api/v2/getCase", params={"Id": _NIL_CASE_ID, **_STATUS_FLAGS})
        except NotFound as error:
            if not error.service_code:
                raise InvalidRequest(templates.NOT_LIKE_THE_SERVICE, self._http.base_url, LABEL) from None

    def planned_remote_id(self, envelope: Envelope) -> str:
        return envelope.remote_id or case_id_for(envelope.local_id)

    async def list_envelopes(self, query: EnvelopeQuery | None = None) -> EnvelopePage:
        """Every case (from `query.page` on), walked to the end here: `next_page` is always None.

        Paging is not documented [SW-A][REC], so `Page`/`PageSize` are sent as a guess and nothing relies
        on the service honouring them: the walk stops at the first page that brings no case not seen
        before, every case is kept once (by Id), and after `max_pages` calls it stops with a warning.
        """
        query = query or EnvelopeQuery()
        filters: dict[str, str | int | bool] = {}
        if query.status is not None:
            filters["Status"] = STATUS_TO_ASSENTLY.get(query.status, query.status.value)
        items = await self._find_all("findCases", filters, query.page, query.page_size, "cases")
        return EnvelopePage(tuple(envelope_from_case(item) for item in items), None)

    async def find_cases_page(
        self, page: int = 1, page_size: int = 100, status: EnvelopeStatus | None = None
    ) -> list[JsonObject]:
        """One findCases call, as sent by list_envelopes (for checks that need a single page)."""
        filters: dict[str, str | int | bool] = {}
        if status is not None:
            filters["Status"] = STATUS_TO_ASSENTLY.get(status, status.value)
        return await self._find_page("findCases", filters, page, page_size, "cases")

    async def _find_page(
        self, action: str, filters: Mapping[str, str | int | bool], page: int, page_size: int, what: str
    ) -> list[JsonObject]:
        # The Swagger marks a body (the find model, a dynamic schema) required on this GET: an empty filter
        # object; the documented filter (Status) goes in the query as [RB] and [REC] send it.
        params: dict[str, str | int | bool] = {
            **_STATUS_FLAGS,
            **filters,
            "Page": page,
            "PageSize": page_size,
        }
        answer = await self._http.request_json("GET", f"/api/v2/{action}", params=params, json={})
        return [expect_object(item, f"one of the {what}") for item in expect_list(answer, what)]

    async def _find_all(
        self, action: str, filters: Mapping[str, str | int | bool], first_page: int, page_size: int, what: str
    ) -> list[JsonObject]:
        """Walk pages until one brings nothing new; each item once, in the order first seen."""
        seen: dict[str, JsonObject] = {}
        page = first_page
        for _call in range(self._max_pages):
            items = await self._find_page(action, filters, page, page_size, what)
            if not _keep_new(seen, items):
                return list(seen.values())
            page += 1
        log.warning(
            "%s %s: stopped after %d pages (%d %s); the service kept sending new ones",
            LABEL,
            action,
            self._max_pages,
            len(seen),
            what,
        )
        return list(seen.values())

    async def get_envelope(self, remote_id: str) -> Envelope:
        return envelope_from_case(await self._get_case(remote_id))

    async def envelope_exists(self, envelope: Envelope) -> str | None:
        case_id = self.planned_remote_id(envelope)
        try:
            await self._get_case(case_id)
        except NotFound:
            return None
        return case_id

    async def create_envelope(
        self, envelope: Envelope, before_unrepeatable: BeforeUnrepeatable | None = None
    ) -> Envelope:
        """createCase under the Id we chose: repeating it is safe (a second one is refused, getCase finds the
        first), so nothing here is unrepeatable and `before_unrepeatable` is never called."""
        case_id = self.planned_remote_id(envelope)
        prepared = await asyncio.to_thread(self._prepare_documents, envelope)
        documents = [document_payload(case_id, item) for item in prepared]
        body = case_payload(envelope, case_id, documents)
        await self._http.request("POST", "/api/v2/createCase", json=body)
        # The uploaded bytes carry the embedded fields: their hash and size are what the service knows.
        uploaded = tuple(
            replace(
                item.document,
                remote_id=str(payload["Id"]),
                sha512=str(payload["Hash"]),
                size=len(item.content),
            )
            for item, payload in zip(prepared, documents, strict=True)
        )
        return replace(
            envelope,
            remote_id=case_id,
            documents=uploaded,
            status=EnvelopeStatus.DRAFT,
            provider_status="Draft",
        )

    async def create_from_template(self, request: TemplateSend) -> str:
        case_id = case_id_for(request.local_id)
        body: dict[str, object] = {
            "Id": case_id,
            "TemplateId": request.template_id,
            "Name": request.name,
            "Parties": [party_payload(p) for p in sorted(request.parties, key=lambda p: p.order)],
            "Metadata": dict(request.merge_values),
        }
        if request.message:
            body["RequestMessage"] = request.message
        await self._http.request("POST", "/api/v2/createCaseFromTemplate", json=body)
        return case_id

    async def list_templates(self) -> list[TemplateInfo]:
        items = await self._find_all("findTemplates", {}, 1, 100, "templates")
        templates = []
        for data in items:
            remote_id = optional_str(data, "Id")
            if remote_id:
                templates.append(TemplateInfo(remote_id, optional_str(data, "Name") or remote_id))
        return templates

    async def update_envelope(self, envelope: Envelope) -> None:
        """Replaces the case's editable parts, reading the case first as the Swagger asks.

        Collections are replaced whole: "missing items will be removed" and in Documents "only filename and
        formfields can be changed" [SW-A]. So every document goes back as the service has it (Id, size,
        hash, form-field values), renamed where ours was renamed, and every party keeps its Id.
        """
        if not envelope.remote_id:
            raise InvalidRequest(templates.NOT_CREATED_YET, LABEL)
        current = expect_object(await self._get_case(envelope.remote_id), "the case")
        body = case_payload(envelope, envelope.remote_id, merged_documents(envelope, current))
        body["Parties"] = with_remote_ids(body["Parties"], current, "Parties")
        body["Approvers"] = with_remote_ids(body["Approvers"], current, "Approvers", "Stakeholders")
        await self._http.request("POST", "/api/v2/updateCase", json=body, idempotent=True)

    async def update_metadata(self, remote_id: str, metadata: Mapping[str, str]) -> None:
        body = {"Id": remote_id, "Metadata": dict(metadata)}
        await self._http.request("POST", "/api/v2/updateCaseMetadata", json=body, idempotent=True)

    async def send(self, remote_id: str) -> None:
        await self._case_action("sendCase", remote_id)

    async def request_approval(self, remote_id: str) -> None:
        await self._case_action("requestApproval", remote_id)

    async def remind(self, remote_id: str) -> None:
        await self._case_action("remindCase", remote_id)

    async def recall(self, remote_id: str) -> None:
        await self._case_action("recallCase", remote_id)

    async def delete(self, remote_id: str) -> None:
        await self._case_action("deleteCase", remote_id)

    async def download_document(
        self, envelope: Envelope, document: Document, dest_dir: Path, progress: Progress | None = None
    ) -> Path:
        return await self._http.download(
            "/api/v2/getdocumentdata",
            params={"caseid": envelope.remote_id, "documentid": document.remote_id or document.id},
            folder=dest_dir,
            file_name=document.file_name,
            fallback_name=f"{envelope.name or 'document'}.pdf",
            progress=progress,
        )

    async def download_receipt(
        self, envelope: Envelope, dest_dir: Path, progress: Progress | None = None
    ) -> Path:
        receipt = receipt_of_case(await self._get_case(envelope.remote_id))
        if receipt is None:
            raise NotFound(templates.NO_RECEIPT_YET, LABEL)
        return await self.download_document(envelope, receipt, dest_dir, progress)

    async def get_by_temporary_id(self, temporary_id: int) -> Envelope:
        data = await self._http.request_json(
            "GET", "/api/v2/getCaseByTemporaryId", params={"Id": temporary_id}
        )
        return envelope_from_case(data)

    async def subscribe(self, event: str, callback_url: str) -> Subscription:
        """A hook; its id from the 201's body or Location. When the answer names neither (nothing documents
        either [SW-A]), the hook is live but cannot be removed by id: the Subscription comes back with an
        empty remote_id and a warning is logged naming the callback, so it is never silently lost."""
        if event not in EVENT_STATUS:
            raise InvalidRequest(templates.NO_SUCH_EVENT, LABEL, event, ", ".join(EVENT_STATUS))
        response = await self._http.request(
            "POST", "/api/hook/v1/", params={"EventPath": event}, json={"callbackUrl": callback_url}
        )
        hook_id = _hook_id(response)
        if not hook_id:
            log.warning(
                "%s accepted the '%s' subscription without saying its id; remove it at %s if unwanted "
                "(callback %s)",
                LABEL,
                event,
                LABEL,
                callback_url,
            )
        return Subscription(hook_id, event, callback_url)

    async def unsubscribe(self, subscription_id: str) -> None:
        if not subscription_id:
            raise InvalidRequest(templates.SUBSCRIPTION_ID_UNKNOWN, LABEL)
        await self._http.request("DELETE", f"/api/hook/v1/{subscription_id}", idempotent=True)

    def parse_status_event(self, payload: object, event: str = "") -> StatusEvent:
        """The hook body is taken to be the case model [INF]; the event name decides the status if known."""
        data = expect_object(payload, "the event")
        case = expect_object(data.get("Case") or data, "the event's case")
        remote_id = optional_str(case, "Id") or optional_str(case, "CaseId")
        if not remote_id:
            raise MalformedResponse(templates.EVENT_WITHOUT_ENVELOPE, LABEL)
        kind = (event or optional_str(data, "EventPath") or optional_str(data, "Event")).lower()
        status = EVENT_STATUS.get(kind)
        if status is None and kind not in EVENT_STATUS and optional_str(case, "Status"):
            status = status_from_assently(optional_str(case, "Status"))
        return StatusEvent(remote_id, kind, status, envelope_name=optional_str(case, "Name"))

    async def _get_case(self, remote_id: str) -> object:
        return await self._http.request_json(
            "GET", "/api/v2/getCase", params={"Id": remote_id, **_STATUS_FLAGS}
        )

    async def _case_action(self, action: str, remote_id: str) -> None:
        await self._http.request("POST", f"/api/v2/{action}", params={"Id": remote_id})

    def _prepare_documents(self, envelope: Envelope) -> list[PreparedDocument]:
        """Read each PDF and, where fields are placed on it, embed them as AcroForm fields (worker thread)."""
        prepared = []
        for index, document in enumerate(envelope.documents):
            if not document.path:
                raise InvalidRequest(templates.NO_LOCAL_FILE, document.file_name)
            fields = tuple(f for f in envelope.fields if f.document == index)
            source = Path(document.path)
            if fields:
                prepared.append(_with_form_fields(source, fields, document))
            else:
                prepared.append(PreparedDocument(document, _read(source, document)))
        return prepared


def _with_form_fields(source: Path, fields: Sequence[Field], document: Document) -> PreparedDocument:
    """Embed the placed fields as AcroForm fields; FormFields names are the ones the pdf layer wrote."""
    wanted = [
        FieldToEmbed(
            kind=f.kind,
            page=f.page,
            rect=f.rect,
            name=form_field_name(f),
            label=f.label,
            required=f.required,
            value=f.value,
            font_size=f.font_size,
            checkbox_default=f.checkbox_default,
        )
        for f in fields
    ]
    with tempfile.TemporaryDirectory(prefix="esign-assently-") as folder:
        target = Path(folder) / "with-fields.pdf"
        try:
            embedded = embed_form_fields(source, wanted, target)
        except PdfError as error:
            raise InvalidRequest(templates.FIELDS_NOT_ADDED, document.file_name, error) from None
        content = _read(target, document)
    values = tuple((e.name, f.value) for e, f in zip(embedded, fields, strict=True))
    return PreparedDocument(document, content, values)


def _read(path: Path, document: Document) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidRequest(
            templates.CANNOT_READ_DOCUMENT, document.file_name, error.strerror or error
        ) from None


def _hook_id(response: httpx.Response) -> str:
    """The hook id from the 201: the body's Id if it has one, else the last part of the Location header;
    empty when the answer names neither."""
    try:
        body: object = response.json() if response.content.strip() else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        for key in ("Id", "id", "HookId", "hookId"):
            value = body.get(key)
            if value:
                return str(value)
    location: str = response.headers.get("Location", "").rstrip("/")
    return location.rsplit("/", 1)[-1] if location else ""


def _keep_new(seen: dict[str, JsonObject], items: Sequence[JsonObject]) -> bool:
    """Add the items whose Id is not in `seen` yet; True if there was at least one."""
    new = False
    for item in items:
        key = (optional_str(item, "Id") or json.dumps(item, sort_keys=True)).lower()
        if key not in seen:
            seen[key] = item
            new = True
    return new

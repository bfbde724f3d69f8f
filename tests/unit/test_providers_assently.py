"""Assently client: mapping on the real recorded responses, request building, every action's request."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import logging
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from pypdf import PdfReader

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Document,
    Envelope,
    Field,
    FieldKind,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.assently import ApiKeyCredentials, AssentlyProvider, PersonalAccessToken
from esign_desktop.providers.assently_mapping import (
    EVENT_NAMES,
    EVENT_STATUS,
    case_id_for,
    envelope_from_case,
    status_from_assently,
)
from esign_desktop.providers.base import EnvelopeQuery, Provider, TemplateSend
from esign_desktop.providers.errors import AuthenticationError, InvalidRequest, NotFound
from tests.pdf_factory import PageSpec, TextSpec, make_pdf
from tests.reference import reference_json

T = TypeVar("T")

TOKEN = "pat-0123456789abcdef"


def sample(name: str) -> dict[str, Any]:
    data: dict[str, Any] = reference_json("assently", "samples", name)
    return data


def run(coroutine: Coroutine[object, object, T]) -> T:
    return asyncio.run(coroutine)


class FakeAssently:
    """Stands in for the vendor's server: answers by (method, path) and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = {}

    def on(
        self, method: str, path: str, response: httpx.Response | Callable[[httpx.Request], httpx.Response]
    ) -> None:
        self.routes[(method, path.lower())] = response if callable(response) else (lambda _r: response)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get((request.method, request.url.path.lower()))
        return route(request) if route else httpx.Response(200)

    def provider(
        self, credentials: PersonalAccessToken | ApiKeyCredentials | None = None
    ) -> AssentlyProvider:
        async def no_sleep(_seconds: float) -> None:
            return None

        return AssentlyProvider(
            "https://test.assently.com",
            credentials or PersonalAccessToken(TOKEN),
            transport=httpx.MockTransport(self),
            sleep=no_sleep,
        )

    def body(self, index: int = -1) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.requests[index].content)
        return data


@pytest.fixture
def vendor() -> FakeAssently:
    return FakeAssently()


@pytest.fixture
def pdf_path(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "agreement.pdf", [PageSpec(texts=[TextSpec(72, 760, "Agreement")]), PageSpec()]
    )


def make_envelope(pdf_path: Path, **overrides: Any) -> Envelope:
    content = pdf_path.read_bytes()
    document = Document(
        id="doc-1",
        file_name="agreement.pdf",
        sha512=hashlib.sha512(content).hexdigest(),
        size=len(content),
        pages=(PageInfo(595, 842), PageInfo(595, 842)),
        path=str(pdf_path),
    )
    parties = (
        Party(id="p1", name="Anna Andersson", email="anna@example.com", order=1, sign_type="electronicid"),
        Party(id="p2", name="Bo Berg", email="bo@example.com", order=2, sign_type="touch", language="sv-SE"),
    )
    fields = (
        Field(
            id="f1",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.8, 0.4, 0.88),
            party_id="p1",
        ),
        Field(
            id="f2",
            kind=FieldKind.TEXT,
            document=0,
            page=2,
            rect=PageRect(0.5, 0.1, 0.9, 0.15),
            value="Acme AB",
        ),
    )
    values: dict[str, Any] = {
        "local_id": "local-envelope-1",
        "provider": ProviderKind.ASSENTLY,
        "name": "Agreement",
        "documents": (document,),
        "parties": parties,
        "fields": fields,
        "metadata": {"department": "sales"},
        "message": "Please sign",
    }
    values.update(overrides)
    return Envelope(**values)


# ---- mapping on the recorded responses -------------------------------------------------------------


def test_recorded_2019_case_maps_onto_the_unified_model() -> None:
    envelope = envelope_from_case(sample("v2-getcase-200-2019.json")["body"])
    assert envelope.remote_id == "d9013f71-8983-4365-9450-19ea3c42cc90"
    assert envelope.status is EnvelopeStatus.DRAFT
    assert envelope.provider_status == "Draft"
    assert envelope.name == "Agreement"
    assert envelope.created_at.isoformat() == "2019-06-12T08:28:36+00:00"
    (document,) = envelope.documents
    assert (document.remote_id, document.file_name, document.size) == ("aa0e", "agreement.pdf", 6925)
    assert document.sha512.startswith("c466b4b118f825d7")
    (party,) = envelope.parties
    assert (party.name, party.email, party.remote_id) == ("First Last", "name@example.com", "ce67")
    assert party.status is PartyStatus.NOT_SENT
    assert party.signing_url.startswith("https://test.assently.com/c/")


def test_recorded_2017_case_without_newer_keys_still_maps() -> None:
    envelope = envelope_from_case(sample("v2-getcase-200-2017.json")["body"])
    assert envelope.remote_id == "my-case-id"
    assert envelope.documents[0].remote_id == "54aa"
    assert envelope.parties[0].status is PartyStatus.NOT_SENT


def test_recorded_find_cases_list(vendor: FakeAssently) -> None:
    vendor.on(
        "GET", "/api/v2/findCases", httpx.Response(200, json=sample("v2-findcases-200-2019.json")["body"])
    )
    page = run(vendor.provider().list_envelopes(EnvelopeQuery(status=EnvelopeStatus.SENT)))
    assert [e.remote_id for e in page.envelopes] == [
        "1833fe9e-271d-45cc-a97a-3e4b1c800408",
        "8174467c-3c3a-4f73-a96e-7166c998a648",
    ]
    assert {e.status for e in page.envelopes} == {EnvelopeStatus.SENT}
    assert page.next_page is None
    params = vendor.requests[0].url.params
    assert params["Status"] == "Sent"
    assert params["includeAllStatuses"] == "true"


def paged_cases(
    cases: list[dict[str, Any]], page_size: int | None = None, ignore_paging: bool = False
) -> Callable[[httpx.Request], httpx.Response]:
    """findCases as a service might page: honouring Page/PageSize, with its own size, or not at all."""

    def answer(request: httpx.Request) -> httpx.Response:
        if ignore_paging:
            return httpx.Response(200, json=cases)
        size = page_size or int(request.url.params["PageSize"])
        page = int(request.url.params["Page"])
        return httpx.Response(200, json=cases[(page - 1) * size : page * size])

    return answer


def some_cases(count: int) -> list[dict[str, Any]]:
    return [{"Id": str(uuid.uuid4()), "Status": "Finished"} for _ in range(count)]


@pytest.mark.parametrize(
    ("count", "page_size", "ignore_paging", "calls"),
    [
        (250, None, False, 4),  # honoured: 100 + 100 + 50, then an empty page
        (100, None, False, 2),  # exactly a page: one more call finds nothing new
        (100, 25, False, 5),  # the service pages by 25 whatever PageSize says: nothing is dropped
        (100, None, True, 2),  # the service ignores paging: the repeat of page 1 ends it
        (0, None, False, 1),
    ],
)
def test_listing_gets_every_case_once_and_ends(
    vendor: FakeAssently, count: int, page_size: int | None, ignore_paging: bool, calls: int
) -> None:
    cases = some_cases(count)
    vendor.on("GET", "/api/v2/findCases", paged_cases(cases, page_size, ignore_paging))
    page = run(vendor.provider().list_envelopes(EnvelopeQuery(page_size=100)))
    assert [e.remote_id for e in page.envelopes] == [c["Id"] for c in cases]
    assert page.next_page is None
    assert len(vendor.requests) == calls
    assert [r.url.params["Page"] for r in vendor.requests] == [str(n) for n in range(1, calls + 1)]
    assert all(json.loads(r.content) == {} for r in vendor.requests)  # the find model: an empty filter
    assert {e.status for e in page.envelopes} <= {EnvelopeStatus.COMPLETED}


def test_overlapping_pages_never_repeat_a_case(vendor: FakeAssently) -> None:
    cases = some_cases(30)

    def overlapping(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["Page"])
        return httpx.Response(200, json=cases[(page - 1) * 8 : (page - 1) * 8 + 10])  # pages overlap by 2

    vendor.on("GET", "/api/v2/findCases", overlapping)
    page = run(vendor.provider().list_envelopes())
    assert [e.remote_id for e in page.envelopes] == [c["Id"] for c in cases]


def test_a_service_that_never_stops_is_cut_off_with_a_warning(
    vendor: FakeAssently, caplog: pytest.LogCaptureFixture
) -> None:
    vendor.on("GET", "/api/v2/findCases", lambda _r: httpx.Response(200, json=some_cases(3)))

    async def no_sleep(_seconds: float) -> None:
        return None

    provider = AssentlyProvider(
        "https://test.assently.com",
        PersonalAccessToken(TOKEN),
        transport=httpx.MockTransport(vendor),
        sleep=no_sleep,
        max_pages=7,
    )
    with caplog.at_level(logging.WARNING):
        page = run(provider.list_envelopes())
    assert len(vendor.requests) == 7
    assert len(page.envelopes) == 21
    assert any("stopped after 7 pages" in r.getMessage() for r in caplog.records)


def test_one_page_for_checks(vendor: FakeAssently) -> None:
    vendor.on("GET", "/api/v2/findCases", paged_cases(some_cases(30)))
    items = run(vendor.provider().find_cases_page(page=2, page_size=10, status=EnvelopeStatus.SENT))
    assert len(items) == 10
    assert len(vendor.requests) == 1
    assert vendor.requests[0].url.params["Status"] == "Sent"


def test_recorded_400_error_carries_the_service_message(vendor: FakeAssently) -> None:
    recorded = sample("v2-error-400-example.json")
    vendor.on("POST", "/api/v2/sendCase", httpx.Response(400, json=recorded["body"]))
    with pytest.raises(InvalidRequest, match="At least one signer is required") as caught:
        run(vendor.provider().send("abc"))
    assert caught.value.service_code == "E041"


def test_recorded_404_sent_as_text_html_is_still_parsed(vendor: FakeAssently) -> None:
    recorded = sample("v2-getcase-404-2017.json")
    body = json.dumps(recorded["body"]).encode()
    vendor.on(
        "GET",
        "/api/v2/getCase",
        httpx.Response(404, content=body, headers={"Content-Type": recorded["content_type"]}),
    )
    with pytest.raises(NotFound) as caught:
        run(vendor.provider().get_envelope("missing-case"))
    assert caught.value.service_code == "EX404"
    assert caught.value.hint == "Request parameters may not be well formed"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Draft", EnvelopeStatus.DRAFT),
        ("SENT", EnvelopeStatus.SENT),
        ("finished", EnvelopeStatus.COMPLETED),
        ("PendingApproval", EnvelopeStatus.PENDING_APPROVAL),
        ("Signed", EnvelopeStatus.SIGNED),
        ("Recalled", EnvelopeStatus.RECALLED),
        ("Rejected", EnvelopeStatus.REJECTED),
        ("Expired", EnvelopeStatus.EXPIRED),
        ("Deleted", EnvelopeStatus.DELETED),
        ("SomethingNew", EnvelopeStatus.SENT),
    ],
)
def test_statuses_match_case_insensitively(raw: str, expected: EnvelopeStatus) -> None:
    assert status_from_assently(raw) is expected


def test_unknown_status_keeps_the_raw_word() -> None:
    envelope = envelope_from_case({"Id": "x", "Status": "Archived"})
    assert envelope.provider_status == "Archived"
    assert envelope.status is EnvelopeStatus.SENT


def test_the_fifteen_events_are_mapped_in_one_table() -> None:
    assert len(EVENT_NAMES) == 15
    assert EVENT_STATUS["finished"] is EnvelopeStatus.COMPLETED
    assert EVENT_STATUS["signed"] is EnvelopeStatus.SIGNED
    assert EVENT_STATUS["signatureadded"] is None


def test_webhook_body_becomes_a_status_event(vendor: FakeAssently) -> None:
    payload = sample("v2-getcase-200-2019.json")["body"] | {"Status": "Finished"}
    event = vendor.provider().parse_status_event(payload, "finished")
    assert (event.remote_id, event.kind, event.status) == (
        payload["Id"],
        "finished",
        EnvelopeStatus.COMPLETED,
    )


# ---- building the create request ---------------------------------------------------------------------


def test_case_id_is_deterministic_from_the_local_id() -> None:
    assert case_id_for("local-envelope-1") == case_id_for("local-envelope-1")
    assert case_id_for("local-envelope-1") != case_id_for("local-envelope-2")
    assert uuid.UUID(case_id_for("x")).version == 5


def test_create_sends_the_case_with_embedded_form_fields(vendor: FakeAssently, pdf_path: Path) -> None:
    envelope = make_envelope(pdf_path)
    created = run(vendor.provider().create_envelope(envelope))
    body = vendor.body()
    assert vendor.requests[-1].url.path == "/api/v2/createCase"
    assert body["Id"] == case_id_for("local-envelope-1") == created.remote_id
    assert created.status is EnvelopeStatus.DRAFT
    (document,) = body["Documents"]
    data = base64.b64decode(document["Data"])
    assert document["Hash"] == hashlib.sha512(data).hexdigest()
    assert document["Size"] == len(data)
    assert data != pdf_path.read_bytes()  # the fields were added
    assert created.documents[0].remote_id == document["Id"]
    pdf_fields = PdfReader(io.BytesIO(data)).get_fields() or {}
    names = [item["Name"] for item in document["FormFields"]]
    assert len(names) == 2
    assert set(names) <= set(pdf_fields)
    assert {"Name": names[1], "Value": "Acme AB"} in document["FormFields"]
    assert [p["Name"] for p in body["Parties"]] == ["Anna Andersson", "Bo Berg"]
    assert body["SignInSequence"] is True
    assert body["AllowedSignatureTypes"] == ["electronicid", "touch"]
    assert body["Metadata"] == {"department": "sales"}
    assert all(p["SocialSecurityNumber"] == "" for p in body["Parties"])


def test_any_one_of_group_and_parallel_order(vendor: FakeAssently, pdf_path: Path) -> None:
    parties = (
        Party(id="a", name="A", email="a@example.com", order=1, any_one_of_group="board"),
        Party(id="b", name="B", email="b@example.com", order=1, any_one_of_group="board"),
        Party(id="c", name="C", role=PartyRole.APPROVER, email="c@example.com"),
    )
    run(vendor.provider().create_envelope(make_envelope(pdf_path, parties=parties, fields=())))
    body = vendor.body()
    assert [p["AnyoneCanSign"] for p in body["Parties"]] == [True, True]
    assert body["SignInSequence"] is False
    assert body["ApprovalRequired"] is True
    assert body["Approvers"] == [{"Name": "C", "EmailAddress": "c@example.com"}]
    assert body["Documents"][0]["FormFields"] == []


def test_recipients_are_refused_with_a_reason(vendor: FakeAssently, pdf_path: Path) -> None:
    parties = (Party(id="r", name="Reader", role=PartyRole.RECIPIENT, email="r@example.com"),)
    with pytest.raises(InvalidRequest, match="Reader"):
        run(vendor.provider().create_envelope(make_envelope(pdf_path, parties=parties, fields=())))
    assert vendor.requests == []


def test_missing_file_is_refused_before_any_request(
    vendor: FakeAssently, pdf_path: Path, tmp_path: Path
) -> None:
    envelope = make_envelope(pdf_path, fields=())
    gone = Document(
        id="d", file_name="gone.pdf", sha512="", size=0, pages=(), path=str(tmp_path / "gone.pdf")
    )
    with pytest.raises(InvalidRequest, match=r"gone\.pdf"):
        run(vendor.provider().create_envelope(replace(envelope, documents=(gone,))))
    assert vendor.requests == []


# ---- authentication -------------------------------------------------------------------------------------


def test_personal_access_token_is_sent_raw(vendor: FakeAssently) -> None:
    run(vendor.provider().send("x"))
    assert vendor.requests[0].headers["Authorization"] == TOKEN


def test_key_and_secret_are_sent_as_basic(vendor: FakeAssently) -> None:
    run(vendor.provider(ApiKeyCredentials("admin", "secret")).send("x"))
    assert vendor.requests[0].headers["Authorization"] == "Basic YWRtaW46c2VjcmV0"  # [RB] spec value


def test_credentials_do_not_show_in_repr() -> None:
    assert "s3cr3t" not in repr(ApiKeyCredentials("k", "s3cr3t"))
    assert TOKEN not in repr(PersonalAccessToken(TOKEN))


# ---- every other action -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "path"),
    [
        ("send", "/api/v2/sendCase"),
        ("request_approval", "/api/v2/requestApproval"),
        ("remind", "/api/v2/remindCase"),
        ("recall", "/api/v2/recallCase"),
        ("delete", "/api/v2/deleteCase"),
    ],
)
def test_case_actions_post_the_id(vendor: FakeAssently, action: str, path: str) -> None:
    run(getattr(vendor.provider(), action)("case-1"))
    (request,) = vendor.requests
    assert (request.method, request.url.path, request.url.params["Id"]) == ("POST", path, "case-1")


def test_update_metadata_replaces_the_map(vendor: FakeAssently) -> None:
    run(vendor.provider().update_metadata("case-1", {"a": "1"}))
    assert vendor.requests[0].url.path == "/api/v2/updateCaseMetadata"
    assert vendor.body() == {"Id": "case-1", "Metadata": {"a": "1"}}


def test_update_sends_the_collections_whole(vendor: FakeAssently, pdf_path: Path) -> None:
    """Missing collection items are removed by updateCase [SW-A]: documents keep their form-field values,
    parties and approvers their Ids."""
    current = {
        "Id": "case-1",
        "Status": "Draft",
        "Parties": [
            {"Id": "ab12", "Name": "Anna Andersson", "EmailAddress": "anna@example.com"},
            {"Id": "cd34", "Name": "Bo Berg", "EmailAddress": "BO@example.com"},
        ],
        "Stakeholders": [{"Id": "ef56", "Name": "Ann Approver", "EmailAddress": "ann@example.com"}],
        "Documents": [
            {
                "Id": "d001",
                "Filename": "old-name.pdf",
                "Data": None,
                "Size": 1234,
                "Hash": "ab" * 64,
                "Type": "Original",
                "FormFields": {"signature_f1": "", "text_f2": "Acme AB"},
            }
        ],
    }
    vendor.on("GET", "/api/v2/getCase", httpx.Response(200, json=current))
    envelope = make_envelope(pdf_path, remote_id="case-1")
    envelope = replace(
        envelope,
        documents=(replace(envelope.documents[0], remote_id="d001"),),
        parties=(
            *envelope.parties,
            Party(id="a1", role=PartyRole.APPROVER, name="Ann Approver", email="ann@example.com"),
        ),
    )
    run(vendor.provider().update_envelope(envelope))
    assert [r.url.path for r in vendor.requests] == ["/api/v2/getCase", "/api/v2/updateCase"]
    body = vendor.body()
    assert body["Id"] == "case-1"
    (document,) = body["Documents"]
    assert "Data" not in document
    assert document["Filename"] == "agreement.pdf"  # renamed: the one change allowed
    assert document["FormFields"] == {"signature_f1": "", "text_f2": "Acme AB"}
    assert (document["Size"], document["Hash"]) == (1234, "ab" * 64)
    assert [p["Id"] for p in body["Parties"]] == ["ab12", "cd34"]
    assert [a["Id"] for a in body["Approvers"]] == ["ef56"]


def test_envelope_exists_uses_get_case_on_our_id(vendor: FakeAssently, pdf_path: Path) -> None:
    envelope = make_envelope(pdf_path)
    vendor.on(
        "GET",
        "/api/v2/getCase",
        httpx.Response(404, json={"error": {"errorCode": "EX404", "message": "Not Found"}}),
    )
    assert run(vendor.provider().envelope_exists(envelope)) is None
    vendor.on(
        "GET",
        "/api/v2/getCase",
        httpx.Response(200, json={"Id": case_id_for("local-envelope-1"), "Status": "Draft"}),
    )
    assert run(vendor.provider().envelope_exists(envelope)) == case_id_for("local-envelope-1")
    assert vendor.requests[-1].url.params["Id"] == case_id_for("local-envelope-1")


def test_create_from_template_and_list_templates(vendor: FakeAssently) -> None:
    vendor.on(
        "GET",
        "/api/v2/findTemplates",
        httpx.Response(200, json=[{"Id": "t1", "Name": "NDA"}, {"Name": "no id"}]),
    )
    provider = vendor.provider()
    templates = run(provider.list_templates())
    assert [(t.remote_id, t.name) for t in templates] == [("t1", "NDA")]
    request = TemplateSend("local-t", "t1", "NDA for Acme", (Party(id="p", name="P", email="p@example.com"),))
    remote_id = run(provider.create_from_template(request))
    assert remote_id == case_id_for("local-t")
    assert vendor.body()["TemplateId"] == "t1"


def test_get_by_temporary_id(vendor: FakeAssently) -> None:
    vendor.on("GET", "/api/v2/getCaseByTemporaryId", httpx.Response(200, json={"Id": "c9", "Status": "Sent"}))
    envelope = run(vendor.provider().get_by_temporary_id(48213))
    assert envelope.remote_id == "c9"
    assert vendor.requests[0].url.params["Id"] == "48213"


def test_subscribe_and_unsubscribe(vendor: FakeAssently) -> None:
    vendor.on(
        "POST", "/api/hook/v1/", httpx.Response(201, headers={"Location": "https://x/api/hook/v1/h-77"})
    )
    provider = vendor.provider()
    subscription = run(provider.subscribe("finished", "https://me.example/hook"))
    assert subscription.remote_id == "h-77"
    assert vendor.requests[0].url.params["EventPath"] == "finished"
    assert vendor.body(0) == {"callbackUrl": "https://me.example/hook"}
    run(provider.unsubscribe("h-77"))
    assert (vendor.requests[1].method, vendor.requests[1].url.path) == ("DELETE", "/api/hook/v1/h-77")
    with pytest.raises(InvalidRequest, match="no event"):
        run(provider.subscribe("case.finished", "https://me.example/hook"))


def test_a_hook_answer_without_id_or_location_is_kept_and_reported(
    vendor: FakeAssently, caplog: pytest.LogCaptureFixture
) -> None:
    vendor.on("POST", "/api/hook/v1/", httpx.Response(201))
    provider = vendor.provider()
    with caplog.at_level(logging.WARNING):
        subscription = run(provider.subscribe("finished", "https://me.example/hook"))
    assert (subscription.remote_id, subscription.event) == ("", "finished")
    assert subscription.callback_url == "https://me.example/hook"
    assert any("without saying its id" in r.getMessage() for r in caplog.records)
    with pytest.raises(InvalidRequest, match="cannot be removed from here"):
        run(provider.unsubscribe(""))
    assert len(vendor.requests) == 1  # no DELETE to a made-up address


def test_approvers_are_read_under_either_spelling() -> None:
    approver = {"Id": "ap1", "Name": "Ann", "EmailAddress": "ann@example.com", "SignedOn": None}
    for key in ("Approvers", "Stakeholders"):
        envelope = envelope_from_case({"Id": "c1", "Status": "Pending_Approval", key: [approver]})
        assert envelope.status is EnvelopeStatus.PENDING_APPROVAL
        assert [(p.role, p.remote_id) for p in envelope.parties] == [(PartyRole.APPROVER, "ap1")]
    both = envelope_from_case(
        {"Id": "c1", "Status": "PendingApproval", "Approvers": [approver], "Stakeholders": [approver]}
    )
    assert len(both.parties) == 1


def test_download_document_and_receipt(vendor: FakeAssently, tmp_path: Path) -> None:
    case = {
        "Id": "c1",
        "Status": "Finished",
        "Documents": [
            {"Id": "d1", "Filename": "agreement.pdf", "Type": "Original"},
            {"Id": "r1", "Filename": "receipt.pdf", "Type": "Receipt"},
        ],
    }
    vendor.on("GET", "/api/v2/getCase", httpx.Response(200, json=case))
    vendor.on(
        "GET",
        "/api/v2/getdocumentdata",
        lambda request: httpx.Response(200, content=f"%PDF-{request.url.params['documentid']}".encode()),
    )
    provider = vendor.provider()
    envelope = run(provider.get_envelope("c1"))
    assert [d.remote_id for d in envelope.documents] == ["d1"]
    path = run(provider.download_document(envelope, envelope.documents[0], tmp_path))
    assert path.read_bytes() == b"%PDF-d1"
    receipt = run(provider.download_receipt(envelope, tmp_path))
    assert receipt.name == "receipt.pdf"
    assert receipt.read_bytes() == b"%PDF-r1"
    assert vendor.requests[1].url.params["caseid"] == "c1"


def test_connection_check(vendor: FakeAssently) -> None:
    provider = vendor.provider()
    vendor.on(
        "GET",
        "/api/v2/getCase",
        httpx.Response(404, json={"error": {"errorCode": "EX404", "message": "Not Found"}}),
    )
    run(provider.test_connection())
    vendor.on("GET", "/api/v2/getCase", httpx.Response(404, text="nginx"))
    with pytest.raises(InvalidRequest, match="does not answer like"):
        run(provider.test_connection())
    vendor.on("GET", "/api/v2/getCase", httpx.Response(401))
    with pytest.raises(AuthenticationError):
        run(provider.test_connection())


def test_it_is_a_provider() -> None:
    provider = FakeAssently().provider()
    assert isinstance(provider, Provider)
    assert provider.capabilities.provider is ProviderKind.ASSENTLY


def test_no_credential_reaches_the_logs(
    vendor: FakeAssently, pdf_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "s3cr3t-api-secret-value"
    basic = base64.b64encode(f"api-key:{secret}".encode()).decode()
    vendor.on("POST", "/api/v2/sendCase", httpx.Response(401, json={"error": {"message": f"bad {secret}"}}))
    caplog.set_level(logging.DEBUG, logger="esign_desktop")
    provider = vendor.provider(ApiKeyCredentials("api-key", secret))
    created = run(provider.create_envelope(make_envelope(pdf_path)))
    with pytest.raises(AuthenticationError) as caught:
        run(provider.send(created.remote_id))
    assert vendor.requests[0].headers["Authorization"] == f"Basic {basic}"
    assert "createCase" in caplog.text
    assert secret not in caplog.text
    assert basic not in caplog.text
    assert secret not in str(caught.value)

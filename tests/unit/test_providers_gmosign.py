"""GMO Sign client: the signature request built from the unified envelope, template send, hook, download."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    Field,
    FieldKind,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.base import Provider, TemplateSend
from esign_desktop.providers.errors import (
    AuthenticationError,
    Conflict,
    InvalidRequest,
    MalformedResponse,
    MayHaveLanded,
    NotSupported,
    RequestNotSent,
)
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from esign_desktop.providers.gmosign_mapping import font_size, signature_request, template_request
from tests.pdf_factory import PageSpec, make_pdf

T = TypeVar("T")
TODAY = date(2025, 3, 14)
SECRET = "gmo-secret-key-0123456789"


def as_json(value: object) -> Any:
    """The body as the service receives it (and proof that it serialises)."""
    return json.loads(json.dumps(value))


def run(coroutine: Coroutine[object, object, T]) -> T:
    return asyncio.run(coroutine)


class FakeGmoSign:
    """Stands in for api.gmo-exapi.net: answers by (method, path) and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = {}
        self.on("POST", "/gmosign/customer/envelopes/documents", self._register)
        self.registered = 0

    def _register(self, _request: httpx.Request) -> httpx.Response:
        self.registered += 1
        return httpx.Response(
            200, json={"status": "0", "result": "success", "document_code": f"DC{self.registered}"}
        )

    def on(
        self, method: str, path: str, response: httpx.Response | Callable[[httpx.Request], httpx.Response]
    ) -> None:
        self.routes[(method, path)] = response if callable(response) else (lambda _r: response)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get((request.method, request.url.path))
        return route(request) if route else httpx.Response(404)

    def provider(self) -> GmoSignProvider:
        async def no_sleep(_seconds: float) -> None:
            return None

        return GmoSignProvider(
            GmoSignCredentials("C1234567", SECRET),
            transport=httpx.MockTransport(self),
            sleep=no_sleep,
            today=lambda: TODAY,
        )

    def body(self, index: int = -1) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.requests[index].content)
        return data


@pytest.fixture
def vendor() -> FakeGmoSign:
    return FakeGmoSign()


def make_envelope(tmp_path: Path) -> Envelope:
    documents = tuple(
        Document(
            id=f"d{i}",
            file_name=f"contract-{i}.pdf",
            sha512="",
            size=0,
            pages=(PageInfo(595, 842),),
            path=str(make_pdf(tmp_path / f"contract-{i}.pdf", [PageSpec()])),
        )
        for i in range(2)
    )
    parties = (
        Party(
            id="in", name="Sato", email="sato@ours.example", affiliation=Affiliation.IN_HOUSE, sign_type="2"
        ),
        Party(id="out", name="Tanaka", email="tanaka@partner.example", organisation="Partner KK", order=2),
        Party(
            id="phone", name="Suzuki", phone="09012345678", order=2, any_one_of_group="g", access_code="4321"
        ),
        Party(
            id="boss", name="Boss", email="boss@ours.example", role=PartyRole.APPROVER, organisation="Legal"
        ),
        Party(id="cc", name="Archive", email="cc@ours.example", role=PartyRole.RECIPIENT),
    )
    fields = (
        Field(
            id="s1",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.8, 0.4, 0.88),
            party_id="in",
        ),
        Field(
            id="s2",
            kind=FieldKind.SIGNATURE,
            document=1,
            page=1,
            rect=PageRect(0.5, 0.8, 0.8, 0.9),
            party_id="out",
        ),
        Field(
            id="t1",
            kind=FieldKind.TEXT,
            document=1,
            page=1,
            rect=PageRect(0.1, 0.1, 0.3, 0.12),
            party_id="out",
            label="company",
            font_size=10.4,
        ),
        Field(
            id="dt",
            kind=FieldKind.DATE,
            document=1,
            page=1,
            rect=PageRect(0.6, 0.1, 0.7, 0.12),
            party_id="out",
        ),
        Field(
            id="cb",
            kind=FieldKind.CHECKBOX,
            document=1,
            page=1,
            rect=PageRect(0.05, 0.5, 0.08, 0.53),
            party_id="phone",
            required=False,
        ),
        Field(
            id="ft",
            kind=FieldKind.TEXT,
            document=0,
            page=1,
            rect=PageRect(0.1, 0.05, 0.5, 0.08),
            value="Acme",
        ),
        Field(
            id="fd",
            kind=FieldKind.DATE,
            document=0,
            page=1,
            rect=PageRect(0.6, 0.05, 0.8, 0.08),
            value="2025-04-01",
        ),
        Field(
            id="fc",
            kind=FieldKind.CHECKBOX,
            document=0,
            page=1,
            rect=PageRect(0.9, 0.05, 0.93, 0.08),
            checkbox_default=True,
        ),
    )
    return Envelope(
        local_id="env-1",
        provider=ProviderKind.GMOSIGN,
        name="Service contract",
        documents=documents,
        parties=parties,
        fields=fields,
        message="Please review",
    )


def test_signature_request_puts_each_party_in_its_list(tmp_path: Path) -> None:
    body = as_json(signature_request(make_envelope(tmp_path), ["DC1", "DC2"], TODAY))
    assert body["envelope_name"] == "Service contract"
    assert body["is_web_hook"] == 1
    assert body["is_detailed_response"] == 1
    assert body["workflow_comment"] == "Please review"
    assert body["our_signer_list"] == [
        {
            "order_no": "1",
            "is_or_sign": 2,
            "sign_type": 2,
            "email": "sato@ours.example",
            "is_signer_change": 2,
            "is_send_mail": 1,
        }
    ]
    partners = body["partner_signer_list"]
    assert [p["name"] for p in partners] == ["Tanaka", "Suzuki"]
    assert partners[0]["organize_name"] == "Partner KK"
    assert partners[0]["sign_type"] == 1  # the default e-signature
    assert partners[1]["phone_number"] == "09012345678"
    assert "email" not in partners[1]
    assert partners[1]["is_or_sign"] == 1
    assert partners[1]["access_code"] == "4321"
    assert body["approver_list"] == [
        {"order_no": 1, "name": "Boss", "post_name": "Legal", "email": "boss@ours.example"}
    ]
    assert body["not_signer_list"] == [{"name": "Archive", "email": "cc@ours.example"}]


def test_signer_documents_are_linked_by_signer_no_and_converted_to_grid(tmp_path: Path) -> None:
    body = as_json(signature_request(make_envelope(tmp_path), ["DC1", "DC2"], TODAY))
    in_house = body["in_house_signer_envelope_documents_list"]
    assert [(d["signer_no"], d["document_code"], d["request_type"]) for d in in_house] == [
        ("sato@ours.example", "DC1", "1"),
        ("sato@ours.example", "DC2", "2"),
    ]
    assert in_house[0]["signing_points"] == [
        {
            "signing_point_start_x": 10,
            "signing_point_start_y": 80,
            "signing_point_end_x": 40,
            "signing_point_end_y": 88,
            "page_no": 1,
        }
    ]
    partner_docs = {(d["signer_no"], d["document_code"]): d for d in body["partner_signer_document_list"]}
    tanaka = partner_docs[("tanaka@partner.example", "DC2")]
    assert tanaka["free_text_point"][0]["tag"] == "company"
    assert tanaka["free_text_point"][0]["font_size"] == "10.5"
    assert tanaka["free_text_point"][0]["free_text_point_start_x"] == 10
    assert tanaka["date_text_point"][0]["is_required"] == "1"
    suzuki = partner_docs[("09012345678", "DC2")]
    assert suzuki["check_box_point"][0]["check_box_type"] == "1"
    assert partner_docs[("09012345678", "DC1")]["request_type"] == "2"


def test_sender_filled_fields_go_on_the_document_list(tmp_path: Path) -> None:
    body = as_json(signature_request(make_envelope(tmp_path), ["DC1", "DC2"], TODAY))
    first, second = body["document_list"]
    assert (first["document_code"], first["document_name"]) == ("DC1", "contract-0.pdf")
    assert first["fill_text_point"][0]["fill_text"] == "Acme"
    assert first["date_text_point"][0]["date_text"] == "20250401"
    assert first["check_box_point"][0]["check_box_type"] == "3"
    assert second == {"document_code": "DC2", "document_name": "contract-1.pdf"}


def test_a_signature_without_signer_is_refused(tmp_path: Path) -> None:
    envelope = make_envelope(tmp_path)
    stray = Field(id="x", kind=FieldKind.SIGNATURE, document=0, page=1, rect=PageRect(0.1, 0.1, 0.2, 0.2))
    with pytest.raises(InvalidRequest, match="signature field"):
        signature_request(replace(envelope, fields=(stray,)), ["a", "b"], TODAY)


def test_a_signer_without_contact_is_refused(tmp_path: Path) -> None:
    envelope = make_envelope(tmp_path)
    nobody = (Party(id="n", name="Nobody"),)
    with pytest.raises(InvalidRequest, match="Nobody"):
        signature_request(replace(envelope, parties=nobody, fields=()), ["a", "b"], TODAY)


@pytest.mark.parametrize(
    ("points", "expected"), [(10.5, "10.5"), (10.4, "10.5"), (7, "7.5"), (100, "72"), (12, "12")]
)
def test_font_sizes_snap_to_the_service_list(points: float, expected: str) -> None:
    assert font_size(points) == expected


def test_template_sends_refuse_what_the_template_request_cannot_carry() -> None:
    """No phone number field and only sign types 0/1 in signer_list [SW-G]: refused, never changed."""
    in_person = Party(id="b", name="Tanaka", email="t@partner.example", sign_type="3")
    with pytest.raises(InvalidRequest, match=r"Tanaka \(signature in person\)"):
        template_request("NDA", (in_person,), {}, "")
    phone_only = Party(id="p", name="Suzuki", phone="09012345678")
    with pytest.raises(InvalidRequest, match="Suzuki has only a phone number"):
        template_request("NDA", (phone_only,), {}, "")


def test_template_request_uses_the_service_spellings() -> None:
    parties = (
        Party(
            id="a", name="Sato", email="sato@ours.example", affiliation=Affiliation.IN_HOUSE, sign_type="2"
        ),
        Party(id="b", name="Tanaka", email="t@partner.example", order=2, sign_type="3"),
        Party(id="c", name="Boss", email="boss@ours.example", role=PartyRole.APPROVER, order=1),
    )
    body = as_json(
        template_request(
            "NDA",
            (*parties[:1], replace(parties[1], sign_type="0"), *parties[2:]),
            {"company": "Acme"},
            "Thanks",
        )
    )
    assert body["is_compliation_mail"] == 2
    assert body["work_flow_comment"] == "Thanks"
    assert body["inset_item_list"] == [{"name": "company", "value": "Acme"}]
    assert body["approver_list"][0]["order_no"] == "1"
    assert [(s["signer_type"], s["sign_type"]) for s in body["signer_list"]] == [(1, 1), (2, 0)]
    assert "is_compilation_mail" not in body
    assert "workflow_comment" not in body


def test_create_registers_documents_then_requests_signatures(vendor: FakeGmoSign, tmp_path: Path) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/envelopes/signatures/request",
        httpx.Response(
            200,
            json={
                "status": "0",
                "result": "success",
                "envelope_xid": "ENV-9",
                "document_list": [
                    {"document_name": "contract-0.pdf", "control_number": "CN-1"},
                    {"document_name": "contract-1.pdf", "control_number": "CN-2"},
                ],
            },
        ),
    )
    envelope = make_envelope(tmp_path)
    noted: list[tuple[str, ...]] = []

    def before_unrepeatable(codes: tuple[str, ...]) -> None:
        noted.append(codes)
        assert len(vendor.requests) == 2  # both documents registered, the signature request not yet sent

    created = run(vendor.provider().create_envelope(envelope, before_unrepeatable))
    assert created.remote_id == "ENV-9"
    assert created.status is EnvelopeStatus.PENDING_APPROVAL  # it has an approver
    assert [d.remote_id for d in created.documents] == ["CN-1", "CN-2"]
    assert noted == [("DC1", "DC2")]
    register = vendor.requests[0]
    assert register.headers["Content-Type"] == "application/json"
    assert int(register.headers["Content-Length"]) == len(register.content)
    sent = json.loads(register.content)  # RegisterDocumentRequest: the file as a base64 string [SW-G]
    assert set(sent) == {"document", "document_code"}
    assert base64.b64decode(sent["document"]) == Path(envelope.documents[0].path).read_bytes()
    assert sent["document_code"].startswith("esd-")
    assert (
        register.headers["Authorization"]
        == "Basic " + base64.b64encode(f"C1234567:{SECRET}".encode()).decode()
    )
    assert [d["document_code"] for d in vendor.body()["document_list"]] == ["DC1", "DC2"]
    without_approver = replace(
        envelope, parties=tuple(p for p in envelope.parties if p.role is PartyRole.SIGNER)
    )
    assert run(vendor.provider().create_envelope(without_approver)).status is EnvelopeStatus.SENT


def test_without_approvers_the_envelope_is_sent(vendor: FakeGmoSign, tmp_path: Path) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/envelopes/signatures/request",
        httpx.Response(200, json={"status": "success", "result": "0", "envelope_xid": "ENV-1"}),
    )
    envelope = make_envelope(tmp_path)
    envelope = replace(
        envelope, parties=tuple(p for p in envelope.parties if p.role is not PartyRole.APPROVER)
    )
    assert run(vendor.provider().create_envelope(envelope)).status is EnvelopeStatus.SENT


def _lose_the_answer(_request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError("connection reset")


@pytest.mark.parametrize(
    "answer",
    [
        _lose_the_answer,
        lambda _r: httpx.Response(503, json={"status": "error", "result": "503", "message": "busy"}),
        lambda _r: httpx.Response(200, json={"status": "success", "result": "0"}),  # no envelope id
        lambda _r: httpx.Response(200, content=b"<html>done</html>"),  # a success we cannot read
    ],
)
def test_an_unanswered_signature_request_may_have_landed_and_is_not_repeated(
    vendor: FakeGmoSign, tmp_path: Path, answer: Callable[[httpx.Request], httpx.Response]
) -> None:
    vendor.on("POST", "/gmosign/customer/envelopes/signatures/request", answer)
    with pytest.raises(MayHaveLanded) as raised:
        run(vendor.provider().create_envelope(make_envelope(tmp_path)))
    assert raised.value.document_codes == ("DC1", "DC2")
    assert "check GMO Sign" in raised.value.message
    assert "DC1, DC2" in raised.value.message
    assert not raised.value.retryable
    requests = [r.url.path for r in vendor.requests]
    assert requests.count("/gmosign/customer/envelopes/signatures/request") == 1


def _refuse_the_connection(_request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused")


def test_a_signature_request_that_never_left_is_an_ordinary_network_failure(
    vendor: FakeGmoSign, tmp_path: Path
) -> None:
    """Connection refused: nothing reached the service; it is sent again later, not "may have been sent"."""
    vendor.on("POST", "/gmosign/customer/envelopes/signatures/request", _refuse_the_connection)
    with pytest.raises(RequestNotSent) as raised:
        run(vendor.provider().create_envelope(make_envelope(tmp_path)))
    assert not isinstance(raised.value, MayHaveLanded)
    assert raised.value.retryable
    assert "Could not connect" in raised.value.message


def test_a_409_on_the_signature_request_is_a_refusal(vendor: FakeGmoSign, tmp_path: Path) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/envelopes/signatures/request",
        httpx.Response(409, json={"status": "error", "result": "409", "message": "already used"}),
    )
    with pytest.raises(Conflict, match="already used"):
        run(vendor.provider().create_envelope(make_envelope(tmp_path)))


def test_an_in_person_partner_carries_the_attendant_email(tmp_path: Path) -> None:
    envelope = make_envelope(tmp_path)
    parties = tuple(
        replace(p, sign_type="3", attendant_email="desk@partner.example") if p.id == "out" else p
        for p in envelope.parties
    )
    body = as_json(signature_request(replace(envelope, parties=parties), ["DC1", "DC2"], TODAY))
    tanaka = next(p for p in body["partner_signer_list"] if p["name"] == "Tanaka")
    assert (tanaka["sign_type"], tanaka["attendant_email"]) == (3, "desk@partner.example")
    assert all("attendant_email" not in p for p in body["partner_signer_list"] if p["name"] != "Tanaka")
    without = tuple(replace(p, attendant_email="") for p in parties)
    with pytest.raises(InvalidRequest, match="attendant"):
        signature_request(replace(envelope, parties=without), ["DC1", "DC2"], TODAY)


def test_a_refusal_inside_a_200_body_is_an_error(vendor: FakeGmoSign, tmp_path: Path) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/envelopes/documents",
        httpx.Response(200, json={"status": "1", "result": "error", "message": "File is too large"}),
    )
    with pytest.raises(InvalidRequest, match="File is too large"):
        run(vendor.provider().create_envelope(make_envelope(tmp_path)))
    assert len(vendor.requests) == 1


def test_huge_document_registration_sends_the_transfer_path(vendor: FakeGmoSign) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/envelopes/documents/for-huge-size",
        httpx.Response(200, json={"document_code": "HUGE1"}),
    )
    assert run(vendor.provider().register_huge_document("batch/big.pdf")) == "HUGE1"
    assert vendor.body() == {"file_path": "batch/big.pdf"}


def test_template_send_returns_the_envelope_id(vendor: FakeGmoSign) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/envelopes/templates/TPL-1/transaction",
        httpx.Response(201, json={"envelope_xid": "ENV-T", "envelope_status": "sent"}),
    )
    request = TemplateSend("l", "TPL-1", "NDA", (Party(id="p", name="P", email="p@example.com"),), {"x": "y"})
    assert run(vendor.provider().create_from_template(request)) == "ENV-T"
    assert vendor.body()["inset_item_list"] == [{"name": "x", "value": "y"}]


def test_connect_hook_create_and_delete(vendor: FakeGmoSign) -> None:
    vendor.on(
        "POST",
        "/gmosign/customer/connect",
        httpx.Response(
            201, json={"connect_id": "CON-5", "envelopeEvents": "Completed", "urlToPublishTo": "u"}
        ),
    )
    vendor.on("DELETE", "/gmosign/customer/connect/CON-5", httpx.Response(200, json={"connect_id": "CON-5"}))
    provider = vendor.provider()
    subscription = run(provider.subscribe("Completed", "https://me.example/gmo"))
    assert (subscription.remote_id, subscription.event) == ("CON-5", "Completed")
    assert vendor.body(0) == {
        "name": "esign-desktop",
        "urlToPublishTo": "https://me.example/gmo",
        "envelopeEvents": "Completed",
    }
    run(provider.unsubscribe("CON-5"))
    assert vendor.requests[1].method == "DELETE"


def test_hook_payload_means_completed() -> None:
    payload = {
        "envelope_xid": "ENV-9",
        "envelope_name": "Service contract",
        "document_list": [{"documentId": "CN-1", "document_name": "contract-0.pdf"}],
    }
    event = FakeGmoSign().provider().parse_status_event(payload)
    assert (event.remote_id, event.status, event.document_ids) == (
        "ENV-9",
        EnvelopeStatus.COMPLETED,
        ("CN-1",),
    )
    with pytest.raises(MalformedResponse):
        FakeGmoSign().provider().parse_status_event({"envelope_name": "x"})


def test_download_decodes_base64_into_the_folder(vendor: FakeGmoSign, tmp_path: Path) -> None:
    pdf = b"%PDF-1.7 signed"
    vendor.on(
        "GET",
        "/gmosign/customer/documents/CN-1",
        httpx.Response(200, json={"downloadedDocument": base64.b64encode(pdf).decode()}),
    )
    envelope = make_envelope(tmp_path)
    document = Document(id="d", file_name="../signed.pdf", sha512="", size=0, pages=(), remote_id="CN-1")
    out = tmp_path / "out"
    path = run(vendor.provider().download_document(envelope, document, out))
    assert path == out / "signed.pdf"
    assert path.read_bytes() == pdf
    assert vendor.requests[0].url.params["download_type"] == "2"
    vendor.on(
        "GET", "/gmosign/customer/documents/CN-1", httpx.Response(200, json={"downloadedDocument": "%%%"})
    )
    with pytest.raises(MalformedResponse):
        run(vendor.provider().download_document(envelope, document, out))
    assert path.read_bytes() == pdf


@pytest.mark.parametrize(
    ("action", "args"),
    [
        ("list_envelopes", ()),
        ("get_envelope", ("x",)),
        ("list_templates", ()),
        ("update_metadata", ("x", {})),
        ("request_approval", ("x",)),
        ("remind", ("x",)),
        ("recall", ("x",)),
        ("delete", ("x",)),
        ("get_by_temporary_id", (1234,)),
    ],
)
def test_actions_the_service_lacks_raise_not_supported(
    vendor: FakeGmoSign, action: str, args: tuple[object, ...]
) -> None:
    with pytest.raises(NotSupported, match="GMO Sign does not support"):
        run(getattr(vendor.provider(), action)(*args))
    assert vendor.requests == []


def test_connection_check(vendor: FakeGmoSign) -> None:
    run(vendor.provider().test_connection())  # 404 for the impossible document: the credentials were accepted
    vendor.on("GET", "/gmosign/customer/documents/0", httpx.Response(401))
    with pytest.raises(AuthenticationError):
        run(vendor.provider().test_connection())


def test_it_is_a_provider_that_sends_on_create() -> None:
    provider = FakeGmoSign().provider()
    assert isinstance(provider, Provider)
    assert provider.sends_on_create is True
    assert provider.planned_remote_id(Envelope("x", ProviderKind.GMOSIGN)) is None

"""The GMO Sign emulation over real HTTP: every endpoint against the swagger-derived schemas and its rules."""

from __future__ import annotations

import base64
import copy
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.contract import gmosign_schemas
from tests.contract.checker import assert_conforms
from tests.integration.conftest import SandboxHandle, WebhookReceiver
from tests.pdf_factory import A4, PageSpec, make_pdf

pytestmark = pytest.mark.integration


def register(sandbox: SandboxHandle, pdf: bytes, **fields: Any) -> str:
    body = {"document": base64.b64encode(pdf).decode("ascii"), **fields}
    response = sandbox.gmo.post("/envelopes/documents", json=body)
    assert response.status_code == 200, response.text
    assert_conforms(response.json(), gmosign_schemas.REGISTER_DOCUMENT_RESPONSE)
    code: str = response.json()["document_code"]
    return code


def point(prefix: str, box: tuple[int, int, int, int], page_no: int = 1, **extra: Any) -> dict[str, Any]:
    start_x, start_y, end_x, end_y = box
    return {
        f"{prefix}_start_x": start_x,
        f"{prefix}_start_y": start_y,
        f"{prefix}_end_x": end_x,
        f"{prefix}_end_y": end_y,
        "page_no": page_no,
        **extra,
    }


def signature_request(code: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "envelope_name": "Service contract",
        "is_detailed_response": 1,
        "is_web_hook": 1,
        "document_list": [
            {
                "document_code": code,
                "document_name": "contract.pdf",
                "fill_text_point": [
                    point("fill_text_point", (10, 5, 40, 8), fill_text="No. 42", font_size="10.5")
                ],
                "date_text_point": [point("date_text_point", (60, 5, 90, 8), date_text="20250314")],
            }
        ],
        "our_signer_list": [{"order_no": "1", "email": "sales@example.jp", "sign_type": 2, "language": "ja"}],
        "in_house_signer_envelope_documents_list": [
            {
                "signer_no": "sales@example.jp",
                "document_code": code,
                "request_type": "1",
                "signing_points": [point("signing_point", (12, 20, 62, 29), page_no=2)],
            }
        ],
        "partner_signer_list": [
            {
                "order_no": "2",
                "name": "Hana Ito",
                "organize_name": "Customer KK",
                "email": "hana@example.jp",
                "sign_type": 1,
                "is_or_sign": 2,
            },
            {"order_no": "2", "name": "Taro Mobile", "phone_number": "09012345678", "sign_type": 1},
        ],
        "partner_signer_document_list": [
            {
                "signer_no": "hana@example.jp",
                "document_code": code,
                "request_type": "1",
                "signing_points": [point("signing_point", (12, 39, 62, 48), page_no=2)],
                "free_text_point": [
                    point(
                        "free_text_point",
                        (10, 60, 50, 65),
                        tag="dept",
                        is_required="2",
                        placeholder_text="Sales",
                    )
                ],
                "date_text_point": [point("date_text_point", (55, 60, 80, 65), is_required="1")],
                "check_box_point": [point("check_box_point", (85, 60, 88, 63), check_box_type="3")],
            },
            {"signer_no": "09012345678", "document_code": code, "request_type": "2"},
        ],
        "approver_list": [],
        "not_signer_list": [{"name": "Legal", "email": "legal@example.jp", "language": "en"}],
    }
    body.update(overrides)
    assert_conforms(body, gmosign_schemas.REQUEST_SIGNATURE_REQUEST)
    return body


def request_signature(sandbox: SandboxHandle, body: dict[str, Any]) -> dict[str, Any]:
    response = sandbox.gmo.post("/envelopes/signatures/request", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    assert_conforms(result, gmosign_schemas.REQUEST_SIGNATURE_RESPONSE)
    return result


def assert_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert_conforms(response.json(), gmosign_schemas.ERROR)
    message: str = response.json()["message"]
    return message


def download(sandbox: SandboxHandle, document_id: str) -> bytes:
    response = sandbox.gmo.get(f"/documents/{document_id}", params={"download_type": 2, "operation": 1})
    assert response.status_code == 200, response.text
    assert_conforms(response.json(), gmosign_schemas.GET_DOCUMENTS_RESPONSE)
    return base64.b64decode(response.json()["downloadedDocument"])


def test_register_takes_the_declared_json_body_only(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    multipart = sandbox.gmo.post(
        "/envelopes/documents", files={"document": ("contract.pdf", sample_pdf, "application/pdf")}
    )
    assert "JSON body" in assert_error(multipart, 415)
    extra = sandbox.gmo.post(
        "/envelopes/documents",
        json={"document": base64.b64encode(sample_pdf).decode(), "document_name": "contract.pdf"},
    )
    assert "document_name" in assert_error(extra, 400)
    multipart_code = register(sandbox, sample_pdf, remarks="from a file")
    json_response = sandbox.gmo.post(
        "/envelopes/documents",
        json={"document": base64.b64encode(sample_pdf).decode(), "document_code": "MY-CODE"},
    )

    assert json_response.status_code == 200
    assert_conforms(json_response.json(), gmosign_schemas.REGISTER_DOCUMENT_RESPONSE)
    assert json_response.json()["document_code"] == "MY-CODE"
    assert download(sandbox, multipart_code) == sample_pdf
    assert download(sandbox, "MY-CODE") == sample_pdf
    again = sandbox.gmo.post(
        "/envelopes/documents",
        json={"document": base64.b64encode(sample_pdf).decode(), "document_code": "MY-CODE"},
    )
    assert "reuse_flag" in assert_error(again, 409)
    reused = sandbox.gmo.post(
        "/envelopes/documents",
        json={"document": base64.b64encode(sample_pdf).decode(), "document_code": "MY-CODE", "reuse_flag": 1},
    )
    assert reused.status_code == 200


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"json": {"document": base64.b64encode(b"not a pdf").decode()}},
        {"json": {"document": 12345}},
        {"json": {"document": base64.b64encode(b"%PDF").decode(), "reuse_flag": "1"}},
        {"json": {"document": "!!!"}},
        {"json": {"remarks": "no document"}},
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
    ],
)
def test_register_rejects_what_is_not_a_pdf_document(
    sandbox: SandboxHandle, request_kwargs: dict[str, Any]
) -> None:
    assert_error(sandbox.gmo.post("/envelopes/documents", **request_kwargs), 400)


def test_huge_size_reads_from_input_and_refuses_escapes(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    (sandbox.data_dir / "input" / "big").mkdir(parents=True, exist_ok=True)
    (sandbox.data_dir / "input" / "big" / "contract.pdf").write_bytes(sample_pdf)
    (sandbox.data_dir / "secret.pdf").write_bytes(sample_pdf)

    response = sandbox.gmo.post("/envelopes/documents/for-huge-size", json={"file_path": "big/contract.pdf"})

    assert response.status_code == 200, response.text
    assert_conforms(response.json(), gmosign_schemas.REGISTER_DOCUMENT_RESPONSE)
    assert download(sandbox, response.json()["document_code"]) == sample_pdf
    for escape in ("../secret.pdf", "/etc/passwd", "big/../../secret.pdf", ""):
        assert_error(sandbox.gmo.post("/envelopes/documents/for-huge-size", json={"file_path": escape}), 400)
    assert_error(
        sandbox.gmo.post("/envelopes/documents/for-huge-size", json={"file_path": "missing.pdf"}), 404
    )


def test_basic_auth_with_customer_id_and_secret_is_required(sandbox: SandboxHandle) -> None:
    url = f"{sandbox.info.gmosign_base_url}/customer/connect"
    body = {"name": "x", "urlToPublishTo": "http://127.0.0.1:9/", "envelopeEvents": "Completed"}

    assert_error(httpx.post(url, json=body), 401)
    assert_error(httpx.post(url, json=body, auth=(sandbox.info.gmo_customer_id, "wrong")), 401)
    assert_error(httpx.post(url, json=body, headers={"Authorization": sandbox.info.gmo_secret_key}), 401)


def test_signature_request_creates_an_envelope_with_every_party_and_field(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    code = register(sandbox, sample_pdf)

    result = request_signature(sandbox, signature_request(code))

    assert result["status"] == "success"
    [document] = result["document_list"]
    assert document["document_name"] == "contract.pdf"
    envelope = sandbox.envelope("gmosign", result["envelope_xid"])
    assert envelope["status"] == "Sent"
    assert [(party["name"], party["status"]) for party in envelope["parties"]] == [
        ("sales@example.jp", "waiting"),
        ("Hana Ito", "pending"),
        ("Taro Mobile", "pending"),
    ]
    kinds = sorted(field["kind"] for field in envelope["fields"])
    assert kinds == ["checkbox", "date", "date", "signature", "signature", "text", "text"]
    hana = envelope["parties"][1]
    [hana_signature] = [
        f for f in envelope["fields"] if f["party_id"] == hana["id"] and f["kind"] == "signature"
    ]
    # 0..100 is percent of the displayed page, top-left origin, 1-based pages.
    assert (hana_signature["page_no"], hana_signature["left"], hana_signature["top"]) == (2, 0.12, 0.39)
    assert (hana_signature["right"], hana_signature["bottom"]) == (0.62, 0.48)
    sender_date = next(f for f in envelope["fields"] if f["party_id"] is None and f["kind"] == "date")
    assert sender_date["text"] == "2025-03-14"
    assert download(sandbox, document["control_number"]) == sample_pdf


def _broken(code: str, path: list[Any], value: Any) -> dict[str, Any]:
    body = copy.deepcopy(signature_request(code))
    target: Any = body
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return body


SIGNING_POINT = ["partner_signer_document_list", 0, "signing_points", 0]


@pytest.mark.parametrize(
    ("path", "value", "message_part"),
    [
        ([*SIGNING_POINT, "signing_point_start_x"], 101, "0 to 100"),
        ([*SIGNING_POINT, "signing_point_start_y"], -1, "0 to 100"),
        ([*SIGNING_POINT, "signing_point_end_x"], 12.5, "integer"),
        ([*SIGNING_POINT, "signing_point_end_y"], "48", "integer"),
        ([*SIGNING_POINT, "signing_point_start_x"], 70, "start_x must not be greater"),
        ([*SIGNING_POINT, "signing_point_start_y"], 90, "start_y must not be greater"),
        ([*SIGNING_POINT, "page_no"], 3, "page_no 3 does not exist"),
        ([*SIGNING_POINT, "page_no"], 0, "page_no 0 does not exist"),
        ([*SIGNING_POINT, "page_no"], KeyError, "page_no is required"),
        (["partner_signer_document_list", 0, "free_text_point", 0, "free_text_point_end_x"], True, "integer"),
        (["partner_signer_document_list", 0, "date_text_point", 0, "date_text_point_end_y"], 200, "0 to 100"),
        (["partner_signer_document_list", 0, "check_box_point", 0, "page_no"], 9, "does not exist"),
        (["partner_signer_document_list", 0, "check_box_point", 0, "check_box_type"], "4", "check_box_type"),
        (["partner_signer_document_list", 0, "free_text_point", 0, "font_size"], "13", "font_size"),
        (["document_list", 0, "fill_text_point", 0, "fill_text_point_start_x"], 150, "0 to 100"),
        (["document_list", 0, "date_text_point", 0, "date_text"], "14/03/2025", "YYYYmmdd"),
        (["partner_signer_document_list", 0, "signer_no"], "nobody@example.jp", "does not match"),
        (["in_house_signer_envelope_documents_list", 0, "signer_no"], "hana@example.jp", "does not match"),
        (["partner_signer_document_list", 0, "document_code"], "unknown", "not in document_list"),
        (["partner_signer_document_list", 0, "request_type"], 1, "request_type"),
        (["partner_signer_list", 1, "phone_number"], KeyError, "email or phone_number"),
        (["partner_signer_list", 0, "sign_type"], 2, "sign_type"),
        (["our_signer_list", 0, "sign_type"], 0, "sign_type"),
        (["our_signer_list", 0, "email"], KeyError, "email is required"),
        (["our_signer_list", 0, "language"], "fr", "language"),
        (["partner_signer_list", 0, "is_or_sign"], 3, "is_or_sign"),
        (["in_house_signer_envelope_documents_list"], KeyError, "in_house_signer_envelope_documents_list"),
        (["document_list", 0, "document_code"], "never-registered", "not registered"),
        (["envelope_name"], KeyError, "envelope_name"),
        (["is_detailed_response"], KeyError, "is_detailed_response"),
        (["is_web_hook"], 3, "is_web_hook"),
    ],
)
def test_signature_request_validation_names_the_problem(
    sandbox: SandboxHandle, sample_pdf: bytes, path: list[Any], value: Any, message_part: str
) -> None:
    code = register(sandbox, sample_pdf)
    before = len(sandbox.envelopes())

    message = assert_error(
        sandbox.gmo.post("/envelopes/signatures/request", json=_broken(code, path, value)), 400
    )

    assert message_part in message
    assert len(sandbox.envelopes()) == before


def test_a_signer_list_is_required(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    code = register(sandbox, sample_pdf)
    body = signature_request(code)
    for key in (
        "our_signer_list",
        "partner_signer_list",
        "in_house_signer_envelope_documents_list",
        "partner_signer_document_list",
    ):
        del body[key]

    assert "at least one signer" in assert_error(
        sandbox.gmo.post("/envelopes/signatures/request", json=body), 400
    )


def test_order_or_signing_and_completion_with_the_swagger_callback(
    sandbox: SandboxHandle, sample_pdf: bytes, webhook_receiver: WebhookReceiver
) -> None:
    connect = {
        "name": "completion",
        "urlToPublishTo": webhook_receiver.url + "/gmo",
        "envelopeEvents": "Completed",
    }
    assert_conforms(connect, gmosign_schemas.CONNECT_REQUEST)
    hook = sandbox.gmo.post("/connect", json=connect)
    assert hook.status_code == 201
    code = register(sandbox, sample_pdf)
    partners = signature_request(code)["partner_signer_list"]
    for partner in partners:
        partner["is_or_sign"] = 1  # either partner at order 2 may sign for both
    result = request_signature(sandbox, signature_request(code, partner_signer_list=partners))
    xid = result["envelope_xid"]
    ours, _hana, taro = sandbox.envelope("gmosign", xid)["parties"]

    assert sandbox.act("gmosign", xid, taro["id"]).status_code == 409
    assert sandbox.act("gmosign", xid, ours["id"]).status_code == 200
    assert sandbox.act("gmosign", xid, taro["id"]).status_code == 200

    envelope = sandbox.envelope("gmosign", xid)
    assert envelope["status"] == "Completed"
    assert [party["status"] for party in envelope["parties"]] == ["signed", "skipped", "signed"]
    path, _, body = webhook_receiver.wait_for(lambda _p, _h, b: b.get("envelope_xid") == xid)
    assert path == "/gmo"
    assert_conforms(body, gmosign_schemas.WEBHOOK_ENVELOPE)
    assert body == {
        "envelope_xid": xid,
        "envelope_name": "Service contract",
        "document_list": [
            {"documentId": result["document_list"][0]["control_number"], "document_name": "contract.pdf"}
        ],
    }
    final = download(sandbox, body["document_list"][0]["documentId"])
    assert final.startswith(b"%PDF")
    assert final != sample_pdf
    deleted = sandbox.gmo.delete(f"/connect/{hook.json()['connect_id']}")
    assert deleted.status_code == 200


def test_no_callback_without_is_web_hook(
    sandbox: SandboxHandle, sample_pdf: bytes, webhook_receiver: WebhookReceiver
) -> None:
    hook = sandbox.gmo.post(
        "/connect", json={"name": "c", "urlToPublishTo": webhook_receiver.url, "envelopeEvents": "Completed"}
    )
    code = register(sandbox, sample_pdf)
    body = signature_request(code, is_web_hook=2, partner_signer_list=[], partner_signer_document_list=[])
    xid = request_signature(sandbox, body)["envelope_xid"]
    [ours] = sandbox.envelope("gmosign", xid)["parties"]
    marker = signature_request(
        register(sandbox, sample_pdf),
        envelope_name="marker",
        partner_signer_list=[],
        partner_signer_document_list=[],
    )
    marker_xid = request_signature(sandbox, marker)["envelope_xid"]
    [marker_party] = sandbox.envelope("gmosign", marker_xid)["parties"]

    sandbox.act("gmosign", xid, ours["id"])
    sandbox.act("gmosign", marker_xid, marker_party["id"])

    # Callbacks leave in order; the first to arrive is the marker's, so the first envelope sent none.
    _, _, first = webhook_receiver.wait()
    assert first["envelope_xid"] == marker_xid
    sandbox.gmo.delete(f"/connect/{hook.json()['connect_id']}")


def test_approvers_approve_before_signers_are_asked(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    code = register(sandbox, sample_pdf)
    body = signature_request(
        code, approver_list=[{"order_no": 1, "name": "Boss", "email": "boss@example.jp"}]
    )
    xid = request_signature(sandbox, body)["envelope_xid"]
    envelope = sandbox.envelope("gmosign", xid)
    assert envelope["status"] == "PendingApproval"
    approver = next(party for party in envelope["parties"] if party["role"] == "approver")

    assert sandbox.act("gmosign", xid, approver["id"]).status_code == 200

    envelope = sandbox.envelope("gmosign", xid)
    assert envelope["status"] == "Sent"
    assert envelope["parties"][0]["status"] == "waiting"


def test_send_from_template_answers_201_in_the_swagger_shape(sandbox: SandboxHandle) -> None:
    body = {
        "envelope_name": "From template",
        "is_web_hook": 1,
        "is_compliation_mail": 2,
        "work_flow_comment": "please sign",
        "signer_list": [
            {"signer_type": 2, "sign_type": 1, "use_template": 1},
            {
                "signer_type": 2,
                "sign_type": 0,
                "name": "Ken Sato",
                "email": "ken@example.jp",
                "order_no": "2",
            },
        ],
        "inset_item_list": [{"name": "amount", "value": "1000"}],
    }
    assert_conforms(body, gmosign_schemas.TEMPLATE_SIGN_REQUEST)

    response = sandbox.gmo.post("/envelopes/templates/T0002/transaction", json=body)

    assert response.status_code == 201, response.text
    result = response.json()
    assert_conforms(result, gmosign_schemas.SEND_ENVELOPE_RESPONSE)
    assert result["envelope_status"] == "Sent"
    assert [signer["email"] for signer in result["signer_list"]] == [
        "template-signer-1@example.com",
        "ken@example.jp",
    ]
    assert [signer["sign_status"] for signer in result["signer_list"]] == ["Waiting", "NotYet"]
    page = httpx.get(f"{sandbox.base_url}/_sandbox/sign/{result['signer_list'][0]['envelope_sign_token']}")
    assert page.status_code == 200
    assert "From template" in page.text
    assert_error(sandbox.gmo.post("/envelopes/templates/NOPE/transaction", json=body), 404)
    assert_error(
        sandbox.gmo.post("/envelopes/templates/T0002/transaction", json={**body, "is_web_hook": None}), 400
    )


def test_connect_hooks_answer_in_the_swagger_shapes(sandbox: SandboxHandle) -> None:
    response = sandbox.gmo.post(
        "/connect",
        json={"name": "My flow", "urlToPublishTo": "https://example.com/hook", "envelopeEvents": "Completed"},
    )

    assert response.status_code == 201
    assert_conforms(response.json(), gmosign_schemas.CONNECT_CREATED)
    assert response.json()["cus_id"] == sandbox.info.gmo_customer_id
    deleted = sandbox.gmo.delete(f"/connect/{response.json()['connect_id']}")
    assert deleted.status_code == 200
    assert_conforms(deleted.json(), gmosign_schemas.CONNECT_DELETED)
    assert deleted.json()["connectionName"] == "My flow"
    assert_error(sandbox.gmo.delete(f"/connect/{response.json()['connect_id']}"), 404)
    assert_error(sandbox.gmo.post("/connect", json={"name": "x"}), 400)


def test_get_documents_needs_its_query_parameters(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    code = register(sandbox, sample_pdf)

    assert_error(sandbox.gmo.get(f"/documents/{code}"), 400)
    assert_error(sandbox.gmo.get("/documents/unknown", params={"download_type": 2, "operation": 1}), 404)


def test_fields_on_rotated_pages_keep_displayed_coordinates(sandbox: SandboxHandle, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "rotated.pdf", [PageSpec(*A4, rotate=90), PageSpec(*A4)]).read_bytes()
    code = register(sandbox, pdf)
    body = signature_request(code, our_signer_list=[], in_house_signer_envelope_documents_list=[])
    body["partner_signer_document_list"][0]["signing_points"] = [
        point("signing_point", (5, 10, 30, 20), page_no=1)
    ]

    xid = request_signature(sandbox, body)["envelope_xid"]

    fields = sandbox.envelope("gmosign", xid)["fields"]
    signature = next(field for field in fields if field["kind"] == "signature")
    assert (
        signature["page_no"],
        signature["left"],
        signature["top"],
        signature["right"],
        signature["bottom"],
    ) == (
        1,
        0.05,
        0.10,
        0.30,
        0.20,
    )


def test_a_document_registered_without_reuse_serves_one_envelope(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    code = register(sandbox, sample_pdf)
    body = signature_request(code, partner_signer_list=[], partner_signer_document_list=[])
    request_signature(sandbox, body)
    before = len(sandbox.envelopes())
    message = assert_error(sandbox.gmo.post("/envelopes/signatures/request", json=body), 409)
    assert "already used in an envelope" in message
    assert len(sandbox.envelopes()) == before  # the repeat made nothing
    reusable = register(sandbox, sample_pdf, reuse_flag=1)
    again = signature_request(reusable, partner_signer_list=[], partner_signer_document_list=[])
    request_signature(sandbox, again)
    request_signature(sandbox, again)  # reuse_flag 1: as often as the sender likes

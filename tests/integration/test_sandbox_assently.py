"""The Assently E-Sign emulation over real HTTP: every endpoint, its shapes (tests/contract) and its rules."""

from __future__ import annotations

import base64
import io
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from esign_desktop.sandbox.finalise import load_signing_identity
from tests.contract import assently_schemas
from tests.contract.checker import assert_conforms
from tests.integration.conftest import SandboxHandle, WebhookReceiver, assently_document
from tests.pdf_factory import A4, PageSpec, WidgetKind, WidgetSpec, make_pdf

pytestmark = pytest.mark.integration

PARTIES = [
    {"Name": "Alice Andersson", "EmailAddress": "alice@example.com"},
    {"Name": "Bo Berg", "EmailAddress": "bo@example.com"},
]


def create_case(sandbox: SandboxHandle, pdf: bytes, **overrides: Any) -> str:
    case_id = str(uuid.uuid4())
    body: dict[str, Any] = {
        "Id": case_id,
        "Name": "Agreement",
        "AllowedSignatureTypes": ["touch"],
        "Parties": PARTIES,
        "Documents": [assently_document(pdf)],
        **overrides,
    }
    response = sandbox.assently.post("/v2/createCase", json=body)
    assert response.status_code == 200, response.text
    return case_id


def get_case(sandbox: SandboxHandle, case_id: str) -> dict[str, Any]:
    response = sandbox.assently.get("/v2/getCase", params={"Id": case_id})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert_conforms(body, assently_schemas.CASE)
    return body


def send(sandbox: SandboxHandle, case_id: str) -> None:
    response = sandbox.assently.post("/v2/sendCase", params={"Id": case_id})
    assert response.status_code == 200, response.text


def sign_all(sandbox: SandboxHandle, case_id: str) -> None:
    for party in sandbox.envelope("assently", case_id)["parties"]:
        if party["role"] == "signer":
            assert sandbox.act("assently", case_id, party["id"]).status_code == 200


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert_conforms(body, assently_schemas.ERROR)
    if code is not None:
        assert body["error"]["errorCode"] == code
    return body


def test_create_answers_200_with_an_empty_body_and_get_returns_the_recorded_shape(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    case_id = str(uuid.uuid4())
    body = {
        "Id": case_id,
        "Name": "Lease",
        "AllowedSignatureTypes": ["touch", "ELECTRONICID"],
        "Parties": PARTIES,
        "Documents": [assently_document(sample_pdf, FormFields=[{"Name": "city", "Value": "Lund"}])],
        "Metadata": {"ref": "A-1", "amount": 12},
    }
    response = sandbox.assently.post("/v2/createCase", json=body)

    assert response.status_code == 200
    assert response.content == b""
    case = get_case(sandbox, case_id)
    assert case["Status"] == "Draft"
    assert case["Name"] == "Lease"
    assert case["AllowedSignatureTypes"] == ["Touch", "ElectronicId"]
    assert [party["EmailAddress"] for party in case["Parties"]] == ["alice@example.com", "bo@example.com"]
    assert all(
        party["PartyUrl"].startswith(sandbox.base_url + "/_sandbox/sign/") for party in case["Parties"]
    )
    [document] = case["Documents"]
    assert document["Size"] == len(sample_pdf)
    assert document["FormFields"] == {"city": "Lund"}
    assert case["Metadata"] == {"ref": "A-1", "amount": 12}


def test_creating_the_same_id_twice_is_a_conflict_not_a_duplicate(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    case_id = create_case(sandbox, sample_pdf)
    again = sandbox.assently.post(
        "/v2/createCase", json={"Id": case_id, "Name": "Other", "Documents": [assently_document(sample_pdf)]}
    )

    assert_error(again, 409, "EX409")
    assert get_case(sandbox, case_id)["Name"] == "Agreement"
    assert sum(item["id"] == case_id for item in sandbox.envelopes()) == 1


@pytest.mark.parametrize(
    ("change", "message_part"),
    [
        ({"Hash": "0" * 128}, "Hash does not match"),
        ({"Data": "not base64!"}, "not valid base64"),
        ({"Size": 1}, "Size is 1"),
        (
            {"Data": base64.b64encode(b"plain text, not a PDF").decode(), "Hash": None, "Size": None},
            "not a readable PDF",
        ),
    ],
)
def test_document_data_is_checked(
    sandbox: SandboxHandle, sample_pdf: bytes, change: dict[str, Any], message_part: str
) -> None:
    document = {
        key: value for key, value in {**assently_document(sample_pdf), **change}.items() if value is not None
    }
    response = sandbox.assently.post(
        "/v2/createCase", json={"Id": str(uuid.uuid4()), "Documents": [document]}
    )

    assert message_part in assert_error(response, 400, "EX400")["error"]["message"]


def test_case_id_is_a_guid_or_a_plain_id_as_recorded(sandbox: SandboxHandle) -> None:
    # The 2017 recording holds a case whose Id is "my-case-id": the real service accepted it [REC].
    plain = f"my-case-{uuid.uuid4().hex[:8]}"
    assert sandbox.assently.post("/v2/createCase", json={"Id": plain}).status_code == 200
    assert sandbox.assently.get("/v2/getCase", params={"Id": plain}).json()["Id"] == plain
    assert_error(sandbox.assently.post("/v2/createCase", json={"Id": "has spaces and ; marks"}), 400)
    assert_error(sandbox.assently.post("/v2/createCase", json={"Name": "no id"}), 400)


@pytest.mark.parametrize("header", [None, "wrong-token", "Bearer {token}", "Basic {bad_basic}"])
def test_anything_but_the_token_or_basic_key_secret_is_401(
    sandbox: SandboxHandle, header: str | None
) -> None:
    headers = {}
    if header is not None:
        headers["Authorization"] = header.format(
            token=sandbox.info.assently_token, bad_basic=base64.b64encode(b"key:wrong").decode()
        )
    response = httpx.get(f"{sandbox.info.assently_base_url}/api/v2/findCases", headers=headers)

    assert_error(response, 401, "EX401")


def test_basic_key_and_secret_are_accepted(sandbox: SandboxHandle) -> None:
    info = sandbox.info
    response = httpx.get(
        f"{info.assently_base_url}/api/v2/findTemplates",
        auth=(info.assently_api_key, info.assently_api_secret),
    )

    assert response.status_code == 200
    assert_conforms(response.json(), assently_schemas.TEMPLATE_LIST)


@pytest.mark.parametrize("path", ["/v2/getcase", "/v2/GETCASE", "/V2/GetCase"])
def test_paths_ignore_case(sandbox: SandboxHandle, sample_pdf: bytes, path: str) -> None:
    case_id = create_case(sandbox, sample_pdf)

    response = sandbox.assently.get(path, params={"id": case_id})

    assert response.status_code == 200
    assert response.json()["Id"] == case_id


def test_unknown_case_is_the_recorded_404_sent_as_text_html(sandbox: SandboxHandle) -> None:
    response = sandbox.assently.get("/v2/getCase", params={"Id": str(uuid.uuid4())})

    assert response.headers["content-type"].startswith("text/html")
    body = assert_error(response, 404, "EX404")
    assert body["error"]["hint"] == "Request parameters may not be well formed"


def test_find_cases_filters_by_status_and_pages(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    drafts = {create_case(sandbox, sample_pdf, Name="findme draft") for _ in range(3)}
    sent = create_case(sandbox, sample_pdf, Name="findme sent")
    send(sandbox, sent)

    response = sandbox.assently.get("/v2/findCases", params={"Status": "Draft", "Name": "findme"})
    assert response.status_code == 200
    assert_conforms(response.json(), assently_schemas.CASE_LIST)
    assert {case["Id"] for case in response.json()} == drafts
    assert response.headers["X-Total-Count"] == "3"

    first = sandbox.assently.get("/v2/findcases", params={"Name": "findme", "Page": 1, "PageSize": 2}).json()
    second = sandbox.assently.get("/v2/findcases", params={"Name": "findme", "Page": 2, "PageSize": 2}).json()
    assert len(first) == 2
    assert len(second) == 2
    assert {case["Id"] for case in first + second} == drafts | {sent}

    both = sandbox.assently.get("/v2/findCases", params={"Status": "sent,draft", "Name": "findme"}).json()
    assert len(both) == 4
    assert_error(sandbox.assently.get("/v2/findCases", params={"Status": "Bogus"}), 400)


def test_create_from_template_copies_its_document(
    sandbox: SandboxHandle, webhook_receiver: WebhookReceiver
) -> None:
    hook = sandbox.assently.post(
        "/hook/v1/", params={"EventPath": "created"}, json={"callbackUrl": webhook_receiver.url}
    )
    templates = sandbox.assently.get("/v2/findTemplates").json()
    template = templates[0]
    case_id = str(uuid.uuid4())

    response = sandbox.assently.post(
        "/v2/createCaseFromTemplate", json={"Id": case_id, "TemplateId": template["Id"], "Parties": PARTIES}
    )

    assert response.status_code == 200, response.text
    case = get_case(sandbox, case_id)
    assert case["TemplateId"] == template["Id"]
    assert case["Name"] == template["Name"]
    assert [doc["Hash"] for doc in case["Documents"]] == [doc["Hash"] for doc in template["Documents"]]
    _, headers, _body = webhook_receiver.wait_for(lambda _p, _h, b: b["Id"] == case_id)
    assert headers["x-sandbox-event"] == "created"
    sandbox.assently.delete(hook.headers["Location"].removeprefix(sandbox.info.assently_base_url + "/api"))
    assert_error(
        sandbox.assently.post(
            "/v2/createCaseFromTemplate", json={"Id": str(uuid.uuid4()), "TemplateId": "nope"}
        ),
        404,
    )


def test_update_case_replaces_collections_and_keeps_document_data_immutable(
    sandbox: SandboxHandle, sample_pdf: bytes, tmp_path: Path
) -> None:
    case_id = create_case(sandbox, sample_pdf)
    case = get_case(sandbox, case_id)
    first_party, _ = case["Parties"]
    [document] = case["Documents"]
    other_pdf = make_pdf(tmp_path / "other.pdf", [PageSpec()]).read_bytes()

    case["Parties"] = [
        dict(first_party, Name="Alice A."),
        {"Name": "Cai Chen", "EmailAddress": "cai@example.com"},
    ]
    case["Documents"] = [dict(document, Filename="renamed.pdf"), assently_document(other_pdf, "second.pdf")]
    assert sandbox.assently.post("/v2/updateCase", json=case).status_code == 200

    updated = get_case(sandbox, case_id)
    assert [party["Name"] for party in updated["Parties"]] == ["Alice A.", "Cai Chen"]
    assert updated["Parties"][0]["Id"] == first_party["Id"]
    assert updated["Parties"][0]["PartyUrl"] == first_party["PartyUrl"]
    assert [doc["Filename"] for doc in updated["Documents"]] == ["renamed.pdf", "second.pdf"]

    tampered = dict(updated["Documents"][0], Data=base64.b64encode(other_pdf).decode(), Hash=None, Size=None)
    updated["Documents"] = [tampered]
    response = sandbox.assently.post("/v2/updateCase", json=updated)
    assert "cannot change" in assert_error(response, 400)["error"]["message"]

    updated["Documents"] = []
    assert sandbox.assently.post("/v2/updateCase", json=updated).status_code == 200
    assert get_case(sandbox, case_id)["Documents"] == []


def test_only_drafts_can_be_updated(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = create_case(sandbox, sample_pdf)
    send(sandbox, case_id)

    assert_error(sandbox.assently.post("/v2/updateCase", json={"Id": case_id, "Name": "late"}), 409)


def test_update_metadata_replaces_it_in_any_status_and_rejects_nesting(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    case_id = create_case(sandbox, sample_pdf, Metadata={"a": "1", "b": "2"})
    send(sandbox, case_id)

    response = sandbox.assently.post("/v2/updateCaseMetadata", json={"Id": case_id, "Metadata": {"c": 3}})

    assert response.status_code == 200
    assert get_case(sandbox, case_id)["Metadata"] == {"c": 3}
    nested = sandbox.assently.post(
        "/v2/updateCaseMetadata", json={"Id": case_id, "Metadata": {"c": {"d": 1}}}
    )
    assert_error(nested, 400)


@pytest.mark.parametrize(
    ("missing", "code"),
    [("Parties", "E041"), ("Documents", "EX400"), ("AllowedSignatureTypes", "EX400")],
)
def test_send_requires_parties_documents_and_signature_types(
    sandbox: SandboxHandle, sample_pdf: bytes, missing: str, code: str
) -> None:
    case_id = create_case(sandbox, sample_pdf, **{missing: []})

    assert_error(sandbox.assently.post("/v2/sendCase", params={"Id": case_id}), 400, code)
    assert get_case(sandbox, case_id)["Status"] == "Draft"


def test_send_takes_the_id_in_the_query_or_a_json_body(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    by_query = create_case(sandbox, sample_pdf)
    by_body = create_case(sandbox, sample_pdf)

    assert sandbox.assently.post("/v2/sendCase", params={"Id": by_query}).status_code == 200
    assert sandbox.assently.post("/v2/sendcase", json={"id": by_body}).status_code == 200

    for case_id in (by_query, by_body):
        case = get_case(sandbox, case_id)
        assert case["Status"] == "Sent"
        assert case["SentOn"] is not None
        assert case["ExpireOn"] is not None
    assert_error(sandbox.assently.post("/v2/sendCase", params={"Id": by_query}), 409)


def test_approval_comes_before_sending(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = create_case(
        sandbox,
        sample_pdf,
        ApprovalRequired=True,
        Approvers=[{"Name": "Carl", "EmailAddress": "carl@example.com"}],
    )
    assert_error(sandbox.assently.post("/v2/sendCase", params={"Id": case_id}), 409)

    assert sandbox.assently.post("/v2/requestApproval", params={"Id": case_id}).status_code == 200
    case = get_case(sandbox, case_id)
    assert case["Status"] == "PendingApproval"
    assert case["ApprovalRequestedOn"] is not None
    hidden = sandbox.assently.get(
        "/v2/getCase", params={"Id": case_id, "IncludePendingApprovalStatus": "false"}
    )
    assert hidden.json()["Status"] == "Draft"
    parties = sandbox.envelope("assently", case_id)["parties"]
    signer = next(party for party in parties if party["role"] == "signer")
    approver = next(party for party in parties if party["role"] == "approver")
    assert sandbox.act("assently", case_id, signer["id"]).status_code == 409

    assert sandbox.act("assently", case_id, approver["id"]).status_code == 200
    assert get_case(sandbox, case_id)["Status"] == "Sent"


def test_remind_records_reminders_for_the_parties_in_turn(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = create_case(sandbox, sample_pdf, SignInSequence=True)
    assert_error(sandbox.assently.post("/v2/remindCase", params={"Id": case_id}), 409)
    send(sandbox, case_id)

    assert sandbox.assently.post("/v2/remindCase", params={"Id": case_id}).status_code == 200

    assert get_case(sandbox, case_id)["ReminderSentOn"] is not None
    first, second = sandbox.envelope("assently", case_id)["parties"]
    assert len(first["reminders"]) == 1
    assert second["reminders"] == []


def test_signing_order_is_enforced(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = create_case(sandbox, sample_pdf, SignInSequence=True)
    send(sandbox, case_id)
    first, second = sandbox.envelope("assently", case_id)["parties"]

    out_of_turn = sandbox.act("assently", case_id, second["id"])
    assert out_of_turn.status_code == 409
    assert "turn" in out_of_turn.json()["message"]
    assert sandbox.act("assently", case_id, first["id"]).status_code == 200
    assert sandbox.act("assently", case_id, second["id"]).status_code == 200
    assert get_case(sandbox, case_id)["Status"] == "Finished"


def test_a_group_signs_when_any_member_signs(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    parties = [dict(party, GroupName="Board") for party in PARTIES]
    case_id = create_case(sandbox, sample_pdf, Parties=parties)
    send(sandbox, case_id)
    first, _ = sandbox.envelope("assently", case_id)["parties"]

    assert sandbox.act("assently", case_id, first["id"]).status_code == 200

    statuses = [party["status"] for party in sandbox.envelope("assently", case_id)["parties"]]
    assert statuses == ["signed", "skipped"]
    assert get_case(sandbox, case_id)["Status"] == "Finished"


def test_recall_is_refused_once_finished(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    recalled = create_case(sandbox, sample_pdf)
    send(sandbox, recalled)
    assert sandbox.assently.post("/v2/recallCase", params={"Id": recalled}).status_code == 200
    assert get_case(sandbox, recalled)["Status"] == "Recalled"

    finished = create_case(sandbox, sample_pdf)
    send(sandbox, finished)
    sign_all(sandbox, finished)
    assert_error(sandbox.assently.post("/v2/recallCase", params={"Id": finished}), 409)


def test_delete_recalls_a_sent_case_first(
    sandbox: SandboxHandle, sample_pdf: bytes, webhook_receiver: WebhookReceiver
) -> None:
    locations = [
        sandbox.assently.post(
            "/hook/v1/", params={"EventPath": event}, json={"callbackUrl": webhook_receiver.url}
        ).headers["Location"]
        for event in ("recalled", "deleted")
    ]
    case_id = create_case(sandbox, sample_pdf)
    send(sandbox, case_id)

    assert sandbox.assently.post("/v2/deleteCase", params={"Id": case_id}).status_code == 200

    events = [
        webhook_receiver.wait_for(lambda _p, _h, b: b["Id"] == case_id)[1]["x-sandbox-event"]
        for _ in range(2)
    ]
    assert events == ["recalled", "deleted"]
    assert sandbox.assently.get("/v2/getCase", params={"Id": case_id}).status_code == 404
    for location in locations:
        assert (
            httpx.delete(location, headers={"Authorization": sandbox.info.assently_token}).status_code == 200
        )


def test_temporary_id_finds_the_case_for_24_hours_of_sandbox_time(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    case_id = create_case(sandbox, sample_pdf)
    temporary_id = sandbox.envelope("assently", case_id)["temporary_id"]
    assert temporary_id >= 1000

    found = sandbox.assently.get("/v2/getCaseByTemporaryId", params={"Id": temporary_id})
    assert found.status_code == 200
    assert found.json()["Id"] == case_id
    assert_error(sandbox.assently.get("/v2/getCaseByTemporaryId", params={"Id": 123}), 400)

    sandbox.advance_days(1.1)
    assert_error(sandbox.assently.get("/v2/getCaseByTemporaryId", params={"Id": temporary_id}), 404)


def test_document_data_is_the_upload_then_the_signed_pdf_and_a_receipt(
    sandbox: SandboxHandle, sample_pdf: bytes
) -> None:
    case_id = create_case(sandbox, sample_pdf)
    [document] = get_case(sandbox, case_id)["Documents"]
    raw = sandbox.assently.get(
        "/v2/getdocumentdata", params={"caseid": case_id, "documentid": document["Id"]}
    )
    assert raw.headers["content-type"] == "application/pdf"
    assert raw.content == sample_pdf

    send(sandbox, case_id)
    sign_all(sandbox, case_id)

    case = get_case(sandbox, case_id)
    assert case["Status"] == "Finished"
    assert [doc["Type"] for doc in case["Documents"]] == ["Signed", "Receipt"]
    for listed in case["Documents"]:
        data = sandbox.assently.get(
            "/v2/getDocumentData", params={"caseId": case_id, "documentId": listed["Id"]}
        ).content
        assert data.startswith(b"%PDF")
        assert len(data) == listed["Size"]
    signed = sandbox.assently.get(
        "/v2/getdocumentdata", params={"caseid": case_id, "documentid": document["Id"]}
    )
    assert signed.content != sample_pdf
    assert_error(
        sandbox.assently.get("/v2/getdocumentdata", params={"caseid": case_id, "documentid": "zzzz"}), 404
    )


def test_signature_form_fields_are_stamped_and_the_result_validates(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    widget_rect = (100.0, 600.0, 300.0, 660.0)
    pdf = make_pdf(
        tmp_path / "form.pdf",
        [PageSpec(*A4, widgets=[WidgetSpec(WidgetKind.SIGNATURE, widget_rect, "signature_alice")])],
    ).read_bytes()
    case_id = create_case(sandbox, pdf, Parties=PARTIES[:1], Documents=[assently_document(pdf)])
    send(sandbox, case_id)

    [field] = sandbox.envelope("assently", case_id)["fields"]
    # An upright A4 page: x / width, and y measured down from the top.
    assert field["left"] == pytest.approx(100 / A4[0])
    assert field["top"] == pytest.approx(1 - 660 / A4[1])
    assert field["kind"] == "signature"
    sign_all(sandbox, case_id)

    [document, _] = get_case(sandbox, case_id)["Documents"]
    final = sandbox.assently.get(
        "/v2/getdocumentdata", params={"caseid": case_id, "documentid": document["Id"]}
    ).content
    identity = load_signing_identity(sandbox.data_dir / "certificate")
    [signature] = PdfFileReader(io.BytesIO(final)).embedded_signatures
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[identity.ca_certificate]))
    assert status.intact
    assert status.valid
    assert "Alice Andersson" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(final)).pages)


def test_hooks_are_created_with_a_location_and_deleted(
    sandbox: SandboxHandle, webhook_receiver: WebhookReceiver
) -> None:
    response = sandbox.assently.post(
        "/hook/v1/", params={"EventPath": "Sent"}, json={"callbackUrl": webhook_receiver.url + "/sent"}
    )

    assert response.status_code == 201
    assert_conforms(response.json(), assently_schemas.HOOK_CREATED)
    location = response.headers["Location"]
    assert location == f"{sandbox.info.assently_base_url}/api/hook/v1/{response.json()['Id']}"
    auth = {"Authorization": sandbox.info.assently_token}
    assert httpx.delete(location, headers=auth).status_code == 200
    assert_error(httpx.delete(location, headers=auth), 404)
    bad = sandbox.assently.post(
        "/hook/v1/", params={"EventPath": "case.sent"}, json={"callbackUrl": "http://x"}
    )
    assert_error(bad, 400)


@pytest.mark.parametrize(
    "event",
    ["sent", "signatureadded", "signed", "finished", "reminded", "metadataupdated"],
)
def test_events_reach_their_hooks(
    sandbox: SandboxHandle, sample_pdf: bytes, webhook_receiver: WebhookReceiver, event: str
) -> None:
    hook = sandbox.assently.post(
        "/hook/v1/", params={"EventPath": event}, json={"callbackUrl": webhook_receiver.url}
    )
    case_id = create_case(sandbox, sample_pdf, Parties=PARTIES[:1])
    send(sandbox, case_id)
    sandbox.assently.post("/v2/remindCase", params={"Id": case_id})
    sandbox.assently.post("/v2/updateCaseMetadata", json={"Id": case_id, "Metadata": {"k": "v"}})
    sign_all(sandbox, case_id)

    _, headers, body = webhook_receiver.wait_for(lambda _p, _h, b: b["Id"] == case_id)

    assert headers["x-sandbox-event"] == event
    assert_conforms(body, assently_schemas.CASE)
    httpx.delete(hook.headers["Location"], headers={"Authorization": sandbox.info.assently_token})


def test_decline_rejects_the_case(
    sandbox: SandboxHandle, sample_pdf: bytes, webhook_receiver: WebhookReceiver
) -> None:
    hook = sandbox.assently.post(
        "/hook/v1/", params={"EventPath": "rejected"}, json={"callbackUrl": webhook_receiver.url}
    )
    case_id = create_case(sandbox, sample_pdf)
    send(sandbox, case_id)
    first, _ = sandbox.envelope("assently", case_id)["parties"]

    assert sandbox.act("assently", case_id, first["id"], "decline").status_code == 200

    case = get_case(sandbox, case_id)
    assert case["Status"] == "Rejected"
    assert case["Rejected"]["PartyId"] == first["id"]
    assert webhook_receiver.wait_for(lambda _p, _h, b: b["Id"] == case_id)[1]["x-sandbox-event"] == "rejected"
    httpx.delete(hook.headers["Location"], headers={"Authorization": sandbox.info.assently_token})


def test_expiry_after_the_configured_days_of_sandbox_time(sandbox: SandboxHandle, sample_pdf: bytes) -> None:
    case_id = create_case(sandbox, sample_pdf, ExpireAfterDays=3)
    send(sandbox, case_id)

    sandbox.advance_days(2)
    assert get_case(sandbox, case_id)["Status"] == "Sent"
    sandbox.advance_days(1.5)
    assert get_case(sandbox, case_id)["Status"] == "Expired"

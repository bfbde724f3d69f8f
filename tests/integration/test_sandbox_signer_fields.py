"""Signers fill their own fields on the signing page (or through the control API), and the final PDF shows
exactly what they entered: GMO Sign text, date and checkbox points (tags never stamped, check_box_type
respected), Assently form fields named in FormFields; and a document that cannot be finalised fails the
envelope visibly instead of completing with the original bytes."""

from __future__ import annotations

import asyncio
import base64
import io
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pypdfium2 as pdfium
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.assently import AssentlyProvider, PersonalAccessToken
from esign_desktop.providers.errors import ProviderError
from esign_desktop.sandbox.finalise import find_form_field_placements
from tests.integration.conftest import SandboxHandle, assently_document
from tests.pdf_factory import A4, PageSpec, PdfOptions, WidgetKind, WidgetSpec, make_pdf, make_signed_pdf
from tests.rendering import changed_inside, render_pages

pytestmark = pytest.mark.integration

SIGNER = "Hana Ito"
SIGNER_EMAIL = "hana@example.jp"


def point(prefix: str, box: tuple[int, int, int, int], **extra: Any) -> dict[str, Any]:
    start_x, start_y, end_x, end_y = box
    return {
        f"{prefix}_start_x": start_x,
        f"{prefix}_start_y": start_y,
        f"{prefix}_end_x": end_x,
        f"{prefix}_end_y": end_y,
        "page_no": 1,
        **extra,
    }


BOXES = {
    "optional": (10, 10, 13, 13),  # check_box_type 1: no initial check, optional
    "required": (20, 10, 23, 13),  # 2: no initial check, required
    "initial": (30, 10, 33, 13),  # 3: initially checked, optional
    "sender_unticked": (40, 10, 43, 13),
    "sender_ticked": (50, 10, 53, 13),
}


def register_gmo_document(sandbox: SandboxHandle, pdf: bytes) -> str:
    """RegisterDocumentRequest as the Swagger declares it: a JSON body with the file in base64."""
    response = sandbox.gmo.post("/envelopes/documents", json={"document": base64.b64encode(pdf).decode()})
    assert response.status_code == 200, response.text
    code: str = response.json()["document_code"]
    return code


def gmo_envelope(sandbox: SandboxHandle, pdf: bytes) -> tuple[str, str]:
    code = register_gmo_document(sandbox, pdf)
    body = {
        "envelope_name": "Fields",
        "is_detailed_response": 1,
        "document_list": [
            {
                "document_code": code,
                "document_name": "form.pdf",
                "check_box_point": [
                    point("check_box_point", BOXES["sender_unticked"], check_box_type="1"),
                    point("check_box_point", BOXES["sender_ticked"], check_box_type="3"),
                ],
            }
        ],
        "partner_signer_list": [{"name": SIGNER, "email": SIGNER_EMAIL, "sign_type": 1}],
        "partner_signer_document_list": [
            {
                "signer_no": SIGNER_EMAIL,
                "document_code": code,
                "request_type": "1",
                "signing_points": [point("signing_point", (10, 70, 50, 80))],
                "free_text_point": [
                    point("free_text_point", (10, 30, 60, 35), tag="text_63b2e335", is_required="1"),
                    point(
                        "free_text_point",
                        (10, 40, 60, 45),
                        tag="text_0badc0de",
                        is_required="2",
                        placeholder_text="Department",
                    ),
                ],
                "date_text_point": [point("date_text_point", (10, 50, 40, 55), tag="date_5f5e1855")],
                "check_box_point": [
                    point("check_box_point", BOXES[name], tag=f"check_{name}", check_box_type=kind)
                    for name, kind in (("optional", "1"), ("required", "2"), ("initial", "3"))
                ],
            }
        ],
    }
    response = sandbox.gmo.post("/envelopes/signatures/request", json=body)
    assert response.status_code == 200, response.text
    xid = response.json()["envelope_xid"]
    return xid, response.json()["document_list"][0]["control_number"]


def gmo_download(sandbox: SandboxHandle, control_number: str) -> httpx.Response:
    return sandbox.gmo.get(f"/documents/{control_number}", params={"download_type": 2, "operation": 1})


def ticked(original: bytes, final: bytes, box: tuple[int, int, int, int]) -> bool:
    """A check mark inside the box: pixels changed in its inner half (the frame lies on its edges)."""
    x0, y0, x1, y1 = (value / 100 for value in box)
    inner = (x0 + (x1 - x0) / 4, y0 + (y1 - y0) / 4, x1 - (x1 - x0) / 4, y1 - (y1 - y0) / 4)
    [before], [after] = render_pages(original, 1, scale=3.0), render_pages(final, 1, scale=3.0)
    return changed_inside(before, after, inner, margin=0.0) is not None


def page_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        text: str = document[0].get_textpage().get_text_range()
        return text
    finally:
        document.close()


def broken_xmp(folder: Path) -> bytes:
    """Opens in every viewer, but its XMP metadata is not XML: pyHanko cannot update it, sealing fails."""
    options = PdfOptions(xmp_metadata=b"<x:xmpmeta><rdf:RDF>not <<< xml")
    return make_pdf(folder / "broken-xmp.pdf", [PageSpec(*A4)], options).read_bytes()


@pytest.fixture
def blank(tmp_path: Path) -> bytes:
    return make_pdf(tmp_path / "blank.pdf", [PageSpec(*A4)]).read_bytes()


def test_gmo_signing_page_offers_the_signers_fields(sandbox: SandboxHandle, blank: bytes) -> None:
    xid, _ = gmo_envelope(sandbox, blank)
    [party] = sandbox.envelope("gmosign", xid)["parties"]
    page = httpx.get(party["signing_url"]).text
    assert page.count("type=text") == 2
    assert 'placeholder="Department"' in page
    assert re.search(r'type=date id="field-\d+" name="field-\d+" value="\d{4}-\d{2}-\d{2}"', page)
    assert page.count("type=checkbox") == 3
    assert page.count(" checked") == 1  # only the box GMO Sign starts ticked (check_box_type 3)
    assert "text_63b2e335" not in page  # the tag is an internal name


def test_gmo_required_fields_are_enforced_and_values_stamped(sandbox: SandboxHandle, blank: bytes) -> None:
    xid, control_number = gmo_envelope(sandbox, blank)
    state = sandbox.envelope("gmosign", xid)
    [party] = state["parties"]
    index = {
        (placed["kind"], placed["left"], placed["top"]): str(number)
        for number, placed in enumerate(state["fields"])
        if placed["party_id"] == party["id"]
    }
    required_text, optional_text = index[("text", 0.1, 0.3)], index[("text", 0.1, 0.4)]
    date, required_box = index[("date", 0.1, 0.5)], index[("checkbox", 0.2, 0.1)]

    # The browser form: the required text left empty and the required box unticked are refused, both named.
    csrf = httpx.get(party["signing_url"]).text.split('name=csrf value="')[1].split('"')[0]
    refused = httpx.post(
        party["signing_url"] + "/sign",
        data={"csrf": csrf, f"field-{optional_text}": "x"},
        follow_redirects=True,
    )
    assert refused.status_code == 400
    assert f'name="field-{optional_text}" value="x"' in refused.text  # what was typed is still there
    assert "Fill in the required text field on page 1" in refused.text
    assert "Tick the required checkbox field on page 1" in refused.text
    assert sandbox.envelope("gmosign", xid)["parties"][0]["status"] == "waiting"

    # Ticking only the required box: the optional one stays unticked, the initially ticked one is unticked.
    form = {
        "csrf": csrf,
        f"field-{required_text}": "Typed by Hana",
        f"field-{date}": "2026-04-01",
        f"field-{required_box}": "on",
    }
    signed = httpx.post(party["signing_url"] + "/sign", data=form, follow_redirects=True)
    assert signed.status_code == 200
    assert sandbox.envelope("gmosign", xid)["phase"] == "finished"

    final = base64.b64decode(gmo_download(sandbox, control_number).json()["downloadedDocument"])
    text = page_text(final)
    assert "Typed by Hana" in text
    assert "2026-04-01" in text
    assert SIGNER in text
    for tag in ("text_63b2e335", "text_0badc0de", "date_5f5e1855", "check_", "Department"):
        assert tag not in text
    assert not ticked(blank, final, BOXES["optional"])
    assert ticked(blank, final, BOXES["required"])
    assert not ticked(blank, final, BOXES["initial"])  # the signer unticked it
    assert not ticked(blank, final, BOXES["sender_unticked"])
    assert ticked(blank, final, BOXES["sender_ticked"])


def test_control_api_refuses_fields_that_are_not_the_partys(sandbox: SandboxHandle, blank: bytes) -> None:
    xid, _ = gmo_envelope(sandbox, blank)
    [party] = sandbox.envelope("gmosign", xid)["parties"]
    response = sandbox.act("gmosign", xid, party["id"], fields={"0": "mine?", "99": "x"})
    assert response.status_code == 400
    assert "Field 0 is not one of your fields" in response.json()["message"]
    bad = sandbox.control.post(
        f"/_sandbox/envelopes/gmosign/{xid}/parties/{party['id']}/sign", json={"fields": {"3": 5}}
    )
    assert bad.status_code == 400


def assently_case(sandbox: SandboxHandle, pdf: bytes, form_fields: list[dict[str, Any]]) -> str:
    case_id = str(uuid.uuid4())
    body = {
        "Id": case_id,
        "Name": "Form case",
        "AllowedSignatureTypes": ["Touch"],
        "Parties": [{"Id": "a1b2", "Name": SIGNER, "EmailAddress": SIGNER_EMAIL}],
        "Documents": [assently_document(pdf, "form.pdf", FormFields=form_fields)],
    }
    assert sandbox.assently.post("/v2/createCase", json=body).status_code == 200
    assert sandbox.assently.post("/v2/sendCase", params={"Id": case_id}).status_code == 200
    return case_id


@pytest.fixture
def form(tmp_path: Path) -> bytes:
    widgets = [
        WidgetSpec(WidgetKind.SIGNATURE, (300, 100, 500, 160), "signature_s1"),
        WidgetSpec(WidgetKind.TEXT, (72, 600, 272, 620), "text_t1", required=True),
        WidgetSpec(WidgetKind.TEXT, (72, 560, 272, 580), "text_sender"),
        WidgetSpec(WidgetKind.CHECKBOX, (72, 500, 86, 514), "checkbox_c1"),
        WidgetSpec(WidgetKind.CHECKBOX, (72, 460, 86, 474), "checkbox_ticked", checked=True),
        WidgetSpec(WidgetKind.CHECKBOX, (72, 420, 86, 434), "checkbox_kept", checked=True),
        WidgetSpec(WidgetKind.TEXT, (300, 600, 500, 620), "authors_own_field", value="Keep me"),
        WidgetSpec(WidgetKind.CHECKBOX, (300, 500, 314, 514), "authors_own_box"),
    ]
    return make_pdf(tmp_path / "form.pdf", [PageSpec(*A4, widgets=widgets)]).read_bytes()


def test_assently_fields_assigned_to_the_signer_come_back_filled(sandbox: SandboxHandle, form: bytes) -> None:
    case_id = assently_case(
        sandbox,
        form,
        [
            {"Name": "text_t1", "Value": ""},
            {"Name": "text_sender", "Value": "From the sender"},
            {"Name": "checkbox_c1", "Value": ""},
            {"Name": "checkbox_ticked", "Value": ""},  # ticked by default in the PDF
            {"Name": "checkbox_kept", "Value": ""},
        ],
    )
    state = sandbox.envelope("assently", case_id)
    [party] = state["parties"]
    mine = {placed["field_name"]: str(i) for i, placed in enumerate(state["fields"]) if placed["editable"]}
    assert set(mine) == {"text_t1", "checkbox_c1", "checkbox_ticked", "checkbox_kept"}
    assert [f["checked"] for f in state["fields"] if f["field_name"] == "checkbox_ticked"] == [True]
    assert sandbox.act("assently", case_id, party["id"], fields={}).status_code == 400  # text_t1 is required
    values: dict[str, str | bool] = {
        mine["text_t1"]: "Signer typed this",
        mine["checkbox_c1"]: True,
        mine["checkbox_ticked"]: False,  # the signer unticks the default; checkbox_kept is not mentioned
    }
    sandbox.act("assently", case_id, party["id"], fields=values).raise_for_status()

    document_id = sandbox.envelope("assently", case_id)["documents"][0]["id"]
    final = sandbox.assently.get("/v2/getDocumentData", params={"caseId": case_id, "documentId": document_id})
    assert final.status_code == 200
    fields = PdfReader(io.BytesIO(final.content)).get_fields() or {}
    assert fields["text_t1"].get("/V") == "Signer typed this"
    assert fields["text_sender"].get("/V") == "From the sender"
    assert fields["checkbox_c1"].get("/V") == "/Yes"
    assert fields["checkbox_ticked"].get("/V") == "/Off"
    assert fields["checkbox_kept"].get("/V") == "/Yes"
    # The document's own fields are neither flattened nor changed.
    assert fields["authors_own_field"].get("/V") == "Keep me"
    assert fields["authors_own_box"].get("/V") == "/Off"
    names = {placement.name for placement in find_form_field_placements(final.content)}
    assert {"signature_s1", "text_t1", "text_sender", "checkbox_c1", "authors_own_field"} <= names
    text = page_text(final.content)
    assert "Signer typed this" in text
    assert "From the sender" in text


def test_a_document_that_cannot_be_finalised_fails_the_envelope_visibly(
    sandbox: SandboxHandle, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    case_id = assently_case(sandbox, broken_xmp(tmp_path), [])
    [party] = sandbox.envelope("assently", case_id)["parties"]
    sandbox.act("assently", case_id, party["id"]).raise_for_status()

    state = sandbox.envelope("assently", case_id)
    assert state["phase"] == "failed"
    assert state["status"] == "Failed"
    assert "form.pdf" in state["failure"]  # the document's name
    assert "XMP" in state["failure"]
    assert not state["documents"][0]["signed"]
    document_id = state["documents"][0]["id"]
    download = sandbox.assently.get(
        "/v2/getDocumentData", params={"caseId": case_id, "documentId": document_id}
    )
    assert download.status_code == 409
    assert "XMP" in download.json()["error"]["message"]
    assert "failed" in httpx.get(state["parties"][0]["signing_url"]).text

    async def client_view() -> None:
        provider = AssentlyProvider(
            sandbox.info.assently_base_url, PersonalAccessToken(sandbox.info.assently_token)
        )
        try:
            envelope = await provider.get_envelope(case_id)
            assert envelope.status is EnvelopeStatus.FAILED
            assert "XMP" in envelope.provider_status
            with pytest.raises(ProviderError, match="XMP"):
                await provider.download_document(envelope, envelope.documents[0], tmp_path / "out")
        finally:
            await provider.aclose()

    asyncio.run(client_view())


def test_gmo_download_of_a_failed_envelope_names_the_reason(
    sandbox: SandboxHandle,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,  # the sandbox logs why finalising failed
) -> None:
    xid, control_number = gmo_envelope(sandbox, broken_xmp(tmp_path))
    [party] = sandbox.envelope("gmosign", xid)["parties"]
    sandbox.act("gmosign", xid, party["id"]).raise_for_status()
    assert sandbox.envelope("gmosign", xid)["phase"] == "failed"
    response = gmo_download(sandbox, control_number)
    assert response.status_code == 409
    assert "XMP" in response.json()["message"]


def test_gmo_download_of_an_already_signed_file_keeps_its_signature_valid(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    presigned = make_signed_pdf(tmp_path / "presigned.pdf").read_bytes()
    code = register_gmo_document(sandbox, presigned)
    body = {
        "envelope_name": "Countersign",
        "is_detailed_response": 1,
        "document_list": [{"document_code": code, "document_name": "signed.pdf"}],
        "partner_signer_list": [{"name": SIGNER, "email": SIGNER_EMAIL, "sign_type": 1}],
        "partner_signer_document_list": [
            {
                "signer_no": SIGNER_EMAIL,
                "document_code": code,
                "request_type": "1",
                "signing_points": [point("signing_point", (10, 70, 50, 80))],
            }
        ],
    }
    response = sandbox.gmo.post("/envelopes/signatures/request", json=body)
    assert response.status_code == 200, response.text
    xid, control_number = (
        response.json()["envelope_xid"],
        response.json()["document_list"][0]["control_number"],
    )
    [party] = sandbox.envelope("gmosign", xid)["parties"]
    sandbox.act("gmosign", xid, party["id"]).raise_for_status()
    final = base64.b64decode(gmo_download(sandbox, control_number).json()["downloadedDocument"])

    assert final.startswith(presigned)
    signatures = PdfFileReader(io.BytesIO(final), strict=False).embedded_signatures
    assert len(signatures) == 2  # the signer's own, then the sandbox seal
    earlier = validate_pdf_signature(
        signatures[0], signer_validation_context=ValidationContext(trust_roots=[], allow_fetching=False)
    )
    assert earlier.intact
    assert earlier.valid
    assert SIGNER in page_text(final)

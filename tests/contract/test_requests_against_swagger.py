"""Every provider action, sent by the real clients to the real sandbox, recorded on the wire and checked
against the vendor's published Swagger (../shared/reference): path, method, parameter names, locations and
types, required and "required if" rules, body schema, auth form. Any departure fails.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

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
from esign_desktop.providers.assently import AssentlyProvider, PersonalAccessToken
from esign_desktop.providers.base import TemplateSend
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from esign_desktop.sandbox import EmbeddedSandbox, start_embedded
from esign_desktop.sandbox.sample_document import build_sample_contract
from esign_desktop.sandbox.templates import ASSENTLY_TEMPLATE_IDS, GMO_TEMPLATE_IDS
from tests.contract.swagger_requests import (
    KNOWN_EXTRAS,
    RecordedRequest,
    SwaggerContract,
    classify,
    required_if_problems,
)
from tests.reference import reference_json

pytestmark = pytest.mark.integration


class Recorder(httpx.AsyncBaseTransport):
    """Forwards to the network and keeps every request exactly as it went out (streamed bodies read)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.requests: list[RecordedRequest] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.requests.append(
            RecordedRequest(
                request.method,
                request.url.path,
                tuple(request.url.params.multi_items()),
                {name.lower(): value for name, value in request.headers.items()},
                body,
            )
        )
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedSandbox]:
    sandbox = start_embedded(tmp_path_factory.mktemp("contract-sandbox"))
    yield sandbox
    sandbox.stop()


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contract-pdf") / "contract.pdf"
    path.write_bytes(build_sample_contract())
    return path


def _document(path: Path) -> Document:
    content = path.read_bytes()
    return Document(
        id="doc",
        file_name="contract.pdf",
        sha512=hashlib.sha512(content).hexdigest(),
        size=len(content),
        pages=(PageInfo(595, 842),),
        path=str(path),
    )


def _field(field_id: str, kind: FieldKind, party_id: str, top: float, **extra: Any) -> Field:
    return Field(
        id=field_id,
        kind=kind,
        document=0,
        page=1,
        rect=PageRect(0.1, top, 0.4, top + 0.04),
        party_id=party_id,
        **extra,
    )


def _control(server: EmbeddedSandbox, method: str, path: str, body: object = None) -> Any:
    response = httpx.request(
        method,
        f"{server.base_url}/_sandbox/{path}",
        headers=server.info.control_headers(),
        json=body,
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def _run(steps: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(steps())


# --- Assently ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assently_requests(
    server: EmbeddedSandbox, pdf_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[RecordedRequest]:
    recorder = Recorder()
    info = server.info
    downloads = tmp_path_factory.mktemp("assently-downloads")
    provider = AssentlyProvider(
        info.assently_base_url, PersonalAccessToken(info.assently_token), transport=recorder
    )
    signer = Party(id="p1", name="Anna Andersson", email="anna@example.com", sign_type="touch")
    second = Party(id="p2", name="Bo Berg", email="bo@example.com", order=2, sign_type="electronicid")
    approver = Party(id="a1", role=PartyRole.APPROVER, name="Ann Approver", email="ann@example.com")
    base = Envelope(
        local_id="contract-assently-a",
        provider=ProviderKind.ASSENTLY,
        name="Contract test",
        documents=(_document(pdf_path),),
        parties=(signer, second),
        fields=(
            _field("s1", FieldKind.SIGNATURE, "p1", 0.70),
            _field("t1", FieldKind.TEXT, "p1", 0.60, label="company"),
            _field("s2", FieldKind.SIGNATURE, "p2", 0.80),
        ),
        metadata={"ref": "c-1"},
    )

    async def steps() -> None:
        await provider.test_connection()
        a = await provider.create_envelope(base)
        b = await provider.create_envelope(
            replace(base, local_id="contract-assently-b", parties=(signer, approver))
        )
        c = await provider.create_envelope(replace(base, local_id="contract-assently-c"))
        assert await provider.envelope_exists(base) == a.remote_id
        await provider.get_envelope(a.remote_id)
        await provider.list_envelopes()
        templates = await provider.list_templates()
        assert {t.remote_id for t in templates} >= set(ASSENTLY_TEMPLATE_IDS)
        await provider.create_from_template(
            TemplateSend(
                "contract-template", ASSENTLY_TEMPLATE_IDS[0], "From template", (signer,), {"k": "v"}
            )
        )
        await provider.update_envelope(replace(a, name="Contract test, renamed"))
        await provider.update_metadata(a.remote_id, {"ref": "c-2"})
        await provider.request_approval(b.remote_id)
        await provider.send(a.remote_id)
        await provider.send(c.remote_id)
        await provider.remind(a.remote_id)
        await provider.recall(c.remote_id)
        temporary = _control(server, "GET", f"envelopes/assently/{a.remote_id}")["temporary_id"]
        await provider.get_by_temporary_id(int(temporary))
        await provider.download_document(a, a.documents[0], downloads)
        case = _control(server, "GET", f"envelopes/assently/{a.remote_id}")
        for party in case["parties"]:
            own = {  # each signer fills its own required fields (the sandbox enforces them)
                str(index): True if placed["kind"] == "checkbox" else "Filled by test"
                for index, placed in enumerate(case["fields"])
                if placed["party_id"] == party["id"] and placed["editable"] and placed["required"]
            }
            _control(
                server,
                "POST",
                f"envelopes/assently/{a.remote_id}/parties/{party['id']}/sign",
                {"fields": own} if own else None,
            )
        await provider.download_receipt(a, downloads)
        subscription = await provider.subscribe("finished", "http://127.0.0.1:9/hook")
        await provider.unsubscribe(subscription.remote_id)
        await provider.delete(b.remote_id)
        await provider.aclose()

    _run(steps)
    return recorder.requests


def _assently_contract(server: EmbeddedSandbox) -> SwaggerContract:
    return SwaggerContract(
        reference_json("assently", "apiDefinition.swagger.json"),
        prefix="/assently",
        case_insensitive_paths=True,
        api_key=server.info.assently_token,
    )


def test_every_assently_request_follows_the_swagger(
    server: EmbeddedSandbox, assently_requests: list[RecordedRequest]
) -> None:
    contract = _assently_contract(server)
    problems = [line for request in assently_requests for line in contract.problems(request)]
    assert problems == []


def test_every_assently_operation_was_exercised(
    server: EmbeddedSandbox, assently_requests: list[RecordedRequest]
) -> None:
    contract = _assently_contract(server)
    used = {op.operation_id for r in assently_requests if (op := contract.operation_for(r))}
    declared = {op.operation_id for op in contract.operations()}
    assert declared - used == {"GetSchema"}  # the connector's own schema lookup: not a client action


def test_assently_find_calls_send_the_empty_filter_model(
    server: EmbeddedSandbox, assently_requests: list[RecordedRequest]
) -> None:
    contract = _assently_contract(server)
    finds = [
        r
        for r in assently_requests
        if (op := contract.operation_for(r)) and op.operation_id.startswith("Find")
    ]
    assert finds
    assert all(r.json == {} and r.headers["content-type"] == "application/json" for r in finds)


# --- GMO Sign ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gmo_requests(
    server: EmbeddedSandbox, pdf_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[RecordedRequest]:
    recorder = Recorder()
    info = server.info
    provider = GmoSignProvider(
        GmoSignCredentials(info.gmo_customer_id, info.gmo_secret_key),
        base_url=info.gmosign_base_url,
        transport=recorder,
    )
    parties = (
        Party(
            id="in", name="Sato", email="sato@ours.example", affiliation=Affiliation.IN_HOUSE, sign_type="2"
        ),
        Party(id="out", name="Tanaka", email="tanaka@partner.example", organisation="Partner KK", order=2),
        Party(
            id="face",
            name="Suzuki",
            email="suzuki@partner.example",
            order=3,
            sign_type="3",
            attendant_email="desk@ours.example",
        ),
        Party(
            id="boss", role=PartyRole.APPROVER, name="Boss", email="boss@ours.example", organisation="Legal"
        ),
        Party(id="cc", role=PartyRole.RECIPIENT, name="Archive", email="cc@ours.example"),
    )
    envelope = Envelope(
        local_id="contract-gmo",
        provider=ProviderKind.GMOSIGN,
        name="Contract test",
        documents=(_document(pdf_path),),
        parties=parties,
        fields=(
            _field("s-in", FieldKind.SIGNATURE, "in", 0.70),
            _field("s-out", FieldKind.SIGNATURE, "out", 0.80),
            _field("t-out", FieldKind.TEXT, "out", 0.10, label="company", font_size=10.5),
            _field("d-out", FieldKind.DATE, "out", 0.20),
            _field("c-out", FieldKind.CHECKBOX, "out", 0.30, required=False),
            _field("s-face", FieldKind.SIGNATURE, "face", 0.50),
            _field("fill", FieldKind.TEXT, "", 0.05, value="Acme"),
            _field("date", FieldKind.DATE, "", 0.40, value="2025-04-01"),
            _field("tick", FieldKind.CHECKBOX, "", 0.90, checkbox_default=True),
        ),
        message="Please review",
    )
    downloads = tmp_path_factory.mktemp("gmo-downloads")

    async def steps() -> None:
        await provider.test_connection()
        created = await provider.create_envelope(envelope)
        await provider.download_document(created, created.documents[0], downloads)
        await provider.create_from_template(
            TemplateSend(
                "contract-gmo-template",
                GMO_TEMPLATE_IDS[0],
                "From template",
                (Party(id="p", name="Kato", email="kato@partner.example"),),
                {"company": "Acme"},
                "Thanks",
            )
        )
        subscription = await provider.subscribe("Completed", "http://127.0.0.1:9/gmo")
        await provider.unsubscribe(subscription.remote_id)
        await provider.register_huge_document("contract-huge.pdf")
        await provider.aclose()

    # The transfer area (GMO Sign's SFTP/S3 input folder) is the sandbox's input/ folder.
    (server.context.input_dir / "contract-huge.pdf").write_bytes(pdf_path.read_bytes())
    _run(steps)
    return recorder.requests


def _gmo_contract(server: EmbeddedSandbox) -> SwaggerContract:
    info = server.info
    return SwaggerContract(
        reference_json("gmosign", "apiDefinition.swagger.json"),
        prefix="",  # the sandbox's GMO base URL ends in /gmosign, the Swagger's basePath
        basic_credentials=(info.gmo_customer_id, info.gmo_secret_key),
    )


def test_every_gmo_request_follows_the_swagger(
    server: EmbeddedSandbox, gmo_requests: list[RecordedRequest]
) -> None:
    contract = _gmo_contract(server)
    problems = [line for request in gmo_requests for line in contract.problems(request)]
    assert problems == []


def test_every_gmo_operation_was_exercised(
    server: EmbeddedSandbox, gmo_requests: list[RecordedRequest]
) -> None:
    contract = _gmo_contract(server)
    used = {op.operation_id for r in gmo_requests if (op := contract.operation_for(r))}
    assert used == {op.operation_id for op in contract.operations()}


def test_the_document_goes_as_the_declared_json_body(
    server: EmbeddedSandbox, gmo_requests: list[RecordedRequest], pdf_path: Path
) -> None:
    contract = _gmo_contract(server)
    (register,) = [
        r
        for r in gmo_requests
        if (op := contract.operation_for(r)) and op.operation_id == "RegisterEnvelopeDocument"
    ]
    assert register.headers["content-type"] == "application/json"
    assert base64.b64decode(register.json["document"]) == pdf_path.read_bytes()


# --- the checker finds departures ------------------------------------------------------------------------


def _one(requests: list[RecordedRequest], contract: SwaggerContract, operation_id: str) -> RecordedRequest:
    return next(r for r in requests if (op := contract.operation_for(r)) and op.operation_id == operation_id)


def _with_body(request: RecordedRequest, body: Any) -> RecordedRequest:
    return replace(request, body=json.dumps(body).encode())


def test_departures_are_caught(server: EmbeddedSandbox, gmo_requests: list[RecordedRequest]) -> None:
    contract = _gmo_contract(server)
    request = _one(gmo_requests, contract, "RequestEnvelopeSignature")
    body = request.json
    face = next(p for p in body["partner_signer_list"] if p.get("sign_type") == 3)

    def broken(change: Callable[[dict[str, Any]], None]) -> list[str]:
        copy = json.loads(json.dumps(body))
        change(copy)
        return contract.problems(_with_body(request, copy))

    def drop_attendant(b: dict[str, Any]) -> None:
        next(p for p in b["partner_signer_list"] if p["name"] == face["name"]).pop("attendant_email")

    def order_as_number(b: dict[str, Any]) -> None:
        b["partner_signer_list"][0]["order_no"] = 2

    def unknown_sign_type(b: dict[str, Any]) -> None:
        b["our_signer_list"][0]["sign_type"] = 3

    def no_signer_no(b: dict[str, Any]) -> None:
        b["partner_signer_document_list"][0]["signer_no"] = "someone@else.example"

    def no_name(b: dict[str, Any]) -> None:
        b["approver_list"][0].pop("name")

    assert any("attendant_email is required" in line for line in broken(drop_attendant))
    assert any("is not of type 'string'" in line for line in broken(order_as_number))
    assert any("is not one of [1, 2]" in line for line in broken(unknown_sign_type))
    assert any("signer_no is not the email" in line for line in broken(no_signer_no))
    assert any("name is required" in line for line in broken(no_name))

    register = _one(gmo_requests, contract, "RegisterEnvelopeDocument")
    multipart = replace(register, headers={**register.headers, "content-type": "multipart/form-data"})
    assert contract.problems(multipart)
    unauthenticated = replace(
        register, headers={k: v for k, v in register.headers.items() if k != "authorization"}
    )
    assert any("Basic" in line for line in contract.problems(unauthenticated))
    download = _one(gmo_requests, contract, "GetDocuments")
    assert any(
        "not declared" in line
        for line in contract.problems(replace(download, query=(*download.query, ("x", "1"))))
    )
    assert any(
        "download_type is required" in line
        for line in contract.problems(replace(download, query=(("operation", "1"),)))
    )


def test_assently_departures_are_caught(
    server: EmbeddedSandbox, assently_requests: list[RecordedRequest]
) -> None:
    contract = _assently_contract(server)
    get_case = _one(assently_requests, contract, "GetCase")
    assert any(
        "is not a boolean" in line
        for line in contract.problems(
            replace(
                get_case,
                query=(
                    ("Id", get_case.query[0][1]),
                    ("includeAllStatuses", "yes"),
                    ("IncludePendingApprovalStatus", "true"),
                ),
            )
        )
    )
    assert any("a body is sent" in line for line in contract.problems(replace(get_case, body=b"{}")))
    find = _one(assently_requests, contract, "FindCases")
    assert any("the body is required" in line for line in contract.problems(replace(find, body=b"")))
    send = _one(assently_requests, contract, "SendCase")
    assert any(
        "not a GUID" in line for line in contract.problems(replace(send, query=(("Id", "my-case-id"),)))
    )
    assert any("apiKey" in line for line in contract.problems(replace(send, headers={})))


def test_every_required_sentence_of_the_gmo_swagger_is_understood() -> None:
    swagger = reference_json("gmosign", "apiDefinition.swagger.json")
    sentences = 0
    for definition, spec in swagger["definitions"].items():
        for name, prop in spec.get("properties", {}).items():
            description = prop.get("description", "")
            rules = classify(definition, name, description)  # raises on a sentence it cannot read
            if "required" in description.lower() and definition != "RequestSignatureRequest":
                sentences += 1
                assert rules, f"{definition}.{name}: {description}"
    assert sentences >= 80
    empty_partner = {"name": "X", "sign_type": 3, "email": "x@example.com"}
    assert required_if_problems(swagger, "PartnerSignerList", empty_partner) == [
        "$: attendant_email is required when sign_type is 3 (signature in person)"
    ]


def test_known_extras_name_their_source() -> None:
    assert all(source.startswith(("[RB]", "[INF]", "[REC]", "[SW")) for source in KNOWN_EXTRAS.values())

"""Request bodies checked against schemas from the reference.

GMO Sign: its Swagger definitions, verbatim. Assently (whose schemas are served at runtime only): a small
schema derived from the recorded getCase response [REC] and the create mappers of [RB]. Unknown property
names fail: we send only names the service knows.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx

from esign_desktop.domain.model import Party, PartyRole
from esign_desktop.providers.gmosign import GmoSignCredentials, GmoSignProvider
from esign_desktop.providers.gmosign_mapping import signature_request, template_request
from tests.pdf_factory import PageSpec, make_pdf
from tests.reference import reference_json
from tests.unit.test_providers_assently import FakeAssently
from tests.unit.test_providers_assently import make_envelope as make_assently_envelope
from tests.unit.test_providers_gmosign import TODAY
from tests.unit.test_providers_gmosign import make_envelope as make_gmo_envelope

GMO_SWAGGER: dict[str, Any] = reference_json("gmosign", "apiDefinition.swagger.json")
_COORDINATE_SUFFIXES = ("_start_x", "_start_y", "_end_x", "_end_y")

_STRING: dict[str, Any] = {"type": "string"}
_NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}
_BOOLEAN: dict[str, Any] = {"type": "boolean"}
ASSENTLY_CASE: dict[str, Any] = {
    "type": "object",
    "required": ["Id", "Name", "Parties", "Documents", "AllowedSignatureTypes"],
    "properties": {
        "Id": _STRING,
        "Name": _STRING,
        "NameAlias": _STRING,
        "Description": _STRING,
        "Culture": {"type": "string", "enum": ["en-US", "sv-SE", "fi-FI"]},
        "AllowedSignatureTypes": {
            "type": "array",
            "items": {
                "type": "string",
                "enum": ["sms", "electronicid", "touch", "quickintent", "signbyhand"],
            },
        },
        "Metadata": {"type": "object", "additionalProperties": _STRING},
        "SignInSequence": _BOOLEAN,
        "ExpireAfterDays": {"type": "integer"},
        "RequestMessage": _NULLABLE_STRING,
        "SendSignRequestEmailToParties": _BOOLEAN,
        "SendFinishEmailToParties": _BOOLEAN,
        "SendFinishEmailToCreator": _BOOLEAN,
        "ApprovalRequired": _BOOLEAN,
        "Approvers": {
            "type": "array",
            "items": {"type": "object", "properties": {"Name": _STRING, "EmailAddress": _STRING}},
        },
        "Parties": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["Name"],
                "properties": {
                    "Name": _STRING,
                    "EmailAddress": _STRING,
                    "MobilePhone": _STRING,
                    "SocialSecurityNumber": _STRING,
                    "Culture": _STRING,
                    "AnyoneCanSign": _BOOLEAN,
                    "GroupName": _NULLABLE_STRING,
                },
            },
        },
        "Documents": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["Id", "Filename", "Size", "Hash"],
                "properties": {
                    "Id": _STRING,
                    "Filename": _STRING,
                    "Data": _STRING,
                    "ContentType": _STRING,
                    "Size": {"type": "integer"},
                    "Hash": {"type": "string", "pattern": "^[0-9a-f]{128}$"},
                    "FormFields": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["Name", "Value"],
                            "properties": {"Name": _STRING, "Value": _STRING},
                        },
                    },
                },
            },
        },
    },
}


def violations(value: object, schema: dict[str, Any], path: str = "$") -> list[str]:
    """A strict reading of the Swagger 2.0 subset the references use: $ref, type, required, enum, items."""
    if "$ref" in schema:
        schema = GMO_SWAGGER["definitions"][schema["$ref"].rsplit("/", 1)[-1]]
    problems: list[str] = []
    allowed = schema.get("type")
    types = allowed if isinstance(allowed, list) else [allowed] if allowed else []
    if types and not any(_is_type(value, t) for t in types):
        return [f"{path}: expected {allowed}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} not in {schema['enum']}")
    if "pattern" in schema and isinstance(value, str) and not re.fullmatch(schema["pattern"], value):
        problems.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        properties: dict[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        problems += [f"{path}: missing {key}" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key in properties:
                problems += violations(item, properties[key], f"{path}.{key}")
            elif isinstance(extra, dict):
                problems += violations(item, extra, f"{path}.{key}")
            else:
                problems.append(f"{path}: unknown property {key!r}")
            if key.endswith(_COORDINATE_SUFFIXES) and not (isinstance(item, int) and 0 <= item <= 100):
                problems.append(f"{path}.{key}: coordinates are integers 0..100, got {item!r}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += violations(item, schema["items"], f"{path}[{index}]")
    return problems


def _is_type(value: object, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    python_types: dict[str, type | tuple[type, ...]] = {
        "string": str,
        "boolean": bool,
        "object": dict,
        "array": list,
        "null": type(None),
    }
    return isinstance(value, python_types[name])


def definition(name: str) -> dict[str, Any]:
    return {"$ref": f"#/definitions/{name}"}


def as_sent(value: object) -> Any:
    return json.loads(json.dumps(value))


def test_the_checker_catches_what_it_should() -> None:
    bad = {"envelope_name": 5, "document_list": [{"document_code": "x"}], "is_compliation_mail": 1}
    problems = violations(bad, definition("RequestSignatureRequest"))
    assert any("envelope_name" in p for p in problems)
    assert any("missing document_name" in p for p in problems)
    assert any("missing is_detailed_response" in p for p in problems)
    assert any("unknown property 'is_compliation_mail'" in p for p in problems)  # the typo lives elsewhere


def test_gmo_signature_request_matches_the_swagger(tmp_path: Path) -> None:
    body = as_sent(signature_request(make_gmo_envelope(tmp_path), ["DC1", "DC2"], TODAY))
    assert violations(body, definition("RequestSignatureRequest")) == []


def test_gmo_template_request_matches_the_swagger() -> None:
    parties = (
        Party(id="a", name="A", email="a@example.com", sign_type="0"),
        Party(id="b", name="B", email="b@example.com", role=PartyRole.APPROVER),
        Party(id="c", name="C", email="c@example.com", role=PartyRole.RECIPIENT, language="ja"),
    )
    body = as_sent(template_request("NDA", parties, {"company": "Acme"}, "Thanks"))
    assert violations(body, definition("TemplateSignRequest")) == []


def gmo_request_body(call: Callable[[GmoSignProvider], Coroutine[object, object, object]]) -> Any:
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(201, json={"connect_id": "1", "document_code": "D1"})

    provider = GmoSignProvider(GmoSignCredentials("c", "secret"), transport=httpx.MockTransport(handler))
    asyncio.run(call(provider))
    return json.loads(captured[0].content)


def test_gmo_hook_request_matches_the_swagger() -> None:
    body = gmo_request_body(lambda provider: provider.subscribe("Completed", "https://me.example/hook"))
    schema = GMO_SWAGGER["paths"]["/customer/connect"]["post"]["parameters"][0]["schema"]
    assert violations(body, schema) == []


def test_gmo_huge_registration_matches_the_swagger() -> None:
    body = gmo_request_body(lambda provider: provider.register_huge_document("batch/big.pdf", "from desktop"))
    assert violations(body, definition("RegisterDocumentForHugeSizeRequest")) == []


def test_assently_create_case_matches_the_derived_schema(tmp_path: Path) -> None:
    vendor = FakeAssently()
    envelope = make_assently_envelope(make_pdf(tmp_path / "a.pdf", [PageSpec(), PageSpec()]))
    asyncio.run(vendor.provider().create_envelope(envelope))
    assert violations(vendor.body(), ASSENTLY_CASE) == []


def test_assently_schema_is_consistent_with_the_recording() -> None:
    """Every case property we send exists in the real getCase response [REC]."""
    recorded = reference_json("assently", "samples", "v2-getcase-200-2019.json")["body"]
    assert set(ASSENTLY_CASE["properties"]) <= set(recorded)
    assert set(ASSENTLY_CASE["properties"]["Parties"]["items"]["properties"]) <= set(recorded["Parties"][0])
    document_keys = set(ASSENTLY_CASE["properties"]["Documents"]["items"]["properties"])
    assert document_keys <= set(recorded["Documents"][0])

"""Check a recorded HTTP request against a vendor's Swagger 2.0 file: path, method, parameters (names,
locations, types, required), body schema (jsonschema, draft 4 as Swagger 2.0 uses), the "required if"
sentences of the property descriptions, and the auth form of `securityDefinitions`.

`problems()` lists every departure as a readable line; a test asserts the list is empty. Departures the
project chose on purpose (an undocumented query parameter taken from another source) are named in
`KNOWN_EXTRAS` with their source, and docs/providers.md lists the same inferences.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft4Validator

JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str  # the URL path, as sent
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    template: str  # the Swagger path, e.g. /v2/getCase
    spec: JsonObject

    @property
    def operation_id(self) -> str:
        return str(self.spec.get("operationId") or f"{self.method} {self.template}")


# (operationId, location, name) -> the source that made us send it although the Swagger does not declare it.
KNOWN_EXTRAS: Mapping[tuple[str, str, str], str] = {
    ("FindCases", "query", "Status"): "[RB] spec and a public snippet filter findcases?Status=Finished",
    ("FindCases", "query", "Page"): "[INF] paging guess; harmless if ignored (deviation profiles prove it)",
    ("FindCases", "query", "PageSize"): "[INF] paging guess; harmless if ignored (deviation profiles)",
    ("FindTemplates", "query", "Page"): "[INF] paging guess, as FindCases",
    ("FindTemplates", "query", "PageSize"): "[INF] paging guess, as FindCases",
    ("FindTemplates", "query", "includeAllStatuses"): "[INF] the find calls share their flags",
    ("FindTemplates", "query", "IncludePendingApprovalStatus"): "[INF] the find calls share their flags",
}


@dataclass
class SwaggerContract:
    """One vendor's Swagger. `prefix` is what precedes basePath on the server under test (the sandbox
    mounts each emulation under /assently or /gmosign); `credentials` is what the auth header must carry."""

    swagger: JsonObject
    prefix: str = ""
    case_insensitive_paths: bool = False
    basic_credentials: tuple[str, str] | None = None
    api_key: str | None = None
    known_extras: Mapping[tuple[str, str, str], str] = field(default_factory=lambda: KNOWN_EXTRAS)

    # --- finding the operation -----------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        found = []
        for template, methods in self.swagger["paths"].items():
            for method, spec in methods.items():
                if method.lower() in {"get", "post", "put", "delete", "patch"}:
                    found.append(Operation(method.upper(), template, spec))
        return found

    def operation_for(self, request: RecordedRequest) -> Operation | None:
        base = self.prefix + self.swagger.get("basePath", "")
        path = request.path
        if self.case_insensitive_paths:
            path, base = path.lower(), base.lower()
        if not path.startswith(base):
            return None
        rest = path[len(base) :]
        for operation in self.operations():
            template = operation.template.lower() if self.case_insensitive_paths else operation.template
            pattern = "^" + re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)) + "$"
            if operation.method == request.method and re.match(pattern, rest):
                return operation
        return None

    # --- checking -----------------------------------------------------------------------------------
    def problems(self, request: RecordedRequest) -> list[str]:
        operation = self.operation_for(request)
        if operation is None:
            return [f"{request.method} {request.path}: no such operation in the Swagger"]
        where = operation.operation_id
        found = [f"{where}: {line}" for line in self._auth_problems(request)]
        parameters = [self._resolve(p) for p in operation.spec.get("parameters", [])]
        found += [f"{where}: {line}" for line in self._query_problems(operation, parameters, request)]
        found += [f"{where}: {line}" for line in self._body_problems(operation, parameters, request)]
        return found

    def _resolve(self, item: JsonObject) -> JsonObject:
        reference = item.get("$ref")
        if not reference:
            return item
        node: Any = self.swagger
        for part in reference.removeprefix("#/").split("/"):
            node = node[part]
        resolved: JsonObject = node
        return resolved

    def _auth_problems(self, request: RecordedRequest) -> list[str]:
        header = request.headers.get("authorization", "")
        schemes = self.swagger.get("securityDefinitions", {})
        found: list[str] = []
        for scheme in schemes.values():
            if scheme["type"] == "basic":
                found += _basic_problems(header, self.basic_credentials)
            elif scheme["type"] == "apiKey" and scheme["in"] == "header":
                value = request.headers.get(scheme["name"].lower(), "")
                if not value:
                    found.append(f"the {scheme['name']} header (apiKey) is missing")
                elif (
                    self.api_key is not None
                    and value not in {self.api_key}
                    and not value.startswith("Basic ")
                ):
                    found.append(f"the {scheme['name']} header is not the raw key")
        return found

    def _query_problems(
        self, operation: Operation, parameters: list[JsonObject], request: RecordedRequest
    ) -> list[str]:
        found: list[str] = []
        sent: dict[str, list[str]] = {}
        for name, value in request.query:
            sent.setdefault(name, []).append(value)
        declared = {p["name"]: p for p in parameters if p.get("in") == "query"}
        for name, parameter in declared.items():
            values = sent.get(name, [])
            if not values:
                if parameter.get("required"):
                    found.append(f"query parameter {name} is required")
                continue
            if len(values) > 1:
                found.append(f"query parameter {name} is sent {len(values)} times")
            found += [f"query parameter {name}: {line}" for line in _scalar_problems(values[0], parameter)]
        for name in sent:
            if name not in declared and (operation.operation_id, "query", name) not in self.known_extras:
                found.append(f"query parameter {name} is not declared")
        path_parameters = [p for p in parameters if p.get("in") == "path"]
        if path_parameters and not all(p.get("type") == "string" for p in path_parameters):
            found.append("a path parameter is not a string")
        return found

    def _body_problems(
        self, operation: Operation, parameters: list[JsonObject], request: RecordedRequest
    ) -> list[str]:
        body_parameter = next((p for p in parameters if p.get("in") == "body"), None)
        if body_parameter is None:
            return [] if not request.body else ["a body is sent, but the operation declares none"]
        if not request.body:
            return ["the body is required"] if body_parameter.get("required") else []
        media = request.headers.get("content-type", "").split(";")[0].strip()
        consumes = operation.spec.get("consumes") or self.swagger.get("consumes") or ["application/json"]
        found = [] if media in consumes else [f"Content-Type {media!r} is not one of {consumes}"]
        try:
            body = request.json
        except ValueError:
            return [*found, "the body is not JSON"]
        schema = body_parameter["schema"]
        if "x-ms-dynamic-schema" in schema and "type" not in schema:
            # The model is served at run time only (GetSchema): nothing to check but that it is an object.
            return found if isinstance(body, dict) else [*found, "the body must be a JSON object"]
        validator = Draft4Validator({**schema, "definitions": self.swagger.get("definitions", {})})
        for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
            location = "$" + "".join(f"[{p!r}]" for p in error.absolute_path)
            found.append(f"body {location}: {error.message}")
        definition = schema.get("$ref", "").rsplit("/", 1)[-1]
        if definition:
            found += [f"body {line}" for line in required_if_problems(self.swagger, definition, body)]
        return found


def _basic_problems(header: str, credentials: tuple[str, str] | None) -> list[str]:
    if not header.startswith("Basic "):
        return ["Authorization is not HTTP Basic"]
    try:
        decoded = base64.b64decode(header[6:], validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return ["Authorization Basic is not base64 of user:password"]
    if ":" not in decoded:
        return ["Authorization Basic has no user:password pair"]
    if credentials is not None and tuple(decoded.split(":", 1)) != credentials:
        return ["Authorization Basic carries other credentials"]
    return []


def _scalar_problems(value: str, parameter: JsonObject) -> list[str]:
    kind = parameter.get("type")
    if kind == "boolean" and value not in {"true", "false"}:
        return [f"{value!r} is not a boolean"]
    if kind == "integer" and not re.fullmatch(r"-?\d+", value):
        return [f"{value!r} is not an integer"]
    if parameter.get("format") == "guid" or "(Guid)" in parameter.get("description", ""):
        try:
            uuid.UUID(value)
        except ValueError:
            return [f"{value!r} is not a GUID"]
    if "enum" in parameter and value not in [str(item) for item in parameter["enum"]]:
        return [f"{value!r} is not one of {parameter['enum']}"]
    return []


# --- "required if" sentences --------------------------------------------------------------------------
# Every description that says a property is required (under a condition) becomes a rule. A sentence the
# classifier does not recognise raises, so the Swagger gaining a rule fails the test until it is understood.

Rule = Callable[[JsonObject], str | None]  # the containing object -> a problem, or None


def _present(item: JsonObject, name: str) -> bool:
    return item.get(name) not in (None, "", [])


def _required(name: str) -> Rule:
    return lambda item: None if _present(item, name) else f"{name} is required"


def _either(first: str, second: str) -> Rule:
    def rule(item: JsonObject) -> str | None:
        return None if _present(item, first) or _present(item, second) else f"{first} or {second} is required"

    return rule


def _required_when(name: str, other: str, values: frozenset[object], what: str) -> Rule:
    def rule(item: JsonObject) -> str | None:
        if item.get(other) in values and not _present(item, name):
            return f"{name} is required when {other} is {what}"
        return None

    return rule


def _percent(name: str) -> Rule:
    def rule(item: JsonObject) -> str | None:
        value = item.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= 100:
            return f"{name} must be an integer from 0 to 100"
        return None

    return rule


_SIGNATURE_IN_PERSON = frozenset({3})
_EACH_TIME_OR_REGULARLY = frozenset({2, 3})
_REGULARLY = frozenset({3})


def classify(definition: str, name: str, description: str) -> list[Rule]:
    """The rules one property description states (empty when it states none)."""
    text = " ".join(description.split())
    rules: list[Rule] = []
    if "only integers from 0-100" in text:
        rules.append(_percent(name))
    if "required" not in text.lower():
        return rules
    if text.startswith("Either one of the following must be filled in"):
        return rules  # our_signer_list / partner_signer_list: checked on the request (_request_rules)
    if "either your email address or" in text.lower():
        other = "phone_number" if name == "email" else "email"
        return [*rules, _either(name, other)]
    if 'Sign type "Signature in person"' in text:
        return [*rules, _required_when(name, "sign_type", _SIGNATURE_IN_PERSON, "3 (signature in person)")]
    if 'Payment type " Each time, Regularly"' in text:
        return [*rules, _required_when(name, "payment_type", _EACH_TIME_OR_REGULARLY, "2 or 3")]
    if 'Payment type "Regularly"' in text:
        return [*rules, _required_when(name, "payment_type", _REGULARLY, "3 (regularly)")]
    if definition == "RequestSignatureRequest":
        return rules  # list-level sentences: checked on the request (_request_rules)
    if re.match(r"^If you (enter|designate) [^,]+, (it is required|either)", text):
        return [*rules, _required(name)]
    raise ValueError(f"{definition}.{name}: a 'required' sentence the checker does not understand: {text}")


def rules_of(swagger: JsonObject, definition: str) -> dict[str, list[Rule]]:
    properties = swagger["definitions"][definition].get("properties", {})
    return {
        name: rules
        for name, spec in properties.items()
        if (rules := classify(definition, name, spec.get("description", "")))
    }


def _request_rules(body: JsonObject) -> list[str]:
    """The list-level sentences of RequestSignatureRequest."""
    found = []
    ours, partners = body.get("our_signer_list") or [], body.get("partner_signer_list") or []
    if not ours and not partners:
        found.append('either "our_signer_list" or "partner_signer_list" must be filled in')
    if ours and not body.get("in_house_signer_envelope_documents_list"):
        found.append("in_house_signer_envelope_documents_list is required with our_signer_list")
    # "If you enter Partner signer document list, it is required" names itself; read as: with partners [INF].
    if partners and not body.get("partner_signer_document_list"):
        found.append("partner_signer_document_list is required with partner_signer_list")
    emails = {s.get("email") for s in ours if isinstance(s, dict)}
    contacts = {s.get(k) for s in partners if isinstance(s, dict) for k in ("email", "phone_number")}
    for key, allowed in (
        ("in_house_signer_envelope_documents_list", emails),
        ("partner_signer_document_list", contacts),
    ):
        for index, item in enumerate(body.get(key) or []):
            if isinstance(item, dict) and item.get("signer_no") not in allowed - {None, ""}:
                found.append(f"{key}[{index}].signer_no is not the email/phone of a signer in its list")
    return found


def required_if_problems(swagger: JsonObject, definition: str, value: Any, path: str = "$") -> list[str]:
    """Every "required if" rule broken in `value` (an instance of `definition`) and what it contains."""
    if not isinstance(value, dict):
        return []
    found = (
        [f"{path}: {line}" for line in _request_rules(value)]
        if definition == "RequestSignatureRequest"
        else []
    )
    for rules in rules_of(swagger, definition).values():
        found += [f"{path}: {problem}" for rule in rules if (problem := rule(value))]
    for name, spec in swagger["definitions"][definition].get("properties", {}).items():
        child = spec.get("items", spec).get("$ref", "").rsplit("/", 1)[-1]
        if not child or name not in value:
            continue
        items = value[name] if isinstance(value[name], list) else [value[name]]
        for index, item in enumerate(items):
            found += required_if_problems(swagger, child, item, f"{path}.{name}[{index}]")
    return found

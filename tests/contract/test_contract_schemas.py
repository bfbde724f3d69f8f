"""The schemas in this folder transcribe the reference: check them against it, and check the checker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contract import assently_schemas, gmosign_schemas
from tests.contract.checker import problems
from tests.reference import reference_json


def _swagger() -> dict[str, Any]:
    result: dict[str, Any] = reference_json("gmosign", "apiDefinition.swagger.json")
    return result


@pytest.mark.parametrize("definition", sorted(gmosign_schemas.SWAGGER_DEFINITIONS))
def test_gmo_schema_names_exactly_the_swagger_properties(definition: str) -> None:
    swagger_properties = set(_swagger()["definitions"][definition]["properties"])
    schema = gmosign_schemas.SWAGGER_DEFINITIONS[definition]
    assert set(schema["properties"]) == swagger_properties
    # At least what the swagger requires; a response schema may also insist on what the sandbox always sends.
    assert set(schema["required"]) >= set(_swagger()["definitions"][definition].get("required", []))


def test_gmo_connect_responses_match_the_swagger_paths() -> None:
    paths = _swagger()["paths"]
    created = paths["/customer/connect"]["post"]["responses"]["201"]["schema"]["properties"]
    deleted = paths["/customer/connect/{connectId}"]["delete"]["responses"]["200"]["schema"]["properties"]
    assert set(gmosign_schemas.CONNECT_CREATED["properties"]) == set(created)
    assert set(gmosign_schemas.CONNECT_DELETED["properties"]) == set(deleted)


@pytest.mark.parametrize("sample", ["v2-getcase-200-2019.json"])
def test_recorded_case_conforms_and_names_every_property(sample: str) -> None:
    body = reference_json("assently", "samples", sample)["body"]
    # The recording's PartyUrl points at test.assently.com and its Id is a GUID: both fit the schema.
    assert problems(body, assently_schemas.CASE) == []
    assert set(assently_schemas.CASE["required"]) == set(body)


@pytest.mark.parametrize("sample", ["v2-getcase-404-2017.json"])
def test_recorded_error_conforms(sample: str) -> None:
    body = reference_json("assently", "samples", sample)["body"]
    assert problems(body, assently_schemas.ERROR) == []


def test_checker_reports_type_enum_required_and_extra_properties() -> None:
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": ["a", "b"],
        "properties": {"a": {"type": "integer"}, "b": {"type": "string", "enum": ["x"]}},
    }
    assert problems({"a": 1, "b": "x"}, schema) == []
    found = problems({"a": True, "b": "y", "c": 0}, schema)
    assert any("$.a: expected integer" in line for line in found)
    assert any("'y' not in" in line for line in found)
    assert any("unexpected property 'c'" in line for line in found)
    assert problems({}, schema) == ["$: missing 'a'", "$: missing 'b'"]


def test_no_test_reads_the_reference_by_an_absolute_path() -> None:
    """The contract tests run wherever `make test` runs: the reference is found relative to the repository."""
    root = Path(__file__).resolve().parents[2]
    marker = "/work/" + "shared"  # split, so this file does not match itself
    offenders = [
        str(path.relative_to(root))
        for folder in ("tests", "benchmarks", "esign_desktop")
        for path in (root / folder).rglob("*.py")
        if marker in path.read_text(encoding="utf-8")
    ]
    assert offenders == []

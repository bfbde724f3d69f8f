"""A small JSON Schema subset checker: type (or list of types), properties, required, items, enum,
additionalProperties: false, minLength, pattern. Enough for the contracts in this folder, no dependency."""

from __future__ import annotations

import re
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _is_type(value: Any, name: str) -> bool:
    if name in {"integer", "number"} and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[name])


def problems(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Every way `value` breaks `schema`, as readable lines; empty when it conforms."""
    found: list[str] = []
    expected = schema.get("type")
    if expected is not None:
        names = expected if isinstance(expected, list) else [expected]
        if not any(_is_type(value, name) for name in names):
            return [f"{path}: expected {'|'.join(names)}, got {type(value).__name__} {value!r:.60}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            found.append(f"{path}: shorter than {schema['minLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        properties: dict[str, Any] = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{path}: missing {name!r}")
        for name, item in value.items():
            if name in properties:
                found += problems(item, properties[name], f"{path}.{name}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}: unexpected property {name!r}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += problems(item, schema["items"], f"{path}[{index}]")
    return found


def assert_conforms(value: Any, schema: dict[str, Any]) -> None:
    found = problems(value, schema)
    assert not found, "response does not match its contract:\n" + "\n".join(found)

"""Reading untrusted JSON: each accessor checks the shape and raises MalformedResponse naming the problem."""

from __future__ import annotations

from collections.abc import Mapping

from esign_desktop.domain.errors import Phrase
from esign_desktop.providers import error_templates as templates
from esign_desktop.providers.errors import MalformedResponse

JsonObject = Mapping[str, object]


def expect_object(value: object, what: str) -> JsonObject:
    """`what`: the part of the answer, one of error_templates.ANSWER_PARTS ("the case")."""
    if not isinstance(value, Mapping):
        raise MalformedResponse(templates.NOT_AN_OBJECT, Phrase(what))
    return value


def expect_list(value: object, what: str) -> list[object]:
    """`what`: the part of the answer, one of error_templates.ANSWER_PARTS."""
    if not isinstance(value, list):
        raise MalformedResponse(templates.NOT_A_LIST, Phrase(what))
    return value


def optional_list(data: JsonObject, key: str) -> list[object]:
    value = data.get(key)
    if value is not None and not isinstance(value, list):
        raise MalformedResponse(templates.FIELD_NOT_A_LIST, key)
    return [] if value is None else value


def optional_object(data: JsonObject, key: str) -> JsonObject:
    value = data.get(key)
    if value is not None and not isinstance(value, Mapping):
        raise MalformedResponse(templates.FIELD_NOT_AN_OBJECT, key)
    return {} if value is None else value


def required_str(data: JsonObject, key: str) -> str:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise MalformedResponse(templates.FIELD_MISSING, key)
    return str(value)


def optional_str(data: JsonObject, key: str) -> str:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return ""
    return str(value) if isinstance(value, str | int | float) else ""


def optional_int(data: JsonObject, key: str) -> int | None:
    value = data.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def optional_bool(data: JsonObject, key: str) -> bool:
    value = data.get(key)
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return value is True

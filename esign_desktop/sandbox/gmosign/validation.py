"""Field checks for GMO Sign request bodies, each failing with a message that names the offending path."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from esign_desktop.sandbox.errors import GmoError

FONT_SIZES = frozenset(
    {
        "7.5",
        "8",
        "9",
        "10",
        "10.5",
        "11",
        "12",
        "14",
        "16",
        "18",
        "20",
        "22",
        "24",
        "26",
        "28",
        "32",
        "36",
        "48",
        "72",
    }
)
LANGUAGES = frozenset({"ja", "en"})
YES_NO = (1, 2)


def invalid(message: str) -> GmoError:
    return GmoError(400, "400", message)


def object_at(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid(f"{path} must be an object.")
    return value


def list_at(body: dict[str, Any], key: str, path: str, required: bool = False) -> list[dict[str, Any]]:
    value = body.get(key)
    if value is None:
        if required:
            raise invalid(f"{path}{key} is required.")
        return []
    if not isinstance(value, list):
        raise invalid(f"{path}{key} must be a list.")
    return [object_at(item, f"{path}{key}[{index}]") for index, item in enumerate(value)]


def string_at(body: dict[str, Any], key: str, path: str, required: bool = False) -> str:
    value = body.get(key)
    if value is None or value == "":
        if required:
            raise invalid(f"{path}{key} is required.")
        return ""
    if not isinstance(value, str):
        raise invalid(f"{path}{key} must be a string.")
    return value


def int_at(
    body: dict[str, Any], key: str, path: str, allowed: Collection[int] | None = None, required: bool = False
) -> int | None:
    value = body.get(key)
    if value is None:
        if required:
            raise invalid(f"{path}{key} is required.")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(f"{path}{key} must be an integer.")
    if allowed is not None and value not in allowed:
        raise invalid(f"{path}{key} must be one of {', '.join(str(item) for item in allowed)}.")
    return value


def str_enum_at(body: dict[str, Any], key: str, path: str, allowed: Collection[str]) -> str | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or value not in allowed:
        raise invalid(f"{path}{key} must be one of {', '.join(sorted(allowed))} (as a string).")
    return value


def order_at(
    body: dict[str, Any], key: str, path: str, default: int, *, text: bool, required: bool = False
) -> int:
    """order_no as the Swagger declares it: a string in the signer lists and the template's approver_list
    (`text`), an integer in the signature request's approver_list. Strings stay strings."""
    value = body.get(key)
    if value is None or value == "":
        if required:
            raise invalid(f"{path}{key} is required.")
        return default
    if text:
        if isinstance(value, str) and value.isdigit():
            return int(value)
        raise invalid(f'{path}{key} must be a whole number written as a string, such as "1".')
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise invalid(f"{path}{key} must be a whole number (an integer, not a string).")


def point_at(item: dict[str, Any], prefix: str, path: str, page_count: int) -> tuple[int, int, int, int, int]:
    """(page_no, start_x, start_y, end_x, end_y); integers 0..100, start <= end, the page exists."""
    values = []
    for axis in ("start_x", "start_y", "end_x", "end_y"):
        key = f"{prefix}_{axis}"
        value = int_at(item, key, path, required=True)
        assert value is not None
        if not 0 <= value <= 100:
            raise invalid(f"{path}{key} must be an integer from 0 to 100 (percent of the page).")
        values.append(value)
    start_x, start_y, end_x, end_y = values
    if start_x > end_x:
        raise invalid(f"{path}{prefix}_start_x must not be greater than {prefix}_end_x.")
    if start_y > end_y:
        raise invalid(f"{path}{prefix}_start_y must not be greater than {prefix}_end_y.")
    page_no = int_at(item, "page_no", path, required=True)
    assert page_no is not None
    if not 1 <= page_no <= page_count:
        raise invalid(
            f"{path}page_no {page_no} does not exist: the document has {page_count} page(s), numbered from 1."
        )
    return page_no, start_x, start_y, end_x, end_y


def check_font_size(item: dict[str, Any], path: str) -> None:
    str_enum_at(item, "font_size", path, FONT_SIZES)

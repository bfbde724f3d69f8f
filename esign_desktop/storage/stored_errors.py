"""An error kept in a text column (the reason a record was set aside) as its template and values, so that
the window can say it in its language later (domain/errors.py, ui/error_text.py).

The column holds a JSON object: the English sentence first (`message`, what an older version of the app shows
as it is), then the template, the values (a Phrase as {"phrase": …}, an error inside the sentence as
{"error": {…}}) and the subject. Rows written before hold the English sentence only: `error_from_column`
gives None for them, and the sentence is shown as written.
"""

from __future__ import annotations

import json

from esign_desktop.domain.errors import AppError, Phrase

_MAX_DEPTH = 4  # an error inside an error inside …: deeper than any we build


def error_column(error: AppError) -> str:
    """The text to store for `error`."""
    return json.dumps(_plain(error), ensure_ascii=False)


def error_from_column(text: str) -> AppError | None:
    """The error stored by `error_column`; None for a plain English sentence (an older row) or anything
    unreadable. Never raises for the column's content."""
    if not text.startswith("{"):
        return None
    try:
        return _error(json.loads(text), _MAX_DEPTH)
    except (ValueError, TypeError, KeyError, RecursionError):
        return None


def english_of_column(text: str) -> str:
    """The English sentence of a stored error, or the older row's sentence as it is."""
    error = error_from_column(text)
    return text if error is None else error.message


def _plain(error: AppError) -> dict[str, object]:
    return {
        "message": error.message,
        "template": error.template,
        "values": [_plain_value(value) for value in error.values],
        "subject": error.subject,
    }


def _plain_value(value: str | AppError) -> object:
    if isinstance(value, AppError):
        return {"error": _plain(value)}
    if isinstance(value, Phrase):
        return {"phrase": str(value)}
    return value


def _error(data: object, depth: int) -> AppError:
    if depth <= 0 or not isinstance(data, dict):
        raise ValueError("not a stored error")
    template, values, subject = data["template"], data["values"], data.get("subject", "")
    if not isinstance(template, str) or not isinstance(values, list) or not isinstance(subject, str):
        raise ValueError("not a stored error")
    return AppError(template, *(_value(value, depth) for value in values), subject=subject)


def _value(data: object, depth: int) -> str | AppError:
    if isinstance(data, str):
        return data
    if isinstance(data, dict) and isinstance(data.get("phrase"), str):
        return Phrase(data["phrase"])
    if isinstance(data, dict) and "error" in data:
        return _error(data["error"], depth - 1)
    raise ValueError("not a stored value")

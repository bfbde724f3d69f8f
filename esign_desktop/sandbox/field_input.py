"""What a party enters in its own fields when it signs (signing page or control API), checked and applied.

Fields are addressed by their index in `Envelope.fields` (as the control API lists them). Text and date take
text; a date left empty becomes the signing date; a checkbox is ticked by a true value ("on", "true", "1",
"yes" or JSON true) and unticked by anything else. A field the request does not mention keeps what it has.
Required fields must be filled (ticked) or the signature is refused with a message naming each field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from esign_desktop.sandbox.envelope import Envelope, PlacedField
from esign_desktop.sandbox.lifecycle import LifecycleError

MAX_TEXT_LENGTH = 500
_TRUE_WORDS = frozenset({"on", "true", "1", "yes"})

FieldValues = Mapping[str, str | bool]


class FieldInputError(LifecycleError):
    """The values a party entered cannot be accepted; the message says which field and why."""


def own_fields(envelope: Envelope, party_id: str) -> list[tuple[int, PlacedField]]:
    """The fields this party fills, with their indices."""
    return [
        (index, placed)
        for index, placed in enumerate(envelope.fields)
        if placed.party_id == party_id and placed.editable
    ]


def describe(placed: PlacedField) -> str:
    return f"the {'required ' if placed.required else ''}{placed.kind} field on page {placed.page_no}"


def apply_field_values(envelope: Envelope, party_id: str, values: FieldValues, signed_at: datetime) -> None:
    """Check `values` against the party's own fields and store them; FieldInputError lists every problem
    (nothing is stored then)."""
    fields = dict(own_fields(envelope, party_id))
    problems = [
        f"Field {key} is not one of your fields (yours: {', '.join(map(str, fields)) or 'none'})."
        for key in values
        if not key.isdigit() or int(key) not in fields
    ]
    updates: dict[int, tuple[str, bool]] = {}
    for index, placed in fields.items():
        raw = values.get(str(index))
        if placed.kind == "checkbox":
            checked = placed.checked if raw is None else _is_true(raw)
            if placed.required and not checked:
                problems.append(f"Tick {describe(placed)}.")
            updates[index] = (placed.text, checked)
            continue
        text = placed.text if raw is None else (raw if isinstance(raw, str) else "")
        text = " ".join(text.split())
        if not text and placed.kind == "date":
            text = signed_at.strftime("%Y-%m-%d")
        if len(text) > MAX_TEXT_LENGTH:
            problems.append(f"Shorten {describe(placed)} to {MAX_TEXT_LENGTH} characters.")
        elif placed.required and not text:
            problems.append(f"Fill in {describe(placed)}.")
        updates[index] = (text, placed.checked)
    if problems:
        raise FieldInputError(" ".join(problems))
    for index, (text, checked) in updates.items():
        envelope.fields[index].text = text
        envelope.fields[index].checked = checked


def _is_true(value: str | bool) -> bool:
    if isinstance(value, bool):
        return value
    return value.strip().lower() in _TRUE_WORDS

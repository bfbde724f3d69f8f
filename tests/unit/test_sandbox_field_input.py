"""What a signer enters in its own fields: checked, then stored (or nothing stored, every problem named)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from esign_desktop.sandbox.envelope import Envelope, Party, Phase, PlacedField, Provider
from esign_desktop.sandbox.field_input import MAX_TEXT_LENGTH, FieldInputError, apply_field_values, own_fields

NOW = datetime(2026, 5, 6, 7, 8, tzinfo=UTC)


def field(kind: str, party: str | None = "p", **extra: object) -> PlacedField:
    return PlacedField("d", 2, 0.1, 0.1, 0.3, 0.2, kind, party_id=party, **extra)  # type: ignore[arg-type]


def envelope(*fields: PlacedField) -> Envelope:
    return Envelope(
        Provider.GMOSIGN, "e", "E", Phase.SENT, "2026-01-01T00:00:00", 0,
        parties=[Party("p", "P", "p@example.com", "t"), Party("q", "Q", "q@example.com", "u")],
        fields=list(fields),
    )  # fmt: skip


def test_only_the_partys_editable_fields_are_its_own() -> None:
    env = envelope(
        field("text", editable=True),
        field("text"),  # fixed value
        field("text", party="q", editable=True),
        field("signature"),
    )
    assert [index for index, _ in own_fields(env, "p")] == [0]


def test_values_are_stored_and_an_empty_date_becomes_the_signing_date() -> None:
    env = envelope(
        field("text", editable=True),
        field("date", editable=True),
        field("checkbox", editable=True),
        field("checkbox", editable=True, checked=True),
    )
    apply_field_values(env, "p", {"0": "  two   words \n", "2": True, "3": "off"}, NOW)
    assert [f.text for f in env.fields[:2]] == ["two words", "2026-05-06"]
    assert [f.checked for f in env.fields[2:]] == [True, False]


def test_a_field_not_mentioned_keeps_what_it_has() -> None:
    env = envelope(
        field("checkbox", editable=True, checked=True), field("date", editable=True, text="2026-01-02")
    )
    apply_field_values(env, "p", {}, NOW)
    assert env.fields[0].checked
    assert env.fields[1].text == "2026-01-02"


def test_every_problem_is_named_and_nothing_is_stored() -> None:
    env = envelope(
        field("text", editable=True, required=True),
        field("checkbox", editable=True, required=True),
        field("text", editable=True),
        field("text", party="q", editable=True),
    )
    with pytest.raises(FieldInputError) as raised:
        apply_field_values(env, "p", {"2": "x" * (MAX_TEXT_LENGTH + 1), "3": "not mine", "9": "?"}, NOW)
    message = str(raised.value)
    assert "Field 3 is not one of your fields (yours: 0, 1, 2)" in message
    assert "Field 9 is not one of your fields" in message
    assert "Fill in the required text field on page 2." in message
    assert "Tick the required checkbox field on page 2." in message
    assert f"Shorten the text field on page 2 to {MAX_TEXT_LENGTH} characters." in message
    assert [f.text for f in env.fields] == ["", "", "", ""]

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, ProviderKind
from esign_desktop.storage.codec import (
    CodecError,
    envelope_from_json,
    envelope_to_json,
    from_json,
    to_json,
)
from tests.strategies import envelopes, page_rects


@given(envelopes())
def test_envelope_round_trip_is_identical(envelope: Envelope) -> None:
    assert envelope_from_json(envelope_to_json(envelope)) == envelope


@given(page_rects())
def test_page_rect_round_trip_keeps_every_bit(rect: PageRect) -> None:
    field = Field(id="f", kind=FieldKind.SIGNATURE, document=0, page=1, rect=rect)
    assert from_json(Field, to_json(field)).rect == rect


def test_datetimes_are_written_in_utc_with_microseconds() -> None:
    envelope = Envelope(
        local_id="e", provider=ProviderKind.ASSENTLY, created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    )
    plain = json.loads(envelope_to_json(envelope))["value"]
    assert plain["created_at"] == "2026-01-02T03:04:05.000000+00:00"
    assert plain["status"] == "draft"


def test_naive_datetime_is_refused() -> None:
    envelope = Envelope(local_id="e", provider=ProviderKind.ASSENTLY, created_at=datetime(2026, 1, 2))
    with pytest.raises(ValueError, match="naive"):
        envelope_to_json(envelope)


def test_unknown_keys_are_ignored_and_missing_ones_take_defaults() -> None:
    text = json.dumps(
        {"format": 1, "value": {"local_id": "e", "provider": "gmosign", "added_by_a_newer_version": [1, 2]}}
    )
    envelope = envelope_from_json(text)
    assert envelope.local_id == "e"
    assert envelope.provider is ProviderKind.GMOSIGN
    assert envelope.documents == ()


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        json.dumps({"format": 99, "value": {}}),
        json.dumps({"format": 1, "value": {"provider": "gmosign"}}),  # local_id is required
        json.dumps({"format": 1, "value": {"local_id": "e", "provider": "fax"}}),
        json.dumps({"format": 1, "value": {"local_id": 5, "provider": "gmosign"}}),
        json.dumps(
            {"format": 1, "value": {"local_id": "e", "provider": "gmosign", "expire_after_days": True}}
        ),
        json.dumps({"format": 1, "value": {"local_id": "e", "provider": "gmosign", "sent_at": "yesterday"}}),
        json.dumps(
            {"format": 1, "value": {"local_id": "e", "provider": "gmosign", "sent_at": "2026-01-01T00:00"}}
        ),
        json.dumps(
            {
                "format": 1,
                "value": {
                    "local_id": "e",
                    "provider": "gmosign",
                    "fields": [
                        {
                            "id": "f",
                            "kind": "text",
                            "document": 0,
                            "page": 1,
                            "rect": {"x0": 0.5, "y0": 0, "x1": 0.1, "y1": 1},
                        }
                    ],
                },
            }
        ),
    ],
)
def test_damaged_records_raise_codec_error(text: str) -> None:
    with pytest.raises(CodecError):
        envelope_from_json(text)


def test_codec_error_does_not_quote_the_stored_content() -> None:
    text = json.dumps(
        {"format": 1, "value": {"local_id": "e", "provider": "gmosign", "sent_at": "hunter2-secret"}}
    )
    with pytest.raises(CodecError) as caught:
        envelope_from_json(text)
    assert "hunter2" not in str(caught.value)

"""Plain domain behaviour: rectangles, progress, statuses."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus


@pytest.mark.parametrize(
    "values",
    [
        (0.5, 0.1, 0.5, 0.2),
        (0.1, 0.2, 0.3, 0.2),
        (-0.1, 0, 0.2, 0.2),
        (0, 0, 1.01, 0.5),
        (0, 0, math.nan, 0.5),
    ],
)
def test_page_rect_rejects_empty_outside_or_non_finite(values: tuple[float, float, float, float]) -> None:
    with pytest.raises(ValueError, match="rectangle"):
        PageRect(*values)


def test_from_corners_orders_and_clamps_a_drag_in_any_direction() -> None:
    assert PageRect.from_corners(0.6, 0.9, -0.2, 0.3) == PageRect(0.0, 0.3, 0.6, 0.9)


def test_moved_by_stops_at_the_page_edge_without_resizing() -> None:
    rect = PageRect(0.8, 0.1, 0.9, 0.2).moved_by(0.5, -0.5)
    assert rect == PageRect(0.9, 0.0, 1.0, 0.1)


def test_signing_progress_counts_signers_only() -> None:
    parties = (
        Party(id="a", status=PartyStatus.SIGNED),
        Party(id="b", status=PartyStatus.WAITING),
        Party(id="c", role=PartyRole.APPROVER, status=PartyStatus.APPROVED),
    )
    envelope = Envelope(local_id="e", provider=ProviderKind.ASSENTLY, parties=parties)
    assert envelope.signing_progress == (1, 2)


def test_metadata_cannot_be_changed_behind_the_envelopes_back() -> None:
    source = {"case": "42"}
    envelope = Envelope(local_id="e", provider=ProviderKind.ASSENTLY, metadata=source)
    source["case"] = "43"
    assert envelope.metadata == {"case": "42"}
    with pytest.raises(TypeError):
        envelope.metadata["case"] = "44"  # type: ignore[index]
    assert replace(envelope, name="x").metadata == {"case": "42"}


def test_final_statuses() -> None:
    assert {s for s in EnvelopeStatus if s.is_final} == {
        EnvelopeStatus.COMPLETED,
        EnvelopeStatus.REJECTED,
        EnvelopeStatus.RECALLED,
        EnvelopeStatus.EXPIRED,
        EnvelopeStatus.DELETED,
        EnvelopeStatus.FAILED,
    }
    assert all(s.label for s in EnvelopeStatus)

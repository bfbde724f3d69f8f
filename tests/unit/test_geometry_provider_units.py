"""Displayed fractions <-> GMO Sign's integer percent grid, and the snapping the editor shows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esign_desktop.domain.geometry import (
    GMOSIGN_UNITS,
    GridConvention,
    GridPlacement,
    Origin,
    PageRect,
    snap_to_grid,
)


@st.composite
def page_rects(draw: st.DrawFn) -> PageRect:
    x0, y0 = draw(st.floats(0, 0.999999)), draw(st.floats(0, 0.999999))
    x1 = draw(st.floats(x0, 1.0).filter(lambda v: v > x0))
    y1 = draw(st.floats(y0, 1.0).filter(lambda v: v > y0))
    return PageRect(x0, y0, x1, y1)


def test_gmosign_convention_is_percent_top_left_one_based() -> None:
    assert GMOSIGN_UNITS.divisions == 100
    assert GMOSIGN_UNITS.origin is Origin.TOP_LEFT
    assert GMOSIGN_UNITS.first_page_no == 1


@pytest.mark.parametrize(
    ("rect", "expected"),
    [
        (PageRect(0.1, 0.2, 0.3, 0.45), (10, 20, 30, 45)),
        (PageRect(0.104, 0.206, 0.296, 0.455), (10, 21, 30, 46)),  # nearest, halves up
        (PageRect(0.501, 0.502, 0.503, 0.504), (50, 50, 51, 51)),  # thinner than 1 %: widened to 1 unit
        (PageRect(0.998, 0.996, 1.0, 1.0), (99, 99, 100, 100)),  # widened inwards at the far edge
        (PageRect(0.0, 0.0, 0.001, 0.002), (0, 0, 1, 1)),
        (PageRect(0.0, 0.0, 1.0, 1.0), (0, 0, 100, 100)),
    ],
)
def test_rounding_rule_examples(rect: PageRect, expected: tuple[int, int, int, int]) -> None:
    placement = GMOSIGN_UNITS.to_units(rect, page=3)

    assert placement == GridPlacement(3, *expected)


def test_bottom_left_convention_flips_y_and_keeps_start_below_end() -> None:
    convention = GridConvention(name="flipped", origin=Origin.BOTTOM_LEFT, first_page_no=0)

    placement = convention.to_units(PageRect(0.1, 0.2, 0.3, 0.45), page=1)

    assert placement == GridPlacement(0, 10, 55, 30, 80)
    assert convention.from_units(placement) == (1, PageRect(0.1, 0.2, 0.3, 0.45))


def test_page_numbers_below_one_are_refused() -> None:
    with pytest.raises(ValueError, match="start at 1"):
        GMOSIGN_UNITS.to_units(PageRect(0.1, 0.1, 0.2, 0.2), page=0)


def test_out_of_range_units_from_the_service_are_refused() -> None:
    with pytest.raises(ValueError, match=r"0\.\.100"):
        GMOSIGN_UNITS.from_units(GridPlacement(1, 0, 0, 101, 50))


@pytest.mark.parametrize("step", [0, -0.1, 0.03, 1.5])
def test_snap_to_grid_refuses_steps_that_do_not_divide_the_page(step: float) -> None:
    with pytest.raises(ValueError, match="grid step"):
        snap_to_grid(PageRect(0.1, 0.1, 0.2, 0.2), step)


def test_snap_to_grid_with_a_coarser_step() -> None:
    assert snap_to_grid(PageRect(0.11, 0.26, 0.39, 0.27), 0.1) == PageRect(0.1, 0.3, 0.4, 0.4)


@given(rect=page_rects(), page=st.integers(1, 500))
def test_units_are_in_range_and_never_empty(rect: PageRect, page: int) -> None:
    placement = GMOSIGN_UNITS.to_units(rect, page)

    assert placement.page_no == page
    for start, end in ((placement.start_x, placement.end_x), (placement.start_y, placement.end_y)):
        assert 0 <= start < end <= 100


@given(rect=page_rects())
def test_snapping_is_idempotent_and_is_what_the_service_gets(rect: PageRect) -> None:
    snapped = GMOSIGN_UNITS.snap(rect)

    assert GMOSIGN_UNITS.snap(snapped) == snapped
    assert GMOSIGN_UNITS.to_units(snapped, 1) == GMOSIGN_UNITS.to_units(rect, 1)
    assert GMOSIGN_UNITS.from_units(GMOSIGN_UNITS.to_units(rect, 7)) == (7, snapped)


@given(rect=page_rects())
def test_snapping_moves_edges_by_half_a_unit_unless_widened(rect: PageRect) -> None:
    snapped = GMOSIGN_UNITS.snap(rect)
    widened_x = round(snapped.width * 100) == 1
    widened_y = round(snapped.height * 100) == 1
    limits = (0.015 if widened_x else 0.005, 0.015 if widened_y else 0.005) * 2

    for before, after, limit in zip(
        (rect.x0, rect.y0, rect.x1, rect.y1),
        (snapped.x0, snapped.y0, snapped.x1, snapped.y1),
        limits,
        strict=True,
    ):
        assert abs(before - after) <= limit + 1e-12


@given(
    placement=st.builds(
        GridPlacement,
        page_no=st.integers(1, 999),
        start_x=st.integers(0, 99),
        start_y=st.integers(0, 99),
        end_x=st.integers(1, 100),
        end_y=st.integers(1, 100),
    ).filter(lambda p: p.start_x < p.end_x and p.start_y < p.end_y)
)
def test_units_round_trip_exactly(placement: GridPlacement) -> None:
    page, rect = GMOSIGN_UNITS.from_units(placement)

    assert GMOSIGN_UNITS.to_units(rect, page) == placement


# -- conventions an account can store (placement calibration) ----------------------------------------------


def test_an_account_without_a_stored_convention_uses_our_reading() -> None:
    from esign_desktop.domain.geometry.provider_units import CONVENTIONS, convention_named

    assert convention_named("") is GMOSIGN_UNITS
    assert set(CONVENTIONS) == {"top-left", "bottom-left", "unrotated-page"}
    with pytest.raises(ValueError, match="unknown coordinate convention"):
        convention_named("upside-down")


def test_unrotated_page_fractions_by_hand() -> None:
    from esign_desktop.domain.geometry.provider_units import displayed_to_unrotated

    rect = PageRect(0.10, 0.20, 0.30, 0.50)
    # /Rotate 90: the stored page's left edge is the displayed top edge.
    assert _corners(displayed_to_unrotated(rect, 90)) == pytest.approx((0.20, 0.70, 0.50, 0.90))
    assert _corners(displayed_to_unrotated(rect, 180)) == pytest.approx((0.70, 0.50, 0.90, 0.80))
    assert _corners(displayed_to_unrotated(rect, 270)) == pytest.approx((0.50, 0.10, 0.80, 0.30))
    assert displayed_to_unrotated(rect, 0) == rect


@given(
    st.floats(0, 0.9),
    st.floats(0, 0.9),
    st.floats(0.01, 0.1),
    st.floats(0.01, 0.1),
    st.sampled_from([0, 90, 180, 270]),
)
def test_every_stored_convention_round_trips_on_every_rotation(
    x: float, y: float, w: float, h: float, rotation: int
) -> None:
    from esign_desktop.domain.geometry.provider_units import CONVENTIONS

    rect = GMOSIGN_UNITS.snap(PageRect(x, y, min(x + w, 1.0), min(y + h, 1.0)))
    for convention in CONVENTIONS.values():
        page, back = convention.from_units(convention.to_units(rect, 2, rotation), rotation)
        assert page == 2
        assert _corners(back) == pytest.approx(_corners(rect), abs=1e-9)


def test_the_bottom_left_convention_sends_y_from_the_bottom() -> None:
    from esign_desktop.domain.geometry.provider_units import GMOSIGN_BOTTOM_LEFT, GMOSIGN_UNROTATED

    rect = PageRect(0.10, 0.12, 0.34, 0.24)
    assert GMOSIGN_BOTTOM_LEFT.to_units(rect, 1) == GridPlacement(1, 10, 76, 34, 88)
    assert GMOSIGN_UNROTATED.to_units(rect, 1, 90) == GridPlacement(1, 12, 66, 24, 90)
    assert GMOSIGN_UNROTATED.to_units(rect, 1, 0) == GMOSIGN_UNITS.to_units(rect, 1)


def _corners(rect: PageRect) -> tuple[float, float, float, float]:
    return rect.x0, rect.y0, rect.x1, rect.y1

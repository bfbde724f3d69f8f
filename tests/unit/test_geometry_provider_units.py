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

"""Displayed fractions <-> view pixels at a zoom level and device pixel ratio."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esign_desktop.domain.geometry import PageBox, PageRect, PageView, ViewRect


def test_a4_at_150_percent_on_a_200_percent_screen() -> None:
    width, height = PageBox.from_raw((0, 0, 595, 842), None, 90).displayed_size
    view = PageView(width, height, zoom=1.5, origin_x=20, origin_y=30, device_pixel_ratio=2.0)

    assert view.size == pytest.approx((1263.0, 892.5))
    assert view.render_size == (2526, 1785)
    assert view.to_view(PageRect(0.5, 0.25, 0.75, 0.5)) == ViewRect(651.5, 253.125, 315.75, 223.125)
    assert view.to_device(PageRect(0.5, 0.25, 0.75, 0.5)) == ViewRect(1263.0, 446.25, 631.5, 446.25)


def test_drag_outside_the_page_is_clamped() -> None:
    view = PageView(100, 200, zoom=2.0, origin_x=10, origin_y=10)

    rect = view.to_page_rect(ViewRect(-50, 110, 500, 1000))

    assert rect == PageRect(0.0, 0.25, 1.0, 1.0)


@pytest.mark.parametrize("bad", [0.0, -1.0, float("nan"), float("inf")])
def test_nonsense_zoom_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="zoom"):
        PageView(100, 100, zoom=bad)


views = st.builds(
    PageView,
    page_width=st.floats(10, 5000),
    page_height=st.floats(10, 5000),
    zoom=st.floats(0.1, 8),
    origin_x=st.floats(-2000, 2000),
    origin_y=st.floats(-20000, 20000),
    device_pixel_ratio=st.sampled_from([1.0, 1.25, 1.5, 2.0, 3.0]),
)


@given(view=views, u=st.floats(0, 1), v=st.floats(0, 1))
def test_pixel_round_trip(view: PageView, u: float, v: float) -> None:
    assert view.pixel_to_fraction(*view.fraction_to_pixel(u, v)) == pytest.approx((u, v), abs=1e-9)


@given(view=views, x0=st.floats(0, 0.5), y0=st.floats(0, 0.5), w=st.floats(0.01, 0.5), h=st.floats(0.01, 0.5))
def test_rect_round_trip(view: PageView, x0: float, y0: float, w: float, h: float) -> None:
    rect = PageRect(x0, y0, x0 + w, y0 + h)

    back = view.to_page_rect(view.to_view(rect))

    assert (back.x0, back.y0, back.x1, back.y1) == pytest.approx(
        (rect.x0, rect.y0, rect.x1, rect.y1), abs=1e-9
    )

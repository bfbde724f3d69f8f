"""Page boxes: normalisation as viewers do it, and displayed fractions <-> PDF user space."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esign_desktop.domain.geometry import (
    OutsidePageError,
    PageBox,
    PageGeometryError,
    PageRect,
    UserBox,
    normalise_rotation,
)

# A 600 x 800 MediaBox cropped to x 100..500, y 200..700 (400 wide, 500 tall): the crop offset matters.
MEDIA = (0.0, 0.0, 600.0, 800.0)
CROP = (100.0, 200.0, 500.0, 700.0)
FIELD = PageRect(0.1, 0.2, 0.3, 0.6)


# Hand-computed: rotation turns the page clockwise; the displayed top-left is the crop box's
# (left, top) at 0, (left, bottom) at 90, (right, bottom) at 180 and (right, top) at 270.
@pytest.mark.parametrize(
    ("rotate", "expected_box", "expected_size"),
    [
        (0, (140.0, 400.0, 220.0, 600.0), (400.0, 500.0)),
        (90, (180.0, 250.0, 340.0, 350.0), (500.0, 400.0)),
        (180, (380.0, 300.0, 460.0, 500.0), (400.0, 500.0)),
        (270, (260.0, 550.0, 420.0, 650.0), (500.0, 400.0)),
    ],
)
def test_field_maps_to_hand_computed_user_space_for_each_rotation(
    rotate: int, expected_box: tuple[float, float, float, float], expected_size: tuple[float, float]
) -> None:
    page = PageBox.from_raw(MEDIA, CROP, rotate)

    box = page.to_user_box(FIELD)

    assert box.as_tuple() == pytest.approx(expected_box)
    assert page.displayed_size == pytest.approx(expected_size)
    back = page.to_page_rect(box)
    assert (back.x0, back.y0, back.x1, back.y1) == pytest.approx((0.1, 0.2, 0.3, 0.6))


@pytest.mark.parametrize(
    ("rotate", "corner"),
    [(0, (100.0, 700.0)), (90, (100.0, 200.0)), (180, (500.0, 200.0)), (270, (500.0, 700.0))],
)
def test_displayed_top_left_corner_for_each_rotation(rotate: int, corner: tuple[float, float]) -> None:
    page = PageBox.from_raw(MEDIA, CROP, rotate)

    assert page.fraction_to_user(0.0, 0.0) == pytest.approx(corner)
    assert page.user_to_fraction(*corner) == pytest.approx((0.0, 0.0))


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [(0, 0), (-90, 270), (360, 0), (450, 90), (990, 270), (-270, 90), (180.0, 180), (-720, 0)],
)
def test_rotation_is_normalised_modulo_360(raw: float, normalised: int) -> None:
    assert normalise_rotation(raw) == normalised
    assert PageBox.from_raw(MEDIA, None, raw).rotation == normalised


@pytest.mark.parametrize("raw", [45, -30, 91, 90.5, math.nan, math.inf])
def test_rotation_not_a_multiple_of_90_is_refused_clearly(raw: float) -> None:
    with pytest.raises(PageGeometryError, match="multiple of 90"):
        PageBox.from_raw(MEDIA, None, raw)


def test_inverted_corners_are_normalised() -> None:
    page = PageBox.from_raw((600, 800, 0, 0), (500, 700, 100, 200))

    assert page.media.as_tuple() == MEDIA
    assert page.crop.as_tuple() == CROP


def test_crop_box_is_intersected_with_media_box() -> None:
    page = PageBox.from_raw(MEDIA, (-50, 100, 700, 900))

    assert page.crop.as_tuple() == (0.0, 100.0, 600.0, 800.0)


@pytest.mark.parametrize("crop", [(700, 900, 800, 1000), (0, 0, 0, 0), (1, 2, 3), None, (0, 0, math.nan, 5)])
def test_unusable_crop_box_falls_back_to_media_box(crop: tuple[float, ...] | None) -> None:
    assert PageBox.from_raw(MEDIA, crop).crop.as_tuple() == MEDIA


@pytest.mark.parametrize(
    "media", [None, (0, 0, 0, 800), (0, 0, 600, 0), (10, 10, 10, 10), (0, 0, 1), ("a", 0, 1, 1)]
)
def test_missing_or_zero_size_page_is_refused_clearly(media: tuple[object, ...] | None) -> None:
    with pytest.raises(PageGeometryError, match="no usable size"):
        PageBox.from_raw(media, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(("raw", "unit"), [(None, 1.0), (0, 1.0), (-2, 1.0), (math.inf, 1.0), (2.5, 2.5)])
def test_user_unit_defaults_to_one_and_scales_displayed_size(raw: float | None, unit: float) -> None:
    page = PageBox.from_raw(MEDIA, CROP, 90, raw)

    assert page.user_unit == unit
    assert page.displayed_size == pytest.approx((500 * unit, 400 * unit))


def test_user_unit_does_not_change_fractions() -> None:
    plain = PageBox.from_raw(MEDIA, CROP, 0)
    scaled = PageBox.from_raw(MEDIA, CROP, 0, 3.0)

    assert scaled.to_user_box(FIELD) == plain.to_user_box(FIELD)


def test_rectangle_partly_outside_crop_box_is_clipped() -> None:
    page = PageBox.from_raw(MEDIA, CROP)

    rect = page.to_page_rect(UserBox(50, 650, 300, 750))

    assert (rect.x0, rect.y0) == (0.0, 0.0)
    assert (rect.x1, rect.y1) == pytest.approx((0.5, 0.1))


def test_rectangle_outside_crop_box_is_refused() -> None:
    page = PageBox.from_raw(MEDIA, CROP)

    with pytest.raises(OutsidePageError):
        page.to_page_rect(UserBox(10, 10, 50, 50))


# --- properties -----------------------------------------------------------------------------------------

coordinates = st.floats(min_value=-5000, max_value=5000, allow_nan=False)
sizes = st.floats(min_value=10, max_value=5000, allow_nan=False)
fractions = st.floats(min_value=0, max_value=1, allow_nan=False)


@st.composite
def page_boxes(draw: st.DrawFn) -> PageBox:
    left, bottom, width, height = draw(coordinates), draw(coordinates), draw(sizes), draw(sizes)
    media = (left, bottom, left + width, bottom + height)
    crop = None
    if draw(st.booleans()):
        # A crop box that overlaps the media box by at least half of each side (offset, possibly overhanging).
        crop_left = left + draw(st.floats(0, 0.5)) * width
        crop_bottom = bottom + draw(st.floats(0, 0.5)) * height
        crop = (
            crop_left,
            crop_bottom,
            crop_left + draw(st.floats(0.3, 1.0)) * width,
            crop_bottom + draw(st.floats(0.3, 1.0)) * height,
        )
    if draw(st.booleans()):
        media = (media[2], media[3], media[0], media[1])  # stored inverted
    rotate = 90 * draw(st.integers(-12, 12))
    user_unit = draw(st.one_of(st.none(), st.floats(0.1, 10)))
    return PageBox.from_raw(media, crop, rotate, user_unit)


@st.composite
def page_rects(draw: st.DrawFn) -> PageRect:
    """Fields at least 1/10000 of the page wide and tall (real fields are far larger)."""
    x0, y0 = draw(st.floats(0, 0.9999)), draw(st.floats(0, 0.9999))
    x1 = draw(st.floats(min(x0 + 1e-4, 1.0), 1.0))
    y1 = draw(st.floats(min(y0 + 1e-4, 1.0), 1.0))
    return PageRect(x0, y0, x1, y1)


@given(page=page_boxes(), rect=page_rects())
def test_fraction_to_user_space_round_trip(page: PageBox, rect: PageRect) -> None:
    back = page.to_page_rect(page.to_user_box(rect))

    tolerance = 1e-9
    assert back.x0 == pytest.approx(rect.x0, abs=tolerance)
    assert back.y0 == pytest.approx(rect.y0, abs=tolerance)
    assert back.x1 == pytest.approx(rect.x1, abs=tolerance)
    assert back.y1 == pytest.approx(rect.y1, abs=tolerance)


@given(page=page_boxes(), rect=page_rects())
def test_user_box_lies_inside_crop_box_and_keeps_area_ratio(page: PageBox, rect: PageRect) -> None:
    box = page.to_user_box(rect)
    crop = page.crop
    slack = 1e-6 * max(crop.width, crop.height)

    assert crop.left - slack <= box.left
    assert box.right <= crop.right + slack
    assert crop.bottom - slack <= box.bottom
    assert box.top <= crop.top + slack
    area_ratio = (box.width * box.height) / (crop.width * crop.height)
    assert area_ratio == pytest.approx(rect.width * rect.height, rel=1e-6, abs=1e-12)


@given(page=page_boxes(), u=fractions, v=fractions)
def test_point_round_trip_and_axis_directions(page: PageBox, u: float, v: float) -> None:
    x, y = page.fraction_to_user(u, v)

    assert page.user_to_fraction(x, y) == pytest.approx((u, v), abs=1e-9)
    # Moving right on screen moves along the displayed width, whose length in points is displayed_size[0].
    x2, y2 = page.fraction_to_user(u + 0.1, v)
    moved = math.hypot(x2 - x, y2 - y) * page.user_unit
    assert moved == pytest.approx(0.1 * page.displayed_size[0], rel=1e-6)


@given(page=page_boxes())
def test_displayed_size_swaps_for_sideways_pages(page: PageBox) -> None:
    width, height = page.displayed_size
    crop_width, crop_height = page.crop.width * page.user_unit, page.crop.height * page.user_unit

    expected = (crop_height, crop_width) if page.rotation in (90, 270) else (crop_width, crop_height)
    assert (width, height) == pytest.approx(expected)


@given(pages=st.lists(page_boxes(), min_size=2, max_size=5), rect=page_rects())
def test_same_fraction_means_same_relative_place_on_mixed_pages(pages: list[PageBox], rect: PageRect) -> None:
    for page in pages:
        back = page.to_page_rect(page.to_user_box(rect))
        assert (back.x0, back.y0, back.x1, back.y1) == pytest.approx(
            (rect.x0, rect.y0, rect.x1, rect.y1), abs=1e-9
        )

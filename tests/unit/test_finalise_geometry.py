"""The sandbox's own page model: rotation, boxes as viewers read them, and the rectangle helpers."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, RectangleObject

from esign_desktop.sandbox.finalise import (
    GMO_PERCENT,
    FinaliseError,
    GmoPercentConvention,
    PageGeometry,
    Stamp,
    StampKind,
    StampRect,
    normalise_rotation,
    rect_from_gmo_percent,
    rect_from_user_space,
)
from tests.pdf_factory import A4, PageSpec, PdfOptions, make_pdf

NOW = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [(0, 0), (90, 90), (-90, 270), (360, 0), (450, 90), (990, 270), (-540, 180), (180.0, 180)],
)
def test_rotation_is_taken_modulo_360(raw: object, normalised: int) -> None:
    assert normalise_rotation(raw) == normalised


@pytest.mark.parametrize("raw", [45, 91, 12.5, "ninety", None])
def test_rotation_that_is_not_a_multiple_of_90_is_refused(raw: object) -> None:
    with pytest.raises(FinaliseError, match="/Rotate"):
        normalise_rotation(raw)


@pytest.mark.parametrize(
    ("rotation", "top_left"),
    [(0, (10.0, 220.0)), (90, (10.0, 20.0)), (180, (110.0, 20.0)), (270, (110.0, 220.0))],
)
def test_displayed_top_left_is_the_corner_a_viewer_shows_there(
    rotation: int, top_left: tuple[float, float]
) -> None:
    geometry = PageGeometry((10.0, 20.0, 110.0, 220.0), rotation)
    assert geometry.to_user_space(0.0, 0.0) == pytest.approx(top_left)
    width, height = geometry.displayed_size
    assert (width, height) == ((200.0, 100.0) if rotation in (90, 270) else (100.0, 200.0))


boxes = st.tuples(st.floats(-500, 500), st.floats(-500, 500), st.floats(1, 2000), st.floats(1, 2000)).map(
    lambda b: (b[0], b[1], b[0] + b[2], b[1] + b[3])
)


@given(
    box=boxes,
    rotation=st.sampled_from([0, 90, 180, 270]),
    user_unit=st.sampled_from([0.5, 1.0, 2.0, 75000.0]),
    fx=st.floats(0, 1),
    fy=st.floats(0, 1),
)
def test_fractions_round_trip_through_user_space(
    box: tuple[float, float, float, float], rotation: int, user_unit: float, fx: float, fy: float
) -> None:
    geometry = PageGeometry(box, rotation, user_unit)
    ux, uy = geometry.to_user_space(fx, fy)
    assert box[0] - 1e-6 <= ux <= box[2] + 1e-6
    assert box[1] - 1e-6 <= uy <= box[3] + 1e-6
    assert geometry.to_fractions(ux, uy) == pytest.approx((fx, fy), abs=1e-9)


def _page(tmp_path: Path, spec: PageSpec, options: PdfOptions | None = None) -> PageGeometry:
    path = make_pdf(tmp_path / "page.pdf", [spec], options)
    return PageGeometry.of_page(PdfReader(path).pages[0])


def test_boxes_and_rotation_are_read_from_the_page(tmp_path: Path) -> None:
    geometry = _page(tmp_path, PageSpec(*A4, crop_box=(20, 30, 400, 500), rotate=-90, user_unit=2))
    assert geometry == PageGeometry((20.0, 30.0, 400.0, 500.0), 270, 2.0)


def test_inherited_mediabox_and_rotation_are_used(tmp_path: Path) -> None:
    geometry = _page(tmp_path, PageSpec(500, 700, rotate=90), PdfOptions(inherit_boxes=True))
    assert geometry.visible_box == (0.0, 0.0, 500.0, 700.0)
    assert geometry.rotation == 90


def _with_boxes(tmp_path: Path, **boxes: tuple[float, ...] | None) -> PageGeometry:
    writer = PdfWriter(clone_from=str(make_pdf(tmp_path / "raw.pdf", [PageSpec(*A4)])))
    page = writer.pages[0]
    for key, value in boxes.items():
        name = NameObject(f"/{key}")
        if value is None:
            del page[name]
        else:
            page[name] = RectangleObject(value)
    buffer = io.BytesIO()
    writer.write(buffer)
    return PageGeometry.of_page(PdfReader(buffer).pages[0])


def test_crop_box_larger_than_the_media_box_is_clipped_to_it(tmp_path: Path) -> None:
    geometry = _with_boxes(tmp_path, CropBox=(-50, -50, 700, 900))
    assert geometry.visible_box == (0.0, 0.0, 595.0, 842.0)


def test_crop_box_outside_the_media_box_is_ignored(tmp_path: Path) -> None:
    geometry = _with_boxes(tmp_path, CropBox=(1000, 1000, 1200, 1200))
    assert geometry.visible_box == (0.0, 0.0, 595.0, 842.0)


def test_inverted_corners_are_normalised(tmp_path: Path) -> None:
    geometry = _with_boxes(tmp_path, MediaBox=(595, 842, 0, 0), CropBox=(500, 800, 100, 50))
    assert geometry.visible_box == (100.0, 50.0, 500.0, 800.0)


def test_missing_media_box_means_us_letter_as_viewers_assume(tmp_path: Path) -> None:
    geometry = _with_boxes(tmp_path, MediaBox=None)
    assert geometry.visible_box == (0.0, 0.0, 612.0, 792.0)


def test_zero_size_page_is_refused() -> None:
    with pytest.raises(FinaliseError, match="no visible area"):
        PageGeometry((0.0, 0.0, 0.0, 842.0), 0)


def test_gmo_percent_is_fractions_of_the_displayed_page_from_the_top_left() -> None:
    assert rect_from_gmo_percent(10, 20, 35, 45) == StampRect(0.10, 0.20, 0.35, 0.45)
    assert rect_from_gmo_percent(0, 0, 100, 100) == StampRect(0.0, 0.0, 1.0, 1.0)


@pytest.mark.parametrize("values", [(10, 20, 10, 30), (50, 60, 40, 70), (-1, 0, 10, 10), (0, 0, 101, 10)])
def test_gmo_percent_out_of_range_or_empty_is_refused(values: tuple[int, int, int, int]) -> None:
    with pytest.raises(FinaliseError, match="GMO Sign"):
        rect_from_gmo_percent(*values)


def test_gmo_percent_must_be_integers() -> None:
    with pytest.raises(FinaliseError, match="integers"):
        rect_from_gmo_percent(10.5, 0, 20, 10)  # type: ignore[arg-type]
    with pytest.raises(FinaliseError, match="integers"):
        rect_from_gmo_percent(True, 0, 20, 10)


@pytest.mark.parametrize(
    ("rotation", "expected"),
    [
        (0, StampRect(0.1, 0.75, 0.3, 0.8)),  # user (60,120)-(180,150) on a 600x600 box at 0,0 shown upright
        (90, StampRect(0.2, 0.1, 0.25, 0.3)),
        (180, StampRect(0.7, 0.2, 0.9, 0.25)),
        (270, StampRect(0.75, 0.7, 0.8, 0.9)),
    ],
)
def test_widget_rect_in_user_space_becomes_displayed_fractions(rotation: int, expected: StampRect) -> None:
    geometry = PageGeometry((0.0, 0.0, 600.0, 600.0), rotation)
    measured = rect_from_user_space(geometry, (180.0, 150.0, 60.0, 120.0))  # corners in any order
    for name in ("x0", "y0", "x1", "y1"):
        assert getattr(measured, name) == pytest.approx(getattr(expected, name))


def test_widget_partly_outside_the_crop_box_is_cut_to_the_visible_part() -> None:
    geometry = PageGeometry((100.0, 100.0, 300.0, 300.0), 0)
    assert rect_from_user_space(geometry, (50.0, 250.0, 150.0, 350.0)) == StampRect(0.0, 0.0, 0.25, 0.25)
    with pytest.raises(FinaliseError, match="outside the visible page"):
        rect_from_user_space(geometry, (0.0, 0.0, 50.0, 50.0))


def test_stamp_checks_its_own_fields() -> None:
    rect = StampRect(0.1, 0.1, 0.2, 0.2)
    assert Stamp(1, rect, "date", NOW).kind is StampKind.DATE  # type: ignore[arg-type]
    with pytest.raises(FinaliseError, match="start at 1"):
        Stamp(0, rect, StampKind.TEXT, NOW)
    with pytest.raises(FinaliseError, match="timezone-aware"):
        Stamp(1, rect, StampKind.TEXT, datetime(2025, 1, 1))
    with pytest.raises(FinaliseError, match="one of signature, date, text, checkbox"):
        Stamp(1, rect, "stamp", NOW)  # type: ignore[arg-type]
    with pytest.raises(FinaliseError, match="must lie on the page"):
        StampRect(0.5, 0.1, 0.4, 0.2)


def test_gmo_convention_can_be_flipped_in_one_place() -> None:
    bottom_up = GmoPercentConvention(origin_top_left=False)
    assert bottom_up.to_rect(10, 20, 35, 45) == StampRect(0.10, 0.55, 0.35, 0.80)
    assert GMO_PERCENT.to_rect(10, 20, 35, 45) == rect_from_gmo_percent(10, 20, 35, 45)

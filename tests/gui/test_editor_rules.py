"""Qt-free parts of the editor: placement rules, typed units, page layout, the byte-bounded cache."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esign_desktop.domain.capabilities import ASSENTLY, GMOSIGN
from esign_desktop.domain.geometry import GMOSIGN_UNITS, PageRect
from esign_desktop.domain.model import Field, FieldKind
from esign_desktop.ui.editor.field_collection import FieldCollection
from esign_desktop.ui.editor.page_layout import PAGE_SPACING, PageLayout
from esign_desktop.ui.editor.placement import (
    Edge,
    Handle,
    PlacementRules,
    aligned_rects,
    duplicated_to_pages,
    edge_snap_offset,
    moved_rect,
    parse_page_range,
    resized_rect,
)
from esign_desktop.ui.editor.render_cache import ByteBudgetCache
from esign_desktop.ui.editor.typed_units import TypedGeometry, TypedUnits

GMO = PlacementRules.for_capabilities(GMOSIGN)
POINTS = PlacementRules.for_capabilities(ASSENTLY)
fractions = st.floats(min_value=-0.5, max_value=0.5, allow_nan=False)


def test_rules_follow_capabilities() -> None:
    assert GMO.grid is GMOSIGN_UNITS
    assert POINTS.grid is None


@given(dx=fractions, dy=fractions)
def test_grid_move_keeps_size_and_stays_on_grid(dx: float, dy: float) -> None:
    rect = PageRect(0.10, 0.20, 0.33, 0.27)
    moved = moved_rect(rect, dx, dy, GMO)
    placed = GMOSIGN_UNITS.to_units(moved, 1)
    assert (placed.end_x - placed.start_x, placed.end_y - placed.start_y) == (23, 7)
    assert GMOSIGN_UNITS.snap(moved) == moved


def test_resize_keeps_minimum_size_and_opposite_edge() -> None:
    rect = PageRect(0.10, 0.10, 0.30, 0.20)
    shrunk = resized_rect(rect, Handle.BOTTOM_RIGHT, (0.0, 0.0), (595, 842), GMO)
    assert GMOSIGN_UNITS.to_units(shrunk, 1) == GMOSIGN_UNITS.to_units(PageRect(0.10, 0.10, 0.11, 0.11), 1)
    widened = resized_rect(rect, Handle.LEFT, (0.02, 0.9), (595, 842), POINTS)
    assert (widened.x0, widened.y0, widened.x1, widened.y1) == (0.02, 0.10, 0.30, 0.20)


def test_edge_snap_picks_the_nearest_target_within_tolerance() -> None:
    assert edge_snap_offset((0.50, 0.70), (0.48, 0.705, 0.9), 0.01) == pytest.approx(0.005)
    assert edge_snap_offset((0.50,), (0.60,), 0.01) == 0.0


def test_align_centres_and_edges() -> None:
    rects = [PageRect(0.10, 0.10, 0.20, 0.20), PageRect(0.40, 0.50, 0.60, 0.60)]
    right = aligned_rects(rects, Edge.RIGHT, GMO)
    assert {r.x1 for r in right} == {0.60}
    centred = aligned_rects(rects, Edge.CENTRE_HORIZONTAL, POINTS)
    assert {round(r.center[0], 12) for r in centred} == {0.35}


def test_duplicate_skips_own_page_and_rejects_unknown_pages() -> None:
    field = Field("a", FieldKind.DATE, 0, 2, PageRect(0.1, 0.1, 0.2, 0.15))
    ids = (f"copy{i}" for i in itertools.count())
    copies = duplicated_to_pages([field], [1, 2, 3], [(595, 842)] * 3, GMO, lambda: next(ids))
    assert [(c.page, c.id, c.rect) for c in copies] == [(1, "copy0", field.rect), (3, "copy1", field.rect)]
    with pytest.raises(ValueError, match="not in this document"):
        duplicated_to_pages([field], [4], [(595, 842)] * 3, GMO, lambda: "x")


@pytest.mark.parametrize(
    ("text", "pages"),
    [("", [1, 2, 3, 4, 5]), ("all", [1, 2, 3, 4, 5]), ("2-3, 5", [2, 3, 5]), ("4-2", [2, 3, 4])],
)
def test_page_range(text: str, pages: list[int]) -> None:
    assert parse_page_range(text, 5) == pages


@pytest.mark.parametrize("text", ["0", "6", "a-b", "1-9"])
def test_bad_page_range(text: str) -> None:
    with pytest.raises(ValueError, match="page"):
        parse_page_range(text, 5)


@given(x=st.integers(0, 100), y=st.integers(0, 100), w=st.integers(1, 100), h=st.integers(1, 100))
def test_typed_percent_round_trip(x: int, y: int, w: int, h: int) -> None:
    units = TypedUnits(GMO)
    rect = units.from_typed(TypedGeometry(x, y, w, h), 3, (842, 595))
    typed = units.to_typed(rect, 3, (842, 595))
    assert (typed.width, typed.height) == (min(w, 100), min(h, 100))
    assert (typed.x, typed.y) == (min(x, 100 - typed.width), min(y, 100 - typed.height))


def test_typed_points() -> None:
    units = TypedUnits(POINTS)
    rect = units.from_typed(TypedGeometry(59.5, 84.2, 119, 42.1), 1, (595, 842))
    assert (rect.x0, rect.y0) == pytest.approx((0.1, 0.1))
    assert units.to_typed(rect, 1, (595, 842)) == TypedGeometry(59.5, 84.2, 119, 42.1)
    assert (units.suffix, TypedUnits(GMO).suffix) == (" pt", " %")


def test_layout_stacks_and_finds_pages() -> None:
    layout = PageLayout([(600, 800), (800, 600), (600, 800)], zoom=0.75, available_width=100)
    # 0.75 zoom = 1 pixel per point.
    assert [(s.width, s.height) for s in layout.slots] == [(600, 800), (800, 600), (600, 800)]
    assert layout.content_width == 800 + 2 * PAGE_SPACING
    assert layout.slots[1].y == PAGE_SPACING * 2 + 800
    assert list(layout.pages_between(0, 20)) == [0]
    assert list(layout.pages_between(0, 10)) == []  # only the top margin
    assert list(layout.pages_between(805, 1000)) == [0, 1]
    assert layout.page_at(layout.slots[0].x - 1, 50) is None
    assert layout.nearest_page(1e9) == 2


def test_cache_evicts_least_recently_used_within_budget() -> None:
    cache: ByteBudgetCache[str, bytes] = ByteBudgetCache(len, budget_bytes=10)
    cache.put("a", b"1234")
    cache.put("b", b"1234")
    assert cache.get("a") == b"1234"  # "a" is now the most recent
    cache.put("c", b"1234")
    assert cache.ordered_keys() == ["a", "c"]
    assert cache.used_bytes == 8
    assert cache.peak_bytes <= 10
    cache.put("huge", b"x" * 50)
    assert cache.ordered_keys() == ["huge"]


def test_field_collection_indexes_pages_and_refuses_duplicate_ids() -> None:
    a = Field("a", FieldKind.TEXT, 0, 1, PageRect(0.1, 0.1, 0.2, 0.2))
    b = Field("b", FieldKind.TEXT, 1, 1, PageRect(0.1, 0.1, 0.2, 0.2))
    collection = FieldCollection([a, b])
    assert collection.on_page(0, 1) == (a,)
    assert collection.on_page(1, 2) == ()
    with pytest.raises(ValueError, match="share an id"):
        collection.replace_all([a, a])

"""Placement rules for fields, in displayed fractions: default sizes, snapping, nudging, resizing, aligning.

Qt-free. Every function returns rectangles already passed through `PlacementRules.finalise`, so what the
editor shows is exactly what the service gets (GMO Sign: the rectangle snapped to its 1% grid).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from esign_desktop.domain.capabilities import Capabilities
from esign_desktop.domain.geometry import GMOSIGN_UNITS, GridConvention, PageRect
from esign_desktop.domain.model import Field, FieldKind, ProviderKind

PageSize = tuple[float, float]  # displayed (width, height) in points

# Sizes in points for a field placed with one click or key; a signature box fits a written name.
DEFAULT_SIZES_PT: dict[FieldKind, PageSize] = {
    FieldKind.SIGNATURE: (160.0, 48.0),
    FieldKind.DATE: (100.0, 20.0),
    FieldKind.TEXT: (160.0, 20.0),
    FieldKind.CHECKBOX: (14.0, 14.0),
}
MIN_SIZE_PT = 6.0  # smallest field without a grid
BIG_STEP = 10  # Shift multiplies a nudge by this

# The coordinate convention of each provider that takes grid coordinates lives in domain/geometry; the
# capabilities only say whether there is a grid.
_CONVENTIONS: dict[ProviderKind, GridConvention] = {ProviderKind.GMOSIGN: GMOSIGN_UNITS}


class Edge(StrEnum):
    LEFT = "left"
    TOP = "top"
    RIGHT = "right"
    BOTTOM = "bottom"
    CENTRE_HORIZONTAL = "centre_horizontal"  # same x centre
    CENTRE_VERTICAL = "centre_vertical"  # same y centre


class Handle(StrEnum):
    """A resize handle, named by the edges it moves."""

    TOP_LEFT = "top_left"
    TOP = "top"
    TOP_RIGHT = "top_right"
    RIGHT = "right"
    BOTTOM_RIGHT = "bottom_right"
    BOTTOM = "bottom"
    BOTTOM_LEFT = "bottom_left"
    LEFT = "left"

    @property
    def moves_left(self) -> bool:
        return self in (Handle.TOP_LEFT, Handle.LEFT, Handle.BOTTOM_LEFT)

    @property
    def moves_right(self) -> bool:
        return self in (Handle.TOP_RIGHT, Handle.RIGHT, Handle.BOTTOM_RIGHT)

    @property
    def moves_top(self) -> bool:
        return self in (Handle.TOP_LEFT, Handle.TOP, Handle.TOP_RIGHT)

    @property
    def moves_bottom(self) -> bool:
        return self in (Handle.BOTTOM_LEFT, Handle.BOTTOM, Handle.BOTTOM_RIGHT)


@dataclass(frozen=True, slots=True)
class PlacementRules:
    """The provider's resolution: a grid (GMO Sign) or continuous points (Assently)."""

    grid: GridConvention | None = None

    @classmethod
    def for_capabilities(cls, capabilities: Capabilities) -> PlacementRules:
        if capabilities.grid_step is None:
            return cls(grid=None)
        convention = _CONVENTIONS.get(capabilities.provider)
        if convention is None:
            divisions = round(1.0 / capabilities.grid_step)
            convention = GridConvention(name=capabilities.provider.label, divisions=divisions)
        return cls(grid=convention)

    def finalise(self, rect: PageRect) -> PageRect:
        """Exactly the rectangle the service will get."""
        return self.grid.snap(rect) if self.grid is not None else rect

    def step(self, page_size: PageSize) -> tuple[float, float]:
        """One nudge step per axis as a fraction: one grid step, or one point."""
        if self.grid is not None:
            return (1.0 / self.grid.divisions, 1.0 / self.grid.divisions)
        return (1.0 / page_size[0], 1.0 / page_size[1])

    def min_size(self, page_size: PageSize) -> tuple[float, float]:
        if self.grid is not None:
            return (1.0 / self.grid.divisions, 1.0 / self.grid.divisions)
        return (min(MIN_SIZE_PT / page_size[0], 1.0), min(MIN_SIZE_PT / page_size[1], 1.0))


def default_rect(
    kind: FieldKind, centre: tuple[float, float], page_size: PageSize, rules: PlacementRules
) -> PageRect:
    """A default-size field of `kind` centred on `centre` (fractions), pushed inside the page."""
    width_pt, height_pt = DEFAULT_SIZES_PT[kind]
    return sized_rect(centre, (width_pt / page_size[0], height_pt / page_size[1]), rules)


def sized_rect(centre: tuple[float, float], size: tuple[float, float], rules: PlacementRules) -> PageRect:
    """A rectangle of `size` (fractions, at most the page) centred on `centre`, kept inside the page."""
    width, height = min(size[0], 1.0), min(size[1], 1.0)
    x0 = min(max(centre[0] - width / 2, 0.0), 1.0 - width)
    y0 = min(max(centre[1] - height / 2, 0.0), 1.0 - height)
    return rules.finalise(PageRect(x0, y0, min(x0 + width, 1.0), min(y0 + height, 1.0)))


def moved_rect(rect: PageRect, dx: float, dy: float, rules: PlacementRules) -> PageRect:
    """`rect` moved by (dx, dy), inside the page and on the grid, keeping its size exactly."""
    if rules.grid is None:
        return rect.moved_by(dx, dy)
    n = rules.grid.divisions
    width_units = max(1, round(rect.width * n))
    height_units = max(1, round(rect.height * n))
    start_x = min(max(_half_up((rect.x0 + dx) * n), 0), n - width_units)
    start_y = min(max(_half_up((rect.y0 + dy) * n), 0), n - height_units)
    return PageRect(start_x / n, start_y / n, (start_x + width_units) / n, (start_y + height_units) / n)


def nudged_rect(
    rect: PageRect, steps_x: int, steps_y: int, page_size: PageSize, rules: PlacementRules
) -> PageRect:
    """Move by whole steps (one grid step or one point each), stopping at the page edges."""
    step_x, step_y = rules.step(page_size)
    return moved_rect(rect, steps_x * step_x, steps_y * step_y, rules)


def resized_rect(
    rect: PageRect, handle: Handle, point: tuple[float, float], page_size: PageSize, rules: PlacementRules
) -> PageRect:
    """Drag `handle` to `point` (fractions): the opposite edges stay, the size never drops below minimum."""
    min_w, min_h = rules.min_size(page_size)
    u, v = min(max(point[0], 0.0), 1.0), min(max(point[1], 0.0), 1.0)
    x0, y0, x1, y1 = rect.x0, rect.y0, rect.x1, rect.y1
    if handle.moves_left:
        x0 = min(u, x1 - min_w)
    if handle.moves_right:
        x1 = max(u, x0 + min_w)
    if handle.moves_top:
        y0 = min(v, y1 - min_h)
    if handle.moves_bottom:
        y1 = max(v, y0 + min_h)
    return rules.finalise(PageRect.from_corners(x0, y0, x1, y1))


def edge_snap_offset(edges: Sequence[float], targets: Iterable[float], tolerance: float) -> float:
    """The smallest shift (within `tolerance`) that puts one of `edges` on one of `targets`; 0 if none."""
    best = 0.0
    best_distance = tolerance
    for target in targets:
        for edge in edges:
            distance = abs(target - edge)
            if distance <= best_distance:
                best, best_distance = target - edge, distance
    return best


def snapped_to_edges(
    rect: PageRect, others: Sequence[PageRect], tolerance: tuple[float, float], handle: Handle | None = None
) -> PageRect:
    """Pull `rect` onto other fields' edges within `tolerance` (fractions per axis).

    For a move (`handle` None) the whole rectangle shifts; for a resize only the edges the handle moves.
    """
    if not others:
        return rect
    xs = [value for other in others for value in (other.x0, other.x1)]
    ys = [value for other in others for value in (other.y0, other.y1)]
    if handle is None:
        dx = edge_snap_offset((rect.x0, rect.x1), xs, tolerance[0])
        dy = edge_snap_offset((rect.y0, rect.y1), ys, tolerance[1])
        return rect.moved_by(dx, dy)
    x0, y0, x1, y1 = rect.x0, rect.y0, rect.x1, rect.y1
    if handle.moves_left:
        x0 += edge_snap_offset((x0,), xs, tolerance[0])
    if handle.moves_right:
        x1 += edge_snap_offset((x1,), xs, tolerance[0])
    if handle.moves_top:
        y0 += edge_snap_offset((y0,), ys, tolerance[1])
    if handle.moves_bottom:
        y1 += edge_snap_offset((y1,), ys, tolerance[1])
    if x0 < x1 and y0 < y1:
        return PageRect.from_corners(x0, y0, x1, y1)
    return rect


def aligned_rects(rects: Sequence[PageRect], edge: Edge, rules: PlacementRules) -> list[PageRect]:
    """Line up `rects` on the edge (or centre) of their common bounding box; sizes are kept."""
    if not rects:
        return []
    left = min(r.x0 for r in rects)
    right = max(r.x1 for r in rects)
    top = min(r.y0 for r in rects)
    bottom = max(r.y1 for r in rects)
    aligned: list[PageRect] = []
    for r in rects:
        dx = dy = 0.0
        if edge is Edge.LEFT:
            dx = left - r.x0
        elif edge is Edge.RIGHT:
            dx = right - r.x1
        elif edge is Edge.TOP:
            dy = top - r.y0
        elif edge is Edge.BOTTOM:
            dy = bottom - r.y1
        elif edge is Edge.CENTRE_HORIZONTAL:
            dx = (left + right) / 2 - r.center[0]
        else:
            dy = (top + bottom) / 2 - r.center[1]
        aligned.append(moved_rect(r, dx, dy, rules))
    return aligned


def rect_on_other_page(
    rect: PageRect, source_size: PageSize, target_size: PageSize, rules: PlacementRules
) -> PageRect:
    """The same field on a page of another size: same size in points, same relative centre, inside the page.

    A signature box keeps its physical size on a larger page instead of growing with it.
    """
    if source_size == target_size:
        return rules.finalise(rect)
    width = rect.width * source_size[0] / target_size[0]
    height = rect.height * source_size[1] / target_size[1]
    return sized_rect(rect.center, (width, height), rules)


def duplicated_to_pages(
    fields: Sequence[Field],
    pages: Iterable[int],
    page_sizes: Sequence[PageSize],
    rules: PlacementRules,
    new_id: Callable[[], str],
) -> list[Field]:
    """Copies of `fields` on each of `pages` (1-based) of their document, except each field's own page."""
    copies: list[Field] = []
    targets = sorted(set(pages))
    for page in targets:
        if not 1 <= page <= len(page_sizes):
            raise ValueError(f"page {page} is not in this document (1..{len(page_sizes)})")
    for field in fields:
        source_size = page_sizes[field.page - 1]
        for page in targets:
            if page == field.page:
                continue
            rect = rect_on_other_page(field.rect, source_size, page_sizes[page - 1], rules)
            copies.append(replace(field, id=new_id(), page=page, rect=rect))
    return copies


def parse_page_range(text: str, page_count: int) -> list[int]:
    """ "1-3, 5" -> [1, 2, 3, 5]; "all" or empty -> every page. ValueError with a readable message."""
    cleaned = text.strip().lower()
    if cleaned in ("", "all"):
        return list(range(1, page_count + 1))
    pages: set[int] = set()
    for part in cleaned.split(","):
        token = part.strip()
        if not token:
            continue
        first, _, last = token.partition("-")
        try:
            start = int(first)
            end = int(last) if last.strip() else start
        except ValueError:
            raise ValueError(f"“{token}” is not a page or a range such as 2-5") from None
        if start > end:
            start, end = end, start
        if start < 1 or end > page_count:
            raise ValueError(f"pages must lie between 1 and {page_count}; “{token}” does not")
        pages.update(range(start, end + 1))
    return sorted(pages)


def _half_up(value: float) -> int:
    return math.floor(value + 0.5)


@dataclass(frozen=True, slots=True)
class Guides:
    """Where a snapped rectangle lines up: vertical lines at x fractions, horizontal lines at y fractions."""

    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()


def _best_offset(points: Sequence[float], targets: Sequence[float], tolerance: float) -> float | None:
    best: float | None = None
    for target in targets:
        for point in points:
            offset = target - point
            if abs(offset) <= tolerance and (best is None or abs(offset) < abs(best)):
                best = offset
    return best


def smart_snap(
    rect: PageRect, others: Sequence[PageRect], tolerance: tuple[float, float]
) -> tuple[PageRect, Guides]:
    """Move `rect` so an edge or its centre lines up with an edge or centre of another field or of the page,
    within `tolerance` (fractions per axis); returns the moved rectangle and the lines it now sits on."""
    xs = [0.0, 0.5, 1.0, *(v for o in others for v in (o.x0, o.center[0], o.x1))]
    ys = [0.0, 0.5, 1.0, *(v for o in others for v in (o.y0, o.center[1], o.y1))]
    dx = _best_offset((rect.x0, rect.center[0], rect.x1), xs, tolerance[0]) or 0.0
    dy = _best_offset((rect.y0, rect.center[1], rect.y1), ys, tolerance[1]) or 0.0
    moved = rect.moved_by(dx, dy)
    eps = 1e-9
    return moved, Guides(
        xs=tuple(
            sorted({x for x in xs if any(abs(x - p) < eps for p in (moved.x0, moved.center[0], moved.x1))})
        ),
        ys=tuple(
            sorted({y for y in ys if any(abs(y - p) < eps for p in (moved.y0, moved.center[1], moved.y1))})
        ),
    )


def distributed_rects(rects: Sequence[PageRect], horizontal: bool, rules: PlacementRules) -> list[PageRect]:
    """Equal gaps between `rects` along one axis; the first and last (by position) stay where they are."""
    if len(rects) < 3:
        return [rules.finalise(r) for r in rects]
    axis = 0 if horizontal else 1
    order = sorted(range(len(rects)), key=lambda i: (rects[i].x0, rects[i].y0)[axis])
    sizes = [(rects[i].width, rects[i].height)[axis] for i in order]
    start = (rects[order[0]].x0, rects[order[0]].y0)[axis]
    end = (rects[order[-1]].x1, rects[order[-1]].y1)[axis]
    gap = (end - start - sum(sizes)) / (len(rects) - 1)
    result = list(rects)
    position = start
    for index, size in zip(order, sizes, strict=True):
        r = rects[index]
        shift = position - (r.x0, r.y0)[axis]
        result[index] = moved_rect(r, shift if horizontal else 0.0, 0.0 if horizontal else shift, rules)
        position += size + gap
    return result


def same_size_rects(
    rects: Sequence[PageRect], model: PageRect, width: bool, height: bool, rules: PlacementRules
) -> list[PageRect]:
    """`rects` given `model`'s width and/or height, keeping their top-left corners, inside the page."""
    sized: list[PageRect] = []
    for r in rects:
        w = model.width if width else r.width
        h = model.height if height else r.height
        x0, y0 = min(r.x0, 1.0 - w), min(r.y0, 1.0 - h)
        sized.append(rules.finalise(PageRect(max(x0, 0.0), max(y0, 0.0), max(x0, 0.0) + w, max(y0, 0.0) + h)))
    return sized

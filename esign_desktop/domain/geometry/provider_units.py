"""Displayed fractions <-> integer grid coordinates a provider takes (GMO Sign: 0..100 per axis).

Nothing public states GMO Sign's origin, axis direction or page numbering, so the reading we chose lives
in one object, `GMOSIGN_UNITS`: change it there and everything (payloads, editor snapping, tests) follows.

Rounding rule (`snap_to_grid`), per axis, on a grid of `divisions` steps:
1. start = floor(start * divisions + 0.5), end = floor(end * divisions + 0.5) (nearest, halves up);
2. both clamped to 0..divisions;
3. if end <= start (a field thinner than one step): end = start + 1, or start = end - 1 at the far edge,
   so the field is exactly one step wide and still inside the page.
Hence start < end always, never a zero-size field, and rounding an already snapped rectangle changes nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from esign_desktop.domain.geometry.rect import PageRect


class Origin(StrEnum):
    TOP_LEFT = "top-left"  # y grows downwards
    BOTTOM_LEFT = "bottom-left"  # y grows upwards


@dataclass(frozen=True, slots=True)
class GridPlacement:
    """A field as a provider receives it: page number and integer start/end per axis."""

    page_no: int
    start_x: int
    start_y: int
    end_x: int
    end_y: int


@dataclass(frozen=True, slots=True)
class GridConvention:
    """How a provider measures a field: grid size, where y starts, and the number of the first page."""

    name: str
    divisions: int = 100
    origin: Origin = Origin.TOP_LEFT
    first_page_no: int = 1

    def snap(self, rect: PageRect) -> PageRect:
        """Exactly the rectangle the service will get; the editor shows this."""
        return snap_to_grid(rect, 1.0 / self.divisions)

    def to_units(self, rect: PageRect, page: int) -> GridPlacement:
        """`page` is our 1-based page number."""
        if page < 1:
            raise ValueError(f"page numbers start at 1, not {page}")
        start_x, end_x = _snap_axis(rect.x0, rect.x1, self.divisions)
        start_y, end_y = _snap_axis(rect.y0, rect.y1, self.divisions)
        if self.origin is Origin.BOTTOM_LEFT:
            start_y, end_y = self.divisions - end_y, self.divisions - start_y
        return GridPlacement(page - 1 + self.first_page_no, start_x, start_y, end_x, end_y)

    def from_units(self, placement: GridPlacement) -> tuple[int, PageRect]:
        """A placement read back from the service -> (our 1-based page, displayed fractions)."""
        n = self.divisions
        values = (placement.start_x, placement.start_y, placement.end_x, placement.end_y)
        if not all(0 <= v <= n for v in values):
            raise ValueError(f"{self.name} coordinates must lie in 0..{n}: {values}")
        start_y, end_y = placement.start_y, placement.end_y
        if self.origin is Origin.BOTTOM_LEFT:
            start_y, end_y = n - end_y, n - start_y
        page = placement.page_no - self.first_page_no + 1
        if page < 1:
            raise ValueError(f"{self.name} page number {placement.page_no} is before the first page")
        return page, PageRect.from_corners(placement.start_x / n, start_y / n, placement.end_x / n, end_y / n)


# Our best reading of GMO Sign (see docs/geometry.md): percent of the displayed page, top-left origin,
# pages numbered from 1.
GMOSIGN_UNITS = GridConvention(name="GMO Sign", divisions=100, origin=Origin.TOP_LEFT, first_page_no=1)


def snap_to_grid(rect: PageRect, step: float) -> PageRect:
    """Round `rect` to a grid of `step` (a fraction of the page, 1/step a whole number, e.g. 0.01)."""
    divisions = _divisions(step)
    start_x, end_x = _snap_axis(rect.x0, rect.x1, divisions)
    start_y, end_y = _snap_axis(rect.y0, rect.y1, divisions)
    return PageRect(start_x / divisions, start_y / divisions, end_x / divisions, end_y / divisions)


def _divisions(step: float) -> int:
    if not (math.isfinite(step) and 0 < step <= 1):
        raise ValueError(f"grid step must be in (0, 1], not {step}")
    divisions = round(1.0 / step)
    if abs(divisions * step - 1.0) > 1e-9:
        raise ValueError(f"grid step {step} does not divide the page into a whole number of steps")
    return divisions


def _snap_axis(start: float, end: float, divisions: int) -> tuple[int, int]:
    start_units = min(max(math.floor(start * divisions + 0.5), 0), divisions)
    end_units = min(max(math.floor(end * divisions + 0.5), 0), divisions)
    if end_units <= start_units:
        if start_units < divisions:
            end_units = start_units + 1
        else:
            start_units = end_units - 1
    return start_units, end_units

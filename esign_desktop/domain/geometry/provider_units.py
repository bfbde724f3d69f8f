"""Displayed fractions <-> integer grid coordinates a provider takes (GMO Sign: 0..100 per axis).

Nothing public states GMO Sign's origin, axis direction or page numbering, so the reading we chose lives
in one object, `GMOSIGN_UNITS`: change it there and everything (payloads, editor snapping, tests) follows.
Placement calibration (services/calibration.py) can show that an account's service measures otherwise; the
account then stores the name of another convention from `CONVENTIONS` (`convention_named`), and that
account's client places every field with it.

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


class PageFrame(StrEnum):
    """Which page the fractions are of."""

    DISPLAYED = "displayed"  # after /Rotate, as a viewer shows it (our model)
    UNROTATED = "unrotated"  # the page as stored, /Rotate ignored


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
    frame: PageFrame = PageFrame.DISPLAYED
    key: str = ""  # the name an account stores (CONVENTIONS); empty for conventions made ad hoc

    def snap(self, rect: PageRect) -> PageRect:
        """Exactly the rectangle the service will get; the editor shows this."""
        return snap_to_grid(rect, 1.0 / self.divisions)

    def to_units(self, rect: PageRect, page: int, rotation: int = 0) -> GridPlacement:
        """`page` is our 1-based page number; `rotation` the page's normalised /Rotate (used by the
        UNROTATED frame only)."""
        if page < 1:
            raise ValueError(f"page numbers start at 1, not {page}")
        if self.frame is PageFrame.UNROTATED:
            rect = displayed_to_unrotated(rect, rotation)
        start_x, end_x = _snap_axis(rect.x0, rect.x1, self.divisions)
        start_y, end_y = _snap_axis(rect.y0, rect.y1, self.divisions)
        if self.origin is Origin.BOTTOM_LEFT:
            start_y, end_y = self.divisions - end_y, self.divisions - start_y
        return GridPlacement(page - 1 + self.first_page_no, start_x, start_y, end_x, end_y)

    def from_units(self, placement: GridPlacement, rotation: int = 0) -> tuple[int, PageRect]:
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
        rect = PageRect.from_corners(placement.start_x / n, start_y / n, placement.end_x / n, end_y / n)
        if self.frame is PageFrame.UNROTATED:
            rect = unrotated_to_displayed(rect, rotation)
        return page, rect


# Our best reading of GMO Sign (see docs/geometry.md): percent of the displayed page, top-left origin,
# pages numbered from 1.
GMOSIGN_UNITS = GridConvention(
    name="GMO Sign", divisions=100, origin=Origin.TOP_LEFT, first_page_no=1, key="top-left"
)
# The other plausible readings calibration can tell apart (docs/accounts-check.md).
GMOSIGN_BOTTOM_LEFT = GridConvention(
    name="GMO Sign, measured from the bottom-left corner", origin=Origin.BOTTOM_LEFT, key="bottom-left"
)
GMOSIGN_UNROTATED = GridConvention(
    name="GMO Sign, on the unrotated page", frame=PageFrame.UNROTATED, key="unrotated-page"
)
CONVENTIONS: dict[str, GridConvention] = {
    c.key: c for c in (GMOSIGN_UNITS, GMOSIGN_BOTTOM_LEFT, GMOSIGN_UNROTATED)
}


def convention_named(key: str) -> GridConvention:
    """The convention an account stores by name; empty means our default reading (`GMOSIGN_UNITS`)."""
    if not key:
        return GMOSIGN_UNITS
    try:
        return CONVENTIONS[key]
    except KeyError:
        raise ValueError(f"unknown coordinate convention {key!r}; known: {', '.join(CONVENTIONS)}") from None


def displayed_to_unrotated(rect: PageRect, rotation: int) -> PageRect:
    """Fractions of the displayed page -> fractions of the page as stored (origin top-left of each).

    The displayed page is the stored one turned clockwise by `rotation`; docs/geometry.md has the table.
    """
    corners = [_to_unrotated(x, y, rotation % 360) for x, y in ((rect.x0, rect.y0), (rect.x1, rect.y1))]
    return PageRect.from_corners(corners[0][0], corners[0][1], corners[1][0], corners[1][1])


def unrotated_to_displayed(rect: PageRect, rotation: int) -> PageRect:
    """The inverse of `displayed_to_unrotated`."""
    inverse = (360 - rotation % 360) % 360
    corners = [_to_unrotated(x, y, inverse) for x, y in ((rect.x0, rect.y0), (rect.x1, rect.y1))]
    return PageRect.from_corners(corners[0][0], corners[0][1], corners[1][0], corners[1][1])


def _to_unrotated(x: float, y: float, rotation: int) -> tuple[float, float]:
    if rotation == 0:
        return x, y
    if rotation == 90:
        return y, 1.0 - x
    if rotation == 180:
        return 1.0 - x, 1.0 - y
    if rotation == 270:
        return 1.0 - y, x
    raise ValueError(f"page rotation must be 0, 90, 180 or 270, not {rotation}")


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

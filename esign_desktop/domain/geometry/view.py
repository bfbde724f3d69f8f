"""Displayed fractions <-> pixels of a page view at a zoom level (the editor's only transform)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from esign_desktop.domain.geometry.rect import PageRect


@dataclass(frozen=True, slots=True)
class ViewRect:
    """A rectangle in view pixels: (x, y) is the top-left corner, y grows downwards."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class PageView:
    """Where one page sits in a view.

    `page_width`/`page_height` are the displayed size in points (PageBox.displayed_size);
    `origin_x`/`origin_y` the page's top-left corner in logical (device-independent) pixels;
    `zoom` logical pixels per point; `device_pixel_ratio` physical pixels per logical pixel (2 at 200%).
    """

    page_width: float
    page_height: float
    zoom: float = 1.0
    origin_x: float = 0.0
    origin_y: float = 0.0
    device_pixel_ratio: float = 1.0

    def __post_init__(self) -> None:
        for name in ("page_width", "page_height", "zoom", "device_pixel_ratio"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number, not {value}")

    @property
    def size(self) -> tuple[float, float]:
        """The page's size in logical pixels."""
        return (self.page_width * self.zoom, self.page_height * self.zoom)

    @property
    def render_size(self) -> tuple[int, int]:
        """Physical pixels to render the page at, so it is sharp on this screen."""
        width, height = self.size
        ratio = self.device_pixel_ratio
        return (max(1, round(width * ratio)), max(1, round(height * ratio)))

    def fraction_to_pixel(self, u: float, v: float) -> tuple[float, float]:
        width, height = self.size
        return (self.origin_x + u * width, self.origin_y + v * height)

    def pixel_to_fraction(self, x: float, y: float) -> tuple[float, float]:
        """Logical pixel -> fraction, not clamped (a point off the page gives values outside 0..1)."""
        width, height = self.size
        return ((x - self.origin_x) / width, (y - self.origin_y) / height)

    def to_view(self, rect: PageRect) -> ViewRect:
        x0, y0 = self.fraction_to_pixel(rect.x0, rect.y0)
        x1, y1 = self.fraction_to_pixel(rect.x1, rect.y1)
        return ViewRect(x0, y0, x1 - x0, y1 - y0)

    def to_device(self, rect: PageRect) -> ViewRect:
        """In physical pixels of the rendered page image (origin at the image's top-left)."""
        width, height = self.render_size
        return ViewRect(rect.x0 * width, rect.y0 * height, rect.width * width, rect.height * height)

    def to_page_rect(self, rect: ViewRect) -> PageRect:
        """Logical pixels -> fractions, clamped to the page (a drag may leave it); ValueError if empty."""
        u0, v0 = self.pixel_to_fraction(rect.x, rect.y)
        u1, v1 = self.pixel_to_fraction(rect.right, rect.bottom)
        return PageRect.from_corners(u0, v0, u1, v1)

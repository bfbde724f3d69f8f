"""The rectangle every field is stored as: fractions of the displayed page."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageRect:
    """A rectangle in fractions of the displayed page; (x0, y0) is the top-left corner.

    Invariants: all values are finite, 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1.
    """

    x0: float
    y0: float
    x1: float
    y1: float

    def __post_init__(self) -> None:
        values = (self.x0, self.y0, self.x1, self.y1)
        if not all(math.isfinite(v) for v in values):
            raise ValueError(f"rectangle has a non-finite coordinate: {values}")
        if not (0.0 <= self.x0 < self.x1 <= 1.0 and 0.0 <= self.y0 < self.y1 <= 1.0):
            raise ValueError(f"rectangle must lie inside the page with positive size: {values}")

    @classmethod
    def from_corners(cls, ax: float, ay: float, bx: float, by: float) -> PageRect:
        """Build from any two opposite corners, clamped to the page (a drag may go either way)."""
        x0, x1 = sorted((_clamp01(ax), _clamp01(bx)))
        y0, y1 = sorted((_clamp01(ay), _clamp01(by)))
        return cls(x0, y0, x1, y1)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def center(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)

    def moved_by(self, dx: float, dy: float) -> PageRect:
        """Move without resizing, stopping at the page edges."""
        dx = min(max(dx, -self.x0), 1.0 - self.x1)
        dy = min(max(dy, -self.y0), 1.0 - self.y1)
        return PageRect(self.x0 + dx, self.y0 + dy, self.x1 + dx, self.y1 + dy)

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def intersects(self, other: PageRect) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


def _clamp01(value: float) -> float:
    return min(max(value, 0.0), 1.0)

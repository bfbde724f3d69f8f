"""Where each page sits in a continuous vertical scroll of all pages. Qt-free arithmetic.

Positions are in logical pixels of the scrolled content; `zoom` is the display scale (1.0 = 100%, where one
point is 96/72 logical pixels, as PDF readers show "actual size").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from esign_desktop.ui.editor.placement import PageSize

PIXELS_PER_POINT_AT_100 = 96.0 / 72.0
PAGE_SPACING = 12.0  # logical pixels between pages and around them


@dataclass(frozen=True, slots=True)
class PageSlot:
    """One page's rectangle in content pixels."""

    index: int  # 0-based
    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height


class PageLayout:
    """Pages stacked top to bottom, each centred horizontally in the available width."""

    def __init__(self, page_sizes: Sequence[PageSize], zoom: float, available_width: float) -> None:
        self.page_sizes = tuple(page_sizes)
        self.zoom = zoom
        scale = zoom * PIXELS_PER_POINT_AT_100
        widest = max((w for w, _ in self.page_sizes), default=0.0) * scale
        self.content_width = max(widest + 2 * PAGE_SPACING, available_width)
        slots: list[PageSlot] = []
        y = PAGE_SPACING
        for index, (width_pt, height_pt) in enumerate(self.page_sizes):
            width, height = width_pt * scale, height_pt * scale
            slots.append(PageSlot(index, (self.content_width - width) / 2, y, width, height))
            y += height + PAGE_SPACING
        self.slots: tuple[PageSlot, ...] = tuple(slots)
        self.content_height = y if slots else 0.0
        self._tops = [slot.y for slot in slots]

    @property
    def pixels_per_point(self) -> float:
        return self.zoom * PIXELS_PER_POINT_AT_100

    def pages_between(self, top: float, bottom: float) -> range:
        """Indices of pages that intersect the band [top, bottom] of content pixels."""
        if not self.slots:
            return range(0)
        first = max(bisect.bisect_right(self._tops, top) - 1, 0)
        if self.slots[first].bottom < top:
            first += 1
        last = bisect.bisect_right(self._tops, bottom)
        return range(first, min(max(last, first), len(self.slots)))

    def page_at(self, x: float, y: float) -> PageSlot | None:
        for index in self.pages_between(y, y):
            slot = self.slots[index]
            if slot.x <= x <= slot.x + slot.width and slot.y <= y <= slot.bottom:
                return slot
        return None

    def nearest_page(self, y: float) -> int:
        """The page whose vertical extent is closest to content y (for points between pages)."""
        if not self.slots:
            return -1
        index = max(bisect.bisect_right(self._tops, y) - 1, 0)
        if index + 1 < len(self.slots):
            gap_middle = (self.slots[index].bottom + self.slots[index + 1].y) / 2
            if y > gap_middle:
                return index + 1
        return index

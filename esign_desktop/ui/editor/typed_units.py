"""x/y/w/h as a person types them in the properties panel, in the provider's own units.

Qt-free. With a grid (GMO Sign) the numbers are the integers the service receives (percent of the page);
without one (Assently) they are points from the displayed page's top-left corner, to two decimals.
"""

from __future__ import annotations

from dataclasses import dataclass

from esign_desktop.domain.geometry import GridPlacement, PageRect
from esign_desktop.ui.editor.placement import PageSize, PlacementRules

POINT_DECIMALS = 2


@dataclass(frozen=True, slots=True)
class TypedGeometry:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class TypedUnits:
    """Converts between a field's rectangle and the four numbers the panel shows."""

    rules: PlacementRules

    @property
    def is_grid(self) -> bool:
        return self.rules.grid is not None

    @property
    def suffix(self) -> str:
        return " %" if self.rules.grid is not None and self.rules.grid.divisions == 100 else " pt"

    @property
    def decimals(self) -> int:
        return 0 if self.is_grid else POINT_DECIMALS

    def maximum(self, page_size: PageSize) -> tuple[float, float]:
        """The largest x/width and y/height values on this page."""
        grid = self.rules.grid
        if grid is not None:
            return (float(grid.divisions), float(grid.divisions))
        return (round(page_size[0], POINT_DECIMALS), round(page_size[1], POINT_DECIMALS))

    def to_typed(self, rect: PageRect, page: int, page_size: PageSize) -> TypedGeometry:
        grid = self.rules.grid
        if grid is not None:
            units = grid.to_units(rect, page)
            return TypedGeometry(
                units.start_x, units.start_y, units.end_x - units.start_x, units.end_y - units.start_y
            )
        width, height = page_size
        return TypedGeometry(
            round(rect.x0 * width, POINT_DECIMALS),
            round(rect.y0 * height, POINT_DECIMALS),
            round(rect.width * width, POINT_DECIMALS),
            round(rect.height * height, POINT_DECIMALS),
        )

    def from_typed(self, typed: TypedGeometry, page: int, page_size: PageSize) -> PageRect:
        """The rectangle for typed values; values that would leave the page are pulled back inside."""
        grid = self.rules.grid
        if grid is not None:
            n = grid.divisions
            width = min(max(round(typed.width), 1), n)
            height = min(max(round(typed.height), 1), n)
            start_x = min(max(round(typed.x), 0), n - width)
            start_y = min(max(round(typed.y), 0), n - height)
            placement = GridPlacement(
                page - 1 + grid.first_page_no, start_x, start_y, start_x + width, start_y + height
            )
            return grid.from_units(placement)[1]
        page_width, page_height = page_size
        min_w, min_h = self.rules.min_size(page_size)
        fraction_w = min(max(typed.width / page_width, min_w), 1.0)
        fraction_h = min(max(typed.height / page_height, min_h), 1.0)
        x0 = min(max(typed.x / page_width, 0.0), 1.0 - fraction_w)
        y0 = min(max(typed.y / page_height, 0.0), 1.0 - fraction_h)
        return PageRect(x0, y0, min(x0 + fraction_w, 1.0), min(y0 + fraction_h, 1.0))

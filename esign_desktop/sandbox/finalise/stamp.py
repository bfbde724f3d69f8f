"""What the sandbox stamps on a completed document, and where."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.page_geometry import PageGeometry


class StampKind(StrEnum):
    SIGNATURE = "signature"
    DATE = "date"
    TEXT = "text"
    CHECKBOX = "checkbox"


@dataclass(frozen=True, slots=True)
class StampRect:
    """A rectangle in fractions of the displayed page (after /Rotate, inside the CropBox, origin top-left)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def __post_init__(self) -> None:
        values = (self.x0, self.y0, self.x1, self.y1)
        if not all(math.isfinite(v) for v in values):
            raise FinaliseError(f"stamp rectangle has a non-finite coordinate: {values}")
        if not (0.0 <= self.x0 < self.x1 <= 1.0 and 0.0 <= self.y0 < self.y1 <= 1.0):
            raise FinaliseError(
                f"stamp rectangle must lie on the page (fractions 0..1, x0 < x1, y0 < y1), got {values}"
            )

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass(frozen=True, slots=True)
class GmoPercentConvention:
    """How GMO Sign's integer coordinates map to the displayed page.

    Nothing public states GMO Sign's origin or axis direction; the project's reading is percent of the
    displayed page per axis, origin top-left, y down. Kept in this one object so a correction is one edit.
    """

    scale: int = 100
    origin_top_left: bool = True

    def to_rect(self, start_x: int, start_y: int, end_x: int, end_y: int) -> StampRect:
        values = (start_x, start_y, end_x, end_y)
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= self.scale for v in values):
            raise FinaliseError(f"GMO Sign coordinates must be integers 0..{self.scale}, got {values}")
        if not (start_x < end_x and start_y < end_y):
            raise FinaliseError(f"GMO Sign field must have start < end on both axes, got {values}")
        y0, y1 = start_y / self.scale, end_y / self.scale
        if not self.origin_top_left:
            y0, y1 = 1.0 - y1, 1.0 - y0
        return StampRect(start_x / self.scale, y0, end_x / self.scale, y1)


GMO_PERCENT = GmoPercentConvention()


def rect_from_gmo_percent(start_x: int, start_y: int, end_x: int, end_y: int) -> StampRect:
    """GMO Sign's start/end x/y (integers 0..100) as a displayed-page rectangle."""
    return GMO_PERCENT.to_rect(start_x, start_y, end_x, end_y)


def rect_from_user_space(geometry: PageGeometry, rect: tuple[float, float, float, float]) -> StampRect:
    """An AcroForm widget /Rect (user space of the page, corners in any order) as a displayed-page rectangle.

    The part outside the visible box is cut off, as a viewer would hide it.
    """
    ax, ay, bx, by = rect
    corners = [geometry.to_fractions(x, y) for x, y in ((ax, ay), (bx, by))]
    x0, x1 = sorted(min(max(fx, 0.0), 1.0) for fx, _ in corners)
    y0, y1 = sorted(min(max(fy, 0.0), 1.0) for _, fy in corners)
    if not (x0 < x1 and y0 < y1):
        raise FinaliseError(f"form field rectangle {rect} is outside the visible page {geometry.visible_box}")
    return StampRect(x0, y0, x1, y1)


@dataclass(frozen=True, slots=True)
class Stamp:
    """One completed field to draw on the final document.

    - signature: a bordered box with `signer_name` and the signing time;
    - date: `text`, or the date of `signed_at` when `text` is empty;
    - text: `text`;
    - checkbox: a check mark when `checked`.
    `field_name` names the AcroForm field this stamp fills (Assently): that field is removed from the final
    document, its stamp replaces it as a flattened form would.
    """

    page: int  # 1-based
    rect: StampRect
    kind: StampKind
    signed_at: datetime
    text: str = ""
    checked: bool = False
    signer_name: str = ""
    field_name: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.page, bool) or not isinstance(self.page, int) or self.page < 1:
            raise FinaliseError(f"stamp page numbers start at 1, got {self.page!r}")
        try:
            object.__setattr__(self, "kind", StampKind(self.kind))
        except ValueError:
            kinds = ", ".join(kind.value for kind in StampKind)
            raise FinaliseError(f"stamp kind must be one of {kinds}, not {self.kind!r}") from None
        if self.signed_at.tzinfo is None or self.signed_at.utcoffset() is None:
            raise FinaliseError("stamp signed_at must be a timezone-aware datetime (for example in UTC)")

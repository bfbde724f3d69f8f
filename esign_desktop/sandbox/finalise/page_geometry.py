"""Where a page is shown: the sandbox's own page model (it does not share the client's geometry code).

A position on the *displayed* page is a pair of fractions (fx, fy): after /Rotate, inside the visible box,
origin top-left, y down. "Overlay space" is the displayed page in user units with the origin bottom-left and
y up, which is what reportlab draws in. One matrix per rotation maps overlay space to the page's user space;
every other conversion is derived from it, so there is a single place where rotation is decided.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pypdf import PageObject
from pypdf.generic import ArrayObject, DictionaryObject

from esign_desktop.sandbox.finalise.errors import FinaliseError

Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]

# What viewers (pdf.js, pdfium) assume when a page has no usable MediaBox: US Letter.
DEFAULT_MEDIA_BOX: Box = (0.0, 0.0, 612.0, 792.0)


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """The visible box of a page in user space (normalised corners), its rotation and its UserUnit."""

    visible_box: Box
    rotation: int  # 0, 90, 180 or 270, clockwise as the PDF specification defines /Rotate
    user_unit: float = 1.0

    def __post_init__(self) -> None:
        if self.rotation not in (0, 90, 180, 270):
            raise FinaliseError(
                f"page rotation must be 0, 90, 180 or 270 after normalising, not {self.rotation}"
            )
        x0, y0, x1, y1 = self.visible_box
        if not (x1 > x0 and y1 > y0):
            raise FinaliseError(
                f"the page has no visible area (box {self.visible_box}); it cannot be stamped"
            )
        if not (math.isfinite(self.user_unit) and self.user_unit > 0):
            raise FinaliseError(f"the page's /UserUnit must be a positive number, not {self.user_unit}")

    @classmethod
    def of_page(cls, page: PageObject) -> PageGeometry:
        """Read the boxes the way viewers do: inherited values, missing MediaBox, CropBox clipped to it."""
        media = _box(_inherited(page, "/MediaBox")) or DEFAULT_MEDIA_BOX
        crop = _box(_inherited(page, "/CropBox"))
        visible = _intersection(media, crop) if crop is not None else media
        return cls(
            visible_box=visible or media,  # a CropBox outside the MediaBox is ignored, as pdf.js does
            rotation=normalise_rotation(_inherited(page, "/Rotate") or 0),
            user_unit=float(page.get("/UserUnit", 1.0)),
        )

    @property
    def box_width(self) -> float:
        return self.visible_box[2] - self.visible_box[0]

    @property
    def box_height(self) -> float:
        return self.visible_box[3] - self.visible_box[1]

    @property
    def displayed_size(self) -> tuple[float, float]:
        """Width and height of the page as shown, in user units."""
        if self.rotation in (90, 270):
            return self.box_height, self.box_width
        return self.box_width, self.box_height

    @property
    def overlay_to_user(self) -> Matrix:
        """The PDF matrix (a b c d e f) taking overlay space to user space: it undoes the page's rotation."""
        x0, y0, x1, y1 = self.visible_box
        return {
            0: (1.0, 0.0, 0.0, 1.0, x0, y0),
            90: (0.0, 1.0, -1.0, 0.0, x1, y0),
            180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
            270: (0.0, -1.0, 1.0, 0.0, x0, y1),
        }[self.rotation]

    def to_user_space(self, fx: float, fy: float) -> tuple[float, float]:
        """A displayed-page fraction to a user space point."""
        width, height = self.displayed_size
        a, b, c, d, e, f = self.overlay_to_user
        x, y = fx * width, (1.0 - fy) * height
        return a * x + c * y + e, b * x + d * y + f

    def to_fractions(self, ux: float, uy: float) -> tuple[float, float]:
        """A user space point to a displayed-page fraction (may lie outside 0..1 if the point is off-page)."""
        width, height = self.displayed_size
        a, b, c, d, e, f = self.overlay_to_user
        # The linear part is a rotation by a multiple of 90 degrees, so its inverse is its transpose.
        dx, dy = ux - e, uy - f
        x, y = a * dx + b * dy, c * dx + d * dy
        return x / width, 1.0 - y / height


def normalise_rotation(value: object) -> int:
    """/Rotate as viewers read it: any multiple of 90 (negative or past 360) taken modulo 360."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise FinaliseError(f"page /Rotate must be a number, not {value!r}") from None
    if not number.is_integer() or int(number) % 90 != 0:
        raise FinaliseError(f"page /Rotate must be a multiple of 90 degrees, not {value!r}")
    return int(number) % 360


def _inherited(page: DictionaryObject, key: str) -> object:
    """A page attribute, looked up through the page tree (boxes and /Rotate are inheritable)."""
    node: DictionaryObject | None = page
    for _ in range(64):  # a guard against cyclic /Parent chains in broken files
        if node is None:
            return None
        if key in node:
            return node[key].get_object()
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _box(value: object) -> Box | None:
    """Four numbers, corners in any order, as (left, bottom, right, top); None if unusable."""
    if not isinstance(value, ArrayObject | list) or len(value) != 4:
        return None
    try:
        ax, ay, bx, by = (float(v.get_object() if hasattr(v, "get_object") else v) for v in value)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (ax, ay, bx, by)):
        return None
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _intersection(first: Box, second: Box) -> Box | None:
    x0, y0 = max(first[0], second[0]), max(first[1], second[1])
    x1, y1 = min(first[2], second[2]), min(first[3], second[3])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None

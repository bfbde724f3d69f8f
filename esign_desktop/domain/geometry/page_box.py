"""One PDF page's boxes, and conversions between displayed fractions and PDF user space.

Pure arithmetic: the pdf layer reads the raw values with pypdf and hands them to `PageBox.from_raw`, which
normalises them the way PDF viewers (pdf.js, pdfium) do. See docs/geometry.md for the conventions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from esign_desktop.domain.errors import AppError
from esign_desktop.domain.geometry.rect import PageRect

VALID_ROTATIONS = (0, 90, 180, 270)

# What people read about a page that cannot be shown (inside the PDF problem "Page %1: %2"): templates with
# values (domain/errors.py), listed in ui/error_text.GEOMETRY_TEMPLATES for translation.
NO_USABLE_SIZE = (
    "A page has no usable size (its MediaBox is missing or has zero width or height). "
    "Re-save the PDF from its original application and try again."
)
ROTATION_NOT_RIGHT_ANGLE = (
    "The page rotation %1 is not a multiple of 90 degrees, so the page cannot be shown reliably. "
    "Re-save the PDF from its original application and try again."
)
TEMPLATES: tuple[str, ...] = (NO_USABLE_SIZE, ROTATION_NOT_RIGHT_ANGLE)


class PageGeometryError(AppError, ValueError):
    """A page whose boxes or rotation cannot be displayed. Those people may read are built from TEMPLATES;
    the others (broken invariants of values this code made) are English sentences of their own."""


class OutsidePageError(PageGeometryError):
    """A rectangle lies entirely outside the visible (cropped) page."""


@dataclass(frozen=True, slots=True)
class UserBox:
    """A rectangle in PDF user space (points, y grows upwards). Invariant: left < right, bottom < top."""

    left: float
    bottom: float
    right: float
    top: float

    def __post_init__(self) -> None:
        values = (self.left, self.bottom, self.right, self.top)
        if not all(math.isfinite(v) for v in values):
            raise PageGeometryError(f"a page box has a non-finite coordinate: {values}")
        if not (self.left < self.right and self.bottom < self.top):
            raise PageGeometryError(f"a page box has no area: {values}")

    @classmethod
    def from_corners(cls, x0: float, y0: float, x1: float, y1: float) -> UserBox:
        """Accept the corners in any order: files in the wild often store boxes inverted."""
        return cls(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def intersection(self, other: UserBox) -> UserBox | None:
        left, right = max(self.left, other.left), min(self.right, other.right)
        bottom, top = max(self.bottom, other.bottom), min(self.top, other.top)
        if left < right and bottom < top:
            return UserBox(left, bottom, right, top)
        return None

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.left, self.bottom, self.right, self.top)


def normalise_rotation(rotate: float) -> int:
    """/Rotate modulo 360 (-90 -> 270, 450 -> 90, 990 -> 270); anything not a multiple of 90 is refused."""
    if not math.isfinite(rotate) or rotate != int(rotate) or int(rotate) % 90 != 0:
        raise PageGeometryError(ROTATION_NOT_RIGHT_ANGLE, f"{rotate:g}")
    return int(rotate) % 360


@dataclass(frozen=True, slots=True)
class PageBox:
    """One page: MediaBox, the effective CropBox (already intersected), /Rotate (0/90/180/270) and UserUnit.

    Fractions are of the page *as displayed*: the crop box, rotated clockwise by `rotation`, origin top-left.
    """

    media: UserBox
    crop: UserBox
    rotation: int = 0
    user_unit: float = 1.0

    def __post_init__(self) -> None:
        if self.rotation not in VALID_ROTATIONS:
            raise PageGeometryError(f"rotation must be one of {VALID_ROTATIONS}, not {self.rotation}")
        if not (math.isfinite(self.user_unit) and self.user_unit > 0):
            raise PageGeometryError(f"UserUnit must be a positive number, not {self.user_unit}")

    @classmethod
    def from_raw(
        cls,
        mediabox: Sequence[float] | None,
        cropbox: Sequence[float] | None = None,
        rotate: float = 0,
        user_unit: float | None = None,
    ) -> PageBox:
        """Normalise values as read from a file (already resolved through the page tree's inheritance).

        - MediaBox missing, malformed or without area: refused (we cannot place fields on it).
        - Corners in any order are sorted.
        - CropBox missing, malformed, or not overlapping the MediaBox: the MediaBox (as pdf.js does);
          otherwise the intersection of both.
        - /Rotate normalised modulo 360; not a multiple of 90: refused.
        - UserUnit missing, zero, negative or not finite: 1.
        """
        media = _box_or_none(mediabox)
        if media is None:
            raise PageGeometryError(NO_USABLE_SIZE)
        crop_candidate = _box_or_none(cropbox)
        crop = media if crop_candidate is None else (crop_candidate.intersection(media) or media)
        unit = 1.0
        if user_unit is not None and math.isfinite(user_unit) and user_unit > 0:
            unit = float(user_unit)
        return cls(media=media, crop=crop, rotation=normalise_rotation(rotate), user_unit=unit)

    @property
    def is_sideways(self) -> bool:
        return self.rotation in (90, 270)

    @property
    def displayed_size(self) -> tuple[float, float]:
        """(width, height) in points (1/72 inch) as displayed: swapped for 90/270, scaled by UserUnit."""
        width, height = self.crop.width, self.crop.height
        if self.is_sideways:
            width, height = height, width
        return (width * self.user_unit, height * self.user_unit)

    def fraction_to_user(self, u: float, v: float) -> tuple[float, float]:
        """A displayed fraction point (u right, v down, from the top-left) -> user space (x, y)."""
        crop = self.crop
        if self.rotation == 0:
            return (crop.left + u * crop.width, crop.top - v * crop.height)
        if self.rotation == 90:
            return (crop.left + v * crop.width, crop.bottom + u * crop.height)
        if self.rotation == 180:
            return (crop.right - u * crop.width, crop.bottom + v * crop.height)
        return (crop.right - v * crop.width, crop.top - u * crop.height)

    def user_to_fraction(self, x: float, y: float) -> tuple[float, float]:
        """User space (x, y) -> displayed fraction (u, v); outside the crop box gives values outside 0..1."""
        crop = self.crop
        fx = (x - crop.left) / crop.width  # 0 at the crop box's left edge
        fy = (y - crop.bottom) / crop.height  # 0 at the crop box's bottom edge
        if self.rotation == 0:
            return (fx, 1.0 - fy)
        if self.rotation == 90:
            return (fy, fx)
        if self.rotation == 180:
            return (1.0 - fx, fy)
        return (1.0 - fy, 1.0 - fx)

    def to_user_box(self, rect: PageRect) -> UserBox:
        """A field's displayed rectangle -> its rectangle in user space (e.g. a widget's /Rect)."""
        ax, ay = self.fraction_to_user(rect.x0, rect.y0)
        bx, by = self.fraction_to_user(rect.x1, rect.y1)
        return UserBox.from_corners(ax, ay, bx, by)

    def to_page_rect(self, box: UserBox) -> PageRect:
        """A user space rectangle -> displayed fractions, clipped to the visible page.

        Raises OutsidePageError when nothing of it is visible.
        """
        au, av = self.user_to_fraction(box.left, box.bottom)
        bu, bv = self.user_to_fraction(box.right, box.top)
        x0, x1 = max(min(au, bu), 0.0), min(max(au, bu), 1.0)
        y0, y1 = max(min(av, bv), 0.0), min(max(av, bv), 1.0)
        if not (x0 < x1 and y0 < y1):
            raise OutsidePageError("the rectangle lies outside the visible part of the page")
        return PageRect(x0, y0, x1, y1)


def _box_or_none(values: Sequence[float] | None) -> UserBox | None:
    if values is None or len(values) != 4:
        return None
    try:
        corners = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in corners):
        return None
    x0, y0, x1, y1 = corners
    if x0 == x1 or y0 == y1:
        return None
    return UserBox.from_corners(x0, y0, x1, y1)

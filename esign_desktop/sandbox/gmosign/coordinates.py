"""The one place where GMO Sign coordinates (integers 0..100 + page_no) become the sandbox's page rectangles.

By default they are percent of the displayed page (after /Rotate, inside the CropBox), origin top-left, as
the project reads the silent reference. Two deviation profiles (profiles.py) read them otherwise, so the
client's placement calibration can be proven against each:

* `gmosign_bottom_left_origin`: y is measured upwards from the bottom edge (start_y is the lower edge);
* `gmosign_unrotated_page`: the percentages are of the page as stored, /Rotate ignored (origin top-left of
  the unrotated page); the field is turned with the page when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from esign_desktop.sandbox.finalise.errors import FinaliseError
from esign_desktop.sandbox.finalise.page_geometry import PageGeometry
from esign_desktop.sandbox.pdf_inspection import UnreadablePdfError, open_pdf
from esign_desktop.sandbox.profiles import Profile, ProfileSettings

Fractions = tuple[float, float, float, float]  # left, top, right, bottom of the displayed page, 0..1


@dataclass(frozen=True, slots=True)
class CoordinateReading:
    bottom_left: bool = False
    unrotated: bool = False

    @classmethod
    def of(cls, profiles: ProfileSettings) -> CoordinateReading:
        return cls(
            bottom_left=Profile.GMO_BOTTOM_LEFT_ORIGIN in profiles,
            unrotated=Profile.GMO_UNROTATED_PAGE in profiles,
        )

    def to_displayed(
        self, start_x: int, start_y: int, end_x: int, end_y: int, rotation: Callable[[], int]
    ) -> Fractions:
        """`rotation` gives the page's /Rotate (read only when this reading needs it)."""
        left, top, right, bottom = start_x / 100, start_y / 100, end_x / 100, end_y / 100
        if self.bottom_left:
            top, bottom = 1.0 - bottom, 1.0 - top
        if self.unrotated:
            left, top, right, bottom = _turn(left, top, right, bottom, rotation())
        return left, top, right, bottom


def _turn(left: float, top: float, right: float, bottom: float, rotation: int) -> Fractions:
    """Fractions of the stored page -> fractions of the page turned clockwise by `rotation` for display."""
    corners = [_turn_point(x, y, rotation) for x, y in ((left, top), (right, bottom))]
    xs, ys = sorted(c[0] for c in corners), sorted(c[1] for c in corners)
    return xs[0], ys[0], xs[1], ys[1]


def _turn_point(x: float, y: float, rotation: int) -> tuple[float, float]:
    # A point of the stored page (origin top-left, y down) seen on the page turned clockwise.
    if rotation == 90:
        return 1.0 - y, x
    if rotation == 180:
        return 1.0 - x, 1.0 - y
    if rotation == 270:
        return y, 1.0 - x
    return x, y


def page_rotation(pdf: bytes, page_no: int) -> int:
    """The normalised /Rotate of page `page_no` (1-based); 0 if the file cannot say."""
    try:
        reader = open_pdf(pdf)
        return PageGeometry.of_page(reader.pages[page_no - 1]).rotation
    except (UnreadablePdfError, FinaliseError, IndexError, ValueError):
        return 0

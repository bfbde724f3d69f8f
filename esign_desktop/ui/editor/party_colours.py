"""One colour per party, by position, readable on a white page; the sender's fields are grey.

The hand-picked eight keep 3:1 contrast with the white page (WCAG AA for graphics such as field outlines);
label text on a party colour uses ui/contrast.text_colour_on, which always reaches 4.5:1.

The first eight are a hand-picked palette; after that the hue steps by the golden angle, so every further
party still gets a colour of its own (hues never repeat exactly and stay far from their neighbours).
"""

from __future__ import annotations

import colorsys

from PySide6.QtGui import QColor

Rgb = tuple[int, int, int]

_PALETTE: tuple[Rgb, ...] = (
    (31, 119, 180),
    (214, 39, 40),
    (44, 160, 44),
    (148, 103, 189),
    (230, 97, 0),
    (0, 150, 165),
    (140, 86, 75),
    (214, 80, 170),
)
SENDER_RGB: Rgb = (110, 110, 110)
SENDER_COLOUR = QColor(*SENDER_RGB)
_GOLDEN_ANGLE = 137.50776405003785  # degrees
_FIRST_HUE = 320.0  # chosen so the first generated colours sit between the palette's hues
# Three saturations times three values, cycled with the hue: neighbouring hues also differ in lightness.
_SATURATIONS = (0.9, 0.6, 0.75)
_VALUES = (0.9, 0.65, 0.5)


def party_rgb(index: int) -> Rgb:
    """Qt-free: the colour of the party at `index` in the envelope; -1 (the sender) is grey."""
    if index < 0:
        return SENDER_RGB
    if index < len(_PALETTE):
        return _PALETTE[index]
    step = index - len(_PALETTE)
    hue = (_FIRST_HUE + step * _GOLDEN_ANGLE) % 360.0
    saturation = _SATURATIONS[step % len(_SATURATIONS)]
    value = _VALUES[(step // len(_SATURATIONS)) % len(_VALUES)]
    red, green, blue = colorsys.hsv_to_rgb(hue / 360.0, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


def party_colour_hex(index: int) -> str:
    """Qt-free: the party colour as "#rrggbb" (for style sheets, HTML and exports)."""
    red, green, blue = party_rgb(index)
    return f"#{red:02x}{green:02x}{blue:02x}"


def party_colour(index: int) -> QColor:
    """`index` is the party's position in the envelope; -1 (no party: the sender fills it) is grey."""
    return QColor(*party_rgb(index))

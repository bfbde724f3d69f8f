"""WCAG 2 contrast arithmetic (relative luminance, contrast ratio) on plain RGB triples. Qt-free.

AA asks 4.5:1 for text and 3:1 for graphics such as field outlines; the tests hold every status, message and
party colour to it, and painters use `text_colour_on` so label text stays readable on any party colour.
"""

from __future__ import annotations

Rgb = tuple[int, int, int]

AA_TEXT = 4.5
AA_GRAPHICS = 3.0
BLACK: Rgb = (0, 0, 0)
WHITE: Rgb = (255, 255, 255)


def rgb_from_hex(text: str) -> Rgb:
    """ "#rrggbb" -> (r, g, b)."""
    digits = text.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {text!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(rgb: Rgb) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: Rgb, second: Rgb) -> float:
    """1.0 (same) to 21.0 (black on white), symmetric."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(background: Rgb) -> Rgb:
    """White when it passes AA on `background`, else black (one of the two always passes)."""
    return WHITE if contrast_ratio(WHITE, background) >= AA_TEXT else BLACK


def ink_for(colour: Rgb, background: Rgb = WHITE, minimum: float = AA_TEXT) -> Rgb:
    """`colour` darkened (lightened on a dark background) just enough to reach `minimum` on `background`."""
    target = BLACK if relative_luminance(background) > 0.18 else WHITE
    current = colour
    for step in range(21):
        if contrast_ratio(current, background) >= minimum:
            return current
        share = (step + 1) / 20
        current = (
            round(colour[0] + (target[0] - colour[0]) * share),
            round(colour[1] + (target[1] - colour[1]) * share),
            round(colour[2] + (target[2] - colour[2]) * share),
        )
    return target

"""Which font draws a string: Helvetica for Western text, a Japanese CID font for everything else."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

LATIN_FONT = "Helvetica"
LATIN_BOLD_FONT = "Helvetica-Bold"
MONOSPACE_FONT = "Courier"
# Not embedded: every Japanese-capable viewer ships it or substitutes it (Adobe-Japan1 collection).
JAPANESE_FONT = "HeiseiKakuGo-W5"

_registration_lock = threading.Lock()
_registered = False


def font_for(text: str, *, bold: bool = False) -> str:
    """Helvetica when the standard WinAnsi encoding can hold `text`, else the Japanese CID font."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        _register_japanese_font()
        return JAPANESE_FONT
    return LATIN_BOLD_FONT if bold else LATIN_FONT


def fitting_size(text: str, font: str, max_width: float, max_size: float) -> float:
    """The largest size up to `max_size` at which `text` fits in `max_width`."""
    width_at_one = float(pdfmetrics.stringWidth(text, font, 1.0))
    if width_at_one <= 0:
        return max_size
    return max(min(max_size, max_width / width_at_one), 0.0)


def format_moment(moment: datetime) -> str:
    """A time as every sandbox document shows it: UTC, to the minute."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def format_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d")


def _register_japanese_font() -> None:
    global _registered
    with _registration_lock:
        if not _registered:
            pdfmetrics.registerFont(UnicodeCIDFont(JAPANESE_FONT))
            _registered = True

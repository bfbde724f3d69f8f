"""One colour per party, by position, readable on a white page; the sender's fields are grey."""

from __future__ import annotations

from PySide6.QtGui import QColor

_COLOURS = (
    QColor(31, 119, 180),
    QColor(214, 39, 40),
    QColor(44, 160, 44),
    QColor(148, 103, 189),
    QColor(255, 127, 14),
    QColor(23, 190, 207),
    QColor(140, 86, 75),
    QColor(227, 119, 194),
)
SENDER_COLOUR = QColor(110, 110, 110)


def party_colour(index: int) -> QColor:
    """`index` is the party's position in the envelope; -1 (no party: the sender fills it) is grey."""
    if index < 0:
        return QColor(SENDER_COLOUR)
    return QColor(_COLOURS[index % len(_COLOURS)])

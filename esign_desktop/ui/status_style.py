"""Colours and icons for envelope statuses, readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from esign_desktop.domain.status import EnvelopeStatus

# (light palette, dark palette) colours per status family.
_GREY = ("#5f6368", "#bdc1c6")
_BLUE = ("#1a5fb4", "#78aeed")
_AMBER = ("#9c5d00", "#f6c05a")
_GREEN = ("#26734d", "#6fd49b")
_RED = ("#b3261e", "#f28b82")

_COLOURS: dict[EnvelopeStatus, tuple[str, str]] = {
    EnvelopeStatus.DRAFT: _GREY,
    EnvelopeStatus.PENDING_APPROVAL: _AMBER,
    EnvelopeStatus.SENT: _BLUE,
    EnvelopeStatus.SIGNED: _GREEN,
    EnvelopeStatus.COMPLETED: _GREEN,
    EnvelopeStatus.REJECTED: _RED,
    EnvelopeStatus.RECALLED: _GREY,
    EnvelopeStatus.EXPIRED: _AMBER,
    EnvelopeStatus.DELETED: _GREY,
    EnvelopeStatus.FAILED: _RED,
}

_ICON_CACHE: dict[tuple[EnvelopeStatus, bool], QIcon] = {}
_ICON_SIZE = 16


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(status: EnvelopeStatus, palette: QPalette) -> QColor:
    light, dark = _COLOURS[status]
    return QColor(dark if is_dark(palette) else light)


def status_icon(status: EnvelopeStatus, palette: QPalette) -> QIcon:
    """A small badge whose shape differs per status family, so colour is never the only cue."""
    key = (status, is_dark(palette))
    icon = _ICON_CACHE.get(key)
    if icon is None:
        icon = QIcon(_draw_badge(status, status_colour(status, palette)))
        _ICON_CACHE[key] = icon
    return icon


def _draw_badge(status: EnvelopeStatus, colour: QColor) -> QPixmap:
    pixmap = QPixmap(_ICON_SIZE, _ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPen(colour, 2)
    painter.setPen(outline)
    box = QRectF(2, 2, _ICON_SIZE - 4, _ICON_SIZE - 4)
    if status in {EnvelopeStatus.COMPLETED, EnvelopeStatus.SIGNED}:
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 2))
        tick = QPainterPath(QPointF(5, 8.5))
        tick.lineTo(7, 10.5)
        tick.lineTo(11, 5.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif status in {EnvelopeStatus.REJECTED, EnvelopeStatus.FAILED}:
        painter.drawLine(QPointF(4, 4), QPointF(12, 12))
        painter.drawLine(QPointF(12, 4), QPointF(4, 12))
    elif status in {EnvelopeStatus.SENT, EnvelopeStatus.PENDING_APPROVAL}:
        painter.drawEllipse(box)
        painter.drawLine(QPointF(8, 8), QPointF(8, 5))
        painter.drawLine(QPointF(8, 8), QPointF(10.5, 9.5))
    elif status is EnvelopeStatus.EXPIRED:
        painter.drawRect(box)
    else:
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawEllipse(box)
    painter.end()
    return pixmap


def problem_colour(palette: QPalette, *, warning: bool = False) -> QColor:
    """Text colour for problems and warnings shown beside inputs, readable on the palette's window colour."""
    light, dark = _AMBER if warning else _RED
    return QColor(dark if is_dark(palette) else light)

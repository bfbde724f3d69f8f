"""The application's icon, drawn (no image files to ship): a page with a signature stroke and a tick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def app_pixmap(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 32
    page = QRectF(5 * unit, 2 * unit, 22 * unit, 28 * unit)
    painter.setPen(QPen(QColor("#1f3a5f"), max(1.0, 1.5 * unit)))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(page, 2 * unit, 2 * unit)
    stroke = QPainterPath(QPointF(9 * unit, 21 * unit))
    stroke.cubicTo(
        QPointF(12 * unit, 13 * unit), QPointF(14 * unit, 27 * unit), QPointF(17 * unit, 19 * unit)
    )
    stroke.cubicTo(
        QPointF(19 * unit, 15 * unit), QPointF(20 * unit, 23 * unit), QPointF(23 * unit, 20 * unit)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_round_pen("#1f6feb", max(1.0, 2 * unit)))
    painter.drawPath(stroke)
    painter.setPen(_round_pen("#1a7f37", max(1.0, 2.2 * unit)))
    painter.drawPolyline(
        [QPointF(10 * unit, 9 * unit), QPointF(13 * unit, 12 * unit), QPointF(20 * unit, 6 * unit)]
    )
    painter.end()
    return pixmap


def _round_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(app_pixmap(size))
    return icon


def write_icon_png(path: Path, size: int = 64) -> str:
    """The icon as a PNG file (for the D-Bus notification service, which takes a path); "" if it failed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return ""
    return str(path) if app_pixmap(size).save(str(path), "PNG") else ""

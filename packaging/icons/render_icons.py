"""Render the app icon from esign-desktop.svg: a 256 px PNG (Linux, window icon), .ico (Windows), .icns.

Run from the repository root after changing the SVG, and commit the results:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render_icons.py
Qt's own SVG renderer and image-format plug-ins do the work, so no other tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent
SOURCE = ICONS / "esign-desktop.svg"
PNG_SIZE = 256
# (file, size, Qt image format): .ico and .icns keep one 256 px image, which Windows and macOS scale down.
TARGETS = (
    ("esign-desktop.png", PNG_SIZE, b"PNG"),
    ("esign-desktop.ico", PNG_SIZE, b"ICO"),
    ("esign-desktop.icns", PNG_SIZE, b"ICNS"),
)


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for name, size, image_format in TARGETS:
        target = ICONS / name
        if not render(size).save(str(target), image_format):
            sys.stderr.write(f"could not write {target}: no Qt image plug-in for {image_format.decode()}\n")
            return 1
        sys.stdout.write(f"{target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

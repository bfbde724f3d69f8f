"""Drawing one stamp on a reportlab canvas laid out as the displayed page (overlay space)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from esign_desktop.sandbox.finalise.fonts import fitting_size, font_for, format_date, format_moment
from esign_desktop.sandbox.finalise.stamp import Stamp, StampKind

SIGNATURE_INK = (0.05, 0.18, 0.55)
VALUE_INK = (0.0, 0.0, 0.0)
FIELD_FRAME = (0.6, 0.6, 0.6)


@dataclass(frozen=True, slots=True)
class OverlayBox:
    """A stamp rectangle in overlay space (user units, origin bottom-left of the displayed page)."""

    left: float
    bottom: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def top(self) -> float:
        return self.bottom + self.height


def overlay_box(stamp: Stamp, displayed_width: float, displayed_height: float) -> OverlayBox:
    rect = stamp.rect
    return OverlayBox(
        left=rect.x0 * displayed_width,
        bottom=(1.0 - rect.y1) * displayed_height,
        width=rect.width * displayed_width,
        height=rect.height * displayed_height,
    )


def draw_stamp(canvas: Canvas, stamp: Stamp, box: OverlayBox, user_unit: float) -> None:
    """Draw `stamp` inside `box`. Every stamp outlines its rectangle, so placement can be checked by eye.

    Line widths are divided by the page's UserUnit so a hairline stays a hairline on a scaled page.
    """
    point = 1.0 / user_unit
    canvas.saveState()
    if stamp.kind is StampKind.SIGNATURE:
        canvas.setStrokeColorRGB(*SIGNATURE_INK)
        canvas.setLineWidth(1.2 * point)
    else:
        canvas.setStrokeColorRGB(*FIELD_FRAME)
        canvas.setLineWidth(0.5 * point)
    canvas.rect(box.left, box.bottom, box.width, box.height, stroke=1, fill=0)
    if stamp.kind is StampKind.SIGNATURE:
        _draw_signature(canvas, stamp, box)
    elif stamp.kind is StampKind.DATE:
        _draw_line(canvas, stamp.text or format_date(stamp.signed_at), box)
    elif stamp.kind is StampKind.TEXT:
        _draw_line(canvas, stamp.text, box)
    elif stamp.checked:
        _draw_check_mark(canvas, box, point)
    canvas.restoreState()


def _padding(box: OverlayBox) -> float:
    return min(box.width, box.height) * 0.1


def _draw_signature(canvas: Canvas, stamp: Stamp, box: OverlayBox) -> None:
    padding = _padding(box)
    inner_width = box.width - 2 * padding
    inner_height = box.height - 2 * padding
    name = _one_line(stamp.signer_name or stamp.text)
    when = f"Signed {format_moment(stamp.signed_at)}"
    canvas.setFillColorRGB(*SIGNATURE_INK)
    name_font = font_for(name, bold=True)
    name_size = fitting_size(name, name_font, inner_width, inner_height * 0.5)
    when_font = font_for(when)
    when_size = fitting_size(when, when_font, inner_width, inner_height * 0.25)
    gap = inner_height * 0.1
    block = name_size + gap + when_size
    # Both lines as one block centred vertically; a baseline sits about 0.8 of the size below its line top.
    top = box.bottom + box.height / 2 + block / 2
    if name:
        canvas.setFont(name_font, name_size)
        canvas.drawString(box.left + padding, top - 0.8 * name_size, name)
    canvas.setFont(when_font, when_size)
    canvas.drawString(box.left + padding, top - name_size - gap - 0.8 * when_size, when)


def _draw_line(canvas: Canvas, text: str, box: OverlayBox) -> None:
    text = _one_line(text)
    if not text:
        return
    padding = _padding(box)
    font = font_for(text)
    size = fitting_size(text, font, box.width - 2 * padding, (box.height - 2 * padding) * 0.9)
    canvas.setFillColorRGB(*VALUE_INK)
    canvas.setFont(font, size)
    # Cap height is about 0.7 of the size: this centres capitals vertically in the box.
    canvas.drawString(box.left + padding, box.bottom + box.height / 2 - 0.35 * size, text)


def _one_line(text: str) -> str:
    """Stamps are single lines: line breaks and runs of spaces become one space."""
    return " ".join(text.split())


def _draw_check_mark(canvas: Canvas, box: OverlayBox, point: float) -> None:
    side = min(box.width, box.height) * 0.7
    left = box.left + (box.width - side) / 2
    bottom = box.bottom + (box.height - side) / 2
    canvas.setStrokeColorRGB(*VALUE_INK)
    canvas.setLineWidth(max(side * 0.12, 0.5 * point))
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    path = canvas.beginPath()
    path.moveTo(left, bottom + side * 0.5)
    path.lineTo(left + side * 0.38, bottom)
    path.lineTo(left + side, bottom + side)
    canvas.drawPath(path, stroke=1, fill=0)

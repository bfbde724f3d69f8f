"""The PDFs of the account check and of placement calibration, and the measuring of where stamps landed.

No Qt: pages are rendered with pypdfium2 (Apache-2.0/BSD; never PyMuPDF, which is AGPL), which shows a page
as viewers do (after /Rotate, inside the CropBox), so a position on the rendered image divided by its size
is a fraction of the displayed page, our one page model (docs/geometry.md).
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from esign_desktop.domain.geometry import PageRect

_RENDER_SCALE = 1.5  # 108 dpi: a 1 % tolerance on an A4 page is 9 px or more
_INK_THRESHOLD = 40  # grey levels of difference that count as a change
_GRID_WIDTH = 240  # the change mask is reduced to about this many cells across before it is grouped


def write_test_pdf(path: Path) -> Path:
    """The account check's one-page PDF; byte for byte the same every time (a replay compares its hash)."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle("esign-desktop account check")
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, A4[1] - 96, "esign-desktop account check")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(
        72, A4[1] - 116, "A draft made to check the connection; it is deleted at once and never sent."
    )
    canvas.showPage()
    canvas.save()
    return path


# -- calibration sheet ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalibrationPage:
    """One page of the calibration sheet: how it is boxed and where its field is (displayed fractions)."""

    title: str
    rotation: int
    crop: tuple[float, float, float, float] | None  # CropBox in user space; None: the whole A4 page
    field: PageRect


# Fields sit off-centre and away from every symmetric position, so each alternative convention would move
# them somewhere clearly different (services/calibration.py predicts where).
CALIBRATION_PAGES: tuple[CalibrationPage, ...] = (
    CalibrationPage("rotated page (/Rotate 90)", 90, None, PageRect(0.10, 0.12, 0.34, 0.24)),
    CalibrationPage(
        "cropped page (CropBox inside the MediaBox)",
        0,
        (60.0, 90.0, 535.0, 772.0),
        PageRect(0.55, 0.62, 0.85, 0.72),
    ),
)


def write_calibration_pdf(path: Path, pages: Sequence[CalibrationPage] = CALIBRATION_PAGES) -> Path:
    """A sheet with one page per `pages` entry, each saying what it is and outlining where to sign."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    for number, page in enumerate(pages, start=1):
        left, bottom, _right, top = page.crop or (0.0, 0.0, width, height)
        canvas.saveState()
        # Draw in displayed coordinates, so the text reads upright once the viewer applies /Rotate.
        if page.rotation == 90:
            canvas.translate(width, 0)
            canvas.rotate(90)
            shown_h, origin_x, origin_y = width, 0.0, 0.0
        else:
            shown_h, origin_x, origin_y = top - bottom, left, bottom
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(
            origin_x + 36, origin_y + shown_h - 48, f"esign-desktop placement calibration, page {number}"
        )
        canvas.setFont("Helvetica", 10)
        canvas.drawString(origin_x + 36, origin_y + shown_h - 66, f"This is a {page.title}.")
        canvas.drawString(
            origin_x + 36, origin_y + shown_h - 80, "Please sign where the service asks you to; nothing else."
        )
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    writer = PdfWriter()
    for pdf_page, spec in zip(reader.pages, pages, strict=True):
        if spec.rotation:
            pdf_page.rotate(spec.rotation)
        if spec.crop is not None:
            pdf_page.cropbox = RectangleObject(spec.crop)
        writer.add_page(pdf_page)
    with path.open("wb") as stream:
        writer.write(stream)
    return path


# -- measuring -----------------------------------------------------------------------------------------------


def render_pages(pdf: Path | bytes, count: int) -> list[Image.Image]:
    """The first `count` pages as shown (rotated, cropped), white background, greyscale."""
    import pypdfium2 as pdfium  # loaded only when measuring

    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        images = []
        for index in range(min(count, len(document))):
            page = document[index]
            bitmap = page.render(scale=_RENDER_SCALE, fill_color=(255, 255, 255, 255))
            images.append(bitmap.to_pil().convert("L"))
            page.close()
        return images
    finally:
        document.close()


def changed_regions(before: Image.Image, after: Image.Image) -> list[PageRect]:
    """The boxes (displayed fractions) of the separate places where `after` differs from `before`."""
    if after.size != before.size:
        after = after.resize(before.size)
    diff = ImageChops.difference(before, after).point(lambda v: 255 if v > _INK_THRESHOLD else 0)
    width, height = diff.size
    factor = max(1, width // _GRID_WIDTH)
    # Join the strokes of one stamp (text, outline) into one blob, then group on a coarse grid.
    grown = diff.filter(ImageFilter.MaxFilter(2 * factor + 1))
    cells_w, cells_h = max(1, width // factor), max(1, height // factor)
    grid = grown.resize((cells_w, cells_h), Image.Resampling.BOX)
    data = grid.tobytes()
    seen = bytearray(len(data))
    regions: list[PageRect] = []
    for start, value in enumerate(data):
        if not value or seen[start]:
            continue
        seen[start] = 1
        queue = deque([start])
        cells: list[int] = []
        while queue:
            cell = queue.popleft()
            cells.append(cell)
            x, y = cell % cells_w, cell // cells_w
            for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if 0 <= nx < cells_w and 0 <= ny < cells_h:
                    neighbour = ny * cells_w + nx
                    if data[neighbour] and not seen[neighbour]:
                        seen[neighbour] = 1
                        queue.append(neighbour)
        xs = [c % cells_w for c in cells]
        ys = [c // cells_w for c in cells]
        # Measure the exact box on the full-resolution difference inside the group's cells.
        box = diff.crop(
            (
                min(xs) * factor,
                min(ys) * factor,
                min(width, (max(xs) + 1) * factor),
                min(height, (max(ys) + 1) * factor),
            )
        ).getbbox()
        if box is None:
            continue
        x0, y0 = min(xs) * factor + box[0], min(ys) * factor + box[1]
        x1, y1 = min(xs) * factor + box[2], min(ys) * factor + box[3]
        regions.append(PageRect(x0 / width, y0 / height, x1 / width, y1 / height))
    return regions

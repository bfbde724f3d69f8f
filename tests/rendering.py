"""Rendering PDFs with PDFium (pypdfium2) to compare a document before and after the sandbox finalised it.

PDFium draws each page as displayed (after /Rotate, inside the CropBox) with its annotations and form
widgets, independently of our code. A rectangle here is in fractions of the displayed page, origin top-left
(x0, y0, x1, y1), like the sandbox's StampRect and the client's PageRect.
"""

from __future__ import annotations

from collections.abc import Sequence

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw

Fractions = tuple[float, float, float, float]
MIN_PIXELS = 842.0


def render_pages(pdf: bytes, count: int | None = None, scale: float = 1.0) -> list[Image.Image]:
    """The first `count` pages (all by default) as greyscale images, forms and annotations drawn.

    Each page is drawn with its longer side at least 842 pixels times `scale` (PDFium ignores /UserUnit, so
    a page of 8.5 x 11 units would otherwise be 11 pixels tall). A page PDFium gives no area (a CropBox
    outside its MediaBox) comes back as a 1 x 1 image: there is nothing to compare.
    """
    document = pdfium.PdfDocument(pdf)
    try:
        document.init_forms()
        total = len(document) if count is None else min(count, len(document))
        images = []
        for index in range(total):
            page = document[index]
            width, height = page.get_size()
            if min(width, height) <= 0:
                images.append(Image.new("L", (1, 1), 255))
            else:
                fit = scale * max(1.0, MIN_PIXELS / max(width, height))
                images.append(page.render(scale=fit, may_draw_forms=True).to_pil().convert("L"))
            page.close()
        return images
    finally:
        document.close()


def changed_box(
    before: Image.Image, after: Image.Image, ignore: Sequence[Fractions] = ()
) -> Fractions | None:
    """The bounding box of every pixel that differs (as fractions of the page), leaving out the `ignore`
    rectangles (grown by three pixels: half a frame line plus anti-aliasing); None when nothing else
    changed."""
    assert before.size == after.size, f"page size changed: {before.size} -> {after.size}"
    difference = ImageChops.difference(before, after).point(lambda value: 255 if value > 24 else 0)
    width, height = difference.size
    if ignore:
        draw = ImageDraw.Draw(difference)
        for x0, y0, x1, y1 in ignore:
            draw.rectangle((x0 * width - 3, y0 * height - 3, x1 * width + 3, y1 * height + 3), fill=0)
    box = difference.getbbox()
    if box is None:
        return None
    left, top, right, bottom = box
    return left / width, top / height, right / width, bottom / height


def changed_inside(
    before: Image.Image, after: Image.Image, area: Fractions, margin: float
) -> Fractions | None:
    """The bounding box of the changed pixels within `area` grown by `margin` (a fraction of the page)."""
    width, height = before.size
    x0, y0, x1, y1 = area
    crop = (
        max(0, int((x0 - margin) * width)),
        max(0, int((y0 - margin) * height)),
        min(width, int((x1 + margin) * width) + 1),
        min(height, int((y1 + margin) * height) + 1),
    )
    box = changed_box(before.crop(crop), after.crop(crop))
    if box is None:
        return None
    crop_width, crop_height = crop[2] - crop[0], crop[3] - crop[1]
    return (
        (crop[0] + box[0] * crop_width) / width,
        (crop[1] + box[1] * crop_height) / height,
        (crop[0] + box[2] * crop_width) / width,
        (crop[1] + box[3] * crop_height) / height,
    )

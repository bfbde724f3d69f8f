"""Stamps land where the displayed page shows their rectangle: measured in the output PDF's content stream.

The measurement is independent of the code under test: a small content-stream interpreter follows q/Q/cm and
the text matrices to user space, and the user space point is turned into displayed-page fractions by rotating
the visible box clockwise by /Rotate (not by the package's per-rotation matrix table).
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ByteStringObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    RectangleObject,
    TextStringObject,
)
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from esign_desktop.sandbox.finalise import (
    CompletionInfo,
    PartyRecord,
    Stamp,
    StampKind,
    StampRect,
    build_unsigned_final_pdf,
    rect_from_gmo_percent,
)
from tests.pdf_factory import A4, LETTER, PageSpec, TextSpec, make_pdf

TOLERANCE = 0.01  # 1% of the page, per axis
SIGNED_AT = datetime(2025, 3, 14, 9, 26, tzinfo=UTC)
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
A5 = (148 * mm, 210 * mm)

# Every page layout the placement must survive; user-space boxes as the factory writes them.
LAYOUTS: dict[str, PageSpec] = {
    "a4-upright": PageSpec(*A4),
    "a4-rotate-90": PageSpec(*A4, rotate=90),
    "letter-landscape-rotate-180": PageSpec(LETTER[1], LETTER[0], rotate=180),
    "a4-rotate-270-cropped": PageSpec(*A4, rotate=270, crop_box=(40, 55, 520, 790)),
    "a5-cropped-rotate-minus-90": PageSpec(*A5, rotate=-90, crop_box=(20, 30, A5[0] - 10, A5[1] - 40)),
    "a4-cropped-rotate-450": PageSpec(*A4, rotate=450, crop_box=(100, 120, 480, 700)),
    "user-unit-2-rotate-90-cropped": PageSpec(
        300, 400, rotate=90, user_unit=2.0, crop_box=(10, 20, 290, 380)
    ),
    "user-unit-2-upright": PageSpec(300, 400, user_unit=2.0),
    "cropped-inverted-corners-rotate-180": PageSpec(*A4, rotate=180, crop_box=(560, 800, 60, 90)),
}


@dataclass(frozen=True)
class Requested:
    kind: StampKind
    gmo: tuple[int, int, int, int]
    text: str = ""
    signer_name: str = ""
    checked: bool = False

    def stamp(self, page: int) -> Stamp:
        return Stamp(
            page=page,
            rect=rect_from_gmo_percent(*self.gmo),
            kind=self.kind,
            signed_at=SIGNED_AT,
            text=self.text,
            signer_name=self.signer_name,
            checked=self.checked,
        )


# Asymmetric positions: a mirrored or transposed placement lands far from where it was asked.
REQUESTED = [
    Requested(StampKind.SIGNATURE, (5, 8, 45, 20), signer_name="Anna Andersson"),
    Requested(StampKind.DATE, (60, 10, 90, 14), text="2025-03-14"),
    Requested(StampKind.TEXT, (12, 70, 70, 76), text="Order 4711"),
    Requested(StampKind.CHECKBOX, (80, 85, 86, 90), checked=True),
    Requested(StampKind.SIGNATURE, (55, 40, 95, 55), signer_name="山田 太郎"),
]


# ---- the measuring instrument -------------------------------------------------------------------------


def multiply(first: Matrix, second: Matrix) -> Matrix:
    """first, then second (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


@dataclass
class TextRun:
    text: str
    font: str
    size: float
    matrix: Matrix  # text space to user space


@dataclass
class PageDrawing:
    stroked_rects: list[list[tuple[float, float]]] = field(default_factory=list)  # user space corners
    stroked_polylines: list[list[tuple[float, float]]] = field(default_factory=list)
    texts: list[TextRun] = field(default_factory=list)


def _decode(operand: TextStringObject | ByteStringObject, base_font: str) -> str:
    raw = operand.get_original_bytes() if isinstance(operand, TextStringObject) else bytes(operand)
    return raw.decode("utf-16-be") if "HeiseiKakuGo" in base_font else raw.decode("cp1252")


NUMERIC_OPERATORS = {b"cm", b"re", b"m", b"l", b"Tm", b"Td", b"TD"}


def measure(page_number: int, pdf: bytes) -> PageDrawing:
    """Every stroked rectangle, stroked polyline and text run on a page, in user space.

    Form XObjects the page draws (`Do`) are followed with their /Matrix, as a viewer would.
    """
    page = PdfReader(io.BytesIO(pdf)).pages[page_number - 1]
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    drawing = PageDrawing()
    _interpret(page.get_contents().operations, resources, IDENTITY, drawing, depth=4)  # type: ignore[union-attr]
    return drawing


def _interpret(
    operations: list[tuple[list[object], bytes]],
    resources: DictionaryObject,
    start: Matrix,
    drawing: PageDrawing,
    depth: int,
) -> None:
    fonts = resources.get("/Font", DictionaryObject()).get_object()
    xobjects = resources.get("/XObject", DictionaryObject()).get_object()
    ctm, stack = start, []
    text_matrix = line_matrix = IDENTITY
    leading, font_name, font_size = 0.0, "", 0.0
    path_rects: list[list[tuple[float, float]]] = []
    path_lines: list[list[tuple[float, float]]] = []
    for operands, operator in operations:
        values = (
            [float(v) for v in operands]  # type: ignore[arg-type]
            if operator in {b"cm", b"re", b"m", b"l", b"Tm", b"Td", b"TD"}
            else []
        )
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            ctm = multiply(tuple(values), ctm)  # type: ignore[arg-type]
        elif operator == b"Do" and depth:
            form = xobjects[str(operands[0])].get_object()
            matrix = cast(Matrix, tuple(float(v) for v in form.get("/Matrix", IDENTITY)))
            inner = form.get("/Resources", DictionaryObject()).get_object()
            operations_of_form = ContentStream(form, None).operations
            _interpret(operations_of_form, inner, multiply(matrix, ctm), drawing, depth - 1)
        elif operator == b"re":
            x, y, w, h = values
            path_rects.append(
                [apply(ctm, px, py) for px, py in ((x, y), (x + w, y), (x + w, y + h), (x, y + h))]
            )
        elif operator == b"m":
            path_lines.append([apply(ctm, *values)])
        elif operator == b"l":
            path_lines[-1].append(apply(ctm, *values))
        elif operator in {b"S", b"s"}:
            drawing.stroked_rects.extend(path_rects)
            drawing.stroked_polylines.extend(path_lines)
            path_rects, path_lines = [], []
        elif operator in {b"n", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}:
            path_rects, path_lines = [], []
        elif operator == b"BT":
            text_matrix = line_matrix = IDENTITY
        elif operator == b"Tf":
            font_name, font_size = str(operands[0]), float(operands[1])  # type: ignore[arg-type]
        elif operator == b"TL":
            leading = float(operands[0])  # type: ignore[arg-type]
        elif operator == b"Tm":
            text_matrix = line_matrix = tuple(values)  # type: ignore[assignment]
        elif operator in {b"Td", b"TD"}:
            text_matrix = line_matrix = multiply((1, 0, 0, 1, values[0], values[1]), line_matrix)
        elif operator == b"T*":
            text_matrix = line_matrix = multiply((1, 0, 0, 1, 0, -leading), line_matrix)
        elif operator == b"Tj":
            base_font = str(fonts[font_name].get_object()["/BaseFont"])
            drawing.texts.append(
                TextRun(
                    _decode(operands[0], base_font),  # type: ignore[arg-type]
                    base_font.lstrip("/"),
                    font_size,
                    multiply(text_matrix, ctm),
                )
            )


@dataclass(frozen=True)
class DisplayedPage:
    """An independent reading of a page's displayed frame: the visible box rotated clockwise by /Rotate."""

    visible: tuple[float, float, float, float]
    rotate: int

    @classmethod
    def of(cls, spec: PageSpec) -> DisplayedPage:
        box = spec.crop_box or (0.0, 0.0, spec.width, spec.height)
        visible = (min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3]))
        return cls(visible, spec.rotate % 360)

    def _rotated(self, x: float, y: float) -> tuple[float, float]:
        theta = math.radians(self.rotate)
        return x * math.cos(theta) + y * math.sin(theta), -x * math.sin(theta) + y * math.cos(theta)

    def fraction(self, point: tuple[float, float]) -> tuple[float, float]:
        x0, y0, x1, y1 = self.visible
        corners = [self._rotated(x, y) for x in (x0, x1) for y in (y0, y1)]
        left, right = min(c[0] for c in corners), max(c[0] for c in corners)
        bottom, top = min(c[1] for c in corners), max(c[1] for c in corners)
        px, py = self._rotated(*point)
        return (px - left) / (right - left), (top - py) / (top - bottom)

    def bounds(self, points: list[tuple[float, float]]) -> StampRect:
        fractions = [self.fraction(p) for p in points]
        return StampRect(
            max(min(f[0] for f in fractions), 0.0),
            max(min(f[1] for f in fractions), 0.0),
            min(max(f[0] for f in fractions), 1.0),
            min(max(f[1] for f in fractions), 1.0),
        )


def assert_close(measured: StampRect, requested: StampRect) -> None:
    for name in ("x0", "y0", "x1", "y1"):
        assert getattr(measured, name) == pytest.approx(getattr(requested, name), abs=TOLERANCE), (
            f"{name}: measured {measured}, requested {requested}"
        )


def assert_inside(points: list[tuple[float, float]], rect: StampRect) -> None:
    for fx, fy in points:
        assert rect.x0 - TOLERANCE <= fx <= rect.x1 + TOLERANCE, f"x {fx:.4f} outside {rect}"
        assert rect.y0 - TOLERANCE <= fy <= rect.y1 + TOLERANCE, f"y {fy:.4f} outside {rect}"


def glyph_box_corners(run: TextRun) -> list[tuple[float, float]]:
    """The run's advance box from baseline to cap height, in user space."""
    width = pdfmetrics.stringWidth(run.text, run.font, run.size)
    return [apply(run.matrix, x, y) for x in (0.0, width) for y in (0.0, 0.7 * run.size)]


# ---- the document under test --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def finalised(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))  # for measuring the Japanese run's width
    specs = [
        PageSpec(s.width, s.height, s.crop_box, s.rotate, s.user_unit, texts=[TextSpec(60, 60, f"page {i}")])
        for i, s in enumerate(LAYOUTS.values(), start=1)
    ]
    original = make_pdf(tmp_path_factory.mktemp("placement") / "layouts.pdf", specs).read_bytes()
    stamps = [req.stamp(page) for page in range(1, len(specs) + 1) for req in REQUESTED]
    info = CompletionInfo(
        "Placement", "env-1", "GMO Sign", SIGNED_AT, [PartyRecord("A", "a@example.com", "signed")]
    )
    return build_unsigned_final_pdf(original, stamps, info)


def layouts() -> Iterator[tuple[int, str]]:
    yield from enumerate(LAYOUTS, start=1)


LAYOUT_PARAMS = [pytest.param(number, name, id=name) for number, name in layouts()]


@pytest.mark.parametrize(("page_number", "layout"), LAYOUT_PARAMS)
def test_every_frame_is_drawn_at_its_requested_rectangle(
    page_number: int, layout: str, finalised: bytes
) -> None:
    page = DisplayedPage.of(LAYOUTS[layout])
    drawing = measure(page_number, finalised)
    measured = sorted((page.bounds(corners) for corners in drawing.stroked_rects), key=lambda r: (r.y0, r.x0))
    requested = sorted((rect_from_gmo_percent(*req.gmo) for req in REQUESTED), key=lambda r: (r.y0, r.x0))
    assert len(measured) == len(requested)
    for got, wanted in zip(measured, requested, strict=True):
        assert_close(got, wanted)


def expected_texts(req: Requested) -> list[str]:
    if req.kind is StampKind.SIGNATURE:
        return [req.signer_name, "Signed 2025-03-14 09:26 UTC"]
    return [req.text] if req.text else []


@pytest.mark.parametrize(("page_number", "layout"), LAYOUT_PARAMS)
def test_text_is_upright_and_inside_its_rectangle(page_number: int, layout: str, finalised: bytes) -> None:
    page = DisplayedPage.of(LAYOUTS[layout])
    runs = [run for run in measure(page_number, finalised).texts if not run.text.startswith("page ")]
    wanted = sorted(text for req in REQUESTED for text in expected_texts(req))
    assert sorted(run.text for run in runs) == wanted
    for run in runs:
        origin = page.fraction(apply(run.matrix, 0, 0))
        owner = next(req for req in REQUESTED if rect_from_gmo_percent(*req.gmo).contains(*origin))
        assert run.text in expected_texts(owner), (
            f"{run.text!r} landed in the {owner.kind} field at {owner.gmo}"
        )
        rect = rect_from_gmo_percent(*owner.gmo)
        assert_inside([page.fraction(p) for p in glyph_box_corners(run)], rect)
        along = page.fraction(apply(run.matrix, 10, 0))
        up = page.fraction(apply(run.matrix, 0, 10))
        assert along[0] > origin[0], f"{run.text!r} runs backwards"
        assert along[1] == pytest.approx(origin[1], abs=1e-9), f"{run.text!r} is not level"
        assert up[1] < origin[1], f"{run.text!r} is upside down"
        assert up[0] == pytest.approx(origin[0], abs=1e-9), f"{run.text!r} leans"
        # Left-aligned: the text starts near the rectangle's left edge, not somewhere else inside it.
        assert origin[0] - rect.x0 < 0.25 * rect.width


@pytest.mark.parametrize(("page_number", "layout"), LAYOUT_PARAMS)
def test_check_mark_is_centred_in_its_box(page_number: int, layout: str, finalised: bytes) -> None:
    page = DisplayedPage.of(LAYOUTS[layout])
    polylines = measure(page_number, finalised).stroked_polylines
    assert len(polylines) == 1
    mark = page.bounds(polylines[0])
    rect = rect_from_gmo_percent(*REQUESTED[3].gmo)
    assert_inside([(mark.x0, mark.y0), (mark.x1, mark.y1)], rect)
    assert (mark.x0 + mark.x1) / 2 == pytest.approx((rect.x0 + rect.x1) / 2, abs=TOLERANCE)
    assert (mark.y0 + mark.y1) / 2 == pytest.approx((rect.y0 + rect.y1) / 2, abs=TOLERANCE)


def test_unchecked_box_has_a_frame_but_no_mark(tmp_path: Path) -> None:
    original = make_pdf(tmp_path / "one.pdf", [PageSpec(*A4, rotate=90)]).read_bytes()
    stamp = Stamp(1, rect_from_gmo_percent(10, 10, 15, 15), StampKind.CHECKBOX, SIGNED_AT, checked=False)
    info = CompletionInfo("Unchecked", "env-2", "Assently E-Sign", SIGNED_AT)
    drawing = measure(1, build_unsigned_final_pdf(original, [stamp], info))
    assert drawing.stroked_polylines == []
    assert len(drawing.stroked_rects) == 1
    assert_close(DisplayedPage.of(PageSpec(*A4, rotate=90)).bounds(drawing.stroked_rects[0]), stamp.rect)


def test_a_page_that_leaves_its_transformation_unbalanced_does_not_move_the_stamps(tmp_path: Path) -> None:
    """Original content ending with a dangling `cm` (no q/Q) must not shift or scale the overlay."""
    base = make_pdf(tmp_path / "base.pdf", [PageSpec(*A4, rotate=180)])
    writer = PdfWriter(clone_from=str(base))
    dangling = DecodedStreamObject()
    dangling.set_data(b"3 0 0 3 50 50 cm 0 0 10 10 re f")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(dangling)
    writer.pages[0][NameObject("/MediaBox")] = RectangleObject((0, 0, *A4))
    buffer = io.BytesIO()
    writer.write(buffer)
    stamp = Stamp(1, rect_from_gmo_percent(20, 30, 60, 40), StampKind.TEXT, SIGNED_AT, text="Kept in place")
    info = CompletionInfo("Dangling", "env-3", "GMO Sign", SIGNED_AT)
    drawing = measure(1, build_unsigned_final_pdf(buffer.getvalue(), [stamp], info))
    assert len(drawing.stroked_rects) == 1
    assert_close(DisplayedPage.of(PageSpec(*A4, rotate=180)).bounds(drawing.stroked_rects[0]), stamp.rect)


def test_pages_without_stamps_are_left_as_they_were(tmp_path: Path) -> None:
    pages = [PageSpec(texts=[TextSpec(72, 700, "first")]), PageSpec()]
    original = make_pdf(tmp_path / "two.pdf", pages).read_bytes()
    stamp = Stamp(2, StampRect(0.1, 0.1, 0.3, 0.2), StampKind.TEXT, SIGNED_AT, text="second page only")
    info = CompletionInfo("Two pages", "env-4", "GMO Sign", SIGNED_AT)
    output = PdfReader(io.BytesIO(build_unsigned_final_pdf(original, [stamp], info)))
    source = PdfReader(io.BytesIO(original))
    assert output.pages[0].get_contents().get_data() == source.pages[0].get_contents().get_data()  # type: ignore[union-attr]
    assert [run.text for run in measure(2, build_unsigned_final_pdf(original, [stamp], info)).texts] == [
        "second page only"
    ]


def test_byte_string_operands_decode() -> None:
    """The instrument itself: a CID run is read as UTF-16BE, a Latin run as WinAnsi."""
    assert _decode(ByteStringObject("山".encode("utf-16-be")), "/HeiseiKakuGo-W5") == "山"
    assert _decode(TextStringObject("abc"), "/Helvetica") == "abc"

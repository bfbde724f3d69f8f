"""The sandbox's final document shows the original exactly, plus the stamps: checked by rendering with PDFium.

Each page of the original and of the output is rendered; outside the stamped rectangles not one pixel may
differ, pages without stamps must be identical, and inside each rectangle the changed pixels must span the
rectangle asked for (to 1 % of the page). Page kinds: rotations incl. odd /Rotate values, crop and media box
offsets, UserUnit, mixed sizes, FreeText annotations, existing form fields, and content streams shared
between pages (the stream itself, or the whole /Contents array).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

from esign_desktop.sandbox.finalise import (
    CompletionInfo,
    Stamp,
    StampKind,
    StampRect,
    build_unsigned_final_pdf,
    find_form_field_placements,
)
from tests.pdf_factory import A4, PageSpec, PdfOptions, TextSpec, make_pdf, page_kinds
from tests.rendering import changed_box, changed_inside, render_pages

TOLERANCE = 0.01
AT = datetime(2026, 3, 14, 9, 26, tzinfo=UTC)
INFO = CompletionInfo("Preservation", "env-p", "GMO Sign", AT)
SIGNATURE_RECT = StampRect(0.12, 0.30, 0.42, 0.40)
TEXT_RECT = StampRect(0.55, 0.62, 0.90, 0.68)


def stamps_for(page: int) -> list[Stamp]:
    return [
        Stamp(page, SIGNATURE_RECT, StampKind.SIGNATURE, AT, signer_name="Anna Andersson"),
        Stamp(page, TEXT_RECT, StampKind.TEXT, AT, text="Entered by the signer"),
    ]


def rects(rect: StampRect) -> tuple[float, float, float, float]:
    return rect.x0, rect.y0, rect.x1, rect.y1


def check(original: bytes, output: bytes, stamped_pages: set[int]) -> None:
    count = len(PdfReader(io.BytesIO(original)).pages)
    before, after = render_pages(original), render_pages(output, count)
    for number, (old, new) in enumerate(zip(before, after, strict=True), start=1):
        if number not in stamped_pages:
            assert changed_box(old, new) is None, f"page {number} has no field but changed"
            continue
        asked = [rects(SIGNATURE_RECT), rects(TEXT_RECT)]
        assert changed_box(old, new, ignore=asked) is None, f"page {number} changed outside its stamps"
        for rect in asked:
            got = changed_inside(old, new, rect, margin=0.03)
            assert got is not None, f"page {number}: nothing drawn at {rect}"
            assert got == pytest.approx(rect, abs=TOLERANCE), f"page {number}: drawn at {got}, asked {rect}"


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("kinds")
    return make_pdf(folder / "kinds.pdf", list(page_kinds().values())).read_bytes()


def test_every_page_kind_keeps_its_content_and_gets_its_stamps_in_place(every_kind: bytes) -> None:
    count = len(page_kinds())
    stamped = set(range(1, count + 1, 2))  # every other page: the others must come back untouched
    output = build_unsigned_final_pdf(every_kind, [s for page in stamped for s in stamps_for(page)], INFO)
    assert output.startswith(every_kind)
    check(every_kind, output, stamped)


@pytest.mark.parametrize("how", ["stream", "array"])
def test_a_stamp_on_a_page_sharing_its_content_stays_on_that_page(how: str, tmp_path: Path) -> None:
    pages = [PageSpec(*A4, texts=[TextSpec(72, 700, "Shared letterhead"), TextSpec(300, 100, "Footer")])] * 3
    original = make_pdf(tmp_path / "shared.pdf", pages, PdfOptions(shared_content=how)).read_bytes()
    output = build_unsigned_final_pdf(original, stamps_for(2), INFO)
    check(original, output, {2})


def test_existing_form_fields_come_back_as_fields_with_their_values(every_kind: bytes) -> None:
    output = build_unsigned_final_pdf(every_kind, stamps_for(1), INFO)
    before = {p.name for p in find_form_field_placements(every_kind)}
    assert before == {"existing_text", "existing_box", "existing_empty"}
    assert {p.name for p in find_form_field_placements(output)} == before
    fields = PdfReader(io.BytesIO(output)).get_fields() or {}
    assert fields["existing_text"].get("/V") == "Kept value"
    assert fields["existing_box"].get("/V") == "/Yes"
    assert fields["existing_empty"].get("/V") is None


def test_annotations_come_back_unchanged(every_kind: bytes) -> None:
    output = build_unsigned_final_pdf(every_kind, stamps_for(1), INFO)

    def annotations(pdf: bytes) -> list[list[tuple[str, str]]]:
        return [
            sorted(
                (str(a.get_object()["/Subtype"]), str(a.get_object().get("/Contents", ""))) for a in annots
            )
            for page in PdfReader(io.BytesIO(pdf)).pages[: len(page_kinds())]
            for annots in [page.get("/Annots") or []]
        ]

    assert annotations(output) == annotations(every_kind)
    assert ("/FreeText", "DRAFT comment") in [item for page in annotations(output) for item in page]


def test_a_page_whose_resources_already_use_the_stamp_name_keeps_its_drawing(tmp_path: Path) -> None:
    """A rotated drawing that draws a form XObject named like the sandbox's stamp: both must show."""
    base = make_pdf(tmp_path / "drawing.pdf", [PageSpec(*A4, rotate=90, texts=[TextSpec(72, 72, "Title")])])
    writer = PdfWriter(clone_from=str(base))
    note = DecodedStreamObject()
    note.set_data(b"0 0 1 RG 4 w 10 10 180 80 re S BT /F1 14 Tf 20 40 Td (Note box) Tj ET")
    page = writer.pages[0]
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    fonts = resources["/Font"]
    note.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): RectangleObject((0, 0, 200, 100)),
            NameObject("/Resources"): DictionaryObject({NameObject("/Font"): fonts}),
        }
    )
    resources[NameObject("/XObject")] = DictionaryObject(
        {NameObject("/SandboxStamp0"): writer._add_object(note)}
    )
    drawing = DecodedStreamObject()
    drawing.set_data(b"q 1 0 0 1 300 500 cm /SandboxStamp0 Do Q")
    page[NameObject("/Contents")] = ArrayObject([page.raw_get("/Contents"), writer._add_object(drawing)])
    buffer = io.BytesIO()
    writer.write(buffer)
    original = buffer.getvalue()
    output = build_unsigned_final_pdf(original, stamps_for(1), INFO)
    check(original, output, {1})

"""AcroForm widgets and text tags read back at the places the factory put them, for every rotation."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf import ImportedField, find_text_tags, import_acroform_fields
from tests.pdf_factory import PageSpec, TextSpec, WidgetKind, WidgetSpec, make_mixed_pdf, make_pdf

TOLERANCE = 0.005  # half a percent of the page
MEDIA = (600.0, 800.0)
CROP = (100.0, 200.0, 500.0, 700.0)  # 400 x 500 points, offset from the MediaBox origin
ROTATIONS = [0, 90, 180, 270, -90, 450]


def expected_fraction(rotate: int, x: float, y: float) -> tuple[float, float]:
    """Written out per rotation (pdfium renders the same): where user point (x, y) appears, from top-left."""
    left, bottom, right, top = CROP
    width, height = right - left, top - bottom
    rotate %= 360
    if rotate == 0:
        return ((x - left) / width, (top - y) / height)
    if rotate == 90:  # turned clockwise: the crop box's bottom-left corner is now top-left
        return ((y - bottom) / height, (x - left) / width)
    if rotate == 180:
        return ((right - x) / width, (y - bottom) / height)
    return ((top - y) / height, (right - x) / width)  # 270: the top-right corner is now top-left


def expected_rect(rotate: int, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    (u0, v0), (u1, v1) = expected_fraction(rotate, box[0], box[1]), expected_fraction(rotate, box[2], box[3])
    return (min(u0, u1), min(v0, v1), max(u0, u1), max(v0, v1))


def as_tuple(field: ImportedField) -> tuple[float, float, float, float]:
    return (field.rect.x0, field.rect.y0, field.rect.x1, field.rect.y1)


WIDGETS = [
    WidgetSpec(WidgetKind.SIGNATURE, (140, 400, 220, 600), "sign_here", label="Sign here", required=True),
    WidgetSpec(WidgetKind.TEXT, (300, 250, 480, 270), "company", value="ACME", required=False),
    WidgetSpec(WidgetKind.CHECKBOX, (300, 300, 320, 320), "agree", checked=True),
    WidgetSpec(WidgetKind.CHECKBOX, (330, 300, 350, 320), "newsletter", checked=False),
    WidgetSpec(WidgetKind.TEXT, (110, 210, 200, 230), "signing_date"),
    WidgetSpec(WidgetKind.TEXT, (210, 210, 290, 230), "update_notes"),
]


@pytest.mark.parametrize("rotate", ROTATIONS)
def test_widgets_import_at_their_displayed_place(tmp_path: Path, rotate: int) -> None:
    path = make_pdf(tmp_path / "form.pdf", [PageSpec(*MEDIA, crop_box=CROP, rotate=rotate, widgets=WIDGETS)])

    fields = import_acroform_fields(path)

    assert [f.name for f in fields] == [w.name for w in WIDGETS]
    for field, widget in zip(fields, WIDGETS, strict=True):
        assert field.page == 1
        assert as_tuple(field) == pytest.approx(expected_rect(rotate, widget.rect), abs=TOLERANCE)
    assert [f.kind for f in fields] == [
        FieldKind.SIGNATURE,
        FieldKind.TEXT,
        FieldKind.CHECKBOX,
        FieldKind.CHECKBOX,
        FieldKind.DATE,
        FieldKind.TEXT,  # "update" contains "date" but is not the word
    ]
    assert [f.required for f in fields] == [True, False, False, False, False, False]
    assert [f.checkbox_default for f in fields] == [False, False, True, False, False, False]
    assert fields[0].label == "Sign here"
    assert fields[1].value == "ACME"


def test_widget_outside_the_crop_box_is_skipped_and_partial_one_clipped(tmp_path: Path) -> None:
    widgets = [
        WidgetSpec(WidgetKind.SIGNATURE, (10, 10, 50, 50), "hidden"),
        WidgetSpec(WidgetKind.SIGNATURE, (50, 650, 300, 750), "half"),
    ]
    path = make_pdf(tmp_path / "crop.pdf", [PageSpec(*MEDIA, crop_box=CROP, widgets=widgets)])

    fields = import_acroform_fields(path)

    assert [f.name for f in fields] == ["half"]
    assert as_tuple(fields[0]) == pytest.approx((0.0, 0.0, 0.5, 0.1))


def test_fields_on_several_pages_keep_their_page_numbers(tmp_path: Path) -> None:
    widget = WidgetSpec(WidgetKind.SIGNATURE, (100, 100, 200, 150), "s")
    path = make_pdf(
        tmp_path / "pages.pdf",
        [
            PageSpec(),
            PageSpec(widgets=[widget]),
            PageSpec(),
            PageSpec(widgets=[WidgetSpec(WidgetKind.TEXT, (100, 100, 200, 150), "t")]),
        ],
    )

    assert [(f.page, f.name) for f in import_acroform_fields(path)] == [(2, "s"), (4, "t")]


TAG_X, TAG_Y, TAG_SIZE = 150.0, 300.0, 12.0


@pytest.mark.parametrize("rotate", ROTATIONS)
def test_text_tag_covers_the_tag_text(tmp_path: Path, rotate: int) -> None:
    prefix, tag = "Signature: ", "{{signature:2}}"
    texts = [TextSpec(TAG_X, TAG_Y, f"{prefix}{tag} please", TAG_SIZE)]
    path = make_pdf(tmp_path / "tags.pdf", [PageSpec(*MEDIA, crop_box=CROP, rotate=rotate, texts=texts)])

    (field,) = find_text_tags(path)

    start = TAG_X + stringWidth(prefix, "Helvetica", TAG_SIZE)
    end = start + stringWidth(tag, "Helvetica", TAG_SIZE)
    # The tag's horizontal extent exactly; vertically from a little below the baseline to the cap height.
    expected = expected_rect(rotate, (start, TAG_Y - 0.2 * TAG_SIZE, end, TAG_Y + 0.72 * TAG_SIZE))
    assert field.kind is FieldKind.SIGNATURE
    assert field.party_order == 2
    assert field.page == 1
    along_text = (0, 2) if rotate % 180 == 0 else (1, 3)
    across_text = (1, 3) if rotate % 180 == 0 else (0, 2)
    got = as_tuple(field)
    for index in along_text:
        assert got[index] == pytest.approx(expected[index], abs=TOLERANCE)
    for index in across_text:
        assert got[index] == pytest.approx(expected[index], abs=0.01)  # within ~5 points of the glyphs


def test_all_tag_kinds_and_spacing(tmp_path: Path) -> None:
    texts = [
        TextSpec(72, 700, "{{signature:1}}"),
        TextSpec(72, 650, "{{ date : 2 }}"),
        TextSpec(72, 600, "{{text:1}} and {{check:3}} and {{checkbox:1}}"),
        TextSpec(72, 550, "{{unknown:1}} {signature:1} {{signature}}"),
    ]
    path = make_pdf(
        tmp_path / "kinds.pdf", [PageSpec(texts=texts), PageSpec(texts=[TextSpec(72, 700, "{{date:1}}")])]
    )

    fields = find_text_tags(path)

    assert [(f.page, f.kind, f.party_order) for f in fields] == [
        (1, FieldKind.SIGNATURE, 1),
        (1, FieldKind.DATE, 2),
        (1, FieldKind.TEXT, 1),
        (1, FieldKind.CHECKBOX, 3),
        (1, FieldKind.CHECKBOX, 1),
        (2, FieldKind.DATE, 1),
    ]
    # Tags further down the page have larger y fractions (top-left origin).
    assert fields[0].rect.y0 < fields[1].rect.y0 < fields[2].rect.y0
    # Tags on one line sit left to right without overlapping.
    assert fields[2].rect.x1 < fields[3].rect.x0 < fields[3].rect.x1 < fields[4].rect.x0


def test_mixed_pdf_tags_on_unrotated_and_rotated_pages(tmp_path: Path) -> None:
    fields = find_text_tags(make_mixed_pdf(tmp_path / "mixed.pdf"))

    assert [(f.page, f.kind, f.party_order) for f in fields] == [
        (1, FieldKind.SIGNATURE, 1),
        (2, FieldKind.DATE, 2),
    ]
    # Page 2 is A4 turned 90 degrees: text at user y=500 is 500/842 of the way across the displayed page.
    assert fields[1].rect.x0 == pytest.approx(500 / 842, abs=0.015)
    assert fields[1].rect.y0 == pytest.approx(100 / 595, abs=TOLERANCE)

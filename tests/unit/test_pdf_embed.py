"""Embedding AcroForm fields: placed where the editor showed them, unique names, and read back the same."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NumberObject

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf import (
    AlreadySignedPdf,
    FieldToEmbed,
    PdfError,
    embed_form_fields,
    import_acroform_fields,
    inspect_pdf,
)
from tests.pdf_factory import PageSpec, WidgetKind, WidgetSpec, make_mixed_pdf, make_pdf, make_signed_pdf

FIELDS = [
    FieldToEmbed(FieldKind.SIGNATURE, 1, PageRect(0.1, 0.2, 0.3, 0.6), name="sig", label="Sign here"),
    FieldToEmbed(
        FieldKind.TEXT, 1, PageRect(0.5, 0.1, 0.9, 0.15), name="company", value="ACME", required=False
    ),
    FieldToEmbed(FieldKind.DATE, 1, PageRect(0.5, 0.2, 0.7, 0.25), name="when"),
    FieldToEmbed(FieldKind.CHECKBOX, 1, PageRect(0.05, 0.9, 0.08, 0.93), name="agree", checkbox_default=True),
]


def rect_tuple(rect: PageRect) -> tuple[float, float, float, float]:
    return (rect.x0, rect.y0, rect.x1, rect.y1)


@pytest.mark.parametrize("rotate", [0, 90, 180, 270, -90])
def test_embed_then_import_gives_back_the_same_fields(tmp_path: Path, rotate: int) -> None:
    source = make_pdf(tmp_path / "in.pdf", [PageSpec(600, 800, crop_box=(100, 200, 500, 700), rotate=rotate)])
    out = tmp_path / "out.pdf"

    embedded = embed_form_fields(source, FIELDS, out)
    imported = import_acroform_fields(out)

    assert [e.name for e in embedded] == ["sig", "company", "date_when", "agree"]
    assert [f.name for f in imported] == [e.name for e in embedded]
    assert [f.kind for f in imported] == [f.kind for f in FIELDS]
    for field, wanted in zip(imported, FIELDS, strict=True):
        assert rect_tuple(field.rect) == pytest.approx(rect_tuple(wanted.rect), abs=1e-6)
    assert [f.required for f in imported] == [True, False, True, True]
    assert imported[0].label == "Sign here"
    assert imported[1].value == "ACME"
    assert imported[3].checkbox_default


def test_embedded_widget_rect_is_in_user_space_of_the_rotated_page(tmp_path: Path) -> None:
    """Checked with plain pypdf, independently of our importer: /Rotate 90 turns the page clockwise."""
    source = make_pdf(tmp_path / "in.pdf", [PageSpec(600, 800, crop_box=(100, 200, 500, 700), rotate=90)])
    out = tmp_path / "out.pdf"

    embed_form_fields(source, [FIELDS[0]], out)

    reader = PdfReader(out)
    annotations = cast(ArrayObject, reader.pages[0]["/Annots"])
    widget = cast(DictionaryObject, annotations[0].get_object())
    # Displayed x 0.1..0.3 runs up the crop box's 500-point height from y=200; displayed y 0.2..0.6 runs
    # right along its 400-point width from x=100.
    assert [float(v) for v in cast(ArrayObject, widget["/Rect"])] == pytest.approx([180, 250, 340, 350])
    assert int(cast(NumberObject, cast(DictionaryObject, widget["/MK"])["/R"])) == 90
    assert set(reader.get_fields() or {}) == {"sig"}
    assert cast(DictionaryObject, reader.root_object["/AcroForm"])["/NeedAppearances"]


def test_names_stay_unique_against_existing_and_new_fields(tmp_path: Path) -> None:
    existing = [WidgetSpec(WidgetKind.TEXT, (10, 10, 100, 30), "sig")]
    source = make_pdf(tmp_path / "in.pdf", [PageSpec(widgets=existing)])
    rect = PageRect(0.1, 0.1, 0.2, 0.2)
    wanted = [
        FieldToEmbed(FieldKind.SIGNATURE, 1, rect, name="sig"),
        FieldToEmbed(FieldKind.SIGNATURE, 1, rect, name="sig"),
        FieldToEmbed(FieldKind.TEXT, 1, rect, name="a.b c"),
        FieldToEmbed(FieldKind.TEXT, 1, rect),
    ]

    embedded = embed_form_fields(source, wanted, tmp_path / "out.pdf")

    assert [e.name for e in embedded] == ["sig_2", "sig_3", "a_b_c", "text_4"]
    assert len(import_acroform_fields(tmp_path / "out.pdf")) == 5


def test_fields_on_several_pages_of_a_mixed_document(tmp_path: Path) -> None:
    source = make_mixed_pdf(tmp_path / "mixed.pdf")
    wanted = [FieldToEmbed(FieldKind.SIGNATURE, page, PageRect(0.6, 0.7, 0.9, 0.8)) for page in (1, 2, 3, 4)]

    embed_form_fields(source, wanted, tmp_path / "out.pdf")
    imported = import_acroform_fields(tmp_path / "out.pdf")

    assert [f.page for f in imported] == [1, 2, 3, 4]
    for field in imported:
        assert rect_tuple(field.rect) == pytest.approx((0.6, 0.7, 0.9, 0.8), abs=1e-6)
    assert inspect_pdf(tmp_path / "out.pdf").page_count == 4


def test_signed_document_is_refused_unless_allowed(tmp_path: Path) -> None:
    source = make_signed_pdf(tmp_path / "signed.pdf")
    field = FieldToEmbed(FieldKind.SIGNATURE, 1, PageRect(0.1, 0.1, 0.3, 0.2))

    with pytest.raises(AlreadySignedPdf, match="invalidate"):
        embed_form_fields(source, [field], tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()

    embedded = embed_form_fields(source, [field], tmp_path / "out.pdf", allow_signed=True)
    assert embedded[0].name == "signature_1"


def test_field_on_a_missing_page_is_a_clear_error(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "in.pdf", [PageSpec()])

    with pytest.raises(PdfError, match="page 3, but the document has 1 pages"):
        embed_form_fields(
            source, [FieldToEmbed(FieldKind.TEXT, 3, PageRect(0, 0, 1, 1))], tmp_path / "out.pdf"
        )

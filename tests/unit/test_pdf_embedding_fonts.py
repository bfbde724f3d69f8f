"""Embedded text fields carry a font with the glyphs of their text: Japanese values use a CJK CID font."""

from __future__ import annotations

import re
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import FieldKind
from esign_desktop.pdf import FieldToEmbed, embed_form_fields, import_acroform_fields
from tests.pdf_factory import PageSpec, make_pdf

JAPANESE_NAME = "田中 愛子"
RECT = PageRect(0.1, 0.1, 0.5, 0.15)
HEX_STRING = re.compile(rb"<([0-9a-fA-F]*)>\s*Tj")


def embed(tmp_path: Path, *fields: FieldToEmbed, rotate: int = 0) -> PdfReader:
    source = make_pdf(tmp_path / "in.pdf", [PageSpec(rotate=rotate)])
    out = tmp_path / "out.pdf"
    embed_form_fields(source, list(fields), out)
    return PdfReader(out)


def widget_named(reader: PdfReader, name: str) -> DictionaryObject:
    for annotation in cast(ArrayObject, reader.pages[0]["/Annots"]):
        widget = cast(DictionaryObject, annotation.get_object())
        if str(widget["/T"]) == name:
            return widget
    raise AssertionError(f"no widget {name!r}")


def form_fonts(reader: PdfReader) -> DictionaryObject:
    acroform = cast(DictionaryObject, reader.root_object["/AcroForm"])
    return cast(DictionaryObject, cast(DictionaryObject, acroform["/DR"])["/Font"])


def normal_appearance(widget: DictionaryObject) -> StreamObject:
    return cast(StreamObject, cast(DictionaryObject, widget["/AP"])["/N"])


def shown_bytes(appearance: StreamObject) -> bytes:
    """The operand of the one Tj in the appearance stream."""
    found = HEX_STRING.findall(appearance.get_data())
    assert len(found) == 1, appearance.get_data()
    return bytes.fromhex(found[0].decode("ascii"))


def test_japanese_value_round_trips_and_is_drawn_with_the_japanese_font(tmp_path: Path) -> None:
    reader = embed(tmp_path, FieldToEmbed(FieldKind.TEXT, 1, RECT, name="full_name", value=JAPANESE_NAME))

    fields = reader.get_fields() or {}
    assert fields["full_name"].get("/V") == JAPANESE_NAME
    widget = widget_named(reader, "full_name")
    font_name, size, _ = str(widget["/DA"]).split(maxsplit=2)
    assert size == "10.5"
    font = cast(DictionaryObject, form_fonts(reader)[font_name])
    assert str(font["/Subtype"]) == "/Type0"
    assert str(font["/Encoding"]) == "/UniJIS-UCS2-H"
    descendant = cast(DictionaryObject, cast(ArrayObject, font["/DescendantFonts"])[0].get_object())
    assert str(descendant["/BaseFont"]) == "/HeiseiKakuGo-W5"
    system_info = cast(DictionaryObject, descendant["/CIDSystemInfo"])
    assert (str(system_info["/Registry"]), str(system_info["/Ordering"])) == ("Adobe", "Japan1")

    appearance = normal_appearance(widget)
    appearance_fonts = cast(DictionaryObject, cast(DictionaryObject, appearance["/Resources"])["/Font"])
    dr_reference = cast(IndirectObject, form_fonts(reader).raw_get(font_name))
    assert cast(IndirectObject, appearance_fonts.raw_get(font_name)).idnum == dr_reference.idnum
    assert f"{font_name} 10.5 Tf".encode() in appearance.get_data()
    # UniJIS-UCS2-H codes are the characters' UCS-2 values, two bytes each.
    assert shown_bytes(appearance).decode("utf-16-be") == JAPANESE_NAME


def test_our_importer_reads_the_japanese_value_back(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "in.pdf", [PageSpec()])
    out = tmp_path / "out.pdf"
    embed_form_fields(source, [FieldToEmbed(FieldKind.TEXT, 1, RECT, name="n", value=JAPANESE_NAME)], out)

    [field] = import_acroform_fields(out)

    assert field.value == JAPANESE_NAME


def test_latin_values_still_use_helvetica_and_no_japanese_font_is_added(tmp_path: Path) -> None:
    reader = embed(tmp_path, FieldToEmbed(FieldKind.TEXT, 1, RECT, name="company", value="Café Åkesson"))

    widget = widget_named(reader, "company")
    assert str(widget["/DA"]) == "/Helv 10.5 Tf 0 g"
    assert list(form_fonts(reader)) == ["/Helv"]
    helvetica = cast(DictionaryObject, form_fonts(reader)["/Helv"])
    assert (str(helvetica["/BaseFont"]), str(helvetica["/Encoding"])) == ("/Helvetica", "/WinAnsiEncoding")
    appearance = normal_appearance(widget)
    assert b"/Helv 10.5 Tf" in appearance.get_data()
    assert shown_bytes(appearance).decode("cp1252") == "Café Åkesson"


def test_a_japanese_label_chooses_the_japanese_font_for_what_the_signer_types(tmp_path: Path) -> None:
    reader = embed(tmp_path, FieldToEmbed(FieldKind.DATE, 1, RECT, name="signed_on", label="署名日"))

    widget = widget_named(reader, "date_signed_on")
    font_name = str(widget["/DA"]).split()[0]
    assert str(cast(DictionaryObject, form_fonts(reader)[font_name])["/Subtype"]) == "/Type0"
    assert "/AP" not in widget  # nothing to draw until someone types


def test_latin_and_japanese_fields_share_one_font_resource_each(tmp_path: Path) -> None:
    reader = embed(
        tmp_path,
        FieldToEmbed(FieldKind.TEXT, 1, RECT, name="a", value=JAPANESE_NAME),
        FieldToEmbed(FieldKind.TEXT, 1, PageRect(0.1, 0.2, 0.5, 0.25), name="b", value="山田 太郎"),
        FieldToEmbed(FieldKind.TEXT, 1, PageRect(0.1, 0.3, 0.5, 0.35), name="c", value="ACME"),
    )

    fonts = form_fonts(reader)
    assert len(fonts) == 2
    das = {name: str(widget_named(reader, name)["/DA"]).split()[0] for name in ("a", "b", "c")}
    assert das["a"] == das["b"] != das["c"] == "/Helv"


@pytest.mark.parametrize(
    ("rotate", "matrix"),
    [(90, [0, 1, -1, 0, 60, 0]), (180, [-1, 0, 0, -1, 30, 60]), (270, [0, -1, 1, 0, 0, 30])],
)
def test_appearance_is_turned_upright_on_a_rotated_page(
    tmp_path: Path, rotate: int, matrix: list[float]
) -> None:
    # Displayed 30 x 60 points wherever the page turns: fractions of the displayed page's size.
    width, height = (842.0, 595.0) if rotate in (90, 270) else (595.0, 842.0)
    rect = PageRect(0.1, 0.1, 0.1 + 30 / width, 0.1 + 60 / height)
    reader = embed(
        tmp_path, FieldToEmbed(FieldKind.TEXT, 1, rect, name="n", value=JAPANESE_NAME), rotate=rotate
    )

    appearance = normal_appearance(widget_named(reader, "n"))

    assert [float(v) for v in cast(ArrayObject, appearance["/BBox"])] == pytest.approx([0, 0, 30, 60])
    assert [float(v) for v in cast(ArrayObject, appearance["/Matrix"])] == pytest.approx(matrix)


def test_pypdf_can_fill_the_japanese_field_again(tmp_path: Path) -> None:
    """A pypdf-based filler regenerates the appearance with the field's own font and keeps the value."""
    reader = embed(tmp_path, FieldToEmbed(FieldKind.TEXT, 1, RECT, name="n", value=JAPANESE_NAME))
    writer = PdfWriter(clone_from=reader)

    writer.update_page_form_field_values(writer.pages[0], {"n": "山田 太郎"}, auto_regenerate=False)

    out = tmp_path / "filled.pdf"
    writer.write(out)
    refilled = PdfReader(out)
    assert (refilled.get_fields() or {})["n"].get("/V") == "山田 太郎"
    assert shown_bytes(normal_appearance(widget_named(refilled, "n"))).decode("utf-16-be") == "山田 太郎"


def test_signature_and_checkbox_labels_need_no_text_font(tmp_path: Path) -> None:
    reader = embed(
        tmp_path,
        FieldToEmbed(FieldKind.SIGNATURE, 1, RECT, name="sig", label="署名"),
        FieldToEmbed(FieldKind.CHECKBOX, 1, PageRect(0.1, 0.3, 0.13, 0.33), name="ok", label="同意する"),
    )

    assert list(form_fonts(reader)) == ["/Helv"]
    assert "/DA" not in widget_named(reader, "sig")

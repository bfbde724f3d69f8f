"""The final document's content: certificate page, Japanese text, stamped form fields, and clear refusals."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from esign_desktop.sandbox.finalise import (
    CompletionInfo,
    DocumentDigest,
    FinaliseError,
    PartyRecord,
    Stamp,
    StampKind,
    StampRect,
    build_unsigned_final_pdf,
    find_form_field_placements,
    rect_from_gmo_percent,
)
from tests.pdf_factory import (
    A4,
    PageSpec,
    TextSpec,
    WidgetKind,
    WidgetSpec,
    make_encrypted_pdf,
    make_not_a_pdf,
    make_pdf,
)

AT = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
PARTIES = [
    PartyRecord("山田 太郎", "taro@example.jp", "signed", AT),
    PartyRecord("Bertil Berg", "bertil@example.com", "approved", AT),
    PartyRecord("Cecilia Carlsson", "cecilia@example.com", "received"),
]
INFO = CompletionInfo("売買契約書 2025", "ENV-77", "GMO Sign", AT, PARTIES)


@pytest.fixture
def original(tmp_path: Path) -> bytes:
    pages = [PageSpec(texts=[TextSpec(72, 700, "Contract")]), PageSpec(rotate=270)]
    return make_pdf(tmp_path / "contract.pdf", pages).read_bytes()


def page_text(pdf: bytes, index: int) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[index].extract_text()


def base_fonts(pdf: bytes, index: int) -> set[str]:
    """The fonts a page uses, its own and those of the form XObjects it draws (stamps are XObjects)."""
    resources = PdfReader(io.BytesIO(pdf)).pages[index]["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    return _fonts_of(resources, depth=3)


def _fonts_of(resources: DictionaryObject, depth: int) -> set[str]:
    fonts = resources.get("/Font")
    found = {str(font.get_object()["/BaseFont"]) for font in fonts.get_object().values()} if fonts else set()
    xobjects = resources.get("/XObject")
    if depth and xobjects:
        for xobject in xobjects.get_object().values():
            inner = xobject.get_object().get("/Resources")
            if inner is not None:
                found |= _fonts_of(inner.get_object(), depth - 1)
    return found


def test_certificate_page_is_appended_and_lists_everything(original: bytes) -> None:
    output = build_unsigned_final_pdf(original, [], INFO)
    assert len(PdfReader(io.BytesIO(output)).pages) == 3
    text = page_text(output, 2)
    assert "Completion certificate" in text
    assert "売買契約書 2025" in text
    assert "ENV-77" in text
    assert "GMO Sign" in text
    for party in PARTIES:
        assert f"{party.name} <{party.email}>" in text
        assert party.action in text
    assert "2025-06-01 08:00 UTC" in text
    assert "no time recorded" in text  # the party that has not acted
    assert "IP address not recorded" in text
    assert "sandbox" in text
    digest = hashlib.sha512(original).hexdigest()
    assert digest[:64] in text
    assert digest[64:] in text


def test_certificate_lists_other_documents_once(original: bytes) -> None:
    annex = DocumentDigest.of("annex.pdf", b"another document")
    same_as_original = DocumentDigest.of("contract.pdf", original)
    info = CompletionInfo("Deal", "ENV-78", "Assently E-Sign", AT, PARTIES, [same_as_original, annex])
    text = page_text(build_unsigned_final_pdf(original, [], info), 2)
    assert "annex.pdf" in text
    assert annex.sha512[:64] in text
    assert text.count(same_as_original.sha512[:64]) == 1


def test_many_parties_continue_on_further_certificate_pages(original: bytes) -> None:
    parties = [PartyRecord(f"Signer {n}", f"s{n}@example.com", "signed", AT) for n in range(60)]
    output = build_unsigned_final_pdf(original, [], CompletionInfo("Big", "ENV-79", "GMO Sign", AT, parties))
    reader = PdfReader(io.BytesIO(output))
    assert len(reader.pages) > 3
    certificate = "".join(page.extract_text() for page in reader.pages[2:])
    assert all(f"Signer {n} <s{n}@example.com>" in certificate for n in range(60))


def test_japanese_names_use_the_japanese_cid_font(original: bytes) -> None:
    stamp = Stamp(2, rect_from_gmo_percent(10, 10, 50, 20), StampKind.SIGNATURE, AT, signer_name="山田 太郎")
    output = build_unsigned_final_pdf(original, [stamp], INFO)
    assert "/HeiseiKakuGo-W5" in base_fonts(output, 1)
    assert "山田 太郎" in page_text(output, 1)
    assert "/HeiseiKakuGo-W5" in base_fonts(output, 2)
    assert "/Helvetica" in base_fonts(output, 2)  # Latin lines stay in Helvetica


def test_stamp_texts_are_in_the_page(original: bytes) -> None:
    stamps = [
        Stamp(1, StampRect(0.1, 0.1, 0.5, 0.2), StampKind.SIGNATURE, AT, signer_name="Bertil Berg"),
        Stamp(1, StampRect(0.1, 0.3, 0.3, 0.34), StampKind.DATE, AT),
        Stamp(1, StampRect(0.1, 0.4, 0.5, 0.44), StampKind.TEXT, AT, text="Ref 12-A"),
    ]
    text = page_text(build_unsigned_final_pdf(original, stamps, INFO), 0)
    assert "Bertil Berg" in text
    assert "Signed 2025-06-01 08:00 UTC" in text
    assert "2025-06-01" in text
    assert "Ref 12-A" in text


@pytest.fixture
def form(tmp_path: Path) -> bytes:
    widgets = [
        WidgetSpec(WidgetKind.SIGNATURE, (300, 100, 500, 160), "sign_buyer"),
        WidgetSpec(WidgetKind.TEXT, (72, 600, 272, 620), "reference"),
        WidgetSpec(WidgetKind.CHECKBOX, (72, 500, 86, 514), "agree"),
    ]
    return make_pdf(
        tmp_path / "form.pdf", [PageSpec(), PageSpec(*A4, rotate=90, widgets=widgets)]
    ).read_bytes()


def test_form_field_placements_are_found_in_displayed_fractions(form: bytes) -> None:
    placements = {p.name: p for p in find_form_field_placements(form)}
    assert set(placements) == {"sign_buyer", "reference", "agree"}
    signature = placements["sign_buyer"]
    assert signature.page == 2
    assert signature.kind is StampKind.SIGNATURE
    # Rotated 90: displayed x follows user y, displayed y follows user x (842 wide, 595 tall as shown).
    assert signature.rect.x0 == pytest.approx(100 / 842)
    assert signature.rect.x1 == pytest.approx(160 / 842)
    assert signature.rect.y0 == pytest.approx(300 / 595)
    assert signature.rect.y1 == pytest.approx(500 / 595)
    assert placements["reference"].kind is StampKind.TEXT
    assert placements["agree"].kind is StampKind.CHECKBOX


def test_stamped_form_fields_are_filled_not_flattened(form: bytes) -> None:
    placements = {p.name: p for p in find_form_field_placements(form)}
    stamps = [
        Stamp(
            2,
            placements["sign_buyer"].rect,
            StampKind.SIGNATURE,
            AT,
            signer_name="Anna",
            field_name="sign_buyer",
        ),
        Stamp(2, placements["agree"].rect, StampKind.CHECKBOX, AT, checked=True, field_name="agree"),
        Stamp(2, placements["reference"].rect, StampKind.TEXT, AT, text="REF-9", field_name="reference"),
    ]
    output = build_unsigned_final_pdf(form, stamps, INFO)
    assert output.startswith(form)  # an incremental update: the original bytes come first, unchanged
    remaining = {p.name for p in find_form_field_placements(output)}
    assert remaining == {"sign_buyer", "reference", "agree"}
    fields = PdfReader(io.BytesIO(output)).get_fields() or {}
    assert fields["reference"].get("/V") == "REF-9"
    assert fields["agree"].get("/V") == "/Yes"
    assert "REF-9" in page_text(output, 1)


def test_an_unticked_form_checkbox_stays_unticked_and_unstamped(form: bytes) -> None:
    placements = {p.name: p for p in find_form_field_placements(form)}
    stamp = Stamp(2, placements["agree"].rect, StampKind.CHECKBOX, AT, checked=False, field_name="agree")
    output = build_unsigned_final_pdf(form, [stamp], INFO)
    fields = PdfReader(io.BytesIO(output)).get_fields() or {}
    assert fields["agree"].get("/V") in (None, "/Off")
    assert (
        PdfReader(io.BytesIO(output)).pages[1].get_contents()
        == PdfReader(io.BytesIO(form)).pages[1].get_contents()
    )


def test_stamp_on_a_missing_page_is_refused_with_the_page_number(original: bytes) -> None:
    stamp = Stamp(5, StampRect(0.1, 0.1, 0.2, 0.2), StampKind.TEXT, AT, text="x")
    with pytest.raises(FinaliseError, match=r"page 5, but the document has 2 page"):
        build_unsigned_final_pdf(original, [stamp], INFO)


def test_encrypted_document_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FinaliseError, match="encrypted"):
        build_unsigned_final_pdf(make_encrypted_pdf(tmp_path / "locked.pdf").read_bytes(), [], INFO)


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(FinaliseError, match="cannot be read"):
        build_unsigned_final_pdf(make_not_a_pdf(tmp_path / "x.pdf").read_bytes(), [], INFO)


def test_page_with_an_odd_rotation_is_refused(tmp_path: Path) -> None:
    odd = make_pdf(tmp_path / "odd.pdf", [PageSpec(rotate=45)]).read_bytes()
    stamp = Stamp(1, StampRect(0.1, 0.1, 0.2, 0.2), StampKind.TEXT, AT, text="x")
    with pytest.raises(FinaliseError, match="multiple of 90"):
        build_unsigned_final_pdf(odd, [stamp], INFO)


def test_naive_times_are_refused_on_the_certificate() -> None:
    with pytest.raises(FinaliseError, match="timezone-aware"):
        CompletionInfo("x", "y", "GMO Sign", datetime(2025, 1, 1))

"""Preflight on real generated PDFs: page boxes, hash, warnings, and typed errors for unusable files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esign_desktop.domain.capabilities import PlacementModel
from esign_desktop.pdf import (
    DamagedPdf,
    EmptyPdf,
    EncryptedPdf,
    NotAPdf,
    PdfError,
    PdfTooLarge,
    UnsupportedPage,
    WarningCode,
    domain_document,
    inspect_pdf,
)
from tests.pdf_factory import (
    A4,
    LETTER,
    PageSpec,
    PdfOptions,
    make_empty_pdf,
    make_encrypted_pdf,
    make_javascript_pdf,
    make_large_pdf,
    make_mixed_pdf,
    make_not_a_pdf,
    make_pdf,
    make_signed_pdf,
    make_truncated_pdf,
)


def test_plain_pdf_report(tmp_path: Path) -> None:
    path = make_large_pdf(tmp_path / "plain.pdf", 3)

    report = inspect_pdf(path)

    assert report.page_count == 3
    assert report.size == path.stat().st_size
    assert report.sha512 == hashlib.sha512(path.read_bytes()).hexdigest()
    assert report.sha512 == report.sha512.lower()
    assert [(p.info.width, p.info.height, p.info.rotation) for p in report.pages] == [(595, 842, 0)] * 3
    assert report.warnings == ()
    assert not report.has_signatures


def test_rotation_crop_and_user_unit_give_displayed_size(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "odd.pdf",
        [
            PageSpec(600, 800, crop_box=(100, 200, 500, 700), rotate=-90),
            PageSpec(600, 800, rotate=450, user_unit=2.0),
            PageSpec(600, 800, crop_box=(700, 900, 800, 1000), rotate=990),  # crop box outside: ignored
        ],
    )

    pages = inspect_pdf(path).pages

    assert [(p.info.width, p.info.height, p.info.rotation) for p in pages] == [
        (500, 400, 270),
        (1600, 1200, 90),
        (800, 600, 270),
    ]
    assert pages[0].box.crop.as_tuple() == (100, 200, 500, 700)


def test_boxes_and_rotation_inherited_from_the_page_tree(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "inherit.pdf", [PageSpec(*LETTER, rotate=90)] * 2, PdfOptions(inherit_boxes=True)
    )
    assert b"/Rotate" in path.read_bytes()  # the factory really wrote it on the /Pages node only

    pages = inspect_pdf(path).pages

    assert [(p.info.width, p.info.height, p.info.rotation) for p in pages] == [(792, 612, 90)] * 2


def test_rotation_not_a_multiple_of_90_is_a_clear_error(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "skew.pdf", [PageSpec(), PageSpec(rotate=45)])

    with pytest.raises(UnsupportedPage, match=r"Page 2: .*multiple of 90"):
        inspect_pdf(path)


def test_mixed_pdf_warns_about_sizes_and_rotations(tmp_path: Path) -> None:
    report = inspect_pdf(make_mixed_pdf(tmp_path / "mixed.pdf"))

    assert report.page_count == 4
    assert report.has_warning(WarningCode.MIXED_PAGE_SIZES)
    assert report.has_warning(WarningCode.MIXED_ROTATIONS)
    assert [p.info.rotation for p in report.pages] == [0, 90, 180, 270]


def test_landscape_and_portrait_of_one_size_are_not_mixed_sizes(tmp_path: Path) -> None:
    report = inspect_pdf(make_pdf(tmp_path / "a4.pdf", [PageSpec(*A4), PageSpec(A4[1], A4[0])]))

    assert not report.has_warning(WarningCode.MIXED_PAGE_SIZES)
    assert not report.has_warning(WarningCode.MIXED_ROTATIONS)


def test_signed_pdf_is_reported_with_a_warning(tmp_path: Path) -> None:
    report = inspect_pdf(make_signed_pdf(tmp_path / "signed.pdf"))

    assert report.has_signatures
    assert report.has_warning(WarningCode.ALREADY_SIGNED)
    assert "invalidate" in report.warnings[0].message_for(PlacementModel.FORM_FIELDS)
    assert "GMO Sign" not in report.warnings[0].message_for(PlacementModel.FORM_FIELDS)


def test_javascript_is_reported(tmp_path: Path) -> None:
    report = inspect_pdf(make_javascript_pdf(tmp_path / "js.pdf"))

    assert report.has_javascript
    assert report.has_warning(WarningCode.JAVASCRIPT)


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (make_encrypted_pdf, EncryptedPdf, "password"),
        (make_truncated_pdf, DamagedPdf, "damaged"),
        (make_not_a_pdf, NotAPdf, "not a PDF"),
        (make_empty_pdf, EmptyPdf, "no pages"),
    ],
)
def test_unusable_files_raise_typed_errors(
    tmp_path: Path, make: object, error: type[PdfError], words: str
) -> None:
    path = make(tmp_path / "bad.pdf")  # type: ignore[operator]

    with pytest.raises(error) as caught:
        inspect_pdf(path)

    assert words in caught.value.user_message
    assert caught.value.user_message.startswith("bad.pdf: ")


def test_too_large_is_refused_before_parsing(tmp_path: Path) -> None:
    path = make_large_pdf(tmp_path / "big.pdf", 5)

    with pytest.raises(PdfTooLarge, match="limit"):
        inspect_pdf(path, max_bytes=1000)


def test_missing_file_is_a_pdf_error(tmp_path: Path) -> None:
    with pytest.raises(PdfError, match="cannot be read"):
        inspect_pdf(tmp_path / "gone.pdf")


def test_domain_document(tmp_path: Path) -> None:
    path = make_mixed_pdf(tmp_path / "mixed.pdf")
    report = inspect_pdf(path)

    document = domain_document(report, path)

    assert document.file_name == "mixed.pdf"
    assert document.page_count == 4
    assert document.pages[1].width == A4[1]
    assert document.pages[1].height == A4[0]
    assert document.sha512 == report.sha512
    assert document.path == str(path)
    assert document.id


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    garbage=st.binary(max_size=400),
    cut=st.integers(0, 4000),
)
def test_garbage_never_crashes(tmp_path: Path, garbage: bytes, cut: int) -> None:
    """Random bytes, and a real PDF cut anywhere and patched with junk, only ever raise PdfError."""
    source = make_mixed_pdf(tmp_path / "source.pdf").read_bytes()
    path = tmp_path / "fuzz.pdf"
    messages: list[str] = []
    for content in (b"%PDF-1.7\n" + garbage, source[:cut] + garbage + source[cut + len(garbage) :]):
        path.write_bytes(content)
        try:
            inspect_pdf(path)
        except PdfError as error:
            messages.append(error.user_message)
    assert all(messages)

"""The public corpus (tests/corpus, from pdf.js, qpdf, pyHanko and pdfium): every file preflight accepts is
finalised with stamps on its first and last page, and rendered with PDFium before and after: stamps within
1 % of where they were asked, nothing else changed, pages without stamps identical.

A document certified with no changes allowed (DocMDP level 1) cannot be sealed: it must fail with a reason,
never come back unsealed as if signed. A page PDFium gives no area (a CropBox off its MediaBox) cannot be
compared and is only finalised.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from esign_desktop.sandbox.finalise import (
    CompletionInfo,
    FinaliseError,
    Stamp,
    StampKind,
    StampRect,
    finalise_pdf,
)
from tests.corpus.corpus import CorpusFile, corpus_files
from tests.rendering import changed_box, changed_inside, render_pages

TOLERANCE = 0.01
AT = datetime(2026, 1, 1, tzinfo=UTC)
RECT = StampRect(0.12, 0.30, 0.42, 0.40)
ASKED = (RECT.x0, RECT.y0, RECT.x1, RECT.y1)
INFO = CompletionInfo("Corpus", "env-c", "GMO Sign", AT)
CANNOT_BE_SEALED = {"certified-docmdp.pdf": "Author signature forbids all changes"}
ACCEPTED = [pytest.param(item, id=item.file) for item in corpus_files() if item.verdict == "ok"]


def stamped_pages(page_count: int) -> set[int]:
    return {1, page_count} if page_count >= 3 else {1}


@pytest.mark.parametrize("item", ACCEPTED)
def test_corpus_file_keeps_everything_and_gets_its_stamps(item: CorpusFile, cert_dir: Path) -> None:
    name = item.file
    original = item.path.read_bytes()
    count = len(PdfReader(io.BytesIO(original)).pages)
    pages = stamped_pages(count)
    stamps = [Stamp(page, RECT, StampKind.SIGNATURE, AT, signer_name="Erika") for page in pages]
    if name in CANNOT_BE_SEALED:
        with pytest.raises(FinaliseError, match=CANNOT_BE_SEALED[name]):
            finalise_pdf(original, stamps, INFO, cert_dir=cert_dir)
        return
    final = finalise_pdf(original, stamps, INFO, cert_dir=cert_dir)
    before, after = render_pages(original), render_pages(final, count)
    for number, (old, new) in enumerate(zip(before, after, strict=True), start=1):
        if old.size == (1, 1):
            continue  # PDFium shows nothing of this page
        if number not in pages:
            assert changed_box(old, new) is None, f"{name} page {number} has no stamp but changed"
            continue
        assert changed_box(old, new, ignore=[ASKED]) is None, f"{name} page {number} changed outside"
        got = changed_inside(old, new, ASKED, margin=0.03)
        assert got == pytest.approx(ASKED, abs=TOLERANCE), f"{name} page {number}: stamp at {got}"


@pytest.fixture(scope="module")
def cert_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus-certs")

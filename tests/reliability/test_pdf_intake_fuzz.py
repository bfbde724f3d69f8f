"""Fuzz: mutated real-world PDFs (from the public corpus) fed to everything that reads a PDF on the way in:
preflight, the working copies (repair, unrestricted, decrypted), the importer, the page marks and the
composer's page loading and rendering. Only typed PdfErrors may come out, and every example must finish
within the per-example deadline set below (a hang beyond the suite's timeout fails the run as well)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocumentRenderOptions
from PySide6.QtWidgets import QApplication

from esign_desktop.pdf.acroform_import import scan_acroform
from esign_desktop.pdf.errors import PdfError
from esign_desktop.pdf.page_marks import page_marks
from esign_desktop.pdf.preflight import PdfReport, inspect_pdf
from esign_desktop.pdf.text_tags import find_text_tags
from esign_desktop.services.document_intake import IntakeChoices, load_document
from esign_desktop.ui.editor.page_renderer import PageRenderer
from tests.corpus.corpus import FILES_DIR
from tests.reliability import sizes

pytestmark = pytest.mark.reliability

EXAMPLES = sizes.current().examples
# One example reads a small PDF a handful of times; far below this even on a loaded 2-core machine.
PER_EXAMPLE = timedelta(seconds=30)

_WITH_ANNOTATIONS = QPdfDocumentRenderOptions()
_WITH_ANNOTATIONS.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)  # as the composer renders

SEEDS = {
    name: (FILES_DIR / name).read_bytes()
    for name in (
        "form-two-fields.pdf",
        "annotation-comment.pdf",
        "signed-approval.pdf",
        "owner-only-positive-P.pdf",
        "gen-user-password-aes256.pdf",
        "damaged-pages-loop.pdf",
        "gen-shared-content-stream.pdf",
        "userunit-72.pdf",
        "boxes-offsets.pdf",
    )
}


@st.composite
def mutated_pdfs(draw: st.DrawFn) -> bytes:
    data = SEEDS[draw(st.sampled_from(sorted(SEEDS)))]
    for _ in range(draw(st.integers(0, 6))):
        offset = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "delete", "duplicate", "token"]))
        if action == "replace":
            data = data[:offset] + draw(st.binary(min_size=1, max_size=8)) + data[offset + 1 :]
        elif action == "delete":
            data = data[:offset] + data[offset + draw(st.integers(1, 64)) :]
        elif action == "duplicate":
            data = data[:offset] + data[offset : offset + draw(st.integers(1, 256))] * 2 + data[offset:]
        else:  # structural words where they hurt most
            token = draw(
                st.sampled_from([b" 0 R", b"obj", b"endobj", b"/Kids", b"/Parent", b"<<", b">>", b"[", b"-1"])
            )
            data = data[:offset] + token + data[offset:]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _typed(call: Callable[..., object], *args: object) -> object:
    """The call's result, or the PdfError it raised (with a message for people); anything else fails."""
    try:
        return call(*args)
    except PdfError as error:
        refused = error
    assert refused.user_message
    return refused


@settings(
    max_examples=EXAMPLES,
    deadline=PER_EXAMPLE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=mutated_pdfs())
def test_mutated_pdfs_give_typed_errors_only(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.pdf"
        path.write_bytes(data)
        outcome = _typed(inspect_pdf, path)
        assert isinstance(outcome, PdfReport | PdfError)
        everything = IntakeChoices(
            Path(folder) / "copies", "not-the-password", remove_restrictions=True, repair=True
        )
        _typed(load_document, path, everything)
        _typed(scan_acroform, path)
        _typed(page_marks, path)
        _typed(find_text_tags, path)


@settings(
    max_examples=max(EXAMPLES // 4, 10), deadline=PER_EXAMPLE, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=mutated_pdfs())
def test_the_composer_loads_and_renders_mutated_pdfs(qapp: QApplication, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.pdf"
        path.write_bytes(data)
        renderer = PageRenderer()
        try:
            if renderer.load(str(path)) and renderer.page_count() > 0:
                renderer.document.render(0, QSize(120, 160), _WITH_ANNOTATIONS)
        finally:
            renderer.shutdown()
            renderer.deleteLater()

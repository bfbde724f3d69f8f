"""When the composer cannot look for form fields and tags in a document (the file changed into something that
is not a PDF), the status line says why in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import ProviderKind
from tests.gui.composer_helpers import make_composer
from tests.gui.conftest import Installer
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "lease.pdf: This is not a PDF file."),
        ("ja", "lease.pdf: PDF ファイルではありません。"),
        ("sv", "lease.pdf: Det här är ingen PDF-fil."),
    ],
)
def test_a_scan_that_cannot_read_the_file_says_why_in_the_windows_language(
    install: Installer, qtbot: QtBot, tmp_path: Path, language: str, expected: str
) -> None:
    install(language)
    pdf = make_pdf(tmp_path / "lease.pdf", [PageSpec()])
    composer = make_composer(qtbot, pdf, ProviderKind.ASSENTLY)
    pdf.write_text("Meeting notes, not a PDF at all.\n", encoding="utf-8")
    said: list[str] = []
    composer.status_message.connect(said.append)

    composer.open_import_preview()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)

    assert said[1].startswith(expected), said
    composer.shutdown()

"""Why a page of a PDF cannot be shown reads in the window's language, inside "Page %1: %2": the page's
problem is an error of its own (domain/geometry/page_box.TEMPLATES), not an English detail."""

from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.ui.editor.documents_panel import _inspect
from tests.gui.conftest import Installer
from tests.pdf_factory import PageSpec, make_pdf

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "tilted.pdf: Page 2: The page rotation 45 is not a multiple of 90 degrees, so the page cannot",
        ),
        (
            "ja",
            "tilted.pdf: 2 ページ: ページの回転角 45 が 90 度の倍数ではないため、"
            "ページを正しく表示できません。",
        ),
        ("sv", "tilted.pdf: Sida 2: Sidans rotation 45 är inte en multipel av 90 grader, så sidan kan inte"),
    ],
)
def test_a_page_that_cannot_be_shown_is_explained_in_the_windows_language(
    install: Installer, tmp_path: Path, language: str, expected: str
) -> None:
    install(language)
    tilted = make_pdf(tmp_path / "tilted.pdf", [PageSpec(), PageSpec(rotate=45)])

    inspection = _inspect(0, tilted)  # what the composer's documents panel shows for the file

    assert inspection.error.startswith(expected), inspection.error
    if language != "en":
        assert "Re-save" not in inspection.error

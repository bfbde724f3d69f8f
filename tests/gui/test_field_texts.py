"""The fields a document replacement would drop or reshape are named in the window's language (the documents
panel's question and notices): kind, label, party, page and document."""

from __future__ import annotations

import re

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, Party, ProviderKind
from tests.gui.conftest import Installer

pytestmark = pytest.mark.gui

ANNA = Party(id="p1", name="Anna Berg", email="anna@example.com")
NAMELESS = Party(id="p2")
ENVELOPE = Envelope(
    local_id="e1",
    provider=ProviderKind.ASSENTLY,
    name="Lease",
    documents=(
        Document(id="d1", file_name="lease.pdf", sha512="", size=0, pages=()),
        Document(id="d2", file_name="annex.pdf", sha512="", size=0, pages=()),
    ),
    parties=(ANNA, NAMELESS),
)


def _field(**facts: object) -> Field:
    defaults: dict[str, object] = {
        "id": "f1",
        "kind": FieldKind.SIGNATURE,
        "document": 1,
        "page": 3,
        "rect": PageRect(0.1, 0.1, 0.3, 0.2),
    }
    return Field(**{**defaults, **facts})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Signature field “Buyer” for Anna Berg on page 3 of “annex.pdf”",
                "Date field for Unnamed party on page 3 of “annex.pdf”",
                "Text field “Notes” on page 3 of “annex.pdf”",
                "Checkbox field on page 1 of “lease.pdf”",
            ],
        ),
        (
            "ja",
            [
                "「annex.pdf」のAnna Berg の署名フィールド「Buyer」（3 ページ）",
                "「annex.pdf」の名前未入力の宛先 の日付フィールド（3 ページ）",
                "「annex.pdf」のテキストフィールド「Notes」（3 ページ）",
                "「lease.pdf」のチェックボックスフィールド（1 ページ）",
            ],
        ),
        (
            "sv",
            [
                "Signatur-fält ”Buyer” för Anna Berg på sidan 3 i ”annex.pdf”",
                "Datum-fält för Namnlös part på sidan 3 i ”annex.pdf”",
                "Text-fält ”Notes” på sidan 3 i ”annex.pdf”",
                "Kryssruta-fält på sidan 1 i ”lease.pdf”",
            ],
        ),
    ],
)
def test_a_field_is_named_in_the_windows_language(
    install: Installer, language: str, expected: list[str]
) -> None:
    from esign_desktop.ui.editor.documents_panel import field_text

    install(language)
    fields = [
        _field(label="Buyer", party_id=ANNA.id),
        _field(kind=FieldKind.DATE, party_id=NAMELESS.id),
        _field(kind=FieldKind.TEXT, label="Notes"),
        _field(kind=FieldKind.CHECKBOX, document=0, page=1),
    ]

    texts = [field_text(field, ENVELOPE) for field in fields]

    assert texts == expected
    if language != "en":
        for text in texts:
            kept = re.sub(r"Anna Berg|Buyer|Notes|\w+\.pdf", "", text)
            assert not re.search(r"\b(field|for|on|page|of|Unnamed|party)\b", kept), text

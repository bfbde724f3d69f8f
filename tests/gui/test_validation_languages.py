"""Readiness problems in Japanese and Swedish: the catalogues compiled afresh and installed as the app does.

The expected sentences are written here, not read from the .ts files, so a wrong or missing translation fails.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esign_desktop.domain.capabilities import GMOSIGN
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, PageInfo, Party, ProviderKind
from esign_desktop.domain.validation import validate
from esign_desktop.ui.editor.party_problem_fields import PartyAttribute, texts_by_attribute
from esign_desktop.ui.editor.readiness_panel import ReadinessPanel
from tests.gui.conftest import Installer

LEASE = Document(id="d", file_name="lease.pdf", sha512="", size=0, pages=(PageInfo(595, 842),))
NAMELESS = Envelope(
    local_id="e",
    provider=ProviderKind.GMOSIGN,
    name="Lease",
    documents=(LEASE,),
    parties=(Party(id="nameless", email="kim@example.com"), Party(id="bert", name="Bert")),
    fields=(
        Field(id="sig", kind=FieldKind.SIGNATURE, document=0, page=1, rect=PageRect(0.1, 0.8, 0.4, 0.9)),
    ),
)


def _shown(qtbot: QtBot) -> list[str]:
    panel = ReadinessPanel()
    qtbot.addWidget(panel)
    panel.check(NAMELESS, GMOSIGN)
    return [panel.problem_list.item(i).text() for i in range(panel.problem_list.count())]


def test_the_readiness_panel_shows_problems_in_japanese(qtbot: QtBot, install: Installer) -> None:
    install("ja")
    shown = _shown(qtbot)
    assert "すべての宛先に名前が必要です。" in shown
    assert "Bert のメールアドレスまたは電話番号を入力してください。" in shown
    assert (
        "「lease.pdf」の1ページ目にある署名フィールドに宛先がありません。署名する人を選んでください。"
        in shown
    )
    assert "Every party needs a name." not in shown


def test_the_readiness_panel_shows_problems_in_swedish(qtbot: QtBot, install: Installer) -> None:
    install("sv")
    shown = _shown(qtbot)
    assert "Varje part behöver ett namn." in shown
    assert "Lägg till en e-postadress eller ett telefonnummer för Bert." in shown
    assert "Ett signaturfält på sidan 1 i ”lease.pdf” saknar part: välj vem som signerar där." in shown


def test_the_accessible_text_is_translated_too(qtbot: QtBot, install: Installer) -> None:
    install("ja")
    panel = ReadinessPanel()
    qtbot.addWidget(panel)
    panel.check(NAMELESS, GMOSIGN)
    texts = [
        panel.problem_list.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
        for i in range(panel.problem_list.count())
    ]
    assert "要修正: すべての宛先に名前が必要です。" in texts


def test_party_input_texts_follow_the_language(install: Installer) -> None:
    install("ja")
    texts = texts_by_attribute(validate(NAMELESS, GMOSIGN), "bert")
    assert texts[PartyAttribute.EMAIL] == ["Bert のメールアドレスまたは電話番号を入力してください。"]
    assert texts[PartyAttribute.WHOLE] == [
        "Bert の署名フィールドがありません。署名の位置はサービスが決めます。"
    ]

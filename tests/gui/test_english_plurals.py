"""English has no catalogue, so its plurals come from the source texts: "%n page(s)" reads "2 pages"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import PageInfo
from esign_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Installer
from tests.gui.demo_envelopes import demo_envelopes

pytestmark = pytest.mark.gui


def test_counted_texts_read_as_english(install: Installer) -> None:
    assert install("en").language == "en"
    translate = QCoreApplication.translate
    assert [translate("DetailsPane", "%n page(s)", "", n) for n in (0, 1, 2)] == [
        "0 pages",
        "1 page",
        "2 pages",
    ]
    assert translate("MainWindow", "Delete %n envelope(s)?", "", 1) == "Delete 1 envelope?"
    assert translate("MainWindow", "&File") == "&File"  # everything else: the source text, untouched
    assert translate("MainWindow", "Recall (s)tuff") == "Recall (s)tuff"  # not counted: untouched


def test_the_documents_tab_says_2_pages(qtbot: QtBot, install: Installer) -> None:
    install("en")
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        envelope = next(iter(demo_envelopes()))
        two_pages = replace(envelope.documents[0], pages=(PageInfo(595, 842), PageInfo(595, 842)))
        window.details.show_envelope(replace(envelope, documents=(two_pages,)))
        assert "(2 pages, " in window.details.documents.item(0).text()
    finally:
        window.allow_close()


def test_japanese_keeps_its_own_forms(install: Installer) -> None:
    install("ja")
    assert QCoreApplication.translate("DetailsPane", "%n page(s)", "", 2) == "2 ページ"

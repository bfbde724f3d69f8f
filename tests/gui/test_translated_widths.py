"""Japanese and Swedish texts are wider than English: the list's columns and the views sidebar are sized for
the language in use, and a cell that is still too narrow shows its whole text in a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, progress_text
from esign_desktop.ui.views_rules import ViewContext
from tests.gui.conftest import Installer
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelopes

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("width", [1280, 1366])  # 1280: the size of the README's screenshots
@pytest.mark.parametrize("language", ["en", "ja", "sv"])
def test_columns_and_views_fit_their_translated_text(
    qtbot: QtBot, install: Installer, language: str, width: int
) -> None:
    if language != "en":
        assert install(language).language == language
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_account_names(ACCOUNT_NAMES)
    window.set_view_context(ViewContext(now=DEMO_NOW))
    window.set_envelopes(list(demo_envelopes()))
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        table = window.envelope_list
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        model = window.envelope_model
        for column in (EnvelopeColumn.STATUS, EnvelopeColumn.PROGRESS, EnvelopeColumn.SENT):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) > metrics.horizontalAdvance(title), (language, title)
        widest_progress = max(
            (progress_text(e) for e in model.collection.envelopes()), key=metrics.horizontalAdvance
        )
        assert header.sectionSize(EnvelopeColumn.PROGRESS) > metrics.horizontalAdvance(widest_progress)

        sidebar = window.sidebar
        names = [sidebar.item(row).text() for row in range(sidebar.count())]
        widest_view = max(sidebar.fontMetrics().horizontalAdvance(name) for name in names)
        assert sidebar.viewport().width() > widest_view, (language, names)

        window.envelope_list.setCurrentIndex(window.envelope_proxy.index(0, 0))
        tabs = window.details.tabs.tabBar()
        assert tabs.width() >= tabs.sizeHint().width(), language  # every tab whole, no scroll arrows

        index = window.envelope_proxy.index(0, EnvelopeColumn.PROGRESS)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(Qt.ItemDataRole.DisplayRole)
        assert sidebar.item(0).toolTip()
    finally:
        window.allow_close()

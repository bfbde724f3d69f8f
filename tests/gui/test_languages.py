"""The UI in Japanese and Swedish: translators installed as the app does at start, then windows built.

The expected words are written here, not read from the .ts files, so a wrong or missing translation fails.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMenu, QToolBar
from pytestqt.qtbot import QtBot

from esign_desktop.domain.action_rules import Command
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import Settings
from esign_desktop.ui.language import locale_for, resolve_language
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, format_time
from esign_desktop.ui.settings_dialog import SettingsDialog
from esign_desktop.ui.views_rules import EnvelopeView
from tests.gui.conftest import Installer


def build_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.allow_close()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def toolbar_texts(window: MainWindow) -> list[str]:
    toolbar = window.findChild(QToolBar, "envelopeToolbar")
    assert toolbar is not None
    return [action.text() for action in toolbar.actions() if action.text()]


def header_titles(window: MainWindow) -> list[str]:
    model = window.envelope_model
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in EnvelopeColumn]


def view_names(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def visible_words(window: MainWindow) -> list[str]:
    return [*menu_titles(window), *toolbar_texts(window), *header_titles(window), *view_names(window)]


def test_main_window_in_japanese(qtbot: QtBot, install: Installer) -> None:
    english = visible_words(build_window(qtbot))
    assert install("ja").language == "ja"

    window = build_window(qtbot)

    assert menu_titles(window) == ["ファイル(&F)", "文書(&E)", "表示(&V)", "チーム(&M)", "ヘルプ(&H)"]
    assert window.envelope_actions[Command.SEND].text() == "送信(&S)"
    assert window.envelope_actions[Command.REMIND].text() == "リマインド(&R)"
    assert window.envelope_actions[Command.DOWNLOAD].toolTip() == "署名済みファイルと証明書を保存します"
    assert header_titles(window) == [
        "文書名",
        "サービス / アカウント",
        "ステータス",
        "宛先",
        "送信日時",
        "最終更新",
        "有効期限",
        "送信者",
    ]
    assert view_names(window) == [
        "すべて",
        "下書き",
        "送信待ち",
        "相手の対応待ち",
        "要対応",
        "締結完了",
        "却下・期限切れ・取消",
    ]
    assert window.search.placeholderText().startswith("名前・宛先・アカウントで検索")
    assert window.visible_count_label.text() == "0 件の文書"
    # Nothing the person sees in these places is still in English.
    assert not set(visible_words(window)) & set(english)


def test_dialogs_and_the_window_menu_in_japanese(qtbot: QtBot, install: Installer, tmp_path: Path) -> None:
    install("ja")
    window = build_window(qtbot)
    view_menu = window.menuBar().actions()[2].menu()
    assert isinstance(view_menu, QMenu)
    assert [a.text() for a in view_menu.actions() if a.text()][:3] == ["検索(&F)", "すべて", "下書き"]

    dialog = SettingsDialog(Settings(), AppPaths.under(tmp_path), window)
    assert dialog.windowTitle() == "設定"
    assert dialog.restart_note.text() == "言語とテーマの変更は次回の起動から反映されます。"
    assert dialog.language_combo.itemText(0) == "システムと同じ"


def test_main_window_in_swedish(qtbot: QtBot, install: Installer) -> None:
    install("sv")

    window = build_window(qtbot)

    assert menu_titles(window) == ["&Arkiv", "&Ärende", "&Visa", "T&eam", "&Hjälp"]
    assert window.envelope_actions[Command.SEND].text() == "&Skicka"
    assert header_titles(window)[:3] == ["Namn", "Tjänst / konto", "Status"]
    assert view_names(window)[:3] == ["Alla", "Utkast", "Utkorg"]
    assert window.visible_count_label.text() == "0 ärenden"


def test_dates_and_numbers_follow_the_language(qtbot: QtBot, install: Installer) -> None:
    moment = datetime(2026, 2, 17, 10, 23, tzinfo=UTC)
    local = moment.astimezone()
    assert format_time(moment) == local.strftime("%Y-%m-%d %H:%M")  # the neutral "C" locale: ISO

    install("ja")
    assert format_time(moment) == f"{local:%Y/%m/%d} {local.hour}:{local:%M}"

    install("sv")
    assert format_time(moment) == local.strftime("%Y-%m-%d %H:%M")
    window = build_window(qtbot)
    window.sidebar.set_counts({EnvelopeView.ALL: 12345})
    assert window.sidebar.item(0).text() == "Alla  (12\N{NO-BREAK SPACE}345)"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "ja_JP", "ja"),
        ("", "sv_FI", "sv"),
        ("", "de_DE", "en"),
        ("en", "ja_JP", "en"),
        ("sv", "ja_JP", "sv"),
        ("ja-JP", "C", "ja"),
        ("fr", "sv_SE", "sv"),  # a language we do not ship: the system's, if we ship that
    ],
)
def test_language_setting_falls_back_to_the_system(setting: str, system: str, expected: str) -> None:
    assert resolve_language(setting, QLocale(system)) == expected


def test_formats_come_from_the_system_when_it_speaks_the_language() -> None:
    assert locale_for("sv", QLocale("sv_FI")).name() == "sv_FI"
    assert locale_for("sv", QLocale("ja_JP")).name() == "sv_SE"
    assert locale_for("en", QLocale.c()).language() is QLocale.Language.C

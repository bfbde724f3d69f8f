"""The settings dialog, offscreen: shows a Settings, emits the edited one, keeps the rate budget, and can be
used with the keyboard and a screen reader."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from esign_desktop.providers.rate_limit import DEFAULT_LIMIT, DEFAULT_PERIOD
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import MIN_SYNC_INTERVAL_SECONDS, LogLevel, Settings, Theme
from esign_desktop.ui.settings_dialog import CALLS_PER_UPDATE, SettingsDialog, calls_per_minute

pytestmark = pytest.mark.gui

INTERACTIVE = (QComboBox, QCheckBox, QSpinBox, QLineEdit, QAbstractButton)
STARTING = Settings(
    language="sv",
    theme=Theme.DARK,
    notifications=False,
    sync_interval_seconds=600,
    download_folder="",
    log_level=LogLevel.WARNING,
    window_state="AAEC",
    last_view="drafts",
    sandbox_banner_dismissed=True,
)


@pytest.fixture
def paths(app_home: Path) -> AppPaths:
    return AppPaths.under(app_home)


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, paths: AppPaths, opened: list[Path]) -> SettingsDialog:
    widget = SettingsDialog(STARTING, paths, open_folder=opened.append)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def emitted(dialog: SettingsDialog) -> list[Settings]:
    received: list[Settings] = []
    dialog.settings_changed.connect(received.append)
    return received


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    return dialog.buttons.button(which)


def test_controls_show_the_given_settings(dialog: SettingsDialog, paths: AppPaths) -> None:
    assert dialog.language_combo.currentText() == "Svenska"
    assert dialog.theme_combo.currentData() == Theme.DARK
    assert not dialog.notifications_check.isChecked()
    assert dialog.interval_spin.value() == 600
    assert dialog.download_edit.text() == ""
    assert dialog.download_edit.placeholderText() == str(paths.downloads)
    assert dialog.data_folder_edit.text() == str(paths.data)
    assert dialog.data_folder_edit.isReadOnly()
    assert dialog.log_level_combo.currentData() == LogLevel.WARNING
    assert dialog.settings() == STARTING


def test_ok_emits_every_edit_and_keeps_what_the_dialog_does_not_show(
    dialog: SettingsDialog, emitted: list[Settings], tmp_path: Path
) -> None:
    dialog.open()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.LIGHT))
    dialog.notifications_check.setChecked(True)
    dialog.interval_spin.setValue(120)
    dialog.download_edit.setText(str(tmp_path / "signed"))
    dialog.log_level_combo.setCurrentIndex(dialog.log_level_combo.findData(LogLevel.DEBUG))

    button(dialog, QDialogButtonBox.StandardButton.Ok).click()

    expected = dataclasses.replace(
        STARTING,
        language="ja",
        theme=Theme.LIGHT,
        notifications=True,
        sync_interval_seconds=120,
        download_folder=str(tmp_path / "signed"),
        log_level=LogLevel.DEBUG,
    )
    assert emitted == [expected]
    assert not dialog.isVisible()


def test_language_can_follow_the_system_again(dialog: SettingsDialog, emitted: list[Settings]) -> None:
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))

    button(dialog, QDialogButtonBox.StandardButton.Apply).click()

    assert [settings.language for settings in emitted] == [""]


def test_apply_emits_and_stays_open_cancel_emits_nothing(
    dialog: SettingsDialog, emitted: list[Settings]
) -> None:
    dialog.open()
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.SYSTEM))
    button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert dialog.isVisible()
    dialog.notifications_check.setChecked(True)

    button(dialog, QDialogButtonBox.StandardButton.Cancel).click()

    assert [settings.theme for settings in emitted] == [Theme.SYSTEM]
    assert not emitted[0].notifications
    assert not dialog.isVisible()


def test_a_language_from_a_newer_version_is_kept(qtbot: QtBot, paths: AppPaths) -> None:
    widget = SettingsDialog(dataclasses.replace(STARTING, language="fi"), paths)
    qtbot.addWidget(widget)

    assert widget.settings().language == "fi"


def test_interval_cannot_go_below_the_stored_minimum_or_the_rate_budget(dialog: SettingsDialog) -> None:
    dialog.interval_spin.setValue(1)

    shortest = dialog.interval_spin.value()
    assert shortest >= MIN_SYNC_INTERVAL_SECONDS
    assert calls_per_minute(shortest) * (60 / DEFAULT_PERIOD) <= DEFAULT_LIMIT
    assert dialog.settings().sync_interval_seconds == shortest
    Settings(sync_interval_seconds=shortest)  # the store accepts what the dialog offers


def test_budget_text_follows_the_interval(dialog: SettingsDialog) -> None:
    dialog.interval_spin.setValue(60)
    at_one_minute = dialog.interval_budget_label.text()
    dialog.interval_spin.setValue(dialog.interval_spin.minimum())
    at_shortest = dialog.interval_budget_label.text()

    assert at_one_minute != at_shortest
    numbers = [int(n) for n in re.findall(r"\d+", at_shortest)]
    assert CALLS_PER_UPDATE in numbers
    assert DEFAULT_LIMIT in numbers
    assert dialog.interval_spin.minimum() in numbers
    assert f"at most {CALLS_PER_UPDATE} calls" in at_one_minute  # one update per minute


def test_relative_download_folder_is_refused_until_fixed(
    dialog: SettingsDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.download_edit.setText("relative/folder")

    assert not button(dialog, QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.download_problem_label.isVisible()
    assert "full path" in dialog.download_problem_label.text()

    dialog.download_edit.setText(str(tmp_path))

    assert button(dialog, QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.download_problem_label.isVisible()
    dialog.close()


def test_a_file_is_not_a_download_folder(dialog: SettingsDialog, tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("x", encoding="utf-8")

    dialog.download_edit.setText(str(file))

    assert not button(dialog, QDialogButtonBox.StandardButton.Apply).isEnabled()
    assert "not a folder" in dialog.download_folder_problem()


def open_chooser(dialog: SettingsDialog) -> QFileDialog | None:
    return dialog.folder_dialog


def test_choose_opens_a_non_modal_folder_dialog_that_fills_the_field(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    dialog.open()
    dialog.choose_download_button.click()

    chooser = open_chooser(dialog)
    assert chooser is not None
    assert chooser.isVisible()
    assert not chooser.isModal() or chooser.windowModality() == Qt.WindowModality.WindowModal
    dialog.choose_download_button.click()  # a second click reuses the open chooser
    assert open_chooser(dialog) is chooser
    chooser.fileSelected.emit(str(tmp_path))
    chooser.reject()

    assert dialog.download_edit.text() == str(tmp_path)
    assert open_chooser(dialog) is None
    dialog.close()


def test_folder_buttons_open_the_data_and_log_folders(
    dialog: SettingsDialog, opened: list[Path], paths: AppPaths
) -> None:
    dialog.open_data_button.click()
    dialog.open_logs_button.click()

    assert opened == [paths.data, paths.logs]


def interactive_widgets(dialog: SettingsDialog) -> list[QWidget]:
    """The dialog's own controls, not the parts Qt builds inside them (a spin box's line edit...)."""

    def inside_a_control(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not dialog:
            if isinstance(parent, INTERACTIVE):
                return True
            parent = parent.parentWidget()
        return False

    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(dialog) and not inside_a_control(w)
    ]


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    widgets = interactive_widgets(dialog)

    assert len(widgets) >= 10
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in widgets if not w.accessibleName().strip()]
    assert unnamed == []


def test_mnemonics_are_unique_and_every_field_label_has_a_buddy(dialog: SettingsDialog) -> None:
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    labels = [w for w in dialog.findChildren(QLabel) if "&" in w.text()]
    texts += [label.text() for label in labels]
    keys = [m.group(1).lower() for text in texts if (m := re.search(r"&([^&])", text))]

    assert len(keys) >= 8
    assert [key for key, count in Counter(keys).items() if count > 1] == []
    assert all(label.buddy() is not None for label in labels)


def test_tab_reaches_every_control(dialog: SettingsDialog, qtbot: QtBot, qapp: QApplication) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.language_combo.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []  # holding the wrappers keeps each widget's Python object, and so its id
    for _ in range(40):
        focused = qapp.focusWidget()
        if focused is not None:
            reached.append(focused)
        QTest.keyClick(focused or dialog, Qt.Key.Key_Tab)

    missed = [
        w.accessibleName()
        for w in interactive_widgets(dialog)
        if w.isEnabled() and not any(w is r for r in reached) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert missed == []
    dialog.close()

"""The settings dialog: language, theme, notifications, sync interval, download folder, log level, and where
the data and logs live.

It edits a copy of a `Settings` and emits the result; the caller saves it with `SettingsStore` and applies it.
Shown with `open()` (never `exec()`): no nested event loop, so the app's tasks keep running behind it. The
folder chooser is a QFileDialog opened the same way.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.providers.rate_limit import DEFAULT_LIMIT, DEFAULT_PERIOD
from esign_desktop.services.status_monitor import NoticeKind
from esign_desktop.services.sync import DETAIL_FETCHES_PER_PASS
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import MIN_SYNC_INTERVAL_SECONDS, LogLevel, Settings, Theme
from esign_desktop.ui.placeholders import fill

# One status update of an account: a listing page, then details of up to DETAIL_FETCHES_PER_PASS envelopes.
CALLS_PER_UPDATE = 1 + DETAIL_FETCHES_PER_PASS
MAX_SYNC_INTERVAL_SECONDS = 24 * 60 * 60
# Language names are written in their own language, so a person can find theirs whatever the UI shows.
LANGUAGE_NAMES = (("en", "English"), ("ja", "日本語"), ("sv", "Svenska"))

FolderOpener = Callable[[Path], object]
"""Shows a folder in the system's file manager (the default uses QDesktopServices)."""


def calls_per_minute(interval_seconds: int) -> float:
    """The most calls automatic status updates of one account make in one rate window, at this interval."""
    return CALLS_PER_UPDATE * DEFAULT_PERIOD / interval_seconds


def shortest_interval_seconds() -> int:
    """The lower bound the dialog offers: the stored minimum, and never more polling than the rate budget."""
    within_budget = math.ceil(CALLS_PER_UPDATE * DEFAULT_PERIOD / DEFAULT_LIMIT)
    return max(MIN_SYNC_INTERVAL_SECONDS, within_budget)


def open_in_file_manager(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsDialog(QDialog):
    """Edits the app's settings.

    Signals:
        settings_changed(Settings): OK or Apply was pressed; carries the whole edited Settings (fields the
            dialog does not show, such as the window state, are kept from the Settings it was given).
    """

    settings_changed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        open_folder: FolderOpener = open_in_file_manager,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._paths = paths
        self._open_folder = open_folder
        self.folder_dialog: QFileDialog | None = None

        form = QFormLayout()
        self.language_combo = self._combo(self.tr("Language"), self.tr("The language of the app's texts."))
        self.language_combo.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        form.addRow(self._label(self.tr("&Language:"), self.language_combo), self.language_combo)
        self.restart_note = QLabel(self.tr("A new language or theme is used from the next start."), self)
        self.restart_note.setWordWrap(True)
        form.addRow("", self.restart_note)

        self.theme_combo = self._combo(self.tr("Theme"), self.tr("Light or dark colours, or as the system."))
        self.theme_combo.addItem(self.tr("Same as the system"), Theme.SYSTEM)
        self.theme_combo.addItem(self.tr("Light"), Theme.LIGHT)
        self.theme_combo.addItem(self.tr("Dark"), Theme.DARK)
        form.addRow(self._label(self.tr("&Theme:"), self.theme_combo), self.theme_combo)

        self.notifications_check = QCheckBox(self.tr("&Notify me when an envelope's status changes"), self)
        self.notifications_check.setAccessibleName(self.tr("Notifications"))
        self.notifications_check.setAccessibleDescription(
            self.tr("Show a desktop notification when an envelope is signed, declined or expires.")
        )
        form.addRow("", self.notifications_check)
        self.notice_checks: dict[NoticeKind, QCheckBox] = {}
        kinds_box = QVBoxLayout()
        kinds_box.setContentsMargins(24, 0, 0, 0)
        for kind, text in (
            (NoticeKind.SIGNED, self.tr("Signed or approved by someone")),
            (NoticeKind.COMPLETED, self.tr("Completed")),
            (NoticeKind.DECLINED, self.tr("Declined")),
            (NoticeKind.EXPIRED, self.tr("Expired")),
            (NoticeKind.ACTION_NEEDED, self.tr("Action needed (waiting for approval)")),
            (NoticeKind.SEND_FAILED, self.tr("Sending failed")),
        ):
            check = QCheckBox(text, self)
            check.setObjectName(f"notice_{kind.value}")
            check.setAccessibleName(fill(self.tr("Notify: %1"), text))
            self.notice_checks[kind] = check
            kinds_box.addWidget(check)
        form.addRow("", kinds_box)
        self.notifications_check.toggled.connect(self._on_notifications_check_toggled)

        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(shortest_interval_seconds(), MAX_SYNC_INTERVAL_SECONDS)
        self.interval_spin.setSingleStep(30)
        self.interval_spin.setSuffix(self.tr(" s"))
        self.interval_spin.setAccessibleName(self.tr("Status update interval in seconds"))
        self.interval_budget_label = QLabel(self)
        self.interval_budget_label.setObjectName("intervalBudget")
        self.interval_budget_label.setWordWrap(True)
        self.interval_spin.setAccessibleDescription(
            self.tr(
                "How often an account with nothing out for signature is asked for news. Envelopes waiting "
                "for someone are checked as often as the account's call budget allows."
            )
        )
        form.addRow(
            self._label(self.tr("Check finished envelopes &every:"), self.interval_spin), self.interval_spin
        )
        form.addRow("", self.interval_budget_label)

        self.download_edit = QLineEdit(self)
        self.download_edit.setAccessibleName(self.tr("Download folder"))
        self.download_edit.setAccessibleDescription(
            self.tr("Where signed documents and receipts are saved. Leave empty for the default folder.")
        )
        self.download_edit.setPlaceholderText(str(paths.downloads))
        self.download_edit.setClearButtonEnabled(True)
        self.choose_download_button = self._button(
            self.tr("C&hoose…"), self.tr("Choose the download folder"), self._on_choose_download_clicked
        )
        download_row = QHBoxLayout()
        download_row.addWidget(self.download_edit, 1)
        download_row.addWidget(self.choose_download_button)
        form.addRow(self._label(self.tr("&Download folder:"), self.download_edit), download_row)
        self.download_problem_label = QLabel(self)
        self.download_problem_label.setObjectName("downloadProblem")
        self.download_problem_label.setWordWrap(True)
        self.download_problem_label.hide()
        form.addRow("", self.download_problem_label)

        self.data_folder_edit = self._read_only_path(self.tr("Data folder"), paths.data)
        self.open_data_button = self._button(
            self.tr("Open data &folder"),
            self.tr("Open the data folder in the file manager"),
            lambda: self._open_folder(self._paths.data),
        )
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder_edit, 1)
        data_row.addWidget(self.open_data_button)
        form.addRow(self._label(self.tr("Data folder:"), self.data_folder_edit), data_row)

        self.log_level_combo = self._combo(
            self.tr("Log level"), self.tr("How much the app writes to its log file. Debug is the most.")
        )
        for level, text in (
            (LogLevel.DEBUG, self.tr("Debug")),
            (LogLevel.INFO, self.tr("Information")),
            (LogLevel.WARNING, self.tr("Warnings")),
            (LogLevel.ERROR, self.tr("Errors only")),
        ):
            self.log_level_combo.addItem(text, level)
        self.open_logs_button = self._button(
            self.tr("Open log folde&r"),
            self.tr("Open the log folder in the file manager"),
            lambda: self._open_folder(self._paths.logs),
        )
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_level_combo, 1)
        log_row.addWidget(self.open_logs_button)
        form.addRow(self._label(self.tr("Lo&g level:"), self.log_level_combo), log_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Save settings and close")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Close without saving")),
            (QDialogButtonBox.StandardButton.Apply, self.tr("Save settings")),
        ):
            self.buttons.button(role).setAccessibleName(name)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self._on_apply_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.interval_spin.valueChanged.connect(self._on_interval_spin_value_changed)
        self.download_edit.textChanged.connect(self._on_download_edit_text_changed)
        self.set_settings(settings)

    # -- public ---------------------------------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Show `settings` in the controls (also when the dialog is opened again later)."""
        self._settings = settings
        if self.language_combo.findData(settings.language) < 0:  # a language saved by a newer version
            self.language_combo.addItem(settings.language, settings.language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(settings.theme))
        self.notifications_check.setChecked(settings.notifications)
        for kind, check in self.notice_checks.items():
            check.setChecked(kind.value not in settings.muted_notifications)
        self._on_notifications_check_toggled(settings.notifications)
        self.interval_spin.setValue(settings.sync_interval_seconds)
        self._on_interval_spin_value_changed(self.interval_spin.value())
        self.download_edit.setText(settings.download_folder)
        self.log_level_combo.setCurrentIndex(self.log_level_combo.findData(settings.log_level))

    def settings(self) -> Settings:
        """The edited settings: the given ones with the dialog's fields replaced."""
        return dataclasses.replace(
            self._settings,
            language=str(self.language_combo.currentData()),
            theme=Theme(self.theme_combo.currentData()),
            notifications=self.notifications_check.isChecked(),
            muted_notifications=tuple(
                kind.value for kind, check in self.notice_checks.items() if not check.isChecked()
            ),
            sync_interval_seconds=self.interval_spin.value(),
            download_folder=self.download_edit.text().strip(),
            log_level=LogLevel(self.log_level_combo.currentData()),
        )

    def _on_notifications_check_toggled(self, on: bool) -> None:
        for check in self.notice_checks.values():
            check.setEnabled(on)

    def download_folder_problem(self) -> str:
        """Why the typed download folder cannot be used, or "" when it can (empty means the default)."""
        text = self.download_edit.text().strip()
        if not text:
            return ""
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return fill(self.tr("Enter a full path, for example %1."), self._paths.downloads)
        if folder.exists() and not folder.is_dir():
            return fill(self.tr("%1 is a file, not a folder."), folder)
        return ""

    # -- slots ----------------------------------------------------------------------------------------------

    def _on_interval_spin_value_changed(self, value: int) -> None:
        self.interval_budget_label.setText(
            fill(
                self.tr(
                    "Each update of an account uses up to %1 calls (a list and up to %2 "
                    "envelope details), and a service allows %3 calls per %4 s for each account. "
                    "Every %5 s that is at most %6 calls per %4 s, leaving the rest for "
                    "sending and downloading. Shortest allowed: %7 s."
                ),
                CALLS_PER_UPDATE,
                DETAIL_FETCHES_PER_PASS,
                DEFAULT_LIMIT,
                round(DEFAULT_PERIOD),
                value,
                math.ceil(calls_per_minute(value)),
                self.interval_spin.minimum(),
            )
        )

    def _on_download_edit_text_changed(self, _text: str) -> None:
        problem = self.download_folder_problem()
        self.download_problem_label.setText(problem)
        self.download_problem_label.setVisible(bool(problem))
        for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(role).setEnabled(not problem)

    def _on_choose_download_clicked(self) -> None:
        if self.folder_dialog is not None:
            self.folder_dialog.activateWindow()
            return
        start = self.download_edit.text().strip() or str(self._paths.downloads)
        dialog = QFileDialog(self, self.tr("Choose the download folder"), start)
        dialog.setObjectName("downloadFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.download_edit.setText)
        dialog.finished.connect(self._on_folder_dialog_finished)
        self.folder_dialog = dialog
        dialog.open()

    def _on_folder_dialog_finished(self, _result: int) -> None:
        self.folder_dialog = None

    def _on_apply_clicked(self) -> None:
        self._settings = self.settings()
        self.settings_changed.emit(self._settings)

    def _on_buttons_accepted(self) -> None:
        self._on_apply_clicked()
        self.accept()

    # -- building -------------------------------------------------------------------------------------------

    def _combo(self, accessible_name: str, description: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible_name)
        combo.setAccessibleDescription(description)
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # Alt+the underlined letter moves the focus to the control
        return label

    def _button(self, text: str, accessible_name: str, on_clicked: Callable[[], object]) -> QAbstractButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        button.setAutoDefault(False)  # Enter keeps meaning OK
        button.clicked.connect(on_clicked)
        return button

    def _read_only_path(self, accessible_name: str, path: Path) -> QLineEdit:
        edit = QLineEdit(str(path), self)
        edit.setReadOnly(True)  # selectable and copyable, and reachable with Tab
        edit.setAccessibleName(accessible_name)
        edit.setCursorPosition(0)
        return edit

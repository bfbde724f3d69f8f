"""At start, a damaged database gets a clear message and a choice, never a hang or a silent fresh start.

Choices: open the newest backup that passes its check, start a new database, or quit. Either way the damaged
file is kept beside the new one (`<name>.damaged-<time>`), never deleted.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from esign_desktop.storage.backups import Backup, check_backup, list_backups, restore_backup, start_new
from esign_desktop.storage.errors import DamagedDatabaseError
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.placeholders import fill


class Choice(StrEnum):
    BACKUP = "backup"
    NEW = "new"
    QUIT = "quit"


def usable_backup(paths: AppPaths) -> Backup | None:
    """The newest backup that opens and passes its check."""
    return next((b for b in list_backups(paths) if check_backup(b)), None)


def build_box(
    error: DamagedDatabaseError, backup: Backup | None, parent: QWidget | None = None
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabaseBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DamagedDatabase", "The database cannot be opened"))
    box.setText(
        QCoreApplication.translate(
            "DamagedDatabase", "eSign Desktop cannot open its database: the file is damaged."
        )
    )
    details = fill(
        QCoreApplication.translate(
            "DamagedDatabase",
            "Choose how to go on. The damaged file is kept either way, next to the new one, in %1.",
        ),
        str(error.path.parent),
    )
    if backup is None:
        details += "\n\n" + QCoreApplication.translate("DamagedDatabase", "There is no usable backup.")
    box.setInformativeText(details)
    box.setDetailedText(error_text(error))
    if backup is not None:
        moment = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp())).toLocalTime()
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        restore = box.addButton(
            fill(QCoreApplication.translate("DamagedDatabase", "Open the backup of %1"), when),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restoreBackupButton")
        restore.setProperty("choice", Choice.BACKUP.value)
        box.setDefaultButton(restore)
    fresh = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "Start a new database"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    fresh.setObjectName("startNewButton")
    fresh.setProperty("choice", Choice.NEW.value)
    quit_button = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitButton")
    quit_button.setProperty("choice", Choice.QUIT.value)
    box.setEscapeButton(quit_button)
    return box


def chosen(box: QMessageBox) -> Choice:
    button = box.clickedButton()
    value = button.property("choice") if button is not None else None
    return Choice(value) if value in {c.value for c in Choice} else Choice.QUIT


def apply_choice(choice: Choice, paths: AppPaths, backup: Backup | None) -> bool:
    """Carry out the choice; True when the app should try to open the database again."""
    if choice is Choice.BACKUP and backup is not None:
        restore_backup(paths, backup)
        return True
    if choice is Choice.NEW:
        start_new(paths)
        return True
    return False


def ask_and_recover(error: DamagedDatabaseError, paths: AppPaths) -> bool:
    """Show the choice (modal, before the main window exists); True when the database may now open."""
    backup = usable_backup(paths)
    box = build_box(error, backup)
    box.exec()
    return apply_choice(chosen(box), paths, backup)

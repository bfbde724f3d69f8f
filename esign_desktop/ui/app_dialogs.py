"""The main window's dialogs: Accounts, Settings, Team ▸ Database, placement calibration and About.

Each is built the first time it is asked for (start-up imports none of them) and reused after that. What
they change goes back through the services: settings through their one owner (`SettingsService`, which
saves, then announces), accounts through the account service (`accounts_changed` tells the app to
refresh the list and start polling new accounts). The composition root (app.py) connects the window's
requests to `open_*`.
"""

from __future__ import annotations

import dataclasses
import getpass
import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from esign_desktop import __version__
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.settings import Settings
from esign_desktop.ui.placeholders import fill

if TYPE_CHECKING:  # loaded when first opened
    from esign_desktop.ui.accounts_dialog import AccountsDialog
    from esign_desktop.ui.calibration_dialog import CalibrationDialog
    from esign_desktop.ui.settings_dialog import SettingsDialog
    from esign_desktop.ui.team_dialog import TeamDatabaseDialog


@dataclasses.dataclass(frozen=True, slots=True)
class TeamEnvironment:
    """Team settings given by environment variables: the dialog shows them and says they win."""

    address: str = ""
    user_name: str = ""


class AppDialogs(QObject):
    """Opens the main window's dialogs, one instance each.

    Signals:
        accounts_changed(): an account was added, edited or removed in the Accounts dialog.
        restart_requested(): after a change used from the next start (language, theme, team database), the
            person chose "Restart now".
    """

    accounts_changed = Signal()
    restart_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        context: ServiceContext,
        tasks: TaskRegistry,
        team_environment: TeamEnvironment | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._tasks = tasks
        self._team_environment = team_environment or TeamEnvironment()
        self.accounts: AccountsDialog | None = None
        self.settings: SettingsDialog | None = None
        self.calibration: CalibrationDialog | None = None
        self.team: TeamDatabaseDialog | None = None
        self.restart_box: QMessageBox | None = None

    def open_accounts(self) -> AccountsDialog:
        if self.accounts is None:
            from esign_desktop.services.relay_connect import RelayConnections
            from esign_desktop.ui.accounts_dialog import AccountsDialog

            team = self._context.team_database
            self.accounts = AccountsDialog(
                self._context.accounts,
                self._window,
                run=self._tasks.start,
                report=self._context.notifier.report,
                relay=RelayConnections(team, self._context.accounts) if team is not None else None,
            )
            self.accounts.accounts_changed.connect(self.accounts_changed)
        self.accounts.open()
        return self.accounts

    def open_calibration(self) -> CalibrationDialog:
        if self.calibration is None:
            from esign_desktop.services.calibration import CalibrationService
            from esign_desktop.ui.calibration_dialog import CalibrationDialog

            service = CalibrationService(
                self._context.accounts,
                self._context.sender,
                self._context.cache,
                self._context.paths.data_dir() / "calibration",
            )
            self.calibration = CalibrationDialog(
                self._context.accounts.list,
                service,
                self._window,
                run=self._tasks.start,
                report=self._context.notifier.report,
            )
        self.calibration.refresh()
        self.calibration.open()
        return self.calibration

    def open_settings(self) -> SettingsDialog:
        current = self._context.settings.current
        if self.settings is None:
            from esign_desktop.ui.settings_dialog import SettingsDialog

            self.settings = SettingsDialog(current, self._context.paths, self._window)
            self.settings.settings_changed.connect(self.save_settings)
        self.settings.set_settings(current)
        self.settings.open()
        return self.settings

    def open_team_database(self) -> TeamDatabaseDialog:
        if self.team is None:
            from esign_desktop.ui.team_dialog import TeamDatabaseDialog
            from esign_desktop.ui.team_passwords import KeyringTeamPasswords

            address, user_name = team_settings(self._context.settings.current)
            self.team = TeamDatabaseDialog(
                address,
                user_name,
                login_name=login_name(),
                passwords=KeyringTeamPasswords(),
                run=self._tasks.start,
                environment_address=self._team_environment.address,
                environment_user_name=self._team_environment.user_name,
                parent=self._window,
            )
            self.team.team_settings_changed.connect(self._on_team_settings_changed)
        self.team.open()
        return self.team

    def open_about(self) -> QMessageBox:
        """Help ▸ About: the version, the Qt and Python it runs on, and the data and log folders (what
        support asks first). Non-modal, like the other dialogs; the folders' text can be selected."""
        paths = self._context.paths
        box = QMessageBox(self._window)
        box.setObjectName("aboutBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About eSign Desktop"))
        box.setText(fill(self.tr("eSign Desktop %1"), __version__))
        box.setInformativeText(
            fill(
                self.tr(
                    "Prepares documents for signature with Assently E-Sign and GMO Sign and follows them "
                    "until the signed PDFs come back.\n\nData folder: %1\nLog files: %2\n\n"
                    "Qt %3, PySide6 %4, Python %5. Open source under the MIT licence."
                ),
                str(paths.data_dir()),
                str(paths.logs_dir()),
                qVersion(),
                PySide6.__version__,
                platform.python_version(),
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def close_all(self) -> None:
        for dialog in (self.accounts, self.settings, self.calibration, self.team):
            if dialog is not None:
                dialog.close()

    def save_settings(self, settings: Settings, *, offer_restart: bool | None = None) -> None:
        """Saved by the settings' owner, then every subscriber applies them; a failure is reported. A change
        used only from the next start (`needs_restart`, or `offer_restart`) offers to restart now."""
        before = self._context.settings.current
        try:
            self._context.settings.change(settings)
        except StorageError as error:
            doing = QCoreApplication.translate("Application", "Saving the settings")
            self._context.notifier.report(error, doing=doing)
            return
        if offer_restart if offer_restart is not None else needs_restart(before, settings):
            self.offer_restart()

    def offer_restart(self) -> QMessageBox:
        """Ask, without blocking, whether to restart now; "Restart now" emits restart_requested."""
        if self.restart_box is not None:
            self.restart_box.close()
        box = QMessageBox(self._window)
        box.setObjectName("restartBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restart eSign Desktop?"))
        box.setText(self.tr("The change is used from the next start. Restart eSign Desktop now?"))
        box.setInformativeText(
            self.tr(
                "Nothing is lost: drafts are saved, and a send still on its way finishes after the restart."
            )
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        restart.setObjectName("restartNowButton")
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        restart.clicked.connect(self.restart_requested)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_restart_box)
        self.restart_box = box
        box.open()
        return box

    def _forget_restart_box(self) -> None:
        self.restart_box = None

    def _on_team_settings_changed(self, address: str, user_name: str) -> None:
        # Saved, the team connection (a new password included) is made at the next start: always offer.
        self.save_settings(
            with_team_settings(self._context.settings.current, address, user_name), offer_restart=True
        )


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return ""


def team_settings(settings: Settings) -> tuple[str, str]:
    """The team database address and user name saved in the settings ("" when unset)."""
    return settings.team_database, settings.user_name


def needs_restart(before: Settings, after: Settings) -> bool:
    """The language, the theme and the team database are set up once, at start."""
    return (before.language, before.theme, team_settings(before)) != (
        after.language,
        after.theme,
        team_settings(after),
    )


def with_team_settings(settings: Settings, address: str, user_name: str) -> Settings:
    return dataclasses.replace(settings, team_database=address, user_name=user_name)

"""The application: its composition root (`Application`: builds the parts, connects them, starts and stops
them). `esign_desktop.app` shows the main window first and builds this after."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import logging
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.desktop_notifications import FreedesktopNotifications
from esign_desktop.services.first_run import SandboxEndpoints, attach_sandbox, demo_envelopes, wants_sandbox
from esign_desktop.services.settings import SettingsService
from esign_desktop.services.status_monitor import NoticeKind
from esign_desktop.services.tasks import TaskKey, TaskKind, TaskRegistry
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import Settings
from esign_desktop.ui.app_dialogs import AppDialogs, TeamEnvironment
from esign_desktop.ui.app_icon import app_icon, write_icon_png
from esign_desktop.ui.controller import AppController, connect_window_commands
from esign_desktop.ui.labels import keyring_note
from esign_desktop.ui.main_window import SCREENSHOT_VIEWS as MAIN_WINDOW_VIEWS
from esign_desktop.ui.main_window import MainWindow, decode_window_state
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP
from esign_desktop.ui.tray_notifier import TrayNotifier

if TYPE_CHECKING:  # dialogs, the composer and the sandbox load when first used, not at start-up
    from esign_desktop.sandbox import EmbeddedSandbox
    from esign_desktop.services.team_link import TeamLink
    from esign_desktop.storage.accounts import Account
    from esign_desktop.storage.database import Database

log = logging.getLogger("esign_desktop")

# list and details: the main window; composer and readiness: a composer window on a demo envelope (its
# Parties or Readiness tab); accounts and settings: those dialogs over the main window.

BACKUP_CHECK_SECONDS = 3600.0
TEAM_DATABASE_ENV = "ESIGN_TEAM_DATABASE"
USER_NAME_ENV = "ESIGN_USER_NAME"


def sandbox_banner() -> str:
    return QCoreApplication.translate(
        "Application",
        "You are using the built-in sandbox: a practice copy of Assently and GMO Sign on this computer, "
        "with demo envelopes. Nothing leaves your machine. Add a real account under Accounts when ready.",
    )


class Application:
    """The composition root: builds every long-lived part (services, task registry, window, controller,
    dialogs, notifications), connects them in one place (`_connect`), and owns start-up and shutdown.
    It handles no window command itself: those go to the controller and the dialogs."""

    def __init__(
        self,
        qt_app: QApplication,
        args: argparse.Namespace,
        paths: AppPaths,
        settings: SettingsService | None = None,
        window: MainWindow | None = None,
        database: Database | None = None,
    ) -> None:
        """`settings`: the one settings owner, when `main` has already loaded it (for the language);
        `window`: the main window when `main` has already shown it (app.show_window_from_cache);
        `database`: the local database `main` opened and checked (once per start: the check reads the
        whole file), which the services then own."""
        self.qt_app = qt_app
        self.args = args
        self.paths = paths
        self.loop = asyncio.get_event_loop()
        self.finished: asyncio.Future[None] = self.loop.create_future()
        self.restart_requested = False  # set by restart(): main starts the app again once this one ended
        self.tasks = TaskRegistry(on_error=self._on_task_error)
        # The window never waits for the team database: the link reaches it after the window is shown.
        self.context = ServiceContext.open(
            paths, team_connects_later=True, settings=settings, database=database
        )
        self.window = window or MainWindow()
        self.controller = AppController(self.window, self.context, self.tasks)
        self.dialogs = AppDialogs(
            self.window,
            self.context,
            self.tasks,
            TeamEnvironment(os.environ.get(TEAM_DATABASE_ENV, ""), os.environ.get(USER_NAME_ENV, "")),
        )
        self.sandbox: EmbeddedSandbox | None = None
        self.qt_app.setWindowIcon(app_icon())
        self.desktop_notifications = FreedesktopNotifications(write_icon_png(paths.data_dir() / "icon.png"))
        self.tray = TrayNotifier(
            self.window,
            icon=app_icon(),
            enabled=self.settings.notifications,
            desktop=self.desktop_notifications,
            start_task=self.tasks.start,
        )
        self.screenshot_target: QWidget = self.window
        self._connect()
        for problem in self.context.settings.problems:
            self.context.notifier.warning_about(problem)
        self._apply_settings(self.settings)

    def _connect(self) -> None:
        """Every connection between the parts: the window's requests, the services' news, the settings."""
        window = self.window
        window.close_requested.connect(self._on_window_close_requested)
        window.accounts_requested.connect(self.dialogs.open_accounts)
        window.settings_requested.connect(self.dialogs.open_settings)
        window.team_database_requested.connect(self.dialogs.open_team_database)
        window.about_requested.connect(self.dialogs.open_about)
        self.dialogs.restart_requested.connect(self.restart)
        window.calibration_requested.connect(self.dialogs.open_calibration)
        connect_window_commands(window, self.controller)
        self.dialogs.accounts_changed.connect(self.controller.on_accounts_changed)
        self.controller.notices_ready.connect(self.tray.notify)
        self.tray.notified.connect(self.controller.on_notification_shown)
        self.tray.envelope_activated.connect(self.controller.show_envelope)
        self.context.notifier.subscribe(window.message_area.show_message)
        self.context.settings.subscribe(self._apply_settings)

    def _connect_team_link(self, link: TeamLink) -> None:
        link.subscribe_state(self.controller.on_team_state)
        # Reached (again): the team's unfinished sends can be looked at now.
        link.subscribe_state(lambda state: self.controller.resume_sends() if state.connected else None)
        link.subscribe_polled(lambda _polled: self.controller.refresh_accounts())

    @property
    def settings(self) -> Settings:
        """The current settings (their one owner is `context.settings`)."""
        return self.context.settings.current

    # -- start ----------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.settings.window_state and not self.window.isVisible():  # else restored before it was shown
            self.window.restore_state(decode_window_state(self.settings.window_state_bytes))
        try:
            self.controller.load_from_cache()
        except StorageError as error:  # the window still opens, with the problem named; never a hang
            self.context.notifier.report(error, doing=task_label(TaskKind.STARTUP))
        self.window.show()
        if self.args.exit_when_shown:
            QTimer.singleShot(0, self.window.close)
            return
        self.tasks.start(TaskKey(TaskKind.STARTUP), self._start_services())

    async def _start_services(self) -> None:
        secrets = self.context.accounts.secrets
        if not await asyncio.to_thread(secrets.is_persistent):  # finding the keyring is slow
            self.context.notifier.warning(keyring_note())
        if not self.args.no_sandbox and wants_sandbox(self.context.accounts):
            await self._start_sandbox()
        self.controller.refresh_accounts()
        link = self.context.link
        if link is not None:  # team mode: the link elects this desktop's accounts before the monitor starts
            self._connect_team_link(link)
            link.start(self.context.monitor, self.tasks)
        await self.controller.start_background_work()
        self.tasks.start(TaskKey(TaskKind.BACKUP), self._back_up_regularly())
        if self.tray.tray is None:  # no system tray: the desktop's notification service, if it has one
            await self.desktop_notifications.start()
        if self.args.screenshot is not None:
            await self._settle_for_screenshot()
            self._take_screenshot()

    async def _back_up_regularly(self) -> None:
        """A backup with SQLite's online backup API when the newest is a day old (storage/backups.py)."""
        from esign_desktop.storage.backups import backup_if_due

        while True:
            try:
                await asyncio.to_thread(backup_if_due, self.context.database, self.paths)
            except StorageError as error:
                log.warning("backup failed: %s", error.user_message)
            await asyncio.sleep(BACKUP_CHECK_SECONDS)

    async def _start_sandbox(self) -> None:
        from esign_desktop.sandbox import start_embedded  # only runs when the sandbox is wanted

        sandbox = await asyncio.to_thread(start_embedded, self.paths.data_dir() / "sandbox")
        self.sandbox = sandbox
        info = sandbox.info
        endpoints = SandboxEndpoints(
            info.assently_base_url,
            info.assently_token,
            info.gmosign_base_url,
            info.gmo_customer_id,
            info.gmo_secret_key,
        )
        accounts, created = attach_sandbox(self.context.accounts, endpoints)
        self.controller.trust(await asyncio.to_thread(_sandbox_ca, sandbox))
        if created:
            await self._seed_sandbox(sandbox, accounts)
        if created or not self.settings.sandbox_banner_dismissed:
            self.window.show_banner(sandbox_banner())

    async def _seed_sandbox(self, sandbox: EmbeddedSandbox, accounts: Sequence[Account]) -> None:
        from esign_desktop.sandbox.sample_document import build_sample_contract
        from esign_desktop.sandbox.seed import seed_demo

        await asyncio.to_thread(seed_demo, sandbox.context)
        sample = self.paths.data_dir() / "sample-contract.pdf"
        sample.write_bytes(build_sample_contract())
        for account in accounts:
            provider = self.context.accounts.provider_for(account.id)
            if not provider.capabilities.supports(Action.LIST):  # only this app can show what it sent
                for envelope in demo_envelopes(account, sample):
                    await self.controller.send_quietly(envelope)  # seeding: nobody is told "was sent"

    async def _settle_for_screenshot(self) -> None:
        for account in self.context.accounts.list():
            if account.provider is ProviderKind.ASSENTLY:
                try:
                    await self.context.sync.sync_account(account)
                except Exception as error:  # noqa: BLE001 - a screenshot of the error state is still useful
                    log.warning("sync before the screenshot failed: %s", error)
        view: str = self.args.view
        self.window.prepare_screenshot(view if view in MAIN_WINDOW_VIEWS else "list")
        await asyncio.sleep(0.05)
        target: QWidget = self.window
        if view in ("composer", "readiness"):
            target = await self._show_demo_composer(readiness=view == "readiness")
        elif view == "accounts":
            target = self.dialogs.open_accounts()
        elif view == "settings":
            target = self.dialogs.open_settings()
        elif view == "team":
            target = self.dialogs.open_team_database()
        self.screenshot_target = target
        await asyncio.sleep(0.2)

    async def _show_demo_composer(self, *, readiness: bool) -> QWidget:
        """A composer window on the sample contract with two parties and fields, on its last page."""
        from esign_desktop.ui.editor.composer import demo_envelope

        envelope = demo_envelope()
        gmo = [a for a in self.context.accounts.list() if a.provider is envelope.provider]
        if gmo:
            envelope = dataclasses.replace(envelope, account_id=gmo[0].id)
        if readiness:  # something to fix, so the panel shows what it is for
            second = dataclasses.replace(envelope.parties[1], email="")
            envelope = dataclasses.replace(envelope, parties=(envelope.parties[0], second))
        composer = self.controller.open_composer(envelope)
        if self.args.size is not None:
            composer.resize(*self.args.size)
        shown: asyncio.Future[None] = self.loop.create_future()

        def on_page_shown(_index: int) -> None:
            if not shown.done():
                shown.set_result(None)

        composer.composer.view.page_shown.connect(on_page_shown)
        composer.composer.view.scroll_to_page(envelope.documents[0].page_count - 1)
        composer.composer.state.select([envelope.fields[0].id])
        if readiness:
            composer.show_problems(True)
        try:
            await asyncio.wait_for(shown, 10)
        except TimeoutError:
            log.warning("the composer page did not render in time for the screenshot")
        return composer

    def _take_screenshot(self) -> None:
        path: Path = self.args.screenshot
        path.parent.mkdir(parents=True, exist_ok=True)
        target = self.screenshot_target
        if not target.grab().save(str(path), "PNG"):
            log.error("could not write the screenshot to %s", path)
        self.dialogs.close_all()
        self.window.close()

    # -- settings and errors -------------------------------------------------------------------------------

    def _apply_settings(self, settings: Settings) -> None:
        self.tray.set_enabled(settings.notifications)
        self.tray.set_muted([k for k in NoticeKind if k.value in settings.muted_notifications])
        logging.getLogger().setLevel(settings.log_level.value)
        # The setting is how often an account with nothing out is looked at; envelopes waiting for someone
        # are looked at as often as the budget allows (SyncIntervals' defaults, bounded by the budget floor).

    def _on_task_error(self, key: TaskKey, error: BaseException) -> None:
        self.context.notifier.report(error, doing=task_label(key.kind))

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self.context.notifier.report(error.with_traceback(trace))

    # -- stop -----------------------------------------------------------------------------------------------

    def _on_window_close_requested(self) -> None:
        self.tasks.start(TaskKey(TaskKind.SHUTDOWN), self.shutdown())

    def restart(self) -> None:
        """Shut down as on quit, then `main` starts the app again (app.start_again), so settings used only
        at start (language, theme, team database) take effect."""
        self.restart_requested = True
        self._on_window_close_requested()

    async def shutdown(self) -> None:
        """Save the window, cancel every task, close every client, stop the sandbox, then let go. Each step's
        duration goes to the log (a slow shutdown says which step it was)."""
        try:
            state = json.dumps(self.window.save_state()).encode()
            self.context.settings.change(self.settings.with_window_state(state))
        except StorageError as error:
            log.warning("window state not saved: %s", error.user_message)
        with _timed("cancelling the tasks"):
            await self.tasks.cancel_all()
        await self.controller.shutdown(_timed)
        with _timed("closing desktop notifications"):
            await self.desktop_notifications.close()
        if self.sandbox is not None:
            with _timed("stopping the sandbox"):
                await asyncio.to_thread(self.sandbox.stop)
        self.window.allow_close()
        if not self.finished.done():
            self.finished.set_result(None)


@contextlib.contextmanager
def _timed(step: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        log.info("shutdown: %s took %.2f s", step, time.perf_counter() - started)


def _sandbox_ca(sandbox: EmbeddedSandbox) -> bytes:
    """The sandbox's own CA: its signed PDFs show as trusted, as a real service's would with its CA."""
    from esign_desktop.sandbox.finalise import load_signing_identity

    return load_signing_identity(sandbox.context.data_dir / "certificate").ca_certificate_pem


# What the person is told was being done when a background task fails: one entry per kind (a test keeps them
# complete), so no failure says nothing of what it interrupted.
_TASK_LABELS: dict[TaskKind, str] = {
    TaskKind.STARTUP: QT_TRANSLATE_NOOP("Application", "Starting"),
    TaskKind.SHUTDOWN: QT_TRANSLATE_NOOP("Application", "Closing"),
    TaskKind.BACKUP: QT_TRANSLATE_NOOP("Application", "Backing up your data"),
    TaskKind.CACHE_LOAD: QT_TRANSLATE_NOOP("Application", "Loading the envelope list"),
    TaskKind.OUTBOX_RESUME: QT_TRANSLATE_NOOP("Application", "Finishing envelopes not yet sent"),
    TaskKind.OUTBOX_SEND: QT_TRANSLATE_NOOP("Application", "Sending"),
    TaskKind.SYNC: QT_TRANSLATE_NOOP("Application", "Updating envelope status"),
    TaskKind.HOOK: QT_TRANSLATE_NOOP("Application", "Turning on status callbacks"),
    TaskKind.VERIFY: QT_TRANSLATE_NOOP("Application", "Checking signatures"),
    TaskKind.ACTION: QT_TRANSLATE_NOOP("Application", "Running the command"),
    TaskKind.DOWNLOAD: QT_TRANSLATE_NOOP("Application", "Downloading"),
    TaskKind.DOCUMENT: QT_TRANSLATE_NOOP("Application", "Fetching the document"),
    TaskKind.COMPOSER_OPEN_JSON: QT_TRANSLATE_NOOP("Application", "Opening the envelope file"),
    TaskKind.COMPOSER_CLOSE: QT_TRANSLATE_NOOP("Application", "Saving the draft"),
    TaskKind.TEAM_TEST: QT_TRANSLATE_NOOP("Application", "Testing the team database"),
    TaskKind.CALIBRATION_SEND: QT_TRANSLATE_NOOP("Application", "Sending the calibration envelope"),
    TaskKind.CALIBRATION_FINISH: QT_TRANSLATE_NOOP("Application", "Reading the calibration result"),
    TaskKind.ACCOUNT_REMOVE: QT_TRANSLATE_NOOP("Application", "Removing the account"),
    TaskKind.ACCOUNT_TEST: QT_TRANSLATE_NOOP("Application", "Testing the account"),
    TaskKind.ACCOUNT_CHECK: QT_TRANSLATE_NOOP("Application", "Checking the account"),
    TaskKind.RELAY_STATUS: QT_TRANSLATE_NOOP("Application", "Looking up the account's relay"),
    TaskKind.RELAY_CONNECT: QT_TRANSLATE_NOOP("Application", "Connecting the account to the relay"),
    TaskKind.RELAY_DISCONNECT: QT_TRANSLATE_NOOP("Application", "Disconnecting the account from the relay"),
    TaskKind.TEMPLATES_LOAD: QT_TRANSLATE_NOOP("Application", "Loading the templates"),
    TaskKind.TEMPLATE_SEND: QT_TRANSLATE_NOOP("Application", "Sending from a template"),
    TaskKind.NOTIFY: QT_TRANSLATE_NOOP("Application", "Showing a notification"),
}


def task_label(kind: TaskKind) -> str:
    """What a task of `kind` was doing, in the UI's language."""
    return QCoreApplication.translate("Application", _TASK_LABELS[kind])

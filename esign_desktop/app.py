"""Start-up: command-line options, the language, one instance per data folder, the main window shown from
the local cache as early as possible, then the application (application.py) and the qasync loop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")  # qasync prefers PyQt when both are installed

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from esign_desktop import __version__
from esign_desktop.services.app_logging import configure_logging, rotate_log_from_now
from esign_desktop.services.settings import SettingsService
from esign_desktop.storage.errors import DamagedDatabaseError, StorageError
from esign_desktop.storage.paths import HOME_ENV, AppPaths
from esign_desktop.storage.settings import Settings, SettingsStore
from esign_desktop.ui.language import SHIPPED_LANGUAGES, InstalledLanguage, install_language
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.single_instance import HAND_OVER_TIMEOUT_MS, SingleInstance
from esign_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from esign_desktop.storage.database import Database
    from esign_desktop.ui.main_window import MainWindow

log = logging.getLogger("esign_desktop")

SCREENSHOT_VIEWS = ("list", "details", "composer", "readiness", "accounts", "settings", "team")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="esign-desktop",
        description="Prepare documents for signature with Assently E-Sign and GMO Sign and follow them "
        "until the signed PDFs come back.",
    )
    parser.add_argument("--version", action="version", version=f"esign-desktop {__version__}")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE", help="render the window after loading, write a PNG, exit"
    )
    parser.add_argument(
        "--view", choices=SCREENSHOT_VIEWS, default="list", help="what --screenshot shows (default: list)"
    )
    parser.add_argument(
        "--size",
        type=_window_size,
        metavar="WIDTHxHEIGHT",
        help="the composer window's size for --screenshot --view composer|readiness (e.g. 1366x768)",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help=f"use a fresh temporary data folder on the built-in sandbox (ignores {HOME_ENV} and your data)",
    )
    parser.add_argument(
        "--exit-when-shown",
        action="store_true",
        help="quit as soon as the main window is shown (start-up measurements and smoke tests)",
    )
    parser.add_argument("--no-sandbox", action="store_true", help="never start the built-in sandbox")
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="PDF",
        help="PDF documents to open in a new envelope (handed to the running app when one is open on this "
        "data folder)",
    )
    parser.add_argument(
        "--language",
        choices=SHIPPED_LANGUAGES,
        help="the UI language for this run (default: the Settings choice, else the system's)",
    )
    return parser.parse_args(argv)


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, not {text!r}") from None
    if min(size) <= 0:
        raise argparse.ArgumentTypeError("the width and height must be positive")
    return size


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    pin_singletons()
    args = parse_args(argv)
    if args.sandbox:
        import tempfile

        os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="esign-desktop-sandbox-")
    paths = AppPaths.from_environment()
    settings = SettingsService(SettingsStore(paths.settings_file()))  # the one owner, handed to the app
    start_settings = settings.current
    configure_logging(paths.logs_dir(), start_settings.log_level.value, rotating=False)  # until shown
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("esign-desktop")
    qt_app.setOrganizationName("esign-desktop")
    qt_app.setApplicationVersion(__version__)
    # The app ends when its shutdown sequence has finished, not when Qt sees the last window close.
    qt_app.setQuitOnLastWindowClosed(False)
    language = start_ui(qt_app, start_settings, args.language)
    instance = SingleInstance(paths.data_dir())
    if instance.hand_over(args.files):  # an app runs on this data folder: it shows its window instead
        _say_already_open(paths)
        language.uninstall()
        return 0
    database = _open_database(args, paths)
    if database is None:
        language.uninstall()
        return 1
    window = show_window_from_cache(qt_app, database, start_settings)
    log.info("window shown %.3f s after start", time.perf_counter() - started)
    if args.exit_when_shown:  # start-up measurements (benchmarks/cold_start.py) read when it was shown
        print(f"shown-at {time.time():.6f}", flush=True)
    window.build_panes()  # the details pane and "Needs attention", right after the list is on the screen
    rotate_log_from_now()
    if not instance.listen():  # another launch started at the same moment and holds the data folder's lock
        handed_over = instance.hand_over(args.files, wait_for_app_ms=HAND_OVER_TIMEOUT_MS)
        if handed_over:
            _say_already_open(paths)
        else:
            unanswered = QCoreApplication.translate(
                "Application", "eSign Desktop is starting on %1 in another window, which does not answer yet."
            ).replace("%1", str(paths.data_dir()))
            print(f"esign-desktop: {unanswered}", file=sys.stderr)
        window.hide()
        database.close()
        language.uninstall()
        return 0 if handed_over else 1
    import asyncio

    import qasync  # imported after PySide6 so qasync binds to it

    from esign_desktop.application import Application
    from esign_desktop.ui.gc_guard import MainThreadGarbageCollector

    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    collector = MainThreadGarbageCollector(qt_app)
    collector.start()
    with loop:
        try:
            application = Application(qt_app, args, paths, settings, window, database)
        except StorageError as error:
            _report_start_failure(error, args)
            return 1
        sys.excepthook = application.excepthook
        instance.activation_requested.connect(application.controller.bring_forward)
        loop.call_soon(application.start)  # inside the running loop, so tasks can start at once
        loop.call_soon(application.controller.open_files, args.files)
        loop.call_soon(lambda: log.info("ready %.3f s after start", time.perf_counter() - started))
        loop.run_until_complete(application.finished)
    instance.close()  # before a restart: the new process must not find this one still listening
    language.uninstall()
    if application.restart_requested:
        start_again(args)
    return 0


def _say_already_open(paths: AppPaths) -> None:
    shown = QCoreApplication.translate(
        "Application", "eSign Desktop is already open on %1; showing that window."
    ).replace("%1", str(paths.data_dir()))
    print(f"esign-desktop: {shown}", file=sys.stderr)


def restart_command(args: argparse.Namespace) -> list[str]:
    """The command that starts the app again as it was started, minus what belonged to this run: the PDFs
    given to open (opened already) and --language (the Settings choice is what a restart is for). A
    --sandbox run's temporary data folder is in the environment the new process inherits."""
    flags = [
        flag
        for flag, given in (("--no-sandbox", args.no_sandbox), ("--exit-when-shown", args.exit_when_shown))
        if given
    ]
    if getattr(sys, "frozen", False):  # the installed bundle: its executable is the app
        return [sys.executable, *flags]
    return [sys.executable, "-m", "esign_desktop.app", *flags]


def start_again(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QProcess

    program, *arguments = restart_command(args)
    started, _pid = QProcess.startDetached(program, arguments)
    if started:
        log.info("restarting")
    else:
        log.error("could not start the app again (%s)", program)
        print("esign-desktop: could not start again; start eSign Desktop yourself.", file=sys.stderr)


def show_window_from_cache(qt_app: QApplication, database: Database, settings: Settings) -> MainWindow:
    """The main window with the newest screenful of the local cache, shown and painted before the services
    load (qasync, the service clients, the team link) and before the details pane is built (`build_panes`),
    so people see their envelopes at once. Clicks and keys
    made meanwhile wait in Qt's queue: they reach the window's commands once the application has connected
    them, a fraction of a second later. A store that cannot be read leaves the list empty here; the
    application names the problem when it loads the list."""
    from esign_desktop.storage.accounts import AccountStore
    from esign_desktop.storage.envelope_cache import EnvelopeCache
    from esign_desktop.ui.main_window import FIRST_SCREEN, MainWindow, decode_window_state

    window = MainWindow(panes_later=True)  # main() builds them once this first screen is painted
    if settings.window_state:
        window.restore_state(decode_window_state(settings.window_state_bytes))
    try:
        window.set_account_names({a.id: a.name for a in AccountStore(database).list()})
        window.set_envelopes(EnvelopeCache(database).all_envelopes(limit=FIRST_SCREEN))
    except StorageError as error:
        log.warning("the list could not be read before the window was shown: %s", error.user_message)
    window.show()
    qt_app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return window


def _open_database(args: argparse.Namespace, paths: AppPaths) -> Database | None:
    """The local database, opened and checked once for the whole run (the check reads the whole file; the
    window's first screen and then the services use this connection). A damaged database: a message and a
    choice (a backup, or a new one keeping the old file), before the event loop and the window exist.
    Without a person to ask (--screenshot, --exit-when-shown) the message goes to stderr. Any other problem
    (a newer app's database, no permission, no room) is reported by `_report_start_failure`. None: the
    person chose to quit, could not be asked, or the store cannot be opened."""
    from esign_desktop.storage.database import Database

    for _attempt in range(3):
        try:
            return Database.open(paths.database_file())
        except DamagedDatabaseError as error:
            log.error("damaged database: %s", error.user_message)
            if _nobody_to_ask(args):
                print(f"esign-desktop: {error.user_message}", file=sys.stderr)
                return None
            from esign_desktop.ui.damaged_database import ask_and_recover

            if not ask_and_recover(error, paths):
                return None
        except StorageError as error:
            _report_start_failure(error, args)
            return None
    return None


def _nobody_to_ask(args: argparse.Namespace) -> bool:
    """A run that renders or measures and quits (--screenshot, --exit-when-shown): no dialog may wait."""
    return args.screenshot is not None or args.exit_when_shown


def _report_start_failure(error: StorageError, args: argparse.Namespace) -> None:
    """The app cannot start on this data folder (a newer app's database, no room, no permission): say so on
    stderr and, when a person started it, in a message box in their language."""
    print(f"esign-desktop: {error.user_message}", file=sys.stderr)
    if _nobody_to_ask(args):
        return
    from PySide6.QtWidgets import QMessageBox

    from esign_desktop.ui.error_text import error_text

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Application", "eSign Desktop cannot start"),
        error_text(error),
    )
    box.exec()  # no event loop runs yet (or any more): nothing to nest into


def start_ui(qt_app: QApplication, settings: Settings, language: str | None = None) -> InstalledLanguage:
    """Language (translators and QLocale default) and theme, before any widget exists; both apply per run."""
    installed = install_language(language if language is not None else settings.language)
    qt_app.setLayoutDirection(installed.locale.textDirection())
    apply_theme(qt_app, settings.theme)
    log.info(
        "UI language %s, locale %s, theme %s", installed.language, installed.locale.name(), settings.theme
    )
    return installed


if __name__ == "__main__":
    sys.exit(main())

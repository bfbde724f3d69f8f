"""The application starts on the qasync loop from the cache and shuts down cleanly."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton

from esign_desktop import __version__
from esign_desktop.app import parse_args, restart_command
from esign_desktop.application import Application
from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.storage.paths import AppPaths

pytestmark = pytest.mark.gui


def test_close_cancels_running_tasks_and_finishes(
    qapp: QApplication, qasync_loop: asyncio.AbstractEventLoop, app_home: Path
) -> None:
    application = Application(qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
    # The start-up task runs to its end inside the loop: between two run_until_complete calls no loop runs,
    # and a step of it handled there (qasync dispatches through Qt's events) finds no running loop.
    qasync_loop.run_until_complete(_started(application))
    assert application.window.isVisible()

    async def forever() -> None:
        await asyncio.Event().wait()

    long_task = qasync_loop.run_until_complete(_start(application, forever()))
    qasync_loop.call_soon(application.window.close)  # asks the application to shut down first
    qasync_loop.run_until_complete(asyncio.wait_for(application.finished, 10))
    # The shutdown task itself ends a step after `finished`; pytest-qt handles Qt's events after the test,
    # while no loop runs, and a task stepped there finds no running loop.
    qasync_loop.run_until_complete(_others_ended())

    assert long_task.cancelled()
    assert not application.window.isVisible()
    assert application.tasks.running() == []
    assert (app_home / "settings.json").is_file()  # the window state was saved on the way out


async def _others_ended() -> None:
    others = asyncio.all_tasks() - {asyncio.current_task()}
    if others:
        await asyncio.wait(others, timeout=10)
    assert all(task.done() for task in others), "a task outlived the shutdown"


async def _started(application: Application) -> None:
    application.start()
    startup = str(TaskKey(TaskKind.STARTUP))
    for _ in range(1000):
        if startup not in application.tasks.running():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the start-up did not finish in 10 s")


async def _start(application: Application, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    task = application.tasks.start(TaskKey(TaskKind.BACKUP, "forever"), coroutine)
    await asyncio.sleep(0)
    return task


def test_help_about_names_the_version_and_where_data_and_logs_are_kept(
    qapp: QApplication, qasync_loop: asyncio.AbstractEventLoop, app_home: Path
) -> None:
    # Built, not started: the dialog needs no services running (and Qt events handled outside the running
    # loop would step the services' start-up where asyncio finds no loop).
    application = Application(qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
    application.window.show()
    about = application.window.findChild(QAction, "action_about")
    assert about is not None
    help_menu = application.window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert about in help_menu.actions()
    about.trigger()
    box = application.window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    assert box.isVisible()
    assert __version__ in box.text()
    paths = AppPaths.under(app_home)
    assert str(paths.data_dir()) in box.informativeText()
    assert str(paths.logs_dir()) in box.informativeText()
    assert "%" not in box.informativeText()  # every placeholder filled
    box.close()
    qasync_loop.call_soon(application.window.close)
    qasync_loop.run_until_complete(asyncio.wait_for(application.finished, 10))


def test_version_flag_prints_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "esign_desktop.app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == f"esign-desktop {__version__}"


def test_first_run_starts_the_sandbox_and_the_screenshot_shows_demo_envelopes(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "esign_desktop.app", "--sandbox", "--screenshot", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_new_language_offers_a_restart_and_restart_now_ends_this_run_for_the_next(
    qapp: QApplication, qasync_loop: asyncio.AbstractEventLoop, app_home: Path
) -> None:
    application = Application(qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
    application.window.show()  # built, not started: see the About test
    settings = application.context.settings.current

    application.dialogs.save_settings(replace(settings, notifications=not settings.notifications))
    assert _restart_box(application) is None  # used at once: nothing to restart for

    application.dialogs.save_settings(replace(settings, language="sv"))
    box = _restart_box(application)
    assert box is not None
    assert box.isVisible()
    assert application.context.settings.current.language == "sv"  # saved before asking
    restart_now = box.findChild(QPushButton, "restartNowButton")
    assert restart_now is not None
    restart_now.click()
    qasync_loop.run_until_complete(asyncio.wait_for(application.finished, 10))

    assert application.restart_requested
    assert application.tasks.running() == []


def _restart_box(application: Application) -> QMessageBox | None:
    return application.dialogs.restart_box


def test_restart_starts_the_app_again_without_the_files_and_language_of_this_run(tmp_path: Path) -> None:
    args = parse_args(["--no-sandbox", "--language", "ja", str(tmp_path / "contract.pdf")])
    command = restart_command(args)
    assert command[1:] == ["-m", "esign_desktop.app", "--no-sandbox"]

    probe = """
import sys
from esign_desktop import app
from esign_desktop.application import Application

started = Application.start


def start_then_restart(self):
    started(self)
    self.restart()


Application.start = start_then_restart
sys.exit(app.main(["--no-sandbox", "--exit-when-shown"]))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ESIGN_DESKTOP_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    # The detached second run writes to the same output; the test waits for it (the pipe stays open).
    assert done.stdout.count("shown-at") == 2, done.stdout + done.stderr
    log_text = (AppPaths.under(tmp_path).logs_dir() / "esign-desktop.log").read_text(encoding="utf-8")
    assert "restarting" in log_text

"""Driven by tests/gui/test_team_xsession.py (and run by hand to remake docs/screenshots/team-*.png): the real
app in the current X display, on its built-in sandbox, in one language, against a real PostgreSQL role with a
password. Team ▸ Database is opened and filled with the keyboard (xdotool), as a person would; what the
window said is written as JSON to OUT/report-LANG-SIZE.json and screenshots to OUT.

usage: python -m tests.gui.team_xsession_driver LANG WIDTHxHEIGHT OUT DSN_FILE
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

import asyncio
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import qasync
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication

from esign_desktop import app as app_module
from esign_desktop.application import Application
from esign_desktop.services.team_link import LinkState
from esign_desktop.storage.paths import HOME_ENV, AppPaths
from esign_desktop.storage.settings import Settings

MNEMONICS = {"en": "a", "ja": "m", "sv": "e"}  # Team menu: "Te&am", "チーム(&M)", "T&eam"
NAMES = ("Anna Berg", "Björn Ek", "田中 愛子")
PASSWORD = "right-one"


class MemoryKeyring(KeyringBackend):
    """Never the person's keyring (tests/conftest.py has the same; importing it would make Qt offscreen)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


class Session:
    def __init__(self, language: str, size: str, out: Path, dsn: str) -> None:
        self.language, self.size, self.out, self.dsn = language, size, out, dsn
        self.report: dict[str, str] = {}

    def shoot(self, name: str) -> None:
        target = self.out / f"{name}-{self.language}-{self.size}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True, timeout=30)

    async def xdo(self, *args: str) -> None:
        await asyncio.get_running_loop().run_in_executor(
            None, lambda: subprocess.run(["xdotool", *args], check=True, timeout=30)
        )

    async def until(self, condition: object, seconds: float = 10.0) -> bool:
        for _ in range(int(seconds * 10)):
            if condition():  # type: ignore[operator]
                return True
            await asyncio.sleep(0.1)
        return False

    async def run(self, application: Application) -> None:
        window = application.window
        await self.until(lambda: window.envelope_proxy.rowCount() > 5, 60)
        await self.until(lambda: "startup" not in application.tasks.running(), 60)
        await asyncio.sleep(1.0)
        # Focus as a click on the window would (the window manager may have mapped it before it was ready).
        await self.xdo("windowactivate", "--sync", str(int(window.winId())))
        self.shoot("plain")
        for _attempt in range(3):  # Team ▸ Database with the keyboard: Alt+mnemonic, then Enter
            await self.xdo("key", f"alt+{MNEMONICS[self.language]}")
            if await self.until(lambda: QApplication.activePopupWidget() is not None, 3):
                break
            await self.xdo("windowactivate", "--sync", str(int(window.winId())))
        await self.xdo("key", "Return")
        opened = await self.until(
            lambda: application.dialogs.team is not None and application.dialogs.team.isVisible()
        )
        self.report["dialog_opened"] = str(opened)
        dialog = application.dialogs.team
        if dialog is None or not opened:
            return
        await asyncio.sleep(0.5)
        await self.xdo("type", "--delay", "5", self.dsn.replace("@", ":secret@", 1))
        await asyncio.sleep(0.3)
        self.report["problem"] = dialog.address_problem_label.text()
        self.report["problem_height_ok"] = str(
            dialog.address_problem_label.height()
            >= dialog.address_problem_label.heightForWidth(dialog.address_problem_label.width())
        )
        self.shoot("team-bad-address")
        dialog.address_edit.selectAll()
        await self.xdo("type", "--delay", "5", self.dsn)
        await self.xdo("key", "Tab")
        await self.xdo("type", "--delay", "5", "wrong-password")
        await self.xdo("key", "Tab")
        await self.xdo("type", "--delay", "5", "Anna Berg")
        self.report["wrong_password"] = await self.test_connection(dialog)
        self.shoot("team-auth-failed")
        dialog.password_edit.clear()
        dialog.password_edit.setFocus()
        await self.xdo("type", "--delay", "5", PASSWORD)
        self.report["right_password"] = await self.test_connection(dialog)
        self.shoot("team-dialog")
        dialog.grab().save(str(self.out / f"team-database-{self.language}-{self.size}.png"))
        dialog.reject()
        await asyncio.sleep(0.3)

        # Envelopes sent by colleagues, and the states TeamLink reports (through AppController.on_team_state).
        sent = [e for e in window.envelope_model.collection.envelopes() if e.sent_at is not None]
        named = [replace(e, sent_by=NAMES[i % len(NAMES)]) for i, e in enumerate(sent)]
        window.upsert_envelopes(named)
        os.environ["ESIGN_USER_NAME"] = "Anna Berg"
        window.prepare_screenshot("list")
        window.select_envelope(named[0].local_id)
        application.controller.on_team_state(LinkState(connected=True))
        await asyncio.sleep(0.3)
        self.report["connected"] = window.team_label.text()
        window.grab().save(str(self.out / f"team-sent-by-{self.language}-{self.size}.png"))
        application.controller.on_team_state(
            LinkState(connected=False, offline_since=datetime.now(UTC) - timedelta(minutes=25))
        )
        await asyncio.sleep(0.3)
        self.report["strip"] = window.team_strip.text()
        self.report["offline"] = window.team_label.text()
        self.shoot("team-unreachable")
        window.grab().save(str(self.out / f"team-unreachable-{self.language}-{self.size}.png"))
        application.controller.on_team_state(LinkState(connected=True))
        await asyncio.sleep(0.3)
        self.report["back"] = window.statusBar().currentMessage()
        self.report["strip_after_back"] = str(window.team_strip.isVisible())
        self.shoot("team-back")

    async def test_connection(self, dialog: object) -> str:
        from esign_desktop.ui.team_dialog import TeamDatabaseDialog

        assert isinstance(dialog, TeamDatabaseDialog)
        await self.xdo("key", "alt+t")
        await self.until(lambda: dialog.test_running, 2)
        await self.until(lambda: not dialog.test_running, 15)
        await asyncio.sleep(0.2)
        return dialog.test_result_label.text()


def main() -> None:
    language, size, out, dsn_file = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="esign-team-x-")
    keyring.set_keyring(MemoryKeyring())  # never the person's keyring
    session = Session(language, size, out, dsn_file.read_text(encoding="utf-8").strip())
    qt_app = QApplication(sys.argv[:1])
    qt_app.setQuitOnLastWindowClosed(False)
    language_setup = app_module.start_ui(qt_app, Settings(), language)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    width, height = (int(value) for value in size.split("x"))
    with loop:
        application = Application(qt_app, app_module.parse_args([]), AppPaths.from_environment())
        loop.call_soon(application.start)
        loop.call_soon(lambda: application.window.resize(width - 20, height - 60))

        async def scenario() -> None:
            try:
                await session.run(application)
            except Exception as error:  # noqa: BLE001 - reported to the test, which fails with it
                session.report["error"] = repr(error)
            finally:
                report = out / f"report-{language}-{size}.json"
                report.write_text(json.dumps(session.report, ensure_ascii=False, indent=2), encoding="utf-8")
                application.window.close()

        task = loop.create_task(scenario())
        loop.run_until_complete(application.finished)
        assert task.done()
    language_setup.uninstall()


if __name__ == "__main__":
    main()

"""Run by hand in a real X session to look at the Accounts dialog in team mode and remake
docs/screenshots/team-accounts-*.png: the real app on its built-in sandbox in team mode (a PostgreSQL server
of its own in a temporary folder), one language; the relay address is typed with xdotool as a person would.

usage: python -m tests.gui.accounts_team_xsession LANG OUT   (in an X session with a window manager)
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import keyring
import qasync
from PySide6.QtWidgets import QApplication

from esign_desktop import app as app_module
from esign_desktop.application import Application
from esign_desktop.storage.accounts import AccountState
from esign_desktop.storage.paths import HOME_ENV, AppPaths
from esign_desktop.storage.postgres import PostgresDatabase
from esign_desktop.storage.settings import Settings
from tests.gui.team_xsession_driver import MemoryKeyring
from tests.postgres_server import running_server


async def _until(condition: object, seconds: float = 15.0) -> bool:
    for _ in range(int(seconds * 10)):
        if condition():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.1)
    return False


ENTER_SECRET_KEY = {"sv": "alt+h"}  # "Ange &hemlighet…"; en and ja use n


async def _xdo(*args: str) -> None:
    await asyncio.to_thread(subprocess.run, ["xdotool", *args], check=True, timeout=30)


async def scenario(application: Application, language: str, out: Path, report: dict[str, str]) -> None:
    await _until(lambda: "startup" not in application.tasks.running(), 60)
    await _until(lambda: len(application.context.accounts.list()) >= 2, 30)
    application.dialogs.open_accounts()
    dialog = application.dialogs.accounts
    assert dialog is not None
    await _until(dialog.isVisible)
    await _xdo("windowactivate", "--sync", str(int(dialog.winId())))
    gmo = next(a for a in application.context.accounts.list() if a.provider.value == "gmosign")
    dialog.select_account(gmo.id)
    await _until(lambda: not dialog.relay_label.text().endswith("…"))
    dialog.relay_connect_button.click()
    await asyncio.sleep(0.3)
    await _xdo("type", "--delay", "5", "http://callbacks.example.com")
    await asyncio.sleep(0.3)
    report["bad_url_problem"] = dialog.relay_url_problem.text()
    dialog.grab().save(str(out / f"team-accounts-relay-address-{language}.png"))
    dialog.relay_url_edit.clear()
    await _xdo("type", "--delay", "5", "https://esign-callbacks.example.com")
    await _xdo("key", "Return")
    await _until(lambda: dialog.relay_disconnect_button.isEnabled())
    await asyncio.sleep(0.3)
    report["connected_status"] = dialog.status_text()
    report["relay_label"] = dialog.relay_label.text()
    dialog.grab().save(str(out / f"team-accounts-relay-{language}.png"))
    dialog.add_button.click()
    await asyncio.sleep(0.3)
    await _xdo("type", "--delay", "5", gmo.name)
    page = dialog.form_page
    page.provider_combo.setCurrentIndex(page.provider_combo.findData(gmo.provider))
    await asyncio.sleep(0.3)
    report["join_note"] = page.join_label.text()
    report["join_note_visible"] = str(page.join_label.isVisible())
    dialog.grab().save(str(out / f"team-accounts-join-{language}.png"))
    page.cancel_button.click()
    # An account without its secret on this computer (a team account not joined yet, or a refused secret).
    assently = next(a for a in application.context.accounts.list() if a.provider.value == "assently")
    application.context.accounts.secrets.delete_account(assently.id)
    application.context.accounts.store.update_state(assently.id, AccountState.NEEDS_CREDENTIALS)
    dialog.refresh()
    dialog.select_account(assently.id)
    await asyncio.sleep(0.3)
    report["credentials_note"] = dialog.credentials_label.text()
    dialog.grab().save(str(out / f"team-accounts-secret-needed-{language}.png"))
    await _xdo("key", ENTER_SECRET_KEY.get(language, "alt+n"))  # the button's mnemonic
    await asyncio.sleep(0.3)
    report["secret_form_focus"] = str(dialog.focusWidget() is page.secret_edit)
    dialog.grab().save(str(out / f"team-accounts-secret-form-{language}.png"))
    page.cancel_button.click()
    dialog.close()


def main() -> None:
    language, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    os.environ[HOME_ENV] = tempfile.mkdtemp(prefix="esign-accounts-x-")
    keyring.set_keyring(MemoryKeyring())  # never the person's keyring
    report: dict[str, str] = {}
    with running_server() as server:
        dsn = server.create_database("esign_team")
        PostgresDatabase.open(dsn).close()
        os.environ["ESIGN_TEAM_DATABASE"] = dsn
        os.environ["ESIGN_USER_NAME"] = "Anna Berg"
        qt_app = QApplication(sys.argv[:1])
        qt_app.setQuitOnLastWindowClosed(False)
        language_setup = app_module.start_ui(qt_app, Settings(), language)
        loop = qasync.QEventLoop(qt_app)
        asyncio.set_event_loop(loop)
        with loop:
            application = Application(qt_app, app_module.parse_args([]), AppPaths.from_environment())
            loop.call_soon(application.start)

            async def run() -> None:
                try:
                    await scenario(application, language, out, report)
                except Exception as error:  # noqa: BLE001 - written to the report
                    report["error"] = repr(error)
                finally:
                    application.window.close()

            task = loop.create_task(run())
            loop.run_until_complete(application.finished)
            assert task.done()
        language_setup.uninstall()
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

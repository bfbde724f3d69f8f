"""Team ▸ Database: the address is checked as it is typed, the password goes to the keyring and nowhere else,
and "Test connection" runs on the loop against a real PostgreSQL server and names what went wrong."""

from __future__ import annotations

import asyncio
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.services.team_probe import ProbeResult
from esign_desktop.storage.secrets import SERVICE_NAME
from esign_desktop.storage.settings import Settings, SettingsStore
from esign_desktop.storage.team_address import parse_team_address, redact_dsn
from esign_desktop.ui.app_dialogs import team_settings, with_team_settings
from esign_desktop.ui.team_dialog import TeamDatabaseDialog
from esign_desktop.ui.team_passwords import KeyringTeamPasswords
from tests.conftest import MemoryKeyring
from tests.gui.background_work import delete_now, let_the_loop_turn
from tests.gui.conftest import Installer
from tests.gui.started_tasks import Started, run_started
from tests.postgres_server import PostgresServer, free_port

pytestmark = pytest.mark.gui

GOOD = "postgresql://anna@db.example.com:5432/esign?sslmode=verify-full"


def make_dialog(qtbot: QtBot, started: Started, address: str = "", **options: str) -> TeamDatabaseDialog:
    dialog = TeamDatabaseDialog(
        address,
        "",
        login_name="anna",
        passwords=KeyringTeamPasswords(),
        run=lambda name, coroutine: started.append((name, coroutine)),
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    return dialog


def save_button(dialog: TeamDatabaseDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("db.example.com", "Enter a PostgreSQL address"),
        ("postgresql://anna:secret@db/esign", "Remove the password"),
        ("postgresql://anna@db/esign?password=secret", "Remove the password"),
        ("postgresql://db.example.com/esign", "Add the database user"),
        ("postgresql://anna@db.example.com", "Add the database name"),
        ("postgresql://anna@db.example.com:http/esign", "check the port"),
    ],
)
def test_a_bad_address_is_named_and_cannot_be_saved(qtbot: QtBot, typed: str, says: str) -> None:
    dialog = make_dialog(qtbot, [])
    dialog.address_edit.setText(typed)
    assert says in dialog.address_problem_label.text()
    assert dialog.address_problem_label.isVisibleTo(dialog)
    assert not save_button(dialog).isEnabled()
    assert not dialog.test_button.isEnabled()
    assert "secret" not in dialog.address_problem_label.text()
    dialog.address_edit.setText(GOOD)
    assert not dialog.address_problem_label.isVisibleTo(dialog)
    assert save_button(dialog).isEnabled()


def test_the_password_goes_to_the_keyring_and_not_into_the_signal(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, [])
    dialog.address_edit.setText(GOOD)
    dialog.password_edit.setText("s3cret-Pa55")
    dialog.user_edit.setText("Anna Berg")
    with qtbot.waitSignal(dialog.team_settings_changed) as signal:
        save_button(dialog).click()
    assert signal.args == [GOOD, "Anna Berg"]
    key = parse_team_address(GOOD).keyring_username
    assert key == "team-database:anna@db.example.com:5432/esign"
    assert memory_keyring.passwords == {(SERVICE_NAME, key): "s3cret-Pa55"}
    assert dialog.password_edit.text() == ""


def test_the_settings_file_holds_the_address_and_name_but_no_password(app_home: Path) -> None:
    store = SettingsStore(app_home / "settings.json")
    store.save(with_team_settings(Settings(), GOOD, "Anna Berg"))
    written = (app_home / "settings.json").read_text(encoding="utf-8")
    assert GOOD in written
    assert "Anna Berg" in written
    assert "secret" not in written.lower()
    assert team_settings(store.load()) == (GOOD, "Anna Berg")


def test_leaving_team_mode_clears_the_address(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [], GOOD)
    assert dialog.state_label.text() == "Team mode is on."
    dialog.leave_button.click()
    assert dialog.address_edit.text() == ""
    assert "works alone" in dialog.state_label.text()
    assert "restart" in dialog.test_result_label.text()
    with qtbot.waitSignal(dialog.team_settings_changed) as signal:
        save_button(dialog).click()
    assert signal.args == ["", ""]


def test_the_environment_fixes_the_address_and_never_shows_its_password(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, [], environment_address="postgresql://anna:hunter2@db/esign")
    assert dialog.address_edit.isReadOnly()
    assert dialog.address_edit.text() == "postgresql://anna:***@db/esign"
    assert "ESIGN_TEAM_DATABASE" in dialog.environment_label.text()
    assert "hunter2" not in dialog.environment_label.text()
    assert not dialog.leave_button.isEnabled()
    assert save_button(dialog).isEnabled()  # the user name can still be saved


def test_redaction_hides_every_password_form() -> None:
    assert redact_dsn("postgresql://a:b@h/d") == "postgresql://a:***@h/d"
    assert redact_dsn("postgresql://a@h/d?sslmode=require&password=b") == (
        "postgresql://a@h/d?sslmode=require&password=***"
    )
    assert redact_dsn("host=h password=b") == "***"


# -- Test connection against real servers ------------------------------------------------------------------


def run_test_connection(
    dialog: TeamDatabaseDialog, started: Started, loop: asyncio.AbstractEventLoop, address: str
) -> str:
    dialog.address_edit.setText(address)
    dialog.test_button.click()
    assert dialog.test_result_label.text() == "Connecting…"
    assert not dialog.test_button.isEnabled()  # no second test while one runs
    assert run_started(loop, started) == ["team.test"]
    assert dialog.test_button.isEnabled()
    return dialog.test_result_label.text()


def test_test_connection_reaches_a_real_postgresql(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, team_dsn: str
) -> None:
    started: Started = []
    dialog = make_dialog(qtbot, started)
    assert run_test_connection(dialog, started, qasync_loop, team_dsn).startswith("Connected to PostgreSQL 1")


def test_test_connection_names_a_refused_port_and_an_unknown_host(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop
) -> None:
    started: Started = []
    dialog = make_dialog(qtbot, started)
    refused = run_test_connection(
        dialog, started, qasync_loop, f"postgresql://anna@127.0.0.1:{free_port()}/x"
    )
    assert "refused the connection" in refused
    unknown = run_test_connection(dialog, started, qasync_loop, "postgresql://anna@no-such-host.invalid/x")
    assert "host name is unknown" in unknown


@pytest.fixture
def ssh_like_server() -> Iterator[int]:
    """A TCP server that greets like SSH: something answers, but not PostgreSQL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join()
    listener.close()


def test_test_connection_says_when_the_port_is_not_postgresql(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, ssh_like_server: int
) -> None:
    started: Started = []
    dialog = make_dialog(qtbot, started)
    text = run_test_connection(
        dialog, started, qasync_loop, f"postgresql://anna@127.0.0.1:{ssh_like_server}/x"
    )
    assert "not PostgreSQL" in text


@pytest.fixture
def password_role(postgres_server: PostgresServer) -> Iterator[str]:
    """A role that must give its password (scram-sha-256), whatever the test cluster trusts otherwise."""
    role = f"anna_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'right-one'")
    hba = postgres_server.root / "data" / "pg_hba.conf"
    original = hba.read_text(encoding="utf-8")
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n{original}", encoding="utf-8")
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as connection:
        connection.execute("SELECT pg_reload_conf()")
    yield f"postgresql://{role}@127.0.0.1:{postgres_server.port}/postgres"
    hba.write_text(original, encoding="utf-8")
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as connection:
        connection.execute("SELECT pg_reload_conf()")
        connection.execute(f"DROP ROLE {role}")


def test_test_connection_uses_the_typed_or_saved_password_and_names_a_wrong_one(
    qtbot: QtBot, qasync_loop: asyncio.AbstractEventLoop, password_role: str, memory_keyring: MemoryKeyring
) -> None:
    started: Started = []
    dialog = make_dialog(qtbot, started)
    assert "asks for a password" in run_test_connection(dialog, started, qasync_loop, password_role)
    dialog.password_edit.setText("wrong-one")
    assert "refused the user or password" in run_test_connection(dialog, started, qasync_loop, password_role)
    assert "wrong-one" not in dialog.test_result_label.text()
    dialog.password_edit.clear()
    key = parse_team_address(password_role).keyring_username
    memory_keyring.set_password(SERVICE_NAME, key, "right-one")
    assert run_test_connection(dialog, started, qasync_loop, password_role).startswith("Connected")


@pytest.mark.parametrize("language", ["en", "ja", "sv"])
def test_a_long_problem_is_shown_whole_in_every_language(
    qtbot: QtBot, install: Installer, language: str
) -> None:
    install(language)
    dialog = make_dialog(qtbot, [])
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.address_edit.setText("postgresql://anna:secret@db.example.com/esign")
    label = dialog.address_problem_label
    qtbot.waitUntil(lambda: label.isVisible())
    QApplication.processEvents()
    assert (
        label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    )  # wrapped, whole
    placeholder_width = dialog.address_edit.fontMetrics().horizontalAdvance(
        dialog.address_edit.placeholderText()
    )
    assert dialog.address_edit.width() > placeholder_width
    for button in (dialog.test_button, dialog.leave_button):
        assert button.width() >= button.sizeHint().width()
    dialog.close()


def test_a_connection_test_still_running_when_the_dialog_is_deleted_is_cancelled(
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    errors: list[BaseException] = []
    tasks = TaskRegistry(on_error=lambda _key, error: errors.append(error))  # the app's runner
    began = asyncio.Event()
    seen: list[str] = []

    async def slow_probe(dsn: str, password: str | None) -> ProbeResult:
        began.set()
        try:
            await asyncio.get_running_loop().create_future()  # the server never answers
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise
        raise AssertionError("never answered")

    dialog = TeamDatabaseDialog(  # not handed to qtbot: the test deletes it
        "", "", login_name="anna", passwords=KeyringTeamPasswords(), run=tasks.start, prober=slow_probe
    )
    dialog.address_edit.setText(GOOD)
    dialog.test_button.click()
    qasync_loop.run_until_complete(began.wait())
    delete_now(dialog)
    let_the_loop_turn(qasync_loop)

    assert seen == ["cancelled"]
    assert tasks.running() == []
    assert errors == []  # cancelling is not failing, and nothing touched the deleted dialog

"""Test-wide set-up: offscreen Qt, an in-memory keyring, and a private data folder per test."""

from __future__ import annotations

import logging
import os

# Before anything imports Qt: no display in CI, and qasync must pick PySide6.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"

import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import keyring
import pluggy
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from esign_desktop.storage.database import Database
from esign_desktop.storage.postgres import PostgresDatabase
from esign_desktop.storage.sql import SqlDatabase
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from tests.postgres_server import PostgresServer, PostgresUnavailableError

pin_singletons()  # PySide6 6.12 on Python 3.11 drops references to None/True; see the module


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The app sets the root logger's level and handlers (settings, log file); no test may leak them."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's real one."""
    home = tmp_path / "esign-home"
    monkeypatch.setenv("ESIGN_DESKTOP_HOME", str(home))
    return home


# -- a real PostgreSQL server for team mode ---------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL cluster for the whole run (tests/postgres_server.py); started on first use."""
    try:
        server = PostgresServer.start()
    except PostgresUnavailableError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def team_dsn(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty team database for this test; dropped afterwards."""
    name = f"team_{uuid.uuid4().hex[:16]}"
    dsn = postgres_server.create_database(name)
    yield dsn
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def migrated_team_template(postgres_server: PostgresServer) -> str:
    """A team database migrated once; `migrated_team_dsn` copies it (much faster than migrating each time)."""
    name = "esign_migrated_template"
    PostgresDatabase.open(postgres_server.create_database(name)).close()
    return name


@pytest.fixture
def migrated_team_dsn(postgres_server: PostgresServer, migrated_team_template: str) -> Iterator[str]:
    """A fresh team database with the current schema, for this test only."""
    name = f"team_{uuid.uuid4().hex[:16]}"
    dsn = postgres_server.create_database(name, template=migrated_team_template)
    yield dsn
    postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def any_database(request: pytest.FixtureRequest) -> Iterator[SqlDatabase]:
    """The repositories' tests run on both back ends: the local SQLite store and the team PostgreSQL one."""
    database: SqlDatabase
    if request.param == "sqlite":
        database = Database.in_memory()
    else:
        database = PostgresDatabase.open(request.getfixturevalue("migrated_team_dsn"))
    yield database
    database.close()


# -- markers and the unexpected-warning check --------------------------------------------------------------

_GUI_TESTS = Path(__file__).resolve().parent / "gui"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/gui carries the `gui` marker (`-m "not gui"` runs without widgets)."""
    for item in items:
        if _GUI_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.gui)


class _WarningRecorder(logging.Handler):
    """Keeps every record of WARNING and above logged while a test runs (in the spirit of qutebrowser's
    logfail): a test that logs one fails unless it expects it, which it says by using `caplog`."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(_NOT_OURS):
            self.records.append(record)


# The PDF libraries talk through logging (what matters reaches the person as our own typed errors, see
# cli._silence_pdf_libraries), and uvicorn reports the connections the sandbox was told to drop.
_NOT_OURS = ("pypdf", "pikepdf", "pyhanko", "fontTools", "uvicorn")


_WARNINGS = _WarningRecorder()


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger().addHandler(_WARNINGS)


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_WARNINGS)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _WARNINGS.records.clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pluggy.Result[pytest.TestReport], None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if report.when == "setup" and report.passed:
        return  # what setup logged is judged with the test itself
    if not report.passed or "caplog" in getattr(item, "fixturenames", ()):
        _WARNINGS.records.clear()
        return
    unexpected = list(_WARNINGS.records)
    _WARNINGS.records.clear()
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        report.outcome = "failed"
        report.longrepr = (
            f"unexpected log records of level WARNING or above during {report.when} (a test that expects "
            f"them uses caplog):\n{lines}"
        )

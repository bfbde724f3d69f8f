"""GUI test helpers: a qasync loop per test that re-raises loop exceptions at teardown."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from esign_desktop.ui.language import InstalledLanguage, install_language


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(loop)
    yield loop
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)
    assert not errors, f"exceptions escaped into the event loop: {errors}"


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no collection in a background thread may destroy a Qt object."""
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def no_leaked_top_level_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves visible top-level windows behind (napari's leak check, simplified)."""
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in leaked:
        widget.close()
    assert not leaked, f"test left windows open: {[w.objectName() or type(w).__name__ for w in leaked]}"


@pytest.fixture(autouse=True)
def neutral_locale() -> Iterator[None]:
    """Dates and numbers in the POSIX "C" form (ISO dates) whatever the machine's locale; tests that need
    another language install it themselves (tests/gui/test_languages.py)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
Installer = Callable[[str], InstalledLanguage]


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled afresh, so a test never reads a stale .qm from an older build."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in sorted((ROOT / "resources" / "translations").glob("esign_desktop_*.ts")):
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)],
            check=True,
            timeout=60,
        )
    return folder


@pytest.fixture
def install(qapp: QApplication, compiled_translations: Path) -> Iterator[Installer]:
    """Install a language as the app does; every one is uninstalled after the test."""
    installed: list[InstalledLanguage] = []

    def run(language: str) -> InstalledLanguage:
        language_setup = install_language(language, translations_dir=compiled_translations)
        installed.append(language_setup)
        return language_setup

    yield run
    for language_setup in installed:
        language_setup.uninstall()
    QLocale.setDefault(QLocale.c())

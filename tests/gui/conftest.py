"""GUI test helpers: a qasync loop per test that re-raises loop exceptions at teardown."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication


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

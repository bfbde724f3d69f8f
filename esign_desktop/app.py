"""QApplication + qasync loop, wiring, command-line options."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")  # qasync prefers PyQt when both are installed

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from esign_desktop import __version__
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

log = logging.getLogger("esign_desktop")


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
        "--exit-when-shown",
        action="store_true",
        help="quit as soon as the main window is shown (start-up measurements and smoke tests)",
    )
    return parser.parse_args(argv)


class Application:
    """Owns the window, the task registry and the clean shutdown sequence."""

    def __init__(self, qt_app: QApplication, args: argparse.Namespace) -> None:
        self.qt_app = qt_app
        self.args = args
        self.tasks = TaskRegistry(on_error=self._on_task_error)
        self.window = MainWindow()
        self.window.close_requested.connect(self._on_window_close_requested)
        self.finished = asyncio.get_event_loop().create_future()

    def _on_task_error(self, name: str, error: BaseException) -> None:
        log.error("background task %s failed", name, exc_info=error)

    def start(self) -> None:
        self.window.show()
        if self.args.screenshot is not None:
            QTimer.singleShot(0, self._take_screenshot)
        elif self.args.exit_when_shown:
            QTimer.singleShot(0, self.window.close)

    def _take_screenshot(self) -> None:
        path: Path = self.args.screenshot
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.window.grab().save(str(path), "PNG"):
            log.error("could not write the screenshot to %s", path)
        self.window.close()

    def _on_window_close_requested(self) -> None:
        self.tasks.start("shutdown", self.shutdown())

    async def shutdown(self) -> None:
        """Cancel every task, close every client, then let the window go."""
        await self.tasks.cancel_all()
        self.window.allow_close()
        if not self.finished.done():
            self.finished.set_result(None)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    pin_singletons()
    args = parse_args(argv)
    import qasync  # imported after PySide6 so qasync binds to it

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("esign-desktop")
    qt_app.setOrganizationName("esign-desktop")
    qt_app.setApplicationVersion(__version__)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        application = Application(qt_app, args)
        application.start()
        log.debug("main window shown %.3f s after start", time.perf_counter() - started)
        loop.run_until_complete(application.finished)
    return 0


if __name__ == "__main__":
    sys.exit(main())

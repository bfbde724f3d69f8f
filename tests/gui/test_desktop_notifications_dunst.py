"""A notification really shows on a desktop without a system tray: a real X server (Xvfb), its own D-Bus
session and a real notification daemon (dunst) receive it; clicking it (dunst's default action) selects the
envelope. The test takes a screenshot of the shown notification; with ESIGN_DOCS_SCREENSHOTS=1 it also
writes it to docs/screenshots/notification-dunst.png (the one the docs show).

Needs `Xvfb`, `dbus-daemon` and `dunst` (tools/ensure-system-deps.sh installs them) and `import`
(ImageMagick) for the screenshot.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, Party, ProviderKind
from esign_desktop.domain.status import PartyStatus
from esign_desktop.services.desktop_notifications import FreedesktopNotifications
from esign_desktop.services.status_monitor import Notice, NoticeKind
from esign_desktop.ui.app_icon import write_icon_png
from esign_desktop.ui.tray_notifier import TrayNotifier

pytestmark = [pytest.mark.gui, pytest.mark.timeout(90)]

TOOLS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "import")
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "notification-dunst.png"
DUNST_CONFIG = """\
[global]
    monitor = 0
    follow = none
    width = 420
    height = 200
    origin = top-right
    offset = 24x24
    font = Noto Sans 11
    frame_width = 2
    frame_color = "#1f3a5f"
    icon_position = left
    max_icon_size = 48
    markup = full
    format = "<b>%s</b>\\n%b"
[urgency_normal]
    background = "#ffffff"
    foreground = "#1b1f24"
    timeout = 0
"""


def wait_for(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the desktop did not come up in time"
        time.sleep(0.05)


class Desktop:
    """Xvfb + a private D-Bus session + dunst, stopped in reverse order."""

    def __init__(self, folder: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(xvfb)
        os.close(write)
        with os.fdopen(read) as handle:
            self.display = f":{handle.readline().strip()}"
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(bus)
        assert bus.stdout is not None
        self.bus_address = bus.stdout.readline().decode().strip()
        self.env = {**os.environ, "DISPLAY": self.display, "DBUS_SESSION_BUS_ADDRESS": self.bus_address}
        config = folder / "dunstrc"
        config.write_text(DUNST_CONFIG, encoding="utf-8")
        dunst = subprocess.Popen(
            ["dunst", "-config", str(config)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(dunst)
        wait_for(lambda: self.dunstctl("is-paused").strip() in {"true", "false"})

    def dunstctl(self, *args: str) -> str:
        done = subprocess.run(["dunstctl", *args], env=self.env, capture_output=True, check=False, timeout=10)
        return done.stdout.decode()

    def screenshot(self, path: Path) -> None:
        subprocess.run(
            ["import", "-display", self.display, "-window", "root", str(path)],
            env=self.env,
            check=True,
            timeout=30,
        )

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
            if process.stdout is not None:
                process.stdout.close()


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desktop]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (tools/ensure-system-deps.sh installs them)")
    started = Desktop(tmp_path)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", started.bus_address)
    yield started
    started.stop()


def test_a_notification_reaches_the_desktops_notification_service_and_a_click_selects_it(
    desktop: Desktop, qtbot: QtBot, tmp_path: Path
) -> None:
    signer = Party(id="p1", name="Aiko Tanaka", status=PartyStatus.SIGNED)
    waiting = Party(id="p2", name="Bo Berg")
    envelope = Envelope(
        local_id="nda-1", provider=ProviderKind.ASSENTLY, name="NDA Acme", parties=(signer, waiting)
    )
    shot = tmp_path / "notification.png"
    clicked: list[str] = []

    async def scenario() -> None:
        service = FreedesktopNotifications(write_icon_png(tmp_path / "icon.png"))
        loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[Any]] = []

        def start_task(_name: str, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
            tasks.append(loop.create_task(coroutine))
            return tasks[-1]

        tray = TrayNotifier(desktop=service, start_task=start_task)
        click = asyncio.Event()

        def on_activated(local_id: str) -> None:
            clicked.append(local_id)
            click.set()

        tray.envelope_activated.connect(on_activated)
        try:
            assert await service.start()
            assert service.server_name == "dunst"
            assert tray.tray is None  # offscreen Qt: no system tray, so the D-Bus service is used
            assert tray.backend == "freedesktop"
            tray.notify([Notice(NoticeKind.SIGNED, envelope, signer)])
            tray.flush()
            await asyncio.gather(*tasks)
            await asyncio.to_thread(wait_for, lambda: desktop.dunstctl("count", "displayed").strip() == "1")
            await asyncio.sleep(0.5)  # let dunst finish drawing
            await asyncio.to_thread(desktop.screenshot, shot)
            desktop.dunstctl("action", "0")  # what a click on the notification does
            await asyncio.wait_for(click.wait(), 10)
        finally:
            await service.close()
            tray.deleteLater()

    asyncio.run(scenario())
    assert clicked == ["nda-1"]
    image = QImage(str(shot))
    assert not image.isNull()
    # dunst draws in the top-right corner; the rest of the screen is Xvfb's black.
    corner = image.copy(image.width() - 480, 0, 480, 160)
    colours = {corner.pixel(x, y) for x in range(0, corner.width(), 4) for y in range(0, corner.height(), 4)}
    assert len(colours) > 8, "nothing was drawn where dunst shows notifications"
    if os.environ.get("ESIGN_DOCS_SCREENSHOTS") == "1":
        DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        corner.save(str(DOCS_SCREENSHOT))

"""Downloads: one folder per envelope, names that never collide, and an "Open folder" that says when nothing
could open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.notifier import Level
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.controller import AppController, connect_window_commands, envelope_folder
from esign_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def envelope(name: str) -> Envelope:
    return Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY, name=name)


def test_two_envelopes_of_the_same_name_get_their_own_folders(tmp_path: Path) -> None:
    first, second = envelope("Lease 2026"), envelope("Lease 2026")
    folders = {envelope_folder(tmp_path, first), envelope_folder(tmp_path, second)}
    assert len(folders) == 2
    assert all(f.parent == tmp_path and f.name.startswith("Lease 2026 (") for f in folders)
    assert envelope_folder(tmp_path, first) == envelope_folder(tmp_path, first)  # again: the same folder


@pytest.mark.parametrize("name", ["../../etc", "a/b\\c", "", "CON", ".hidden", "x" * 400, "契約書 ／ 2026"])
def test_an_envelope_folder_never_leaves_the_download_folder(tmp_path: Path, name: str) -> None:
    folder = envelope_folder(tmp_path, envelope(name))
    assert folder.parent == tmp_path
    assert folder.name
    assert not folder.name.startswith(".")
    assert len(folder.name) < 120
    folder.mkdir()  # a name the file system takes


@pytest.fixture
def controller(app_home: Path, qapp: QApplication) -> Iterator[AppController]:
    context = ServiceContext.open(AppPaths.under(app_home))
    window = MainWindow()
    controller = AppController(window, context, TaskRegistry())
    connect_window_commands(window, controller)
    yield controller
    window.allow_close()
    context.database.close()


def test_open_folder_says_so_when_no_file_manager_can(
    app_home: Path, qapp: QApplication, tmp_path: Path
) -> None:
    asked: list[QUrl] = []
    answers = [False, True]  # the first time nothing opens it, the second time a file manager does

    def desktop_opens(url: QUrl) -> bool:
        asked.append(url)
        return answers[len(asked) - 1]

    context = ServiceContext.open(AppPaths.under(app_home))
    window = MainWindow()
    controller = AppController(window, context, TaskRegistry(), open_url=desktop_opens)
    try:
        assert controller.open_folder(tmp_path) is False
        assert asked == [QUrl.fromLocalFile(str(tmp_path))]
        shown = controller.window.message_area.current()
        assert shown is not None
        assert shown.level is Level.WARNING
        assert str(tmp_path) in shown.text
        assert "No file manager" in shown.text

        controller.window.message_area.dismiss()
        assert controller.open_folder(tmp_path) is True
        assert controller.window.message_area.current() is None
    finally:
        window.allow_close()
        context.database.close()

"""One command table: no two commands reachable in the same window share a shortcut or an Alt+letter mnemonic,
in English, Japanese or Swedish.

The windows are built for real (translators installed as the app does), and every QAction, menu title, button,
tab and label with a buddy of the window is collected, so a clash added anywhere in the window fails here, not
only one in the table.
"""

from __future__ import annotations

import asyncio
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, PartyRole, ProviderKind, new_id
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.commands import Window, commands_of
from esign_desktop.ui.editor.composer_window import ComposerWindow
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.views_rules import ViewContext
from tests.gui.conftest import Installer
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelopes
from tests.pdf_factory import A4, PageSpec, make_pdf

pytestmark = pytest.mark.gui

LANGUAGES = ["en", "ja", "sv"]
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter a text answers to ("Re&call" → "c"; "送信(&S)" → "s"); none without one."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return None if match is None else match.group(1).casefold()


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def window_shortcuts(window: QMainWindow) -> dict[str, list[str]]:
    """Shortcut → the actions of the window that answer to it from anywhere in the window."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # only while its own widget has focus (e.g. Delete in the party list)
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found[portable(sequence)].append(action.objectName() or action.text())
    return found


def _owned_by(widget: QWidget, window: QMainWindow) -> bool:
    """Shown in the window (a mnemonic of a hidden widget, e.g. on another page of a stack, cannot fire)."""
    return widget.window() is window and widget.isVisibleTo(window)


def window_mnemonics(window: QMainWindow) -> dict[str, list[str]]:
    """Alt+letter → what answers to it in the window: menu titles, buttons, tabs, group boxes, buddy labels,
    and actions whose shortcut is Alt+letter."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found[letter].append(text)

    for action in window.menuBar().actions():
        add(action.text())
    for button in window.findChildren(QAbstractButton):
        if _owned_by(button, window) and button.parent() is not window.menuBar():
            add(button.text())
    for tabs in window.findChildren(QTabBar):
        if _owned_by(tabs, window):
            for index in range(tabs.count()):
                add(tabs.tabText(index))
    for box in window.findChildren(QGroupBox):
        if _owned_by(box, window):
            add(box.title())
    for label in window.findChildren(QLabel):
        if _owned_by(label, window) and label.buddy() is not None:
            add(label.text())
    for key, names in window_shortcuts(window).items():
        match = re.fullmatch(r"Alt\+(\w)", key)
        if match:
            found[match.group(1).casefold()].extend(names)
    return found


def menu_mnemonics(window: QMainWindow) -> Iterator[tuple[str, dict[str, list[str]]]]:
    for menu in window.findChildren(QMenu):
        found: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter is not None and not action.isSeparator():
                found[letter].append(action.text())
        yield menu.title() or menu.objectName(), found


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: names for key, names in found.items() if len(names) > 1}


def assert_no_clash(window: QMainWindow) -> None:
    problems = {
        "shortcuts": clashes(window_shortcuts(window)),
        "mnemonics": clashes(window_mnemonics(window)),
    }
    problems.update({f"menu {title}": clashes(found) for title, found in menu_mnemonics(window)})
    found = {where: keys for where, keys in problems.items() if keys}
    assert found == {}, f"{found!r}; every mnemonic of the window: {dict(window_mnemonics(window))!r}"


@pytest.mark.parametrize("window", list(Window))
def test_the_table_gives_every_shortcut_once_per_window(window: Window) -> None:
    seen: dict[str, str] = {}
    for spec in commands_of(window):
        key = portable(spec.key_sequence())
        if key:
            assert key not in seen, f"{spec.name} and {seen[key]} share {key}"
            seen[key] = spec.name


def test_settings_accounts_and_approval_have_their_documented_shortcuts(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.allow_close()
    shortcuts = window_shortcuts(window)
    assert shortcuts["Ctrl+,"] == ["action_settings"]
    assert shortcuts["Ctrl+Shift+A"] == ["action_accounts"]
    assert shortcuts["Ctrl+Shift+Return"] == ["action_request_approval"]
    requested: list[bool] = []
    window.settings_requested.connect(lambda: requested.append(True))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.envelope_list.setFocus()
    QTest.keyClick(window.envelope_list, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert requested == [True]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_commands_of_the_main_window_share_a_key(
    qtbot: QtBot, install: Installer, language: str
) -> None:
    if language != "en":
        assert install(language).language == language
    window = MainWindow()
    qtbot.addWidget(window)
    window.allow_close()
    window.set_account_names(ACCOUNT_NAMES)
    window.set_view_context(ViewContext(now=DEMO_NOW))
    window.set_envelopes(list(demo_envelopes()))
    window.show()
    window.envelope_list.setCurrentIndex(window.envelope_proxy.index(0, 0))  # the details tabs show
    assert window.details.tabs.isVisibleTo(window)
    assert len(window_shortcuts(window)) > 20  # the collection sees the window's commands
    assert_no_clash(window)


@pytest.fixture
def context(app_home: Path, qapp: QApplication) -> Iterator[ServiceContext]:
    qapp.setQuitOnLastWindowClosed(False)  # as main() does: closing a composer must not end the loop
    opened = ServiceContext.open(AppPaths.under(app_home))
    yield opened
    opened.database.close()


@pytest.mark.parametrize("provider", list(ProviderKind))
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_commands_of_the_composer_share_a_key(
    install: Installer,
    language: str,
    provider: ProviderKind,
    context: ServiceContext,
    tmp_path: Path,
    qasync_loop: asyncio.AbstractEventLoop,
) -> None:
    if language != "en":
        assert install(language).language == language
    account = context.accounts.store.add(
        Account(provider, "Office", "https://example.invalid", state=AccountState.OK)
    )
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec(*A4), PageSpec(*A4)])
    document = domain_document(inspect_pdf(pdf), pdf)
    envelope = Envelope(local_id=new_id(), provider=provider, account_id=account.id, documents=(document,))

    async def scenario() -> None:
        empty = ComposerWindow(context, TaskRegistry(), replace(envelope, local_id=new_id(), documents=()))
        empty.show()
        try:
            assert empty.drop_zone.isVisibleTo(empty)  # no document yet: the drop zone and its button
            assert_no_clash(empty)
        finally:
            await empty.finish()
        window = ComposerWindow(context, TaskRegistry(), envelope)
        window.show()
        try:
            window.party_editor.add_party(PartyRole.SIGNER)  # the party form shows its fields
            assert len(window_shortcuts(window)) > 15
            assert_no_clash(window)
        finally:
            await window.finish()

    qasync_loop.run_until_complete(scenario())

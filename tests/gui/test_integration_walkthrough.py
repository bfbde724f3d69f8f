"""Regressions found by trying the merged app as a person would (issues 11, 12, 14, 15, 17 together)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, PartyRole, ProviderKind, new_id
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.secrets import NOT_PERSISTENT_MESSAGE
from esign_desktop.ui.editor.party_editor import PartyEditor
from esign_desktop.ui.editor.party_problem_fields import PartyAttribute
from esign_desktop.ui.labels import keyring_note
from tests.corpus.corpus import FILES_DIR
from tests.gui import test_composer_window as window_tests
from tests.gui.conftest import Installer
from tests.gui.test_composer_window import Windows, envelope_with, run, until

context = window_tests.context
account = window_tests.account
contract_pdf = window_tests.contract_pdf
tasks = window_tests.tasks
windows = window_tests.windows

pytestmark = pytest.mark.gui


def _drop(window: object, path: Path) -> None:
    zone = window.drop_zone  # type: ignore[attr-defined]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    centre = QPoint(zone.width() // 2, zone.height() // 2)
    drop = QDropEvent(
        centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    zone.dropEvent(drop)  # QApplication delivers drops only inside a real drag loop


def test_the_restrictions_question_on_an_empty_envelope_is_shown_whole_and_adds_the_file(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, tmp_path: Path
) -> None:
    """The drop zone hid the documents panel, where the question is asked: the file was never added."""
    source = tmp_path / "gen-owner-only-restricted.pdf"
    shutil.copy(FILES_DIR / source.name, source)

    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider))
        window.resize(1366, 768)
        assert window.centre_stack.currentWidget() is window.drop_zone
        _drop(window, source)
        panel = window.documents_panel
        await until(lambda: panel.confirm_bar.isVisible())
        assert window.centre_stack.currentWidget() is window.splitter
        QApplication.processEvents()
        # The rail is narrow: the question and both buttons must still be readable, not cut off.
        text = panel.confirm_text
        assert text.height() >= text.heightForWidth(text.width())
        for button in (panel.confirm_button, panel.cancel_button):
            assert button.width() >= button.sizeHint().width()
        bottom = panel.confirm_bar.mapTo(panel, QPoint(0, panel.confirm_bar.height())).y()
        assert bottom <= panel.height()

        panel.confirm_button.click()
        await until(lambda: len(window.envelope().documents) == 1)
        assert window.centre_stack.currentWidget() is window.splitter
        await windows.close_all()

    run(qasync_loop, scenario())


def _question_is_whole(panel: object) -> None:
    QApplication.processEvents()
    bar = panel.confirm_bar  # type: ignore[attr-defined]
    text = panel.confirm_text  # type: ignore[attr-defined]
    assert text.height() >= text.heightForWidth(text.width())
    for button in (panel.confirm_button, panel.cancel_button):  # type: ignore[attr-defined]
        assert button.width() >= button.sizeHint().width()
    bottom = bar.mapTo(panel, QPoint(0, bar.height())).y()
    assert bottom <= panel.height()  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_question_beside_a_document_at_1366x768_is_not_cut_off(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    tmp_path: Path,
    install: Installer,
    language: str,
) -> None:
    """The left rail's split kept the documents panel short: the question's last lines were cut off."""
    install(language)
    source = tmp_path / "owner-only-positive-P.pdf"
    shutil.copy(FILES_DIR / source.name, source)

    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider))
        window.resize(1366, 740)
        _drop(window, contract_pdf)
        await until(lambda: len(window.envelope().documents) == 1)
        before = window.left_rail.sizes()
        panel = window.documents_panel
        panel.add_files([source])
        await until(lambda: panel.confirm_bar.isVisible())
        await until(lambda: window.left_rail.sizes() != before)
        _question_is_whole(panel)
        panel.cancel_button.click()
        await until(lambda: window.left_rail.sizes() == before)  # the thumbnails get their room back
        await windows.close_all()

    run(qasync_loop, scenario())


def test_saying_no_to_the_only_question_brings_the_drop_zone_back(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, tmp_path: Path
) -> None:
    source = tmp_path / "gen-owner-only-restricted.pdf"
    shutil.copy(FILES_DIR / source.name, source)

    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider))
        _drop(window, source)
        panel = window.documents_panel
        await until(lambda: panel.confirm_bar.isVisible())
        panel.cancel_button.click()
        assert not window.envelope().documents
        assert window.centre_stack.currentWidget() is window.drop_zone
        await windows.close_all()

    run(qasync_loop, scenario())


KEYRING_WORDS = [("en", "keyring"), ("ja", "キーリング"), ("sv", "nyckelring")]


@pytest.mark.parametrize(("language", "word"), KEYRING_WORDS)
def test_the_keyring_note_is_in_the_chosen_language(install: Installer, language: str, word: str) -> None:
    """It was the storage layer's English sentence in every language, in the message area and Accounts."""
    install(language)
    assert word in keyring_note()
    if language == "en":
        assert keyring_note() == NOT_PERSISTENT_MESSAGE  # the CLI and the log keep the storage's words


@pytest.mark.parametrize(("language", "unnamed"), [("en", "Unnamed party"), ("ja", "名前未入力の宛先")])
def test_a_new_party_is_unnamed_in_the_chosen_language(
    qtbot: QtBot, install: Installer, language: str, unnamed: str
) -> None:
    """The domain's English "Unnamed party" showed in the party list and its problems in every language."""
    install(language)
    editor = PartyEditor()
    qtbot.addWidget(editor)
    editor.set_envelope(Envelope(local_id="e", provider=ProviderKind.GMOSIGN, name="Lease"))
    party = editor.add_party(PartyRole.SIGNER)
    assert party.display_name == "Unnamed party"  # logs and the CLI keep the domain's words
    assert editor.party_list.item(0).text().startswith(f"1. {unnamed} · ")
    email_error = editor.error_labels[PartyAttribute.EMAIL].text()
    assert unnamed in email_error
    assert language == "en" or "Unnamed party" not in email_error


def test_field_properties_wait_for_a_selected_field_in_an_editable_draft(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    """An editable draft's properties (party, required, label) were enabled with no field selected."""

    async def scenario() -> None:
        window = windows.open(envelope_with(contract_pdf, account))  # a saved draft, opened again
        await until(lambda: window.composer.document_combo.count() == 1)
        assert not window.composer.properties.isEnabled()
        await windows.close_all()

    run(qasync_loop, scenario())

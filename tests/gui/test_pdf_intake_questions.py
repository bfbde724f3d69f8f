"""The documents panel asks before it uses a working copy: a password (never stored), "I may remove the
restrictions", "Repair a copy"; the copy lives in the draft store's folder and the original is untouched."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, Party, ProviderKind
from esign_desktop.services.document_intake import WorkingCopy, make_working_copy
from esign_desktop.ui.editor import pdf_intake_dialogs as intake_module
from esign_desktop.ui.editor.documents_panel import DocumentsPanel, NoticeLevel
from esign_desktop.ui.editor.pdf_intake_dialogs import PasswordDialog
from tests.corpus.corpus import FILES_DIR
from tests.gui.background_work import delete_now, pool_busy

pytestmark = pytest.mark.gui

WAIT_MS = 10_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "draft-files"


@pytest.fixture
def panel(qtbot: QtBot, folder: Path) -> DocumentsPanel:
    widget = DocumentsPanel()
    qtbot.addWidget(widget)
    widget.set_envelope(Envelope(local_id="e", provider=ProviderKind.GMOSIGN, parties=(Party(id="anna"),)))
    widget.set_working_copy_folder(folder)
    widget.show()
    return widget


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copy(FILES_DIR / name, target)
    return target


def _names(panel: DocumentsPanel) -> list[str]:
    return [d.file_name for d in panel.envelope().documents]


def test_a_password_is_asked_retried_and_never_stored(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path, folder: Path
) -> None:
    source = _copy(tmp_path, "gen-user-password-aes256.pdf")
    original = source.read_bytes()
    with qtbot.waitSignal(panel.intake.dialog_opened, timeout=WAIT_MS) as opened:
        panel.add_files([source])
    dialog = opened.args[0]
    assert isinstance(dialog, PasswordDialog)
    assert not [n for n in panel.notices() if n.level is NoticeLevel.ERROR]

    dialog.password_edit.setText("not-it")
    with qtbot.waitSignal(panel.intake.dialog_opened, timeout=WAIT_MS) as reopened:
        dialog.ok_button.click()
    retry = reopened.args[0]
    assert isinstance(retry, PasswordDialog)
    assert retry.error_label.isVisibleTo(retry)

    retry.password_edit.setText("user-secret")
    with qtbot.waitSignal(panel.envelope_edited, timeout=WAIT_MS):
        retry.ok_button.click()

    (document,) = panel.envelope().documents
    assert document.file_name == "gen-user-password-aes256.pdf"
    assert Path(document.path).parent == folder
    assert source.read_bytes() == original
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"user-secret" not in path.read_bytes()


def test_restrictions_are_removed_only_after_the_person_says_they_may(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path, folder: Path
) -> None:
    source = _copy(tmp_path, "gen-owner-only-restricted.pdf")
    with qtbot.waitSignal(panel.inspections_finished, timeout=WAIT_MS):
        panel.add_files([source])
    assert panel.confirm_bar.isVisible()
    assert "GMO Sign" in panel.confirm_text.text()
    assert "changing the document" in panel.confirm_text.text()
    assert panel.confirm_button.text() == "I may remove the restrictions"
    assert _names(panel) == []
    assert not folder.exists() or not list(folder.glob("*.pdf"))  # no copy before the answer

    with qtbot.waitSignal(panel.envelope_edited, timeout=WAIT_MS):
        panel.confirm_button.click()
    assert _names(panel) == ["gen-owner-only-restricted.pdf"]
    assert Path(panel.envelope().documents[0].path).parent == folder


def test_one_question_at_a_time_and_no_means_not_added(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path
) -> None:
    damaged = _copy(tmp_path, "damaged-junk-before-header.pdf")
    restricted = _copy(tmp_path, "owner-only-positive-P.pdf")
    with qtbot.waitSignal(panel.inspections_finished, timeout=WAIT_MS):
        panel.add_files([damaged, restricted])
    assert "damaged" in panel.confirm_text.text()
    assert panel.confirm_button.text() == "Repair a copy"

    panel.cancel_button.click()  # no repair: the next question comes
    assert panel.confirm_bar.isVisible()
    assert panel.confirm_button.text() == "I may remove the restrictions"
    with qtbot.waitSignal(panel.envelope_edited, timeout=WAIT_MS):
        panel.confirm_button.click()
    assert _names(panel) == ["owner-only-positive-P.pdf"]
    assert not panel.confirm_bar.isVisible()


def test_a_repaired_copy_replaces_the_damaged_file(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path
) -> None:
    with qtbot.waitSignal(panel.inspections_finished, timeout=WAIT_MS):
        panel.add_files([_copy(tmp_path, "gen-damaged-page-tree-loop.pdf")])
    with qtbot.waitSignal(panel.envelope_edited, timeout=WAIT_MS):
        panel.confirm_button.click()
    (document,) = panel.envelope().documents
    assert document.page_count == 1


def test_without_a_draft_store_folder_the_files_are_refused_as_before(qtbot: QtBot, tmp_path: Path) -> None:
    widget = DocumentsPanel()
    qtbot.addWidget(widget)
    widget.set_envelope(Envelope(local_id="e", provider=ProviderKind.ASSENTLY))
    with qtbot.waitSignal(widget.inspections_finished, timeout=WAIT_MS):
        widget.add_files(
            [_copy(tmp_path, "cert-encrypted-aes256.pdf"), _copy(tmp_path, "user-password-rc4.pdf")]
        )
    errors = [n.text for n in widget.notices() if n.level is NoticeLevel.ERROR]
    assert len(errors) == 2
    assert "certificates" in errors[0]
    assert "password" in errors[1]


def test_a_working_copy_still_queued_when_the_panel_is_deleted_is_never_made(
    qtbot: QtBot, tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []

    def recording_copy(source: Path, *args: Any) -> WorkingCopy:
        made.append(source)
        return make_working_copy(source, *args)

    monkeypatch.setattr(intake_module, "make_working_copy", recording_copy)
    widget = DocumentsPanel()  # not handed to qtbot: the test deletes it
    widget.set_envelope(Envelope(local_id="e", provider=ProviderKind.GMOSIGN, parties=(Party(id="anna"),)))
    widget.set_working_copy_folder(folder)
    with qtbot.waitSignal(widget.inspections_finished, timeout=WAIT_MS):
        widget.add_files([_copy(tmp_path, "gen-owner-only-restricted.pdf")])
    with pool_busy():
        widget.confirm_button.click()  # "I may remove the restrictions": the copy waits for a thread
        delete_now(widget)

    assert made == []
    assert not folder.exists() or not list(folder.glob("*.pdf"))

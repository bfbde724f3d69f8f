from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, ProviderKind
from esign_desktop.pdf import PdfReport, inspect_pdf
from esign_desktop.ui.editor import documents_panel as panel_module
from esign_desktop.ui.editor.documents_panel import DocumentsPanel, NoticeLevel
from tests.gui.background_work import delete_now, pool_busy
from tests.pdf_factory import (
    PageSpec,
    TextSpec,
    make_encrypted_pdf,
    make_javascript_pdf,
    make_mixed_pdf,
    make_not_a_pdf,
    make_pdf,
    make_signed_pdf,
    make_truncated_pdf,
)

WAIT_MS = 10_000


@pytest.fixture
def panel(qtbot: QtBot) -> DocumentsPanel:
    widget = DocumentsPanel()
    qtbot.addWidget(widget)
    widget.set_envelope(Envelope(local_id="e", provider=ProviderKind.GMOSIGN, parties=(Party(id="anna"),)))
    return widget


def _pdf(folder: Path, name: str, pages: int = 1) -> Path:
    return make_pdf(folder / name, [PageSpec(texts=[TextSpec(72, 700, f"{name} {i}")]) for i in range(pages)])


def _add(qtbot: QtBot, panel: DocumentsPanel, *paths: Path) -> None:
    with qtbot.waitSignal(panel.inspections_finished, timeout=WAIT_MS):
        panel.add_files(list(paths))


def _names(panel: DocumentsPanel) -> list[str]:
    return [d.file_name for d in panel.envelope().documents]


def _field(field_id: str, document: int, page: int = 1) -> Field:
    return Field(
        id=field_id,
        kind=FieldKind.SIGNATURE,
        document=document,
        page=page,
        rect=PageRect(0.1, 0.1, 0.3, 0.2),
        party_id="anna",
    )


def test_unusable_files_are_refused_with_the_reason_and_usable_ones_added_in_order(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path
) -> None:
    edits: list[Envelope] = []
    panel.envelope_edited.connect(edits.append)
    files = [
        _pdf(tmp_path, "contract.pdf", 2),
        make_encrypted_pdf(tmp_path / "locked.pdf"),
        make_not_a_pdf(tmp_path / "photo.pdf"),
        make_truncated_pdf(tmp_path / "cut.pdf"),
        make_javascript_pdf(tmp_path / "script.pdf"),
    ]

    _add(qtbot, panel, *files)

    assert _names(panel) == ["contract.pdf", "script.pdf"]
    assert panel.envelope().documents[0].page_count == 2
    assert len(edits) == 1  # one edit for the whole batch
    errors = [n.text for n in panel.notices() if n.level is NoticeLevel.ERROR]
    assert len(errors) == 3
    assert errors[0].startswith("locked.pdf:")
    assert "password" in errors[0]
    assert errors[1].startswith("photo.pdf:")
    assert "not a PDF" in errors[1]
    assert errors[2].startswith("cut.pdf:")
    warnings = [n.text for n in panel.notices() if n.level is NoticeLevel.WARNING]
    assert len(warnings) == 1
    assert "JavaScript" in warnings[0]
    assert panel.notice_list.count() == 4
    assert panel.checking == 0


def test_warnings_are_shown_and_the_file_is_added(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path
) -> None:
    signed = make_signed_pdf(tmp_path / "signed.pdf")
    _add(qtbot, panel, make_mixed_pdf(tmp_path / "mixed.pdf"), signed)

    assert _names(panel) == ["mixed.pdf", "signed.pdf"]
    texts = " ".join(n.text for n in panel.notices() if n.level is NoticeLevel.WARNING)
    assert "different sizes" in texts
    assert "rotated" in texts
    assert "already digitally signed" in texts
    assert panel.envelope().documents[1].has_signatures
    assert "digitally signed" in panel.document_list.item(1).toolTip()


def test_files_are_checked_off_the_ui_thread(
    qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    def recording_inspect(path: Path) -> PdfReport:
        threads.append(threading.current_thread())
        return inspect_pdf(path)

    monkeypatch.setattr(panel_module, "inspect_pdf", recording_inspect)
    _add(qtbot, panel, _pdf(tmp_path, "a.pdf"))
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()


def test_the_file_dialog_is_opened_without_exec(qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path) -> None:
    opened: list[QFileDialog] = []
    panel.file_dialog_opened.connect(opened.append)
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.isVisible()
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFiles
    with qtbot.waitSignal(panel.inspections_finished, timeout=WAIT_MS):
        dialog.filesSelected.emit([str(_pdf(tmp_path, "one.pdf")), str(_pdf(tmp_path, "two.pdf"))])
    dialog.reject()
    assert _names(panel) == ["one.pdf", "two.pdf"]


def test_dropping_files_adds_them(qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_pdf(tmp_path, "dropped.pdf"))), QUrl("https://example.com/x.pdf")])
    enter = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    with qtbot.waitSignal(panel.inspections_finished, timeout=WAIT_MS):
        panel.dropEvent(drop)
    assert _names(panel) == ["dropped.pdf"]

    not_files = QMimeData()
    not_files.setText("hello")
    refused = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        not_files,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    panel.dragEnterEvent(refused)
    assert not refused.isAccepted()


@pytest.fixture
def three(qtbot: QtBot, panel: DocumentsPanel, tmp_path: Path) -> DocumentsPanel:
    _add(qtbot, panel, _pdf(tmp_path, "a.pdf"), _pdf(tmp_path, "b.pdf", 3), _pdf(tmp_path, "c.pdf"))
    envelope = panel.envelope()
    panel.set_envelope(
        Envelope(
            local_id=envelope.local_id,
            provider=envelope.provider,
            documents=envelope.documents,
            parties=envelope.parties,
            fields=(_field("on-a", 0), _field("on-b", 1, 3), _field("on-c", 2)),
        )
    )
    return panel


def _file_of_fields(envelope: Envelope) -> dict[str, str]:
    return {f.id: envelope.documents[f.document].file_name for f in envelope.fields}


def test_reordering_by_buttons_and_drag_keeps_fields_on_their_document(
    qtbot: QtBot, three: DocumentsPanel
) -> None:
    before = _file_of_fields(three.envelope())
    three.document_list.setCurrentRow(2)
    QTest.mouseClick(three.up_button, Qt.MouseButton.LeftButton)
    assert _names(three) == ["a.pdf", "c.pdf", "b.pdf"]
    assert three.document_list.currentRow() == 1
    assert _file_of_fields(three.envelope()) == before

    edits: list[Envelope] = []
    three.envelope_edited.connect(edits.append)
    assert three.document_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)  # a drag to the end
    assert _names(three) == ["c.pdf", "b.pdf", "a.pdf"]
    assert _file_of_fields(edits[-1]) == before
    assert [three.document_list.item(i).text().split(" ·")[0] for i in range(3)] == _names(three)


def test_removing_a_document_with_fields_asks_first(qtbot: QtBot, three: DocumentsPanel) -> None:
    three.document_list.setCurrentRow(1)
    QTest.mouseClick(three.remove_button, Qt.MouseButton.LeftButton)
    assert not three.confirm_bar.isHidden()
    assert "b.pdf" in three.confirm_text.text()
    assert "1 field" in three.confirm_text.text()
    assert len(three.envelope().documents) == 3

    QTest.mouseClick(three.cancel_button, Qt.MouseButton.LeftButton)
    assert three.confirm_bar.isHidden()
    assert len(three.envelope().documents) == 3

    QTest.mouseClick(three.remove_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(three.confirm_button, Qt.MouseButton.LeftButton)
    assert _names(three) == ["a.pdf", "c.pdf"]
    assert _file_of_fields(three.envelope()) == {"on-a": "a.pdf", "on-c": "c.pdf"}


def test_replacing_lists_the_fields_that_do_not_fit_before_dropping_them(
    qtbot: QtBot, three: DocumentsPanel, tmp_path: Path
) -> None:
    three.document_list.setCurrentRow(1)
    with qtbot.waitSignal(three.inspections_finished, timeout=WAIT_MS):
        three.replace_selected_with(_pdf(tmp_path, "b-v2.pdf", 2))

    assert _names(three) == ["a.pdf", "b.pdf", "c.pdf"]  # nothing lost yet
    assert "Signature field for Unnamed party on page 3" in three.confirm_text.text()
    QTest.mouseClick(three.confirm_button, Qt.MouseButton.LeftButton)

    assert _names(three) == ["a.pdf", "b-v2.pdf", "c.pdf"]
    assert _file_of_fields(three.envelope()) == {"on-a": "a.pdf", "on-c": "c.pdf"}
    assert any(n.level is NoticeLevel.INFO and "page 3" in n.text for n in three.notices())


def test_a_replacement_that_keeps_every_field_applies_at_once_and_a_broken_one_is_refused(
    qtbot: QtBot, three: DocumentsPanel, tmp_path: Path
) -> None:
    three.document_list.setCurrentRow(0)
    with qtbot.waitSignal(three.inspections_finished, timeout=WAIT_MS):
        three.replace_selected_with(make_encrypted_pdf(tmp_path / "locked.pdf"))
    assert _names(three) == ["a.pdf", "b.pdf", "c.pdf"]
    assert [n.level for n in three.notices()] == [NoticeLevel.ERROR]

    with qtbot.waitSignal(three.inspections_finished, timeout=WAIT_MS):
        three.replace_selected_with(_pdf(tmp_path, "a-v2.pdf", 2))
    assert three.confirm_bar.isHidden()
    assert _names(three) == ["a-v2.pdf", "b.pdf", "c.pdf"]
    assert _file_of_fields(three.envelope())["on-a"] == "a-v2.pdf"


def test_a_file_check_still_queued_when_the_panel_is_deleted_never_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[Path] = []

    def recording_inspect(path: Path) -> PdfReport:
        checked.append(path)
        return inspect_pdf(path)

    monkeypatch.setattr(panel_module, "inspect_pdf", recording_inspect)
    widget = DocumentsPanel()  # not handed to qtbot: the test deletes it
    widget.set_envelope(Envelope(local_id="e", provider=ProviderKind.GMOSIGN))
    pdf = _pdf(tmp_path, "a.pdf")
    with pool_busy():
        widget.add_files([pdf])
        delete_now(widget)  # the composer closed while the check waited for a thread

    assert checked == []

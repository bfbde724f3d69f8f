"""The composer shows what the PDF shows: annotations rendered, the document's own form fields outlined, a
warning when a new field covers one of them, and the importer's report of what it did not take."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, ProviderKind, new_id
from esign_desktop.pdf import ImportedField, SkippedField, domain_document, inspect_pdf
from esign_desktop.pdf.page_marks import MarkKind, PageMark, page_marks
from esign_desktop.ui.editor import composer as composer_module
from esign_desktop.ui.editor import existing_fields_layer as layer_module
from esign_desktop.ui.editor.composer import ComposerWidget
from esign_desktop.ui.editor.import_preview import ImportPreviewDialog, find_importable_fields
from esign_desktop.ui.editor.page_renderer import PageRenderer, RenderKey, RenderRequest
from tests.corpus.corpus import FILES_DIR
from tests.gui.background_work import delete_now, pool_busy
from tests.gui.composer_helpers import make_composer

pytestmark = pytest.mark.gui


@pytest.fixture
def composers(qtbot: QtBot) -> Iterator[list[ComposerWidget]]:
    made: list[ComposerWidget] = []
    yield made
    for composer in made:
        composer.shutdown()
        composer.close()


def _open(qtbot: QtBot, tmp_path: Path, name: str, composers: list[ComposerWidget]) -> ComposerWidget:
    pdf = tmp_path / name
    shutil.copy(FILES_DIR / name, pdf)
    composer = make_composer(qtbot, pdf, ProviderKind.ASSENTLY)
    composers.append(composer)
    qtbot.waitUntil(lambda: bool(composer.existing_fields.marks()), timeout=10_000)
    return composer


def _non_white(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != white
    )


def test_annotations_are_rendered_like_a_viewer_shows_them(qtbot: QtBot, tmp_path: Path) -> None:
    path = FILES_DIR / "annotation-stamp.pdf"
    renderer = PageRenderer()
    assert renderer.load(str(path))
    key = RenderKey(0, 0.5, 1.0)
    size = QSize(306, 396)
    with qtbot.waitSignal(renderer.page_rendered, timeout=10_000):
        renderer.request("test", [RenderRequest(key, size)])
    shown = renderer.cached(key)
    assert shown is not None
    # The same page without annotations, as the composer drew it before: the stamp was missing.
    bare_document = QPdfDocument()
    bare_document.load(str(path))
    bare = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    bare.fill(QColor("white"))
    painter = QPainter(bare)
    painter.drawImage(0, 0, bare_document.render(0, size))
    painter.end()
    bare_document.close()
    renderer.shutdown()
    assert _non_white(shown) > _non_white(bare) + 100


def test_existing_form_fields_are_outlined_and_a_covering_field_is_reported(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    composer = _open(qtbot, tmp_path, "form-two-fields.pdf", composers)
    (marks,) = composer.existing_fields.marks()
    assert [(m.kind, m.label) for m in marks] == [
        (MarkKind.FORM_FIELD, "Sig1"),
        (MarkKind.FORM_FIELD, "Sig2"),
    ]
    existing = marks[0].rect
    elsewhere = PageRect(0.01, 0.01, 0.05, 0.03)
    assert not any(m.rect.intersects(elsewhere) for m in marks)
    messages: list[str] = []
    composer.status_message.connect(messages.append)

    clear = Field(new_id(), FieldKind.TEXT, 0, 1, elsewhere, party_id="alice")
    composer.editor.add([clear], "add")
    assert messages == []
    covering = Field(new_id(), FieldKind.SIGNATURE, 0, 1, existing, party_id="alice")
    composer.editor.add([covering], "add")
    assert len(messages) == 1
    assert "Sig1" in messages[0]
    assert "page 1" in messages[0]


def test_a_field_over_an_annotation_is_reported(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    composer = _open(qtbot, tmp_path, "annotation-stamp.pdf", composers)
    (marks,) = composer.existing_fields.marks()
    stamp = next(m for m in marks if m.kind is MarkKind.ANNOTATION)
    messages: list[str] = []
    composer.status_message.connect(messages.append)
    composer.editor.add([Field(new_id(), FieldKind.SIGNATURE, 0, 1, stamp.rect, party_id="alice")], "add")
    assert messages
    assert "Stamp" in messages[-1]


def test_import_preview_lists_what_it_did_not_take(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    composer = _open(qtbot, tmp_path, "form-button-widgets.pdf", composers)
    with qtbot.waitSignal(composer.import_preview_opened, timeout=10_000) as opened:
        composer.open_import_preview()
    dialog = opened.args[0]
    assert isinstance(dialog, ImportPreviewDialog)
    assert {f.kind for f in dialog.found} == {FieldKind.CHECKBOX}
    assert dialog.skipped_tree.isVisibleTo(dialog)
    assert dialog.skipped_tree.topLevelItemCount() == 1
    item = dialog.skipped_tree.topLevelItem(0)
    assert item is not None
    assert "radio" in item.text(0)
    dialog.reject()


def _hidden_composer(tmp_path: Path, name: str) -> ComposerWidget:
    """A composer on a copy of `name`, never shown (nothing renders) and not handed to qtbot: the test
    deletes it."""
    pdf = tmp_path / name
    shutil.copy(FILES_DIR / name, pdf)
    envelope = Envelope(
        local_id=new_id(), provider=ProviderKind.ASSENTLY, documents=(domain_document(inspect_pdf(pdf), pdf),)
    )
    composer = ComposerWidget()
    composer.load(envelope, [pdf])
    return composer


def test_the_marks_of_a_composer_deleted_before_they_were_read_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[Path] = []

    def recording_marks(path: Path) -> tuple[tuple[PageMark, ...], ...]:
        read.append(path)
        return page_marks(path)

    monkeypatch.setattr(layer_module, "page_marks", recording_marks)
    with pool_busy():
        composer = _hidden_composer(tmp_path, "form-two-fields.pdf")  # the layer asks for the marks
        composer.view.renderer.wait_idle()
        delete_now(composer)

    assert read == []


def test_an_import_scan_still_queued_when_the_composer_is_deleted_never_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned: list[Path] = []

    def recording_scan(path: Path) -> list[ImportedField | SkippedField]:
        scanned.append(path)
        return find_importable_fields(path)

    monkeypatch.setattr(composer_module, "find_importable_fields", recording_scan)
    composer = _hidden_composer(tmp_path, "form-button-widgets.pdf")
    with pool_busy():
        composer.open_import_preview()
        composer.view.renderer.wait_idle()
        delete_now(composer)

    assert scanned == []

"""Properties panel (typed geometry in provider units, per-kind properties) and the field import preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDoubleSpinBox
from pytestqt.qtbot import QtBot

from esign_desktop.domain.geometry import GMOSIGN_UNITS, GridPlacement, PageBox, PageRect, UserBox
from esign_desktop.domain.model import Field, FieldKind, ProviderKind, new_id
from esign_desktop.ui.editor.composer import ComposerWidget, build_demo_composer
from esign_desktop.ui.editor.import_preview import ImportPreviewDialog
from tests.gui.composer_helpers import make_composer
from tests.pdf_factory import A4, PageSpec, TextSpec, WidgetKind, WidgetSpec, make_mixed_pdf, make_pdf

pytestmark = pytest.mark.gui


@pytest.fixture
def composers(qtbot: QtBot) -> Iterator[list[ComposerWidget]]:
    made: list[ComposerWidget] = []
    yield made
    for composer in made:
        composer.shutdown()
        composer.close()


def type_into(spin: QDoubleSpinBox, text: str) -> None:
    spin.selectAll()
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)


def test_gmo_geometry_is_typed_in_whole_percent(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    pdf = make_mixed_pdf(tmp_path / "mixed.pdf")
    field = Field(new_id(), FieldKind.TEXT, 0, 2, PageRect(0.10, 0.20, 0.30, 0.25), party_id="alice")
    composer = make_composer(qtbot, pdf, ProviderKind.GMOSIGN, (field,))
    composers.append(composer)
    composer.state.select([field.id])
    panel = composer.properties
    assert (panel.x_spin.value(), panel.y_spin.value(), panel.width_spin.value()) == (10, 20, 20)
    assert panel.x_spin.decimals() == 0
    type_into(panel.x_spin, "33")
    type_into(panel.height_spin, "7")
    (edited,) = composer.state.fields
    assert GMOSIGN_UNITS.to_units(edited.rect, edited.page) == GridPlacement(2, 33, 20, 53, 27)
    # Out of the page: pulled back inside, and the panel shows what is stored.
    type_into(panel.x_spin, "95")
    (edited,) = composer.state.fields
    assert GMOSIGN_UNITS.to_units(edited.rect, edited.page).start_x == 80
    assert panel.x_spin.value() == 80
    composer.undo_stack.undo()
    composer.undo_stack.undo()
    composer.undo_stack.undo()
    assert composer.state.fields == (field,)


def test_assently_geometry_is_typed_in_points(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    pdf = make_pdf(tmp_path / "rotated.pdf", [PageSpec(*A4, rotate=90)])
    field = Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.10, 0.20, 0.30, 0.25), party_id="alice")
    composer = make_composer(qtbot, pdf, ProviderKind.ASSENTLY, (field,))
    composers.append(composer)
    composer.state.select([field.id])
    panel = composer.properties
    # Rotated A4 is displayed 842 x 595 points.
    assert panel.x_spin.value() == pytest.approx(84.2)
    assert panel.y_spin.value() == pytest.approx(119.0)
    type_into(panel.x_spin, "421")
    (edited,) = composer.state.fields
    assert edited.rect.x0 == pytest.approx(0.5)
    assert edited.rect.width == pytest.approx(0.20)


def test_per_kind_properties_and_party_go_through_undo(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    pdf = make_mixed_pdf(tmp_path / "mixed.pdf")
    text = Field(new_id(), FieldKind.TEXT, 0, 1, PageRect(0.1, 0.1, 0.3, 0.15), party_id="alice")
    box = Field(new_id(), FieldKind.CHECKBOX, 0, 1, PageRect(0.1, 0.2, 0.12, 0.22), party_id="alice")
    composer = make_composer(qtbot, pdf, ProviderKind.GMOSIGN, (text, box))
    composers.append(composer)
    panel = composer.properties
    composer.state.select([text.id])
    assert not panel.checked_check.isVisibleTo(panel)
    assert panel.font_combo.isVisibleTo(panel)
    panel.label_edit.setText("Customer reference")
    panel.label_edit.editingFinished.emit()
    panel.font_combo.setCurrentIndex(panel.font_combo.findData(14))
    panel.font_combo.activated.emit(panel.font_combo.currentIndex())
    panel.party_combo.activated.emit(panel.party_combo.findData("bob"))
    edited = composer.state.fields[0]
    assert (edited.label, edited.font_size, edited.party_id) == ("Customer reference", 14.0, "bob")
    composer.state.select([box.id])
    assert panel.checked_check.isVisibleTo(panel)
    assert not panel.font_combo.isVisibleTo(panel)
    panel.checked_check.setChecked(True)
    assert composer.state.fields[1].checkbox_default is True
    assert composer.undo_stack.count() == 4
    for _ in range(4):
        composer.undo_stack.undo()
    assert composer.state.fields == (text, box)


def test_import_preview_adds_ticked_fields_in_one_command(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    pdf = make_pdf(
        tmp_path / "form.pdf",
        [
            PageSpec(
                *A4, widgets=[WidgetSpec(WidgetKind.TEXT, (100, 700, 300, 720), "name", label="Full name")]
            ),
            PageSpec(*A4, rotate=90, texts=[TextSpec(72, 300, "{{signature:2}}")]),
            PageSpec(*A4, widgets=[WidgetSpec(WidgetKind.CHECKBOX, (100, 100, 112, 112), "agree")]),
        ],
    )
    composer = make_composer(qtbot, pdf, ProviderKind.GMOSIGN)
    composers.append(composer)
    with qtbot.waitSignal(composer.import_preview_opened, timeout=10_000) as opened:
        composer.open_import_preview()
    dialog = opened.args[0]
    assert isinstance(dialog, ImportPreviewDialog)
    assert dialog.isVisible()  # opened with open(): the test goes on without a nested event loop
    assert dialog.tree.topLevelItemCount() == 3
    checkbox_row = next(i for i, f in enumerate(dialog.found) if f.kind is FieldKind.CHECKBOX)
    item = dialog.tree.topLevelItem(checkbox_row)
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.add_button.click()

    fields = composer.state.fields
    assert sorted(f.kind for f in fields) == [FieldKind.SIGNATURE, FieldKind.TEXT]
    text = next(f for f in fields if f.kind is FieldKind.TEXT)
    # The widget's /Rect, as GMO Sign integers of the (unrotated) A4 page, top-left origin.
    expected = PageBox.from_raw((0, 0, *A4)).to_page_rect(UserBox(100, 700, 300, 720))
    assert GMOSIGN_UNITS.to_units(text.rect, 1) == GMOSIGN_UNITS.to_units(expected, 1)
    assert text.label == "Full name"
    signature = next(f for f in fields if f.kind is FieldKind.SIGNATURE)
    assert (signature.page, signature.party_id) == (2, "bob")
    assert composer.undo_stack.count() == 1
    composer.undo_stack.undo()
    assert composer.state.fields == ()


def test_demo_composer_shows_the_sample_contract(qtbot: QtBot) -> None:
    composer = build_demo_composer()
    qtbot.addWidget(composer)
    try:
        with qtbot.waitSignal(composer.view.page_shown, timeout=10_000):
            composer.show()
        assert len(composer.envelope().fields) == 5
        assert composer.state.selected_ids == {composer.envelope().fields[0].id}
        assert not composer.grab().isNull()
    finally:
        composer.shutdown()
        composer.close()


def test_thumbnails_follow_and_drive_the_view(
    qtbot: QtBot, tmp_path: Path, composers: list[ComposerWidget]
) -> None:
    composer = make_composer(qtbot, make_mixed_pdf(tmp_path / "mixed.pdf"), ProviderKind.GMOSIGN)
    composers.append(composer)
    strip = composer.thumbnails
    assert strip.count() == 4
    strip.setCurrentRow(2)
    assert composer.view.current_page() == 2
    composer.view.scroll_to_page(0)
    assert strip.currentRow() == 0

    def first_thumbnail_rendered() -> bool:
        return composer.view.renderer.cached(strip._key(0)) is not None

    qtbot.waitUntil(first_thumbnail_rendered, timeout=5000)

"""Placing and editing fields in the composer on rotated, cropped and mixed-size pages.

Expected provider coordinates are computed here from the test PDF's known page sizes and GMO Sign's rounding
rule (nearest, halves up), independently of the editor's own arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from esign_desktop.domain.geometry import GMOSIGN_UNITS, GridPlacement, PageRect
from esign_desktop.domain.model import Field, FieldKind, ProviderKind, new_id
from esign_desktop.ui.editor.composer import ComposerWidget
from esign_desktop.ui.editor.field_overlay import field_kind_mime
from esign_desktop.ui.editor.placement import DEFAULT_SIZES_PT, Edge
from tests.gui.composer_helpers import make_composer
from tests.pdf_factory import A4, LETTER, make_mixed_pdf

pytestmark = pytest.mark.gui

# Displayed sizes of make_mixed_pdf's pages (points): A4, A4 rotated 90, Letter landscape rotated 180,
# A5 cropped to (20, 30, 148mm - 10, 210mm - 40) and rotated -90 (so sideways).
_MM = 72 / 25.4
DISPLAYED = [
    (A4[0], A4[1]),
    (A4[1], A4[0]),
    (LETTER[1], LETTER[0]),
    ((210 * _MM - 40) - 30, (148 * _MM - 10) - 20),
]


def half_up(value: float) -> int:
    return math.floor(value + 0.5)


def units(field: Field) -> GridPlacement:
    return GMOSIGN_UNITS.to_units(field.rect, field.page)


@pytest.fixture
def mixed_pdf(tmp_path: Path) -> Path:
    return make_mixed_pdf(tmp_path / "mixed.pdf")


@pytest.fixture
def gmo(qtbot: QtBot, mixed_pdf: Path) -> Iterator[ComposerWidget]:
    composer = make_composer(qtbot, mixed_pdf, ProviderKind.GMOSIGN)
    yield composer
    composer.shutdown()
    composer.close()


def send_mouse(
    widget: QWidget,
    kind: QEvent.Type,
    position: QPointF,
    buttons: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else buttons
    event = QMouseEvent(kind, position, widget.mapToGlobal(position), button, held, modifiers)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPointF, end: QPointF, steps: int = 4) -> None:
    send_mouse(widget, QEvent.Type.MouseButtonPress, start)
    for step in range(1, steps + 1):
        send_mouse(widget, QEvent.Type.MouseMove, start + (end - start) * (step / steps))
    send_mouse(widget, QEvent.Type.MouseButtonRelease, end)


def pixel(composer: ComposerWidget, page: int, u: float, v: float) -> QPointF:
    """A point on 1-based `page` at fractions (u, v), after scrolling it into view."""
    composer.view.scroll_to_page(page - 1)
    x, y = composer.view.page_view(page - 1).fraction_to_pixel(u, v)
    return QPointF(x, y)


def only_field(composer: ComposerWidget) -> Field:
    (field,) = composer.state.fields
    return field


def field_ids(composer: ComposerWidget) -> set[str]:
    return {f.id for f in composer.state.fields}


def add_field(composer: ComposerWidget, page: int, rect: PageRect, kind: FieldKind = FieldKind.TEXT) -> Field:
    field = Field(new_id(), kind, 0, page, rect, party_id="alice")
    composer.editor.add([field])
    return field


@pytest.mark.parametrize("page", [1, 2, 3, 4])
def test_key_places_default_field_at_pointer_snapped_to_the_grid(gmo: ComposerWidget, page: int) -> None:
    overlay = gmo.overlay
    point = pixel(gmo, page, 0.5, 0.5)
    send_mouse(overlay, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton)
    overlay.setFocus()
    QTest.keyClick(overlay, Qt.Key.Key_S)

    field = only_field(gmo)
    width, height = DISPLAYED[page - 1]
    sig_w, sig_h = DEFAULT_SIZES_PT[FieldKind.SIGNATURE]
    x0, x1 = half_up((0.5 - sig_w / width / 2) * 100), half_up((0.5 + sig_w / width / 2) * 100)
    y0, y1 = half_up((0.5 - sig_h / height / 2) * 100), half_up((0.5 + sig_h / height / 2) * 100)
    assert field.kind is FieldKind.SIGNATURE
    assert field.party_id == "alice"
    assert units(field) == GridPlacement(page, x0, y0, x1, y1)
    # What is drawn is the snapped rectangle: its pixel box maps back to exactly those integers.
    view = gmo.view.page_view(page - 1)
    drawn = overlay.field_view_rect(field)
    u0, v0 = view.pixel_to_fraction(drawn.left(), drawn.top())
    u1, v1 = view.pixel_to_fraction(drawn.right(), drawn.bottom())
    assert (round(u0 * 100, 6), round(v0 * 100, 6), round(u1 * 100, 6), round(v1 * 100, 6)) == (
        x0,
        y0,
        x1,
        y1,
    )
    assert drawn.contains(point)


def test_draw_tool_gives_the_snapped_rectangle(gmo: ComposerWidget) -> None:
    gmo.overlay.set_tool(FieldKind.TEXT)
    start, end = pixel(gmo, 2, 0.123, 0.234), pixel(gmo, 2, 0.456, 0.318)
    drag(gmo.overlay, start, end)
    field = only_field(gmo)
    assert field.kind is FieldKind.TEXT
    assert units(field) == GridPlacement(2, 12, 23, 46, 32)
    assert field.rect == PageRect(0.12, 0.23, 0.46, 0.32)


def test_drag_moves_field_on_cropped_rotated_page_and_undo_redo(gmo: ComposerWidget) -> None:
    original = add_field(gmo, 4, PageRect(0.20, 0.30, 0.40, 0.40))
    gmo.view.scroll_to_page(3)
    view = gmo.view.page_view(3)
    width_px, height_px = view.size
    grab = pixel(gmo, 4, 0.25, 0.35)
    # 10.2% right and 5.1% down: the move snaps to whole grid steps and keeps the size.
    drag(gmo.overlay, grab, grab + QPointF(0.102 * width_px, 0.051 * height_px))
    moved = only_field(gmo)
    assert units(moved) == GridPlacement(4, 30, 35, 50, 45)
    assert gmo.undo_stack.count() == 2  # add, move (one command for the whole drag)
    gmo.undo_stack.undo()
    assert only_field(gmo) == original
    gmo.undo_stack.redo()
    assert units(only_field(gmo)) == GridPlacement(4, 30, 35, 50, 45)


def test_resize_with_corner_handle_on_mixed_size_page(gmo: ComposerWidget) -> None:
    field = add_field(gmo, 3, PageRect(0.10, 0.10, 0.30, 0.20))
    gmo.state.select([field.id])
    corner = pixel(gmo, 3, 0.30, 0.20)
    target = pixel(gmo, 3, 0.553, 0.372)
    drag(gmo.overlay, corner, target)
    assert units(only_field(gmo)) == GridPlacement(3, 10, 10, 55, 37)
    gmo.undo_stack.undo()
    assert units(only_field(gmo)) == GridPlacement(3, 10, 10, 30, 20)


def test_arrow_nudges_merge_into_one_undo_step(gmo: ComposerWidget) -> None:
    field = add_field(gmo, 2, PageRect(0.50, 0.50, 0.60, 0.55))
    gmo.state.select([field.id])
    gmo.overlay.setFocus()
    for _ in range(3):
        QTest.keyClick(gmo.overlay, Qt.Key.Key_Right)
    QTest.keyClick(gmo.overlay, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert units(only_field(gmo)) == GridPlacement(2, 53, 60, 63, 65)
    assert gmo.undo_stack.count() == 2
    gmo.undo_stack.undo()
    assert units(only_field(gmo)) == GridPlacement(2, 50, 50, 60, 55)


def test_nudge_stops_at_the_page_edge(gmo: ComposerWidget) -> None:
    field = add_field(gmo, 1, PageRect(0.95, 0.0, 0.99, 0.05))
    gmo.state.select([field.id])
    gmo.overlay.nudge_selection(10, -10)
    assert units(only_field(gmo)) == GridPlacement(1, 96, 0, 100, 5)


def test_duplicate_to_page_range_keeps_size_in_points(gmo: ComposerWidget) -> None:
    field = add_field(gmo, 1, PageRect(0.40, 0.80, 0.60, 0.85), FieldKind.SIGNATURE)
    gmo.state.select([field.id])
    gmo.page_range_edit.setText("2-4")
    copies = gmo.duplicate_to_page_range()
    assert [c.page for c in copies] == [2, 3, 4]
    source_w, source_h = DISPLAYED[0]
    for copy in copies:
        width, height = DISPLAYED[copy.page - 1]
        half_w = 0.20 * source_w / width / 2
        half_h = 0.05 * source_h / height / 2
        expected = GridPlacement(
            copy.page,
            half_up((0.5 - half_w) * 100),
            half_up((0.825 - half_h) * 100),
            half_up((0.5 + half_w) * 100),
            half_up((0.825 + half_h) * 100),
        )
        assert units(copy) == expected
    assert len(gmo.state.fields) == 4
    gmo.undo_stack.undo()
    assert list(gmo.state.fields) == [field]


def test_bad_page_range_is_explained(gmo: ComposerWidget, qtbot: QtBot) -> None:
    field = add_field(gmo, 1, PageRect(0.1, 0.1, 0.2, 0.2))
    gmo.state.select([field.id])
    gmo.page_range_edit.setText("3-9")
    with qtbot.waitSignal(gmo.status_message) as message:
        assert gmo.duplicate_to_page_range() == []
    assert "between 1 and 4" in message.args[0]


def test_copy_paste_on_same_page_offsets_by_two_steps(gmo: ComposerWidget) -> None:
    field = add_field(gmo, 1, PageRect(0.10, 0.10, 0.20, 0.15))
    gmo.view.scroll_to_page(0)
    gmo.state.select([field.id])
    assert gmo.overlay.copy_selection() == 1
    (pasted,) = gmo.overlay.paste()
    assert pasted.id != field.id
    assert units(pasted) == GridPlacement(1, 12, 12, 22, 17)
    assert gmo.state.selected_ids == {pasted.id}


def test_rubber_band_and_align_left(gmo: ComposerWidget) -> None:
    a = add_field(gmo, 1, PageRect(0.10, 0.10, 0.20, 0.15))
    b = add_field(gmo, 1, PageRect(0.15, 0.20, 0.35, 0.25))
    c = add_field(gmo, 1, PageRect(0.30, 0.30, 0.40, 0.35))
    outside = add_field(gmo, 1, PageRect(0.70, 0.70, 0.80, 0.75))
    gmo.state.clear_selection()
    drag(gmo.overlay, pixel(gmo, 1, 0.05, 0.05), pixel(gmo, 1, 0.45, 0.40))
    assert gmo.state.selected_ids == {a.id, b.id, c.id}
    gmo.overlay.align_selection(Edge.LEFT)
    placements = {f.id: units(f) for f in gmo.state.fields}
    assert placements[a.id] == GridPlacement(1, 10, 10, 20, 15)
    assert placements[b.id] == GridPlacement(1, 10, 20, 30, 25)
    assert placements[c.id] == GridPlacement(1, 10, 30, 20, 35)
    assert placements[outside.id] == GridPlacement(1, 70, 70, 80, 75)
    gmo.overlay.align_selection(Edge.CENTRE_VERTICAL)
    assert {units(f).start_y + units(f).end_y for f in gmo.state.selected_fields()} == {45}


def test_ctrl_click_adds_to_selection_and_delete_removes(gmo: ComposerWidget) -> None:
    a = add_field(gmo, 1, PageRect(0.10, 0.10, 0.20, 0.15))
    b = add_field(gmo, 1, PageRect(0.50, 0.50, 0.60, 0.55))
    gmo.state.clear_selection()
    send_mouse(gmo.overlay, QEvent.Type.MouseButtonPress, pixel(gmo, 1, 0.15, 0.12))
    send_mouse(gmo.overlay, QEvent.Type.MouseButtonRelease, pixel(gmo, 1, 0.15, 0.12))
    ctrl = Qt.KeyboardModifier.ControlModifier
    send_mouse(gmo.overlay, QEvent.Type.MouseButtonPress, pixel(gmo, 1, 0.55, 0.52), modifiers=ctrl)
    send_mouse(gmo.overlay, QEvent.Type.MouseButtonRelease, pixel(gmo, 1, 0.55, 0.52), modifiers=ctrl)
    assert gmo.state.selected_ids == {a.id, b.id}
    gmo.overlay.delete_selection()
    assert field_ids(gmo) == set()
    gmo.undo_stack.undo()
    assert field_ids(gmo) == {a.id, b.id}


def test_drop_from_palette_places_default_field(gmo: ComposerWidget) -> None:
    point = pixel(gmo, 1, 0.30, 0.60)
    mime = field_kind_mime(FieldKind.CHECKBOX)
    event = QDropEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    # QApplication delivers drops only inside a real drag loop, so hand the event to the handler.
    gmo.overlay.dropEvent(event)
    assert event.isAccepted()
    field = only_field(gmo)
    width, height = DISPLAYED[0]
    half_w, half_h = 7 / width, 7 / height
    assert field.kind is FieldKind.CHECKBOX
    assert units(field) == GridPlacement(
        1,
        half_up((0.3 - half_w) * 100),
        half_up((0.6 - half_h) * 100),
        half_up((0.3 + half_w) * 100),
        half_up((0.6 + half_h) * 100),
    )


def test_assently_snaps_to_other_fields_edges_without_grid(qtbot: QtBot, mixed_pdf: Path) -> None:
    composer = make_composer(qtbot, mixed_pdf, ProviderKind.ASSENTLY)
    try:
        anchor = add_field(composer, 1, PageRect(0.1234, 0.10, 0.30, 0.15))
        mover = add_field(composer, 1, PageRect(0.50, 0.40, 0.70, 0.45))
        view = composer.view.page_view(0)
        width_px, _ = view.size
        grab = pixel(composer, 1, 0.60, 0.42)
        # Left edge to 3 px right of the anchor's left edge: the edge snap pulls it on exactly.
        dx = (0.1234 - 0.50) * width_px + 3
        drag(composer.overlay, grab, grab + QPointF(dx, 0))
        moved = next(f for f in composer.state.fields if f.id == mover.id)
        assert moved.rect.x0 == pytest.approx(anchor.rect.x0, abs=1e-12)
        assert moved.rect.width == pytest.approx(0.20, abs=1e-12)
        # Without a grid the exact position stays (no rounding): y did not move.
        assert moved.rect.y0 == pytest.approx(0.40, abs=1e-12)
    finally:
        composer.shutdown()
        composer.close()


def test_envelope_returns_edited_fields(gmo: ComposerWidget, qtbot: QtBot) -> None:
    with qtbot.waitSignal(gmo.fields_changed):
        field = add_field(gmo, 2, PageRect(0.1, 0.1, 0.2, 0.2))
    assert gmo.envelope().fields == (field,)

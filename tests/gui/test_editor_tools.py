"""The placement tools, driven with the mouse and keyboard on real widgets: the ghost under a palette drag,
smart guides (Alt suspends snapping), the context menu, align / distribute / same size from keys and menus,
duplicate to all or chosen pages, copy and paste across pages and documents, and the visible field order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, ProviderKind, new_id
from esign_desktop.pdf.preflight import domain_document, inspect_pdf
from esign_desktop.ui.editor.composer import ComposerWidget
from esign_desktop.ui.editor.field_overlay import EDGE_SNAP_PX, field_kind_mime
from tests.gui.test_editor_placement import add_field, pixel, send_mouse
from tests.pdf_factory import A4, PageSpec, make_pdf

pytestmark = pytest.mark.gui

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def composer(qtbot: QtBot, tmp_path: Path) -> Iterator[ComposerWidget]:
    """Assently (no grid, so geometry is exact) over two documents: four A4 pages and two A4 pages."""
    first = make_pdf(tmp_path / "four.pdf", [PageSpec(*A4)] * 4)
    second = make_pdf(tmp_path / "two.pdf", [PageSpec(*A4)] * 2)
    documents = tuple(domain_document(inspect_pdf(p), p) for p in (first, second))
    parties = (Party(id="alice", name="Alice"), Party(id="bob", name="Bob"))
    envelope = Envelope(
        local_id=new_id(), provider=ProviderKind.ASSENTLY, documents=documents, parties=parties
    )
    widget = ComposerWidget()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.load(envelope)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts need an active window
    yield widget
    widget.shutdown()


def _centre(composer: ComposerWidget, field: Field) -> QPointF:
    return composer.overlay.field_view_rect(field).center()


def _click(
    composer: ComposerWidget, point: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    overlay = composer.overlay
    send_mouse(overlay, QEvent.Type.MouseButtonPress, point, modifiers=modifiers)
    send_mouse(overlay, QEvent.Type.MouseButtonRelease, point, modifiers=modifiers)


def _ghost_of(composer: ComposerWidget) -> Field | None:
    return composer.overlay.ghost


def _fields(composer: ComposerWidget, *ids: str) -> list[Field]:
    by_id = {f.id: f for f in composer.state.fields}
    return [by_id[i] for i in ids]


# PySide6 maps a QPointF to QDragMoveEvent's deprecated QPoint constructor; the event is the same.
@pytest.mark.filterwarnings("ignore:Function.*QDragMoveEvent:DeprecationWarning")
def test_a_ghost_follows_a_palette_drag_and_the_drop_lands_on_it(composer: ComposerWidget) -> None:
    overlay = composer.overlay
    mime = field_kind_mime(FieldKind.SIGNATURE)
    # QApplication delivers drag events only inside a real drag loop, so hand them to the handlers.
    for u in (0.3, 0.5):
        point = pixel(composer, 1, u, 0.4)
        overlay.dragMoveEvent(
            QDragMoveEvent(
                point.toPoint(),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        ghost = overlay.ghost
        assert ghost is not None
        assert ghost.rect.center[0] == pytest.approx(u, abs=0.01)
        assert ghost.kind is FieldKind.SIGNATURE
        assert ghost.party_id == composer.state.active_party_id == "alice"
    overlay.dragLeaveEvent(QDragLeaveEvent())
    assert overlay.ghost is None
    point = pixel(composer, 1, 0.5, 0.4)
    overlay.dragMoveEvent(
        QDragMoveEvent(
            point.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    shown = _ghost_of(composer)
    assert shown is not None
    overlay.dropEvent(
        QDropEvent(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    assert overlay.ghost is None
    (placed,) = composer.state.fields
    corners = (placed.rect.x0, placed.rect.y0, placed.rect.x1, placed.rect.y1)
    ghost_corners = (shown.rect.x0, shown.rect.y0, shown.rect.x1, shown.rect.y1)
    for mine, ghosts in zip(corners, ghost_corners, strict=True):
        assert mine == pytest.approx(ghosts, abs=0.002)  # where the ghost was, within a pixel


@pytest.mark.parametrize("alt", [False, True])
def test_smart_guides_snap_a_moved_field_and_alt_suspends_them(composer: ComposerWidget, alt: bool) -> None:
    anchor = add_field(composer, 1, PageRect(0.2, 0.1, 0.4, 0.15))
    moving = add_field(composer, 1, PageRect(0.55, 0.3, 0.7, 0.35))
    composer.state.clear_selection()
    view = composer.view.page_view(0)
    width, _ = view.size
    start = _centre(composer, moving)
    off = (EDGE_SNAP_PX - 2) / width  # close to the anchor's left edge, inside the snapping distance
    end = start + QPointF((0.2 + off - 0.55) * width, 0)
    modifiers = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    overlay = composer.overlay
    send_mouse(overlay, QEvent.Type.MouseButtonPress, start)
    for step in (0.5, 1.0):
        send_mouse(overlay, QEvent.Type.MouseMove, start + (end - start) * step, modifiers=modifiers)
    guides = overlay.guides
    send_mouse(overlay, QEvent.Type.MouseButtonRelease, end, modifiers=modifiers)
    (moved,) = _fields(composer, moving.id)
    if alt:
        assert guides is None
        assert moved.rect.x0 == pytest.approx(0.2 + off, abs=0.5 / width)
    else:
        assert guides is not None
        assert anchor.rect.x0 in guides.xs
        assert moved.rect.x0 == pytest.approx(0.2, abs=1e-9)
    assert overlay.guides is None  # gone with the drag


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen cannot raise or grab for a popup
def test_the_context_menu_selects_the_field_and_offers_the_tools(composer: ComposerWidget) -> None:
    field = add_field(composer, 1, PageRect(0.2, 0.2, 0.4, 0.25))
    composer.state.clear_selection()
    point = _centre(composer, field).toPoint()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, composer.overlay.mapToGlobal(point))
    QApplication.sendEvent(composer.overlay, event)
    menu = composer.overlay.context_menu
    assert menu is not None
    assert menu.isVisible()
    assert composer.state.selected_ids == {field.id}
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Copy fields", "Paste fields", "Delete"]
    assert "Duplicate to all pages" in texts
    assert "&Arrange" in texts
    arrange = next(a for a in menu.actions() if a.text() == "&Arrange").menu()
    assert arrange is composer.arrange_menu
    next(a for a in menu.actions() if a.text() == "Delete").trigger()
    menu.close()
    assert composer.state.fields == ()
    # on an empty page with nothing selected, only what needs no selection is offered
    QApplication.sendEvent(composer.overlay, event)
    menu = composer.overlay.context_menu
    assert menu is not None
    enabled = {a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()}
    assert enabled == {"Paste fields", "Select all fields"}
    menu.close()


def test_align_distribute_and_same_size_from_keys_on_a_mouse_selection(composer: ComposerWidget) -> None:
    a = add_field(composer, 1, PageRect(0.10, 0.20, 0.30, 0.25))
    b = add_field(composer, 1, PageRect(0.14, 0.40, 0.24, 0.44))
    c = add_field(composer, 1, PageRect(0.12, 0.70, 0.42, 0.78))
    composer.state.clear_selection()
    _click(composer, _centre(composer, a))
    _click(composer, _centre(composer, b), Qt.KeyboardModifier.ControlModifier)
    _click(composer, _centre(composer, c), Qt.KeyboardModifier.ControlModifier)  # c is pressed last
    assert composer.state.selected_ids == {a.id, b.id, c.id}
    overlay = composer.overlay
    QTest.keyClick(overlay, Qt.Key.Key_Left, CTRL_ALT)
    assert all(f.rect.x0 == pytest.approx(0.10) for f in _fields(composer, a.id, b.id, c.id))
    QTest.keyClick(overlay, Qt.Key.Key_V, CTRL_ALT | Qt.KeyboardModifier.ShiftModifier)
    fa, fb, fc = _fields(composer, a.id, b.id, c.id)
    assert fb.rect.y0 - fa.rect.y1 == pytest.approx(fc.rect.y0 - fb.rect.y1)
    assert (fa.rect.y0, fc.rect.y1) == pytest.approx((0.20, 0.78))
    QTest.keyClick(overlay, Qt.Key.Key_S, CTRL_ALT)
    for f in _fields(composer, a.id, b.id, c.id):
        assert (f.rect.width, f.rect.height) == pytest.approx((0.30, 0.08))
    # one undo step per tool
    composer.undo_action.trigger()
    assert [f.rect for f in _fields(composer, a.id, b.id, c.id)] == [fa.rect, fb.rect, fc.rect]
    # the same tools in the menu
    texts = [action.text() for action in composer.arrange_menu.actions() if not action.isSeparator()]
    assert texts == [
        "Align left edges",
        "Align right edges",
        "Align top edges",
        "Align bottom edges",
        "Align centres, horizontally",
        "Align centres, vertically",
        "Distribute horizontally",
        "Distribute vertically",
        "Same width",
        "Same height",
        "Same size",
    ]


def test_duplicate_to_all_pages_and_to_chosen_pages(composer: ComposerWidget) -> None:
    field = add_field(composer, 1, PageRect(0.6, 0.85, 0.9, 0.9), FieldKind.SIGNATURE)
    _click(composer, _centre(composer, field))
    QTest.keyClick(
        composer.overlay,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sorted(f.page for f in composer.state.fields) == [1, 2, 3, 4]
    assert {f.rect for f in composer.state.fields} == {field.rect}
    composer.undo_action.trigger()
    composer.state.select([field.id])
    composer.page_range_edit.setFocus()
    QTest.keyClicks(composer.page_range_edit, "2, 4")
    QTest.keyClick(composer.page_range_edit, Qt.Key.Key_Return)
    assert sorted(f.page for f in composer.state.fields) == [1, 2, 4]


def test_copy_and_paste_across_pages_and_documents(composer: ComposerWidget) -> None:
    field = add_field(composer, 2, PageRect(0.1, 0.5, 0.4, 0.56), FieldKind.SIGNATURE)
    composer.state.select([field.id])
    composer.overlay.setFocus()
    QTest.keyClick(composer.overlay, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    composer.view.scroll_to_page(3)
    QTest.keyClick(composer.overlay, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    composer.show_document(1)
    composer.view.scroll_to_page(1)
    composer.overlay.setFocus()
    QTest.keyClick(composer.overlay, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    copies = [f for f in composer.state.fields if f.id != field.id]
    assert [(f.document, f.page) for f in copies] == [(0, 4), (1, 2)]
    for copy in copies:
        assert copy.rect == field.rect  # same size of page: same place
        assert (copy.kind, copy.party_id) == (field.kind, field.party_id)


def test_each_field_shows_its_place_in_the_documents_order(composer: ComposerWidget) -> None:
    first = add_field(composer, 3, PageRect(0.1, 0.1, 0.2, 0.15))
    second = add_field(composer, 1, PageRect(0.1, 0.1, 0.2, 0.15))
    other = Field(new_id(), FieldKind.TEXT, 1, 1, PageRect(0.1, 0.1, 0.2, 0.15), party_id="bob")
    composer.editor.add([other])
    overlay = composer.overlay
    assert [overlay.field_order(f.id) for f in (first, second)] == [1, 2]
    assert overlay.field_order(other.id) == 1  # numbered per document
    composer.show_document(1)
    assert overlay.field_order(other.id) == 1


@pytest.mark.parametrize("alt", [False, True])
def test_a_resize_snaps_to_another_fields_edge_unless_alt_is_held(
    composer: ComposerWidget, alt: bool
) -> None:
    add_field(composer, 1, PageRect(0.2, 0.1, 0.5, 0.15))
    resized = add_field(composer, 1, PageRect(0.2, 0.3, 0.4, 0.35))
    composer.state.select([resized.id])
    view = composer.view.page_view(0)
    width, _ = view.size
    box = composer.overlay.field_view_rect(resized)
    start = QPointF(box.right(), box.center().y())  # the right-hand handle
    off = (EDGE_SNAP_PX - 2) / width
    end = QPointF(view.origin_x + (0.5 - off) * width, start.y())  # just short of the other's right edge
    modifiers = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    overlay = composer.overlay
    send_mouse(overlay, QEvent.Type.MouseButtonPress, start)
    send_mouse(overlay, QEvent.Type.MouseMove, (start + end) / 2, modifiers=modifiers)
    send_mouse(overlay, QEvent.Type.MouseMove, end, modifiers=modifiers)
    send_mouse(overlay, QEvent.Type.MouseButtonRelease, end, modifiers=modifiers)
    (after,) = _fields(composer, resized.id)
    if alt:
        assert after.rect.x1 == pytest.approx(0.5 - off, abs=1.0 / width)
    else:
        assert after.rect.x1 == pytest.approx(0.5, abs=1e-9)

"""Fields drawn over the page view, and every mouse and keyboard gesture that places or edits them.

The overlay is a transparent child of the view's viewport. It keeps no geometry of its own: positions come
from the view's page transforms (PdfPageView.page_view) and fields from the EditorState, so zoom and scroll
need only a repaint. During a drag the moved fields live in a preview and one command is pushed on release.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum, auto

from PySide6.QtCore import QMimeData, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QMenu, QWidget

from esign_desktop.domain.geometry import PageRect, PageView
from esign_desktop.domain.model import Field, FieldKind, new_id
from esign_desktop.ui.contrast import text_colour_on
from esign_desktop.ui.editor.commands import FieldEditor
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.page_view import PdfPageView
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.editor.placement import (
    BIG_STEP,
    Edge,
    Guides,
    Handle,
    PlacementRules,
    aligned_rects,
    default_rect,
    distributed_rects,
    duplicated_to_pages,
    moved_rect,
    nudged_rect,
    rect_on_other_page,
    resized_rect,
    same_size_rects,
    smart_snap,
    snapped_to_edges,
)
from esign_desktop.ui.labels import field_kind_label, party_name
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

FIELD_KIND_MIME = "application/x-esign-field-kind"
EDGE_SNAP_PX = 6.0  # other fields' edges pull a moved edge within this many pixels
HANDLE_PX = 7.0
DRAG_THRESHOLD_PX = 4.0
KIND_KEYS = {
    Qt.Key.Key_S: FieldKind.SIGNATURE,
    Qt.Key.Key_D: FieldKind.DATE,
    Qt.Key.Key_T: FieldKind.TEXT,
    Qt.Key.Key_C: FieldKind.CHECKBOX,
}
_NUDGE_KEYS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_CONTINUOUS = PlacementRules(grid=None)


def field_kind_mime(kind: FieldKind) -> QMimeData:
    """What the palette puts on the drag: the kind of field to place."""
    data = QMimeData()
    data.setData(FIELD_KIND_MIME, kind.value.encode())
    return data


def _kind_from_mime(data: QMimeData) -> FieldKind | None:
    if not data.hasFormat(FIELD_KIND_MIME):
        return None
    try:
        return FieldKind(bytes(data.data(FIELD_KIND_MIME).data()).decode())
    except ValueError:
        return None


class _Gesture(Enum):
    MOVE = auto()
    RESIZE = auto()
    DRAW = auto()
    RUBBER_BAND = auto()


@dataclass(slots=True)
class _Drag:
    gesture: _Gesture
    start: QPointF
    page: int = 0  # 0-based page the gesture started on
    anchor: tuple[float, float] = (0.0, 0.0)  # fractions on that page
    originals: dict[str, Field] = field(default_factory=dict)
    primary: str = ""  # the field under the pointer (snapping follows it)
    handle: Handle | None = None
    add_to_selection: bool = False
    moved: bool = False


class FieldOverlay(QWidget):
    """Draws every field of the visible pages in its party's colour and edits them.

    While a field kind is dragged from the palette a ghost of the field follows the pointer; while fields are
    moved, guides show the edges and centres (of other fields and of the page) they snap to; Alt held
    suspends snapping. Each field's label starts with its place in the document's field order.

    Signals:
        tool_changed(object): the placement tool, a FieldKind, or None for select.
        status_message(str): short feedback for a status bar (e.g. why a paste did nothing).
    """

    tool_changed = Signal(object)
    status_message = Signal(str)

    def __init__(
        self, view: PdfPageView, state: EditorState, editor: FieldEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fieldOverlay")
        self.view = view
        self.state = state
        self.editor = editor
        self._tool: FieldKind | None = None
        self._drag: _Drag | None = None
        self._preview: dict[str, Field] = {}
        self._drawn: PageRect | None = None
        self._band: QRectF | None = None
        self._pointer: QPointF | None = None
        self._clipboard: list[Field] = []
        self._ghost: tuple[int, Field] | None = None  # (0-based page, field) under a palette drag
        self._guides: tuple[int, Guides] | None = None  # (0-based page, lines) while a move snaps
        self._key_id = ""  # the field last pressed: same-size copies its size
        self._order: dict[str, int] = {}
        self.context_actions: list[QAction | None] = []  # the context menu (None: a separator)
        self.context_menu: QMenu | None = None
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(self._font.pointSizeF() * 0.85, 7.0))  # follows the system size
        self._metrics = QFontMetrics(self._font)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Fields on the pages"))
        view.add_overlay(self)
        view.layout_changed.connect(self.update)
        state.fields_changed.connect(self._on_fields_changed)
        state.selection_changed.connect(self.update)
        state.context_changed.connect(self._on_fields_changed)
        self._on_fields_changed()

    # --- public operations (also used by the composer's actions) ------------------------------------------
    @property
    def tool(self) -> FieldKind | None:
        return self._tool

    @property
    def read_only(self) -> bool:
        return self.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: the fields stay drawn, but the mouse goes through to the page view (scrolling) and
        no key, drop or paste edits them."""
        self.set_tool(None)
        self._drag = None
        self._preview = {}
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
        self.setAcceptDrops(not read_only)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        if read_only:
            self.state.clear_selection()
        self.update()

    def set_tool(self, kind: FieldKind | None) -> None:
        """A field kind: drawing a rectangle (or clicking) places that kind. None: select and edit."""
        if kind != self._tool:
            self._tool = kind
            self.setCursor(Qt.CursorShape.CrossCursor if kind else Qt.CursorShape.ArrowCursor)
            self.tool_changed.emit(kind)

    def place_field(self, kind: FieldKind, position: QPointF) -> Field | None:
        """A default-size field of `kind` centred at `position` (viewport pixels) on the nearest page."""
        hit = self.view.nearest_page_at(position)
        if hit is None:
            return None
        index, u, v = hit
        page_size = self._page_size(index)
        rect = default_rect(kind, (u, v), page_size, self.state.rules)
        placed = self._new_field(kind, index + 1, rect)
        self.editor.add([placed], fill(self.tr("Add %1 field"), field_kind_label(kind).lower()))
        return placed

    def place_field_at_focus(self, kind: FieldKind) -> Field | None:
        """Keyboard placement: at the pointer when it is over a page, else in the middle of the view."""
        position = self._pointer
        if position is None or self.view.page_at(position) is None:
            position = QPointF(self.width() / 2, self.height() / 2)
        return self.place_field(kind, position)

    def nudge_selection(self, steps_x: int, steps_y: int) -> None:
        selected = self.state.selected_fields()
        if not selected:
            return
        moved = [
            replace(
                f,
                rect=nudged_rect(f.rect, steps_x, steps_y, self._page_size(f.page - 1), self.state.rules),
            )
            for f in selected
        ]
        key = "nudge:" + ",".join(sorted(f.id for f in selected))
        self.editor.update(moved, self.tr("Nudge fields"), merge_key=key)

    def align_selection(self, edge: Edge) -> None:
        selected = self.state.selected_fields()
        if len(selected) < 2:
            self.status_message.emit(self.tr("Select two or more fields to align them."))
            return
        rects = aligned_rects([f.rect for f in selected], edge, self.state.rules)
        aligned = [replace(f, rect=r) for f, r in zip(selected, rects, strict=True)]
        self.editor.update(aligned, self.tr("Align fields"))

    def distribute_selection(self, horizontal: bool) -> None:
        selected = self.state.selected_fields()
        if len(selected) < 3 or len({(f.document, f.page) for f in selected}) != 1:
            self.status_message.emit(self.tr("Select three or more fields on one page to distribute them."))
            return
        rects = distributed_rects([f.rect for f in selected], horizontal, self.state.rules)
        self.editor.update(
            [replace(f, rect=r) for f, r in zip(selected, rects, strict=True)], self.tr("Distribute fields")
        )

    def same_size_selection(self, width: bool, height: bool) -> None:
        """Give the selected fields the size of the one pressed last (else the first)."""
        selected = self.state.selected_fields()
        if len(selected) < 2:
            self.status_message.emit(self.tr("Select two or more fields to give them the same size."))
            return
        model = next((f for f in selected if f.id == self._key_id), selected[0])
        model_size = self.state.page_size(model.document, model.page)
        resized: list[Field] = []
        for f in selected:
            size = self.state.page_size(f.document, f.page)
            # the model's size in points, as a fraction of this field's page
            scaled = PageRect(
                0, 0, model.rect.width * model_size[0] / size[0], model.rect.height * model_size[1] / size[1]
            )
            resized.append(
                replace(f, rect=same_size_rects([f.rect], scaled, width, height, self.state.rules)[0])
            )
        self.editor.update(resized, self.tr("Same size"))

    def delete_selection(self) -> None:
        self.editor.remove(self.state.selected_ids)

    def copy_selection(self) -> int:
        self._clipboard = self.state.selected_fields()
        return len(self._clipboard)

    def paste(self) -> list[Field]:
        """Paste the copied fields on the current page; on their own page they shift so both stay visible."""
        if not self._clipboard:
            self.status_message.emit(self.tr("Nothing to paste: copy fields first."))
            return []
        page = max(self.view.current_page(), 0) + 1
        document = self.state.current_document
        pasted: list[Field] = []
        for original in self._clipboard:
            source_size = self.state.page_size(original.document, original.page)
            target_size = self._page_size(page - 1)
            rect = rect_on_other_page(original.rect, source_size, target_size, self.state.rules)
            if original.page == page and original.document == document:
                offset = _paste_offset_steps(self.state.rules)
                rect = nudged_rect(rect, offset, offset, target_size, self.state.rules)
            pasted.append(replace(original, id=new_id(), document=document, page=page, rect=rect))
        self.editor.add(pasted, self.tr("Paste fields"))
        return pasted

    def duplicate_selection_to_pages(self, pages: list[int]) -> list[Field]:
        """Copy the selected fields onto `pages` (1-based) of the current document, in one command."""
        selected = [f for f in self.state.selected_fields() if f.document == self.state.current_document]
        if not selected:
            self.status_message.emit(self.tr("Select the fields to duplicate first."))
            return []
        sizes = self.state.page_sizes[self.state.current_document]
        copies = duplicated_to_pages(selected, pages, sizes, self.state.rules, new_id)
        self.editor.add(copies, self.tr("Duplicate fields to pages"))
        return copies

    def duplicate_selection_to_all_pages(self) -> list[Field]:
        count = len(self.state.page_sizes[self.state.current_document]) if self.state.page_sizes else 0
        return self.duplicate_selection_to_pages(list(range(1, count + 1)))

    @property
    def ghost(self) -> Field | None:
        """The field a palette drag would place where the pointer is (None when nothing is dragged)."""
        return self._ghost[1] if self._ghost is not None else None

    @property
    def guides(self) -> Guides | None:
        return self._guides[1] if self._guides is not None else None

    def field_order(self, field_id: str) -> int:
        """1-based place of the field among its document's fields (the order the service gets them)."""
        return self._order.get(field_id, 0)

    def select_all_on_document(self) -> None:
        document = self.state.current_document
        self.state.select(f.id for f in self.state.fields if f.document == document)

    def field_view_rect(self, field_: Field) -> QRectF:
        """Where a field is drawn, in this widget's pixels (tests and the properties panel use it)."""
        shown = self._preview.get(field_.id, field_)
        rect = self.view.page_view(shown.page - 1).to_view(shown.rect)
        return QRectF(rect.x, rect.y, rect.width, rect.height)

    def displayed_fields(self) -> list[Field]:
        """Fields as currently drawn (with any drag preview)."""
        return [self._preview.get(f.id, f) for f in self.state.fields]

    # --- helpers ------------------------------------------------------------------------------------------
    def _on_fields_changed(self) -> None:
        order: dict[str, int] = {}
        counts: dict[int, int] = {}
        for f in self.state.fields:
            counts[f.document] = counts.get(f.document, 0) + 1
            order[f.id] = counts[f.document]
        self._order = order
        self.update()

    def _page_size(self, index: int) -> tuple[float, float]:
        return self.state.page_size(self.state.current_document, index + 1)

    def _new_field(self, kind: FieldKind, page: int, rect: PageRect) -> Field:
        return Field(
            id=new_id(),
            kind=kind,
            document=self.state.current_document,
            page=page,
            rect=rect,
            party_id=self.state.active_party_id,
        )

    def _fields_on(self, index: int) -> tuple[Field, ...]:
        return self.state.collection.on_page(self.state.current_document, index + 1)

    def _field_at(self, position: QPointF) -> Field | None:
        hit = self.view.page_at(position)
        if hit is None:
            return None
        index, u, v = hit
        for candidate in reversed(self._fields_on(index)):
            if candidate.rect.contains(u, v):
                return candidate
        return None

    def _handle_at(self, position: QPointF) -> tuple[Field, Handle] | None:
        for selected in self.state.selected_fields():
            if selected.document != self.state.current_document:
                continue
            for handle, centre in _handle_centres(self.field_view_rect(selected)).items():
                if (
                    abs(centre.x() - position.x()) <= HANDLE_PX
                    and abs(centre.y() - position.y()) <= HANDLE_PX
                ):
                    return selected, handle
        return None

    def _tolerance(self, view: PageView) -> tuple[float, float]:
        width, height = view.size
        return (EDGE_SNAP_PX / width, EDGE_SNAP_PX / height)

    def _dirty(self, fields: list[Field]) -> QRect:
        region = QRectF()
        for f in fields:
            region = region.united(self.field_view_rect(f))
        pad = HANDLE_PX + self._metrics.height() + 4
        return region.adjusted(-pad, -pad, pad, pad).toAlignedRect()

    # --- mouse ----------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        position = event.position()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        hit = self.view.page_at(position)
        if self._tool is not None and hit is not None:
            index, u, v = hit
            self._drag = _Drag(_Gesture.DRAW, position, index, (u, v))
            return
        handle_hit = None if ctrl else self._handle_at(position)
        if handle_hit is not None:
            target, handle = handle_hit
            self._drag = _Drag(
                _Gesture.RESIZE, position, target.page - 1, originals={target.id: target}, handle=handle
            )
            return
        under = self._field_at(position)
        if under is not None:
            self._key_id = under.id
            if ctrl:
                self.state.toggle_selected(under.id)
                return
            if under.id not in self.state.selected_ids:
                self.state.select([under.id])
            originals = {f.id: f for f in self.state.selected_fields()}
            self._drag = _Drag(_Gesture.MOVE, position, under.page - 1, originals=originals, primary=under.id)
            return
        if not ctrl:
            self.state.clear_selection()
        self._drag = _Drag(_Gesture.RUBBER_BAND, position, add_to_selection=ctrl)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        self._pointer = position
        drag = self._drag
        if drag is None:
            self._update_cursor(position)
            return
        if not drag.moved:
            delta = position - drag.start
            if abs(delta.x()) + abs(delta.y()) < DRAG_THRESHOLD_PX:
                return
            drag.moved = True
        free = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)  # Alt: no snapping
        if drag.gesture is _Gesture.MOVE:
            self._drag_move(drag, position, snap=not free)
        elif drag.gesture is _Gesture.RESIZE:
            self._drag_resize(drag, position, snap=not free)
        elif drag.gesture is _Gesture.DRAW:
            self._drag_draw(drag, position)
        else:
            old = self._band.toAlignedRect() if self._band is not None else QRect()
            self._band = QRectF(drag.start, position).normalized()
            self.update(old.united(self._band.toAlignedRect()).adjusted(-2, -2, 2, 2))

    def _drag_move(self, drag: _Drag, position: QPointF, *, snap: bool = True) -> None:
        primary = drag.originals[drag.primary]
        view = self.view.page_view(primary.page - 1)
        width, height = view.size
        du = (position.x() - drag.start.x()) / width
        dv = (position.y() - drag.start.y()) / height
        candidate = primary.rect.moved_by(du, dv)
        others = [f.rect for f in self._fields_on(primary.page - 1) if f.id not in drag.originals]
        old_guides = self._guide_region()
        if snap:
            snapped, guides = smart_snap(candidate, others, self._tolerance(view))
            self._guides = (primary.page - 1, guides) if guides.xs or guides.ys else None
        else:
            snapped, self._guides = candidate, None
        dx_px = (snapped.x0 - primary.rect.x0) * width
        dy_px = (snapped.y0 - primary.rect.y0) * height
        before = list(self._preview.values()) or list(drag.originals.values())
        preview: dict[str, Field] = {}
        for original in drag.originals.values():
            page_width, page_height = self.view.page_view(original.page - 1).size
            rect = moved_rect(original.rect, dx_px / page_width, dy_px / page_height, self.state.rules)
            preview[original.id] = replace(original, rect=rect)
        self._preview = preview
        region = QRegion(self._dirty(before).united(self._dirty(list(preview.values()))))
        self.update(region.united(old_guides).united(self._guide_region()))  # only what changed

    def _guide_region(self) -> QRegion:
        """Where the guide lines are drawn (thin strips across the page)."""
        region = QRegion()
        if self._guides is None:
            return region
        index, guides = self._guides
        view = self.view.page_view(index)
        width, height = view.size
        top, left = round(view.origin_y), round(view.origin_x)
        for x in guides.xs:
            region = region.united(QRect(round(view.origin_x + x * width) - 2, top, 5, round(height) + 1))
        for y in guides.ys:
            region = region.united(QRect(left, round(view.origin_y + y * height) - 2, round(width) + 1, 5))
        return region

    def _drag_resize(self, drag: _Drag, position: QPointF, *, snap: bool = True) -> None:
        original = next(iter(drag.originals.values()))
        assert drag.handle is not None
        view = self.view.page_view(original.page - 1)
        point = view.pixel_to_fraction(position.x(), position.y())
        page_size = self._page_size(original.page - 1)
        raw = resized_rect(original.rect, drag.handle, point, page_size, _CONTINUOUS)
        others = [f.rect for f in self._fields_on(original.page - 1) if f.id != original.id]
        snapped = snapped_to_edges(raw, others, self._tolerance(view), drag.handle) if snap else raw
        final = self.state.rules.finalise(snapped)
        before = list(self._preview.values()) or [original]
        self._preview = {original.id: replace(original, rect=final)}
        self.update(self._dirty(before).united(self._dirty(list(self._preview.values()))))

    def _drag_draw(self, drag: _Drag, position: QPointF) -> None:
        view = self.view.page_view(drag.page)
        u, v = view.pixel_to_fraction(position.x(), position.y())
        try:
            drawn = PageRect.from_corners(drag.anchor[0], drag.anchor[1], u, v)
        except ValueError:
            return  # zero width or height so far
        self._drawn = self.state.rules.finalise(drawn)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if drag.gesture is _Gesture.MOVE and self._preview:
            self.editor.update(list(self._preview.values()), self.tr("Move fields"))
        elif drag.gesture is _Gesture.RESIZE and self._preview:
            self.editor.update(list(self._preview.values()), self.tr("Resize field"))
        elif drag.gesture is _Gesture.DRAW and self._tool is not None:
            if drag.moved and self._drawn is not None:
                kind = self._tool
                self.editor.add(
                    [self._new_field(kind, drag.page + 1, self._drawn)],
                    fill(self.tr("Draw %1 field"), field_kind_label(kind).lower()),
                )
            else:
                self.place_field(self._tool, drag.start)
        elif drag.gesture is _Gesture.RUBBER_BAND and self._band is not None:
            self._select_in_band(self._band, drag.add_to_selection)
        self._preview = {}
        self._drawn = None
        self._band = None
        self._guides = None
        self.update()

    def _select_in_band(self, band: QRectF, add: bool) -> None:
        found = set(self.state.selected_ids) if add else set()
        for index in self.view.visible_pages():
            for candidate in self._fields_on(index):
                if band.intersects(self.field_view_rect(candidate)):
                    found.add(candidate.id)
        self.state.select(found)

    def _update_cursor(self, position: QPointF) -> None:
        if self._tool is not None:
            return
        handle_hit = self._handle_at(position)
        if handle_hit is not None:
            self.setCursor(_HANDLE_CURSORS[handle_hit[1]])
        elif self._field_at(position) is not None:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.setCursor(Qt.CursorShape.ArrowCursor)

    # --- drag and drop from the palette -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _kind_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        kind = _kind_from_mime(event.mimeData())
        hit = self.view.page_at(event.position()) if kind is not None else None
        if kind is None or hit is None:
            self._set_ghost(None)
            event.ignore()
            return
        index, u, v = hit
        rect = default_rect(kind, (u, v), self._page_size(index), self.state.rules)
        self._set_ghost((index, self._new_field(kind, index + 1, rect)))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_ghost(None)
        super().dragLeaveEvent(event)

    def _set_ghost(self, ghost: tuple[int, Field] | None) -> None:
        if ghost != self._ghost:
            self._ghost = ghost
            self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_ghost(None)
        kind = _kind_from_mime(event.mimeData())
        if kind is None:
            event.ignore()
            return
        self.place_field(kind, event.position())
        event.acceptProposedAction()

    # --- context menu -------------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The field under the pointer becomes the selection (unless already in it); then the menu."""
        position = QPointF(event.pos())
        self._pointer = position
        under = self._field_at(position)
        if under is not None and under.id not in self.state.selected_ids:
            self.state.select([under.id])
        if under is not None:
            self._key_id = under.id
        menu = QMenu(self)
        menu.setObjectName("fieldContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.context_menu = menu
        menu.popup(event.globalPos())  # not exec(): no nested event loop
        event.accept()

    # --- keyboard -------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.read_only:
            event.ignore()
            return
        key = event.key()
        modifiers = event.modifiers()
        plain = not modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if key in _NUDGE_KEYS and plain:
            factor = BIG_STEP if modifiers & Qt.KeyboardModifier.ShiftModifier else 1
            steps_x, steps_y = _NUDGE_KEYS[Qt.Key(key)]
            self.nudge_selection(steps_x * factor, steps_y * factor)
        elif key in KIND_KEYS and plain and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.place_field_at_focus(KIND_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_Escape:
            self._cancel()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all_on_document()
        else:
            super().keyPressEvent(event)

    def _cancel(self) -> None:
        if self._drag is not None:
            self._drag = None
            self._preview, self._drawn, self._band = {}, None, None
        elif self._tool is not None:
            self.set_tool(None)
        else:
            self.state.clear_selection()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting -------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self._font)
        exposed = QRectF(event.rect())
        selected = self.state.selected_ids
        parties = {p.id: p for p in self.state.parties}
        for index in self.view.visible_pages():
            view = self.view.page_view(index)
            for stored in self._fields_on(index):
                shown = self._preview.get(stored.id, stored)
                if shown.page - 1 != index:
                    continue
                area = view.to_view(shown.rect)
                box = QRectF(area.x, area.y, area.width, area.height)
                if not box.adjusted(-HANDLE_PX, -40, HANDLE_PX, HANDLE_PX).intersects(exposed):
                    continue
                party = parties.get(shown.party_id)
                colour = party_colour(self.state.party_index(shown.party_id))
                name = party_name(party) if party is not None else self.tr("Sender")
                self._paint_field(painter, box, shown, colour, name, shown.id in selected)
            if self._drawn is not None and self._drag is not None and self._drag.page == index:
                area = view.to_view(self._drawn)
                pen = QPen(QColor(0, 0, 0), 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(area.x, area.y, area.width, area.height))
        self._paint_ghost_and_guides(painter)
        if self._band is not None:
            painter.setPen(QPen(QColor(30, 90, 200), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(30, 90, 200, 40))
            painter.drawRect(self._band)
        if self.hasFocus():  # visible focus for keyboard users: S, D, T and C place fields here
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_ghost_and_guides(self, painter: QPainter) -> None:
        if self._ghost is not None:
            index, ghost = self._ghost
            area = self.view.page_view(index).to_view(ghost.rect)
            colour = party_colour(self.state.party_index(ghost.party_id))
            fill = QColor(colour)
            fill.setAlpha(70)
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(fill)
            painter.drawRect(QRectF(area.x, area.y, area.width, area.height))
        if self._guides is not None:
            index, guides = self._guides
            view = self.view.page_view(index)
            width, height = view.size
            pen = QPen(_GUIDE_COLOUR, 1, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for x in guides.xs:
                left = view.origin_x + x * width
                painter.drawLine(QPointF(left, view.origin_y), QPointF(left, view.origin_y + height))
            for y in guides.ys:
                top = view.origin_y + y * height
                painter.drawLine(QPointF(view.origin_x, top), QPointF(view.origin_x + width, top))

    def _paint_field(
        self, painter: QPainter, box: QRectF, shown: Field, colour: QColor, name: str, is_selected: bool
    ) -> None:
        fill = QColor(colour)
        fill.setAlpha(60 if is_selected else 36)
        painter.setPen(QPen(colour, 2.0 if is_selected else 1.0))
        painter.setBrush(fill)
        painter.drawRect(box)
        order = self._order.get(shown.id, 0)
        text = (
            f"{order} · {field_kind_label(shown.kind)} · {name}"
            if order
            else f"{field_kind_label(shown.kind)} · {name}"
        )
        label_width = max(box.width(), 60.0)
        elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(label_width))
        label = QRectF(box.x(), box.y() - self._metrics.height() - 1, label_width, self._metrics.height())
        painter.fillRect(label, colour)
        painter.setPen(QColor(*text_colour_on((colour.red(), colour.green(), colour.blue()))))
        painter.drawText(label.adjusted(2, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        if is_selected:
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(QColor("white"))
            half = HANDLE_PX / 2
            for centre in _handle_centres(box).values():
                painter.drawRect(QRectF(centre.x() - half, centre.y() - half, HANDLE_PX, HANDLE_PX))


def _handle_centres(box: QRectF) -> dict[Handle, QPointF]:
    left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
    mid_x, mid_y = box.center().x(), box.center().y()
    return {
        Handle.TOP_LEFT: QPointF(left, top),
        Handle.TOP: QPointF(mid_x, top),
        Handle.TOP_RIGHT: QPointF(right, top),
        Handle.RIGHT: QPointF(right, mid_y),
        Handle.BOTTOM_RIGHT: QPointF(right, bottom),
        Handle.BOTTOM: QPointF(mid_x, bottom),
        Handle.BOTTOM_LEFT: QPointF(left, bottom),
        Handle.LEFT: QPointF(left, mid_y),
    }


def _paste_offset_steps(rules: PlacementRules) -> int:
    """A paste onto its own page shifts right and down by two grid steps, or ten points without a grid."""
    return 2 if rules.grid is not None else 10


_GUIDE_COLOUR = QColor(214, 0, 147)  # magenta: unlike any party colour or page content

_HANDLE_CURSORS = {
    Handle.TOP_LEFT: Qt.CursorShape.SizeFDiagCursor,
    Handle.BOTTOM_RIGHT: Qt.CursorShape.SizeFDiagCursor,
    Handle.TOP_RIGHT: Qt.CursorShape.SizeBDiagCursor,
    Handle.BOTTOM_LEFT: Qt.CursorShape.SizeBDiagCursor,
    Handle.TOP: Qt.CursorShape.SizeVerCursor,
    Handle.BOTTOM: Qt.CursorShape.SizeVerCursor,
    Handle.LEFT: Qt.CursorShape.SizeHorCursor,
    Handle.RIGHT: Qt.CursorShape.SizeHorCursor,
}

"""A strip of page thumbnails; rendered lazily (visible rows only) by the view's renderer, with each party's
fields marked in the party's colour so a glance shows which pages still need fields."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from esign_desktop.domain.geometry import PageRect
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.page_renderer import PageRenderer, RenderKey, RenderRequest
from esign_desktop.ui.editor.page_view import PdfPageView
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

THUMBNAIL_WIDTH = 96


class ThumbnailStrip(QListWidget):
    """One row per page; clicking a row scrolls the view there, and the view's page is highlighted."""

    def __init__(
        self, view: PdfPageView, state: EditorState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor_state = state
        self._images: dict[int, QImage] = {}
        self._marked: dict[int, object] = {}  # page -> what its icon shows, so unchanged pages are kept
        self.setObjectName("thumbnailStrip")
        self.setAccessibleName(self.tr("Page thumbnails"))
        self.view = view
        self.renderer: PageRenderer = view.renderer
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setIconSize(QSize(THUMBNAIL_WIDTH, round(THUMBNAIL_WIDTH * 1.42)))
        self.setUniformItemSizes(False)
        self.setFixedWidth(THUMBNAIL_WIDTH + 48)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._request_visible)
        self.renderer.page_rendered.connect(self._on_renderer_page_rendered)
        self.verticalScrollBar().valueChanged.connect(self._timer.start)
        self.currentRowChanged.connect(self._on_current_row_changed)
        view.current_page_changed.connect(self._on_view_current_page_changed)
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(0)
        self._marks_timer.timeout.connect(self._repaint_marks)
        if state is not None:
            state.fields_changed.connect(self._marks_timer.start)
            state.context_changed.connect(self._marks_timer.start)

    def rebuild(self) -> None:
        """Call after the view shows another document."""
        self.clear()
        self._images = {}
        self._marked = {}
        for index in range(len(self.view.page_sizes)):
            item = QListWidgetItem(self._icon(index), str(index + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self._timer.start()

    def _thumb_size(self, width: float, height: float) -> QSize:
        scale = THUMBNAIL_WIDTH / max(width, height)
        return QSize(max(1, round(width * scale)), max(1, round(height * scale)))

    def _zoom_for(self, index: int) -> float:
        width, height = self.view.page_sizes[index]
        return round(THUMBNAIL_WIDTH / max(width, height), 6)

    def _key(self, index: int) -> RenderKey:
        return RenderKey(index, -self._zoom_for(index), self.devicePixelRatioF())  # negative: not a view zoom

    def _request_visible(self) -> None:
        if self.count() == 0:
            return
        top = self.indexAt(self.viewport().rect().topLeft()).row()
        bottom = self.indexAt(self.viewport().rect().bottomLeft()).row()
        first = max(top, 0)
        last = bottom if bottom >= 0 else min(first + 12, self.count() - 1)
        requests = []
        ratio = self.devicePixelRatioF()
        for index in range(first, last + 1):
            size = self._thumb_size(*self.view.page_sizes[index])
            physical = QSize(round(size.width() * ratio), round(size.height() * ratio))
            requests.append(RenderRequest(self._key(index), physical))
        self.renderer.request("thumbnails", requests)

    def _on_renderer_page_rendered(self, key: RenderKey) -> None:
        if key.zoom >= 0 or not 0 <= key.page < self.count() or key != self._key(key.page):
            return
        image = self.renderer.cached(key)
        item = self.item(key.page)
        if image is not None and item is not None:
            self._images[key.page] = image
            item.setIcon(self._icon(key.page))

    def _marks(self, index: int) -> tuple[tuple[object, int], ...]:
        state = self.editor_state
        if state is None:
            return ()
        colours = {p.id: number for number, p in enumerate(state.parties)}
        return tuple(
            (f.rect, colours.get(f.party_id, -1))
            for f in state.collection.on_page(state.current_document, index + 1)
        )

    def _icon(self, index: int) -> QIcon:
        """The page (white until rendered) with its fields drawn in their parties' colours."""
        size = self._thumb_size(*self.view.page_sizes[index])
        image = self._images.get(index)
        pixmap = QPixmap.fromImage(image) if image is not None else QPixmap(size)
        if image is None:
            pixmap.fill(QColor("white"))
        pixmap.setDevicePixelRatio(pixmap.width() / max(size.width(), 1))
        marks = self._marks(index)
        self._marked[index] = marks
        if not marks:
            return QIcon(pixmap)
        painter = QPainter(pixmap)
        width, height = size.width(), size.height()
        for field_rect, party in marks:
            assert isinstance(field_rect, PageRect)
            colour = QColor(party_colour(party))
            rect = QRectF(
                field_rect.x0 * width,
                field_rect.y0 * height,
                max(field_rect.width * width, 2.0),
                max(field_rect.height * height, 2.0),
            )
            fill = QColor(colour)
            fill.setAlpha(120)
            painter.fillRect(rect, fill)
            pen = QPen(colour)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRect(rect)
        painter.end()
        return QIcon(pixmap)

    def _repaint_marks(self) -> None:
        """Redraw the icons of the pages whose fields (or their parties' colours) changed."""
        for index in range(min(self.count(), len(self.view.page_sizes))):
            item = self.item(index)
            if item is not None and self._marked.get(index) != self._marks(index):
                item.setIcon(self._icon(index))

    def _on_current_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.view.current_page():
            self.view.scroll_to_page(row)

    def _on_view_current_page_changed(self, page: int) -> None:
        if 0 <= page < self.count() and page != self.currentRow():
            self.setCurrentRow(page)  # the view is already there: the row change scrolls nothing

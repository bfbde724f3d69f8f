"""A strip of page thumbnails; rendered lazily (visible rows only) by the view's renderer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from esign_desktop.ui.editor.page_renderer import PageRenderer, RenderKey, RenderRequest
from esign_desktop.ui.editor.page_view import PdfPageView
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

THUMBNAIL_WIDTH = 96


class ThumbnailStrip(QListWidget):
    """One row per page; clicking a row scrolls the view there, and the view's page is highlighted."""

    def __init__(self, view: PdfPageView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def rebuild(self) -> None:
        """Call after the view shows another document."""
        self.clear()
        for index, (width, height) in enumerate(self.view.page_sizes):
            blank = QPixmap(self._thumb_size(width, height))
            blank.fill(QColor("white"))
            item = QListWidgetItem(QIcon(blank), str(index + 1))
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
            item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _on_current_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.view.current_page():
            self.view.scroll_to_page(row)

    def _on_view_current_page_changed(self, page: int) -> None:
        if 0 <= page < self.count() and page != self.currentRow():
            self.blockSignals(True)
            self.setCurrentRow(page)
            self.blockSignals(False)

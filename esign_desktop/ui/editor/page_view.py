"""The PDF page view: every page of one document in a continuous vertical scroll, with zoom.

In the spirit of Frescobaldi's qpageview, the view owns only the page <-> pixel transforms; fields are drawn
and edited by an overlay widget (field_overlay.py) that asks the view for them.

QAbstractScrollArea rather than QGraphicsView: pages are plain images at known offsets, so painting the few
visible ones is a handful of drawImage calls, and the transforms stay the domain's PageView arithmetic (one
model for every coordinate) instead of a second scene-coordinate system to keep in step.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from esign_desktop.domain.geometry import PageRect, PageView
from esign_desktop.ui.editor.page_layout import PAGE_SPACING, PIXELS_PER_POINT_AT_100, PageLayout
from esign_desktop.ui.editor.page_renderer import PageRenderer, RenderKey, RenderRequest
from esign_desktop.ui.editor.placement import PageSize
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

MIN_ZOOM = 0.25
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25  # per wheel notch with Ctrl held, and per zoom-in/out action
RENDER_MARGIN_PAGES = 1  # pages rendered ahead above and below the visible ones
_BACKGROUND = QColor(96, 99, 104)


class ZoomMode(StrEnum):
    CUSTOM = "custom"
    FIT_WIDTH = "fit_width"
    FIT_PAGE = "fit_page"


class PdfPageView(QAbstractScrollArea):
    """Shows one PDF; pages rendered off the UI thread, only those visible plus a margin.

    Signals:
        layout_changed(): zoom, scroll or size changed; overlays re-layout.
        zoom_changed(float): the zoom (1.0 = 100%).
        current_page_changed(int): the 0-based page at the viewport's centre changed.
        page_shown(int): a page was painted sharp at the current zoom for the first time since the last
            layout change (tests and benchmarks wait for it).
    """

    layout_changed = Signal()
    zoom_changed = Signal(float)
    current_page_changed = Signal(int)
    page_shown = Signal(int)

    def __init__(self, renderer: PageRenderer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPageView")
        self.renderer = renderer or PageRenderer(parent=self)
        self.renderer.page_rendered.connect(self._on_renderer_page_rendered)
        self._page_sizes: tuple[PageSize, ...] = ()
        self._zoom = 1.0
        self._zoom_mode = ZoomMode.FIT_WIDTH
        self._layout = PageLayout((), self._zoom, 0)
        self._overlays: list[QWidget] = []
        self._shown: set[int] = set()
        self._current_page = -1
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(0)
        self._request_timer.timeout.connect(self._request_visible)
        # Always on: a scroll bar that comes and goes would change the width and re-trigger fit-width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAccessibleName(self.tr("Document pages"))

    # --- document -------------------------------------------------------------------------------------
    def set_document(self, path: str | None, page_sizes: Sequence[PageSize] | None = None) -> bool:
        """Show `path`. `page_sizes` are the displayed sizes in points from preflight (they honour UserUnit,
        which QtPdf ignores); without them QtPdf's sizes are used. False if QtPdf cannot open the file."""
        loaded = False
        if path:
            loaded = self.renderer.load(path)
        else:
            self.renderer.shutdown()
        if page_sizes is not None:
            self._page_sizes = tuple(page_sizes)
        elif loaded:
            document = self.renderer.document
            self._page_sizes = tuple(
                (document.pagePointSize(i).width(), document.pagePointSize(i).height())
                for i in range(self.renderer.page_count())
            )
        else:
            self._page_sizes = ()
        self._current_page = -1
        self.verticalScrollBar().setValue(0)
        self._relayout()
        return loaded

    @property
    def page_sizes(self) -> tuple[PageSize, ...]:
        return self._page_sizes

    def page_count(self) -> int:
        return len(self._page_sizes)

    def shutdown(self) -> None:
        """Stop the render worker; call before the view goes away."""
        self._request_timer.stop()
        self.renderer.shutdown()

    # --- zoom -----------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def zoom_mode(self) -> ZoomMode:
        return self._zoom_mode

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """A fixed zoom (clamped to 25-400%); `anchor` (viewport pixels) stays over the same page point."""
        self._zoom_mode = ZoomMode.CUSTOM
        self._apply_zoom(zoom, anchor)

    def set_zoom_mode(self, mode: ZoomMode) -> None:
        self._zoom_mode = mode
        if mode is not ZoomMode.CUSTOM:
            self._apply_zoom(self._fitted_zoom(), None)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def _fitted_zoom(self) -> float:
        if not self._page_sizes:
            return self._zoom
        width = max(self.viewport().width() - 2 * PAGE_SPACING, 50)
        widest = max(w for w, _ in self._page_sizes)
        zoom = width / (widest * PIXELS_PER_POINT_AT_100)
        if self._zoom_mode is ZoomMode.FIT_PAGE:
            page = self._page_sizes[max(self.current_page(), 0)]
            height = max(self.viewport().height() - 2 * PAGE_SPACING, 50)
            zoom = min(zoom, height / (page[1] * PIXELS_PER_POINT_AT_100))
        return zoom

    def _apply_zoom(self, zoom: float, anchor: QPointF | None) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        if math.isclose(zoom, self._zoom, rel_tol=1e-9):
            return
        anchor = anchor if anchor is not None else QPointF(self.viewport().width() / 2, 0)
        held = self.page_at(anchor) or self._nearest_page_point(anchor)
        self._zoom = zoom
        self._relayout()
        if held is not None:
            index, u, v = held
            slot = self._layout.slots[index]
            self.horizontalScrollBar().setValue(round(slot.x + u * slot.width - anchor.x()))
            self.verticalScrollBar().setValue(round(slot.y + v * slot.height - anchor.y()))
        self.zoom_changed.emit(self._zoom)

    # --- transforms -----------------------------------------------------------------------------------
    def _offset(self) -> tuple[float, float]:
        return (float(self.horizontalScrollBar().value()), float(self.verticalScrollBar().value()))

    def page_view(self, index: int) -> PageView:
        """Page `index` (0-based) in viewport logical pixels: the domain transform overlays use."""
        slot = self._layout.slots[index]
        width, height = self._page_sizes[index]
        dx, dy = self._offset()
        return PageView(
            page_width=width,
            page_height=height,
            zoom=self._layout.pixels_per_point,
            origin_x=slot.x - dx,
            origin_y=slot.y - dy,
            device_pixel_ratio=self.viewport().devicePixelRatioF(),
        )

    def page_at(self, position: QPointF) -> tuple[int, float, float] | None:
        """(0-based page, u, v) under a viewport point, or None between pages."""
        dx, dy = self._offset()
        slot = self._layout.page_at(position.x() + dx, position.y() + dy)
        if slot is None:
            return None
        u, v = self.page_view(slot.index).pixel_to_fraction(position.x(), position.y())
        return (slot.index, u, v)

    def _nearest_page_point(self, position: QPointF) -> tuple[int, float, float] | None:
        index = self._layout.nearest_page(position.y() + self._offset()[1])
        if index < 0:
            return None
        u, v = self.page_view(index).pixel_to_fraction(position.x(), position.y())
        return (index, min(max(u, 0.0), 1.0), min(max(v, 0.0), 1.0))

    def nearest_page_at(self, position: QPointF) -> tuple[int, float, float] | None:
        """Like page_at, but a point between or beside pages goes to the nearest page, clamped onto it."""
        return self.page_at(position) or self._nearest_page_point(position)

    def visible_pages(self) -> range:
        top = self._offset()[1]
        return self._layout.pages_between(top, top + self.viewport().height())

    def current_page(self) -> int:
        """The 0-based page at the viewport's vertical centre (-1 without a document)."""
        centre = self._offset()[1] + self.viewport().height() / 2
        return self._layout.nearest_page(centre)

    def scroll_to_page(self, index: int) -> None:
        if 0 <= index < len(self._layout.slots):
            self.verticalScrollBar().setValue(round(self._layout.slots[index].y - PAGE_SPACING))

    def ensure_visible(self, index: int, rect: PageRect) -> None:
        """Scroll so that `rect` on page `index` is on screen."""
        if not 0 <= index < len(self._layout.slots):
            return
        slot = self._layout.slots[index]
        top = slot.y + rect.y0 * slot.height - PAGE_SPACING
        bottom = slot.y + rect.y1 * slot.height + PAGE_SPACING
        bar = self.verticalScrollBar()
        if top < bar.value():
            bar.setValue(round(top))
        elif bottom > bar.value() + self.viewport().height():
            bar.setValue(round(bottom - self.viewport().height()))

    def is_page_rendered(self, index: int) -> bool:
        return self.renderer.cached(self._render_key(index)) is not None

    def add_overlay(self, widget: QWidget) -> None:
        """Put `widget` over the pages; it is kept the size of the viewport."""
        widget.setParent(self.viewport())
        widget.setGeometry(self.viewport().rect())
        widget.show()
        self._overlays.append(widget)

    # --- layout and rendering -------------------------------------------------------------------------
    def _render_key(self, index: int) -> RenderKey:
        return RenderKey(index, round(self._zoom, 6), self.viewport().devicePixelRatioF())

    def _relayout(self) -> None:
        self._layout = PageLayout(self._page_sizes, self._zoom, self.viewport().width())
        horizontal = self.horizontalScrollBar()
        horizontal.setRange(0, max(0, math.ceil(self._layout.content_width) - self.viewport().width()))
        horizontal.setPageStep(self.viewport().width())
        vertical = self.verticalScrollBar()
        vertical.setRange(0, max(0, math.ceil(self._layout.content_height) - self.viewport().height()))
        vertical.setPageStep(self.viewport().height())
        vertical.setSingleStep(40)
        self._layout_changed()

    def _layout_changed(self) -> None:
        self._shown.clear()
        self.viewport().update()
        self._request_timer.start()
        current = self.current_page()
        if current != self._current_page:
            self._current_page = current
            self.current_page_changed.emit(current)
        self.layout_changed.emit()

    def _request_visible(self) -> None:
        """Visible pages first, then neighbours while they fit in half the cache (so they never evict the
        pages on screen)."""
        visible = self.visible_pages()
        requests = [self._render_request(index) for index in visible]
        room = self.renderer.cache.budget_bytes // 2 - sum(_request_bytes(r) for r in requests)
        neighbours = itertools.chain.from_iterable(
            (visible.start - step, visible.stop - 1 + step) for step in range(1, RENDER_MARGIN_PAGES + 1)
        )
        for index in neighbours:
            if not 0 <= index < len(self._page_sizes):
                continue
            request = self._render_request(index)
            room -= _request_bytes(request)
            if room < 0:
                break
            requests.append(request)
        self.renderer.request("view", requests)

    def _render_request(self, index: int) -> RenderRequest:
        width, height = self.page_view(index).render_size
        return RenderRequest(self._render_key(index), QSize(width, height))

    def _on_renderer_page_rendered(self, key: RenderKey) -> None:
        if key == self._render_key(key.page) and key.page in self.visible_pages():
            self.viewport().update()

    # --- Qt overrides ---------------------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._layout_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The page point at the top centre of the view stays there: a resize never jumps elsewhere.
        old_width = event.oldSize().width() if event.oldSize().isValid() else self.viewport().width()
        anchor = QPointF(max(old_width, 1) / 2, 0)
        held = self.page_at(anchor) if self._layout.slots else None
        bar = self.verticalScrollBar()
        ratio = bar.value() / max(self._layout.content_height, 1.0)  # between pages: keep the proportion
        super().resizeEvent(event)
        for overlay in self._overlays:
            overlay.setGeometry(self.viewport().rect())
        if self._zoom_mode is not ZoomMode.CUSTOM and self._page_sizes:
            zoom = min(max(self._fitted_zoom(), MIN_ZOOM), MAX_ZOOM)
            if not math.isclose(zoom, self._zoom, rel_tol=1e-9):
                self._zoom = zoom
                self.zoom_changed.emit(zoom)
        self._relayout()
        if held is not None and 0 <= held[0] < len(self._layout.slots):
            index, u, v = held
            slot = self._layout.slots[index]
            self.horizontalScrollBar().setValue(round(slot.x + u * slot.width - self.viewport().width() / 2))
            self.verticalScrollBar().setValue(round(slot.y + v * slot.height))
        else:
            bar.setValue(round(ratio * self._layout.content_height))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.set_zoom(self._zoom * ZOOM_STEP**notches, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), _BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        exposed = QRectF(event.rect())
        border = QPen(QColor(60, 60, 60))
        border.setCosmetic(True)
        newly_shown: list[int] = []
        for index in self.visible_pages():
            view = self.page_view(index)
            target = QRectF(view.origin_x, view.origin_y, *view.size)
            if not target.intersects(exposed):
                continue
            image = self.renderer.cached(self._render_key(index))
            if image is not None:
                _draw_page(painter, target, image, exposed)
                if index not in self._shown:
                    self._shown.add(index)
                    newly_shown.append(index)
            else:
                fallback = self.renderer.best_cached(index, self._zoom)
                if fallback is not None:
                    painter.drawImage(target, fallback)
                else:
                    painter.fillRect(target, QColor("white"))
            painter.setPen(border)
            painter.drawRect(target)
        painter.end()
        for index in newly_shown:
            self.page_shown.emit(index)


def _request_bytes(request: RenderRequest) -> int:
    return request.size.width() * request.size.height() * 4


def _draw_page(painter: QPainter, target: QRectF, image: QImage, exposed: QRectF) -> None:
    """Draw a page rendered for this zoom: only the exposed part, unscaled when the sizes match (a repaint
    of a few fields then copies a few pixels instead of smoothing the whole page again)."""
    ratio = image.devicePixelRatio() or 1.0
    if (
        abs(image.width() / ratio - target.width()) < 1.0
        and abs(image.height() / ratio - target.height()) < 1.0
    ):
        part = exposed.intersected(target)
        source = QRectF(
            (part.x() - target.x()) * ratio,
            (part.y() - target.y()) * ratio,
            part.width() * ratio,
            part.height() * ratio,
        )
        painter.drawImage(part, image, source)
    else:
        painter.drawImage(target, image)

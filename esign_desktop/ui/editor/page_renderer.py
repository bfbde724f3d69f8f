"""Renders PDF pages with QtPdf on a worker thread into a byte-bounded LRU cache.

One QPdfDocument is shared with the worker, as Qt's own QPdfPageRenderer does: QtPdf serialises every call
into pdfium behind a global lock, so a single worker thread is as fast as several and keeps the order
predictable. Requests replace the previous wish list, so scrolling fast never queues pages already gone.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from esign_desktop.ui.editor.render_cache import DEFAULT_BUDGET_BYTES, ByteBudgetCache
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix


# Annotations (stamps, comments, form field appearances) drawn as a viewer shows them: a field must not be
# placed over a DRAFT stamp nobody could see. See docs/pdf-intake.md.
_SHOW_WHAT_THE_PDF_SHOWS = QPdfDocumentRenderOptions()
_SHOW_WHAT_THE_PDF_SHOWS.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)


@dataclass(frozen=True, slots=True)
class RenderKey:
    """One rendering of one page: `zoom` 1.0 = 100%, `dpr` the screen's device pixel ratio."""

    page: int  # 0-based
    zoom: float
    dpr: float


@dataclass(frozen=True, slots=True)
class RenderRequest:
    key: RenderKey
    size: QSize  # physical pixels


def image_bytes(image: QImage) -> int:
    return int(image.sizeInBytes())


class PageRenderer(QObject):
    """Owns the QPdfDocument, the worker pool and the cache of rendered pages.

    Signals:
        page_rendered(RenderKey): a page image is now in the cache (emitted on the UI thread).
    """

    page_rendered = Signal(object)
    _finished = Signal(int, object, object)  # (generation, RenderKey, QImage) from the worker, queued

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET_BYTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache: ByteBudgetCache[RenderKey, QImage] = ByteBudgetCache(image_bytes, budget_bytes)
        self._document = QPdfDocument(self)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._wanted: dict[str, tuple[RenderRequest, ...]] = {}
        self._in_flight: set[RenderKey] = set()
        self._closed = False
        self._generation = 0  # bumped per load, so a late image of the previous file is dropped
        self._finished.connect(self._on_finished)

    @property
    def document(self) -> QPdfDocument:
        return self._document

    def load(self, path: str) -> bool:
        """Open `path`; False (and an empty document) if QtPdf cannot read it."""
        self._stop_work()
        self.cache.clear()
        self._document.close()
        self._closed = False
        self._generation += 1
        return self._document.load(path) == QPdfDocument.Error.None_

    def page_count(self) -> int:
        return int(self._document.pageCount())

    def request(self, channel: str, requests: Sequence[RenderRequest]) -> None:
        """Replace `channel`'s wish list (first = most urgent); cached or running pages are skipped."""
        if self._closed:
            return
        with self._lock:
            self._wanted[channel] = tuple(requests)
            pending = [
                request
                for wished in self._wanted.values()
                for request in wished
                if request.key not in self.cache and request.key not in self._in_flight
            ]
        self._pool.clear()  # drop queued jobs for pages that scrolled away; running ones finish
        count = len(pending)
        for rank, request in enumerate(pending):
            self._pool.start(_RenderJob(self, request), count - rank)

    def cached(self, key: RenderKey) -> QImage | None:
        return self.cache.get(key)

    def best_cached(self, page: int, zoom: float) -> QImage | None:
        """The rendering of `page` closest in zoom: shown scaled until the sharp one arrives, never blank."""
        candidates = [key for key in self.cache.ordered_keys() if key.page == page]
        if not candidates:
            return None
        nearest = min(candidates, key=lambda key: abs(key.zoom - zoom))
        return self.cache.peek(nearest)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until the worker is idle (benchmarks and shutdown only)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def shutdown(self) -> None:
        """Stop rendering and close the document; safe to call twice."""
        self._stop_work()
        self._closed = True
        self._document.close()

    def _stop_work(self) -> None:
        with self._lock:
            self._wanted.clear()
        self._pool.clear()
        self._pool.waitForDone()
        with self._lock:
            self._in_flight.clear()

    def _claim(self, request: RenderRequest) -> bool:
        """Called on the worker: render only what is still wished for and not already running."""
        with self._lock:
            still_wanted = any(request in wished for wished in self._wanted.values())
            if not still_wanted or request.key in self._in_flight:
                return False
            self._in_flight.add(request.key)
            return True

    def _render(self, request: RenderRequest) -> None:
        """Runs on the worker thread."""
        generation = self._generation
        if not self._claim(request):
            return
        image = self._document.render(request.key.page, request.size, _SHOW_WHAT_THE_PDF_SHOWS)
        # QtPdf leaves the page background transparent: paint it white like paper.
        page = QImage(request.size, QImage.Format.Format_ARGB32_Premultiplied)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        page.setDevicePixelRatio(request.key.dpr)
        self._finished.emit(generation, request.key, page)

    def _on_finished(self, generation: int, key: RenderKey, image: QImage) -> None:
        with self._lock:
            self._in_flight.discard(key)
        if self._closed or generation != self._generation:
            return
        self.cache.put(key, image)
        self.page_rendered.emit(key)


class _RenderJob(QRunnable):
    def __init__(self, renderer: PageRenderer, request: RenderRequest) -> None:
        super().__init__()
        self._renderer = renderer
        self._request = request

    def run(self) -> None:
        self._renderer._render(self._request)

"""Open a 300-page PDF in the editor's page view to the first page shown, against a raw QPdfDocument load and
render of that page in the same run; then the peak memory while scrolling through all 300 pages.

Run: `.venv/bin/python -m benchmarks.editor_open [--runs N] [--pages N]` (offscreen).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from benchmarks.common import median_of, write_result
from esign_desktop.pdf import inspect_pdf
from esign_desktop.ui.editor.page_view import PdfPageView
from tests.pdf_factory import make_large_pdf

WIDTH, HEIGHT = 900, 1000
TIMEOUT_MS = 20_000


def wait_until(condition: object, timeout_ms: int = TIMEOUT_MS) -> None:
    """Run the event loop until `condition()` is true."""
    assert callable(condition)
    deadline = time.perf_counter() + timeout_ms / 1000
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() > deadline else None)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the page was not shown in time")


def open_to_first_page(path: Path, sizes: list[tuple[float, float]]) -> float:
    """As the composer opens a document: page sizes come from preflight, done when the PDF was added."""
    view = PdfPageView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    shown: list[int] = []
    view.page_shown.connect(shown.append)
    started = time.perf_counter()
    view.set_document(str(path), sizes)
    wait_until(lambda: 0 in shown)
    elapsed = time.perf_counter() - started
    view.shutdown()
    view.close()
    view.deleteLater()
    return elapsed


def raw_render(path: Path, size: QSize) -> float:
    started = time.perf_counter()
    document = QPdfDocument()
    document.load(str(path))
    image = document.render(0, size)
    page = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    elapsed = time.perf_counter() - started
    document.close()
    return elapsed


def scroll_all_pages(path: Path) -> dict[str, float]:
    view = PdfPageView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    view.set_document(str(path))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    step = max(1, view.viewport().height() // 2)
    bar = view.verticalScrollBar()
    frames = 0
    while True:
        for index in view.visible_pages():
            wait_until(lambda index=index: view.is_page_rendered(index))
        view.viewport().repaint()
        frames += 1
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + step)
    elapsed = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures = {
        "pages": float(view.page_count()),
        "frames": float(frames),
        "seconds": elapsed,
        "cache_budget_mb": view.renderer.cache.budget_bytes / 1_048_576,
        "cache_peak_mb": view.renderer.cache.peak_bytes / 1_048_576,
        "peak_rss_mb": rss_after / 1024,  # ru_maxrss is in KiB on Linux
        "peak_rss_growth_while_scrolling_mb": (rss_after - rss_before) / 1024,
    }
    view.shutdown()
    view.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = make_large_pdf(Path(folder) / "large.pdf", args.pages)
        probe = PdfPageView()
        probe.resize(WIDTH, HEIGHT)
        probe.set_document(str(path))
        width, height = probe.page_view(0).render_size
        probe.shutdown()
        sizes = [page.box.displayed_size for page in inspect_pdf(path).pages]
        open_to_first_page(path, sizes)  # warm the OS file cache and Qt's first-use costs
        ours = median_of(args.runs, lambda: open_to_first_page(path, sizes))
        raw = median_of(args.runs, lambda: raw_render(path, QSize(width, height)))
        scrolling = scroll_all_pages(path)
    figures = {
        "pages": float(args.pages),
        "first_page_shown_s": ours,
        "raw_qpdfdocument_load_and_render_s": raw,
        "ratio": ours["median"] / raw["median"],
        "scroll_all_pages": scrolling,
    }
    result = write_result("editor_open", figures)
    print(
        f"first page shown {ours['median'] * 1000:.1f} ms vs raw {raw['median'] * 1000:.1f} ms; "
        f"scroll peak RSS {scrolling['peak_rss_mb']:.0f} MB (cache peak {scrolling['cache_peak_mb']:.0f} MB) "
        f"-> {result}"
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The PDF page view: off-thread rendering into a bounded cache, zoom, rotated/cropped pages, thumbnails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.pdf import inspect_pdf
from esign_desktop.ui.editor.page_renderer import PageRenderer
from esign_desktop.ui.editor.page_view import MAX_ZOOM, MIN_ZOOM, PdfPageView, ZoomMode
from tests.pdf_factory import A4, PageSpec, make_large_pdf, make_mixed_pdf, make_pdf

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[PdfPageView]:
    widget = PdfPageView()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
    widget.close()


def wait_rendered(qtbot: QtBot, view: PdfPageView, index: int) -> None:
    def rendered() -> bool:
        return view.is_page_rendered(index)

    qtbot.waitUntil(rendered, timeout=5000)


def wheel(view: PdfPageView, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    position = QPointF(view.viewport().width() / 2, 100)
    event = QWheelEvent(
        position,
        view.viewport().mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_renders_rotated_and_cropped_pages_as_displayed(
    qtbot: QtBot, view: PdfPageView, tmp_path: Path
) -> None:
    pdf = make_mixed_pdf(tmp_path / "mixed.pdf")
    sizes = [page.box.displayed_size for page in inspect_pdf(pdf).pages]
    assert view.set_document(str(pdf), sizes)
    for index in range(4):
        view.scroll_to_page(index)
        wait_rendered(qtbot, view, index)
        image = view.renderer.cached(view._render_key(index))
        assert image is not None
        width, height = sizes[index]
        # The image has the displayed page's proportions (sideways pages are wider than tall) ...
        assert image.width() / image.height() == pytest.approx(width / height, rel=0.01)
        # ... and paper is white, not transparent.
        assert image.pixelColor(1, 1) == QColor("white")
        page_width, page_height = view.page_view(index).size
        assert page_width / page_height == pytest.approx(width / height, rel=1e-9)


def test_user_unit_page_is_laid_out_at_its_true_size(view: PdfPageView, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "uu.pdf", [PageSpec(300, 400, user_unit=2.0)])
    sizes = [page.box.displayed_size for page in inspect_pdf(pdf).pages]
    view.set_document(str(pdf), sizes)
    view.set_zoom(1.0)
    assert view.page_view(0).size == pytest.approx((600 * 96 / 72, 800 * 96 / 72))


def test_ctrl_wheel_zooms_within_limits_and_plain_wheel_scrolls(view: PdfPageView, tmp_path: Path) -> None:
    view.set_document(str(make_large_pdf(tmp_path / "doc.pdf", 5)))
    view.set_zoom(1.0)
    wheel(view, 1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.25)
    wheel(view, 30, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == MAX_ZOOM
    wheel(view, -60, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == MIN_ZOOM
    view.set_zoom(1.0)
    before = view.verticalScrollBar().value()
    wheel(view, -2, Qt.KeyboardModifier.NoModifier)
    assert view.verticalScrollBar().value() > before
    assert view.zoom == 1.0


def test_fit_width_and_fit_page(view: PdfPageView, tmp_path: Path) -> None:
    view.set_document(str(make_pdf(tmp_path / "a4.pdf", [PageSpec(*A4), PageSpec(*A4)])))
    view.set_zoom_mode(ZoomMode.FIT_WIDTH)
    width, _ = view.page_view(0).size
    assert width == pytest.approx(view.viewport().width() - 24, abs=1)
    view.set_zoom_mode(ZoomMode.FIT_PAGE)
    _, height = view.page_view(0).size
    assert height == pytest.approx(view.viewport().height() - 24, abs=1)
    view.resize(900, 500)
    _, height = view.page_view(0).size
    assert height == pytest.approx(view.viewport().height() - 24, abs=1)


def test_only_visible_pages_are_rendered_and_memory_is_bounded(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = make_large_pdf(tmp_path / "many.pdf", 40)
    budget = 12 * 1024 * 1024
    view = PdfPageView(PageRenderer(budget_bytes=budget))
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    try:
        view.set_document(str(pdf))
        view.set_zoom(1.0)
        qtbot.waitUntil(lambda: view.is_page_rendered(0), timeout=5000)
        rendered = {key.page for key in view.renderer.cache.ordered_keys()}
        assert rendered <= set(range(3))  # visible page plus one ahead
        for index in range(0, 40, 4):
            view.scroll_to_page(index)
            wait_rendered(qtbot, view, index)
        assert view.renderer.cache.peak_bytes <= budget
        assert not view.is_page_rendered(0)  # evicted long ago
    finally:
        view.shutdown()
        view.close()


def test_page_at_maps_pixels_to_displayed_fractions(view: PdfPageView, tmp_path: Path) -> None:
    view.set_document(str(make_mixed_pdf(tmp_path / "mixed.pdf")))
    view.set_zoom(0.5)
    view.scroll_to_page(1)
    page_view = view.page_view(1)
    x, y = page_view.fraction_to_pixel(0.25, 0.75)
    hit = view.page_at(QPointF(x, y))
    assert hit is not None
    assert hit[0] == 1
    assert hit[1:] == pytest.approx((0.25, 0.75))
    assert view.page_at(QPointF(2, 2)) is None  # the grey margin left of the page


@pytest.mark.parametrize("mode", [ZoomMode.FIT_WIDTH, ZoomMode.CUSTOM])
def test_a_resize_keeps_the_same_page_point_at_the_top(
    qtbot: QtBot, view: PdfPageView, tmp_path: Path, mode: ZoomMode
) -> None:
    view.set_document(str(make_pdf(tmp_path / "three.pdf", [PageSpec(*A4)] * 3)))
    if mode is ZoomMode.CUSTOM:
        view.set_zoom(1.5)
    else:
        view.set_zoom_mode(mode)
    view.verticalScrollBar().setValue(round(view.verticalScrollBar().maximum() * 0.55))
    top_centre = QPointF(view.viewport().width() / 2, 0)
    before = view.page_at(top_centre)
    assert before is not None
    for width in (520, 900):
        view.resize(width, 500)
        after = view.page_at(QPointF(view.viewport().width() / 2, 0))
        assert after is not None
        assert after[0] == before[0]
        assert after[2] == pytest.approx(before[2], abs=0.01)  # same height on the page, within a pixel or so

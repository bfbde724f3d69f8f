"""Outlines of the form fields a PDF already has, and a warning when a new field covers something on the page.

A layer of its own over the page view (under the field overlay, transparent to the mouse), so the composer's
field drawing and editing stay untouched. The marks come from the pdf layer (pdf/page_marks.py), read off
the UI thread whenever the composer shows another document.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from esign_desktop.domain.model import Field
from esign_desktop.pdf.errors import PdfError
from esign_desktop.pdf.page_marks import MarkKind, PageMark, page_marks
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.page_view import PdfPageView
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.widget_work import WidgetWork

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

_OUTLINE = QColor(90, 90, 90)

Marks = tuple[tuple[PageMark, ...], ...]


def _read_marks(path: Path) -> Marks | None:
    """On a worker thread: the document's marks, or None when it cannot be read."""
    try:
        return page_marks(path)
    except (PdfError, OSError):
        return None  # preflight already said what is wrong with the file; draw nothing


class ExistingFieldsLayer(QWidget):
    """Dashed outlines of the document's own form fields on the visible pages.

    Signals:
        marks_loaded(): the current document's marks were read (tests wait for it).
        status_message(str): a field was just placed or moved over an existing field or an annotation.
    """

    marks_loaded = Signal()
    status_message = Signal(str)

    def __init__(self, view: PdfPageView, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("existingFieldsLayer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.view = view
        self.state = state
        self._path = ""
        self._marks: Marks = ()
        self._warned: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
        self._work = WidgetWork(self)  # reading the marks; ends with the layer
        view.add_overlay(self)
        self.lower()  # under the field overlay: new fields are drawn above the outlines
        view.layout_changed.connect(self.update)
        state.fields_changed.connect(self._check_overlaps)

    def set_document(self, path: str | Path) -> None:
        """Show the marks of `path` (read in the background); until then nothing is outlined."""
        self._path = str(path)
        self._marks = ()
        self.update()
        self._work.call(partial(_read_marks, Path(path)), partial(self._on_scan_finished, self._path))

    def marks(self) -> Marks:
        return self._marks

    def covered_by(self, field_: Field) -> list[PageMark]:
        """The marks `field_` overlaps on its page (for the current document only)."""
        if field_.document != self.state.current_document or not 1 <= field_.page <= len(self._marks):
            return []
        return [mark for mark in self._marks[field_.page - 1] if mark.rect.intersects(field_.rect)]

    def _on_scan_finished(self, path: str, marks: Marks | None) -> None:
        if path != self._path:
            return  # a scan of a document no longer shown
        self._marks = marks or ()
        self._warned = {
            f.id: _where(f) for f in self.state.fields if f.document == self.state.current_document
        }  # fields already there when the document opened were placed knowingly: no warning for them
        self.update()
        self.marks_loaded.emit()

    def _check_overlaps(self) -> None:
        for field_ in self.state.fields:
            if field_.document != self.state.current_document or self._warned.get(field_.id) == _where(
                field_
            ):
                continue
            self._warned[field_.id] = _where(field_)
            covered = self.covered_by(field_)
            if covered:
                self.status_message.emit(self._describe(field_, covered[0]))
                return

    def _describe(self, field_: Field, mark: PageMark) -> str:
        if mark.kind is MarkKind.FORM_FIELD:
            text = self.tr("The field on page %1 covers the document's own form field “%2”. Check its place.")
        else:
            text = self.tr("The field on page %1 covers an annotation (%2) of the document. Check its place.")
        return fill(text, str(field_.page), mark.label)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._marks:
            return
        painter = QPainter(self)
        painter.setPen(QPen(_OUTLINE, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        exposed = QRectF(event.rect())
        for index in self.view.visible_pages():
            if index >= len(self._marks):
                break
            view = self.view.page_view(index)
            for mark in self._marks[index]:
                if mark.kind is not MarkKind.FORM_FIELD:
                    continue  # annotations are drawn by the page rendering itself
                area = view.to_view(mark.rect)
                box = QRectF(area.x, area.y, area.width, area.height)
                if box.intersects(exposed):
                    painter.drawRect(box)
        painter.end()


def _where(field_: Field) -> tuple[int, tuple[float, float, float, float]]:
    rect = field_.rect
    return (field_.page, (rect.x0, rect.y0, rect.x1, rect.y1))

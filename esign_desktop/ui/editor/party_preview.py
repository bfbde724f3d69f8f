"""Preview as a party: the pages as one party will meet them, their own fields highlighted, the rest dimmed.

The overlay sits above the editing overlay while previewing and takes every mouse and key press, so nothing
can be edited by accident; the composer is read-only meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from esign_desktop.domain.model import Field
from esign_desktop.ui.contrast import ink_for
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.page_view import PdfPageView
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.labels import field_kind_label
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

_DIMMED = QColor(150, 150, 150)
_DIMMED_FILL_ALPHA = 18
_HIGHLIGHT_FILL_ALPHA = 90


class PartyPreviewOverlay(QWidget):
    """Paints the fields of the current document for one party; accepts and ignores every edit gesture."""

    def __init__(self, view: PdfPageView, state: EditorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyPreviewOverlay")
        self.setAccessibleName(self.tr("Preview of the fields one party sees"))
        self.view = view
        self.state = state
        self._party_id = ""
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(self._font.pointSizeF() * 0.85, 7.0))  # follows the system size
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.add_overlay(self)
        self.hide()
        view.layout_changed.connect(self.update)
        state.fields_changed.connect(self.update)
        state.context_changed.connect(self.update)

    @property
    def party_id(self) -> str:
        return self._party_id

    def set_party(self, party_id: str) -> None:
        self._party_id = party_id
        self.update()

    def highlighted_fields(self) -> list[Field]:
        """The fields shown highlighted: the previewed party's, on the current document."""
        document = self.state.current_document
        return [f for f in self.state.fields if f.party_id == self._party_id and f.document == document]

    def dimmed_fields(self) -> list[Field]:
        document = self.state.current_document
        return [f for f in self.state.fields if f.party_id != self._party_id and f.document == document]

    # Read-only: swallow the gestures the editing overlay would act on.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self._font)
        document = self.state.current_document
        colour = party_colour(self.state.party_index(self._party_id))
        for index in self.view.visible_pages():
            view = self.view.page_view(index)
            for field in self.state.collection.on_page(document, index + 1):
                area = view.to_view(field.rect)
                box = QRectF(area.x, area.y, area.width, area.height)
                if field.party_id == self._party_id:
                    fill = QColor(colour)
                    fill.setAlpha(_HIGHLIGHT_FILL_ALPHA)
                    painter.setPen(QPen(colour, 2.0))
                    painter.setBrush(fill)
                    painter.drawRect(box)
                    painter.setPen(QColor(*ink_for((colour.red(), colour.green(), colour.blue()))))
                    painter.drawText(
                        box.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, field_kind_label(field.kind)
                    )
                else:
                    fill = QColor(_DIMMED)
                    fill.setAlpha(_DIMMED_FILL_ALPHA)
                    painter.setPen(QPen(_DIMMED, 1.0, Qt.PenStyle.DotLine))
                    painter.setBrush(fill)
                    painter.drawRect(box)
        painter.end()

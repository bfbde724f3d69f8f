"""The list of views (All, Drafts, Outbox...) with the number of envelopes in each."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from esign_desktop.ui.labels import view_label
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.views_rules import EnvelopeView

_VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
# The style's focus frame takes PM_FocusFrameHMargin on each side of an item: 2 px in Qt's own styles (Fusion,
# Windows). Asking the style would load the QStyle bindings, ~6 ms of a start people wait for; allow 4.
_FOCUS_FRAME_ALLOWANCE = 4
NEEDS_ATTENTION = "needs_attention"  # not an envelope view: records the store set aside (quarantine)


class ViewSidebar(QListWidget):
    """Signals:
    view_selected(str): the EnvelopeView value the user picked.
    attention_selected(): the "Needs attention" entry was picked (shown only while records are set aside).
    """

    view_selected = Signal(str)
    attention_selected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewSidebar")
        self.setAccessibleName(self.tr("Envelope views"))
        self.setAccessibleDescription(self.tr("Choose which envelopes the list shows"))
        self._counts: dict[EnvelopeView, int] = dict.fromkeys(EnvelopeView, 0)
        self._items: dict[EnvelopeView, QListWidgetItem] = {}
        for view in EnvelopeView:
            item = QListWidgetItem(self)
            item.setData(_VIEW_ROLE, view.value)
            self._items[view] = item
            self._update_item(view)
        self._attention_count = 0
        self._attention = QListWidgetItem()  # in the list only while records are set aside
        self._attention.setData(_VIEW_ROLE, NEEDS_ATTENTION)  # its icon comes when it first shows
        self._update_attention()
        self.setCurrentRow(0)
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fitting_width(self) -> int:
        """A width that shows every view's name and count whole in the current language, within reason
        (a longer one is elided, and its tooltip says it whole)."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.item(row).text()) for row in range(self.count()))
        widest += metrics.horizontalAdvance("  (999)")  # room for the counts that arrive later
        icon = self.iconSize().width() + 6 if self._attention.listWidget() is self else 0
        margins = 2 * self.frameWidth() + 4 * _FOCUS_FRAME_ALLOWANCE
        return min(max(widest + icon + margins + 12, 150), 360)

    def current_view(self) -> EnvelopeView:
        item = self.currentItem()
        if item is None or item is self._attention:
            return EnvelopeView.ALL
        return EnvelopeView(item.data(_VIEW_ROLE))

    def is_attention_selected(self) -> bool:
        return self.currentItem() is self._attention

    def select_attention(self) -> None:
        if self._attention.listWidget() is self:
            self.setCurrentItem(self._attention)

    def attention_count(self) -> int:
        return self._attention_count

    def set_attention_count(self, count: int) -> None:
        """How many records are set aside; the entry shows only when there are some."""
        self._attention_count = count
        self._update_attention()
        shown = self._attention.listWidget() is self
        if count and not shown:
            if self._attention.icon().isNull():
                self._attention.setIcon(
                    self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
                )
            self.addItem(self._attention)
        elif not count and shown:
            if self.is_attention_selected():
                self.set_current_view(EnvelopeView.ALL)
            self.takeItem(self.row(self._attention))

    def _update_attention(self) -> None:
        count = self._attention_count
        label = self.tr("Needs attention")
        self._attention.setText(f"{label}  ({QLocale().toString(count)})" if count else label)
        accessible = fill(self.tr("%1, %n record(s) set aside", "", count), label)
        self._attention.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        self._attention.setToolTip(accessible)

    def set_current_view(self, view: EnvelopeView) -> None:
        self.setCurrentItem(self._items[view])

    def count_of(self, view: EnvelopeView) -> int:
        return self._counts[view]

    def set_counts(self, counts: Mapping[EnvelopeView, int]) -> None:
        for view in EnvelopeView:
            count = counts.get(view, 0)
            if count != self._counts[view]:
                self._counts[view] = count
                self._update_item(view)

    def _update_item(self, view: EnvelopeView) -> None:
        item = self._items[view]
        count = self._counts[view]
        label = view_label(view)
        item.setText(f"{label}  ({QLocale().toString(count)})" if count else label)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("%1, %n envelope(s)", "", count), label)
        )
        item.setToolTip(item.data(Qt.ItemDataRole.AccessibleTextRole))

    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is self._attention:
            self.attention_selected.emit()
        elif current is not None:
            self.view_selected.emit(current.data(_VIEW_ROLE))

"""The envelope table: sorting, multi-select, context menu, and a scroll position that survives updates."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from esign_desktop.domain.model import Envelope
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.ui.labels import status_label
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, format_time
from esign_desktop.ui.models.envelope_filter_proxy import EnvelopeFilterProxy
from esign_desktop.ui.models.envelope_table_model import LOCAL_ID_ROLE
from esign_desktop.ui.placeholders import fill


class EnvelopeListView(QTableView):
    """Rows of envelopes.

    Signals:
        selection_changed(list): the selected Envelopes, in row order, whenever the selection changes.
        current_changed(object): the current Envelope or None.
    """

    selection_changed = Signal(list)
    current_changed = Signal(object)

    def __init__(self, proxy: EnvelopeFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("envelopeList")
        self.setAccessibleName(self.tr("Envelope list"))
        self.setAccessibleDescription(self.tr("Envelopes across every account; use the arrow keys to move"))
        self._proxy = proxy
        self._context_actions: list[QAction | None] = []
        self._anchor: tuple[str, int] | None = None
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setAccessibleName(self.tr("Envelope list columns"))
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for column, width in (
            (EnvelopeColumn.NAME, 240),
            (EnvelopeColumn.ACCOUNT, 190),
            (EnvelopeColumn.STATUS, 150),
            (EnvelopeColumn.PROGRESS, 110),
            (EnvelopeColumn.SENT, 130),
            (EnvelopeColumn.UPDATED, 130),
            (EnvelopeColumn.EXPIRES, 130),
            (EnvelopeColumn.SENT_BY, 100),
        ):
            header.resizeSection(column, max(width, self.fitting_width(column)))
        # What people watch all day next to the name, where a narrow list (a 1366-pixel laptop, Swedish
        # labels) still shows it whole: who sent it, the status, how far signing is; the account after them.
        for column in (EnvelopeColumn.PROGRESS, EnvelopeColumn.STATUS, EnvelopeColumn.SENT_BY):
            header.moveSection(header.visualIndex(column), header.visualIndex(EnvelopeColumn.NAME) + 1)
        header.setSectionHidden(EnvelopeColumn.SENT_BY, True)  # until team mode or an envelope has a sender
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # what is still cut shows whole in its tooltip
        header.setSortIndicator(proxy.sort_column(), proxy.sort_order())
        self.setSortingEnabled(True)  # after the indicator, or Qt sorts by its default first column
        self.selectionModel().selectionChanged.connect(self._on_selection_model_selection_changed)
        self.selectionModel().currentRowChanged.connect(self._on_selection_model_current_row_changed)
        for signal in (proxy.rowsAboutToBeInserted, proxy.rowsAboutToBeRemoved, proxy.rowsAboutToBeMoved):
            signal.connect(self._remember_top_row)
        proxy.layoutAboutToBeChanged.connect(self._on_proxy_layout_about_to_be_changed)
        for done in (proxy.rowsInserted, proxy.rowsRemoved, proxy.rowsMoved, proxy.layoutChanged):
            done.connect(self._restore_top_row)

    def fitting_width(self, column: EnvelopeColumn) -> int:
        """A width that shows the column's title and its typical values whole in the current language
        (Japanese and Swedish texts are often wider than the English the defaults were chosen for)."""
        metrics = self.fontMetrics()
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        samples = [title]
        if column is EnvelopeColumn.STATUS:
            samples += [status_label(status) for status in EnvelopeStatus]
        elif column is EnvelopeColumn.PROGRESS:
            template = QCoreApplication.translate("EnvelopeColumn", "%1 of %2 signed")
            samples += [
                fill(template, "10", "10"),
                QCoreApplication.translate("EnvelopeColumn", "No signers"),
            ]
        elif column in (EnvelopeColumn.SENT, EnvelopeColumn.UPDATED, EnvelopeColumn.EXPIRES):
            samples.append(format_time(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)))
        icon = self.iconSize().width() + 8 if column is EnvelopeColumn.STATUS else 0
        return max(metrics.horizontalAdvance(text) for text in samples) + icon + 24  # margins, sort arrow

    def widen_to_fit_texts(self) -> None:
        """Columns narrower than their texts in the current language are widened (never narrowed): widths
        saved while the app spoke another language."""
        header = self.horizontalHeader()
        for column in EnvelopeColumn:
            if header.sectionSize(column) < (fitting := self.fitting_width(column)):
                header.resizeSection(column, fitting)

    def show_sent_by(self, shown: bool) -> None:
        """The "Sent by" column: shown in team mode or once any envelope names its sender."""
        self.horizontalHeader().setSectionHidden(EnvelopeColumn.SENT_BY, not shown)

    def sent_by_shown(self) -> bool:
        return not self.horizontalHeader().isSectionHidden(EnvelopeColumn.SENT_BY)

    # Selection

    def selected_envelopes(self) -> list[Envelope]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._proxy.envelope(row) for row in rows]

    def current_envelope(self) -> Envelope | None:
        index = self.currentIndex()
        return self._proxy.envelope(index.row()) if index.isValid() else None

    def select_envelope(self, local_id: str) -> bool:
        """Make the envelope current and the only selected one; False when it is not visible."""
        row = self._proxy.row_of(local_id)
        if row is None:
            return False
        index = self._proxy.index(row, 0)
        flags = self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    def _on_selection_model_selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_envelopes())

    def _on_selection_model_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self._proxy.envelope(current.row()) if current.isValid() else None)

    # Context menu: the same QActions as the toolbar, so enabled states agree

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """None entries become separators."""
        self._context_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_envelope(str(index.data(LOCAL_ID_ROLE)))
        menu = QMenu(self)
        menu.setObjectName("envelopeContextMenu")
        menu.setAccessibleName(self.tr("Envelope actions"))
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())  # popup, not exec: no nested event loop

    # The first visible row stays first across inserts, removals and re-sorting.

    def _on_proxy_layout_about_to_be_changed(self) -> None:
        # A search or sort by the user starts from wherever Qt leaves it; a sync update keeps the place.
        if self._proxy.applying_source_changes:
            self._remember_top_row()

    def _remember_top_row(self) -> None:
        if self._anchor is not None:
            return
        index = self.indexAt(QPoint(1, 1))
        if index.isValid():
            offset = self.visualRect(index).top()
            self._anchor = (str(index.data(LOCAL_ID_ROLE)), offset)

    def _restore_top_row(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is None:
            return
        local_id, offset = anchor
        row = self._proxy.row_of(local_id)
        if row is None:
            return
        self.updateGeometries()  # the scroll range must cover the new row count before we scroll
        header = self.verticalHeader()
        self.verticalScrollBar().setValue(
            row
            if self.verticalScrollMode() is QAbstractItemView.ScrollMode.ScrollPerItem
            else header.sectionPosition(row) - offset
        )

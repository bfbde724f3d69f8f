"""Search, sidebar view and sort over the envelope table, fast enough for 100,000 rows.

QSortFilterProxyModel would call back into Python once per row to filter and twice per comparison to sort;
this proxy filters and sorts with list operations over the collection's per-row caches instead, and
announces incremental changes (insert, remove, move) so selection and scroll position survive updates.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import total_ordering
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from esign_desktop.domain.model import Envelope
from esign_desktop.ui.models.envelope_collection import SortKey
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn
from esign_desktop.ui.models.envelope_table_model import (
    ENVELOPE_ROLE,
    ROW_FLAGS,
    EnvelopeTableModel,
    ModelIndex,
)
from esign_desktop.ui.views_rules import EnvelopeView

# More new rows than this are merged in with one layout change instead of one insert each.
_BULK_INSERT = 64


class EnvelopeFilterProxy(QAbstractProxyModel):
    """The visible envelope rows, filtered by view and search text and sorted by one column.

    Signals:
        visible_count_changed(int): number of visible rows, after any change.
    """

    visible_count_changed = Signal(int)

    def __init__(self, source: EnvelopeTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._collection = source.collection
        self._view = EnvelopeView.ALL
        self._terms: tuple[str, ...] = ()
        self._sort_column = EnvelopeColumn.UPDATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._rows: list[int] = []  # proxy row -> source row
        self._position: dict[int, int] | None = None  # source row -> proxy row, rebuilt lazily
        self._sorted_all: list[int] | None = None  # every source row in sort order, dropped on change
        self._last_count = 0
        self.applying_source_changes = False  # True while a layout change comes from the data, not the user
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_source_reset)
        source.rowsInserted.connect(self._on_source_rows_inserted)
        source.rowsAboutToBeRemoved.connect(self._on_source_rows_about_to_be_removed)
        source.rowsRemoved.connect(self._on_source_rows_removed)
        source.dataChanged.connect(self._on_source_data_changed)
        self._rows = self._compute_rows()

    # Filtering and sorting

    @property
    def view(self) -> EnvelopeView:
        return self._view

    def set_view(self, view: EnvelopeView) -> None:
        if view is not self._view:
            self._view = view
            self._relayout()

    def set_search_text(self, text: str) -> None:
        terms = tuple(text.lower().split())
        if terms == self._terms:
            return
        # Typing more of a word only narrows the result: search the visible rows, not all of them.
        narrows = all(any(old in new for new in terms) for old in self._terms)
        self._terms = terms
        self._relayout(narrow=narrows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(EnvelopeColumn):
            return
        self._sort_column = EnvelopeColumn(column)
        self._sort_order = order
        self._sorted_all = None
        self._relayout()

    def sort_column(self) -> int:
        return int(self._sort_column)

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def envelope(self, row: int) -> Envelope:
        return self._collection.envelope(self._rows[row])

    def visible_envelopes(self) -> list[Envelope]:
        return [self._collection.envelope(row) for row in self._rows]

    def row_of(self, local_id: str) -> int | None:
        source_row = self._collection.row_of(local_id)
        return None if source_row is None else self._positions().get(source_row)

    # Qt interface

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(EnvelopeColumn)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EnvelopeColumn)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def sibling(self, row: int, column: int, idx: ModelIndex) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxyIndex: ModelIndex) -> QModelIndex:  # noqa: N803
        if not proxyIndex.isValid() or proxyIndex.row() >= len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[proxyIndex.row()], proxyIndex.column())

    def mapFromSource(self, sourceIndex: ModelIndex) -> QModelIndex:  # noqa: N803
        if not sourceIndex.isValid():
            return QModelIndex()
        row = self._positions().get(sourceIndex.row())
        return QModelIndex() if row is None else self.createIndex(row, sourceIndex.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._source.row_data(self._rows[index.row()], index.column(), role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # Source changes

    def _on_source_reset(self) -> None:
        self._sorted_all = None
        self._rows = self._compute_rows()
        self._position = None
        self.endResetModel()
        self._announce_count()

    def _on_source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._sorted_all = None
        if first < len(self._collection) - count:  # not an append: later source rows moved down
            self._rows = [row + count if row >= first else row for row in self._rows]
            self._position = None
        new_rows = [row for row in range(first, last + 1) if self._accepts(row)]
        if len(new_rows) > _BULK_INSERT:
            self._relayout(from_source=True)
            return
        for source_row in new_rows:
            self._insert_proxy_row(source_row)
        self._announce_count()

    def _on_source_rows_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        positions = self._positions()
        proxy_rows = sorted(
            (row for source_row in range(first, last + 1) if (row := positions.get(source_row)) is not None),
            reverse=True,
        )
        for proxy_row in proxy_rows:
            self.beginRemoveRows(QModelIndex(), proxy_row, proxy_row)
            del self._rows[proxy_row]
            self._position = None
            self.endRemoveRows()

    def _on_source_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._rows = [row - count if row > last else row for row in self._rows]
        self._position = None
        self._sorted_all = None
        self._announce_count()

    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        first, last = top_left.row(), bottom_right.row()
        if roles and Qt.ItemDataRole.DisplayRole not in roles:  # looks only (palette): rows stay put
            self._forward_data_changed(first, last, top_left.column(), bottom_right.column())
            return
        self._sorted_all = None
        if last - first + 1 > _BULK_INSERT:
            self._relayout(from_source=True)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(EnvelopeColumn) - 1)
                )
            return
        for source_row in range(first, last + 1):
            self._refresh_source_row(source_row)
        self._announce_count()

    def _forward_data_changed(self, first: int, last: int, first_column: int, last_column: int) -> None:
        if last - first + 1 > _BULK_INSERT:
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, first_column), self.index(len(self._rows) - 1, last_column)
                )
            return
        positions = self._positions()
        for source_row in range(first, last + 1):
            row = positions.get(source_row)
            if row is not None:
                self.dataChanged.emit(self.index(row, first_column), self.index(row, last_column))

    def _refresh_source_row(self, source_row: int) -> None:
        proxy_row = self._positions().get(source_row)
        accepted = self._accepts(source_row)
        if proxy_row is None:
            if accepted:
                self._insert_proxy_row(source_row)
            return
        if not accepted:
            self.beginRemoveRows(QModelIndex(), proxy_row, proxy_row)
            del self._rows[proxy_row]
            self._position = None
            self.endRemoveRows()
            return
        del self._rows[proxy_row]
        target = self._insertion_point(source_row)
        self._rows.insert(proxy_row, source_row)
        if target != proxy_row:
            destination = target + 1 if target > proxy_row else target
            self.beginMoveRows(QModelIndex(), proxy_row, proxy_row, QModelIndex(), destination)
            del self._rows[proxy_row]
            self._rows.insert(target, source_row)
            self._position = None
            self.endMoveRows()
        self.dataChanged.emit(self.index(target, 0), self.index(target, len(EnvelopeColumn) - 1))

    # Row bookkeeping

    def _insert_proxy_row(self, source_row: int) -> None:
        target = self._insertion_point(source_row)
        self.beginInsertRows(QModelIndex(), target, target)
        self._rows.insert(target, source_row)
        self._position = None
        self.endInsertRows()

    def _insertion_point(self, source_row: int) -> int:
        """Where a source row goes in the current (sorted) visible rows, by binary search."""
        return bisect_left(self._rows, self._key_function()(source_row), key=self._key_function())

    def _key_function(self) -> Callable[[int], SortKey | _Descending]:
        """Keys that sort ascending into display order; rows without a value stay last either way."""
        key = self._collection.sort_key_function(self._sort_column)
        if self._sort_order is Qt.SortOrder.AscendingOrder:
            return key

        def descending(row: int) -> _Descending:
            return _Descending(key(row))

        return descending

    def _accepts(self, source_row: int) -> bool:
        return self._collection.accepts(source_row, self._view, self._terms)

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {source_row: proxy_row for proxy_row, source_row in enumerate(self._rows)}
        return self._position

    def _compute_rows(self, *, narrow: bool = False) -> list[int]:
        if narrow:
            return self._collection.matching_rows(self._view, self._terms, self._rows)
        if self._sorted_all is None or len(self._sorted_all) != len(self._collection):
            self._sorted_all = sorted(range(len(self._collection)), key=self._key_function())
        return self._collection.matching_rows(self._view, self._terms, self._sorted_all)

    def _relayout(self, *, from_source: bool = False, narrow: bool = False) -> None:
        """Recompute the visible rows in one layout change, carrying persistent indexes (the selection)."""
        self.applying_source_changes = from_source
        try:
            self._change_layout(narrow=narrow)
        finally:
            self.applying_source_changes = False
        self._announce_count()

    def _change_layout(self, *, narrow: bool) -> None:
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        old_sources = [
            (self._rows[index.row()] if 0 <= index.row() < len(self._rows) else -1, index.column())
            for index in old_indexes
        ]
        self._rows = self._compute_rows(narrow=narrow)
        self._position = None
        # Only the rows persistent indexes point at need a position now; the full map is built lazily.
        wanted = {source_row for source_row, _column in old_sources}
        positions = {source_row: row for row, source_row in enumerate(self._rows) if source_row in wanted}
        new_indexes = []
        for source_row, column in old_sources:
            row = positions.get(source_row)
            new_indexes.append(QModelIndex() if row is None else self.createIndex(row, column))
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _announce_count(self) -> None:
        if len(self._rows) != self._last_count:
            self._last_count = len(self._rows)
            self.visible_count_changed.emit(self._last_count)

    def envelope_at(self, index: QModelIndex | QPersistentModelIndex) -> Envelope | None:
        value = self.data(index, ENVELOPE_ROLE)
        return value if isinstance(value, Envelope) else None


@total_ordering
class _Descending:
    """A sort key in reverse, except that rows without a value stay last."""

    __slots__ = ("key",)

    def __init__(self, key: SortKey) -> None:
        self.key = key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __lt__(self, other: _Descending) -> bool:
        missing, other_missing = self.key[0], other.key[0]
        if missing != other_missing:
            return other_missing  # present before missing
        return self.key[1:] > other.key[1:]  # same column, so the values compare

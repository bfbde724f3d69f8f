"""A table model over the envelope collection: rows announced with insert/remove/dataChanged, never reset."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from esign_desktop.domain.model import Envelope
from esign_desktop.ui.models.envelope_collection import EnvelopeCollection
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn, display_text, sort_value
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.status_style import status_colour, status_icon
from esign_desktop.ui.views_rules import EnvelopeView, ViewContext

pin_singletons()  # this module emits signals from Python; see pyside_refcount_fix

ModelIndex = QModelIndex | QPersistentModelIndex

ENVELOPE_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain Envelope of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the column's real sort value (datetime, rank, casefolded text)
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 3

ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

_COLUMNS = list(EnvelopeColumn)


class EnvelopeTableModel(QAbstractTableModel):
    """One row per envelope across every account.

    Signals:
        counts_changed(dict): envelopes per sidebar view, {EnvelopeView: int}, after any change.
    """

    counts_changed = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collection = EnvelopeCollection()
        self._palette: QPalette | None = None

    # Qt interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.collection)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _COLUMNS[section].title
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.collection):
            return None
        return self.row_data(index.row(), index.column(), role)

    def row_data(self, row: int, column_number: int, role: int) -> Any:
        """data() without building an index, for the filter proxy's many calls."""
        envelope = self.collection.envelope(row)
        column = _COLUMNS[column_number]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_text(envelope, column, self.collection.account_name(envelope))
        if role == ENVELOPE_ROLE:
            return envelope
        if role == LOCAL_ID_ROLE:
            return envelope.local_id
        if role == SORT_ROLE:
            return sort_value(envelope, column, self.collection.account_name(envelope))
        if column is EnvelopeColumn.STATUS:
            return self._status_data(envelope, role)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell the column width elides
            return display_text(envelope, column, self.collection.account_name(envelope))
        return None

    def _status_data(self, envelope: Envelope, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(envelope.status, self.palette())
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_colour(envelope.status, self.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            raw = envelope.provider_status or self.tr("none reported")
            return fill(self.tr("%1 status: %2"), envelope.provider.label, raw)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # Palette, so status colours follow light and dark themes

    def palette(self) -> QPalette:
        return self._palette if self._palette is not None else QGuiApplication.palette()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = QPalette(palette)
        self._emit_column_changed(EnvelopeColumn.STATUS)

    # Domain interface

    def envelope(self, row: int) -> Envelope:
        return self.collection.envelope(row)

    def set_envelopes(self, envelopes: Iterable[Envelope]) -> None:
        """The first load (from the cache at start-up): the only full reset."""
        self.beginResetModel()
        self.collection.replace_all(envelopes)
        self.endResetModel()
        self._emit_counts()

    def upsert(self, envelopes: Iterable[Envelope]) -> None:
        """Update rows in place and append new envelopes at the end."""
        existing, new = self.collection.split_upsert(envelopes)
        for envelope in existing:
            row = self.collection.replace(envelope)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))
        if new:
            first = len(self.collection)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.collection.append(new)
            self.endInsertRows()
        if existing or new:
            self._emit_counts()

    def remove(self, local_ids: Iterable[str]) -> None:
        rows = sorted(
            {row for local_id in local_ids if (row := self.collection.row_of(local_id)) is not None},
            reverse=True,
        )
        if not rows:
            return
        for first, last in _contiguous_ranges_descending(rows):
            self.beginRemoveRows(QModelIndex(), first, last)
            self.collection.remove_rows(first, last)
            self.endRemoveRows()
        self._emit_counts()

    def set_account_names(self, names: Mapping[str, str]) -> None:
        for row in self.collection.set_account_names(names):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))

    def set_view_context(self, context: ViewContext) -> None:
        """New outbox ids, own addresses or the current time: the sidebar views may regroup."""
        for row in self.collection.set_context(context):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))
        self._emit_counts()

    def set_outbox(self, local_ids: Iterable[str]) -> None:
        self.set_view_context(self.collection.with_outbox(local_ids))

    def counts(self) -> dict[EnvelopeView, int]:
        return self.collection.counts()

    def _emit_counts(self) -> None:
        self.counts_changed.emit(self.collection.counts())

    def _emit_column_changed(self, column: EnvelopeColumn) -> None:
        if len(self.collection):
            looks = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole]
            self.dataChanged.emit(self.index(0, column), self.index(len(self.collection) - 1, column), looks)


def _contiguous_ranges_descending(rows: list[int]) -> list[tuple[int, int]]:
    """[9, 8, 7, 3, 2] -> [(7, 9), (2, 3)]: remove from the bottom so earlier rows keep their numbers."""
    ranges: list[tuple[int, int]] = []
    for row in rows:
        if ranges and ranges[-1][0] == row + 1:
            ranges[-1] = (row, ranges[-1][1])
        else:
            ranges.append((row, row))
    return ranges

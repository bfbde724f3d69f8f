"""The "Needs attention" view: records the store could not read, set aside (storage/quarantine.py).

Each row says what it was (a cached envelope, a draft, a send), which one, what was wrong and when it was
found. Export writes the record whole to a JSON file (to repair it or to report it); Delete forgets it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.storage.quarantine import QuarantinedRecord
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.models.envelope_columns import format_time

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttentionPanel(QWidget):
    """Signals:
    export_requested(int, str): a record's quarantine id and the file the person chose to write it to.
    delete_requested(int): a record's quarantine id, after the person confirmed.
    """

    export_requested = Signal(int, str)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self.intro = QLabel(
            self.tr(
                "These saved records could not be read back, so they were set aside; everything else works "
                "as usual. Export one to keep or report it, or delete it."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.records = QTreeWidget(self)
        self.records.setObjectName("attentionRecords")
        self.records.setAccessibleName(self.tr("Records that need attention"))
        self.records.setRootIsDecorated(False)
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records.setHeaderLabels([self.tr("What"), self.tr("Problem"), self.tr("Found"), self.tr("Id")])
        self.records.header().setAccessibleName(self.tr("Columns"))
        for column in (0, 2):
            self.records.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.records.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.records.header().setStretchLastSection(False)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportRecordButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteRecordButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.records, 1)
        layout.addLayout(buttons)
        self.pending_dialog: QFileDialog | QMessageBox | None = None
        self.records.itemSelectionChanged.connect(self._update_buttons)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self._update_buttons()

    def set_records(self, records: Sequence[QuarantinedRecord]) -> None:
        selected = self.selected_id()
        self.records.clear()
        for record in records:
            # A record set aside by an older version has only the English reason.
            problem = record.reason if record.problem is None else error_text(record.problem)
            item = QTreeWidgetItem(
                [self._kind_text(record.source), problem, format_time(record.found_at), record.record_key]
            )
            item.setData(0, _ID_ROLE, record.id)
            item.setToolTip(1, problem)
            self.records.addTopLevelItem(item)
            if record.id == selected:
                item.setSelected(True)
        first = self.records.topLevelItem(0)
        if first is not None and not self.records.selectedItems():
            first.setSelected(True)
        self._update_buttons()

    def record_count(self) -> int:
        return self.records.topLevelItemCount()

    def selected_id(self) -> int | None:
        items = self.records.selectedItems()
        return int(items[0].data(0, _ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        has_selection = self.selected_id() is not None
        self.export_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    def _on_export_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        dialog = QFileDialog(self, self.tr("Export the record"))
        dialog.setObjectName("exportRecordDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"needs-attention-{record_id}.json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_requested.emit(record_id, path))
        dialog.finished.connect(self._on_dialog_finished)
        self.pending_dialog = dialog
        dialog.open()

    def _on_delete_clicked(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteRecord")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete the record"))
        box.setText(self.tr("Delete this record for good?"))
        box.setInformativeText(self.tr("Export it first if you may want to repair or report it."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            self.pending_dialog = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.delete_requested.emit(record_id)

        box.finished.connect(on_finished)
        self.pending_dialog = box
        box.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.pending_dialog = None

    def _kind_text(self, source: str) -> str:
        texts = {
            "envelopes": self.tr("Cached envelope"),
            "drafts": self.tr("Draft"),
            "outbox": self.tr("Send in the outbox"),
        }
        return texts.get(source, source)

"""Everything about the current envelope: parties, documents, metadata, events and the raw provider status."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.action_rules import allowed_actions
from esign_desktop.domain.capabilities import Action, capabilities_for
from esign_desktop.domain.model import Document, Envelope
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.ui.event_trail import COLUMNS as EVENT_COLUMNS
from esign_desktop.ui.event_trail import column_titles, trail_rows, write_trail_csv
from esign_desktop.ui.labels import party_name, party_status_label, role_label, status_label
from esign_desktop.ui.models.envelope_columns import format_time, progress_text
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.status_style import status_colour
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

_PARTY_COLUMNS = [
    QT_TRANSLATE_NOOP("DetailsPane", "Order"),
    QT_TRANSLATE_NOOP("DetailsPane", "Name"),
    QT_TRANSLATE_NOOP("DetailsPane", "Role"),
    QT_TRANSLATE_NOOP("DetailsPane", "Status"),
    QT_TRANSLATE_NOOP("DetailsPane", "Acted"),
    QT_TRANSLATE_NOOP("DetailsPane", "Signing link"),
]
_METADATA_COLUMNS = [QT_TRANSLATE_NOOP("DetailsPane", "Key"), QT_TRANSLATE_NOOP("DetailsPane", "Value")]
_LINK_COLUMN = 5
_DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class SignatureLine:
    document: str
    summary: str
    ok: bool  # intact and trusted


_OK_ICON = QStyle.StandardPixmap.SP_DialogApplyButton
_PROBLEM_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning


class DetailsPane(QWidget):
    """Signals:
    metadata_changed(object): an Envelope copy carrying the metadata the user saved.
    document_requested(str, object, object): ("open" or "save_as", Envelope, Document).
    link_copied(str): a signing link went to the clipboard.
    events_exported(str): the events were exported to CSV (or could not be): a message for the person.
    """

    metadata_changed = Signal(object)
    document_requested = Signal(str, object, object)
    link_copied = Signal(str)
    events_exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self.setAccessibleName(self.tr("Envelope details"))
        self._envelope: Envelope | None = None

        self.title = QLabel(self)
        self.title.setObjectName("detailsTitle")
        self.title.setAccessibleName(self.tr("Envelope name"))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.status_label = self._value_label("detailsStatus", self.tr("Status"))
        self.provider_status_label = self._value_label("detailsProviderStatus", self.tr("Provider status"))
        self.account_label = self._value_label("detailsProvider", self.tr("Provider"))
        self.progress_label = self._value_label("detailsProgress", self.tr("Signing progress"))
        self.dates_label = self._value_label("detailsDates", self.tr("Dates"))
        summary = QFormLayout()
        summary.addRow(self.tr("Status:"), self.status_label)
        summary.addRow(self.tr("Provider status:"), self.provider_status_label)
        summary.addRow(self.tr("Provider:"), self.account_label)
        summary.addRow(self.tr("Progress:"), self.progress_label)
        summary.addRow(self.tr("Dates:"), self.dates_label)

        self.parties = self._table("detailsParties", self.tr("Parties"), _PARTY_COLUMNS)
        self.documents = QListWidget(self)
        self.documents.setObjectName("detailsDocuments")
        self.documents.setAccessibleName(self.tr("Documents"))
        self.documents.itemActivated.connect(self._on_documents_item_activated)
        self.open_document_button = self._button("openDocument", self.tr("&Open"), self.tr("Open document"))
        self.save_document_button = self._button(
            "saveDocument", self.tr("Save &as…"), self.tr("Save document as")
        )
        self.open_document_button.clicked.connect(lambda: self._request_document("open"))
        self.save_document_button.clicked.connect(lambda: self._request_document("save_as"))
        self.documents.currentRowChanged.connect(self._update_document_buttons)

        self.metadata = self._table("detailsMetadata", self.tr("Metadata"), _METADATA_COLUMNS)
        self.add_metadata_button = self._button(
            "addMetadata", self.tr("Add &row"), self.tr("Add metadata row")
        )
        self.save_metadata_button = self._button(
            "saveMetadata", self.tr("Save &metadata"), self.tr("Save metadata")
        )
        self.metadata_hint = QLabel(self)
        self.metadata_hint.setObjectName("metadataHint")
        self.metadata_hint.setWordWrap(True)
        self.add_metadata_button.clicked.connect(self._on_add_metadata_button_clicked)
        self.save_metadata_button.clicked.connect(self._on_save_metadata_button_clicked)

        self.events = self._table("detailsEvents", self.tr("Event timeline"), [])
        self.events.setColumnCount(len(EVENT_COLUMNS))
        self.events.setHorizontalHeaderLabels(column_titles())
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setWordWrap(False)
        self.export_events_button = self._button(
            "exportEvents", self.tr("E&xport to CSV…"), self.tr("Export the events to a CSV file")
        )
        self.export_events_button.clicked.connect(self._on_export_events_button_clicked)
        self.export_dialog: QFileDialog | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailsTabs")
        self.tabs.setAccessibleName(self.tr("Envelope detail sections"))
        self.tabs.addTab(self.parties, self.tr("&Parties"))
        self.tabs.addTab(
            self._column(self.documents, self._row(self.open_document_button, self.save_document_button)),
            self.tr("&Documents"),
        )
        self.tabs.addTab(
            self._column(
                self.metadata,
                self.metadata_hint,
                self._row(self.add_metadata_button, self.save_metadata_button),
            ),
            self.tr("Me&tadata"),
        )
        self.tabs.addTab(self._column(self.events, self._row(self.export_events_button)), self.tr("Eve&nts"))
        self.signatures = QListWidget(self)
        self.signatures.setObjectName("detailsSignatures")
        self.signatures.setAccessibleName(self.tr("Digital signatures of the downloaded documents"))
        self.signatures.setWordWrap(True)
        self._signature_reports: dict[str, list[SignatureLine]] = {}
        self.tabs.addTab(self.signatures, self.tr("Si&gnatures"))

        self.empty_label = QLabel(
            self.tr("Select an envelope to see its parties, documents and history."), self
        )
        self.empty_label.setObjectName("detailsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addLayout(summary)
        content_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.content)
        self.show_envelope(None)

    # Public

    @property
    def envelope(self) -> Envelope | None:
        return self._envelope

    def show_envelope(self, envelope: Envelope | None) -> None:
        self._envelope = envelope
        self.empty_label.setVisible(envelope is None)
        self.content.setVisible(envelope is not None)
        if envelope is None:
            return
        self.title.setText(envelope.name or self.tr("(untitled)"))
        self.status_label.setText(status_label(envelope.status))
        self.status_label.setStyleSheet(f"color: {status_colour(envelope.status, self.palette()).name()}")
        self.provider_status_label.setText(self._provider_status_text(envelope))
        self.account_label.setText(envelope.provider.label)
        self.progress_label.setText(progress_text(envelope))
        self.dates_label.setText(self._dates_text(envelope))
        self._fill_parties(envelope)
        self._fill_documents(envelope)
        self._fill_metadata(envelope)
        self._fill_events(envelope)
        self._fill_signatures(envelope)

    def set_signature_reports(self, local_id: str, lines: list[SignatureLine]) -> None:
        """What the local check of a downloaded PDF's digital signatures found, one line per signature."""
        self._signature_reports[local_id] = lines
        if self._envelope is not None and self._envelope.local_id == local_id:
            self._fill_signatures(self._envelope)

    def _fill_signatures(self, envelope: Envelope) -> None:
        self.signatures.clear()
        lines = self._signature_reports.get(envelope.local_id)
        if lines is None:
            self.signatures.addItem(self.tr("Download the signed documents to check their signatures here."))
            return
        if not lines:
            self.signatures.addItem(self.tr("The downloaded documents carry no digital signature."))
        for line in lines:
            item = QListWidgetItem(f"{line.document}: {line.summary}")
            item.setIcon(self.style().standardIcon(_OK_ICON if line.ok else _PROBLEM_ICON))
            item.setToolTip(line.summary)
            self.signatures.addItem(item)

    def metadata_editable(self) -> bool:
        envelope = self._envelope
        return envelope is not None and Action.UPDATE_METADATA in allowed_actions(
            envelope, capabilities_for(envelope.provider)
        )

    def edited_metadata(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for row in range(self.metadata.rowCount()):
            key_item, value_item = self.metadata.item(row, 0), self.metadata.item(row, 1)
            key = key_item.text().strip() if key_item is not None else ""
            if key:
                values[key] = value_item.text() if value_item is not None else ""
        return values

    def focus_metadata(self) -> None:
        self.tabs.setCurrentIndex(2)
        self.metadata.setFocus()

    # Filling

    def _dates_text(self, envelope: Envelope) -> str:
        parts = [fill(self.tr("created %1"), format_time(envelope.created_at))]
        if envelope.sent_at is not None and envelope.sent_by:
            parts.append(fill(self.tr("sent %1 by %2"), format_time(envelope.sent_at), envelope.sent_by))
        elif envelope.sent_at is not None:
            parts.append(fill(self.tr("sent %1"), format_time(envelope.sent_at)))
        if envelope.expires_at is not None:
            parts.append(fill(self.tr("expires %1"), format_time(envelope.expires_at)))
        return ", ".join(parts)

    def _fill_parties(self, envelope: Envelope) -> None:
        table = self.parties
        table.clearContents()
        table.setRowCount(len(envelope.parties))
        for row, party in enumerate(sorted(envelope.parties, key=lambda p: p.order)):
            acted = format_time(party.acted_at)
            values = [
                QLocale().toString(party.order),
                party_name(party),
                role_label(party.role),
                party_status_label(party.status),
                acted,
            ]
            for column, value in enumerate(values):
                item = _read_only_item(value)
                if column == 1:
                    item.setToolTip(party.email)
                table.setItem(row, column, item)
            table.setCellWidget(row, _LINK_COLUMN, self._link_cell(party_name(party), party.signing_url))

    def _link_cell(self, who: str, url: str) -> QWidget:
        cell = QWidget(self.parties)
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(2, 0, 2, 0)
        button = QToolButton(cell)
        button.setObjectName("copySigningLink")
        button.setText(self.tr("Copy link"))
        button.setAccessibleName(fill(self.tr("Copy signing link of %1"), who))
        button.setToolTip(url or self.tr("No signing link yet"))
        button.setEnabled(bool(url))
        button.clicked.connect(lambda: self._copy_link(url))
        layout.addWidget(button)
        layout.addStretch(1)
        return cell

    def _copy_link(self, url: str) -> None:
        QGuiApplication.clipboard().setText(url)
        self.link_copied.emit(url)

    def _fill_documents(self, envelope: Envelope) -> None:
        self.documents.clear()
        for document in envelope.documents:
            size = QLocale().formattedDataSize(
                document.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            if document.page_count:
                facts = self.tr("%n page(s)", "", document.page_count) + f", {size}"
            else:  # the service told no page count and there is no local copy: say nothing rather than "0"
                facts = size
            item = QListWidgetItem(f"{document.file_name}  ({facts})")
            item.setData(_DOCUMENT_ROLE, document.id)
            self.documents.addItem(item)
        if envelope.documents:
            self.documents.setCurrentRow(0)
        self._update_document_buttons()

    def _fill_metadata(self, envelope: Envelope) -> None:
        editable = self.metadata_editable()
        table = self.metadata
        table.clearContents()
        table.setRowCount(len(envelope.metadata))
        for row, (key, value) in enumerate(sorted(envelope.metadata.items())):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(value))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.add_metadata_button.setEnabled(editable)
        self.save_metadata_button.setEnabled(editable)
        self.metadata_hint.setText(
            ""
            if editable
            else fill(self.tr("%1 does not let metadata be changed here."), envelope.provider.label)
        )
        self.metadata_hint.setVisible(not editable)

    def _provider_status_text(self, envelope: Envelope) -> str:
        raw = envelope.provider_status
        if not raw:
            return self.tr("none reported")
        if envelope.status is not EnvelopeStatus.DRAFT and raw.strip().lower() == "draft":
            # Sent from here a moment ago: the service's own word arrives with the next status check.
            return self.tr("asking the service…")
        return raw

    def _fill_events(self, envelope: Envelope) -> None:
        rows = trail_rows(envelope)
        self.events.clearContents()
        self.events.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row.cells()):
                item = _read_only_item(text)
                item.setToolTip(text)
                self.events.setItem(number, column, item)
        self.export_events_button.setEnabled(bool(rows))

    def _on_export_events_button_clicked(self) -> None:
        envelope = self._envelope
        if envelope is None:
            return
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in envelope.name).strip() or "envelope"
        dialog = QFileDialog(self, self.tr("Export events"), f"{name} events.csv", self.tr("CSV (*.csv)"))
        dialog.setObjectName("exportEventsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_events(envelope, Path(path)))
        self.export_dialog = dialog
        dialog.open()

    def export_events(self, envelope: Envelope, path: Path) -> bool:
        """Write the envelope's events to `path`; tells the outcome through `events_exported`."""
        try:
            count = write_trail_csv(path, envelope)
        except OSError as error:
            self.events_exported.emit(
                self.tr("The events could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.events_exported.emit(self.tr("%n event(s) saved to %1", "", count).replace("%1", str(path)))
        return True

    # Slots

    def _on_add_metadata_button_clicked(self) -> None:
        row = self.metadata.rowCount()
        self.metadata.insertRow(row)
        key_item = QTableWidgetItem("")
        self.metadata.setItem(row, 0, key_item)
        self.metadata.setItem(row, 1, QTableWidgetItem(""))
        self.metadata.setCurrentCell(row, 0)
        self.metadata.editItem(key_item)

    def _on_save_metadata_button_clicked(self) -> None:
        if self._envelope is not None and self.metadata_editable():
            self.metadata_changed.emit(replace(self._envelope, metadata=self.edited_metadata()))

    def _on_documents_item_activated(self, _item: QListWidgetItem) -> None:
        self._request_document("open")

    def _request_document(self, what: str) -> None:
        document = self._current_document()
        if self._envelope is not None and document is not None:
            self.document_requested.emit(what, self._envelope, document)

    def _current_document(self) -> Document | None:
        item = self.documents.currentItem()
        if item is None or self._envelope is None:
            return None
        document_id = item.data(_DOCUMENT_ROLE)
        return next((d for d in self._envelope.documents if d.id == document_id), None)

    def _update_document_buttons(self) -> None:
        available = self._current_document() is not None
        self.open_document_button.setEnabled(available)
        self.save_document_button.setEnabled(available)

    # Building blocks

    def _value_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self, name: str, accessible: str, columns: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(columns), self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels([self.tr(title) for title in columns])
        table.verticalHeader().hide()
        table.horizontalHeader().setAccessibleName(fill(self.tr("%1 columns"), accessible))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        return table

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        layout = QHBoxLayout()
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return layout

    def _column(self, main: QWidget, *rest: QWidget | QHBoxLayout) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(main, 1)
        for part in rest:
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        return page


def _read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item

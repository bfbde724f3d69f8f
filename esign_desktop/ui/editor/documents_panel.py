"""The documents panel: the envelope's PDFs, added by dialog or drag-and-drop, reordered, removed, replaced.

Every file is checked by the pdf layer's preflight on the thread pool before it joins the envelope. Files that
cannot be used (encrypted, damaged, not a PDF) are refused with the reason shown in the panel; warnings
(already signed, mixed page sizes or rotations, JavaScript) are shown and the file is added. Anything that
would lose fields (removing a document that has some, a replacement with fewer pages) is explained first and
waits for the sender to confirm, without a modal dialog.

The panel is a view of the draft session: it lists the session's documents and changes them only as steps
in the session's history (so adding a PDF keeps, and can be undone with, everything before it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.capabilities import Capabilities, capabilities_for
from esign_desktop.domain.model import Document, Envelope, Field, ProviderKind
from esign_desktop.pdf import PdfError, PdfReport, domain_document, inspect_pdf
from esign_desktop.services.document_edits import (
    add_document,
    name_after_first_document,
    remove_document,
    reorder_documents,
)
from esign_desktop.services.document_intake import WorkingCopy
from esign_desktop.services.document_replace import Replacement, replace_document
from esign_desktop.services.draft_session import Change, ChangeReason
from esign_desktop.ui.editor.pdf_intake_dialogs import IntakeQuestions, Offer, offer_for
from esign_desktop.ui.editor.session_adapter import SessionAdapter
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.labels import field_kind_label, party_name
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP
from esign_desktop.ui.widget_work import WidgetWork

_DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole
_PDF_FILTER = QT_TRANSLATE_NOOP("DocumentsPanel", "PDF documents (*.pdf *.PDF)")


class NoticeLevel(StrEnum):
    ERROR = "error"  # the file was refused
    WARNING = "warning"  # added, but the sender should know
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Notice:
    level: NoticeLevel
    text: str


@dataclass(frozen=True, slots=True)
class _Inspection:
    """One preflight result, handed from the worker thread to the panel."""

    batch: int
    path: Path
    report: PdfReport | None
    error: str
    offer: Offer | None = None  # refused, but a password, a confirmation or a repair makes it usable


def _inspect(batch: int, path: Path) -> _Inspection:
    """Preflight of one file, on a worker thread."""
    try:
        return _Inspection(batch, path, inspect_pdf(path), "")
    except PdfError as error:
        return _Inspection(batch, path, None, error_text(error), offer_for(error, path))
    except OSError as error:  # vanished or unreadable between choosing and reading
        message = fill(
            QCoreApplication.translate(
                "DocumentsPanel", "%1: could not be read (%2). Check the file and add it again."
            ),
            path.name,
            error.strerror or QCoreApplication.translate("DocumentsPanel", "unknown error"),
        )
        return _Inspection(batch, path, None, message)


@dataclass(slots=True)
class _Batch:
    """Files chosen together: added in the order chosen, once all are checked."""

    paths: list[Path]
    replace_index: int = -1  # >= 0: the one file replaces this document
    results: dict[Path, _Inspection] | None = None


class DocumentsPanel(QWidget):
    """The envelope's documents.

    Signals:
        envelope_edited(object): the Envelope after documents were added, removed, reordered or replaced
            (fields re-indexed or dropped accordingly).
        file_dialog_opened(object): a non-modal QFileDialog was just opened.
        inspections_finished(): every file chosen so far has been checked and handled.
        attention_changed(): a question or a message about the files appeared or went away (see
            `has_something_to_say`); the composer shows the panel then, even before the first document.
    """

    envelope_edited = Signal(object)
    file_dialog_opened = Signal(object)
    inspections_finished = Signal()
    attention_changed = Signal()

    def __init__(self, parent: QWidget | None = None, session: SessionAdapter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.setAcceptDrops(True)
        self.session = session or SessionAdapter.for_envelope(
            Envelope(local_id="", provider=ProviderKind.ASSENTLY), parent=self
        )
        self._select_next = ""
        self._notices: list[Notice] = []
        self._batches: dict[int, _Batch] = {}
        self._next_batch = 0
        self._on_confirm: Callable[[], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._dialog: QFileDialog | None = None
        self._work = WidgetWork(self)  # preflight on the thread pool; ends with the panel
        self.intake = IntakeQuestions(self._ask, self)  # password, restrictions and repair questions
        self.intake.set_capabilities(self._capabilities)
        self.intake.copy_ready.connect(self._on_intake_copy_ready)
        self.intake.failed.connect(self._on_intake_failed)

        self.document_list = QListWidget(self)
        self.document_list.setObjectName("documentList")
        self.document_list.setAccessibleName(self.tr("Documents, in sending order"))
        self.document_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.document_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.document_list.setWordWrap(True)
        self.document_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document_list.model().rowsMoved.connect(self._on_document_list_rows_moved)
        self.document_list.currentRowChanged.connect(self._update_buttons)

        self.add_button = self._button(self.tr("Add &PDF…"), "addDocument", self.open_add_dialog)
        self.replace_button = self._button(self.tr("Replace…"), "replaceDocument", self.open_replace_dialog)
        self.remove_button = self._button(self.tr("Remove"), "removeDocument", self.remove_selected)
        self.up_button = self._button(self.tr("Move up"), "moveDocumentUp", lambda: self.move_selected(-1))
        self.down_button = self._button(
            self.tr("Move down"), "moveDocumentDown", lambda: self.move_selected(1)
        )
        self.session.changed.connect(self._on_session_changed)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("documentsBusy")

        self.notice_list = QListWidget(self)
        self.notice_list.setObjectName("documentNotices")
        self.notice_list.setAccessibleName(self.tr("Messages about the documents"))
        self.notice_list.setWordWrap(True)
        self.notice_list.setVisible(False)

        self.confirm_bar = QWidget(self)
        self.confirm_bar.setObjectName("documentConfirmBar")
        self.confirm_text = QLabel(self.confirm_bar)
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.confirm_bar)
        self.confirm_button.setObjectName("confirmDocumentChange")
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.confirm_bar)
        self.cancel_button.setObjectName("cancelDocumentChange")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        # Stacked, not side by side: the panel is a narrow rail, and a question of several lines beside two
        # buttons was squeezed to a word per line and cut off, the buttons' texts with it.
        confirm_layout = QVBoxLayout(self.confirm_bar)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.confirm_text)
        confirm_layout.addWidget(self.confirm_button)
        confirm_layout.addWidget(self.cancel_button)
        self.confirm_bar.setVisible(False)

        buttons = QGridLayout()  # two columns: the panel is a narrow rail beside the page
        for number, button in enumerate(
            (self.add_button, self.replace_button, self.remove_button, self.up_button, self.down_button)
        ):
            row, column = (0, 0) if number == 0 else divmod(number + 1, 2)
            buttons.addWidget(button, row, column, 1, 2 if number == 0 else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.document_list, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.notice_list)
        self._rebuild_list(select="")

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- public API -------------------------------------------------------------------------------------
    def set_envelope(self, envelope: Envelope) -> None:
        """Start editing `envelope` (a new history); in the composer the window's session does this."""
        self.session.reset(envelope)

    def envelope(self) -> Envelope:
        return self.session.envelope

    @property
    def _envelope(self) -> Envelope:
        return self.session.envelope

    @property
    def _capabilities(self) -> Capabilities:
        return capabilities_for(self.session.envelope.provider)

    def set_working_copy_folder(self, folder: Path | None) -> None:
        """Where working copies (decrypted, unrestricted, repaired) go: the draft store's folder. Without
        one, such files are refused with the reason, as before."""
        self.intake.set_folder(folder)

    def has_something_to_say(self) -> bool:
        """True while a question (password aside: that is a dialog) or a message about the files is shown."""
        return not self.confirm_bar.isHidden() or bool(self._notices)

    def notices(self) -> list[Notice]:
        """What the panel shows about the last files handled (refusals, warnings, dropped fields)."""
        return list(self._notices)

    @property
    def checking(self) -> int:
        """How many files are still being checked."""
        return sum(len(b.paths) - len(b.results or {}) for b in self._batches.values())

    def add_files(self, paths: Sequence[Path]) -> None:
        """Check `paths` off the UI thread, then add the usable ones in this order."""
        if paths:
            self._start_batch(_Batch(paths=list(paths)))

    def replace_selected_with(self, path: Path) -> None:
        """Check `path`, then replace the selected document with it (keeping the fields that fit)."""
        row = self.document_list.currentRow()
        if row >= 0:
            self._start_batch(_Batch(paths=[path], replace_index=row))

    def open_add_dialog(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Add PDF documents"), QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        return self._open(dialog)

    def open_replace_dialog(self) -> QFileDialog | None:
        if self.document_list.currentRow() < 0:
            return None
        dialog = self._file_dialog(self.tr("Replace the document"), QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda file: self.replace_selected_with(Path(file)))
        return self._open(dialog)

    def remove_selected(self) -> None:
        """Remove the selected document; if fields sit on it, say so and wait for confirmation."""
        row = self.document_list.currentRow()
        if row < 0:
            return
        removal = remove_document(self._envelope, row)
        if not removal.removed_fields:
            self._apply(removal.envelope, self.tr("Remove document"))
            return
        document_id = removal.document.id
        self._ask(
            fill(
                self.tr("Remove “%1” and its %2?"),
                removal.document.file_name,
                _counted(len(removal.removed_fields), self.tr("field"), self.tr("fields")),
            ),
            self.tr("Remove"),
            lambda: self._remove_by_id(document_id),
        )

    def _remove_by_id(self, document_id: str) -> None:
        ids = [d.id for d in self._envelope.documents]
        if document_id in ids:
            self._apply(
                remove_document(self._envelope, ids.index(document_id)).envelope, self.tr("Remove document")
            )

    def move_selected(self, delta: int) -> None:
        row = self.document_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._envelope.documents):
            return
        ids = [d.id for d in self._envelope.documents]
        ids.insert(target, ids.pop(row))
        moved_id = ids[target]
        self._apply(reorder_documents(self._envelope, ids), self.tr("Move document"), select=moved_id)

    # --- drag and drop of files -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData().urls() if event.mimeData().hasUrls() else []):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls() if event.mimeData().hasUrls() else [])
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # --- internals --------------------------------------------------------------------------------------
    def _file_dialog(self, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("documentFileDialog")
        dialog.setFileMode(mode)
        dialog.setNameFilter(self.tr(_PDF_FILTER))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _open(self, dialog: QFileDialog) -> QFileDialog:
        self._dialog = dialog
        dialog.open()  # never exec(): a nested loop would stall the asyncio tasks
        self.file_dialog_opened.emit(dialog)
        return dialog

    def _start_batch(self, batch: _Batch) -> None:
        self._cancel_question()
        batch.results = {}
        number = self._next_batch
        self._next_batch += 1
        self._batches[number] = batch
        self._notices = []
        self._show_notices()
        self._show_busy()
        for path in batch.paths:
            self._work.call(partial(_inspect, number, path), self._on_inspected)

    def _on_inspected(self, result: _Inspection) -> None:
        batch = self._batches.get(result.batch)
        if batch is None or batch.results is None:
            return
        batch.results[result.path] = result
        if len(batch.results) == len(batch.paths):
            del self._batches[result.batch]
            self._finish_batch(batch)
        self._show_busy()
        if not self._batches:
            self.inspections_finished.emit()

    def _finish_batch(self, batch: _Batch) -> None:
        assert batch.results is not None
        results = [batch.results[path] for path in batch.paths]
        if batch.replace_index >= 0:
            self._finish_replacement(batch.replace_index, results[0])
            return
        envelope = self._envelope
        added: list[str] = []
        for result in results:
            document = self._accept(result)
            if document is None:
                continue
            if any(d.sha512 == document.sha512 for d in envelope.documents):
                self._notices.append(
                    Notice(
                        NoticeLevel.WARNING,
                        fill(self.tr("%1 is already in the envelope."), document.file_name),
                    )
                )
            envelope = add_document(envelope, document)
            added.append(document.id)
        if len(envelope.documents) > self._capabilities.max_documents:
            self._notices.append(
                Notice(
                    NoticeLevel.WARNING,
                    fill(
                        self.tr("%1 takes at most %2 documents per envelope; remove some."),
                        self._capabilities.provider.label,
                        self._capabilities.max_documents,
                    ),
                )
            )
        if added:
            self._apply(name_after_first_document(envelope), self.tr("Add document"), select=added[-1])
        self._show_notices()
        self.intake.ask_next()

    def _accept(self, result: _Inspection, replace_index: int = -1) -> Document | None:
        """The document for a checked file, noting its warnings; None (with the reason) when refused.

        A refusal a person can act on (password, restrictions, damage qpdf repairs) becomes a question.
        """
        if result.report is None:
            if result.offer is not None and self.intake.has_folder:
                self.intake.offer(replace(result.offer, replace_index=replace_index))
                return None
            self._notices.append(Notice(NoticeLevel.ERROR, result.error))
            return None
        placement = self._capabilities.placement
        for warning in result.report.warnings:
            text = f"{result.report.file_name}: {warning.message_for(placement)}"
            self._notices.append(Notice(NoticeLevel.WARNING, text))
        return domain_document(result.report, result.path)

    def _on_intake_copy_ready(self, copy: WorkingCopy, replace_index: int) -> None:
        inspection = _Inspection(-1, copy.path, copy.report, "")
        self._notices = []
        batch = _Batch(paths=[copy.path], replace_index=replace_index, results={copy.path: inspection})
        self._finish_batch(batch)

    def _on_intake_failed(self, message: str) -> None:
        self._notices.append(Notice(NoticeLevel.ERROR, message))
        self._show_notices()

    def _finish_replacement(self, index: int, result: _Inspection) -> None:
        document = self._accept(result, index)
        if document is None or index >= len(self._envelope.documents):
            self._show_notices()
            self.intake.ask_next()
            return
        replacement = replace_document(self._envelope, index, document)
        if not replacement.dropped:
            self._replaced(replacement)
            return
        lines = [field_text(f, self._envelope) for f in replacement.dropped]
        old_name = self._envelope.documents[index].file_name
        self._ask(
            fill(
                self.tr("“%1” has %2; these fields of “%3” would not fit and be removed:\n%4"),
                document.file_name,
                _counted(document.page_count, self.tr("page"), self.tr("pages")),
                old_name,
                "\n".join(lines),
            ),
            self.tr("Replace anyway"),
            lambda: self._replaced(replace_document(self._envelope, index, document)),
        )
        self._show_notices()

    def _replaced(self, replacement: Replacement) -> None:
        before = self._envelope
        for field in replacement.dropped:
            self._notices.append(
                Notice(NoticeLevel.INFO, fill(self.tr("Removed: %1"), field_text(field, before)))
            )
        for field in replacement.reshaped:
            text = self.tr("Check this field, its page changed shape: %1")
            self._notices.append(Notice(NoticeLevel.WARNING, fill(text, field_text(field, before))))
        self._apply(replacement.envelope, self.tr("Replace document"))
        self._show_notices()

    def _apply(self, envelope: Envelope, text: str, select: str = "") -> None:
        """One step in the session's history; the list follows through the session's change."""
        self._cancel_question()
        self._select_next = select or self._current_document_id()
        if self.session.edit(envelope, text):
            self.envelope_edited.emit(envelope)
        self._select_next = ""

    def _on_session_changed(self, change: Change) -> None:
        if change.reason is ChangeReason.RESET or change.provider_changed:
            self.intake.set_capabilities(self._capabilities)
        if change.reason is ChangeReason.RESET or change.documents_changed:
            self._rebuild_list(select=self._select_next or self._current_document_id())
        elif change.fields_changed:
            self._refresh_texts()

    def _item_text(self, index: int, document: Document, fields: int) -> str:
        return fill(
            self.tr("%1 · %2 · %3"),
            document.file_name,
            _counted(document.page_count, self.tr("page"), self.tr("pages")),
            _counted(fields, self.tr("field"), self.tr("fields")),
        )

    def _field_counts(self) -> list[int]:
        counts = [0] * len(self._envelope.documents)
        for field in self._envelope.fields:
            if 0 <= field.document < len(counts):
                counts[field.document] += 1
        return counts

    def _refresh_texts(self) -> None:
        """Fields changed: only the counts in the texts can differ (no rebuild on every nudge)."""
        documents = self._envelope.documents
        for index, count in enumerate(self._field_counts()):
            item = self.document_list.item(index)
            text = self._item_text(index, documents[index], count)
            if item is not None and item.text() != text:
                item.setText(text)

    def _rebuild_list(self, select: str) -> None:
        # clear() and addItem() are not moves: rowsMoved (a drag in the list) does not fire for them.
        self.document_list.clear()
        style = self.style()
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        file_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for index, (document, count) in enumerate(
            zip(self._envelope.documents, self._field_counts(), strict=True)
        ):
            text = self._item_text(index, document, count)
            item = QListWidgetItem(warning_icon if document.has_signatures else file_icon, text)
            item.setData(_DOCUMENT_ID_ROLE, document.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            if document.has_signatures:
                item.setToolTip(self.tr("Already digitally signed: adding fields would break the signature."))
            self.document_list.addItem(item)
        ids = [d.id for d in self._envelope.documents]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.document_list.setCurrentRow(row)
        self._update_buttons()

    def _current_document_id(self) -> str:
        item = self.document_list.currentItem()
        return str(item.data(_DOCUMENT_ID_ROLE)) if item is not None else ""

    def _on_document_list_rows_moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        _start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        _row: int,
    ) -> None:
        ids = [
            str(self.document_list.item(row).data(_DOCUMENT_ID_ROLE))
            for row in range(self.document_list.count())
        ]
        if ids != [d.id for d in self._envelope.documents]:
            self._apply(reorder_documents(self._envelope, ids), self.tr("Move document"))

    def _update_buttons(self, *_args: object) -> None:
        row = self.document_list.currentRow()
        count = self.document_list.count()
        self.replace_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _show_busy(self) -> None:
        waiting = self.checking
        self.busy_label.setText(
            fill(self.tr("Checking %1…"), _counted(waiting, self.tr("file"), self.tr("files")))
            if waiting
            else ""
        )
        self.busy_label.setVisible(bool(waiting))

    def _show_notices(self) -> None:
        self.notice_list.clear()
        style = self.style()
        icons = {
            NoticeLevel.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            NoticeLevel.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            NoticeLevel.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for notice in self._notices:
            item = QListWidgetItem(icons[notice.level], notice.text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{notice.level.value}: {notice.text}")
            self.notice_list.addItem(item)
        self.notice_list.setVisible(bool(self._notices))
        self.attention_changed.emit()

    def _ask(
        self,
        question: str,
        confirm_text: str,
        on_confirm: Callable[[], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        self._cancel_question()  # a question still open is answered "no"
        self._on_confirm = on_confirm
        self._on_cancel = on_cancel
        self.confirm_text.setText(question)
        self.confirm_button.setText(confirm_text)
        self.confirm_bar.setVisible(True)
        self.attention_changed.emit()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_question(self) -> None:
        on_cancel = self._on_cancel
        self._on_confirm = None
        self._on_cancel = None
        self.confirm_bar.setVisible(False)
        self.attention_changed.emit()
        if on_cancel is not None:
            on_cancel()

    def _on_confirm_button_clicked(self) -> None:
        action = self._on_confirm
        self._on_cancel = None
        self._cancel_question()
        if action is not None:
            action()

    def _on_cancel_button_clicked(self) -> None:
        self._cancel_question()


def field_text(field: Field, envelope: Envelope) -> str:
    """The field by kind, label, owner, page and (when the envelope has several) document, in the UI's
    language: "Signature field “Buyer” for Anna on page 3 of “lease.pdf”"."""
    kind = field_kind_label(field.kind)
    party = envelope.party(field.party_id) if field.party_id else None
    if party is not None and field.label:
        template = QCoreApplication.translate("FieldDescription", "%1 field “%2” for %3 on page %4")
        text = fill(template, kind, field.label, party_name(party), field.page)
    elif party is not None:
        template = QCoreApplication.translate("FieldDescription", "%1 field for %2 on page %3")
        text = fill(template, kind, party_name(party), field.page)
    elif field.label:
        text = fill(
            QCoreApplication.translate("FieldDescription", "%1 field “%2” on page %3"),
            kind,
            field.label,
            field.page,
        )
    else:
        text = fill(QCoreApplication.translate("FieldDescription", "%1 field on page %2"), kind, field.page)
    if len(envelope.documents) > 1 and 0 <= field.document < len(envelope.documents):
        of_document = QCoreApplication.translate("FieldDescription", "%1 of “%2”")
        text = fill(of_document, text, envelope.documents[field.document].file_name)
    return text


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _local_files(urls: Sequence[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

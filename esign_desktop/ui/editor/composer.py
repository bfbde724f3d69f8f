"""The envelope composer: page view with field overlay, thumbnails, palette and properties panel.

`ComposerWidget.load(envelope, pdf_paths)` shows an envelope; `envelope()` gives it back with the edited
fields. Every edit emits `fields_changed`, which is what drafts autosave listens to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import esign_desktop
from esign_desktop.domain.capabilities import capabilities_for
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, ProviderKind, new_id
from esign_desktop.pdf import ImportedField, PdfError, domain_document, inspect_pdf
from esign_desktop.ui.editor.commands import FieldEditor
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.existing_fields_layer import ExistingFieldsLayer
from esign_desktop.ui.editor.field_overlay import FieldOverlay
from esign_desktop.ui.editor.import_preview import ImportPreviewDialog, find_importable_fields
from esign_desktop.ui.editor.page_view import PdfPageView, ZoomMode
from esign_desktop.ui.editor.palette import FieldPalette
from esign_desktop.ui.editor.placement import Edge, PlacementRules, parse_page_range
from esign_desktop.ui.editor.properties_panel import PropertiesPanel
from esign_desktop.ui.editor.thumbnails import THUMBNAIL_WIDTH, ThumbnailStrip
from esign_desktop.ui.pyside_refcount_fix import pin_singletons

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

DEMO_PDF = Path(esign_desktop.__file__).resolve().parents[1] / "resources" / "sample-contract.pdf"


class _ImportScan(QObject):
    """Runs the pdf layer's field search on the thread pool. Signals: finished(list, str error)."""

    finished = Signal(list, str)

    def scan(self, path: Path) -> None:
        def run() -> None:
            try:
                found = find_importable_fields(path)
            except PdfError as error:
                self.finished.emit([], str(error))
                return
            self.finished.emit(found, "")

        QThreadPool.globalInstance().start(run)


class ComposerWidget(QWidget):
    """Prepare an envelope's fields visually.

    Signals:
        fields_changed(): any field edit (or undo/redo); the draft should be saved.
        status_message(str): short feedback for the status bar.
        import_preview_opened(object): the ImportPreviewDialog just opened (non-modal).
    """

    fields_changed = Signal()
    status_message = Signal(str)
    import_preview_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._envelope: Envelope | None = None
        self._pdf_paths: tuple[Path, ...] = ()
        self.state = EditorState(parent=self)
        self.undo_stack = QUndoStack(self)
        self.editor = FieldEditor(self.state, self.undo_stack)
        self.view = PdfPageView(parent=self)
        self.overlay = FieldOverlay(self.view, self.state, self.editor)
        self.existing_fields = ExistingFieldsLayer(self.view, self.state)  # the PDF's own form fields
        self.thumbnails = ThumbnailStrip(self.view, self)
        self.field_palette = FieldPalette(self.state, self)
        self.properties = PropertiesPanel(self.state, self.editor, self)
        self.document_combo = QComboBox(self)
        self.document_combo.setObjectName("documentChooser")
        self.document_combo.setAccessibleName(self.tr("Document"))
        self.page_range_edit = QLineEdit(self)
        self.page_range_edit.setObjectName("duplicatePages")
        self.page_range_edit.setPlaceholderText(self.tr("Pages, e.g. 2-5 or all"))
        self.page_range_edit.setMaximumWidth(self.page_range_edit.fontMetrics().averageCharWidth() * 22)
        self.zoom_label = QLabel(self)
        self._import_scan = _ImportScan(self)
        self._import_scan.finished.connect(self._on_import_scan_finished)
        self._import_dialog: ImportPreviewDialog | None = None
        self.toolbar = QToolBar(self)
        self._build_actions()
        self._build_layout()

        self.state.fields_changed.connect(self.fields_changed)
        self.field_palette.tool_selected.connect(self.overlay.set_tool)
        self.overlay.tool_changed.connect(self.field_palette.show_tool)
        self.overlay.status_message.connect(self.status_message)
        self.existing_fields.status_message.connect(self.status_message)
        self.document_combo.currentIndexChanged.connect(self._on_document_combo_changed)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)

    # --- building ---------------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        bar = self.toolbar
        bar.addAction(undo)
        bar.addAction(redo)
        bar.addSeparator()
        zoom_out = self._action(self.tr("Zoom out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        zoom_in = self._action(self.tr("Zoom in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        fit_width = self._action(self.tr("Fit width"), lambda: self.view.set_zoom_mode(ZoomMode.FIT_WIDTH))
        fit_page = self._action(self.tr("Fit page"), lambda: self.view.set_zoom_mode(ZoomMode.FIT_PAGE))
        self._view_actions = (zoom_out, zoom_in, fit_width, fit_page)  # stay enabled when read-only
        bar.addAction(zoom_out)
        bar.addWidget(self.zoom_label)
        bar.addAction(zoom_in)
        bar.addAction(fit_width)
        bar.addAction(fit_page)
        bar.addSeparator()
        align_menu = QMenu(self.tr("Align"), self)
        for edge, text in (
            (Edge.LEFT, self.tr("Left edges")),
            (Edge.RIGHT, self.tr("Right edges")),
            (Edge.TOP, self.tr("Top edges")),
            (Edge.BOTTOM, self.tr("Bottom edges")),
            (Edge.CENTRE_HORIZONTAL, self.tr("Centres, horizontally")),
            (Edge.CENTRE_VERTICAL, self.tr("Centres, vertically")),
        ):
            align_menu.addAction(text, partial(self.overlay.align_selection, edge))
        align_button = QToolButton(self)
        align_button.setText(self.tr("Align"))
        align_button.setMenu(align_menu)
        align_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(align_button)
        bar.addAction(self._action(self.tr("Delete"), self.overlay.delete_selection))
        bar.addSeparator()
        bar.addWidget(self.page_range_edit)
        bar.addAction(self._action(self.tr("Duplicate to pages"), self.duplicate_to_page_range))
        bar.addSeparator()
        bar.addAction(self._action(self.tr("Import fields from PDF…"), self.open_import_preview))

    def _build_layout(self) -> None:
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.document_combo, 1)
        top.addWidget(self.toolbar, 3)
        centre_layout.addLayout(top)
        centre_layout.addWidget(self.view, 1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.field_palette)
        side_layout.addWidget(self.properties, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([THUMBNAIL_WIDTH + 40, 800, 290])  # the pages get the room, not the thumbnails
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- public API -------------------------------------------------------------------------------------
    def load(self, envelope: Envelope, pdf_paths: Sequence[str | Path]) -> None:
        """Show `envelope`; `pdf_paths[i]` is the local file of `envelope.documents[i]`."""
        if len(pdf_paths) != len(envelope.documents):
            raise ValueError(
                f"{len(envelope.documents)} documents but {len(pdf_paths)} files were given to the composer"
            )
        self._envelope = envelope
        self._pdf_paths = tuple(Path(p) for p in pdf_paths)
        capabilities = capabilities_for(envelope.provider)
        self.state.set_context(
            envelope.parties, envelope.documents, PlacementRules.for_capabilities(capabilities)
        )
        self.field_palette.set_field_kinds(capabilities.field_kinds)
        self.properties.set_font_sizes(capabilities.font_sizes)
        self.state.set_fields(envelope.fields)
        self.undo_stack.clear()
        self.document_combo.blockSignals(True)
        self.document_combo.clear()
        for document in envelope.documents:
            self.document_combo.addItem(document.file_name)
        self.document_combo.setCurrentIndex(0)
        self.document_combo.blockSignals(False)
        self.state.set_current_document(0)
        if self._pdf_paths:
            self._show_document(0)
        else:  # an envelope being started: nothing to show until a PDF is added
            self.view.set_document(None)
            self.thumbnails.rebuild()

    def envelope(self) -> Envelope:
        """The loaded envelope with the fields as edited now."""
        if self._envelope is None:
            raise RuntimeError("the composer has no envelope: call load() first")
        return replace(self._envelope, fields=self.state.fields)

    def duplicate_to_page_range(self) -> list[Field]:
        document = self.state.current_document
        page_count = len(self.state.page_sizes[document]) if self.state.page_sizes else 0
        try:
            pages = parse_page_range(self.page_range_edit.text(), page_count)
        except ValueError:  # the English reason is for logs; people get the rule in their language
            message = self.tr("Type pages between 1 and %n, such as 2-5 or 1, 3.", "", page_count)
            self.status_message.emit(message)
            return []
        return self.overlay.duplicate_selection_to_pages(pages)

    def open_import_preview(self) -> None:
        """Search the current document for fields and tags (off the UI thread), then show the preview."""
        document = self.state.current_document
        if not self._pdf_paths:
            return
        self.status_message.emit(self.tr("Looking for form fields and tags…"))
        self._import_scan.scan(self._pdf_paths[document])

    def show_import_preview(self, found: Sequence[ImportedField]) -> ImportPreviewDialog:
        dialog = ImportPreviewDialog(found, self.state.current_document, self.editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(self._on_import_dialog_finished)
        self._import_dialog = dialog
        dialog.open()
        self.import_preview_opened.emit(dialog)
        return dialog

    def set_parties(self, parties: Sequence[Party]) -> None:
        """Follow the party editor: field colours, names and the palette use `parties`; fields stay."""
        if self._envelope is None:
            return
        self._envelope = replace(self._envelope, parties=tuple(parties))
        self.state.set_context(self._envelope.parties, self._envelope.documents, self.state.rules)

    def select_field(self, field_id: str) -> bool:
        """Show the field's document, select the field and scroll it into view (to jump to a problem)."""
        field = self.state.collection.get(field_id)
        if field is None or not 0 <= field.document < len(self._pdf_paths):
            return False
        if field.document != self.state.current_document:
            self.document_combo.setCurrentIndex(field.document)  # shows that document
        self.state.select([field.id])
        self.view.ensure_visible(field.page - 1, field.rect)
        self.overlay.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        """Stop (or allow) every field edit: no placing, moving, typing in properties, undo or redo."""
        self.overlay.set_tool(None)
        self.overlay.setVisible(not read_only)
        self.field_palette.setEnabled(not read_only)
        self.properties.setEnabled(not read_only)
        self.page_range_edit.setEnabled(not read_only)
        for action in self.actions():
            if action not in self._view_actions:
                action.setEnabled(not read_only)
        if not read_only:
            self.undo_action.setEnabled(self.undo_stack.canUndo())
            self.redo_action.setEnabled(self.undo_stack.canRedo())

    def shutdown(self) -> None:
        """Stop background rendering; call before the composer is destroyed."""
        self.view.shutdown()

    # --- slots ------------------------------------------------------------------------------------------
    def _show_document(self, index: int) -> None:
        path = self._pdf_paths[index]
        sizes = self.state.page_sizes[index] if index < len(self.state.page_sizes) else ()
        loaded = self.view.set_document(str(path), sizes or None)
        self.existing_fields.set_document(path)
        if not loaded:
            self.status_message.emit(
                self.tr("%s cannot be shown: the file is missing or not a readable PDF.") % path.name,
            )
        elif not sizes:
            self.state.set_page_sizes(index, self.view.page_sizes)
        self.thumbnails.rebuild()

    def _on_document_combo_changed(self, index: int) -> None:
        if 0 <= index < len(self._pdf_paths):
            self.state.set_current_document(index)
            self._show_document(index)

    def _on_view_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f}%")

    def _on_import_scan_finished(self, found: list[ImportedField], error: str) -> None:
        if error:
            self.status_message.emit(error)
            return
        self.show_import_preview(found)

    def _on_import_dialog_finished(self, _result: int) -> None:
        self._import_dialog = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def demo_envelope(pdf_path: Path = DEMO_PDF) -> Envelope:
    """A GMO Sign envelope over the sample contract with two signers and a few fields, for screenshots."""
    report = inspect_pdf(pdf_path)
    document = domain_document(report, pdf_path)
    parties = (
        Party(id=new_id(), name="Aiko Tanaka", email="aiko@example.com", order=1),
        Party(id=new_id(), name="Ben Carter", email="ben@example.com", order=2),
    )
    last = document.page_count

    def field(kind: FieldKind, party: int, rect: PageRect) -> Field:
        return Field(new_id(), kind, 0, last, rect, party_id=parties[party].id)

    # On the sample contract's signature page: the supplier's box, then the customer's.
    fields = (
        field(FieldKind.SIGNATURE, 0, PageRect(0.13, 0.21, 0.45, 0.27)),
        field(FieldKind.DATE, 0, PageRect(0.47, 0.24, 0.61, 0.27)),
        field(FieldKind.SIGNATURE, 1, PageRect(0.13, 0.40, 0.45, 0.46)),
        field(FieldKind.DATE, 1, PageRect(0.47, 0.43, 0.61, 0.46)),
        field(FieldKind.CHECKBOX, 1, PageRect(0.13, 0.48, 0.15, 0.50)),
    )
    return Envelope(
        local_id=new_id(),
        provider=ProviderKind.GMOSIGN,
        name="Services agreement",
        documents=(document,),
        parties=parties,
        fields=fields,
    )


def build_demo_composer(pdf_path: Path = DEMO_PDF, parent: QWidget | None = None) -> ComposerWidget:
    """A composer showing the sample contract with demo parties and fields (for `--screenshot`).

    The caller shows it and waits for `composer.view.page_shown` before grabbing, then calls shutdown().
    """
    envelope = demo_envelope(pdf_path)
    composer = ComposerWidget(parent)
    composer.resize(1280, 800)
    composer.load(envelope, [pdf_path])
    composer.view.scroll_to_page(envelope.documents[0].page_count - 1)
    composer.state.select([envelope.fields[0].id])
    return composer

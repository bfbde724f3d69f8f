"""The envelope composer: page view with field overlay, thumbnails, palette and properties panel.

A view of one draft session (services/draft_session.py through ui/editor/session_adapter.py): it shows the
session's envelope and follows its changes (documents added, removed or reordered; parties; undo and redo);
its field edits are steps in the session's one history. `load(envelope, pdf_paths)` starts a new history.
The composer window takes the thumbnails, palette and properties into its own rails; alone (tests,
benchmarks, screenshots) the widget lays them out itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import esign_desktop
from esign_desktop.domain.capabilities import capabilities_for
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, ProviderKind, new_id
from esign_desktop.pdf import ImportedField, PdfError, SkippedField, domain_document, inspect_pdf
from esign_desktop.services.draft_session import Change, ChangeReason
from esign_desktop.ui.editor.commands import FieldEditor
from esign_desktop.ui.editor.editor_state import EditorState
from esign_desktop.ui.editor.existing_fields_layer import ExistingFieldsLayer
from esign_desktop.ui.editor.field_overlay import FieldOverlay
from esign_desktop.ui.editor.flow_layout import flow_container
from esign_desktop.ui.editor.import_preview import ImportPreviewDialog, find_importable_fields
from esign_desktop.ui.editor.page_view import PdfPageView, ZoomMode
from esign_desktop.ui.editor.palette import FieldPalette
from esign_desktop.ui.editor.placement import Edge, parse_page_range
from esign_desktop.ui.editor.properties_panel import PropertiesPanel
from esign_desktop.ui.editor.session_adapter import SessionAdapter
from esign_desktop.ui.editor.thumbnails import THUMBNAIL_WIDTH, ThumbnailStrip
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.widget_work import WidgetWork

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

DEMO_PDF = Path(esign_desktop.__file__).resolve().parents[1] / "resources" / "sample-contract.pdf"


def _scan_for_fields(path: Path) -> tuple[list[ImportedField | SkippedField], PdfError | None]:
    """On a worker thread: the fields and tags found, or why the file could not be read."""
    try:
        return find_importable_fields(path), None
    except PdfError as error:
        return [], error


class ComposerWidget(QWidget):
    """Prepare an envelope's fields visually.

    Signals:
        fields_changed(): any field edit (or undo/redo); the draft should be saved.
        status_message(str): short feedback for the status bar.
        import_preview_opened(object): the ImportPreviewDialog just opened (non-modal).
        document_shown(int): the page view now shows this document (0-based index).
    """

    fields_changed = Signal()
    status_message = Signal(str)
    import_preview_opened = Signal(object)
    document_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None, session: SessionAdapter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._shown_path = ""
        self.state = EditorState(session, parent=self)
        self.session = self.state.session
        self.undo_stack = self.session  # one history for every edit; QUndoStack's method names
        self.editor = FieldEditor(self.state)
        self.view = PdfPageView(parent=self)
        self.overlay = FieldOverlay(self.view, self.state, self.editor)
        self.existing_fields = ExistingFieldsLayer(self.view, self.state)  # the PDF's own form fields
        self.thumbnails = ThumbnailStrip(self.view, self.state, self)
        self.field_palette = FieldPalette(self.state, self)
        self.properties = PropertiesPanel(self.state, self.editor, self)
        self.document_combo = QComboBox(self)
        self.document_combo.setObjectName("documentChooser")
        self.document_combo.setAccessibleName(self.tr("Document"))
        self.page_range_edit = QLineEdit(self)
        self.page_range_edit.setObjectName("duplicatePages")
        self.page_range_edit.setAccessibleName(self.tr("Pages to duplicate the selected fields to"))
        self.page_range_edit.setPlaceholderText(self.tr("Pages, e.g. 2-5 or all"))
        self.page_range_edit.setMaximumWidth(self.page_range_edit.fontMetrics().averageCharWidth() * 22)
        self.page_range_edit.returnPressed.connect(self.duplicate_to_page_range)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._work = WidgetWork(self)  # the import scan; ends with the composer
        self._import_dialog: ImportPreviewDialog | None = None
        self._build_actions()
        self._build_layout()

        self.state.fields_changed.connect(self.fields_changed)
        self.field_palette.tool_selected.connect(self.overlay.set_tool)
        self.overlay.tool_changed.connect(self.field_palette.show_tool)
        self.overlay.status_message.connect(self.status_message)
        self.existing_fields.status_message.connect(self.status_message)
        self.document_combo.activated.connect(self.show_document)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.session.changed.connect(self._on_session_changed)
        self._follow_documents(reset=True)

    # --- building ---------------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _tool(self, action: QAction) -> QToolButton:
        button = QToolButton(self.tool_area)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_flow.addWidget(button)
        return button

    def _separator(self) -> None:
        line = QFrame(self.tool_area)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setFixedHeight(self.fontMetrics().height() + 6)
        self.tool_flow.addWidget(line)

    def _build_actions(self) -> None:
        """The tools above the page, in a row that wraps (never an overflow menu), and the same actions in
        `arrange_menu` for the window's menu bar."""
        self.tool_area, self.tool_flow = flow_container(self)
        self.tool_area.setObjectName("composerTools")
        undo, redo = self.session.create_actions(self)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        self.tool_flow.addWidget(self.document_combo)
        self._separator()
        self._tool(undo)
        self._tool(redo)
        self._separator()
        zoom_out = self._action(self.tr("Zoom out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        zoom_in = self._action(self.tr("Zoom in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        fit_width = self._action(self.tr("Fit width"), lambda: self.view.set_zoom_mode(ZoomMode.FIT_WIDTH))
        fit_page = self._action(self.tr("Fit page"), lambda: self.view.set_zoom_mode(ZoomMode.FIT_PAGE))
        self._view_actions = (zoom_out, zoom_in, fit_width, fit_page)  # stay enabled when read-only
        self.zoom_label.setMinimumHeight(self._tool(zoom_out).sizeHint().height())
        self.tool_flow.addWidget(self.zoom_label)
        self._tool(zoom_in)
        self._tool(fit_width)
        self._tool(fit_page)
        self._separator()
        self.arrange_menu = QMenu(self.tr("&Arrange"), self)
        self.arrange_menu.setObjectName("arrangeMenu")
        overlay = self.overlay
        self.align_actions: dict[Edge, QAction] = {}
        for edge, text, keys in (
            (Edge.LEFT, self.tr("Align left edges"), "Ctrl+Alt+Left"),
            (Edge.RIGHT, self.tr("Align right edges"), "Ctrl+Alt+Right"),
            (Edge.TOP, self.tr("Align top edges"), "Ctrl+Alt+Up"),
            (Edge.BOTTOM, self.tr("Align bottom edges"), "Ctrl+Alt+Down"),
            (Edge.CENTRE_HORIZONTAL, self.tr("Align centres, horizontally"), "Ctrl+Alt+H"),
            (Edge.CENTRE_VERTICAL, self.tr("Align centres, vertically"), "Ctrl+Alt+V"),
        ):
            action = self._action(text, partial(overlay.align_selection, edge), keys)
            self.align_actions[edge] = action
            self.arrange_menu.addAction(action)
        self.arrange_menu.addSeparator()
        self.distribute_horizontally_action = self._action(
            self.tr("Distribute horizontally"),
            partial(overlay.distribute_selection, True),
            "Ctrl+Alt+Shift+H",
        )
        self.distribute_vertically_action = self._action(
            self.tr("Distribute vertically"), partial(overlay.distribute_selection, False), "Ctrl+Alt+Shift+V"
        )
        self.same_width_action = self._action(
            self.tr("Same width"), partial(overlay.same_size_selection, True, False), "Ctrl+Alt+W"
        )
        self.same_height_action = self._action(
            self.tr("Same height"), partial(overlay.same_size_selection, False, True), "Ctrl+Alt+E"
        )
        self.same_size_action = self._action(
            self.tr("Same size"), partial(overlay.same_size_selection, True, True), "Ctrl+Alt+S"
        )
        for action in (self.distribute_horizontally_action, self.distribute_vertically_action):
            self.arrange_menu.addAction(action)
        self.arrange_menu.addSeparator()
        for action in (self.same_width_action, self.same_height_action, self.same_size_action):
            self.arrange_menu.addAction(action)
        self.arrange_button = QToolButton(self.tool_area)
        self.arrange_button.setObjectName("arrangeButton")
        self.arrange_button.setText(self.tr("Arrange"))
        self.arrange_button.setAutoRaise(True)
        self.arrange_button.setMenu(self.arrange_menu)
        self.arrange_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tool_flow.addWidget(self.arrange_button)
        self.delete_action = self._action(self.tr("Delete"), self.overlay.delete_selection)
        self._tool(self.delete_action)
        self._separator()
        self.tool_flow.addWidget(self.page_range_edit)
        self.duplicate_action = self._action(self.tr("Duplicate to pages"), self.duplicate_to_page_range)
        self._tool(self.duplicate_action)
        self.duplicate_all_action = self._action(
            self.tr("Duplicate to all pages"), overlay.duplicate_selection_to_all_pages, "Ctrl+Shift+D"
        )
        self._tool(self.duplicate_all_action)
        self.copy_action = self._action(
            self.tr("Copy fields"), overlay.copy_selection, QKeySequence.StandardKey.Copy
        )
        self.paste_action = self._action(
            self.tr("Paste fields"), overlay.paste, QKeySequence.StandardKey.Paste
        )
        self.select_all_action = self._action(
            self.tr("Select all fields"), overlay.select_all_on_document, QKeySequence.StandardKey.SelectAll
        )
        self.choose_pages_action = self._action(self.tr("Duplicate to pages…"), self._focus_page_range)
        self._selection_actions = (
            self.copy_action,
            self.delete_action,
            self.duplicate_action,
            self.duplicate_all_action,
            self.choose_pages_action,
            self.arrange_menu.menuAction(),
        )
        self._read_only = False
        self.state.selection_changed.connect(self._update_selection_actions)
        self._update_selection_actions()
        overlay.context_actions = [
            self.copy_action,
            self.paste_action,
            self.delete_action,
            None,
            self.duplicate_all_action,
            self.choose_pages_action,
            None,
            self.arrange_menu.menuAction(),
            None,
            self.select_all_action,
        ]
        self._separator()
        self.import_action = self._action(self.tr("Import fields from PDF…"), self.open_import_preview)
        self._tool(self.import_action)

    def _build_layout(self) -> None:
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.tool_area)
        centre_layout.addWidget(self.view, 1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.field_palette)
        side_layout.addWidget(self.properties, 1)
        self._side = side
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([THUMBNAIL_WIDTH + 40, 800, 290])  # the pages get the room, not the thumbnails
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _focus_page_range(self) -> None:
        self.page_range_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_range_edit.selectAll()
        self.status_message.emit(self.tr("Type the pages (e.g. 2-5 or all), then press Enter."))

    def hand_over_rails(self) -> tuple[QWidget, QWidget, QWidget]:
        """The thumbnails, palette and properties, for a window that lays them out itself; only the tools
        and the page stay here."""
        self._side.hide()
        return self.thumbnails, self.field_palette, self.properties

    # --- public API -------------------------------------------------------------------------------------
    def load(self, envelope: Envelope, pdf_paths: Sequence[str | Path] | None = None) -> None:
        """Edit `envelope` from now on (a new undo history); `pdf_paths[i]` is the local file of
        `envelope.documents[i]` when it is not the document's own path."""
        if pdf_paths is not None:
            if len(pdf_paths) != len(envelope.documents):
                raise ValueError(
                    f"{len(envelope.documents)} documents but {len(pdf_paths)} files given to the composer"
                )
            documents = tuple(
                replace(d, path=str(p)) if d.path != str(p) else d
                for d, p in zip(envelope.documents, pdf_paths, strict=True)
            )
            if any(a is not b for a, b in zip(documents, envelope.documents, strict=True)):
                envelope = replace(envelope, documents=documents)
        self.session.reset(envelope)

    def envelope(self) -> Envelope:
        """The envelope as edited now (the session's)."""
        return self.session.envelope

    @property
    def _pdf_paths(self) -> tuple[Path, ...]:
        return tuple(Path(d.path) for d in self.session.envelope.documents)

    def show_document(self, index: int) -> None:
        """Show document `index` (0-based) in the page view."""
        if not 0 <= index < len(self.session.envelope.documents):
            return
        if index != self.state.current_document or self._shown_path != str(self._pdf_paths[index]):
            self.state.set_current_document(index)
            self._show_document(index)
        if self.document_combo.currentIndex() != index:
            self.document_combo.setCurrentIndex(index)

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
        self._work.call(partial(_scan_for_fields, self._pdf_paths[document]), self._on_import_scan_finished)

    def show_import_preview(self, found: Sequence[ImportedField | SkippedField]) -> ImportPreviewDialog:
        dialog = ImportPreviewDialog(found, self.state.current_document, self.editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(self._on_import_dialog_finished)
        self._import_dialog = dialog
        dialog.open()
        self.import_preview_opened.emit(dialog)
        return dialog

    def select_field(self, field_id: str) -> bool:
        """Show the field's document, select the field and scroll it into view (to jump to a problem)."""
        field = self.state.collection.get(field_id)
        if field is None or not 0 <= field.document < len(self._pdf_paths):
            return False
        if field.document != self.state.current_document:
            self.show_document(field.document)
        self.state.select([field.id])
        self.view.ensure_visible(field.page - 1, field.rect)
        self.overlay.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        """Stop (or allow) every field edit: no placing, moving, typing in properties, undo or redo."""
        self.overlay.set_tool(None)
        self.overlay.set_read_only(read_only)  # the fields stay visible, as they will be sent
        self.field_palette.setEnabled(not read_only)
        if read_only:
            self.properties.setEnabled(False)
        else:
            self.properties.refresh()  # enabled only while a field is selected, as after any selection change
        self.page_range_edit.setEnabled(not read_only)
        for action in self.actions():
            if action not in self._view_actions:
                action.setEnabled(not read_only)
        self._read_only = read_only
        if not read_only:
            self.undo_action.setEnabled(self.undo_stack.canUndo())
            self.redo_action.setEnabled(self.undo_stack.canRedo())
            self._update_selection_actions()

    def _update_selection_actions(self) -> None:
        """Tools that work on the selection are offered only when there is one."""
        if self._read_only:
            return
        selected = bool(self.state.selected_ids)
        for action in self._selection_actions:
            action.setEnabled(selected)

    def shutdown(self) -> None:
        """Stop background rendering and the import scan; call before the composer is destroyed."""
        self._work.close()
        self.view.shutdown()

    # --- slots ------------------------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        reset = change.reason is ChangeReason.RESET
        if reset or change.documents_changed or change.provider_changed:
            self._follow_documents(reset=reset)

    def _follow_documents(self, *, reset: bool) -> None:
        """Show the session's documents: the combo lists them; the page view keeps its document if it is
        still there (wherever it moved), else shows the first."""
        envelope = self.session.envelope
        capabilities = capabilities_for(envelope.provider)
        self.field_palette.set_field_kinds(capabilities.field_kinds)
        self.properties.set_font_sizes(capabilities.font_sizes)
        self.document_combo.clear()
        for document in envelope.documents:
            self.document_combo.addItem(document.file_name)
        paths = [d.path for d in envelope.documents]
        index = 0 if reset or self._shown_path not in paths else paths.index(self._shown_path)
        if not paths:  # an envelope being started: nothing to show until a PDF is added
            self._shown_path = ""
            self.view.set_document(None)
            self.thumbnails.rebuild()
            return
        self.document_combo.setCurrentIndex(index)
        if reset or paths[index] != self._shown_path:
            self.state.current_document = index
            self._show_document(index)
        elif index != self.state.current_document:
            self.state.current_document = index
            self.state.context_changed.emit()
            self.document_shown.emit(index)

    def _show_document(self, index: int) -> None:
        path = self._pdf_paths[index]
        self._shown_path = str(path)
        sizes = self.state.page_sizes[index] if index < len(self.state.page_sizes) else ()
        loaded = self.view.set_document(str(path), sizes or None)
        self.existing_fields.set_document(path)
        if not loaded:
            self.status_message.emit(
                fill(self.tr("%1 cannot be shown: the file is missing or not a readable PDF."), path.name),
            )
        elif not sizes:
            self.state.set_page_sizes(index, self.view.page_sizes)
        self.thumbnails.rebuild()
        self.document_shown.emit(index)

    def _on_view_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f}%")

    def _on_import_scan_finished(
        self, scanned: tuple[list[ImportedField | SkippedField], PdfError | None]
    ) -> None:
        found, error = scanned
        if error is not None:
            self.status_message.emit(error_text(error))
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

"""The composer window: one envelope being prepared, from the first PDF to Send.

Header (name, account, expiry, message, readiness summary, Send) over three columns: documents and page
thumbnails on a collapsible left rail, the page in the middle, parties, the field palette and the selected
field's properties on the right. An envelope without documents shows one big drop zone instead.

One draft session owns the envelope (services/draft_session.py); every panel is a view of it and every
change (fields, parties, documents, name, message, expiry, account) is one step in its single undo history,
validated once and handed to the draft autosaver, so a crash loses at most the last second or two. Sending is
services/draft_send.py, run as a registry task; closing while it (or a file check) runs hides the window
until it is done. Nothing here blocks the loop or opens a nested one (dialogs use open()).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QMimeData, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.capabilities import Capabilities, capabilities_for
from esign_desktop.domain.model import Envelope, PartyRole
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.domain.validation import Problem, Severity, Subject
from esign_desktop.services.composer_layout import ComposerLayoutStore
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.draft_autosave import DraftAutosaver
from esign_desktop.services.draft_send import SendFailure, SendStep, send_draft
from esign_desktop.services.draft_session import Change, no_account_rule
from esign_desktop.services.envelope_spec import SpecError, read_spec, write_spec_file
from esign_desktop.services.layouts import apply_saved_layout, save_layout
from esign_desktop.services.tasks import TaskKey, TaskKind, TaskRegistry
from esign_desktop.storage.errors import StorageError
from esign_desktop.ui.commands import COMPOSER_COMMANDS, build_action
from esign_desktop.ui.editor.composer import ComposerWidget
from esign_desktop.ui.editor.documents_panel import DocumentsPanel
from esign_desktop.ui.editor.layout_dialog import LayoutDialog, LayoutDialogMode
from esign_desktop.ui.editor.party_editor import PartyEditor
from esign_desktop.ui.editor.party_preview import PartyPreviewOverlay
from esign_desktop.ui.editor.readiness_panel import ReadinessPanel, SendState
from esign_desktop.ui.editor.session_adapter import SessionAdapter
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.labels import party_name
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_SECONDS = 1.0  # plus one save, well inside the 2 s promise
_JSON_FILTER = QT_TRANSLATE_NOOP("ComposerWindow", "Envelope files (*.json)")
_MAX_EXPIRY_DAYS = 365
DialogT = TypeVar("DialogT", bound=QDialog)
_MINIMUM_WINDOW = QSize(960, 600)
_LEFT_RAIL_WIDTH = 250
_LEFT_RAIL_MINIMUM = 180
_RIGHT_RAIL_WIDTH = 340
_RIGHT_RAIL_MINIMUM = 280
_PAGE_MINIMUM = 360


class ComposerWindow(QMainWindow):
    """Prepare one envelope (a draft) and send it.

    One DraftSession (through its Qt adapter, `session`) owns the envelope; the documents panel, page editor,
    party editor, details and readiness are views of it and change it only through its edits, so every edit
    of every kind is one step in one undo history.

    Signals:
        envelope_changed(object): the Envelope after any edit.
        draft_saved(object): the Envelope as the draft store now holds it (documents point at stored copies).
        sent(object): the Envelope as sent (status from the outbox).
        closed(str): the window closed for good (after the draft was saved); carries the local id.
        dialog_opened(object): a non-modal dialog (file or layout) was just opened.
        notice_shown(str): a message for the sender was shown in the status bar.
        draft_discarded(str): the window closed on an empty draft, which was not kept; carries the local id.
    """

    envelope_changed = Signal(object)
    draft_saved = Signal(object)
    sent = Signal(object)
    closed = Signal(str)
    dialog_opened = Signal(object)
    notice_shown = Signal(str)
    draft_discarded = Signal(str)

    def __init__(
        self,
        context: ServiceContext,
        tasks: TaskRegistry,
        envelope: Envelope,
        *,
        autosave_delay: float = AUTOSAVE_DELAY_SECONDS,
        close_when_sent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composerWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setMinimumSize(_MINIMUM_WINDOW)
        self._size_to_screen()
        self.context = context
        self.tasks = tasks
        self.close_when_sent = close_when_sent
        self.session = SessionAdapter.for_envelope(
            self._with_account(envelope),
            rules=[
                no_account_rule(
                    self.tr("Choose the account to send with (add one under Accounts in the main window).")
                )
            ],
            parent=self,
        )
        self._sending = False
        self._sent = False
        self._closing = False
        self._close_allowed = False
        self._close_when_idle = False
        self._opening = 0  # envelope files being read
        self._saved_stamp: datetime | None = None
        self._dialog: QDialog | None = None
        self._layout_store = ComposerLayoutStore(context.paths.data_dir())
        self.autosaver = DraftAutosaver(
            context.drafts, autosave_delay, on_error=self._on_autosave_error, on_saved=self._on_autosave_saved
        )

        self.documents_panel = DocumentsPanel(self, self.session)
        # Decrypted, unrestricted and repaired working copies live in the draft store only.
        self.documents_panel.set_working_copy_folder(context.paths.draft_files_dir())
        # Once the layout settles (the centre may just have left the drop zone): room for a question.
        self._question_fit = QTimer(self)
        self._question_fit.setSingleShot(True)
        self._question_fit.setInterval(0)
        self._question_fit.timeout.connect(self._fit_documents_question)
        self._rail_sizes_before_question: list[int] | None = None
        self.composer = ComposerWidget(self, self.session)
        self.party_editor = PartyEditor(self, self.session)
        self.readiness = ReadinessPanel(self)
        self.preview_overlay = PartyPreviewOverlay(self.composer.view, self.composer.state)
        self._build_details()
        self._build_layout()
        self._build_actions()
        self._connect()
        self._fill_accounts()
        self._show_session()
        self._update_editable()
        self._restore_layout()
        self._focus_start()

    # --- building ---------------------------------------------------------------------------------------
    def _build_details(self) -> None:
        self.details = QWidget(self)
        self.details.setObjectName("envelopeDetails")
        self.account_combo = QComboBox(self.details)
        self.account_combo.setObjectName("accountChooser")
        self.account_combo.setAccessibleName(self.tr("Account to send with"))
        self.account_combo.setMinimumContentsLength(12)
        self.account_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.name_edit = QLineEdit(self.details)
        self.name_edit.setObjectName("envelopeName")
        self.name_edit.setAccessibleName(self.tr("Envelope name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Lease agreement, Storgatan 5"))
        self.expiry_spin = QSpinBox(self.details)
        self.expiry_spin.setObjectName("expiryDays")
        self.expiry_spin.setAccessibleName(self.tr("Days until the envelope expires"))
        self.expiry_spin.setRange(1, _MAX_EXPIRY_DAYS)
        self.expiry_spin.setSuffix(self.tr(" days"))
        self.message_edit = QPlainTextEdit(self.details)
        self.message_edit.setObjectName("envelopeMessage")
        self.message_edit.setAccessibleName(self.tr("Message to the parties"))
        self.message_edit.setPlaceholderText(self.tr("A short note the parties see with the invitation"))
        self.message_edit.setTabChangesFocus(True)  # Tab moves on: a keyboard user must never be trapped here
        # Two lines of the current font, so the box grows with the system font size.
        self.message_edit.setFixedHeight(self.message_edit.fontMetrics().lineSpacing() * 2 + 12)
        self.preview_combo = QComboBox(self)
        self.preview_combo.setObjectName("previewAs")
        self.preview_combo.setAccessibleName(self.tr("Preview the envelope as a party"))
        self.readiness_button = QToolButton(self.details)
        self.readiness_button.setObjectName("readinessButton")
        self.readiness_button.setCheckable(True)
        self.readiness_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.readiness_button.setToolTip(self.tr("Show what still stops the envelope from being sent"))
        self.send_button = self.readiness.send_button  # one Send: in the header, prominent
        self.send_button.setParent(self.details)
        self.send_button.setDefault(False)
        font = self.send_button.font()
        font.setBold(True)
        self.send_button.setFont(font)
        self.send_button.setMinimumWidth(self.send_button.fontMetrics().horizontalAdvance("M") * 8)

        form = QVBoxLayout(self.details)
        form.setContentsMargins(6, 4, 6, 4)
        form.setSpacing(4)
        top = QHBoxLayout()
        name_label = QLabel(self.tr("Name"), self.details)
        name_label.setBuddy(self.name_edit)
        account_label = QLabel(self.tr("Acco&unt"), self.details)
        account_label.setBuddy(self.account_combo)
        expiry_label = QLabel(self.tr("E&xpires after"), self.details)
        expiry_label.setBuddy(self.expiry_spin)
        top.addWidget(name_label)
        top.addWidget(self.name_edit, 3)
        top.addWidget(account_label)
        top.addWidget(self.account_combo, 2)
        top.addWidget(expiry_label)
        top.addWidget(self.expiry_spin)
        top.addSpacing(12)
        top.addWidget(self.readiness_button)
        top.addWidget(self.send_button)
        second = QHBoxLayout()
        message_label = QLabel(self.tr("Message"), self.details)
        message_label.setBuddy(self.message_edit)
        preview_label = QLabel(self.tr("Preview as"), self.details)
        preview_label.setBuddy(self.preview_combo)
        second.addWidget(message_label)
        second.addWidget(self.message_edit, 1)
        second.addWidget(preview_label)
        second.addWidget(self.preview_combo)
        form.addLayout(top)
        form.addLayout(second)

    def _build_layout(self) -> None:
        """Documents and thumbnails on the left, the page in the middle, parties and fields on the right."""
        composer = self.composer
        thumbnails, palette, properties = composer.hand_over_rails()
        self.left_rail = QSplitter(Qt.Orientation.Vertical, self)
        self.left_rail.setObjectName("composerLeftRail")
        self.left_rail.addWidget(self.documents_panel)
        self.left_rail.addWidget(thumbnails)
        self.left_rail.setStretchFactor(1, 1)
        self.left_rail.setChildrenCollapsible(False)
        self.documents_panel.setMinimumHeight(120)
        thumbnails.setMinimumHeight(120)

        self.fields_box = QWidget(self)
        self.fields_box.setObjectName("fieldsBox")
        fields_layout = QVBoxLayout(self.fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(palette)
        fields_layout.addWidget(properties, 1)
        self.right_rail = QSplitter(Qt.Orientation.Vertical, self)
        self.right_rail.setObjectName("composerRightRail")
        self.right_rail.addWidget(self.readiness)
        self.right_rail.addWidget(_scrolled(self.party_editor, "partyScroll"))
        self.right_rail.addWidget(_scrolled(self.fields_box, "fieldsScroll"))
        self.right_rail.setChildrenCollapsible(False)
        self.right_rail.setStretchFactor(1, 1)
        self.right_rail.setStretchFactor(2, 1)
        self.readiness.setVisible(False)
        self.readiness.setMinimumHeight(120)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("composerSplitter")
        self.splitter.addWidget(self.left_rail)
        self.splitter.addWidget(composer)
        self.splitter.addWidget(self.right_rail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, True)  # the left rail folds away; the page and the right rail stay
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)
        self.left_rail.setMinimumWidth(_LEFT_RAIL_MINIMUM)
        composer.setMinimumWidth(_PAGE_MINIMUM)
        self.right_rail.setMinimumWidth(_RIGHT_RAIL_MINIMUM)
        self.splitter.setSizes(
            [_LEFT_RAIL_WIDTH, 1600 - _LEFT_RAIL_WIDTH - _RIGHT_RAIL_WIDTH, _RIGHT_RAIL_WIDTH]
        )

        self.drop_zone = DropZone(self)
        self.centre_stack = QStackedWidget(self)
        self.centre_stack.setObjectName("composerCentre")
        self.centre_stack.addWidget(self.drop_zone)
        self.centre_stack.addWidget(self.splitter)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.details)
        layout.addWidget(self.centre_stack, 1)
        self.setCentralWidget(central)

    def _action(self, name: str, slot: object) -> QAction:
        action = build_action(COMPOSER_COMMANDS[name], self)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.save_json_action = self._action("save_json", self.open_save_json_dialog)
        self.open_json_action = self._action("open_json", self.open_json_dialog)
        self.add_documents_action = self._action("add_documents", self.documents_panel.open_add_dialog)
        self.save_layout_action = self._action("save_layout", self.open_save_layout_dialog)
        self.apply_layout_action = self._action("apply_layout", self.open_apply_layout_dialog)
        self.import_fields_action = self._action("import_fields", self.composer.open_import_preview)
        self.send_action = self._action("send", self.send)
        self.close_action = self._action("close", self.close)
        self.toggle_documents_action = self._action("toggle_documents", self._on_toggle_documents)
        self.toggle_documents_action.setChecked(True)
        self.toggle_problems_action = self._action("toggle_problems", self._on_toggle_problems)
        self.readiness_button.clicked.connect(self._on_readiness_button_clicked)
        for action in (self.composer.undo_action, self.composer.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # from any panel of the window

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.add_documents_action, self.open_json_action, self.save_json_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.send_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.composer.undo_action)
        edit_menu.addAction(self.composer.redo_action)
        fields_menu = self.menuBar().addMenu(self.tr("F&ields"))
        composer = self.composer
        for action in (composer.copy_action, composer.paste_action, composer.select_all_action):
            fields_menu.addAction(action)
        fields_menu.addSeparator()
        fields_menu.addMenu(composer.arrange_menu)
        fields_menu.addAction(composer.duplicate_all_action)
        fields_menu.addAction(composer.choose_pages_action)
        fields_menu.addSeparator()
        fields_menu.addAction(self.import_fields_action)
        fields_menu.addSeparator()
        fields_menu.addAction(self.save_layout_action)
        fields_menu.addAction(self.apply_layout_action)
        self.fields_menu = fields_menu
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.toggle_documents_action)
        view_menu.addAction(self.toggle_problems_action)
        self.save_state_label = QLabel(self)
        self.save_state_label.setObjectName("draftState")
        self.statusBar().addPermanentWidget(self.save_state_label)
        # A notice longer than the window (every problem of a file that cannot be opened) is cut at its edge;
        # the status bar's tooltip says it whole while it shows.
        self.statusBar().messageChanged.connect(self._on_status_message_changed)

    def _connect(self) -> None:
        self.session.changed.connect(self._on_session_changed)
        self.composer.status_message.connect(self.show_notice)
        self.composer.document_shown.connect(self._on_composer_document_shown)
        self.documents_panel.file_dialog_opened.connect(self.dialog_opened)
        self.documents_panel.document_list.currentRowChanged.connect(self.composer.show_document)
        self.documents_panel.inspections_finished.connect(self._maybe_close_when_idle)
        self.documents_panel.attention_changed.connect(self._show_centre)
        self.drop_zone.files_dropped.connect(self.documents_panel.add_files)
        self.drop_zone.add_button.clicked.connect(self.documents_panel.open_add_dialog)
        self.party_editor.party_selected.connect(self._on_party_editor_party_selected)
        self.readiness.problem_activated.connect(self.jump_to_problem)
        self.readiness.send_requested.connect(self.send)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.message_edit.textChanged.connect(self._on_message_edit_text_changed)
        self.expiry_spin.valueChanged.connect(self._on_expiry_spin_value_changed)
        self.account_combo.activated.connect(self._on_account_combo_activated)
        self.preview_combo.activated.connect(self._on_preview_combo_activated)

    # --- public API -------------------------------------------------------------------------------------
    def envelope(self) -> Envelope:
        """The envelope as edited now (the session's; every panel shows it)."""
        return self.session.envelope

    @property
    def capabilities(self) -> Capabilities:
        return capabilities_for(self.session.envelope.provider)

    def problems(self) -> tuple[Problem, ...]:
        return self.readiness.problems()

    @property
    def is_sent(self) -> bool:
        return self._sent

    @property
    def is_busy(self) -> bool:
        """Sending, checking added files or reading an envelope file: closing waits for it."""
        return self._sending or self.documents_panel.checking > 0 or self._opening > 0

    def set_envelope(self, envelope: Envelope) -> None:
        """Replace everything shown (e.g. opened from JSON) as one undoable step; the local id and account
        stay this draft's."""
        current = self.session.envelope
        kept = dataclasses.replace(
            envelope,
            local_id=current.local_id,
            account_id=current.account_id,
            provider=current.provider,
            status=EnvelopeStatus.DRAFT,
            created_at=current.created_at,
            updated_at=current.updated_at,
        )
        self.session.edit(kept, self.tr("Open envelope file"), selection=())

    def jump_to_problem(self, problem: Problem) -> None:
        """Show and focus whatever `problem` is about."""
        if problem.subject is Subject.PARTY:
            self.party_editor.select_party(problem.subject_id)
        elif problem.subject is Subject.FIELD:
            self.end_preview()
            self.composer.select_field(problem.subject_id)
        elif problem.subject is Subject.DOCUMENT:
            self._select_document(int(problem.subject_id) if problem.subject_id.isdigit() else 0)
            self.documents_panel.document_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._jump_to_envelope_problem()

    def show_problems(self, shown: bool = True) -> None:
        """Open (or close) the list of what still stops the envelope from being sent."""
        self.readiness.setVisible(shown)
        self.readiness_button.setChecked(shown)
        if shown:
            self.readiness.problem_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_preview_party(self, party_id: str) -> None:
        """Show the envelope as `party_id` will see it (read-only); "" goes back to editing."""
        if party_id and self.session.envelope.party(party_id) is None:
            party_id = ""
        previewing = bool(party_id)
        self.preview_overlay.set_party(party_id)
        if previewing:
            self.composer.state.clear_selection()
        self.preview_overlay.setVisible(previewing)
        if previewing:
            self.preview_overlay.raise_()
        self._update_editable()
        index = self.preview_combo.findData(party_id)
        self.preview_combo.setCurrentIndex(max(index, 0))

    def end_preview(self) -> None:
        if self.preview_party_id:
            self.set_preview_party("")

    @property
    def preview_party_id(self) -> str:
        return self.preview_overlay.party_id if self.preview_overlay.isVisibleTo(self) else ""

    def send(self) -> asyncio.Task[None] | None:
        """Send through the outbox as a registry task; None when not ready or already sending."""
        if self._sending or self._sent or not self.session.session.is_ready:
            return None
        self.end_preview()
        self._sending = True
        self.readiness.set_sending(self.tr("Saving the draft…"))
        self._update_editable()
        envelope = self.session.envelope
        return self.tasks.start(TaskKey(TaskKind.OUTBOX_SEND, envelope.local_id), self._send(envelope))

    async def flush(self) -> bool:
        """Save any unsaved edit now; True when the draft on disk is current."""
        return await self.autosaver.flush()

    async def finish(self) -> None:
        """Save and close without asking (application shutdown): nothing typed is lost."""
        await self.autosaver.flush()
        self._close_allowed = True
        self.close()

    # --- file dialogs (non-modal) -----------------------------------------------------------------------
    def open_save_json_dialog(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Save the envelope as JSON"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"{_file_stem(self.session.envelope.name)}.json")
        dialog.fileSelected.connect(lambda path: self.save_json(Path(path)))
        return self._open_dialog(dialog)

    def open_json_dialog(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Open an envelope file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_json(Path(path)))
        return self._open_dialog(dialog)

    def save_json(self, path: Path) -> bool:
        try:
            write_spec_file(self.session.envelope, path)
        except OSError as error:
            self.show_notice(
                fill(
                    self.tr("Could not write %1: %2. Choose another folder."),
                    path.name,
                    error.strerror or self.tr("unknown error"),
                )
            )
            return False
        self.show_notice(fill(self.tr("Saved as %1"), path))
        return True

    def open_json(self, path: Path) -> asyncio.Task[None]:
        """Read an envelope file (its PDFs are checked off the UI thread) and show it in this window."""
        self._opening += 1
        return self.tasks.start(
            TaskKey(TaskKind.COMPOSER_OPEN_JSON, self.session.envelope.local_id), self._open_json(path)
        )

    async def _open_json(self, path: Path) -> None:
        provider = self.session.envelope.provider
        try:
            opened = await asyncio.to_thread(read_spec, path, provider)
        except SpecError as error:
            reasons = "; ".join(error_text(detail) for detail in error.details)
            self.show_notice(fill(self.tr("%1 cannot be opened: %2"), path.name, reasons))
            return
        finally:
            self._opening -= 1
        self.set_envelope(opened)
        self.show_notice(fill(self.tr("Opened %1"), path.name))
        self._maybe_close_when_idle()

    # --- layouts ----------------------------------------------------------------------------------------
    def open_save_layout_dialog(self) -> LayoutDialog:
        dialog = LayoutDialog(LayoutDialogMode.SAVE, self._layout_names(), self)
        dialog.layout_chosen.connect(self.save_layout)
        return self._open_dialog(dialog)

    def open_apply_layout_dialog(self) -> LayoutDialog:
        dialog = LayoutDialog(LayoutDialogMode.APPLY, self._layout_names(), self)
        dialog.layout_chosen.connect(self.apply_layout)
        return self._open_dialog(dialog)

    def save_layout(self, name: str) -> bool:
        try:
            layout = save_layout(self.context.layouts, name, self.session.envelope)
        except (ValueError, StorageError) as error:
            self.show_notice(_message(error))
            return False
        self.show_notice(fill(self.tr("Layout “%1” saved (%2 fields)."), layout.name, len(layout.fields)))
        return True

    def apply_layout(self, name: str) -> bool:
        """Add the layout's roles and fields as one undoable edit; say what did not fit."""
        try:
            application = apply_saved_layout(self.context.layouts, name, self.session.envelope)
        except (ValueError, StorageError) as error:
            self.show_notice(_message(error))
            return False
        self.session.edit(
            application.envelope,
            fill(self.tr("Apply layout “%1”"), name),
            selection=[f.id for f in application.placed],
        )
        text = fill(self.tr("Layout “%1”: %2 fields placed"), name, len(application.placed))
        if application.not_placed:
            text += fill(
                self.tr("; %1 did not fit (their pages do not exist here)"), len(application.not_placed)
            )
        self.show_notice(text + ".")
        return True

    def _layout_names(self) -> list[str]:
        try:
            return [summary.name for summary in self.context.layouts.list(self.session.envelope.provider)]
        except StorageError as error:
            self.show_notice(error_text(error))
            return []

    # --- following the session --------------------------------------------------------------------------
    def _with_account(self, envelope: Envelope) -> Envelope:
        """A new envelope without an account gets the first account (its provider decides everything)."""
        if envelope.account_id:
            return envelope
        accounts = self.context.accounts.list()
        same = [a for a in accounts if a.provider is envelope.provider]
        if not (same or accounts):
            return envelope
        chosen = (same or accounts)[0]
        return dataclasses.replace(envelope, account_id=chosen.id, provider=chosen.provider)

    def _on_session_changed(self, change: Change) -> None:
        self._show_session()
        if change.parties_changed:
            self._refresh_preview_choices()
        self._autosave()
        self.envelope_changed.emit(change.envelope)

    def _show_session(self) -> None:
        """Show the session's details and readiness (the page, documents and parties follow by themselves)."""
        envelope = self.session.envelope
        if self.name_edit.text() != envelope.name:
            self.name_edit.setText(envelope.name)
        if self.message_edit.toPlainText() != envelope.message:
            self.message_edit.setPlainText(envelope.message)  # textChanged finds nothing new to record
        expiry = max(1, min(envelope.expire_after_days, _MAX_EXPIRY_DAYS))
        if self.expiry_spin.value() != expiry:
            self.expiry_spin.setValue(expiry)
        index = self.account_combo.findData(envelope.account_id)
        self.account_combo.setCurrentIndex(max(index, 0))
        self.readiness.set_problems(self.session.problems)
        self._show_centre()
        self._refresh_preview_choices()
        self._update_readiness_button()
        self._update_title()

    def _show_centre(self) -> None:
        """The drop zone while there is nothing to show; the documents and pages once there is a document,
        or while the documents panel asks a question (restrictions, repair) or reports on files: an empty
        envelope otherwise hid that question behind the drop zone, and the file was never added."""
        wanted = bool(self.session.envelope.documents) or self.documents_panel.has_something_to_say()
        self.centre_stack.setCurrentWidget(self.splitter if wanted else self.drop_zone)
        self._question_fit.start()

    def _fit_documents_question(self) -> None:
        """Give the documents panel the height its question needs (the left rail's split kept it short, so the
        question was cut off at 1366x768), and give the thumbnails their height back once it is answered."""
        panel = self.documents_panel
        sizes = self.left_rail.sizes()
        if panel.confirm_bar.isHidden() or len(sizes) != 2:
            if self._rail_sizes_before_question is not None and not panel.confirm_bar.isVisible():
                self.left_rail.setSizes(self._rail_sizes_before_question)
                self._rail_sizes_before_question = None
            return
        layout = panel.layout()
        thumbnails = self.left_rail.widget(1)
        if layout is None or thumbnails is None:
            return
        needed = (
            layout.totalHeightForWidth(panel.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if sizes[0] >= needed:
            return
        if self._rail_sizes_before_question is None:
            self._rail_sizes_before_question = sizes
        total = sum(sizes)
        first = min(needed, total - thumbnails.minimumHeight())
        self.left_rail.setSizes([first, total - first])

    def _update_readiness_button(self) -> None:
        problems = self.session.problems
        blocking = sum(1 for p in problems if p.severity is Severity.BLOCKING)
        style = self.style()
        state = self.readiness.send_state
        if state == SendState.SENDING:
            text = self.tr("Sending…")
        elif state == SendState.SENT:
            text = self.tr("Sent")
        elif state == SendState.FAILED:
            text = self.tr("Not sent: see why")
        elif blocking:
            text = _counted(blocking, self.tr("problem"), self.tr("problems"))
        else:
            text = self.tr("Ready to send")
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if blocking
            else QStyle.StandardPixmap.SP_DialogApplyButton
        )
        self.readiness_button.setIcon(style.standardIcon(icon))
        self.readiness_button.setText(text)
        self.readiness_button.setAccessibleName(self.readiness.summary.text() or text)

    def _fill_accounts(self) -> None:
        self.account_combo.clear()
        accounts = self.context.accounts.list()
        for account in accounts:
            self.account_combo.addItem(f"{account.name} · {account.provider.label}", account.id)
        if not accounts:
            self.account_combo.addItem(self.tr("No account yet: add one under Accounts"), "")
        self.account_combo.setEnabled(bool(accounts))

    def _autosave(self) -> None:
        if self._sent or self._sending:
            return
        self.save_state_label.setText(self.tr("Saving…"))
        self._saved_stamp = self.session.envelope.updated_at
        self.autosaver.changed(self.session.envelope)

    def _on_autosave_saved(self, stored: Envelope) -> None:
        if self._sent:
            return  # a save that raced the send must not bring the draft back into the list
        try:
            self.context.cache.upsert(stored)  # the main list's Drafts view reads the cache
        except StorageError as error:
            log.warning("draft not listed: %s", error.user_message)
        try:
            if stored.updated_at == self._saved_stamp:  # no edit since this state
                self.save_state_label.setText(self.tr("Draft saved"))
            self.draft_saved.emit(stored)
        except RuntimeError:  # the window was destroyed while the save ran; the draft is safe on disk
            log.info("a draft was saved after its window had gone")

    def _on_autosave_error(self, error: StorageError) -> None:
        try:
            self.save_state_label.setText(self.tr("Not saved"))
            self.show_notice(
                fill(
                    self.tr("The draft could not be saved: %1 Your changes are kept; saving is retried."),
                    error_text(error),
                )
            )
        except RuntimeError:  # the window is gone; the autosaver has logged the error
            return

    def _update_title(self) -> None:
        name = self.session.envelope.name.strip() or self.tr("New envelope")
        suffix = self.tr(" (sent)") if self._sent else ""
        self.setWindowTitle(fill(self.tr("%1%2 – compose"), name, suffix))

    def _update_editable(self) -> None:
        editable = not (self._sending or self._sent or self.preview_party_id)
        self.composer.set_read_only(not editable)
        for widget in (self.documents_panel, self.party_editor, self.details, self.drop_zone):
            widget.setEnabled(editable)
        for action in (
            self.open_json_action,
            self.apply_layout_action,
            self.import_fields_action,
            self.add_documents_action,
        ):
            action.setEnabled(editable)
        self.send_action.setEnabled(not (self._sending or self._sent))
        self.preview_combo.setEnabled(not (self._sending or self._sent))
        self.readiness_button.setEnabled(True)
        self._update_readiness_button()

    def _refresh_preview_choices(self) -> None:
        current = self.preview_party_id
        self.preview_combo.clear()
        self.preview_combo.addItem(self.tr("Nobody (editing)"), "")
        for party in self.session.envelope.parties:
            if party.role is not PartyRole.RECIPIENT:
                self.preview_combo.addItem(party_name(party), party.id)
        if current and self.session.envelope.party(current) is None:
            self.set_preview_party("")
        else:
            self.preview_combo.setCurrentIndex(max(self.preview_combo.findData(current), 0))

    def _select_document(self, index: int) -> None:
        if 0 <= index < len(self.session.envelope.documents):
            self.documents_panel.document_list.setCurrentRow(index)
            self.composer.show_document(index)

    def _jump_to_envelope_problem(self) -> None:
        envelope = self.session.envelope
        if not envelope.account_id:
            self.account_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not envelope.name.strip():
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not envelope.documents or len(envelope.documents) > self.capabilities.max_documents:
            target = self.documents_panel.add_button if envelope.documents else self.drop_zone.add_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not envelope.signers:
            self.party_editor.add_buttons[PartyRole.SIGNER].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.expiry_spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_start(self) -> None:
        """Focus where the person will start: the drop zone's Add button on an empty envelope, the name when
        it has none, else the page (S, D, T and C place fields there)."""
        envelope = self.session.envelope
        if not envelope.documents:
            target: QWidget = self.drop_zone.add_button
        elif not envelope.name.strip():
            target = self.name_edit
        else:
            target = self.composer.overlay
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._start_focus: QWidget | None = target

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        start, self._start_focus = self._start_focus, None
        if start is not None:
            start.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # --- slots ------------------------------------------------------------------------------------------
    def _on_name_edit_text_edited(self, text: str) -> None:
        self.session.edit(
            lambda e: dataclasses.replace(e, name=text),
            self.tr("Rename the envelope"),
            merge_key="details:name",
        )

    def _on_message_edit_text_changed(self) -> None:
        text = self.message_edit.toPlainText()
        self.session.edit(
            lambda e: dataclasses.replace(e, message=text),
            self.tr("Edit the message"),
            merge_key="details:message",
        )

    def _on_expiry_spin_value_changed(self, value: int) -> None:
        if value == max(1, min(self.session.envelope.expire_after_days, _MAX_EXPIRY_DAYS)):
            return  # showing the envelope's own value, not an edit
        self.session.edit(
            lambda e: dataclasses.replace(e, expire_after_days=value),
            self.tr("Change the expiry"),
            merge_key="details:expiry",
        )

    def _on_account_combo_activated(self, index: int) -> None:
        account_id = self.account_combo.itemData(index)
        account = self.context.accounts.store.get(account_id) if isinstance(account_id, str) else None
        envelope = self.session.envelope
        if account is None or account.id == envelope.account_id:
            return
        provider_changed = account.provider is not envelope.provider
        self.session.edit(
            lambda e: dataclasses.replace(e, account_id=account.id, provider=account.provider),
            self.tr("Change the account"),
        )
        if provider_changed:
            self.show_notice(
                fill(
                    self.tr("Now preparing for %1: fields, parties and sign types follow its rules."),
                    account.provider.label,
                )
            )

    def _on_party_editor_party_selected(self, party_id: str) -> None:
        if party_id:
            self.composer.state.set_active_party(party_id)

    def _on_composer_document_shown(self, index: int) -> None:
        if self.documents_panel.document_list.currentRow() != index:
            self.documents_panel.document_list.setCurrentRow(index)

    def _on_preview_combo_activated(self, index: int) -> None:
        party_id = self.preview_combo.itemData(index)
        self.set_preview_party(party_id if isinstance(party_id, str) else "")

    def _on_toggle_problems(self) -> None:
        self.show_problems(not self.readiness.isVisible())

    def _on_readiness_button_clicked(self, checked: bool) -> None:
        self.show_problems(checked)

    def _on_toggle_documents(self, shown: bool) -> None:
        sizes = self.splitter.sizes()
        if shown:
            sizes[0] = _LEFT_RAIL_WIDTH
            self.left_rail.setVisible(True)
        self.left_rail.setVisible(shown)
        if shown:
            self.splitter.setSizes(sizes)

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        self.notice_shown.emit(text)

    def _on_status_message_changed(self, text: str) -> None:
        self.statusBar().setToolTip(text)

    # --- sending ----------------------------------------------------------------------------------------
    async def _send(self, envelope: Envelope) -> None:
        account = self.context.accounts.store.get(envelope.account_id)
        where = account.name if account is not None else envelope.provider.label

        def on_step(step: SendStep) -> None:
            if step is SendStep.SAVING:
                self.readiness.set_sending(self.tr("Saving the draft…"))
            else:
                self.readiness.set_sending(fill(self.tr("Sending to %1…"), where))
            self._update_readiness_button()

        try:
            result = await send_draft(
                envelope,
                autosaver=self.autosaver,
                sender=self.context.sender,
                drafts=self.context.drafts,
                on_step=on_step,
            )
        except Exception:
            self._send_failed(self.tr("something unexpected went wrong; the details are in the log."))
            raise
        finally:
            self._sending = False
        if not result.sent:
            if result.failure is SendFailure.NOT_SAVED:
                reason = self.tr("the draft could not be saved first; check the disk and try again.")
            else:
                reason = (
                    error_text(result.error)
                    if result.error is not None
                    else result.message or self.tr("the service did not accept it.")
                )
            self._send_failed(reason)
            return
        self._sent = True
        self.readiness.set_sent()
        self.save_state_label.setText(self.tr("Sent"))
        self._update_title()
        self._update_editable()
        notice = fill(self.tr("“%1” was sent."), envelope.name)
        self.show_notice(notice)
        if not self.isVisible():  # closed while sending: the main window says it
            self.context.notifier.info(notice)
        self.sent.emit(result.envelope)
        if self.close_when_sent:
            self._close_allowed = True
            self.close()
        self._maybe_close_when_idle()

    def _send_failed(self, message: str) -> None:
        self._sending = False
        self.readiness.set_failed(message)
        self._update_editable()
        if not self.isVisible():  # closed while sending: the draft is kept; say why it was not sent
            self.context.notifier.error(
                fill(
                    self.tr("“%1” was not sent: %2 It is kept in Drafts."),
                    self.session.envelope.name,
                    message,
                )
            )
        else:
            self.show_problems(True)
        self._maybe_close_when_idle()

    # --- closing ----------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy and not self._close_allowed:
            # Sending, checking files or reading a file: the window goes, the work finishes, then it closes.
            event.ignore()
            self._close_when_idle = True
            self._save_layout()
            self.hide()
            return
        if self._close_allowed or not self.autosaver.has_unsaved_changes:
            self._save_layout()
            self._discard_if_empty()
            self.composer.shutdown()
            event.accept()
            self.closed.emit(self.session.envelope.local_id)
            return
        event.ignore()  # save first, then close for real
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop runs any more (the process is ending): nothing can be awaited now
            log.warning("a composer closed without its last edit saved: no event loop was running")
            self._close_allowed = True
            self.close()
            return
        if not self._closing:
            self._closing = True
            self.save_state_label.setText(self.tr("Saving…"))
            self.tasks.start(
                TaskKey(TaskKind.COMPOSER_CLOSE, self.session.envelope.local_id), self._save_then_close()
            )

    def _maybe_close_when_idle(self) -> None:
        if self._close_when_idle and not self.is_busy:
            self._close_when_idle = False
            self.close()

    async def _save_then_close(self) -> None:
        saved = await self.autosaver.flush()
        self._closing = False
        if not saved:
            self.show()  # the error is shown; the window stays so nothing is lost
            return
        self._close_allowed = True
        self.close()

    def _discard_if_empty(self) -> None:
        """An envelope with nothing in it (no document, party, field, name or message) is not kept."""
        envelope = self.session.envelope
        if self._sent or _has_content(envelope):
            return
        try:
            self.context.drafts.delete(envelope.local_id)
            self.context.cache.remove(envelope.local_id)
        except StorageError as error:
            log.warning("an empty draft could not be removed: %s", error.user_message)
            return
        self.draft_discarded.emit(envelope.local_id)

    def _size_to_screen(self) -> None:
        """Without a remembered size: most of the screen (the page wants the room), at most 1600 x 1000."""
        screen = self.screen().availableGeometry()
        width = max(min(round(screen.width() * 0.92), 1600), _MINIMUM_WINDOW.width())
        height = max(min(round(screen.height() * 0.92), 1000), _MINIMUM_WINDOW.height())
        self.resize(min(width, screen.width()), min(height, screen.height()))

    # --- remembered layout ------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        states = self._layout_store.load()
        if "geometry" in states:
            self.restoreGeometry(QByteArray(states["geometry"]))
        width, height = (int.from_bytes(states.get(key, b""), "big") for key in ("width", "height"))
        if width and height and not self.isMaximized():
            self.resize(width, height)  # restoreGeometry shrinks a window to the screen it was not on
        for key, splitter in self._splitters().items():
            if key in states:
                splitter.restoreState(QByteArray(states[key]))
        if "documents_shown" in states:
            shown = states["documents_shown"] == b"1"
            self.toggle_documents_action.setChecked(shown)
            self.left_rail.setVisible(shown)

    def _save_layout(self) -> None:
        states = {
            "geometry": bytes(self.saveGeometry().data()),
            "width": self.width().to_bytes(4, "big"),
            "height": self.height().to_bytes(4, "big"),
        }
        for key, splitter in self._splitters().items():
            states[key] = bytes(splitter.saveState().data())
        states["documents_shown"] = b"1" if self.toggle_documents_action.isChecked() else b"0"
        self._layout_store.save(states)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "left_rail": self.left_rail, "right_rail": self.right_rail}

    # --- helpers ----------------------------------------------------------------------------------------
    def _file_dialog(self, title: str) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("composerFileDialog")
        dialog.setNameFilter(self.tr(_JSON_FILTER))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        return dialog

    def _open_dialog(self, dialog: DialogT) -> DialogT:
        self._dialog = dialog
        dialog.open()  # never exec(): a nested loop would stall the tasks
        self.dialog_opened.emit(dialog)
        return dialog


class DropZone(QWidget):
    """What an empty composer shows: one big target for PDF files, and a button for the file dialog.

    Signals:
        files_dropped(object): a list[Path] of local files dropped here.
    """

    files_dropped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerDropZone")
        self.setAcceptDrops(True)
        self._hovering = False
        self.title = QLabel(self.tr("Drop PDF documents here"), self)
        self.title.setObjectName("dropZoneTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.hint = QLabel(
            self.tr("The envelope is named after the first document; you can change the name at any time."),
            self,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Choose PDF files…"), self)
        self.add_button.setObjectName("dropZoneAdd")
        self.add_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
            self._hovering = True
            self.update()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hovering = False
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hovering = False
        self.update()
        files = _local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(
            QPalette.ColorRole.Highlight if self._hovering else QPalette.ColorRole.Mid
        )
        pen = QPen(colour, 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(16, 16, -16, -16), 12, 12)
        painter.end()


def _local_files(data: QMimeData) -> list[Path]:
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _has_content(envelope: Envelope) -> bool:
    return bool(
        envelope.documents
        or envelope.parties
        or envelope.fields
        or envelope.name.strip()
        or envelope.message.strip()
    )


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _file_stem(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned or "envelope"


def _message(error: Exception) -> str:
    return error_text(error)

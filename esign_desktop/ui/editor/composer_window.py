"""The composer window: one envelope being prepared, from the first PDF to Send.

Documents panel | field editor | parties and readiness, over one envelope state. Every change (fields,
parties, documents, name, message, expiry, account) replaces that state, re-runs the readiness check and goes
to the draft autosaver, so a crash loses at most the last second or two. Send runs through the outbox as a
registry task; nothing here blocks the loop or opens a nested one (dialogs use open()).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.capabilities import Capabilities, capabilities_for
from esign_desktop.domain.model import Envelope, PartyRole, utc_now
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.domain.validation import Problem, Severity, Subject, validate
from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.draft_autosave import DraftAutosaver
from esign_desktop.services.envelope_spec import SpecError, read_spec, spec_from_envelope
from esign_desktop.services.layouts import apply_saved_layout, save_layout
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.errors import StorageError
from esign_desktop.ui.editor.composer import ComposerWidget
from esign_desktop.ui.editor.documents_panel import DocumentsPanel
from esign_desktop.ui.editor.layout_dialog import LayoutDialog, LayoutDialogMode
from esign_desktop.ui.editor.party_editor import PartyEditor
from esign_desktop.ui.editor.party_preview import PartyPreviewOverlay
from esign_desktop.ui.editor.readiness_panel import ReadinessPanel
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_SECONDS = 1.0  # plus one save, well inside the 2 s promise
_JSON_FILTER = QT_TRANSLATE_NOOP("ComposerWindow", "Envelope files (*.json)")
_MAX_EXPIRY_DAYS = 365
DialogT = TypeVar("DialogT", bound=QDialog)


class ComposerWindow(QMainWindow):
    """Prepare one envelope (a draft) and send it.

    Signals:
        envelope_changed(object): the Envelope after any edit.
        draft_saved(object): the Envelope as the draft store now holds it (documents point at stored copies).
        sent(object): the Envelope as sent (status from the outbox).
        closed(str): the window closed for good (after the draft was saved); carries the local id.
        dialog_opened(object): a non-modal dialog (file or layout) was just opened.
        notice_shown(str): a message for the sender was shown in the status bar.
    """

    envelope_changed = Signal(object)
    draft_saved = Signal(object)
    sent = Signal(object)
    closed = Signal(str)
    dialog_opened = Signal(object)
    notice_shown = Signal(str)

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
        self.resize(1600, 960)
        self.context = context
        self.tasks = tasks
        self.close_when_sent = close_when_sent
        self._envelope = self._with_account(envelope)
        self._loading = False
        self._sending = False
        self._sent = False
        self._closing = False
        self._close_allowed = False
        self._dialog: QDialog | None = None
        self.autosaver = DraftAutosaver(
            context.drafts, autosave_delay, on_error=self._on_autosave_error, on_saved=self._on_autosave_saved
        )

        self.documents_panel = DocumentsPanel(self)
        # Decrypted, unrestricted and repaired working copies live in the draft store only.
        self.documents_panel.set_working_copy_folder(context.paths.draft_files_dir())
        self.composer = ComposerWidget(self)
        self.party_editor = PartyEditor(self)
        self.readiness = ReadinessPanel(self)
        self.preview_overlay = PartyPreviewOverlay(self.composer.view, self.composer.state)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("composerSideTabs")
        self.side_tabs.addTab(self.party_editor, self.tr("&Parties"))
        self.side_tabs.addTab(self.readiness, self.tr("&Readiness"))
        self._build_details()
        self._build_layout()
        self._build_actions()
        self._connect()
        self._load_everything()

    # --- building ---------------------------------------------------------------------------------------
    def _build_details(self) -> None:
        self.details = QWidget(self)
        self.details.setObjectName("envelopeDetails")
        self.account_combo = QComboBox(self.details)
        self.account_combo.setObjectName("accountChooser")
        self.account_combo.setAccessibleName(self.tr("Account to send with"))
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
        # Three lines of the current font, so the box grows with the system font size.
        self.message_edit.setMaximumHeight(self.message_edit.fontMetrics().lineSpacing() * 3 + 16)
        self.preview_combo = QComboBox(self)
        self.preview_combo.setObjectName("previewAs")
        self.preview_combo.setAccessibleName(self.tr("Preview the envelope as a party"))
        form = QFormLayout(self.details)
        form.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        name_label = QLabel(self.tr("&Name"), self.details)
        name_label.setBuddy(self.name_edit)
        account_label = QLabel(self.tr("&Account"), self.details)
        account_label.setBuddy(self.account_combo)
        expiry_label = QLabel(self.tr("E&xpires after"), self.details)
        expiry_label.setBuddy(self.expiry_spin)
        top.addWidget(name_label)
        top.addWidget(self.name_edit, 3)
        top.addWidget(account_label)
        top.addWidget(self.account_combo, 2)
        top.addWidget(expiry_label)
        top.addWidget(self.expiry_spin)
        form.addRow(top)
        form.addRow(self.tr("&Message"), self.message_edit)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("composerSplitter")
        self.splitter.addWidget(self.documents_panel)
        self.splitter.addWidget(self.composer)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 850, 320])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, name: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.save_json_action = self._action(
            self.tr("Save as &JSON…"), "action_save_json", self.open_save_json_dialog, "Ctrl+Shift+S"
        )
        self.open_json_action = self._action(
            self.tr("&Open JSON…"), "action_open_json", self.open_json_dialog, "Ctrl+O"
        )
        self.save_layout_action = self._action(
            self.tr("Save &layout…"), "action_save_layout", self.open_save_layout_dialog
        )
        self.apply_layout_action = self._action(
            self.tr("A&pply layout…"), "action_apply_layout", self.open_apply_layout_dialog
        )
        self.import_fields_action = self._action(
            self.tr("&Import fields from the PDF…"), "action_import_fields", self.composer.open_import_preview
        )
        self.send_action = self._action(self.tr("&Send"), "action_send", self.send, "Ctrl+Return")
        self.close_action = self._action(self.tr("&Close"), "action_close", self.close)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.open_json_action, self.save_json_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.send_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.composer.undo_action)
        edit_menu.addAction(self.composer.redo_action)
        fields_menu = self.menuBar().addMenu(self.tr("F&ields"))
        fields_menu.addAction(self.import_fields_action)
        fields_menu.addSeparator()
        fields_menu.addAction(self.save_layout_action)
        fields_menu.addAction(self.apply_layout_action)

        toolbar = QToolBar(self.tr("Envelope"), self)
        toolbar.setObjectName("composerToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        groups: tuple[tuple[QAction, ...], ...] = (
            (self.open_json_action, self.save_json_action),
            (self.composer.undo_action, self.composer.redo_action),
            (self.import_fields_action, self.save_layout_action, self.apply_layout_action),
        )
        for group in groups:
            for action in group:
                toolbar.addAction(action)
            toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Preview as "), toolbar))
        toolbar.addWidget(self.preview_combo)
        self.addToolBar(toolbar)
        self.save_state_label = QLabel(self)
        self.save_state_label.setObjectName("draftState")
        self.statusBar().addPermanentWidget(self.save_state_label)

    def _connect(self) -> None:
        self.composer.fields_changed.connect(self._on_composer_fields_changed)
        self.composer.status_message.connect(self.show_notice)
        self.party_editor.parties_changed.connect(self._on_party_editor_parties_changed)
        self.documents_panel.envelope_edited.connect(self._on_documents_panel_envelope_edited)
        self.documents_panel.file_dialog_opened.connect(self.dialog_opened)
        self.documents_panel.document_list.currentRowChanged.connect(self._on_document_list_row_changed)
        self.readiness.problem_activated.connect(self.jump_to_problem)
        self.readiness.send_requested.connect(self.send)
        self.name_edit.textEdited.connect(self._on_details_edited)
        self.message_edit.textChanged.connect(self._on_details_edited)
        self.expiry_spin.valueChanged.connect(self._on_details_edited)
        self.account_combo.activated.connect(self._on_account_combo_activated)
        self.preview_combo.activated.connect(self._on_preview_combo_activated)

    # --- public API -------------------------------------------------------------------------------------
    def envelope(self) -> Envelope:
        """The envelope as edited now (the one state every panel shows)."""
        return self._envelope

    @property
    def capabilities(self) -> Capabilities:
        return capabilities_for(self._envelope.provider)

    def problems(self) -> tuple[Problem, ...]:
        return self.readiness.problems()

    @property
    def is_sent(self) -> bool:
        return self._sent

    def set_envelope(self, envelope: Envelope) -> None:
        """Replace everything shown (e.g. opened from JSON); the local id and account stay this draft's."""
        kept = dataclasses.replace(
            envelope,
            local_id=self._envelope.local_id,
            account_id=self._envelope.account_id,
            provider=self._envelope.provider,
            status=EnvelopeStatus.DRAFT,
            created_at=self._envelope.created_at,
        )
        self._apply(kept, reload=True)

    def jump_to_problem(self, problem: Problem) -> None:
        """Show and focus whatever `problem` is about."""
        if problem.subject is Subject.PARTY:
            self.side_tabs.setCurrentWidget(self.party_editor)
            self.party_editor.select_party(problem.subject_id)
        elif problem.subject is Subject.FIELD:
            self.end_preview()
            self.composer.select_field(problem.subject_id)
        elif problem.subject is Subject.DOCUMENT:
            self._select_document(int(problem.subject_id) if problem.subject_id.isdigit() else 0)
            self.documents_panel.document_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._jump_to_envelope_problem()

    def set_preview_party(self, party_id: str) -> None:
        """Show the envelope as `party_id` will see it (read-only); "" goes back to editing."""
        if party_id and self._envelope.party(party_id) is None:
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
        if self._sending or self._sent or not self.readiness.is_ready():
            return None
        self.end_preview()
        self._sending = True
        self._update_editable()
        self.readiness.set_sending(self.tr("Saving the draft…"))
        return self.tasks.start(f"outbox:compose:{self._envelope.local_id}", self._send(self._envelope))

    async def flush(self) -> bool:
        """Save any unsaved edit now; True when the draft on disk is current."""
        return await self.autosaver.flush()

    async def finish(self) -> None:
        """Save and close without asking (application shutdown)."""
        await self.autosaver.flush()
        self._close_allowed = True
        self.close()

    # --- file dialogs (non-modal) -----------------------------------------------------------------------
    def open_save_json_dialog(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Save the envelope as JSON"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.selectFile(f"{_file_stem(self._envelope.name)}.json")
        dialog.fileSelected.connect(lambda path: self.save_json(Path(path)))
        return self._open_dialog(dialog)

    def open_json_dialog(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Open an envelope file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_json(Path(path)))
        return self._open_dialog(dialog)

    def save_json(self, path: Path) -> bool:
        spec = spec_from_envelope(self._envelope, path.parent)
        try:
            path.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as error:
            self.show_notice(
                self.tr("Could not write {name}: {reason}. Choose another folder.").format(
                    name=path.name, reason=error.strerror or self.tr("unknown error")
                )
            )
            return False
        self.show_notice(self.tr("Saved as {path}").format(path=path))
        return True

    def open_json(self, path: Path) -> asyncio.Task[None]:
        """Read an envelope file (its PDFs are checked off the UI thread) and show it in this window."""
        return self.tasks.start(f"composer:open-json:{self._envelope.local_id}", self._open_json(path))

    async def _open_json(self, path: Path) -> None:
        provider = self._envelope.provider
        loop = asyncio.get_running_loop()
        try:
            opened = await loop.run_in_executor(None, read_spec, path, provider)
        except SpecError as error:
            self.show_notice(
                self.tr("{name} cannot be opened: {problems}").format(
                    name=path.name, problems="; ".join(error.problems)
                )
            )
            return
        self.set_envelope(opened)
        self.show_notice(self.tr("Opened {name}").format(name=path.name))

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
            layout = save_layout(self.context.layouts, name, self._envelope)
        except (ValueError, StorageError) as error:
            self.show_notice(_message(error))
            return False
        self.show_notice(
            self.tr("Layout “{name}” saved ({count} fields).").format(
                name=layout.name, count=len(layout.fields)
            )
        )
        return True

    def apply_layout(self, name: str) -> bool:
        """Add the layout's roles and fields (the fields as one undoable edit); say what did not fit."""
        try:
            application = apply_saved_layout(self.context.layouts, name, self._envelope)
        except (ValueError, StorageError) as error:
            self.show_notice(_message(error))
            return False
        if application.created_parties:
            parties = application.envelope.parties
            self._apply(dataclasses.replace(self._envelope, parties=parties))
            self.composer.set_parties(parties)
        self.composer.editor.add(list(application.placed), fill(self.tr("Apply layout “%1”"), name))
        text = self.tr("Layout “{name}”: {placed} fields placed").format(
            name=name, placed=len(application.placed)
        )
        if application.not_placed:
            text += self.tr("; {count} did not fit (their pages do not exist here)").format(
                count=len(application.not_placed)
            )
        self.show_notice(text + ".")
        return True

    def _layout_names(self) -> list[str]:
        try:
            return [summary.name for summary in self.context.layouts.list(self._envelope.provider)]
        except StorageError as error:
            self.show_notice(error.user_message)
            return []

    # --- state ------------------------------------------------------------------------------------------
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

    def _load_everything(self) -> None:
        self._fill_accounts()
        self._apply(self._envelope, reload=True, save=False)

    def _apply(self, envelope: Envelope, *, reload: bool = False, save: bool = True) -> None:
        """Make `envelope` the state: every panel shows it, readiness re-runs, the draft is saved soon."""
        if save:
            envelope = dataclasses.replace(envelope, updated_at=utc_now())
        self._envelope = envelope
        capabilities = self.capabilities
        if reload:
            self._reload_composer()
            self._show_details()
        self.documents_panel.set_envelope(envelope, capabilities)
        self.party_editor.set_envelope(envelope, capabilities)
        self.readiness.set_problems(self._readiness_problems())
        self._refresh_preview_choices()
        self._update_title()
        if save:
            self._autosave()
        self.envelope_changed.emit(envelope)

    def _readiness_problems(self) -> list[Problem]:
        problems = validate(self._envelope, self.capabilities)
        if not self._envelope.account_id:
            problems.insert(
                0,
                Problem(
                    Severity.BLOCKING,
                    Subject.ENVELOPE,
                    self.tr("Choose the account to send with (add one under Accounts in the main window)."),
                ),
            )
        return problems

    def _reload_composer(self) -> None:
        self._loading = True
        try:
            self.composer.load(self._envelope, [Path(d.path) for d in self._envelope.documents])
        finally:
            self._loading = False

    def _show_details(self) -> None:
        envelope = self._envelope
        if self.name_edit.text() != envelope.name:
            self.name_edit.setText(envelope.name)
        self.message_edit.blockSignals(True)
        if self.message_edit.toPlainText() != envelope.message:
            self.message_edit.setPlainText(envelope.message)
        self.message_edit.blockSignals(False)
        self.expiry_spin.blockSignals(True)
        self.expiry_spin.setValue(max(1, min(envelope.expire_after_days, _MAX_EXPIRY_DAYS)))
        self.expiry_spin.blockSignals(False)
        index = self.account_combo.findData(envelope.account_id)
        self.account_combo.setCurrentIndex(max(index, 0))

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
        self.autosaver.changed(self._envelope)

    def _on_autosave_saved(self, stored: Envelope) -> None:
        if self._sent:
            return  # a save that raced the send must not bring the draft back into the list
        try:
            self.context.cache.upsert(stored)  # the main list's Drafts view reads the cache
        except StorageError as error:
            log.warning("draft not listed: %s", error.user_message)
        try:
            if stored.updated_at == self._envelope.updated_at:  # no edit since this state
                self.save_state_label.setText(self.tr("Draft saved"))
            self.draft_saved.emit(stored)
        except RuntimeError:  # the window was destroyed while the save ran; the draft is safe on disk
            log.info("a draft was saved after its window had gone")

    def _on_autosave_error(self, error: StorageError) -> None:
        try:
            self.save_state_label.setText(self.tr("Not saved"))
            self.show_notice(
                self.tr(
                    "The draft could not be saved: {reason} Your changes are kept; saving is retried."
                ).format(reason=error.user_message)
            )
        except RuntimeError:  # the window is gone; the autosaver has logged the error
            return

    def _update_title(self) -> None:
        name = self._envelope.name.strip() or self.tr("New envelope")
        suffix = self.tr(" (sent)") if self._sent else ""
        self.setWindowTitle(self.tr("{name}{suffix} – compose").format(name=name, suffix=suffix))

    def _update_editable(self) -> None:
        editable = not (self._sending or self._sent or self.preview_party_id)
        self.composer.set_read_only(not editable)
        for widget in (self.documents_panel, self.party_editor, self.details):
            widget.setEnabled(editable)
        for action in (self.open_json_action, self.apply_layout_action, self.import_fields_action):
            action.setEnabled(editable)
        self.send_action.setEnabled(not (self._sending or self._sent))
        self.preview_combo.setEnabled(not (self._sending or self._sent))

    def _refresh_preview_choices(self) -> None:
        current = self.preview_party_id
        self.preview_combo.blockSignals(True)
        self.preview_combo.clear()
        self.preview_combo.addItem(self.tr("Nobody (editing)"), "")
        for party in self._envelope.parties:
            if party.role is not PartyRole.RECIPIENT:
                self.preview_combo.addItem(party.display_name, party.id)
        self.preview_combo.blockSignals(False)
        if current and self._envelope.party(current) is None:
            self.set_preview_party("")
        else:
            self.preview_combo.setCurrentIndex(max(self.preview_combo.findData(current), 0))

    def _select_document(self, index: int) -> None:
        if 0 <= index < len(self._envelope.documents):
            self.documents_panel.document_list.setCurrentRow(index)
            self.composer.document_combo.setCurrentIndex(index)

    def _jump_to_envelope_problem(self) -> None:
        envelope = self._envelope
        if not envelope.account_id:
            self.account_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not envelope.name.strip():
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not envelope.documents or len(envelope.documents) > self.capabilities.max_documents:
            self.documents_panel.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not envelope.signers:
            self.side_tabs.setCurrentWidget(self.party_editor)
            self.party_editor.add_buttons[PartyRole.SIGNER].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.expiry_spin.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- slots ------------------------------------------------------------------------------------------
    def _on_composer_fields_changed(self) -> None:
        if not self._loading:
            self._apply(dataclasses.replace(self._envelope, fields=self.composer.state.fields))

    def _on_party_editor_parties_changed(self, parties: tuple[object, ...]) -> None:
        edited = dataclasses.replace(self._envelope, parties=self.party_editor.parties())
        self.composer.set_parties(edited.parties)
        self._apply(edited)

    def _on_documents_panel_envelope_edited(self, edited: Envelope) -> None:
        shown = self.documents_panel.document_list.currentRow()
        self._apply(
            dataclasses.replace(self._envelope, documents=edited.documents, fields=edited.fields), reload=True
        )
        self._select_document(shown)

    def _on_document_list_row_changed(self, row: int) -> None:
        if (
            0 <= row < self.composer.document_combo.count()
            and row != self.composer.document_combo.currentIndex()
        ):
            self.composer.document_combo.setCurrentIndex(row)

    def _on_details_edited(self, *_args: object) -> None:
        self._apply(
            dataclasses.replace(
                self._envelope,
                name=self.name_edit.text(),
                message=self.message_edit.toPlainText(),
                expire_after_days=self.expiry_spin.value(),
            )
        )

    def _on_account_combo_activated(self, index: int) -> None:
        account_id = self.account_combo.itemData(index)
        account = self.context.accounts.store.get(account_id) if isinstance(account_id, str) else None
        if account is None or account.id == self._envelope.account_id:
            return
        provider_changed = account.provider is not self._envelope.provider
        self._apply(
            dataclasses.replace(self._envelope, account_id=account.id, provider=account.provider),
            reload=provider_changed,
        )
        if provider_changed:
            self.show_notice(
                self.tr(
                    "Now preparing for {provider}: fields, parties and sign types follow its rules."
                ).format(provider=account.provider.label)
            )

    def _on_preview_combo_activated(self, index: int) -> None:
        party_id = self.preview_combo.itemData(index)
        self.set_preview_party(party_id if isinstance(party_id, str) else "")

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        self.notice_shown.emit(text)

    # --- sending ----------------------------------------------------------------------------------------
    async def _send(self, envelope: Envelope) -> None:
        try:
            saved = await self.autosaver.flush()
            if not saved:
                self._send_failed(
                    self.tr("the draft could not be saved first; check the disk and try again.")
                )
                return
            account = self.context.accounts.store.get(envelope.account_id)
            where = account.name if account is not None else envelope.provider.label
            self.readiness.set_sending(self.tr("Sending to {where}…").format(where=where))
            outcome = await self.context.sender.send(envelope)
        except ProviderError as error:
            self._send_failed(error.message)
            return
        except StorageError as error:
            self._send_failed(error.user_message)
            return
        except Exception:
            self._send_failed(self.tr("something unexpected went wrong; the details are in the log."))
            raise
        if not outcome.sent:
            self._send_failed(outcome.error or self.tr("the service did not accept it."))
            return
        try:  # still "sending" meanwhile, so no autosave brings the draft back
            await asyncio.to_thread(self.context.drafts.delete, envelope.local_id)
        except StorageError as error:
            log.warning("a sent draft stays in the draft store: %s", error.user_message)
        self._sent = True
        self._sending = False
        self.readiness.set_sent()
        self.save_state_label.setText(self.tr("Sent"))
        self._update_title()
        self._update_editable()
        self.show_notice(self.tr("“{name}” was sent.").format(name=envelope.name))
        self.sent.emit(outcome.envelope)
        if self.close_when_sent:
            self._close_allowed = True
            self.close()

    def _send_failed(self, message: str) -> None:
        self._sending = False
        self.readiness.set_failed(message)
        self._update_editable()

    # --- closing ----------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_allowed or not self.autosaver.has_unsaved_changes:
            self.composer.shutdown()
            event.accept()
            self.closed.emit(self._envelope.local_id)
            return
        event.ignore()  # save first, then close for real
        if not self._closing:
            self._closing = True
            self.save_state_label.setText(self.tr("Saving…"))
            self.tasks.start(f"composer:close:{self._envelope.local_id}", self._save_then_close())

    async def _save_then_close(self) -> None:
        saved = await self.autosaver.flush()
        self._closing = False
        if not saved:
            return  # the error is shown; the window stays so nothing is lost
        self._close_allowed = True
        self.close()

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


def _file_stem(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned or "envelope"


def _message(error: Exception) -> str:
    return error.user_message if isinstance(error, StorageError) else str(error)

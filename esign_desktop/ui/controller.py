"""Wiring between the main window and the services: data in, commands out, results shown.

Everything here runs on the one qasync loop. Work that talks to a service is a task in the registry;
results come back to widgets as plain method calls on the GUI thread. Dialogs are opened with open().
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Sequence
from contextlib import AbstractContextManager
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from esign_desktop.domain.action_rules import Command
from esign_desktop.domain.model import Document, Envelope, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.pdf.errors import PdfError
from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import ActionResult, EnvelopeActions
from esign_desktop.services.notifier import Level, Message
from esign_desktop.services.outbox_sender import SendOutcome
from esign_desktop.services.status_monitor import Change, EnvelopeUpdate, Notice, NoticeKind
from esign_desktop.services.sync import AccountSyncStatus, SyncState
from esign_desktop.services.tasks import TaskKey, TaskKind, TaskRegistry
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.outbox import OutboxState
from esign_desktop.storage.quarantine import Quarantine
from esign_desktop.storage.team_config import user_name_of
from esign_desktop.ui.action_results import result_text
from esign_desktop.ui.details_pane import SignatureLine
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.labels import status_label
from esign_desktop.ui.main_window import FIRST_SCREEN, MainWindow
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.signature_texts import signature_text
from esign_desktop.ui.team_status import TeamStatus

_TRADITIONAL_SIZES = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # 1024-based, shown as KB/MB
if TYPE_CHECKING:  # loaded when first used: they pull in QtPdf, pypdf and pyHanko, which start-up can skip
    from esign_desktop.services.team_link import LinkState
    from esign_desktop.ui.editor.composer_window import ComposerWindow
    from esign_desktop.ui.template_dialog import TemplateDialog
    from esign_desktop.ui.tray_notifier import Shown

log = logging.getLogger(__name__)

CACHE_CHUNK = 5000


class AppController(QObject):
    """Connects a MainWindow to a ServiceContext.

    Signals:
        updates_arrived(list): EnvelopeUpdate objects of one cache write, from any thread (queued to the GUI).
        envelopes_updated(list): EnvelopeUpdate objects just applied to the list and the details.
        notices_ready(list): Notice objects worth telling a person (desktop notifications, in-window notice).
        account_status_arrived(object): an AccountSyncStatus, from any thread.
        results_ready(list): ActionResult objects of a command, one per envelope.
    """

    updates_arrived = Signal(list)
    envelopes_updated = Signal(list)
    notices_ready = Signal(list)
    account_status_arrived = Signal(object)
    results_ready = Signal(list)

    def __init__(
        self,
        window: MainWindow,
        context: ServiceContext,
        tasks: TaskRegistry,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        """`open_url` opens a folder or file with the desktop; False when nothing could open it."""
        super().__init__(window)
        self.window = window
        self.context = context
        self.tasks = tasks
        self.actions = EnvelopeActions(context)
        self._trust_roots: list[bytes] = []  # certificates this computer trusts for signed PDFs (PEM/DER)
        self._open_url = open_url
        # Sends nobody asked for (the demo envelopes of a first run): no "was sent" message for them.
        self._quiet_sends: set[str] = set()
        self._pending_dialog: QFileDialog | QMessageBox | TemplateDialog | None = None
        # The one update stream (any thread) -> the GUI thread: list, details, composers, notifications.
        self.updates_arrived.connect(self.on_envelope_updates)
        self.account_status_arrived.connect(self.on_account_status)
        self._unsubscribe = [
            context.monitor.subscribe(self.updates_arrived.emit),
            context.monitor.subscribe_account_status(self.account_status_arrived.emit),
        ]
        self._unsubscribe_outcomes = context.sender.subscribe(self.on_send_outcome)
        self.composers: dict[str, ComposerWindow] = {}  # open composer windows by envelope local id
        self.quarantine = Quarantine(context.database)  # records set aside: the "Needs attention" view

    # -- start and stop -------------------------------------------------------------------------------------

    def load_from_cache(self) -> None:
        """Show the list at once from the local cache, before any network: the newest screenful now, the
        rest in the background (decoding 100,000 cached envelopes takes seconds)."""
        self.refresh_accounts()
        self._list_stored_drafts()
        first = self.context.cache.all_envelopes(limit=FIRST_SCREEN)
        self.window.set_envelopes(first)
        self._refresh_outbox()  # also refreshes "Needs attention": reading may set records aside
        if len(first) == FIRST_SCREEN:
            self.tasks.start(TaskKey(TaskKind.CACHE_LOAD), self._load_rest_of_cache(FIRST_SCREEN))

    async def _load_rest_of_cache(self, offset: int) -> None:
        while True:
            chunk = await asyncio.to_thread(
                self.context.cache.all_envelopes, limit=CACHE_CHUNK, offset=offset
            )
            # A row sync has updated meanwhile is newer than what this chunk read.
            fresh = [e for e in chunk if not self.window.has_envelope(e.local_id)]
            self.window.upsert_envelopes(fresh)
            if len(chunk) < CACHE_CHUNK:
                self.refresh_attention()
                return
            offset += CACHE_CHUNK

    def download_folder(self) -> Path:
        """Where downloads go: the settings' choice, else the data folder's downloads."""
        chosen = self.context.settings.current.download_folder
        return Path(chosen) if chosen else self.context.paths.downloads_dir()

    def refresh_accounts(self) -> None:
        self.window.set_account_names({a.id: a.name for a in self.context.accounts.list()})

    async def start_background_work(self) -> None:
        """Sync every account, listen for callbacks, finish interrupted sends."""
        await self.context.monitor.start(self.tasks)
        self.resume_sends()

    def resume_sends(self) -> None:
        """Finish every send left unfinished (after a crash; team mode: again once the database answers)."""
        self.tasks.start(TaskKey(TaskKind.OUTBOX_RESUME), self.context.sender.resume_all())

    def start_account(self, account_id: str) -> None:
        if self.context.link is not None:
            return  # team mode: the team elects who polls it (services/team_link.py), within one interval
        self.context.monitor.start_account(self.tasks, account_id)

    def trust(self, certificate: bytes) -> None:
        """Trust `certificate` (PEM or DER) for the signed PDFs checked from now on (the sandbox's own CA)."""
        self._trust_roots.append(certificate)

    async def send_quietly(self, envelope: Envelope) -> SendOutcome:
        """Send with no "was sent" notice: sends nobody asked for (the demo envelopes of a first run)."""
        self._quiet_sends.add(envelope.local_id)
        try:
            return await self.context.sender.send(envelope)
        finally:
            self._quiet_sends.discard(envelope.local_id)

    def on_accounts_changed(self) -> None:
        """Accounts were added, edited or removed: the list names them, new ones are polled."""
        self.refresh_accounts()
        running = set(self.tasks.running())
        for account in self.context.accounts.list():
            if TaskKey(TaskKind.SYNC, account.id) not in running:
                self.start_account(account.id)

    def on_team_state(self, state: LinkState) -> None:
        """The team database's state (TeamLink.subscribe_state): the window says whether it is reached."""
        since = state.offline_since.astimezone(UTC) if state.offline_since is not None else None
        offline_since = None if state.connected else since
        user_name = user_name_of(
            self.context.settings.current
        )  # as saved now (Team ▸ Database) or ESIGN_USER_NAME
        self.window.set_team_status(TeamStatus(user_name, state.connected, offline_since))

    def on_banner_dismissed(self) -> None:
        try:
            self.context.settings.update(sandbox_banner_dismissed=True)
        except StorageError as error:  # not saved: it shows again next time, nothing worse
            log.warning("the banner's state was not saved: %s", error.user_message)

    # -- bringing the window forward ------------------------------------------------------------------------

    def bring_forward(self, files: Sequence[str | Path] = ()) -> None:
        """Another launch on this data folder handed over: come forward, open what it was given."""
        self._raise_window()
        self.open_files([Path(f) for f in files])

    def open_files(self, files: Sequence[Path]) -> None:
        """PDFs given on the command line: a new envelope with them."""
        if files:
            composer = self.open_composer()
            composer.documents_panel.add_files(files)
            composer.raise_()
            composer.activateWindow()

    def show_envelope(self, local_id: str) -> None:
        """A notification was clicked: the window comes forward with that envelope selected."""
        self._raise_window()
        self.window.select_envelope(local_id)

    def on_notification_shown(self, shown: Shown) -> None:
        """The in-window notice of the same news (also where no desktop notification can show)."""
        self.context.notifier.info(f"{shown.title}: {shown.every_change or shown.text}".replace("\n", "; "))

    def _open_file(self, path: Path) -> None:
        self._open_url(QUrl.fromLocalFile(str(path)))

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    async def shutdown(self, timed: Callable[[str], AbstractContextManager[None]] | None = None) -> None:
        """Close what the window opened, then the services. `timed(step)` wraps each step (the app logs
        how long each took)."""
        timed = timed or (lambda _step: contextlib.nullcontext())
        if self._pending_dialog is not None:
            self._pending_dialog.close()
        with timed("saving open drafts"):
            for composer in list(self.composers.values()):
                await composer.finish()  # saves the draft first
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        with timed("turning off status callbacks"):
            await self.context.monitor.unsubscribe_callbacks()
        with timed("stopping the callback receiver"):
            await self.context.monitor.stop()
        with timed("closing the services"):
            await self.context.aclose()

    # -- service events -------------------------------------------------------------------------------------

    def on_envelope_updates(self, updates: list[EnvelopeUpdate]) -> None:
        """One cache write: the rows, the details pane (through the model) and open composers follow it."""
        written = [u.after for u in updates if u.after is not None]
        if written:
            self.window.upsert_envelopes(written)
        removed = [u.local_id for u in updates if u.after is None]
        if removed:
            self.window.remove_envelopes(removed)
        for update in updates:
            composer = self.composers.get(update.local_id)
            if composer is not None and update.after is not None and Change.STATUS in update.changes:
                composer.show_notice(fill(self.tr("Status: %1"), status_label(update.after.status)))
        self.envelopes_updated.emit(updates)
        notices = [notice for update in updates for notice in update.notices]
        if notices:
            self.notices_ready.emit(notices)

    def on_account_status(self, status: AccountSyncStatus) -> None:
        account = self.context.accounts.store.get(status.account_id)
        if account is not None:
            self.window.set_account_state(account.name, describe_account_status(status))

    def on_send_outcome(self, outcome: SendOutcome) -> None:
        self.window.upsert_envelopes([outcome.envelope])
        self._refresh_outbox()
        if outcome.sent:
            if outcome.envelope.local_id not in self._quiet_sends:
                self.context.notifier.info(fill(self.tr("“%1” was sent."), outcome.envelope.name))
        else:
            self.context.notifier.error(
                fill(
                    self.tr("“%1” was not sent: %2"),
                    outcome.envelope.name,
                    outcome.error if outcome.failure is None else error_text(outcome.failure),
                )
            )
            self.notices_ready.emit([Notice(NoticeKind.SEND_FAILED, outcome.envelope)])

    def _refresh_outbox(self) -> None:
        pending = [
            e.envelope_local_id for e in self.context.outbox.pending() if e.state is not OutboxState.SENT
        ]
        self.window.set_outbox(pending)
        self.refresh_attention()

    # -- records set aside ("Needs attention") --------------------------------------------------------------

    def refresh_attention(self) -> None:
        try:
            self.window.set_attention_records(self.quarantine.list())
        except StorageError as error:
            log.warning("could not list the records set aside: %s", error.user_message)

    def on_window_attention_export_requested(self, record_id: int, path: str) -> None:
        try:
            self.quarantine.export(record_id, Path(path))
        except StorageError as error:
            self.context.notifier.report(error, doing=self.tr("Exporting the record"))
            return
        self.window.statusBar().showMessage(fill(self.tr("Exported to %1"), path), 6000)

    def on_window_attention_delete_requested(self, record_id: int) -> None:
        try:
            self.quarantine.delete(record_id)
        except StorageError as error:
            self.context.notifier.report(error, doing=self.tr("Deleting the record"))
        self.refresh_attention()

    # -- commands from the window ---------------------------------------------------------------------------

    def on_window_action_requested(self, command_value: str, envelopes: list[Envelope]) -> None:
        command = Command(command_value)
        if command is Command.DOWNLOAD:
            self._ask_download_folder(envelopes)
        elif command is Command.DUPLICATE_AS_DRAFT:
            for envelope in envelopes:
                try:
                    copy_name = fill(self.tr("%1 (copy)", "the name of a duplicated envelope"), envelope.name)
                    draft = self.actions.duplicate_as_draft(envelope, copy_name)
                except StorageError as error:
                    self.context.notifier.error(
                        fill(self.tr("The draft could not be made: %1"), error_text(error))
                    )
                    continue
                self.window.upsert_envelopes([draft])
                self.window.select_envelope(draft.local_id)
        elif command is Command.CREATE_FROM_TEMPLATE:
            self.open_template_dialog()
        elif command.action is not None:
            action = command.action
            self._run(
                TaskKey(TaskKind.ACTION, command.value),
                self.actions.run(action, envelopes),
                self._show_results,
            )

    def _run(
        self, key: TaskKey, coroutine: Coroutine[Any, Any, list[ActionResult]], done: Callable[[Any], None]
    ) -> None:
        task = self.tasks.start(key, coroutine)
        task.add_done_callback(
            lambda t: done(t.result()) if not t.cancelled() and not t.exception() else None
        )

    def _show_results(self, results: Sequence[ActionResult]) -> None:
        self.window.upsert_envelopes(
            [r.envelope for r in results if r.envelope.status is not EnvelopeStatus.DELETED]
        )
        deleted = [
            r.envelope.local_id for r in results if r.ok and r.envelope.status is EnvelopeStatus.DELETED
        ]
        if deleted:
            self.window.remove_envelopes(deleted)
        for result in results:
            if result.ok:
                self.context.notifier.info(result_text(result))
            else:
                self.context.notifier.error(result_text(result))
        self.results_ready.emit(list(results))

    def open_template_dialog(self) -> TemplateDialog:
        from esign_desktop.ui.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.actions, self.context.accounts.list(), self.tasks.start, self.window)
        dialog.created.connect(self._on_template_dialog_created)
        self._pending_dialog = dialog
        dialog.open()
        return dialog

    def _on_template_dialog_created(self, envelope: Envelope) -> None:
        self.window.upsert_envelopes([envelope])
        self.window.select_envelope(envelope.local_id)
        self.context.notifier.info(fill(self.tr("“%1” was created from the template."), envelope.name))

    def _ask_download_folder(self, envelopes: list[Envelope]) -> None:
        dialog = QFileDialog(self.window, self.tr("Save signed documents to"))
        dialog.setObjectName("downloadFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(str(self.download_folder()))
        dialog.fileSelected.connect(lambda folder: self.download(envelopes, Path(folder)))
        self._pending_dialog = dialog
        dialog.open()

    def download(self, envelopes: Sequence[Envelope], folder: Path) -> None:
        """Each envelope's files into its own folder under `folder` (see `envelope_folder`)."""

        async def download_all() -> list[ActionResult]:
            results = []
            for envelope in envelopes:
                progress = self._progress_reporter(envelope)
                target = envelope_folder(folder, envelope)
                results.append(await self.actions.download(envelope, target, progress))
            return results

        def done(results: list[ActionResult]) -> None:
            self._show_results(results)
            saved = [r for r in results if r.ok]
            if saved:
                self._offer_open_folder(
                    envelope_folder(folder, saved[0].envelope) if len(saved) == 1 else folder
                )
            for result in results:
                if result.ok:
                    self.tasks.start(
                        TaskKey(TaskKind.VERIFY, result.envelope.local_id), self.verify_downloads(result)
                    )

        self._run(TaskKey(TaskKind.DOWNLOAD), download_all(), done)

    async def verify_downloads(self, result: ActionResult) -> list[SignatureLine]:
        """Check the digital signatures of what was just downloaded, locally, and show what was found."""
        lines: list[SignatureLine] = []
        for path in result.files:
            if path.suffix.lower() != ".pdf":
                continue
            try:
                from esign_desktop.services.signature_check import verify_pdf_signatures

                reports = await verify_pdf_signatures(path, self._trust_roots)
            except PdfError as error:
                lines.append(SignatureLine(path.name, error_text(error), ok=False))
                continue
            lines += [SignatureLine(path.name, signature_text(r), ok=r.intact and r.trusted) for r in reports]
        self.window.details.set_signature_reports(result.envelope.local_id, lines)
        return lines

    def _progress_reporter(self, envelope: Envelope) -> Callable[[int, int | None], None]:
        def report(written: int, total: int | None) -> None:
            locale = QLocale()
            if total:
                share = f" {locale.toString(written * 100 // total)}%"
            else:
                share = f" {locale.formattedDataSize(written, 0, _TRADITIONAL_SIZES)}"
            self.window.statusBar().showMessage(
                fill(self.tr("Downloading “%1”…"), envelope.name) + share, 2000
            )

        return report

    def _offer_open_folder(self, folder: Path) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("downloadDoneMessage")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Download finished"))
        box.setText(fill(self.tr("The documents were saved to %1."), folder))
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(lambda button: self.open_folder(folder) if button is open_button else None)
        self._pending_dialog = box
        box.open()

    def open_folder(self, folder: Path) -> bool:
        """Show the folder in the desktop's file manager; when there is none, say where the files are."""
        if self._open_url(QUrl.fromLocalFile(str(folder))):
            return True
        self.window.message_area.show_message(
            Message(
                Level.WARNING,
                fill(
                    self.tr("No file manager could open %1. The files are there; open the folder yourself."),
                    folder,
                ),
            )
        )
        return False

    # -- the composer ---------------------------------------------------------------------------------------

    def on_window_new_envelope_requested(self) -> None:
        self.open_composer()

    def on_window_draft_open_requested(self, local_id: str) -> None:
        self.open_draft(local_id)

    def open_composer(self, envelope: Envelope | None = None) -> ComposerWindow:
        """Show a composer window for `envelope` (a new one when None); one window per draft."""
        envelope = envelope or new_draft(self.context)
        existing = self.composers.get(envelope.local_id)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return existing
        from esign_desktop.ui.editor.composer_window import ComposerWindow

        composer = ComposerWindow(self.context, self.tasks, envelope)
        composer.draft_saved.connect(self._on_composer_draft_saved)
        composer.sent.connect(self._on_composer_sent)
        composer.closed.connect(self._on_composer_closed)
        composer.draft_discarded.connect(self._on_composer_draft_discarded)
        self.composers[envelope.local_id] = composer
        composer.show()
        return composer

    def open_draft(self, local_id: str) -> ComposerWindow | None:
        """Reopen a draft exactly as it was last saved (also after a crash)."""
        try:
            draft = self.context.drafts.load(local_id)
        except StorageError as error:
            self.context.notifier.error(fill(self.tr("The draft cannot be opened: %1"), error_text(error)))
            return None
        if draft is None:
            cached = self.context.cache.get(local_id)
            if cached is None or cached.remote_id:
                self.context.notifier.info(self.tr("Only envelopes that have not been sent can be edited."))
                return None
            draft = cached
        return self.open_composer(draft)

    def _list_stored_drafts(self) -> None:
        """Drafts live in the draft store; a crash between a save and its listing must not hide one."""
        try:
            for summary in self.context.drafts.list():
                if self.context.cache.get(summary.local_id) is None:
                    draft = self.context.drafts.load(summary.local_id)
                    if draft is not None:
                        self.context.cache.upsert(draft)
        except StorageError as error:
            self.context.notifier.warning(
                fill(self.tr("Some drafts may be missing from the list: %1"), error_text(error))
            )

    def _on_composer_draft_saved(self, draft: Envelope) -> None:
        self.window.upsert_envelopes([draft])

    def _on_composer_sent(self, envelope: Envelope) -> None:
        self.window.upsert_envelopes([envelope])
        self._refresh_outbox()

    def _on_composer_draft_discarded(self, local_id: str) -> None:
        self.window.remove_envelopes([local_id])  # an emptied draft is not kept, nor listed

    def _on_composer_closed(self, local_id: str) -> None:
        self.composers.pop(local_id, None)

    def on_window_document_requested(self, kind: str, envelope: Envelope, document: Document) -> None:
        """ "open": show it in the PDF viewer (fetched into the data folder first if needed);
        "save_as": ask where, then write it there."""
        if kind == "save_as":
            self._ask_save_as(envelope, document)
            return
        local = Path(document.path) if document.path else None
        if local is not None and local.is_file():
            self._open_url(QUrl.fromLocalFile(str(local)))
            return
        folder = self.context.paths.data_dir() / "opened" / envelope.local_id
        folder.mkdir(parents=True, exist_ok=True)
        self._fetch_then(envelope, document, folder / _file_name(document), self._open_file)

    def _ask_save_as(self, envelope: Envelope, document: Document) -> None:
        start = self.download_folder() / _file_name(document)
        dialog = QFileDialog(self.window, self.tr("Save document as"), str(start), self.tr("PDF (*.pdf)"))
        dialog.setObjectName("saveDocumentDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self._fetch_then(envelope, document, Path(path), None))
        self._pending_dialog = dialog
        dialog.open()

    def _fetch_then(
        self, envelope: Envelope, document: Document, target: Path, then: Callable[[Path], None] | None
    ) -> None:
        async def fetch() -> None:
            try:
                written = await self.actions.fetch_document(envelope, document, target)
            except (ProviderError, OSError) as error:
                reason = (
                    error_text(error) if isinstance(error, ProviderError) else str(error.strerror or error)
                )
                self.context.notifier.error(f"{document.file_name}: {reason}")
                return
            self.context.notifier.info(f"{document.file_name} saved to {written.parent}.")
            if then is not None:
                then(written)

        self.tasks.start(TaskKey(TaskKind.DOCUMENT, document.id), fetch())


def connect_window_commands(window: MainWindow, controller: AppController) -> None:
    """The window's envelope commands go to the controller. Called by the composition root (app.py), and by
    tests that build a window and a controller alone."""
    window.attention_export_requested.connect(controller.on_window_attention_export_requested)
    window.attention_delete_requested.connect(controller.on_window_attention_delete_requested)
    window.action_requested.connect(controller.on_window_action_requested)
    window.details.events_exported.connect(controller.context.notifier.info)
    window.document_requested.connect(controller.on_window_document_requested)
    window.new_envelope_requested.connect(controller.on_window_new_envelope_requested)
    window.draft_open_requested.connect(controller.on_window_draft_open_requested)
    window.banner_dismissed.connect(controller.on_banner_dismissed)


def envelope_folder(parent: Path, envelope: Envelope) -> Path:
    """The folder an envelope's downloads go to: its name plus a short id, so two envelopes never share one
    (same names included) and downloading the same envelope again lands beside its earlier files (which the
    download never overwrites: "contract (2).pdf")."""
    from esign_desktop.providers.downloads import safe_file_name

    name = safe_file_name(envelope.name, fallback="envelope")[:80].rstrip(". ")
    short_id = envelope.local_id.replace("-", "")[:8]
    return parent / safe_file_name(f"{name} ({short_id})", fallback=short_id)


def _file_name(document: Document) -> str:
    from esign_desktop.providers.downloads import safe_file_name

    return safe_file_name(document.file_name, fallback="document.pdf")


def new_draft(context: ServiceContext) -> Envelope:
    """An empty envelope for the first account (the composer lets the sender choose another)."""
    accounts = context.accounts.list()
    if not accounts:
        return Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY)
    return Envelope(local_id=new_id(), provider=accounts[0].provider, account_id=accounts[0].id)


def describe_account_status(status: AccountSyncStatus) -> str:
    translate = QCoreApplication.translate
    locale = QLocale()
    budget = ""
    if status.budget_limit:
        budget = fill(
            translate("AppController", " · %1/%2 calls"),
            locale.toString(status.budget_used),
            locale.toString(status.budget_limit),
        )
    if status.state is SyncState.SYNCED:
        if status.last_synced is None:
            return translate("AppController", "synced now") + budget
        when = QDateTime.fromSecsSinceEpoch(int(status.last_synced.timestamp()))
        time_text = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
        return fill(translate("AppController", "synced %1"), time_text) + budget
    if status.state is SyncState.SYNCING:
        return translate("AppController", "syncing…") + budget
    if status.state is SyncState.OFFLINE:
        if status.error is not None:
            return fill(translate("AppController", "offline, retrying (%1)"), error_text(status.error))
        if status.message:  # not a service's answer: an unexpected problem, logged
            return fill(
                translate("AppController", "offline, retrying (%1)"),
                translate("AppController", "an unexpected problem; see the log"),
            )
        return translate("AppController", "offline, retrying")
    if status.state is SyncState.NEEDS_CREDENTIALS:
        return translate("AppController", "needs credentials")
    return translate("AppController", "awaiting completion callbacks")

"""What the list's commands do: one call per envelope, each with its own result, nothing half-reported."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import Document, Envelope, EnvelopeEvent, PartyRole, new_id, utc_now
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.providers.base import TemplateInfo, TemplateSend
from esign_desktop.providers.downloads import Progress
from esign_desktop.providers.errors import NotSupported, ProviderError
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.document_edits import remove_document
from esign_desktop.services.outbox_sender import NOT_SENT
from esign_desktop.storage.error_templates import ACCOUNT_GONE
from esign_desktop.storage.errors import StorageError

_STATUS_AFTER = {
    Action.RECALL: EnvelopeStatus.RECALLED,
    Action.DELETE: EnvelopeStatus.DELETED,
    Action.REQUEST_APPROVAL: EnvelopeStatus.PENDING_APPROVAL,
}
_DONE = {
    Action.REMIND: "reminded",
    Action.RECALL: "recalled",
    Action.DELETE: "deleted",
    Action.REQUEST_APPROVAL: "approval requested",
    Action.UPDATE_METADATA: "metadata saved",
    Action.SEND: "sent",
    Action.DOWNLOAD: "downloaded",
}


# A download that could not be written: %1 the folder, %2 the system's reason (the UI translates it).
WRITE_FAILED = "Could not write to %1: %2"
MADE_WITHOUT_PDFS = (
    "“%1” was made without %2: the PDF is no longer on this computer. Add it again in the draft."
)
TEMPLATES: tuple[str, ...] = (WRITE_FAILED, MADE_WITHOUT_PDFS)  # listed in ui/error_text.SERVICE_TEMPLATES


@dataclass(frozen=True, slots=True)
class ActionResult:
    envelope: Envelope
    ok: bool
    message: str  # in English, for the CLI and logs: "NDA: reminded" or the service's reason
    files: tuple[Path, ...] = ()
    action: Action | None = None  # what was done (the UI says it in its language: ui/action_results.py)
    error: AppError | None = None  # why it failed


class EnvelopeActions:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        # Team mode: who did it, for the Events tab of every desktop ("Reminder sent — Anna").
        self._actor = context.user_name if context.team is not None else ""

    async def run(self, action: Action, envelopes: Sequence[Envelope]) -> list[ActionResult]:
        """Apply `action` to each envelope; one failure does not stop the others."""
        return [await self._one(action, envelope) for envelope in envelopes]

    async def _one(self, action: Action, envelope: Envelope) -> ActionResult:
        try:
            updated = await self._perform(action, envelope)
        except AppError as error:  # the service's refusal, or a send that failed in the outbox
            return ActionResult(
                envelope, False, f"{envelope.name}: {error.message}", action=action, error=error
            )
        return ActionResult(
            updated, True, f"{envelope.name}: {_DONE.get(action, action.value)}", action=action
        )

    async def _perform(self, action: Action, envelope: Envelope) -> Envelope:
        cache = self._context.cache
        if action is Action.DELETE and not envelope.remote_id:
            # Never reached the service: deleting is local.
            cache.remove(envelope.local_id)
            self._context.drafts.delete(envelope.local_id)
            return replace(envelope, status=EnvelopeStatus.DELETED)
        if action is Action.SEND:
            outcome = await self._context.sender.send(envelope)
            if not outcome.sent:
                raise outcome.failure or AppError(NOT_SENT, outcome.error)
            return outcome.envelope
        provider = self._context.accounts.provider_for(envelope.account_id)
        if not provider.capabilities.supports(action):
            raise NotSupported(action, envelope.provider.label)
        calls: dict[Action, Callable[[str], object]] = {
            Action.REMIND: provider.remind,
            Action.RECALL: provider.recall,
            Action.DELETE: provider.delete,
            Action.REQUEST_APPROVAL: provider.request_approval,
        }
        if action is Action.UPDATE_METADATA:
            await provider.update_metadata(envelope.remote_id, envelope.metadata)
        elif action in calls:
            await calls[action](envelope.remote_id)  # type: ignore[misc]
        else:
            raise NotSupported(action, envelope.provider.label)
        now = utc_now()
        status = _STATUS_AFTER.get(action, envelope.status)
        updated = replace(
            envelope,
            status=status,
            updated_at=now,
            events=(
                *envelope.events,
                EnvelopeEvent(at=now, kind=_DONE[action], status=status, actor=self._actor),
            ),
        )
        cache.upsert(updated)
        self._context.sync.wake(envelope.account_id)
        return updated

    async def download(
        self, envelope: Envelope, folder: Path, progress: Progress | None = None
    ) -> ActionResult:
        """The signed documents, and the receipt where the service makes one, into `folder`."""
        provider = self._context.accounts.provider_for(envelope.account_id)
        try:
            current = envelope
            if provider.capabilities.supports(Action.GET) and envelope.remote_id:
                fresh = await provider.get_envelope(envelope.remote_id)
                current = replace(envelope, documents=fresh.documents or envelope.documents)
            await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
            files = [
                await provider.download_document(current, document, folder, progress)
                for document in current.documents
            ]
            if envelope.status is EnvelopeStatus.COMPLETED and provider.capabilities.supports(
                Action.DOWNLOAD_RECEIPT
            ):
                files.append(await provider.download_receipt(current, folder, progress))
        except ProviderError as error:
            failure = f"{envelope.name}: {error.message}"
            return ActionResult(envelope, False, failure, action=Action.DOWNLOAD, error=error)
        except OSError as error:
            problem = AppError(WRITE_FAILED, folder, error.strerror or type(error).__name__)
            return ActionResult(
                envelope, False, f"{envelope.name}: {problem.message}", action=Action.DOWNLOAD, error=problem
            )
        saved = f"{envelope.name}: {len(files)} file(s) saved"
        return ActionResult(envelope, True, saved, tuple(files), action=Action.DOWNLOAD)

    async def fetch_document(self, envelope: Envelope, document: Document, target: Path) -> Path:
        """One document, from the local copy when there is one, else from the service, saved as `target`
        (written beside it first, then moved into place: a failed download never replaces a good file)."""
        local = Path(document.path) if document.path else None
        if local is not None and await asyncio.to_thread(local.is_file):
            await asyncio.to_thread(shutil.copyfile, local, target.with_name(target.name + ".part"))
        else:
            provider = self._context.accounts.provider_for(envelope.account_id)
            with tempfile.TemporaryDirectory(dir=target.parent, prefix=".esign-") as folder:
                written = await provider.download_document(envelope, document, Path(folder))
                await asyncio.to_thread(shutil.move, written, target.with_name(target.name + ".part"))
        await asyncio.to_thread(os.replace, target.with_name(target.name + ".part"), target)
        return target

    async def templates(self, account_id: str) -> list[TemplateInfo]:
        """The account's templates, or [] when the service cannot list them (GMO Sign: type the id)."""
        provider = self._context.accounts.provider_for(account_id)
        if not provider.capabilities.supports(Action.LIST_TEMPLATES):
            return []
        return await provider.list_templates()

    async def create_from_template(self, account_id: str, request: TemplateSend) -> Envelope:
        """Make an envelope from a template stored at the service and show it in the list."""
        account = self._context.accounts.store.get(account_id)
        if account is None:
            raise StorageError(ACCOUNT_GONE)
        provider = self._context.accounts.provider_for(account_id)
        if not provider.capabilities.supports(Action.CREATE_FROM_TEMPLATE):
            raise NotSupported(Action.CREATE_FROM_TEMPLATE, account.provider.label)
        remote_id = await provider.create_from_template(request)
        now = utc_now()
        sent_status = (  # GMO Sign: with approvers the envelope waits for them first
            EnvelopeStatus.PENDING_APPROVAL
            if any(p.role is PartyRole.APPROVER for p in request.parties)
            else EnvelopeStatus.SENT
        )
        envelope = Envelope(
            local_id=request.local_id,
            provider=account.provider,
            account_id=account_id,
            remote_id=remote_id,
            name=request.name,
            # Assently makes a draft from the template; GMO Sign's template transaction sends at once.
            status=sent_status if provider.sends_on_create else EnvelopeStatus.DRAFT,
            parties=request.parties,
            metadata=request.merge_values,
            message=request.message,
            created_at=now,
            updated_at=now,
            sent_at=now if provider.sends_on_create else None,
            events=(
                EnvelopeEvent(
                    at=now, kind="created_from_template", detail=request.template_id, actor=self._actor
                ),
            ),
        )
        if provider.capabilities.supports(Action.GET):
            fresh = await provider.get_envelope(remote_id)
            envelope = replace(
                envelope,
                status=fresh.status,
                provider_status=fresh.provider_status,
                parties=fresh.parties or envelope.parties,
                documents=fresh.documents,
            )
        self._context.cache.upsert(envelope)
        self._context.sync.wake(account_id)
        return envelope

    def duplicate_as_draft(self, envelope: Envelope, name: str = "") -> Envelope:
        """A new local draft with the same documents, parties and fields; nothing of the service's state.
        `name`: the copy's name (the window gives it in its language); "<name> (copy)" by default.

        A document whose PDF is no longer on this computer (the copies of a sent envelope are tidied away) is
        left out with its fields, and the notifier says which, so the person can add it again."""
        now = utc_now()
        missing = [d.file_name for d in envelope.documents if not d.path or not Path(d.path).is_file()]
        for index in reversed(range(len(envelope.documents))):
            document = envelope.documents[index]
            if not document.path or not Path(document.path).is_file():
                envelope = remove_document(envelope, index).envelope
        draft = replace(
            envelope,
            local_id=new_id(),
            remote_id="",
            name=name or f"{envelope.name} (copy)",
            status=EnvelopeStatus.DRAFT,
            provider_status="",
            documents=tuple(replace(d, remote_id="") for d in envelope.documents),
            parties=tuple(
                replace(p, remote_id="", status=PartyStatus.NOT_SENT, acted_at=None, signing_url="")
                for p in envelope.parties
            ),
            created_at=now,
            updated_at=now,
            sent_at=None,
            expires_at=None,
            events=(EnvelopeEvent(at=now, kind="duplicated", detail=envelope.name, actor=self._actor),),
        )
        saved = self._context.drafts.save(draft)
        self._context.cache.upsert(saved)
        if missing:
            names = ", ".join(f"“{name}”" for name in missing)
            self._context.notifier.warning_about(AppError(MADE_WITHOUT_PDFS, saved.name, names))
        return saved

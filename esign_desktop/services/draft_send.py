"""Sending a draft from the composer: save it, hand it to the outbox, forget the draft once it is sent.

Qt-free: the composer window only shows the steps and the result. The send itself is the outbox's (journalled,
exactly once), so a window closed or an application quit in the middle loses nothing: the outbox finishes or
resumes it, and the draft stays in the draft store until the service has accepted the envelope.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import Envelope
from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.draft_autosave import DraftAutosaver
from esign_desktop.services.outbox_sender import OutboxSender
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)


class SendStep(Enum):
    SAVING = "saving"  # the draft is being written first
    SENDING = "sending"  # the outbox has it


class SendFailure(Enum):
    NOT_SAVED = "not_saved"  # the draft could not be saved first
    REFUSED = "refused"  # the service (or the outbox) said no; `message` says why
    STORAGE = "storage"  # the journal or cache could not be written; `message` says why


@dataclass(frozen=True, slots=True)
class DraftSendResult:
    envelope: Envelope  # as sent (status from the outbox), or the draft when not sent
    failure: SendFailure | None = None
    message: str = ""  # why it was not sent, in English (logs)
    error: AppError | None = None  # the same, for the window to say in its language (None: only the English)

    @property
    def sent(self) -> bool:
        return self.failure is None


async def send_draft(
    envelope: Envelope,
    *,
    autosaver: DraftAutosaver,
    sender: OutboxSender,
    drafts: DraftStore,
    on_step: Callable[[SendStep], None] = lambda _step: None,
) -> DraftSendResult:
    """Save `envelope`'s draft, send it through the outbox and delete the draft when it was sent."""
    on_step(SendStep.SAVING)
    autosaver.changed(envelope)  # saved even when nothing was edited since opening: the draft outlives a quit
    if not await autosaver.flush():
        return DraftSendResult(envelope, SendFailure.NOT_SAVED)
    on_step(SendStep.SENDING)
    try:
        outcome = await sender.send(envelope)
    except ProviderError as error:
        return DraftSendResult(envelope, SendFailure.REFUSED, error.message, error)
    except StorageError as error:
        return DraftSendResult(envelope, SendFailure.STORAGE, error.user_message, error)
    if not outcome.sent:
        return DraftSendResult(envelope, SendFailure.REFUSED, outcome.error, outcome.failure)
    try:
        await asyncio.to_thread(drafts.delete, envelope.local_id)
    except StorageError as error:
        log.warning("a sent draft stays in the draft store: %s", error.user_message)
    return DraftSendResult(outcome.envelope)

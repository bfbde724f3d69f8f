"""One error pipeline: typed errors become messages a person can act on; the GUI only displays them.

Qt-free, so the CLI and tests use it too. Cancellation is never an error. Unexpected exceptions are logged
with their traceback and reported once per kind with the details attached (for "copy details").
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from esign_desktop.domain.errors import AppError
from esign_desktop.pdf.errors import PdfError
from esign_desktop.providers.errors import ProviderError
from esign_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Message:
    level: Level
    text: str  # in English where it came from an error; the UI says `error` in its language instead
    details: str = ""  # traceback for unexpected errors; never holds secrets (it comes from our own code)
    unexpected: bool = False
    error: AppError | None = None  # the error this message reports (its template and values)
    prefix: str = ""  # what was being done ("Sending: "), already in the UI's language


Listener = Callable[[Message], None]


class Notifier:
    """Fan-out of messages to listeners (the status bar / message area, the CLI's stderr, tests)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._reported_unexpected: set[str] = set()
        self.history: list[Message] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def info(self, text: str) -> None:
        self._publish(Message(Level.INFO, text))

    def warning(self, text: str) -> None:
        self._publish(Message(Level.WARNING, text))

    def error(self, text: str) -> None:
        self._publish(Message(Level.ERROR, text))

    def warning_about(self, error: AppError) -> None:
        """A warning that is an error's sentence (a template with values): the window says it in its
        language, the CLI and the log in English."""
        self._publish(Message(Level.WARNING, error.message, error=error))

    def report(self, error: BaseException, doing: str = "") -> None:
        """Turn any exception into one message. `doing` says what the person asked for ("Sending NDA")."""
        import asyncio  # here: the main window imports this module before the event loop exists

        if isinstance(error, asyncio.CancelledError | KeyboardInterrupt):
            return
        prefix = f"{doing}: " if doing else ""
        known = _known_message(error)
        if known is not None:
            log.warning("%s%s", prefix, known)
            reported = error if isinstance(error, AppError) else None
            self._publish(Message(Level.ERROR, prefix + known, error=reported, prefix=prefix))
            return
        log.error("unexpected error %s", doing or "", exc_info=error)
        where = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
        signature = (
            f"{type(error).__qualname__}@{where[0].filename}:{where[0].lineno}" if where else repr(error)
        )
        if signature in self._reported_unexpected:
            return  # shown once; the log keeps every occurrence
        self._reported_unexpected.add(signature)
        details = "".join(traceback.format_exception(error))
        text = (
            f"{prefix}Something unexpected went wrong ({type(error).__name__}). Your work is saved. "
            "Details are in the log; use “Copy details” when reporting it."
        )
        self._publish(Message(Level.ERROR, text, details=details, unexpected=True))

    def _publish(self, message: Message) -> None:
        self.history.append(message)
        del self.history[:-200]
        for listener in list(self._listeners):
            listener(message)


def _known_message(error: BaseException) -> str | None:
    if isinstance(error, ProviderError):
        return error.message
    if isinstance(error, PdfError):
        return error.user_message
    if isinstance(error, StorageError):
        return error.user_message
    if isinstance(error, OSError) and error.filename:
        return f"Could not use {error.filename}: {error.strerror or error}."
    return None

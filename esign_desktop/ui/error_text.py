"""Errors in the UI's language: every error people read is a template with values (domain/errors.py); the
window translates the template (context "Errors") and fills in the values. An error whose template has no
translation (most storage errors so far) shows in English, as written.

The provider templates are listed here literally so lupdate extracts them; tests/unit/test_error_text.py keeps
this list equal to providers/error_templates.TEMPLATES.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.errors import AppError
from esign_desktop.services.notifier import Message
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "Errors"

TRANSLATABLE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 refused the account's credentials (HTTP %2). "
        "Check the access token or the API key and secret in the account settings.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 refused the account's credentials (HTTP %2): %3 "
        "Check the access token or the API key and secret in the account settings.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls. Try again in %2 s."),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls. Try again shortly."),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls: %2 Try again in %3 s."),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls: %2 Try again shortly."),
    QT_TRANSLATE_NOOP("Errors", "%1 could not handle the request (HTTP %2). Try again later."),
    QT_TRANSLATE_NOOP("Errors", "%1 could not handle the request (HTTP %2): %3 Try again later."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 redirected the request elsewhere (HTTP %2). "
        "Check the account's address; redirects are not followed so credentials stay with the service.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 could not find it (HTTP 404)."),
    QT_TRANSLATE_NOOP("Errors", "%1 could not find it (HTTP 404): %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 refused: it conflicts with the envelope's current state."),
    QT_TRANSLATE_NOOP("Errors", "%1 refused: it conflicts with the envelope's current state: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 refused the request (HTTP %2)."),
    QT_TRANSLATE_NOOP("Errors", "%1 refused the request (HTTP %2): %3"),
    QT_TRANSLATE_NOOP("Errors", "%1 at %2 could not be reached in time. Check the network and try again."),
    QT_TRANSLATE_NOOP("Errors", "%1 at %2 did not answer in time. Check the network and try again."),
    QT_TRANSLATE_NOOP(
        "Errors", "Could not connect to %1 at %2. Check the network connection and the account's address."
    ),
    QT_TRANSLATE_NOOP("Errors", "The connection to %1 at %2 was interrupted. Try again."),
)


# The team database's errors (storage/error_templates.py).
STORAGE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not reach the team database %1 just now. "
        "Your work is kept on this computer; it goes to the team database when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 cannot be reached. "
        "Your work is kept on this computer; it goes to the team database when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the team database %1 was lost. "
        "Your work is kept on this computer; it goes to the team database when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Another desktop was changing the same record at the same moment. Try again."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The team database server's disk is full. Ask whoever looks after it to make room."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 cannot be reached, and this envelope was queued before: it can be sent again "
        "only once the database is back (the team's outbox knows what became of it).",
    ),
)

# Errors of the services that people read, by the same rule (services/envelope_actions.WRITE_FAILED).
SERVICE_TEMPLATES: tuple[str, ...] = (QT_TRANSLATE_NOOP("Errors", "Could not write to %1: %2"),)


def error_text(error: BaseException) -> str:
    """What went wrong, in the UI's language where a translation exists."""
    if isinstance(error, AppError):
        return fill(QCoreApplication.translate(CONTEXT, error.template), *error.values)
    return str(error)


def message_text(message: Message) -> str:
    """A message for the window: an error in the UI's language, anything else as it was written."""
    if message.error is not None:
        return message.prefix + error_text(message.error)
    return message.text

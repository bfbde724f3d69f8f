"""What an action on envelopes did, in the UI's language: "NDA: reminder sent", or why it failed.

EnvelopeActions (services) writes an English `message` for the CLI and logs and gives the UI the facts: the
action, the files, the error (a template with values, domain/errors.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.capabilities import Action
from esign_desktop.services.envelope_actions import ActionResult
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "ActionResults"

DONE: dict[Action, str] = {
    Action.REMIND: QT_TRANSLATE_NOOP("ActionResults", "%1: reminded"),
    Action.RECALL: QT_TRANSLATE_NOOP("ActionResults", "%1: recalled"),
    Action.DELETE: QT_TRANSLATE_NOOP("ActionResults", "%1: deleted"),
    Action.REQUEST_APPROVAL: QT_TRANSLATE_NOOP("ActionResults", "%1: approval requested"),
    Action.UPDATE_METADATA: QT_TRANSLATE_NOOP("ActionResults", "%1: metadata saved"),
    Action.SEND: QT_TRANSLATE_NOOP("ActionResults", "%1: sent"),
}


def result_text(result: ActionResult) -> str:
    name = result.envelope.name
    if not result.ok:
        if result.error is None:
            return result.message
        return fill(QCoreApplication.translate("ActionResults", "%1: %2"), name, error_text(result.error))
    if result.action is Action.DOWNLOAD:
        return fill(
            QCoreApplication.translate("ActionResults", "%1: %n file(s) saved", "", len(result.files)), name
        )
    if result.action in DONE:
        return fill(QCoreApplication.translate(CONTEXT, DONE[result.action]), name)
    return result.message

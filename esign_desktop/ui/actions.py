"""The envelope commands as QActions, shared by the toolbar, the menu and the list's context menu."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from esign_desktop.domain.action_rules import Command, enabled_commands
from esign_desktop.domain.model import Envelope
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

# (menu text, accessible description, shortcut); translated when the actions are built.
_SPECS: dict[Command, tuple[str, str, QKeySequence.StandardKey | str]] = {
    Command.SEND: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "&Send"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Send the envelope to its parties"),
        "Ctrl+Return",
    ),
    Command.REQUEST_APPROVAL: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "Request &approval"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Ask the approvers to approve and send"),
        "Ctrl+Shift+A",
    ),
    Command.REMIND: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "&Remind"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Remind the parties who have not signed yet"),
        "Ctrl+R",
    ),
    Command.RECALL: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "Re&call"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Withdraw the envelope from its parties"),
        "Ctrl+Shift+R",
    ),
    Command.DELETE: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "&Delete…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Delete the envelope"),
        QKeySequence.StandardKey.Delete,
    ),
    Command.UPDATE_METADATA: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "Edit &metadata"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Edit the envelope's metadata"),
        "Ctrl+E",
    ),
    Command.DOWNLOAD: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "Do&wnload signed documents…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Save the signed documents and receipt"),
        "Ctrl+S",
    ),
    Command.DUPLICATE_AS_DRAFT: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "D&uplicate as draft"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Start a new draft from this envelope"),
        "Ctrl+Shift+D",
    ),
    Command.CREATE_FROM_TEMPLATE: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "New from &template…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Create an envelope from a template"),
        "Ctrl+Shift+N",
    ),
    Command.EXPORT_CSV: (
        QT_TRANSLATE_NOOP("EnvelopeActions", "E&xport list to CSV…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Save the visible rows as a CSV file"),
        "Ctrl+Shift+E",
    ),
}

TOOLBAR_COMMANDS = [
    Command.SEND,
    Command.REMIND,
    Command.RECALL,
    Command.DOWNLOAD,
    Command.DELETE,
    None,
    Command.CREATE_FROM_TEMPLATE,
    Command.EXPORT_CSV,
]
CONTEXT_COMMANDS = [
    Command.SEND,
    Command.REQUEST_APPROVAL,
    Command.REMIND,
    Command.RECALL,
    None,
    Command.DOWNLOAD,
    Command.UPDATE_METADATA,
    Command.DUPLICATE_AS_DRAFT,
    None,
    Command.DELETE,
]


class EnvelopeActions(QObject):
    """One QAction per command, enabled from the action rules for the current selection.

    Signals:
        triggered(str): the Command value the user chose.
    """

    triggered = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions: dict[Command, QAction] = {}
        for command, (text, description, shortcut) in _SPECS.items():
            action = QAction(self.tr(text), self)
            action.setObjectName(f"action_{command.value}")
            action.setToolTip(self.tr(description))
            action.setStatusTip(self.tr(description))
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, c=command: self.triggered.emit(c.value))
            self.actions[command] = action
        self.update_for([], visible_rows=0)

    def __getitem__(self, command: Command) -> QAction:
        return self.actions[command]

    def ordered(self, commands: Sequence[Command | None]) -> list[QAction | None]:
        return [None if command is None else self.actions[command] for command in commands]

    def update_for(self, selection: Sequence[Envelope], *, visible_rows: int) -> None:
        enabled = enabled_commands(selection, visible_rows=visible_rows)
        for command, action in self.actions.items():
            action.setEnabled(command in enabled)

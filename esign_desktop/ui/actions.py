"""The envelope commands as QActions, shared by the toolbar, the menu and the list's context menu."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from esign_desktop.domain.model import Envelope
from esign_desktop.ui.action_rules import Command, enabled_commands

# (menu text, accessible description, shortcut)
_SPECS: dict[Command, tuple[str, str, QKeySequence.StandardKey | str]] = {
    Command.SEND: ("&Send", "Send the envelope to its parties", "Ctrl+Return"),
    Command.REQUEST_APPROVAL: ("Request &approval", "Ask the approvers to approve and send", "Ctrl+Shift+A"),
    Command.REMIND: ("&Remind", "Remind the parties who have not signed yet", "Ctrl+R"),
    Command.RECALL: ("Re&call", "Withdraw the envelope from its parties", "Ctrl+Shift+R"),
    Command.DELETE: ("&Delete…", "Delete the envelope", QKeySequence.StandardKey.Delete),
    Command.UPDATE_METADATA: ("Edit &metadata", "Edit the envelope's metadata", "Ctrl+E"),
    Command.DOWNLOAD: ("Do&wnload signed documents…", "Save the signed documents and receipt", "Ctrl+S"),
    Command.DUPLICATE_AS_DRAFT: (
        "D&uplicate as draft",
        "Start a new draft from this envelope",
        "Ctrl+Shift+D",
    ),
    Command.CREATE_FROM_TEMPLATE: (
        "New from &template…",
        "Create an envelope from a template",
        "Ctrl+Shift+N",
    ),
    Command.EXPORT_CSV: ("E&xport list to CSV…", "Save the visible rows as a CSV file", "Ctrl+Shift+E"),
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

"""The envelope commands as QActions, shared by the toolbar, the menu and the list's context menu.

Their texts, shortcuts and icons are in the one command table, `ui/commands.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from esign_desktop.domain.action_rules import Command, enabled_commands
from esign_desktop.domain.model import Envelope
from esign_desktop.ui.commands import ENVELOPE_COMMANDS, build_action

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
        for command, spec in ENVELOPE_COMMANDS.items():
            action = build_action(spec, self)
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

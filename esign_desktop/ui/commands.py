"""The one table of commands of the main window and the composer: text, shortcut, icon and enabling rule.

Every menu, toolbar or context-menu action of the two windows is built from this table by `build_action`, so a
shortcut is defined once and `tests/gui/test_command_table.py` can prove that no two commands reachable in the
same window share a shortcut, nor a mnemonic (Alt+letter) in any language. Texts are marked with the
translation context of the class that used to own them, so existing translations stay valid.

Shortcuts are portable strings ("Ctrl+,") rather than `QKeySequence.StandardKey`s where the standard key is
empty on some platforms (Preferences has no binding on X11), so what the docs promise is what every platform
gets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from esign_desktop.domain.action_rules import Command
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP


class Window(Enum):
    MAIN = "main"
    COMPOSER = "composer"


class Enabling(Enum):
    """When a command is enabled; the owner of the window applies the rule."""

    ALWAYS = "always"
    SELECTION = "selection"  # main window: `action_rules.enabled_commands` for the selection
    HAS_DOCUMENT = "has_document"  # composer: at least one document loaded
    EDITABLE = "editable"  # composer: the draft is not sent/read-only


Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class CommandSpec:
    name: str  # the QAction's object name is "action_<name>"
    window: Window
    context: str  # translation context of text and description
    text: str  # untranslated, with the mnemonic's "&"
    description: str = ""  # tooltip / status tip; untranslated
    shortcut: Shortcut = None
    icon: str = ""  # a freedesktop theme icon name; none when empty
    enabling: Enabling = Enabling.ALWAYS
    checkable: bool = False

    @property
    def object_name(self) -> str:
        return f"action_{self.name}"

    def key_sequence(self) -> QKeySequence:
        return QKeySequence() if self.shortcut is None else QKeySequence(self.shortcut)

    def translated_text(self) -> str:
        return QCoreApplication.translate(self.context, self.text)

    def translated_description(self) -> str:
        return QCoreApplication.translate(self.context, self.description) if self.description else ""


_M, _C = Window.MAIN, Window.COMPOSER
_ENV = "EnvelopeActions"
_MW = "MainWindow"
_CW = "ComposerWindow"

# The envelope commands (toolbar, Envelope menu, list context menu): enabled by the action rules.
ENVELOPE_COMMANDS: dict[Command, CommandSpec] = {
    Command.SEND: CommandSpec(
        "send",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "&Send"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Send the envelope to its parties"),
        "Ctrl+Return",
        "mail-send",
        Enabling.SELECTION,
    ),
    Command.REQUEST_APPROVAL: CommandSpec(
        "request_approval",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "Request &approval"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Ask the approvers to approve and send"),
        "Ctrl+Shift+Return",  # Send's sibling; Ctrl+Shift+A is Accounts
        "mail-forward",
        Enabling.SELECTION,
    ),
    Command.REMIND: CommandSpec(
        "remind",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "&Remind"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Remind the parties who have not signed yet"),
        "Ctrl+R",
        "mail-reply-all",
        Enabling.SELECTION,
    ),
    Command.RECALL: CommandSpec(
        "recall",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "Re&call"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Withdraw the envelope from its parties"),
        "Ctrl+Shift+R",
        "process-stop",
        Enabling.SELECTION,
    ),
    Command.DELETE: CommandSpec(
        "delete",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "&Delete…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Delete the envelope"),
        QKeySequence.StandardKey.Delete,
        "edit-delete",
        Enabling.SELECTION,
    ),
    Command.UPDATE_METADATA: CommandSpec(
        "update_metadata",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "Edit &metadata"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Edit the envelope's metadata"),
        "Ctrl+E",
        "document-properties",
        Enabling.SELECTION,
    ),
    Command.DOWNLOAD: CommandSpec(
        "download",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "Do&wnload signed documents…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Save the signed documents and receipt"),
        "Ctrl+S",
        "document-save",
        Enabling.SELECTION,
    ),
    Command.DUPLICATE_AS_DRAFT: CommandSpec(
        "duplicate_as_draft",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "D&uplicate as draft"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Start a new draft from this envelope"),
        "Ctrl+Shift+D",
        "edit-copy",
        Enabling.SELECTION,
    ),
    Command.CREATE_FROM_TEMPLATE: CommandSpec(
        "create_from_template",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "New from &template…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Create an envelope from a template"),
        "Ctrl+Shift+N",
        "document-new",
        Enabling.SELECTION,
    ),
    Command.EXPORT_CSV: CommandSpec(
        "export_csv",
        _M,
        _ENV,
        QT_TRANSLATE_NOOP("EnvelopeActions", "E&xport list to CSV…"),
        QT_TRANSLATE_NOOP("EnvelopeActions", "Save the visible rows as a CSV file"),
        "Ctrl+Shift+E",
        "document-export",
        Enabling.SELECTION,
    ),
}

# The main window's own commands (File and View menus).
MAIN_COMMANDS: dict[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        CommandSpec(
            "new_envelope",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&New envelope…"),
            QT_TRANSLATE_NOOP("MainWindow", "Prepare a new envelope in the composer"),
            "Ctrl+N",
            "document-new",
        ),
        CommandSpec("accounts", _M, _MW, QT_TRANSLATE_NOOP("MainWindow", "&Accounts…"), "", "Ctrl+Shift+A"),
        CommandSpec(
            "calibration",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&Calibrate placement…"),
            QT_TRANSLATE_NOOP("MainWindow", "Check that signatures land where fields are placed"),
        ),
        CommandSpec(
            "settings",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
            "",
            "Ctrl+,",
            "preferences-system",
        ),
        CommandSpec(
            "team_database",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&Database…"),
            QT_TRANSLATE_NOOP("MainWindow", "The database this office's desktops share (team mode)"),
        ),
        CommandSpec(
            "quit",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            "",
            QKeySequence.StandardKey.Quit,
            "application-exit",
        ),
        CommandSpec(
            "about",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&About eSign Desktop"),
            QT_TRANSLATE_NOOP("MainWindow", "The version, and where your data and logs are kept"),
            icon="help-about",
        ),
        CommandSpec(
            "find",
            _M,
            _MW,
            QT_TRANSLATE_NOOP("MainWindow", "&Find"),
            "",
            QKeySequence.StandardKey.Find,
            "edit-find",
        ),
    )
}

# The composer window's commands (File, Fields and View menus; the page tools live in ComposerWidget).
COMPOSER_COMMANDS: dict[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        CommandSpec(
            "add_documents",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Add PDF…"),
            "",
            "Ctrl+Shift+O",
            "list-add",
            Enabling.EDITABLE,
        ),
        CommandSpec(
            "open_json",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Open JSON…"),
            "",
            "Ctrl+O",
            "document-open",
            Enabling.EDITABLE,
        ),
        CommandSpec(
            "save_json",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "Save as &JSON…"),
            "",
            "Ctrl+Shift+S",
            "document-save-as",
        ),
        CommandSpec(
            "save_layout",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "Save &layout…"),
            enabling=Enabling.HAS_DOCUMENT,
        ),
        CommandSpec(
            "apply_layout",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "A&pply layout…"),
            enabling=Enabling.EDITABLE,
        ),
        CommandSpec(
            "import_fields",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Import fields from the PDF…"),
            enabling=Enabling.EDITABLE,
        ),
        CommandSpec(
            "send",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Send"),
            "",
            "Ctrl+Return",
            "mail-send",
            Enabling.EDITABLE,
        ),
        CommandSpec(
            "close",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Close"),
            "",
            QKeySequence.StandardKey.Close,
            "window-close",
        ),
        CommandSpec(
            "toggle_documents",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Documents and pages"),
            "",
            "F9",
            checkable=True,
        ),
        CommandSpec(
            "toggle_problems",
            _C,
            _CW,
            QT_TRANSLATE_NOOP("ComposerWindow", "&Problems before sending"),
            "",
            "F8",
        ),
    )
}


def view_shortcut(number: int) -> str:
    """The main window's View menu: Ctrl+1 … Ctrl+N choose the sidebar's views in order."""
    return f"Ctrl+{number}"


def all_commands() -> Iterator[CommandSpec]:
    yield from ENVELOPE_COMMANDS.values()
    yield from MAIN_COMMANDS.values()
    yield from COMPOSER_COMMANDS.values()


def commands_of(window: Window) -> list[CommandSpec]:
    return [spec for spec in all_commands() if spec.window is window]


def build_action(spec: CommandSpec, parent: QObject) -> QAction:
    """A QAction for the command, translated now (build windows after the translator is installed)."""
    action = QAction(spec.translated_text(), parent)
    action.setObjectName(spec.object_name)
    description = spec.translated_description()
    if description:
        action.setToolTip(description)
        action.setStatusTip(description)
    if spec.shortcut is not None:
        action.setShortcut(spec.key_sequence())
    if spec.icon and QIcon.hasThemeIcon(spec.icon):
        action.setIcon(QIcon.fromTheme(spec.icon))
    action.setCheckable(spec.checkable)
    return action

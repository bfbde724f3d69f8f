"""The one non-modal place for the Notifier's messages: the latest one, with earlier ones a click away.

Connect it as a Notifier listener (`notifier.subscribe(area.show_message)`); the Notifier publishes on the
asyncio loop, which under qasync is the Qt main thread, so the call is direct.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.services.notifier import Level, Message
from esign_desktop.ui.error_text import message_text
from esign_desktop.ui.status_style import is_dark

HISTORY_LIMIT = 200

# (light palette, dark palette) accent colours per level, matching status_style's families.
_LEVEL_COLOURS: dict[Level, tuple[str, str]] = {
    Level.INFO: ("#1a5fb4", "#78aeed"),
    Level.WARNING: ("#9c5d00", "#f6c05a"),
    Level.ERROR: ("#b3261e", "#f28b82"),
}


def level_word(level: Level) -> str:
    words = {
        Level.INFO: QCoreApplication.translate("MessageArea", "Information"),
        Level.WARNING: QCoreApplication.translate("MessageArea", "Warning"),
        Level.ERROR: QCoreApplication.translate("MessageArea", "Error"),
    }
    return words[level]


def level_icon(widget: QWidget, level: Level) -> QIcon:
    """The style's information, warning or error icon. QStyle is imported here, when a message first shows:
    its bindings cost ~6 ms of a start people wait for."""
    from PySide6.QtWidgets import QStyle

    pixmaps = {
        Level.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }
    return widget.style().standardIcon(pixmaps[level])


_ICON_SIZE = 20


def level_colour(level: Level, palette: QPalette) -> str:
    light, dark = _LEVEL_COLOURS[level]
    return dark if is_dark(palette) else light


class MessageHistoryPopup(QFrame):
    """A popup listing every message this run, newest first. Closes when the person clicks elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("messageHistory")
        self.setAccessibleName(self.tr("Earlier messages"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.list = QListWidget(self)
        self.list.setObjectName("messageHistoryList")
        self.list.setAccessibleName(self.tr("Earlier messages"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)
        self.resize(480, 260)

    def set_messages(self, messages: list[Message]) -> None:
        self.list.clear()
        for message in reversed(messages):
            shown = message_text(message)
            text = f"{level_word(message.level)}: {shown}"
            item = QListWidgetItem(level_icon(self, message.level), shown)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)


class MessageArea(QFrame):
    """Shows the latest message with its level, a dismiss button, "N earlier" with a history popup, and for
    unexpected errors a "Copy details" button.

    Signals:
    message_shown(object): a Message was displayed (the argument is the Message).
    dismissed(): the person closed the current message.
    details_copied(): the details of the current message were put on the clipboard.
    """

    message_shown = Signal(object)
    dismissed = Signal()
    details_copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.setAccessibleName(self.tr("Messages"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.history: list[Message] = []
        self._current: Message | None = None

        self.icon = QLabel(self)
        self.icon.setObjectName("messageIcon")
        self.icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("messageText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("messageCopyDetails")
        self.copy_button.setText(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy error details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details, to paste into a problem report"))
        self.copy_button.clicked.connect(self.copy_details)

        self.history_button = QToolButton(self)
        self.history_button.setObjectName("messageHistoryButton")
        self.history_button.setAccessibleName(self.tr("Show earlier messages"))
        self.history_button.clicked.connect(self.show_history)

        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("messageDismiss")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss message"))
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)

        self.history_popup = MessageHistoryPopup(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.history_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_message(self, message: Message) -> None:
        """Display `message` as the current one; the one it replaces joins the history."""
        self.history.append(message)
        del self.history[:-HISTORY_LIMIT]
        self._current = message
        shown = message_text(message)
        self.text_label.setText(shown)
        word = level_word(message.level)
        self.text_label.setAccessibleName(f"{word}: {shown}")
        self.icon.setPixmap(level_icon(self, message.level).pixmap(_ICON_SIZE))
        self.icon.setAccessibleName(word)
        self.setProperty("level", message.level.value)
        self._apply_level_style(message.level)
        self.copy_button.setVisible(message.unexpected and bool(message.details))
        self._update_history_button()
        if self.history_popup.isVisible():
            self.history_popup.set_messages(self.history)
        self.show()
        self.message_shown.emit(message)

    def current(self) -> Message | None:
        """The message on display, None once dismissed."""
        return self._current

    def earlier_count(self) -> int:
        """How many messages came before the current one (all of them once it is dismissed)."""
        return len(self.history) - (1 if self._current is not None else 0)

    def dismiss(self) -> None:
        if self._current is None:
            return
        self._current = None
        self.hide()
        self.dismissed.emit()

    def copy_details(self) -> None:
        if self._current is None or not self._current.details:
            return
        QGuiApplication.clipboard().setText(self._current.details)
        self.details_copied.emit()

    def show_history(self) -> None:
        self.history_popup.set_messages(self.history)
        below = self.history_button.mapToGlobal(self.history_button.rect().bottomRight())
        self.history_popup.move(below.x() - self.history_popup.width(), below.y())
        self.history_popup.show()

    def _update_history_button(self) -> None:
        count = self.earlier_count()
        self.history_button.setVisible(count > 0)
        self.history_button.setText(self.tr("%n earlier", "", count))
        self.history_button.setAccessibleName(self.tr("Show %n earlier message(s)", "", count))
        self.history_button.setToolTip(self.history_button.accessibleName())

    def _apply_level_style(self, level: Level) -> None:
        colour = level_colour(level, self.palette())
        self.setStyleSheet(
            f"QFrame#messageArea {{ border: 1px solid {colour}; border-left: 4px solid {colour}; }}"
        )

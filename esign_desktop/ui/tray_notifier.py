"""Desktop notifications for envelope status changes, grouped when many arrive together.

Without a system tray (offscreen, some Linux desktops) it still decides what it would show and records it in
`shown`, so the logic is the same everywhere and tests can read it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from esign_desktop.services.sync import StatusChange
from esign_desktop.ui.labels import status_label
from esign_desktop.ui.placeholders import fill

DEFAULT_GROUPING_MS = 2000
MAX_NAMED_IN_GROUP = 4  # a group names this many envelopes, then "and N more"
MESSAGE_TIMEOUT_MS = 10_000

ShowFunction = Callable[[str, str], None]
"""Displays one notification: (title, text)."""


@dataclass(frozen=True, slots=True)
class Shown:
    """One notification as displayed: its words and the envelopes it is about (first one opens on click)."""

    title: str
    text: str
    local_ids: tuple[str, ...]


class TrayNotifier(QObject):
    """`notify_changes` queues status changes; `grouping_ms` after the first queued change, everything queued
    is shown as one notification (one envelope: its own; several: one grouped notification).

    Signals:
    notified(object): a notification was shown (the argument is a Shown).
    envelope_activated(str): the person clicked a notification; the local id of its (first) envelope.
    """

    notified = Signal(object)
    envelope_activated = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        icon: QIcon | None = None,
        show: ShowFunction | None = None,
        grouping_ms: int = DEFAULT_GROUPING_MS,
        enabled: bool = True,
        include_first_seen: bool = False,
    ) -> None:
        """`show` replaces the tray balloon (tests, another notification system). `include_first_seen`:
        also notify envelopes sync had never seen before (off: the first sync of an account would flood)."""
        super().__init__(parent)
        self.shown: list[Shown] = []
        self._enabled = enabled
        self._include_first_seen = include_first_seen
        self._pending: dict[str, StatusChange] = {}  # by local id, in arrival order
        self._last_ids: tuple[str, ...] = ()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(self.tr("eSign Desktop"))
            self.tray.messageClicked.connect(self.on_tray_message_clicked)
            self.tray.show()
        self._show: ShowFunction = show or self._show_in_tray
        self.timer = QTimer(self)
        self.timer.setObjectName("notificationGrouping")
        self.timer.setSingleShot(True)
        self.timer.setInterval(grouping_ms)
        self.timer.timeout.connect(self.flush)

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """The "notifications" setting. Turning it off drops what was waiting to be shown."""
        self._enabled = enabled
        if not enabled:
            self._pending.clear()
            self.timer.stop()

    def notify_changes(self, changes: Sequence[StatusChange]) -> None:
        """Queue changes for the next notification (a later change of an envelope replaces the earlier)."""
        if not self._enabled:
            return
        for change in changes:
            if change.old_status is None and not self._include_first_seen:
                continue
            if change.old_status is change.new_status:
                continue
            self._pending.pop(change.envelope.local_id, None)
            self._pending[change.envelope.local_id] = change
        if self._pending and not self.timer.isActive():
            self.timer.start()

    def pending_count(self) -> int:
        return len(self._pending)

    def flush(self) -> Shown | None:
        """Show what is queued now (the grouping timer calls this). None when nothing was queued."""
        self.timer.stop()
        changes, self._pending = list(self._pending.values()), {}
        if not changes or not self._enabled:
            return None
        shown = notification_for(changes)
        self.shown.append(shown)
        self._last_ids = shown.local_ids
        self._show(shown.title, shown.text)
        self.notified.emit(shown)
        return shown

    def on_tray_message_clicked(self) -> None:
        """The tray's messageClicked carries no data: it is about the last notification shown."""
        if self._last_ids:
            self.envelope_activated.emit(self._last_ids[0])

    def _show_in_tray(self, title: str, text: str) -> None:
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_TIMEOUT_MS)


def notification_for(changes: Sequence[StatusChange]) -> Shown:
    """The words for one notification about one or more (non-empty) changes."""
    translate = QCoreApplication.translate
    ids = tuple(change.envelope.local_id for change in changes)
    if len(changes) == 1:
        change = changes[0]
        text = status_label(change.new_status)
        if change.old_status is not None:
            text = fill(
                translate("TrayNotifier", "%1 (was %2)"), text, status_label(change.old_status).lower()
            )
        return Shown(title=_name(change), text=text, local_ids=ids)
    named = [
        fill(translate("TrayNotifier", "%1 %2"), _name(change), status_label(change.new_status).lower())
        for change in changes[:MAX_NAMED_IN_GROUP]
    ]
    text = translate("TrayNotifier", "; ").join(named)
    if len(changes) > MAX_NAMED_IN_GROUP:
        text += translate("TrayNotifier", "; and %n more", "", len(changes) - MAX_NAMED_IN_GROUP)
    title = translate("TrayNotifier", "%n envelopes changed", "", len(changes))
    return Shown(title=title, text=text, local_ids=ids)


def _name(change: StatusChange) -> str:
    return change.envelope.name.strip() or QCoreApplication.translate("TrayNotifier", "Untitled envelope")

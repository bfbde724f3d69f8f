"""Desktop notifications for what matters in the update stream, grouped when many arrive together.

Where there is a system tray, notifications are the tray icon's messages; where there is none, they go to the
desktop's notification service (freedesktop notifications over D-Bus, services/desktop_notifications.py).
Each kind (services.status_monitor.NoticeKind) can be switched off. Whatever the backend, what was shown is
recorded in `shown`, so the logic is the same everywhere and tests can read it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from esign_desktop.domain.status import PartyStatus
from esign_desktop.services.desktop_notifications import FreedesktopNotifications
from esign_desktop.services.status_monitor import Notice, NoticeKind
from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.ui.labels import party_name
from esign_desktop.ui.placeholders import fill

DEFAULT_GROUPING_MS = 2000
MAX_NAMED_IN_GROUP = 4  # a group names this many changes, then "and N more"
MESSAGE_TIMEOUT_MS = 10_000

ShowFunction = Callable[[str, str], None]
"""Displays one notification: (title, text)."""
StartTask = Callable[[TaskKey, Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]


@dataclass(frozen=True, slots=True)
class Shown:
    """One notification as displayed: its words and the envelopes it is about (first one opens on click)."""

    title: str
    text: str
    local_ids: tuple[str, ...]
    every_change: str = ""  # every notice named (a desktop popup names a few; the window has room for all)


class TrayNotifier(QObject):
    """`notify` queues notices; `grouping_ms` after the first queued one, everything queued is shown as one
    notification (one notice: its own words; several: one grouped notification).

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
        desktop: FreedesktopNotifications | None = None,
        start_task: StartTask | None = None,
    ) -> None:
        """`show` replaces every backend (tests). `desktop` + `start_task`: the D-Bus notification service,
        used when there is no system tray."""
        super().__init__(parent)
        self.shown: list[Shown] = []
        self._enabled = enabled
        self._muted: frozenset[NoticeKind] = frozenset()
        self._pending: dict[tuple[str, NoticeKind, str], Notice] = {}  # in arrival order
        self._last_ids: tuple[str, ...] = ()
        self._desktop_ids: dict[int, str] = {}  # D-Bus notification id -> the envelope it opens
        self._desktop = desktop
        self._start_task = start_task
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(self.tr("eSign Desktop"))
            self.tray.messageClicked.connect(self.on_tray_message_clicked)
            self.tray.show()
        if desktop is not None:
            desktop.subscribe_clicks(self.on_desktop_notification_clicked)
        self._show: ShowFunction = show or self._show_anywhere
        self.timer = QTimer(self)
        self.timer.setObjectName("notificationGrouping")
        self.timer.setSingleShot(True)
        self.timer.setInterval(grouping_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def backend(self) -> str:
        """ "tray", "freedesktop" or "" (nowhere to show: only recorded)."""
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            return "tray"
        if self._desktop is not None and self._desktop.available:
            return "freedesktop"
        return ""

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """The "notifications" setting. Turning it off drops what was waiting to be shown."""
        self._enabled = enabled
        if not enabled:
            self._pending.clear()
            self.timer.stop()

    def set_muted(self, kinds: Collection[NoticeKind]) -> None:
        """The kinds switched off in Settings."""
        self._muted = frozenset(kinds)
        self._pending = {key: n for key, n in self._pending.items() if n.kind not in self._muted}

    def notify(self, notices: Sequence[Notice]) -> None:
        """Queue notices for the next notification (a later one of the same kind replaces the earlier)."""
        if not self._enabled:
            return
        for notice in notices:
            if notice.kind in self._muted:
                continue
            key = (notice.envelope.local_id, notice.kind, notice.party.id if notice.party else "")
            self._pending.pop(key, None)
            self._pending[key] = notice
        if self._pending and not self.timer.isActive():
            self.timer.start()

    def pending_count(self) -> int:
        return len(self._pending)

    def flush(self) -> Shown | None:
        """Show what is queued now (the grouping timer calls this). None when nothing was queued."""
        self.timer.stop()
        notices, self._pending = list(self._pending.values()), {}
        if not notices or not self._enabled:
            return None
        shown = notification_for(notices)
        self.shown.append(shown)
        self._last_ids = shown.local_ids
        self._show(shown.title, shown.text)
        self.notified.emit(shown)
        return shown

    def on_tray_message_clicked(self) -> None:
        """The tray's messageClicked carries no data: it is about the last notification shown."""
        if self._last_ids:
            self.envelope_activated.emit(self._last_ids[0])

    def on_desktop_notification_clicked(self, notification_id: int) -> None:
        local_id = self._desktop_ids.get(notification_id)
        if local_id:
            self.envelope_activated.emit(local_id)

    def _show_anywhere(self, title: str, text: str) -> None:
        backend = self.backend
        if backend == "tray" and self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_TIMEOUT_MS)
        elif backend == "freedesktop" and self._desktop is not None and self._start_task is not None:
            self._start_task(TaskKey(TaskKind.NOTIFY), self._notify_desktop(title, text, self._last_ids))

    async def _notify_desktop(self, title: str, text: str, local_ids: tuple[str, ...]) -> None:
        assert self._desktop is not None
        notification_id = await self._desktop.notify(title, text, timeout_ms=MESSAGE_TIMEOUT_MS)
        if notification_id and local_ids:
            self._desktop_ids[notification_id] = local_ids[0]


def notice_text(notice: Notice) -> str:
    """What happened, in a few words ("Signed by Anna Berg (1 of 2 signed)")."""
    translate = QCoreApplication.translate
    who = party_name(notice.party) if notice.party is not None else ""
    kind = notice.kind
    if kind is NoticeKind.SIGNED:
        signed, total = notice.envelope.signing_progress
        if notice.party is not None and notice.party.status is PartyStatus.APPROVED:
            return fill(translate("TrayNotifier", "Approved by %1"), who)
        if notice.party is None:
            return translate("TrayNotifier", "Approved")
        return fill(translate("TrayNotifier", "Signed by %1 (%2 of %3 signed)"), who, str(signed), str(total))
    if kind is NoticeKind.COMPLETED:
        return translate("TrayNotifier", "Completed: everyone has signed")
    if kind is NoticeKind.DECLINED:
        if who:
            return fill(translate("TrayNotifier", "Declined by %1"), who)
        return translate("TrayNotifier", "Declined")
    if kind is NoticeKind.EXPIRED:
        return translate("TrayNotifier", "Expired before everyone signed")
    if kind is NoticeKind.ACTION_NEEDED:
        if who:
            return fill(translate("TrayNotifier", "Waiting for approval by %1"), who)
        return translate("TrayNotifier", "Waiting for approval")
    return translate("TrayNotifier", "Could not be sent")


def notification_for(notices: Sequence[Notice]) -> Shown:
    """The words for one notification about one or more (non-empty) notices."""
    translate = QCoreApplication.translate
    ids = tuple(dict.fromkeys(notice.envelope.local_id for notice in notices))
    if len(notices) == 1:
        notice = notices[0]
        return Shown(title=_name(notice), text=notice_text(notice), local_ids=ids)
    named = [
        fill(translate("TrayNotifier", "%1: %2"), _name(notice), notice_text(notice)) for notice in notices
    ]
    text = "\n".join(named[:MAX_NAMED_IN_GROUP])
    if len(notices) > MAX_NAMED_IN_GROUP:
        text += "\n" + translate("TrayNotifier", "and %n more", "", len(notices) - MAX_NAMED_IN_GROUP)
    title = translate("TrayNotifier", "%n envelope updates", "", len(notices))
    return Shown(title=title, text=text, local_ids=ids, every_change="\n".join(named))


def _name(notice: Notice) -> str:
    return notice.envelope.name.strip() or QCoreApplication.translate("TrayNotifier", "Untitled envelope")

"""What the window says about team mode: a status-bar label (connected as whom, or offline since when) and,
while the team database is out of reach, a strip above the list that says the list is the local copy.

The strip cannot be dismissed: it is a state, not news, and it goes away by itself when the database is back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from esign_desktop.ui.models.envelope_columns import format_time
from esign_desktop.ui.placeholders import fill


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """Team mode's state as the window shows it (app.py turns TeamLink's state into this)."""

    user_name: str
    connected: bool
    offline_since: datetime | None = None  # when the connection was lost (aware datetime)


def offline_time_text(moment: datetime, now: datetime) -> str:
    """ "14:05" today, the date and time on another day."""
    if moment.astimezone().date() != now.astimezone().date():
        return format_time(moment)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    if locale.language() is QLocale.Language.C:
        return local.toString("HH:mm")
    return locale.toString(local.time(), QLocale.FormatType.ShortFormat)


def unreachable_text(status: TeamStatus, now: datetime) -> str:
    translate = QCoreApplication.translate
    if status.offline_since is None:
        return translate(
            "TeamStatus",
            "Team database unreachable — working from the local copy; colleagues see your changes when it is back",  # noqa: E501 - one literal for lupdate
        )
    return fill(
        translate(
            "TeamStatus",
            "Team database unreachable since %1 — working from the local copy; colleagues see your changes when it is back",  # noqa: E501 - one literal for lupdate
        ),
        offline_time_text(status.offline_since, now),
    )


def status_bar_text(status: TeamStatus, now: datetime) -> str:
    translate = QCoreApplication.translate
    if status.connected:
        return fill(translate("TeamStatus", "Team: connected as %1"), status.user_name)
    if status.offline_since is None:
        return fill(translate("TeamStatus", "Team: offline (%1)"), status.user_name)
    return fill(
        translate("TeamStatus", "Team: offline since %1 (%2)"),
        offline_time_text(status.offline_since, now),
        status.user_name,
    )


def back_text() -> str:
    return QCoreApplication.translate(
        "TeamStatus", "Team database reachable again: changes are shared and waiting sends go out"
    )


class TeamOfflineStrip(QFrame):
    """A warning-coloured strip above the list while the team database is unreachable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamOfflineStrip")
        self.setAccessibleName(self.tr("Team database state"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#teamOfflineStrip { background: #fff3cd; border: 1px solid #d39e00; }"
            " #teamOfflineText { color: #533f03; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("teamOfflineText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

    def text(self) -> str:
        return self.label.text()

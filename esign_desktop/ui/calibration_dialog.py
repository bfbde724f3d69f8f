"""Placement calibration in two steps (services/calibration.py; docs/accounts-check.md).

1. *Send calibration envelope*: a two-page envelope (a rotated page, a cropped page) goes to the person's own
   address. 2. Once they have signed it, *Check signed envelope* downloads it, measures where the stamps
   landed and, when the service measures positions otherwise, the account remembers how. Both run as
   background tasks through the injected runner (ui/widget_work.py: cancelled if the dialog is deleted); the
   dialog never blocks and never nests an event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.calibration import CalibrationError, CalibrationResult, Pending, Verdict
from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.errors import StorageError
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP
from esign_desktop.ui.widget_work import Runner, WidgetWork

Reporter = Callable[[BaseException, str], None]


class Calibration(Protocol):
    """What the dialog needs (services.calibration.CalibrationService fits)."""

    def pending(self, account: Account) -> Pending | None: ...

    async def send(self, account: Account, email: str) -> Pending: ...

    async def finish(self, account: Account) -> CalibrationResult: ...


VERDICTS = {
    Verdict.HOLDS: QT_TRANSLATE_NOOP(
        "CalibrationDialog",
        "The stamps landed where the fields were placed: the coordinate convention holds.",
    ),
    Verdict.OTHER_CONVENTION: QT_TRANSLATE_NOOP(
        "CalibrationDialog",
        "The service measures positions differently. This account now remembers how, and every later "
        "envelope is placed accordingly.",
    ),
    Verdict.UNEXPLAINED: QT_TRANSLATE_NOOP(
        "CalibrationDialog",
        "The stamps landed somewhere no known convention explains. Nothing was changed; please send the "
        "details below with a problem report.",
    ),
    Verdict.NOT_SIGNED: QT_TRANSLATE_NOOP(
        "CalibrationDialog", "No signature found yet. Sign the calibration envelope first, then check again."
    ),
}


class CalibrationDialog(QDialog):
    """Signals: none (the account list refreshes itself when an account's convention changes)."""

    def __init__(
        self,
        accounts: Callable[[], list[Account]],
        calibration: Calibration,
        parent: QWidget | None = None,
        *,
        run: Runner | None = None,
        report: Reporter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setWindowTitle(self.tr("Placement calibration"))
        self.setAccessibleName(self.tr("Placement calibration"))
        self.setModal(False)
        self.resize(640, 460)
        self._accounts = accounts
        self._calibration = calibration
        self._work = WidgetWork(self, run=run)  # cancelled when the dialog is deleted (closing only hides it)
        self._report = report
        self._busy = False

        self.explanation = QLabel(
            self.tr(
                "Checks that signatures land where you place them. Step 1 sends a two-page envelope (a "
                "rotated page and a cropped page) to your own address. Step 2, after you have signed it: the "
                "app downloads it, measures where the stamps landed and, if the service measures positions "
                "differently, remembers that for this account."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("calibrationAccount")
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.currentIndexChanged.connect(self._on_account_combo_changed)
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("calibrationEmail")
        self.email_edit.setAccessibleName(self.tr("Your e-mail address"))
        self.email_edit.setPlaceholderText(self.tr("you@example.com"))
        self.email_edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account_combo)
        form.addRow(self.tr("Your &e-mail:"), self.email_edit)

        self.send_button = self._button("calibrationSend", self.tr("1. &Send calibration envelope"))
        self.finish_button = self._button("calibrationFinish", self.tr("2. &Check signed envelope"))
        self.close_button = self._button("calibrationClose", self.tr("Close"))
        self.send_button.clicked.connect(self.send)
        self.finish_button.clicked.connect(self.finish)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("calibrationStatus")
        self.status_label.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("calibrationDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Measurements"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.details, 1)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_account()
        self.account_combo.clear()
        for account in self._accounts():
            self.account_combo.addItem(f"{account.name} ({account.provider.label})", account.id)
            if selected is not None and account.id == selected.id:
                self.account_combo.setCurrentIndex(self.account_combo.count() - 1)
        self._on_account_combo_changed()

    def selected_account(self) -> Account | None:
        account_id = self.account_combo.currentData()
        return next((a for a in self._accounts() if a.id == account_id), None)

    def status_text(self) -> str:
        return self.status_label.text()

    def _update(self) -> None:
        account = self.selected_account()
        pending = self._pending(account)
        self.send_button.setEnabled(account is not None and "@" in self.email_edit.text() and not self._busy)
        self.finish_button.setEnabled(pending is not None and not self._busy)

    def _on_account_combo_changed(self) -> None:
        self._update()
        pending = self._pending(self.selected_account())
        self.details.clear()
        self._set_status("")
        if not self._busy and pending is not None:
            self._set_status(
                fill(
                    self.tr(
                        "A calibration envelope was sent to %1. Sign it, then choose “Check signed envelope”."
                    ),
                    pending.email,
                )
            )

    def _pending(self, account: Account | None) -> Pending | None:
        if account is None:
            return None
        try:
            return self._calibration.pending(account)
        except CalibrationError as error:
            self._set_status(error_text(error))
            return None

    def send(self) -> None:
        account = self.selected_account()
        if account is None or self._busy:
            return
        self._start(self.tr("Sending the calibration envelope…"))
        self._work.start(
            TaskKey(TaskKind.CALIBRATION_SEND, account.id),
            self._send(account, self.email_edit.text().strip()),
        )

    def finish(self) -> None:
        account = self.selected_account()
        if account is None or self._busy:
            return
        self._start(self.tr("Downloading and measuring the signed envelope…"))
        self._work.start(TaskKey(TaskKind.CALIBRATION_FINISH, account.id), self._finish(account))

    async def _send(self, account: Account, email: str) -> None:
        try:
            pending = await self._calibration.send(account, email)
        except Exception as error:  # noqa: BLE001 - expected kinds shown, the rest reported
            self._failed(error, self.tr("Sending the calibration envelope"))
            return
        self._busy = False
        self._set_status(
            fill(self.tr("Sent to %1. Sign it, then choose “Check signed envelope”."), pending.email)
        )
        self._update()

    async def _finish(self, account: Account) -> None:
        try:
            result = await self._calibration.finish(account)
        except Exception as error:  # noqa: BLE001 - expected kinds shown, the rest reported
            self._failed(error, self.tr("Checking the calibration"))
            return
        self._busy = False
        self.details.setPlainText(result.text())
        self._set_status(self.tr(VERDICTS[result.verdict]))
        self._update()

    def _start(self, text: str) -> None:
        self._busy = True
        self.details.clear()
        self._set_status(text)
        self._update()

    def _failed(self, error: Exception, doing: str) -> None:
        self._busy = False
        if isinstance(error, CalibrationError | ProviderError | StorageError):
            self._set_status(error_text(error))
        else:
            self._set_status(
                fill(self.tr("%1: something unexpected went wrong. The details are in the log."), doing)
            )
            if self._report is None:
                raise error
            self._report(error, doing)
        self._update()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

"""The readiness panel: what still stops the envelope from being sent, and the Send button.

Problems come from the domain's `validate()`; the panel only shows them (blocking first, then warnings, in the
UI's language through `ui/validation_texts.problem_text`), lets the sender jump to each one, and enables Send
when nothing blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.capabilities import Capabilities
from esign_desktop.domain.model import Envelope
from esign_desktop.domain.validation import Problem, Severity, validate
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.validation_texts import problem_text

_PROBLEM_ROLE = Qt.ItemDataRole.UserRole


class SendState:
    """What the Send area shows; plain strings so tests and screen readers read the same thing."""

    IDLE = "idle"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class ReadinessPanel(QWidget):
    """Lists every problem of the envelope; Send is enabled only when none blocks.

    Signals:
        problem_activated(object): a Problem the sender clicked or pressed Enter on (jump to its subject).
        send_requested(): the sender pressed Send while the envelope was ready.
    """

    problem_activated = Signal(object)
    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self._problems: tuple[Problem, ...] = ()
        self._send_state = SendState.IDLE

        self.summary = QLabel(self)
        self.summary.setObjectName("readinessSummary")
        self.summary.setWordWrap(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("readinessProblems")
        self.problem_list.setAccessibleName(self.tr("Problems to fix before sending"))
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._on_problem_list_item_activated)
        self.problem_list.itemClicked.connect(self._on_problem_list_item_clicked)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sendProgress")
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.setRange(0, 0)  # busy indicator: the outbox reports steps, not percentages
        self.progress.setVisible(False)
        self.send_status = QLabel(self)
        self.send_status.setObjectName("sendStatus")
        self.send_status.setWordWrap(True)
        self.send_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send the envelope"))
        self.send_button.clicked.connect(self._on_send_button_clicked)

        send_row = QHBoxLayout()
        send_row.addWidget(self.send_status, 1)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.progress)
        layout.addLayout(send_row)
        self.set_problems(())

    # --- problems ---------------------------------------------------------------------------------------
    def check(self, envelope: Envelope, capabilities: Capabilities) -> None:
        """Validate `envelope` and show the result."""
        self.set_problems(validate(envelope, capabilities))

    def set_problems(self, problems: Sequence[Problem]) -> None:
        ordered = tuple(sorted(problems, key=lambda p: p.severity is not Severity.BLOCKING))
        self._problems = ordered
        self.problem_list.clear()
        style = self.style()
        icons = {
            Severity.BLOCKING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for problem in ordered:
            text = problem_text(problem)
            item = QListWidgetItem(icons[problem.severity], text)
            item.setData(_PROBLEM_ROLE, problem)
            kind = self.tr("Must fix") if problem.severity is Severity.BLOCKING else self.tr("Warning")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}: {text}")
            item.setToolTip(self.tr("Click to go to the problem"))
            self.problem_list.addItem(item)
        self._update_summary()
        self._update_send_button()

    def problems(self) -> tuple[Problem, ...]:
        """As shown: blocking first, then warnings."""
        return self._problems

    def is_ready(self) -> bool:
        return not any(p.severity is Severity.BLOCKING for p in self._problems)

    # --- sending progress -------------------------------------------------------------------------------
    def set_sending(self, text: str) -> None:
        """Show a step of the send in progress (e.g. "Uploading lease.pdf"); Send stays disabled meanwhile."""
        self._send_state = SendState.SENDING
        self.progress.setVisible(True)
        self.send_status.setText(text)
        self._update_summary()
        self._update_send_button()

    def set_sent(self) -> None:
        self._send_state = SendState.SENT
        self.progress.setVisible(False)
        self.send_status.setText(self.tr("Sent. The parties have been notified."))
        self._update_summary()
        self._update_send_button()

    def set_failed(self, message: str) -> None:
        """Show why sending failed; Send is enabled again so the sender can retry after fixing it."""
        self._send_state = SendState.FAILED
        self.progress.setVisible(False)
        self.send_status.setText(fill(self.tr("Not sent: %1"), message))
        self._update_summary()
        self._update_send_button()

    @property
    def send_state(self) -> str:
        return self._send_state

    # --- internals --------------------------------------------------------------------------------------
    def _update_summary(self) -> None:
        # While sending and once sent, the send status below says where things stand; "Ready to send."
        # above "Sent…" would contradict it.
        self.summary.setHidden(self._send_state in {SendState.SENDING, SendState.SENT})
        blocking = sum(1 for p in self._problems if p.severity is Severity.BLOCKING)
        warnings = len(self._problems) - blocking
        if blocking:
            text = fill(
                self.tr("%1 to fix before sending"), _counted(blocking, self.tr("thing"), self.tr("things"))
            )
        else:
            text = self.tr("Ready to send")
        if warnings:
            text += self.tr("; ") + _counted(warnings, self.tr("warning"), self.tr("warnings"))
        self.summary.setText(text + self.tr(".", "the end of a sentence"))

    def _update_send_button(self) -> None:
        busy = self._send_state == SendState.SENDING
        done = self._send_state == SendState.SENT
        self.send_button.setEnabled(self.is_ready() and not busy and not done)

    def _on_problem_list_item_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(_PROBLEM_ROLE)
        if isinstance(problem, Problem):
            self.problem_activated.emit(problem)

    def _on_problem_list_item_clicked(self, item: QListWidgetItem) -> None:
        # Where the style activates on a single click, itemActivated already reported this click.
        if not self.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick):
            self._on_problem_list_item_activated(item)

    def _on_send_button_clicked(self) -> None:
        if self.is_ready() and self._send_state not in {SendState.SENDING, SendState.SENT}:
            self.send_requested.emit()


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"

"""Team ▸ Database…: the team database's address, its password (to the keyring only), this desktop's user
name, "Test connection", and how to leave team mode.

The address is a PostgreSQL URI without a password; the settings file gets the address and the user name,
the keyring the password. When ESIGN_TEAM_DATABASE (or ESIGN_USER_NAME) is set, the environment decides and
the dialog shows it (redacted) as fixed. Changes take effect at the next start. Shown with `open()`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.services.team_probe import ProbeOutcome, ProbeResult, probe_team_database
from esign_desktop.storage.team_address import (
    AddressProblem,
    TeamAddress,
    TeamAddressError,
    parse_team_address,
    redact_dsn,
)
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.status_style import problem_colour
from esign_desktop.ui.widget_work import Runner, WidgetWork

Prober = Callable[[str, str | None], Coroutine[Any, Any, ProbeResult]]
MAX_USER_NAME = 64
EXAMPLE_ADDRESS = "postgresql://esign@db.example.com:5432/esign?sslmode=verify-full"


class TeamPasswords(Protocol):
    """The team database's password in the keyring, under TeamAddress.keyring_username."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, password: str) -> None:
        """Raises OSError (or a StorageError) with a message for people when the keyring refuses."""


class TeamDatabaseDialog(QDialog):
    """Signals:
    team_settings_changed(str, str): Save was pressed; the address ("" leaves team mode) and the user name
        ("" means the login name). The password, if one was typed, is already in the keyring.
    """

    team_settings_changed = Signal(str, str)

    def __init__(
        self,
        address: str,
        user_name: str,
        *,
        login_name: str,
        passwords: TeamPasswords,
        run: Runner,
        environment_address: str = "",
        environment_user_name: str = "",
        prober: Prober = probe_team_database,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDatabaseDialog")
        self.setWindowTitle(self.tr("Team database"))
        self._passwords = passwords
        self._work = WidgetWork(self, run=run)  # the connection test; cancelled when the dialog is deleted
        self._prober = prober
        self._environment_address = environment_address.strip()
        self._saved_address = address
        self.test_running = False

        intro = QLabel(
            self.tr(
                "In team mode the desktops of an office share one PostgreSQL database: accounts (never "
                "their secrets), envelopes, events, layouts and the outbox. Drafts and secrets stay on "
                "this computer, and the window keeps working from its local copy when the database is "
                "out of reach."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("teamModeState")
        self.state_label.setWordWrap(True)

        form = QFormLayout()
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("teamAddress")
        self.address_edit.setAccessibleName(self.tr("Team database address"))
        self.address_edit.setAccessibleDescription(
            self.tr("A PostgreSQL address without the password. Leave empty to work alone.")
        )
        self.address_edit.setPlaceholderText(EXAMPLE_ADDRESS)
        self.address_edit.setClearButtonEnabled(True)
        form.addRow(self._label(self.tr("&Address:"), self.address_edit), self.address_edit)
        self.address_problem_label = QLabel(self)
        self.address_problem_label.setObjectName("teamAddressProblem")
        self.address_problem_label.setWordWrap(True)
        self.address_problem_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.address_problem_label.setStyleSheet(f"color: {problem_colour(self.palette()).name()}")
        self.address_problem_label.hide()
        form.addRow("", self.address_problem_label)

        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("teamPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Team database password"))
        self.password_edit.setAccessibleDescription(
            self.tr("Kept in this computer's keyring, never in a file. Leave empty to keep the saved one.")
        )
        form.addRow(self._label(self.tr("&Password:"), self.password_edit), self.password_edit)

        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("teamUserName")
        self.user_edit.setAccessibleName(self.tr("Your name in the team"))
        self.user_edit.setAccessibleDescription(
            self.tr("Shown to colleagues as who sent, reminded or recalled an envelope.")
        )
        self.user_edit.setPlaceholderText(login_name)
        self.user_edit.setMaxLength(MAX_USER_NAME)
        form.addRow(self._label(self.tr("Your &name:"), self.user_edit), self.user_edit)

        self.environment_label = QLabel(self)
        self.environment_label.setObjectName("teamEnvironment")
        self.environment_label.setWordWrap(True)
        self.environment_label.hide()

        self.test_button = self._button(self.tr("&Test connection"), self._on_test_button_clicked)
        self.test_button.setObjectName("teamTestConnection")
        self.leave_button = self._button(self.tr("&Leave team mode"), self._on_leave_button_clicked)
        self.leave_button.setObjectName("teamLeave")
        self.leave_button.setAccessibleDescription(
            self.tr("Clears the address. This computer keeps its local copy and works alone.")
        )
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.test_button)
        buttons_row.addWidget(self.leave_button)
        buttons_row.addStretch(1)
        self.test_result_label = QLabel(self)
        self.test_result_label.setObjectName("teamTestResult")
        self.test_result_label.setWordWrap(True)
        self.test_result_label.setAccessibleName(self.tr("Connection test result"))

        self.restart_note = QLabel(self.tr("Changes take effect at the next start of the app."), self)
        self.restart_note.setObjectName("teamRestartNote")
        self.restart_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addWidget(self.environment_label)
        layout.addLayout(buttons_row)
        layout.addWidget(self.test_result_label)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # The whole example address shows, so the expected form (and sslmode) is readable before typing. Set
        # on the field, not the dialog: a dialog with its own minimum size no longer grows with its layout,
        # and a problem shown later would be squeezed into one line.
        self.address_edit.setMinimumWidth(
            self.address_edit.fontMetrics().horizontalAdvance(EXAMPLE_ADDRESS) + 40
        )
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.address_edit.textChanged.connect(self._on_address_edit_text_changed)
        self.user_edit.textChanged.connect(self._update_save_button)
        self.address_edit.setText(address)
        self.user_edit.setText(user_name)
        self._show_environment(environment_user_name.strip())
        self._on_address_edit_text_changed(self.address_edit.text())

    # -- public ---------------------------------------------------------------------------------------------

    def address_problem(self) -> str:
        """Why the typed address cannot be used, or "" (empty is fine: it means working alone)."""
        text = self.address_edit.text().strip()
        if not text or self._environment_address:
            return ""
        try:
            parse_team_address(text)
        except TeamAddressError as error:
            return self._problem_text(error.problem)
        return ""

    def user_name_problem(self) -> str:
        name = self.user_edit.text()
        if any(not character.isprintable() for character in name) or (name and not name.strip()):
            return self.tr("The name may not hold tabs, line breaks or only spaces.")
        return ""

    # -- slots ----------------------------------------------------------------------------------------------

    def _on_address_edit_text_changed(self, _text: str) -> None:
        problem = self.address_problem()
        self.address_problem_label.setText(problem)
        self.address_problem_label.setVisible(bool(problem))
        self._grow_to_fit()
        typed = self.address_edit.text().strip()
        self.leave_button.setEnabled(bool(typed) and not self._environment_address)
        self.password_edit.setEnabled(bool(typed) and not problem and not self._environment_address)
        self.test_button.setEnabled(bool(typed) and not problem and not self.test_running)
        self._update_state_label()
        self._update_save_button()

    def _grow_to_fit(self) -> None:
        """Taller when a wrapped text appears: a top-level dialog does not grow by itself for height-for-width
        labels, and the text would be squeezed into one line."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _update_save_button(self) -> None:
        problem = self.address_problem() or self.user_name_problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        user_problem = self.user_name_problem()
        if user_problem and not self.address_problem():
            self.address_problem_label.setText(user_problem)
            self.address_problem_label.show()
            self._grow_to_fit()

    def _update_state_label(self) -> None:
        typed = self.address_edit.text().strip()
        if self._environment_address:
            text = self.tr("Team mode is on (set by the environment).")
        elif not typed:
            text = (
                self.tr("After saving and restarting, this computer works alone. Its local copy stays.")
                if self._saved_address
                else self.tr("Team mode is off: this computer works alone.")
            )
        elif typed != self._saved_address.strip():
            text = self.tr("Team mode starts with this database at the next start.")
        else:
            text = self.tr("Team mode is on.")
        self.state_label.setText(text)

    def _on_leave_button_clicked(self) -> None:
        self.address_edit.clear()
        self.password_edit.clear()
        self.test_result_label.setText(
            self.tr("Save, then restart the app: it works alone again from its local copy.")
        )

    def _on_test_button_clicked(self) -> None:
        dsn, password = self._connection_to_test()
        if not dsn:
            return
        self.test_running = True
        self.test_button.setEnabled(False)
        self.test_result_label.setText(self.tr("Connecting…"))
        self.test_result_label.setStyleSheet("")
        self._work.start(TaskKey(TaskKind.TEAM_TEST), self._test(dsn, password))

    async def _test(self, dsn: str, password: str | None) -> None:
        try:
            result = await self._prober(dsn, password)
        except Exception:
            self._test_ended()
            raise  # to the runner's error handler
        self._test_ended()  # (cancelled: the dialog is gone, or the app is closing; nothing to show)
        self.test_result_label.setText(self._outcome_text(result, redact_dsn(dsn)))
        self._grow_to_fit()
        failed = result.outcome is not ProbeOutcome.CONNECTED
        self.test_result_label.setStyleSheet(
            f"color: {problem_colour(self.palette()).name()}" if failed else ""
        )

    def _test_ended(self) -> None:
        self.test_running = False
        self._on_address_edit_text_changed(self.address_edit.text())

    def _on_buttons_accepted(self) -> None:
        address = "" if self._environment_address else self.address_edit.text().strip()
        password = self.password_edit.text()
        if address and password:
            key = parse_team_address(address).keyring_username
            try:
                self._passwords.set(key, password)
            except OSError as error:
                self.address_problem_label.setText(
                    fill(self.tr("The password could not be saved in the keyring: %1"), error)
                )
                self.address_problem_label.show()
                return
        self.password_edit.clear()
        self._saved_address = address
        self.team_settings_changed.emit(address, self.user_edit.text().strip())
        self.accept()

    # -- helpers --------------------------------------------------------------------------------------------

    def _connection_to_test(self) -> tuple[str, str | None]:
        typed_password = self.password_edit.text() or None
        if self._environment_address:
            try:
                address: TeamAddress | None = parse_team_address(self._environment_address)
            except TeamAddressError:
                address = None  # e.g. the password is in the variable itself: libpq reads it from there
            stored = self._passwords.get(address.keyring_username) if address is not None else None
            return self._environment_address, stored
        try:
            address = parse_team_address(self.address_edit.text())
        except TeamAddressError:
            return "", None
        return address.dsn, typed_password or self._passwords.get(address.keyring_username)

    def _show_environment(self, environment_user_name: str) -> None:
        notes = []
        if self._environment_address:
            self.address_edit.setText(redact_dsn(self._environment_address))
            self.address_edit.setReadOnly(True)
            notes.append(
                fill(
                    self.tr(
                        "The address is fixed by the environment variable ESIGN_TEAM_DATABASE (%1). "
                        "To change it or leave team mode, change that variable."
                    ),
                    redact_dsn(self._environment_address),
                )
            )
        if environment_user_name:
            self.user_edit.setText(environment_user_name)
            self.user_edit.setReadOnly(True)
            notes.append(self.tr("Your name is fixed by the environment variable ESIGN_USER_NAME."))
        self.environment_label.setText(" ".join(notes))
        self.environment_label.setVisible(bool(notes))

    def _problem_text(self, problem: AddressProblem) -> str:
        return {
            AddressProblem.NOT_POSTGRESQL_URI: fill(
                self.tr("Enter a PostgreSQL address, for example %1"), EXAMPLE_ADDRESS
            ),
            AddressProblem.UNREADABLE: self.tr(
                "This address cannot be read: check the port (a number) and that it names one host."
            ),
            AddressProblem.HAS_PASSWORD: self.tr(
                "Remove the password from the address and type it in the Password field: it is kept "
                "in the keyring, not in the settings file."
            ),
            AddressProblem.NO_HOST: self.tr("Add the database server's host name after the @."),
            AddressProblem.NO_USER: self.tr(
                "Add the database user before the host: postgresql://USER@host/…"
            ),
            AddressProblem.NO_DATABASE: self.tr("Add the database name after the host: …@host/DATABASE"),
            AddressProblem.BAD_PORT: self.tr("The port must be a number from 1 to 65535."),
        }[problem]

    def _outcome_text(self, result: ProbeResult, where: str) -> str:
        texts = {
            ProbeOutcome.CONNECTED: fill(self.tr("Connected to PostgreSQL %1."), result.server_version),
            ProbeOutcome.REFUSED: fill(
                self.tr(
                    "%1 refused the connection: is PostgreSQL running there, and listening on that port "
                    "(listen_addresses)?"
                ),
                where,
            ),
            ProbeOutcome.UNKNOWN_HOST: self.tr(
                "The host name is unknown: check its spelling and the network."
            ),
            ProbeOutcome.AUTH_FAILED: self.tr(
                "The server refused the user or password (or pg_hba.conf does not let this computer in)."
            ),
            ProbeOutcome.NO_PASSWORD: self.tr(
                "The server asks for a password: type it in the Password field."
            ),
            ProbeOutcome.NO_DATABASE: self.tr("The server has no database of that name."),
            ProbeOutcome.NOT_POSTGRESQL: self.tr(
                "Something answers on that port, but it is not PostgreSQL: check the port."
            ),
            ProbeOutcome.TLS: self.tr(
                "The secure connection (TLS) failed: check the server's certificate and the address's "
                "sslmode."
            ),
            ProbeOutcome.TIMEOUT: self.tr(
                "No answer within a few seconds: check the host, the port and any firewall between."
            ),
            ProbeOutcome.OTHER: self.tr("The connection failed; the app's log names the reason."),
        }
        return texts[result.outcome]

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _button(self, text: str, on_clicked: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(on_clicked)
        return button

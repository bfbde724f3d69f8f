"""The accounts dialog: list, add, edit, test and remove Assently and GMO Sign accounts.

Secrets go to the keyring through the account service and are never shown again: the secret field of the
edit form starts empty, and leaving it empty keeps the saved secret. Network work (test connection, closing a
removed account's client) runs through an injected runner (ui/widget_work.py) so the dialog never blocks and
never nests an event loop; results come back to the widgets when the coroutine finishes, and a coroutine still
running when the dialog is deleted is cancelled.

The dialog talks to the service through the `AccountManager` protocol (AccountService fits it): importing the
service module itself would pull httpx into the UI layer.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.model import ProviderKind
from esign_desktop.providers.base import Provider
from esign_desktop.providers.errors import AuthenticationError, ProviderError
from esign_desktop.services.account_check_report import AccountCheckReport, Outcome
from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.storage.accounts import Account, AccountState, AccountStore
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.secrets import Secret, SecretKind, SecretStore
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.labels import keyring_note
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP
from esign_desktop.ui.widget_work import Runner, WidgetWork

# The services' published addresses. They mirror providers.assently / providers.gmosign (a test keeps them
# equal): those modules import httpx, which the UI layer must not.
ASSENTLY_PRODUCTION_URL = "https://app.assently.com"
ASSENTLY_TEST_URL = "https://test.assently.com"
GMOSIGN_PRODUCTION_URL = "https://api.gmo-exapi.net/gmosign"

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}

Reporter = Callable[[BaseException, str], None]
"""Shows an unexpected error: (error, what the person was doing). The app passes Notifier.report."""

Checker = Callable[[Account], Awaitable[AccountCheckReport]]
"""Runs `accounts check` for an account (default: services.account_check over the account manager)."""


class AccountManager(Protocol):
    """What the dialog needs from the account service (esign_desktop.services.accounts.AccountService)."""

    store: AccountStore
    secrets: SecretStore

    def add(
        self, provider: ProviderKind, name: str, secret: Secret, *, base_url: str = "", key_id: str = ""
    ) -> Account: ...

    def set_secret(self, account: Account, secret: Secret) -> Account: ...

    def update(
        self, account: Account, *, name: str, base_url: str, key_id: str, secret: Secret | None = None
    ) -> Account: ...

    def list(self) -> list[Account]: ...

    async def remove(self, account: Account) -> None: ...

    def provider_for(self, account_id: str) -> Provider: ...

    def open_client(self, account_id: str, *, transport: Any = None) -> Provider: ...

    def effective_base_url(self, account: Account) -> str: ...

    def secret_in_memory_only(self, account: Account) -> bool: ...


class RelayControl(Protocol):
    """Team mode's relay commands for an account (services.relay_connect.RelayConnections fits it)."""

    async def public_url_of(self, account: Account) -> str | None: ...

    async def connect(self, account: Account, public_url: str) -> int:
        """Register the account's callbacks to the relay; returns how many hooks were registered."""
        ...

    async def disconnect(self, account: Account) -> int:
        """Remove them again; returns how many went."""
        ...


class Host(StrEnum):
    PRODUCTION = "production"
    TEST = "test"  # Assently only
    CUSTOM = "custom"


class AuthMode(StrEnum):
    ACCESS_TOKEN = "access_token"  # noqa: S105 -- a mode, not a value
    API_KEY = "api_key"  # Assently API key + secret; GMO Sign always uses customer id + secret key


@dataclass(frozen=True, slots=True)
class AccountForm:
    """What the person typed in the add/edit form."""

    provider: ProviderKind
    name: str
    host: Host = Host.PRODUCTION
    custom_url: str = ""
    auth: AuthMode = AuthMode.ACCESS_TOKEN
    key_id: str = ""
    secret: str = ""

    @property
    def uses_key_id(self) -> bool:
        return self.provider is ProviderKind.GMOSIGN or self.auth is AuthMode.API_KEY

    def base_url(self) -> str:
        """The account's stored address; empty means the service's production address."""
        if self.host is Host.CUSTOM:
            return self.custom_url.strip().rstrip("/")
        if self.host is Host.TEST and self.provider is ProviderKind.ASSENTLY:
            return ASSENTLY_TEST_URL
        return ""


def form_for(account: Account) -> AccountForm:
    """The form's starting values for editing `account` (never its secret)."""
    url = account.base_url.rstrip("/")
    production = (
        ASSENTLY_PRODUCTION_URL if account.provider is ProviderKind.ASSENTLY else GMOSIGN_PRODUCTION_URL
    )
    if url in {"", production}:
        host, custom = Host.PRODUCTION, ""
    elif account.provider is ProviderKind.ASSENTLY and url == ASSENTLY_TEST_URL:
        host, custom = Host.TEST, ""
    else:
        host, custom = Host.CUSTOM, account.base_url
    auth = AuthMode.API_KEY if account.key_id else AuthMode.ACCESS_TOKEN
    return AccountForm(account.provider, account.name, host, custom, auth, account.key_id)


def display_address(account: Account) -> str:
    if account.base_url:
        return account.base_url
    return ASSENTLY_PRODUCTION_URL if account.provider is ProviderKind.ASSENTLY else GMOSIGN_PRODUCTION_URL


def state_text(state: AccountState) -> str:
    return {
        AccountState.OK: QCoreApplication.translate("AccountsDialog", "Ready"),
        AccountState.NEEDS_CREDENTIALS: QCoreApplication.translate("AccountsDialog", "Needs credentials"),
        AccountState.DISABLED: QCoreApplication.translate("AccountsDialog", "Disabled"),
    }[state]


def form_problems(
    form: AccountForm, others: list[Account], *, secret_required: bool, joinable: list[Account] | None = None
) -> list[str]:
    """Everything wrong with the form, as sentences; empty when it can be saved. `others`: the accounts
    other than the one being edited (names must be unique); `joinable`: team accounts this desktop may join
    by adding one of the same service and name."""
    problems = []
    name = form.name.strip()
    if not name:
        problems.append(QCoreApplication.translate("AccountsDialog", "Give the account a name."))
    elif joined_account(form, joinable or []) is not None:
        pass  # adding it joins the team's account
    elif any(account.name.casefold() == name.casefold() for account in others):
        message = QCoreApplication.translate(
            "AccountsDialog", "There is already an account called “%1”: choose another name."
        )
        problems.append(fill(message, name))
    if form.host is Host.CUSTOM:
        problem = custom_url_problem(form.custom_url)
        if problem:
            problems.append(problem)
    if form.uses_key_id and not form.key_id.strip():
        problems.append(
            QCoreApplication.translate("AccountsDialog", "Enter the customer id.")
            if form.provider is ProviderKind.GMOSIGN
            else QCoreApplication.translate("AccountsDialog", "Enter the API key.")
        )
    if secret_required and not form.secret:
        if form.provider is ProviderKind.GMOSIGN:
            problems.append(QCoreApplication.translate("AccountsDialog", "Enter the secret key."))
        elif form.auth is AuthMode.API_KEY:
            problems.append(QCoreApplication.translate("AccountsDialog", "Enter the API secret."))
        else:
            problems.append(QCoreApplication.translate("AccountsDialog", "Enter the personal access token."))
    return problems


def joined_account(form: AccountForm, joinable: list[Account]) -> Account | None:
    """The team's account that adding `form` joins: the same service and name."""
    name = form.name.strip().casefold()
    return next((a for a in joinable if a.provider is form.provider and a.name.casefold() == name), None)


def _scheme_and_host(url: str) -> tuple[str, str]:
    """The address's scheme and lower-case host name ("" when it has none or cannot be read)."""
    parts = urlsplit(url.strip())
    try:
        return parts.scheme, (parts.hostname or "").lower()
    except ValueError:
        return parts.scheme, ""


def relay_url_problem(url: str) -> str:
    """Why `url` cannot be the relay's public address, or "": https://, or http:// on this computer only
    (the services post callbacks to it from the internet)."""
    scheme, host = _scheme_and_host(url)
    if (scheme == "https" and host) or (scheme == "http" and _is_loopback(host)):
        return ""
    return QCoreApplication.translate(
        "AccountsDialog",
        "Enter the relay's public address, starting with https:// (the address IT set up for esign-relay).",
    )


def custom_url_problem(url: str) -> str:
    """Why a custom address cannot be used, or "" when it can: https://, or http:// on this computer only."""
    scheme, host = _scheme_and_host(url)
    if not url.strip():
        return QCoreApplication.translate(
            "AccountsDialog", "Enter the service's address, starting with https://."
        )
    if scheme not in {"https", "http"} or not host:
        return QCoreApplication.translate(
            "AccountsDialog", "The address must be a web address starting with https://."
        )
    if scheme == "http" and not _is_loopback(host):
        return QCoreApplication.translate(
            "AccountsDialog",
            "Use an https:// address: plain http would send your credentials unencrypted "
            "(it is allowed only for this computer: localhost, 127.0.0.1).",
        )
    return ""


def secret_label(form: AccountForm) -> str:
    if form.provider is ProviderKind.GMOSIGN:
        return QCoreApplication.translate("AccountsDialog", "Secret key")
    if form.auth is AuthMode.API_KEY:
        return QCoreApplication.translate("AccountsDialog", "API secret")
    return QCoreApplication.translate("AccountsDialog", "Personal access token")


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _stored_secret(secrets: SecretStore, account_id: str) -> Secret | None:
    return next(
        (secret for kind in SecretKind if (secret := secrets.get(account_id, kind)) is not None), None
    )


class AccountFormPage(QWidget):
    """The add/edit form. The dialog validates against its accounts and saves.

    Signals:
    save_requested(): the person pressed Save with a valid form.
    cancelled(): the person pressed Cancel.
    """

    save_requested = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self._editing: Account | None = None
        self._has_stored_secret = False
        self._others: list[Account] = []
        self._joinable: list[Account] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("accountFormHeading")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("accountName")
        self.name_edit.setAccessibleName(self.tr("Account name"))
        self.provider_combo = QComboBox(self)
        self.provider_combo.setObjectName("accountProvider")
        self.provider_combo.setAccessibleName(self.tr("Service"))
        for kind in ProviderKind:
            self.provider_combo.addItem(kind.label, kind)
        self.host_combo = QComboBox(self)
        self.host_combo.setObjectName("accountHost")
        self.host_combo.setAccessibleName(self.tr("Service address"))
        self.custom_url_edit = QLineEdit(self)
        self.custom_url_edit.setObjectName("accountCustomUrl")
        self.custom_url_edit.setAccessibleName(self.tr("Custom address"))
        self.custom_url_edit.setPlaceholderText("https://")
        self.auth_combo = QComboBox(self)
        self.auth_combo.setObjectName("accountAuth")
        self.auth_combo.setAccessibleName(self.tr("Sign-in method"))
        self.auth_combo.addItem(self.tr("Personal access token"), AuthMode.ACCESS_TOKEN)
        self.auth_combo.addItem(self.tr("API key and secret"), AuthMode.API_KEY)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("accountKeyId")
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("accountSecret")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("accountFormProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Problems with the account details"))
        self.join_label = QLabel(self)
        self.join_label.setObjectName("accountJoinNote")
        self.join_label.setWordWrap(True)
        self.join_label.hide()

        self.form_layout = QFormLayout()
        self.form_layout.addRow(self.tr("&Name:"), self.name_edit)
        self.form_layout.addRow(self.tr("&Service:"), self.provider_combo)
        self.form_layout.addRow(self.tr("&Address:"), self.host_combo)
        self.form_layout.addRow(self.tr("&Custom address:"), self.custom_url_edit)
        self.form_layout.addRow(self.tr("Sign-&in method:"), self.auth_combo)
        self.form_layout.addRow(self.tr("&Key:"), self.key_edit)
        self.form_layout.addRow(self.tr("S&ecret:"), self.secret_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("accountSave")
        self.save_button.setAccessibleName(self.tr("Save account"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("accountCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.cancelled)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.join_label)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.provider_combo.currentIndexChanged.connect(self._on_provider_changed)
        for combo in (self.host_combo, self.auth_combo):
            combo.currentIndexChanged.connect(self._update)
        for edit in (self.name_edit, self.custom_url_edit, self.key_edit, self.secret_edit):
            edit.textChanged.connect(self._update)
        self._fill_hosts()
        self._update()

    @property
    def editing(self) -> Account | None:
        return self._editing

    def start_add(self, accounts: list[Account], *, joinable: list[Account] | None = None) -> None:
        """`joinable`: team mode's accounts, which adding one of the same service and name joins."""
        self._editing = None
        self._has_stored_secret = False
        self._others = list(accounts)
        self._joinable = list(joinable or [])
        self.heading.setText(self.tr("Add an account"))
        self.provider_combo.setEnabled(True)
        self.set_form(AccountForm(ProviderKind.ASSENTLY, ""))
        self.name_edit.setFocus()

    def start_edit(self, account: Account, accounts: list[Account], *, has_stored_secret: bool) -> None:
        self._editing = account
        self._has_stored_secret = has_stored_secret
        self._others = [other for other in accounts if other.id != account.id]
        self._joinable = []
        self.heading.setText(self.tr("Edit “%1”").replace("%1", account.name))
        # The cached envelopes belong to one service: changing it would be a different account.
        self.provider_combo.setEnabled(False)
        self.set_form(form_for(account))
        self.name_edit.setFocus()

    def set_form(self, form: AccountForm) -> None:
        self.provider_combo.setCurrentIndex(self.provider_combo.findData(form.provider))
        self._fill_hosts()
        self.name_edit.setText(form.name)
        self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(form.host)))
        self.custom_url_edit.setText(form.custom_url)
        self.auth_combo.setCurrentIndex(self.auth_combo.findData(form.auth))
        self.key_edit.setText(form.key_id)
        self.secret_edit.setText(form.secret)
        self._update()

    def form(self) -> AccountForm:
        return AccountForm(
            provider=ProviderKind(self.provider_combo.currentData()),
            name=self.name_edit.text(),
            host=Host(self.host_combo.currentData() or Host.PRODUCTION),
            custom_url=self.custom_url_edit.text(),
            auth=AuthMode(self.auth_combo.currentData()),
            key_id=self.key_edit.text(),
            secret=self.secret_edit.text(),
        )

    def secret_required(self) -> bool:
        """A new account, one without a saved secret, or one whose sign-in method changed needs a secret."""
        if self._editing is None or not self._has_stored_secret:
            return True
        form = self.form()
        return bool(self._editing.key_id) != form.uses_key_id

    def joining(self) -> Account | None:
        """The team's account that saving this form joins (adding in team mode with its service and name)."""
        if self._editing is not None:
            return None
        return joined_account(self.form(), self._joinable)

    def problems(self) -> list[str]:
        form = self.form()
        joining = self.joining()
        if joining is not None:  # only the secret is this desktop's: the address and key are the team's
            form = replace(form_for(joining), name=form.name, secret=form.secret, host=Host.PRODUCTION)
        return form_problems(
            form, self._others, secret_required=self.secret_required(), joinable=self._joinable
        )

    def show_problem(self, text: str) -> None:
        """An error from saving (the store refused): shown where the validation problems are."""
        self.problems_label.setText(text)
        self.problems_label.setAccessibleDescription(text)

    def _on_provider_changed(self) -> None:
        self._fill_hosts()
        self._update()

    def _fill_hosts(self) -> None:
        kind = ProviderKind(self.provider_combo.currentData())  # Qt hands StrEnum data back as str
        previous = self.host_combo.currentData()
        self.host_combo.blockSignals(True)
        self.host_combo.clear()
        if kind is ProviderKind.GMOSIGN:
            self.host_combo.addItem(self.tr("Production (api.gmo-exapi.net)"), Host.PRODUCTION)
        else:
            self.host_combo.addItem(self.tr("Production (app.assently.com)"), Host.PRODUCTION)
            self.host_combo.addItem(self.tr("Test (test.assently.com)"), Host.TEST)
        self.host_combo.addItem(self.tr("Custom address…"), Host.CUSTOM)
        self.host_combo.setCurrentIndex(max(0, self.host_combo.findData(previous)))
        self.host_combo.blockSignals(False)

    def _update(self) -> None:
        form = self.form()
        joining = self.joining()
        if joining is not None:
            form = replace(form_for(joining), name=form.name, secret=form.secret)
            self.join_label.setText(
                fill(
                    self.tr(
                        "“%1” is your team's account: saving joins it with this computer's own copy of its "
                        "secret, kept in this computer's keyring (never in the team database)."
                    ),
                    joining.name,
                )
            )
        self.join_label.setVisible(joining is not None)
        is_gmo = form.provider is ProviderKind.GMOSIGN
        self.form_layout.setRowVisible(self.host_combo, joining is None)
        self.form_layout.setRowVisible(self.custom_url_edit, form.host is Host.CUSTOM and joining is None)
        self.form_layout.setRowVisible(self.auth_combo, not is_gmo and joining is None)
        self.form_layout.setRowVisible(self.key_edit, form.uses_key_id and joining is None)
        key_label = self.tr("Customer &id:") if is_gmo else self.tr("API &key:")
        self._set_label(self.key_edit, key_label)
        self.key_edit.setAccessibleName(key_label.replace("&", "").rstrip(":"))
        secret_name = secret_label(form)
        self._set_label(self.secret_edit, f"{secret_name}:")
        self.secret_edit.setAccessibleName(secret_name)
        if self.secret_required():
            self.secret_edit.setPlaceholderText(self.tr("Required"))
        else:
            self.secret_edit.setPlaceholderText(self.tr("Unchanged (leave empty to keep the saved one)"))
        problems = self.problems()
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setAccessibleDescription(" ".join(problems))
        self.save_button.setEnabled(not problems)

    def _set_label(self, field: QWidget, text: str) -> None:
        label = self.form_layout.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(text)

    def _on_save_clicked(self) -> None:
        if not self.problems():
            self.save_requested.emit()


class AccountsDialog(QDialog):
    """Accounts: list with state, add / edit / remove (confirmed inline) / test connection.

    Open it with `open()` or `show()`, never `exec()`.

    Signals:
    accounts_changed(): an account was added, edited, removed, or its state changed.
    """

    accounts_changed = Signal()

    COLUMNS = (
        QT_TRANSLATE_NOOP("AccountsDialog", "Name"),
        QT_TRANSLATE_NOOP("AccountsDialog", "Service"),
        QT_TRANSLATE_NOOP("AccountsDialog", "Address"),
        QT_TRANSLATE_NOOP("AccountsDialog", "State"),
    )

    def __init__(
        self,
        accounts: AccountManager,
        parent: QWidget | None = None,
        *,
        run: Runner | None = None,
        report: Reporter | None = None,
        check: Checker | None = None,
        relay: RelayControl | None = None,
    ) -> None:
        """`run` starts background work (default: a task on the running loop; either way it is cancelled when
        the dialog is deleted, not when it is closed, since the app opens it again); `report` shows unexpected
        errors (default: they propagate out of the task, to the runner's error handler); `check` runs the
        account check (default: services.account_check with a client of its own). `relay`: team mode (the
        relay buttons show, and adding an account of the team's service and name joins it)."""
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.setAccessibleName(self.tr("Accounts"))
        self.setModal(False)
        self.resize(820, 460)  # the Swedish state "Inloggningsuppgifter behövs" fits without scrolling
        self._accounts = accounts
        self._work = WidgetWork(self, run=run)
        self._report = report
        self._testing: set[str] = set()
        self._checking: set[str] = set()
        self._check: Checker = check or self._default_check
        self._removing: Account | None = None  # being removed now
        self._pending_removal: Account | None = None  # waiting for the person to confirm
        self._relay = relay
        self._relay_urls: dict[str, str | None] = {}  # account id -> its relay address (None: not connected)
        self._relay_busy: set[str] = set()

        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleName(self.tr("Password storage"))
        note = "" if accounts.secrets.is_persistent() else keyring_note()
        self.keyring_note.setText(note)
        self.keyring_note.setVisible(bool(note))

        self.pages = QStackedWidget(self)
        self.list_page = QWidget(self.pages)
        self.table = QTreeWidget(self.list_page)
        self.table.setObjectName("accountsList")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemDoubleClicked.connect(self.edit_selected)

        self.add_button = self._button("accountAdd", self.tr("&Add…"), self.tr("Add an account"))
        self.edit_button = self._button(
            "accountEdit", self.tr("&Edit…"), self.tr("Edit the selected account")
        )
        self.remove_button = self._button(
            "accountRemove", self.tr("&Remove…"), self.tr("Remove the selected account")
        )
        self.test_button = self._button(
            "accountTest", self.tr("&Test connection"), self.tr("Test the selected account's connection")
        )
        self.check_button = self._button(
            "accountCheck",
            self.tr("Chec&k account…"),
            self.tr("Check the selected account with harmless calls and show what matched"),
        )
        self.check_button.setToolTip(
            self.tr(
                "Makes only harmless calls (Assently: a draft that is deleted at once; GMO Sign: a lookup) "
                "and compares every answer with what this app relies on."
            )
        )
        self.relay_connect_button = self._button(
            "accountRelayConnect",
            self.tr("Connect re&lay…"),
            self.tr("Send the selected account's status callbacks to the office's relay"),
        )
        self.relay_connect_button.setToolTip(
            self.tr(
                "Registers the service's status callbacks to the office's esign-relay, so that every desktop "
                "learns of signatures and completions (GMO Sign can report them no other way)."
            )
        )
        self.relay_disconnect_button = self._button(
            "accountRelayDisconnect",
            self.tr("Disconnect rela&y"),
            self.tr("Remove the selected account's callbacks from the relay"),
        )
        self.relay_connect_button.clicked.connect(self.ask_relay_url)
        self.relay_disconnect_button.clicked.connect(self.disconnect_relay_selected)
        for button in (self.relay_connect_button, self.relay_disconnect_button):
            button.setVisible(relay is not None)
        self.close_button = self._button("accountsClose", self.tr("Close"), self.tr("Close accounts"))
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.ask_remove_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.check_button.clicked.connect(self.check_selected)
        self.close_button.clicked.connect(self.close)

        self.confirm_bar = QFrame(self.list_page)
        self.confirm_bar.setObjectName("removeConfirmation")
        self.confirm_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_label = QLabel(self.confirm_bar)
        self.confirm_label.setWordWrap(True)
        self.confirm_remove_button = self._button(
            "accountRemoveConfirm", self.tr("Remove account"), self.tr("Confirm removing the account")
        )
        self.confirm_keep_button = self._button(
            "accountRemoveCancel", self.tr("Keep it"), self.tr("Cancel removing the account")
        )
        self.confirm_remove_button.clicked.connect(self.confirm_remove)
        self.confirm_keep_button.clicked.connect(self.cancel_remove)
        confirm_layout = QHBoxLayout(self.confirm_bar)
        confirm_layout.addWidget(self.confirm_label, 1)
        confirm_layout.addWidget(self.confirm_remove_button)
        confirm_layout.addWidget(self.confirm_keep_button)
        self.confirm_bar.hide()

        self.relay_bar = QFrame(self.list_page)
        self.relay_bar.setObjectName("relayAddress")
        self.relay_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.relay_url_label = QLabel(self.tr("Relay's p&ublic address:"), self.relay_bar)
        self.relay_url_edit = QLineEdit(self.relay_bar)
        self.relay_url_edit.setObjectName("relayUrl")
        self.relay_url_edit.setAccessibleName(self.tr("Relay's public address"))
        self.relay_url_edit.setPlaceholderText("https://esign-callbacks.example.com")
        self.relay_url_label.setBuddy(self.relay_url_edit)
        self.relay_url_problem = QLabel(self.relay_bar)
        self.relay_url_problem.setObjectName("relayUrlProblem")
        self.relay_url_problem.setWordWrap(True)
        self.relay_confirm_button = self._button(
            "relayConnectConfirm", self.tr("Connect"), self.tr("Connect the account to the relay")
        )
        self.relay_cancel_button = self._button(
            "relayConnectCancel", self.tr("Cancel"), self.tr("Do not connect the relay")
        )
        self.relay_confirm_button.clicked.connect(self.connect_relay_selected)
        self.relay_cancel_button.clicked.connect(self.cancel_relay)
        self.relay_url_edit.textChanged.connect(self._update_relay_bar)
        self.relay_url_edit.returnPressed.connect(self.connect_relay_selected)
        relay_row = QHBoxLayout()
        relay_row.addWidget(self.relay_url_label)
        relay_row.addWidget(self.relay_url_edit, 1)
        relay_row.addWidget(self.relay_confirm_button)
        relay_row.addWidget(self.relay_cancel_button)
        relay_layout = QVBoxLayout(self.relay_bar)
        relay_layout.addLayout(relay_row)
        relay_layout.addWidget(self.relay_url_problem)
        self.relay_bar.hide()

        self.credentials_bar = QFrame(self.list_page)
        self.credentials_bar.setObjectName("credentialsNeeded")
        self.credentials_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.credentials_label = QLabel(self.credentials_bar)
        self.credentials_label.setWordWrap(True)
        self.enter_secret_button = self._button(
            "accountEnterSecret", self.tr("E&nter secret…"), self.tr("Enter the selected account's secret")
        )
        self.enter_secret_button.clicked.connect(self.edit_selected)
        credentials_layout = QHBoxLayout(self.credentials_bar)
        credentials_layout.addWidget(self.credentials_label, 1)
        credentials_layout.addWidget(self.enter_secret_button)
        self.credentials_bar.hide()

        self.relay_label = QLabel(self.list_page)
        self.relay_label.setObjectName("accountRelay")
        self.relay_label.setWordWrap(True)
        self.relay_label.setAccessibleName(self.tr("Relay"))
        self.relay_label.setVisible(relay is not None)

        self.status_label = QLabel(self.list_page)
        self.status_label.setObjectName("accountsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Account status"))

        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.test_button,
            self.check_button,
            self.relay_connect_button,
            self.relay_disconnect_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top, 1)
        list_layout.addWidget(self.credentials_bar)
        list_layout.addWidget(self.confirm_bar)
        list_layout.addWidget(self.relay_bar)
        list_layout.addWidget(self.relay_label)
        list_layout.addWidget(self.status_label)

        self.form_page = AccountFormPage(self.pages)
        self.form_page.save_requested.connect(self.save_form)
        self.form_page.cancelled.connect(self.show_list)
        self.report_page = QWidget(self.pages)
        self.report_title = QLabel(self.report_page)
        self.report_title.setObjectName("checkReportTitle")
        self.report_title.setWordWrap(True)
        self.report_view = QPlainTextEdit(self.report_page)
        self.report_view.setObjectName("checkReport")
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Account check report"))
        self.report_back_button = self._button(
            "checkReportBack", self.tr("&Back to accounts"), self.tr("Back to the list of accounts")
        )
        self.report_back_button.clicked.connect(self.show_list)
        report_layout = QVBoxLayout(self.report_page)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_title)
        report_layout.addWidget(self.report_view, 1)
        report_buttons = QHBoxLayout()
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.report_back_button)
        report_layout.addLayout(report_buttons)

        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.report_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.pages, 1)
        self.refresh()

    # list

    def refresh(self) -> None:
        """Reload the list from the service, keeping the selection."""
        selected = self.selected_account()
        self.table.clear()
        for account in self._accounts.list():
            memory_only = account.state is AccountState.OK and self._accounts.secret_in_memory_only(account)
            state = self.tr("Ready (not saved)") if memory_only else state_text(account.state)
            item = QTreeWidgetItem([account.name, account.provider.label, display_address(account), state])
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            if account.state is AccountState.NEEDS_CREDENTIALS:
                item.setToolTip(3, self.tr("Edit the account and enter its secret again."))
            elif memory_only:
                item.setToolTip(
                    3,
                    self.tr(
                        "No keyring is available: the secret is kept in memory only and you will be asked "
                        "for it again next time."
                    ),
                )
            self.table.addTopLevelItem(item)
            if selected is not None and account.id == selected.id:
                item.setSelected(True)
                self.table.setCurrentItem(item)
        for column in range(len(self.COLUMNS)):
            self.table.resizeColumnToContents(column)
        self._update_buttons()

    def selected_account(self) -> Account | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self._accounts.store.get(items[0].data(0, Qt.ItemDataRole.UserRole))

    def select_account(self, account_id: str) -> None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == account_id:
                self.table.setCurrentItem(item)
                return

    def status_text(self) -> str:
        return self.status_label.text()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)

    def _update_buttons(self) -> None:
        account = self.selected_account()
        busy = self._removing is not None
        self.edit_button.setEnabled(account is not None and not busy)
        self.remove_button.setEnabled(account is not None and not busy)
        self.test_button.setEnabled(account is not None and account.id not in self._testing)
        self.check_button.setEnabled(account is not None and account.id not in self._checking)
        self.add_button.setEnabled(not busy)
        relay_known = account is not None and account.id in self._relay_urls
        relay_free = account is not None and account.id not in self._relay_busy and relay_known
        self.relay_connect_button.setEnabled(relay_free)
        self.relay_disconnect_button.setEnabled(
            relay_free and account is not None and self._relay_urls.get(account.id) is not None
        )
        self._show_relay(account)
        self._show_credentials_needed(account)

    def _show_credentials_needed(self, account: Account | None) -> None:
        if account is None or account.state is not AccountState.NEEDS_CREDENTIALS:
            self.credentials_bar.hide()
            return
        text = fill(
            self.tr(
                "“%1” needs its secret on this computer: until it is entered, its envelopes are not "
                "updated and nothing is sent from it."
            ),
            account.name,
        )
        self.credentials_label.setText(text)
        self.credentials_label.setAccessibleName(text)
        self.credentials_bar.show()

    # add / edit

    def add_account(self) -> None:
        self.cancel_remove()
        self.cancel_relay()
        accounts = self._accounts.list()
        self.form_page.start_add(accounts, joinable=accounts if self._relay is not None else None)
        self.pages.setCurrentWidget(self.form_page)

    def edit_selected(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        self.cancel_remove()
        has_secret = _stored_secret(self._accounts.secrets, account.id) is not None
        self.form_page.start_edit(account, self._accounts.list(), has_stored_secret=has_secret)
        self.pages.setCurrentWidget(self.form_page)
        if account.state is AccountState.NEEDS_CREDENTIALS:
            self.form_page.secret_edit.setFocus()  # what is missing

    def save_form(self) -> None:
        form = self.form_page.form()
        joining = self.form_page.joining()
        try:
            if joining is not None:
                # Team mode: this desktop joins the team's account with its own copy of the secret.
                saved = self._accounts.set_secret(joining, Secret(form.secret))
                message = fill(
                    self.tr("Joined the team's account “%1”; its secret is kept in this computer's keyring."),
                    saved.name,
                )
            elif self.form_page.editing is None:
                saved = self._add(form)
                message = self.tr("Added “%1”.").replace("%1", saved.name)
            else:
                saved = self._update(self.form_page.editing, form)
                message = self.tr("Saved “%1”.").replace("%1", saved.name)
        except StorageError as error:
            self.form_page.show_problem(error_text(error))
            return
        self.form_page.secret_edit.clear()
        self.refresh()
        self.select_account(saved.id)
        self._set_status(message)
        self.show_list()
        self.accounts_changed.emit()

    def _add(self, form: AccountForm) -> Account:
        return self._accounts.add(
            form.provider,
            form.name,
            Secret(form.secret),
            base_url=form.base_url(),
            key_id=form.key_id.strip() if form.uses_key_id else "",
        )

    def _update(self, account: Account, form: AccountForm) -> Account:
        return self._accounts.update(
            account,
            name=form.name,
            base_url=form.base_url(),
            key_id=form.key_id.strip() if form.uses_key_id else "",
            secret=Secret(form.secret) if form.secret else None,
        )

    # remove

    def ask_remove_selected(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        self._pending_removal = account
        self.confirm_label.setText(
            self.tr(
                "Remove “%1”? Its envelopes and unsent items are forgotten on this computer and its saved "
                "secret is deleted. Nothing is deleted at the service."
            ).replace("%1", account.name)
        )
        self.confirm_label.setAccessibleName(self.confirm_label.text())
        self.confirm_bar.show()
        self.confirm_keep_button.setFocus()

    def cancel_remove(self) -> None:
        self.confirm_bar.hide()
        self._pending_removal = None

    def confirm_remove(self) -> None:
        account = self._pending_removal
        self.confirm_bar.hide()
        self._pending_removal = None
        if account is None:
            return
        self._removing = account
        self._set_status(self.tr("Removing “%1”…").replace("%1", account.name))
        self._update_buttons()
        self._work.start(TaskKey(TaskKind.ACCOUNT_REMOVE, account.id), self._remove(account))

    async def _remove(self, account: Account) -> None:
        try:
            await self._accounts.remove(account)
        except (StorageError, ProviderError) as error:
            self._removing = None
            self._set_status(_error_text(error))
            self._update_buttons()
            return
        except Exception as error:  # noqa: BLE001 - reported by _unexpected, or re-raised
            self._removing = None
            self._unexpected(error, self.tr("Removing “%1”").replace("%1", account.name))
            return
        self._removing = None
        self.refresh()
        self._set_status(self.tr("Removed “%1”.").replace("%1", account.name))
        self.accounts_changed.emit()

    # relay (team mode; docs/team.md)

    def _on_selection_changed(self) -> None:
        self.cancel_relay()
        self._update_buttons()
        account = self.selected_account()
        if self._relay is not None and account is not None and account.id not in self._relay_urls:
            self._work.start(TaskKey(TaskKind.RELAY_STATUS, account.id), self._look_up_relay(account))

    async def _look_up_relay(self, account: Account) -> None:
        assert self._relay is not None
        try:
            url = await self._relay.public_url_of(account)
        except StorageError as error:
            self._set_status(fill(self.tr("“%1”: %2"), account.name, error_text(error)))
            return
        self._relay_urls[account.id] = url
        self._update_buttons()

    def _show_relay(self, account: Account | None) -> None:
        if self._relay is None or account is None:
            self.relay_label.clear()
            return
        if account.id not in self._relay_urls:
            text = self.tr("Relay: looking…")
        elif (url := self._relay_urls[account.id]) is None:
            text = self.tr("Relay: not connected. Status callbacks from the service do not reach the office.")
        else:
            text = fill(self.tr("Relay: the service's status callbacks go to %1."), url)
        self.relay_label.setText(text)
        self.relay_label.setAccessibleDescription(text)

    def ask_relay_url(self) -> None:
        account = self.selected_account()
        if account is None or self._relay is None:
            return
        self.cancel_remove()
        self.relay_url_edit.setText(self._relay_urls.get(account.id) or "")
        self._update_relay_bar()
        self.relay_bar.show()
        self.relay_url_edit.setFocus()

    def cancel_relay(self) -> None:
        self.relay_bar.hide()

    def _update_relay_bar(self) -> None:
        problem = relay_url_problem(self.relay_url_edit.text()) if self.relay_url_edit.text().strip() else ""
        self.relay_url_problem.setText(problem)
        self.relay_url_problem.setVisible(bool(problem))
        self.relay_confirm_button.setEnabled(bool(self.relay_url_edit.text().strip()) and not problem)

    def connect_relay_selected(self) -> None:
        account = self.selected_account()
        url = self.relay_url_edit.text().strip()
        if account is None or self._relay is None or relay_url_problem(url):
            return
        self.relay_bar.hide()
        self._relay_busy.add(account.id)
        self._set_status(fill(self.tr("Connecting “%1” to the relay…"), account.name))
        self._update_buttons()
        self._work.start(TaskKey(TaskKind.RELAY_CONNECT, account.id), self._connect_relay(account, url))

    def disconnect_relay_selected(self) -> None:
        account = self.selected_account()
        if account is None or self._relay is None or account.id in self._relay_busy:
            return
        self.cancel_relay()
        self._relay_busy.add(account.id)
        self._set_status(fill(self.tr("Disconnecting “%1” from the relay…"), account.name))
        self._update_buttons()
        self._work.start(TaskKey(TaskKind.RELAY_DISCONNECT, account.id), self._disconnect_relay(account))

    async def _connect_relay(self, account: Account, url: str) -> None:
        assert self._relay is not None
        await self._relay_step(
            account,
            self._relay.connect(account, url),
            self.tr("Connecting “%1” to the relay"),
            lambda count: fill(
                self.tr("“%1”: the service now sends %n status callback(s) to the relay at %2.", "", count),
                account.name,
                url,
            ),
        )

    async def _disconnect_relay(self, account: Account) -> None:
        assert self._relay is not None
        await self._relay_step(
            account,
            self._relay.disconnect(account),
            self.tr("Disconnecting “%1” from the relay"),
            lambda count: fill(
                self.tr("“%1”: disconnected from the relay (%n status callback(s) removed).", "", count),
                account.name,
            ),
        )

    async def _relay_step(
        self, account: Account, step: Awaitable[int], doing: str, done: Callable[[int], str]
    ) -> None:
        try:
            count = await step
        except (ProviderError, StorageError) as error:
            self._relay_busy.discard(account.id)
            self._relay_urls.pop(account.id, None)  # look again: part of it may have happened
            self._set_status(fill(self.tr("“%1”: %2"), account.name, _error_text(error)))
            self._on_selection_changed()
            return
        except Exception as error:  # noqa: BLE001 - reported by _unexpected, or re-raised
            self._relay_busy.discard(account.id)
            self._unexpected(error, fill(doing, account.name))
            return
        self._relay_busy.discard(account.id)
        self._relay_urls.pop(account.id, None)
        self._set_status(done(count))
        self._on_selection_changed()

    # test connection

    def test_selected(self) -> None:
        account = self.selected_account()
        if account is None or account.id in self._testing:
            return
        self._testing.add(account.id)
        self._set_status(self.tr("Testing “%1”…").replace("%1", account.name))
        self._update_buttons()
        self._work.start(TaskKey(TaskKind.ACCOUNT_TEST, account.id), self._test(account))

    async def _test(self, account: Account) -> None:
        failure: ProviderError | StorageError | None = None
        try:
            provider = self._accounts.provider_for(account.id)
            await provider.test_connection()
        except (ProviderError, StorageError) as error:
            failure = error
        except Exception as error:  # noqa: BLE001 - reported by _unexpected, or re-raised
            self._testing.discard(account.id)
            self._unexpected(error, self.tr("Testing “%1”").replace("%1", account.name))
            return
        finally:
            self._testing.discard(account.id)
        state_changed = False
        if isinstance(failure, AuthenticationError):
            self._set_state(account.id, AccountState.NEEDS_CREDENTIALS)
            state_changed = account.state is not AccountState.NEEDS_CREDENTIALS
        elif failure is None and account.state is AccountState.NEEDS_CREDENTIALS:
            self._set_state(account.id, AccountState.OK)
            state_changed = True
        if failure is None:
            self._set_status(self.tr("Connected to “%1”.").replace("%1", account.name))
        else:
            self._set_status(
                self.tr("“%1”: %2").replace("%1", account.name).replace("%2", _error_text(failure))
            )
        self.refresh()
        if state_changed:
            self.accounts_changed.emit()

    # account check (services/account_check.py; docs/accounts-check.md)

    def check_selected(self) -> None:
        account = self.selected_account()
        if account is None or account.id in self._checking:
            return
        self.cancel_remove()
        self._checking.add(account.id)
        self._set_status(self.tr("Checking “%1” with harmless calls…").replace("%1", account.name))
        self._update_buttons()
        self._work.start(TaskKey(TaskKind.ACCOUNT_CHECK, account.id), self._run_check(account))

    def _default_check(self, account: Account) -> Awaitable[AccountCheckReport]:
        from esign_desktop.services.account_check import AccountCheck  # the HTTP stack, loaded when needed

        accounts = self._accounts
        checker = AccountCheck(lambda a, transport: accounts.open_client(a.id, transport=transport))
        return checker.run(account, accounts.effective_base_url(account))

    async def _run_check(self, account: Account) -> None:
        try:
            report = await self._check(account)
        except (ProviderError, StorageError) as error:
            self._checking.discard(account.id)
            self._set_status(fill(self.tr("“%1”: %2"), account.name, _error_text(error)))
            self._update_buttons()
            return
        except Exception as error:  # noqa: BLE001 - reported by _unexpected, or re-raised
            self._checking.discard(account.id)
            self._unexpected(error, self.tr("Checking “%1”").replace("%1", account.name))
            return
        self._checking.discard(account.id)
        self.show_report(report)
        self._update_buttons()

    def show_report(self, report: AccountCheckReport) -> None:
        """Show a finished check: a translated summary, then every step with what matched and what not."""
        summary = fill(
            self.tr("%1 matched, %2 differ, %3 failed, %4 skipped."),
            str(report.count(Outcome.MATCHED)),
            str(report.count(Outcome.MISMATCH)),
            str(report.count(Outcome.FAILED)),
            str(report.count(Outcome.SKIPPED)),
        )
        if report.ok:
            verdict = self.tr("Check of “%1”: everything this app relies on matched.")
        else:
            verdict = self.tr(
                "Check of “%1”: not everything matched. The details below say what differs; please send "
                "them with a problem report."
            )
        self.report_title.setText(verdict.replace("%1", report.account_name) + " " + summary)
        self.report_view.setPlainText(report_text(report))
        self._set_status(self.report_title.text())
        self.pages.setCurrentWidget(self.report_page)
        self.report_back_button.setFocus()

    def _set_state(self, account_id: str, state: AccountState) -> None:
        with contextlib.suppress(StorageError):  # removed meanwhile: nothing to mark
            self._accounts.store.update_state(account_id, state)

    # plumbing

    def _unexpected(self, error: Exception, doing: str) -> None:
        """A bug, not a condition the person can fix: say so here, and hand the details to the reporter."""
        self._set_status(
            self.tr("%1: something unexpected went wrong. The details are in the log.").replace("%1", doing)
        )
        self._update_buttons()
        if self._report is None:
            raise error
        self._report(error, doing)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # states change while the dialog is closed (a 401 during sync)
        super().showEvent(event)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button


OUTCOME_WORDS = {
    Outcome.MATCHED: QT_TRANSLATE_NOOP("AccountsDialog", "Matched"),
    Outcome.MISMATCH: QT_TRANSLATE_NOOP("AccountsDialog", "Differs"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("AccountsDialog", "Failed"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("AccountsDialog", "Skipped"),
}
# The steps' titles by their stable keys (services/account_check.py); the details stay in the service's
# English: they name API fields and are meant to be sent with a problem report.
STEP_TITLES = {
    "assently.connection": QT_TRANSLATE_NOOP("AccountsDialog", "Get a case that cannot exist (the nil GUID)"),
    "assently.find": QT_TRANSLATE_NOOP("AccountsDialog", "Find one page of cases"),
    "assently.create": QT_TRANSLATE_NOOP("AccountsDialog", "Create a draft case with a one-page test PDF"),
    "assently.read_back": QT_TRANSLATE_NOOP("AccountsDialog", "Read the draft back"),
    "assently.delete": QT_TRANSLATE_NOOP("AccountsDialog", "Delete the draft and see that it is gone"),
    "gmosign.connection": QT_TRANSLATE_NOOP("AccountsDialog", "Look up a document that cannot exist"),
}


def report_text(report: AccountCheckReport) -> str:
    """The report's steps, titles and outcome words translated, details as the service wrote them."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("AccountsDialog", text)

    lines: list[str] = []
    for item in report.items:
        title = tr(STEP_TITLES[item.key]) if item.key in STEP_TITLES else item.title
        lines.append(f"[{tr(OUTCOME_WORDS[item.outcome])}] {title}")
        lines.append(f"    {item.verifies}")
        if item.error:
            lines.append(f"    {item.error}")
        lines.extend(f"    {'✓' if finding.ok else '✗'} {finding.text}" for finding in item.findings)
        lines.append("")
    return "\n".join(lines).rstrip()


def _error_text(error: ProviderError | StorageError) -> str:
    return error_text(error)

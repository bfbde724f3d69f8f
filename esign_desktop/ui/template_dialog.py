"""New envelope from a template stored at the service: choose account and template, name the envelope, fill
in the parties and the template's merge values, create. Non-modal; the work runs as a background task
(ui/widget_work.py), cancelled if the dialog is deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.capabilities import Action, capabilities_for
from esign_desktop.domain.model import Affiliation, Envelope, Party, PartyRole, new_id
from esign_desktop.domain.validation import Subject, Template, blocking, validate
from esign_desktop.providers.base import TemplateInfo, TemplateSend
from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.tasks import TaskKey, TaskKind
from esign_desktop.storage.accounts import Account
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP
from esign_desktop.ui.validation_texts import problem_text
from esign_desktop.ui.widget_work import Runner, WidgetWork

PARTY_COLUMNS = (
    QT_TRANSLATE_NOOP("TemplateDialog", "Name"),
    QT_TRANSLATE_NOOP("TemplateDialog", "Email"),
    QT_TRANSLATE_NOOP("TemplateDialog", "Organisation"),
)


class TemplateDialog(QDialog):
    """Signals:
    created(Envelope): the service made the envelope; it is in the local cache.
    """

    created = Signal(object)

    def __init__(
        self,
        actions: EnvelopeActions,
        accounts: list[Account],
        run: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New envelope from a template"))
        self.setAccessibleName(self.tr("New envelope from a template"))
        self._actions = actions
        self._work = WidgetWork(self, run=run)  # loading and creating end with the dialog
        self._accounts = [
            a for a in accounts if capabilities_for(a.provider).supports(Action.CREATE_FROM_TEMPLATE)
        ]

        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("templateAccount")
        self.account_combo.setAccessibleName(self.tr("Account"))
        for account in self._accounts:
            self.account_combo.addItem(f"{account.name} ({account.provider.label})", account.id)

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("templateChoice")
        self.template_combo.setAccessibleName(self.tr("Template"))
        self.template_id_edit = QLineEdit(self)
        self.template_id_edit.setObjectName("templateId")
        self.template_id_edit.setAccessibleName(self.tr("Template id"))
        self.template_id_edit.setPlaceholderText(self.tr("The template's id, as GMO Sign shows it"))
        self.template_stack = QStackedWidget(self)
        self.template_stack.addWidget(self.template_combo)
        self.template_stack.addWidget(self.template_id_edit)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("templateEnvelopeName")
        self.name_edit.setAccessibleName(self.tr("Envelope name"))

        self.parties = QTableWidget(1, len(PARTY_COLUMNS), self)
        self.parties.setObjectName("templateParties")
        self.parties.setAccessibleName(self.tr("Signers, in signing order"))
        self.parties.setHorizontalHeaderLabels([self.tr(c) for c in PARTY_COLUMNS])
        self.parties.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_party_button = QPushButton(self.tr("Add signer"), self)
        self.add_party_button.setAccessibleName(self.tr("Add a signer row"))
        self.add_party_button.clicked.connect(lambda: self.parties.insertRow(self.parties.rowCount()))

        self.merge_values = QTableWidget(2, 2, self)
        self.merge_values.setObjectName("templateMergeValues")
        self.merge_values.setAccessibleName(self.tr("Values for the template's fields"))
        self.merge_values.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.merge_values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("templateProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("templateCreate")
        self.create_button.setAccessibleName(self.tr("Create the envelope"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create_envelope)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Account"), self.account_combo)
        form.addRow(self.tr("&Template"), self.template_stack)
        form.addRow(self.tr("&Name"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Signers (in signing order)"), self))
        layout.addWidget(self.parties)
        layout.addWidget(self.add_party_button)
        layout.addWidget(QLabel(self.tr("Template field values"), self))
        layout.addWidget(self.merge_values)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

        self.account_combo.currentIndexChanged.connect(self._on_account_combo_changed)
        self._on_account_combo_changed()

    # -- state ----------------------------------------------------------------------------------------------

    def account(self) -> Account | None:
        account_id = self.account_combo.currentData()
        return next((a for a in self._accounts if a.id == account_id), None)

    def _on_account_combo_changed(self) -> None:
        self._work.cancel(TaskKind.TEMPLATES_LOAD)  # the list of the account chosen before must not land now
        account = self.account()
        self.template_combo.clear()
        if account is None:
            self.problem_label.setText(self.tr("No account can make envelopes from templates."))
            self.create_button.setEnabled(False)
            return
        listed = capabilities_for(account.provider).supports(Action.LIST_TEMPLATES)
        self.template_stack.setCurrentWidget(self.template_combo if listed else self.template_id_edit)
        if listed:
            self.template_combo.addItem(self.tr("Loading templates…"))
            self._work.start(TaskKey(TaskKind.TEMPLATES_LOAD, account.id), self._load_templates(account))

    async def _load_templates(self, account: Account) -> None:
        try:
            templates = await self._actions.templates(account.id)
        except ProviderError as error:
            self.template_combo.clear()
            self.problem_label.setText(error_text(error))
            return
        self.show_templates(templates)

    def show_templates(self, templates: list[TemplateInfo]) -> None:
        self.template_combo.clear()
        for template in templates:
            self.template_combo.addItem(template.name, template.remote_id)
        if not templates:
            self.problem_label.setText(self.tr("This account has no templates yet."))

    def template_id(self) -> str:
        if self.template_stack.currentWidget() is self.template_id_edit:
            return self.template_id_edit.text().strip()
        return str(self.template_combo.currentData() or "")

    def request(self) -> TemplateSend:
        return TemplateSend(
            local_id=new_id(),
            template_id=self.template_id(),
            name=self.name_edit.text().strip() or self.template_combo.currentText(),
            parties=tuple(self._parties()),
            merge_values=self._merge_values(),
        )

    def _parties(self) -> list[Party]:
        account = self.account()
        caps = capabilities_for(account.provider) if account else None
        parties: list[Party] = []
        for row in range(self.parties.rowCount()):
            name, email, organisation = (self._cell(self.parties, row, c) for c in range(len(PARTY_COLUMNS)))
            if not (name or email):
                continue
            parties.append(
                Party(
                    id=new_id(),
                    role=PartyRole.SIGNER,
                    name=name,
                    email=email,
                    organisation=organisation,
                    order=len(parties) + 1,
                    sign_type=caps.default_sign_type(Affiliation.EXTERNAL) if caps else "",
                )
            )
        return parties

    def _merge_values(self) -> dict[str, str]:
        values = {}
        for row in range(self.merge_values.rowCount()):
            key = self._cell(self.merge_values, row, 0)
            if key:
                values[key] = self._cell(self.merge_values, row, 1)
        return values

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_cell(self, table: QTableWidget, row: int, column: int, text: str) -> None:
        if row >= table.rowCount():
            table.setRowCount(row + 1)
        table.setItem(row, column, QTableWidgetItem(text))

    def problems(self) -> list[str]:
        """What stops creating: the template, and the parties as the domain rules see them."""
        account = self.account()
        found = []
        if account is None:
            return [self.tr("Choose an account.")]
        if not self.template_id():
            found.append(self.tr("Choose a template."))
        request = self.request()
        probe = Envelope(
            local_id=request.local_id, provider=account.provider, name=request.name, parties=request.parties
        )
        found += [
            problem_text(p)
            for p in blocking(validate(probe, capabilities_for(account.provider)))
            if p.subject is Subject.PARTY or p.template is Template.NO_SIGNER
        ]
        return found

    # -- create ---------------------------------------------------------------------------------------------

    def create_envelope(self) -> None:
        problems = self.problems()
        if problems:
            self.problem_label.setText("\n".join(problems))
            return
        account = self.account()
        assert account is not None
        self.create_button.setEnabled(False)
        self.problem_label.setText(self.tr("Creating…"))
        self._work.start(
            TaskKey(TaskKind.TEMPLATE_SEND, account.id), self._create(account.id, self.request())
        )

    async def _create(self, account_id: str, request: TemplateSend) -> None:
        try:
            envelope = await self._actions.create_from_template(account_id, request)
        except ProviderError as error:
            self.problem_label.setText(error_text(error))
            self.create_button.setEnabled(True)
            return
        self.created.emit(envelope)
        self.accept()

"""The party editor: who the envelope goes to, in which order, and how each person signs.

Offers only what the provider supports (roles, in-house/external, sign types per affiliation, languages,
"any one of" groups), validates as the sender types with the domain's `validate()`, and puts each problem
under the input it is about. The list order is the signing order: drag a party, or use Move up/down
(Alt+Up/Alt+Down); parties given the same order number sign in parallel.

A view of the draft session: it shows the session's parties and problems (validated once per change, by the
session) and changes the parties only as steps in the session's history. Inputs report only what the person
did (textEdited, activated, clicked, a spin box's own steps), so filling the form from a party is never
mistaken for an edit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.capabilities import Capabilities, capabilities_for
from esign_desktop.domain.model import Affiliation, Envelope, Party, PartyRole, ProviderKind, new_id
from esign_desktop.domain.validation import Problem, Severity
from esign_desktop.services.draft_session import Change, ChangeReason
from esign_desktop.ui.editor.flow_layout import flow_container
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.editor.party_order import next_order, renumber_in_list_order
from esign_desktop.ui.editor.party_problem_fields import (
    PartyAttribute,
    is_field_party_problem,
    problems_by_attribute,
)
from esign_desktop.ui.editor.session_adapter import SessionAdapter
from esign_desktop.ui.labels import affiliation_label, party_name, role_label, sign_type_label
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.status_style import problem_colour
from esign_desktop.ui.validation_texts import problem_text

_PARTY_ID_ROLE = Qt.ItemDataRole.UserRole
_SWATCH_SIZE = 14
_MAX_ORDER = 99


def colour_swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(_SWATCH_SIZE, _SWATCH_SIZE)
    pixmap.fill(colour)
    return QIcon(pixmap)


class _OrderSpinBox(QSpinBox):
    """A spin box that tells apart the person's changes (arrows, typing) from setValue().

    Signals:
        edited(): the person stepped or typed a value.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().textEdited.connect(self._on_line_edit_text_edited)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.edited.emit()

    def _on_line_edit_text_edited(self, _text: str) -> None:
        self.interpretText()
        self.edited.emit()


class PartyEditor(QWidget):
    """Edit the envelope's parties.

    Signals:
        parties_changed(object): the edited parties, a tuple[Party, ...] in list (signing) order.
        party_selected(str): the party shown in the form changed ("" for none): new fields are for it.
    """

    parties_changed = Signal(object)
    party_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None, session: SessionAdapter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyEditor")
        self.session = session or SessionAdapter.for_envelope(
            Envelope(local_id="", provider=ProviderKind.ASSENTLY), parent=self
        )
        self._shown_provider: ProviderKind | None = None
        self._select_next = ""

        self.party_list = QListWidget(self)
        self.party_list.setObjectName("partyList")
        self.party_list.setAccessibleName(self.tr("Parties, in signing order"))
        self.party_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.party_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.party_list.currentItemChanged.connect(self._on_party_list_current_changed)
        self.party_list.model().rowsMoved.connect(self._on_party_list_rows_moved)

        self.add_buttons: dict[PartyRole, QPushButton] = {}
        for role, text in (
            (PartyRole.SIGNER, self.tr("Add sig&ner")),
            (PartyRole.APPROVER, self.tr("Add &approver")),
            (PartyRole.RECIPIENT, self.tr("Add recipient")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"add{role.value.capitalize()}")
            button.clicked.connect(lambda _checked=False, role=role: self.add_party(role))
            self.add_buttons[role] = button
        self.remove_button = self._button(self.tr("&Remove"), "removeParty", self.remove_selected)
        self.up_button = self._button(self.tr("Move up"), "movePartyUp", lambda: self.move_selected(-1))
        self.down_button = self._button(self.tr("Move down"), "movePartyDown", lambda: self.move_selected(1))
        self.up_button.setToolTip(self.tr("Sign earlier (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Sign later (Alt+Down)"))
        self._list_action("Alt+Up", lambda: self.move_selected(-1))
        self._list_action("Alt+Down", lambda: self.move_selected(1))
        self._list_action(QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected)

        self.party_problems = self._error_label("partyProblems")
        self.unowned_fields = self._error_label("unownedFields")
        self._build_inputs()
        self._build_layout()
        self.session.changed.connect(self._on_session_changed)
        self._follow(reset=True)

    # --- building ---------------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _list_action(self, keys: str | QKeySequence, slot: Callable[[], object]) -> None:
        action = QAction(self.party_list)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.party_list.addAction(action)

    def _problem_style(self, *, warning: bool) -> str:
        return f"color: {problem_colour(self.palette(), warning=warning).name()};"

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(self._problem_style(warning=False))
        label.setVisible(False)
        return label

    def _build_inputs(self) -> None:
        self.role_combo = QComboBox(self)
        self.affiliation_combo = QComboBox(self)
        self.order_spin = _OrderSpinBox(self)
        self.order_spin.setRange(1, _MAX_ORDER)
        self.order_spin.setToolTip(self.tr("Parties with the same number sign at the same time"))
        self.group_edit = QLineEdit(self)
        self.group_edit.setPlaceholderText(self.tr("e.g. A: any one of the group signing is enough"))
        self.name_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText("name@example.com")
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText("+46 70 123 45 67")
        self.language_combo = QComboBox(self)
        self.sign_type_combo = QComboBox(self)
        self.access_code_edit = QLineEdit(self)
        self.access_code_edit.setPlaceholderText(self.tr("Optional: a code you give the party separately"))
        self.attendant_email_edit = QLineEdit(self)
        self.attendant_email_edit.setPlaceholderText(self.tr("Who will be there when they sign"))
        self.delegate_check = QCheckBox(self.tr("May delegate signing to someone else"), self)

        self.inputs: dict[PartyAttribute, QWidget] = {
            PartyAttribute.ROLE: self.role_combo,
            PartyAttribute.AFFILIATION: self.affiliation_combo,
            PartyAttribute.ORDER: self.order_spin,
            PartyAttribute.GROUP: self.group_edit,
            PartyAttribute.NAME: self.name_edit,
            PartyAttribute.EMAIL: self.email_edit,
            PartyAttribute.PHONE: self.phone_edit,
            PartyAttribute.LANGUAGE: self.language_combo,
            PartyAttribute.SIGN_TYPE: self.sign_type_combo,
            PartyAttribute.ATTENDANT_EMAIL: self.attendant_email_edit,
        }
        self.error_labels = {
            attribute: self._error_label(f"{attribute.value}Error") for attribute in self.inputs
        }
        names = {
            self.role_combo: ("role", self.tr("Role")),
            self.affiliation_combo: ("affiliation", self.tr("In-house or external")),
            self.order_spin: ("order", self.tr("Signing order")),
            self.group_edit: ("group", self.tr("Any-one-of group")),
            self.name_edit: ("name", self.tr("Name")),
            self.organisation_edit: ("organisation", self.tr("Organisation")),
            self.email_edit: ("email", self.tr("Email")),
            self.phone_edit: ("phone", self.tr("Phone")),
            self.language_combo: ("language", self.tr("Language")),
            self.sign_type_combo: ("signType", self.tr("Sign type")),
            self.access_code_edit: ("accessCode", self.tr("Access code")),
            self.attendant_email_edit: ("attendantEmail", self.tr("Attendant's email")),
            self.delegate_check: ("mayDelegate", self.tr("May delegate")),
        }
        for widget, (object_name, accessible) in names.items():
            widget.setObjectName(object_name)
            widget.setAccessibleName(accessible)

        for line_edit in (
            self.group_edit,
            self.name_edit,
            self.organisation_edit,
            self.email_edit,
            self.phone_edit,
            self.access_code_edit,
            self.attendant_email_edit,
        ):
            line_edit.textEdited.connect(self._on_form_edited)
        for combo in (self.role_combo, self.affiliation_combo, self.language_combo, self.sign_type_combo):
            combo.activated.connect(self._on_form_edited)
        self.order_spin.edited.connect(self._on_form_edited)
        self.delegate_check.clicked.connect(self._on_form_edited)

    def _build_layout(self) -> None:
        self.form = QWidget(self)
        self.form.setObjectName("partyForm")
        form_layout = QFormLayout(self.form)
        self._form_layout = form_layout
        self._rows: dict[QWidget, QWidget] = {}

        def row(text: str, widget: QWidget, attribute: PartyAttribute | None = None) -> None:
            holder = QWidget(self.form)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.setSpacing(2)
            holder_layout.addWidget(widget)
            if attribute is not None:
                holder_layout.addWidget(self.error_labels[attribute])
            label = QLabel(text, self.form)
            label.setBuddy(widget)
            form_layout.addRow(label, holder)
            self._rows[widget] = holder

        row(self.tr("R&ole"), self.role_combo, PartyAttribute.ROLE)
        row(self.tr("&Where"), self.affiliation_combo, PartyAttribute.AFFILIATION)
        row(self.tr("Signing or&der"), self.order_spin, PartyAttribute.ORDER)
        row(self.tr("Any one of"), self.group_edit, PartyAttribute.GROUP)
        row(self.tr("Na&me"), self.name_edit, PartyAttribute.NAME)
        row(self.tr("Organisa&tion"), self.organisation_edit)
        row(self.tr("Emai&l"), self.email_edit, PartyAttribute.EMAIL)
        row(self.tr("P&hone"), self.phone_edit, PartyAttribute.PHONE)
        row(self.tr("Lan&guage"), self.language_combo, PartyAttribute.LANGUAGE)
        row(self.tr("Sign t&ype"), self.sign_type_combo, PartyAttribute.SIGN_TYPE)
        row(self.tr("Atte&ndant's email"), self.attendant_email_edit, PartyAttribute.ATTENDANT_EMAIL)
        form_layout.setRowVisible(self._rows[self.attendant_email_edit], False)
        row(self.tr("A&ccess code"), self.access_code_edit)
        form_layout.addRow(self.delegate_check)
        form_layout.addRow(self.party_problems)

        add_row, add_flow = flow_container(self)  # rows that wrap: the editor lives in a narrow rail
        for button in self.add_buttons.values():
            add_flow.addWidget(button)
        move_row, move_flow = flow_container(self)
        for button in (self.up_button, self.down_button, self.remove_button):
            move_flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(add_row)
        # A few rows tall, so the form below keeps its room in a short rail; the list scrolls beyond that.
        self.party_list.setMaximumHeight(self.party_list.fontMetrics().lineSpacing() * 7 + 8)
        layout.addWidget(self.party_list, 1)
        layout.addWidget(self.unowned_fields)
        layout.addWidget(move_row)
        layout.addWidget(self.form)
        self.setTabOrder(self.party_list, self.role_combo)

    # --- public API -------------------------------------------------------------------------------------
    def set_envelope(self, envelope: Envelope) -> None:
        """Start editing `envelope` (a new history); in the composer the window's session does this."""
        self.session.reset(envelope)

    @property
    def _envelope(self) -> Envelope:
        return self.session.envelope

    @property
    def _parties(self) -> tuple[Party, ...]:
        return self.session.envelope.parties

    @property
    def _capabilities(self) -> Capabilities:
        return capabilities_for(self.session.envelope.provider)

    @property
    def _problems(self) -> tuple[Problem, ...]:
        return self.session.problems

    def parties(self) -> tuple[Party, ...]:
        return self._parties

    def problems(self) -> list[Problem]:
        """Every problem `validate()` finds in the envelope (the session's, checked once per change)."""
        return list(self._problems)

    def current_party_id(self) -> str:
        item = self.party_list.currentItem()
        return str(item.data(_PARTY_ID_ROLE)) if item is not None else ""

    def select_party(self, party_id: str) -> bool:
        """Show `party_id` in the form and focus its first input with a problem (to jump to a problem)."""
        for row in range(self.party_list.count()):
            item = self.party_list.item(row)
            if item.data(_PARTY_ID_ROLE) == party_id:
                self.party_list.setCurrentItem(item)
                self._focus_first_problem()
                return True
        return False

    def add_party(self, role: PartyRole) -> Party:
        """Add an empty party of `role` at the end of the signing order and select it for typing."""
        caps = self._capabilities
        external = Affiliation.EXTERNAL
        affiliation = external if external in caps.affiliations else min(caps.affiliations)
        party = Party(
            id=new_id(),
            role=role,
            affiliation=affiliation,
            order=next_order(self._parties),
            sign_type=caps.default_sign_type(affiliation) if role is PartyRole.SIGNER else "",
        )
        self._commit((*self._parties, party), select=party.id, text=self.tr("Add party"))
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return party

    def remove_selected(self) -> None:
        party_id = self.current_party_id()
        if not party_id:
            return
        row = self.party_list.currentRow()
        remaining = tuple(p for p in self._parties if p.id != party_id)
        neighbour = remaining[min(row, len(remaining) - 1)].id if remaining else ""
        self._commit(remaining, select=neighbour, text=self.tr("Remove party"))

    def move_selected(self, delta: int) -> None:
        """Move the selected party `delta` places in the list (negative: earlier); renumbers the order."""
        row = self.party_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._parties):
            return
        parties = list(self._parties)
        parties.insert(target, parties.pop(row))
        moved = parties[target]
        # A moved party leaves its parallel group: give it a number of its own before renumbering.
        parties[target] = dataclasses.replace(moved, order=-1)
        self._commit(renumber_in_list_order(parties), select=moved.id, text=self.tr("Move party"))

    # --- following the session ------------------------------------------------------------------------
    def _on_session_changed(self, change: Change) -> None:
        self._follow(reset=change.reason is ChangeReason.RESET, parties_changed=change.parties_changed)

    def _follow(self, *, reset: bool, parties_changed: bool = True) -> None:
        provider = self.session.envelope.provider
        if provider is not self._shown_provider:
            self._shown_provider = provider
            self._fill_choices()
            parties_changed = True
        shown_ids = [self.party_list.item(r).data(_PARTY_ID_ROLE) for r in range(self.party_list.count())]
        if reset or (parties_changed and shown_ids != [p.id for p in self._parties]):
            self._rebuild_list(select=self._select_next or ("" if reset else self.current_party_id()))
        elif parties_changed:
            for row, party in enumerate(self._parties):  # same parties, same order: texts and form only
                item = self.party_list.item(row)
                if item.text() != self._item_text(party):
                    item.setText(self._item_text(party))
            self._refresh_form()
        self._revalidate()

    # --- list -------------------------------------------------------------------------------------------
    def _rebuild_list(self, select: str = "") -> None:
        self.party_list.clear()
        for index, party in enumerate(self._parties):
            item = QListWidgetItem(colour_swatch(party_colour(index)), self._item_text(party))
            item.setData(_PARTY_ID_ROLE, party.id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.party_list.addItem(item)
        row = next((i for i, p in enumerate(self._parties) if p.id == select), 0 if self._parties else -1)
        self.party_list.setCurrentRow(row)
        self._refresh_form()

    def _item_text(self, party: Party) -> str:
        text = f"{party.order}. {party_name(party)} · {role_label(party.role)}"
        if party.any_one_of_group:
            text += " · " + fill(self.tr("any one of %1"), party.any_one_of_group)
        return text

    def _on_party_list_current_changed(self, _current: QListWidgetItem | None, _previous: object) -> None:
        self._refresh_form()
        self._show_problems()
        self.party_selected.emit(self.current_party_id())

    def _on_party_list_rows_moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        _row: int,
    ) -> None:
        by_id = {p.id: p for p in self._parties}
        ids = [str(self.party_list.item(row).data(_PARTY_ID_ROLE)) for row in range(self.party_list.count())]
        if sorted(ids) != sorted(by_id) or not 0 <= start < len(self._parties):
            return
        moved_id = self._parties[start].id  # `start` is the dragged row's place before the move
        parties = [by_id[pid] for pid in ids]
        parties = [dataclasses.replace(p, order=-1) if p.id == moved_id else p for p in parties]
        selected = self.current_party_id() or moved_id
        self._commit(renumber_in_list_order(parties), select=selected, text=self.tr("Move party"))

    # --- form -------------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        caps = self._capabilities
        self.role_combo.clear()
        for role in PartyRole:
            if role in caps.party_roles:
                self.role_combo.addItem(role_label(role), role.value)
        self.affiliation_combo.clear()
        for affiliation in (Affiliation.EXTERNAL, Affiliation.IN_HOUSE):
            if affiliation in caps.affiliations:
                self.affiliation_combo.addItem(affiliation_label(affiliation), affiliation.value)
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("Service default"), "")
        for language in caps.languages:
            self.language_combo.addItem(language, language)
        for role, button in self.add_buttons.items():
            button.setVisible(role in caps.party_roles)
        self._form_layout.setRowVisible(self._rows[self.affiliation_combo], len(caps.affiliations) > 1)
        self._form_layout.setRowVisible(self._rows[self.group_edit], caps.supports_any_one_of)

    def _current_party(self) -> Party | None:
        party_id = self.current_party_id()
        return next((p for p in self._parties if p.id == party_id), None)

    def _refresh_form(self) -> None:
        party = self._current_party()
        self.form.setEnabled(party is not None)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(party is not None)
        if party is None:
            return
        _select_data(self.role_combo, party.role.value, fallback_text=party.role.value)
        affiliation = party.affiliation.value
        _select_data(self.affiliation_combo, affiliation, fallback_text=affiliation)
        if self.order_spin.value() != party.order:
            self.order_spin.setValue(max(1, min(party.order, _MAX_ORDER)))
        _set_text(self.group_edit, party.any_one_of_group)
        _set_text(self.name_edit, party.name)
        _set_text(self.organisation_edit, party.organisation)
        _set_text(self.email_edit, party.email)
        _set_text(self.phone_edit, party.phone)
        _set_text(self.access_code_edit, party.access_code)
        _set_text(self.attendant_email_edit, party.attendant_email)
        _select_data(self.language_combo, party.language, fallback_text=party.language)
        self._fill_sign_types(party)
        self.delegate_check.setChecked(party.may_delegate)

    def _fill_sign_types(self, party: Party) -> None:
        self.sign_type_combo.clear()
        for option in self._capabilities.sign_types.get(party.affiliation, ()):
            self.sign_type_combo.addItem(sign_type_label(option), option.code)
        _select_data(self.sign_type_combo, party.sign_type, fallback_text=party.sign_type)
        is_signer = party.role is PartyRole.SIGNER
        self.sign_type_combo.setEnabled(is_signer)
        self.sign_type_combo.setToolTip("" if is_signer else self.tr("Only signers have a sign type"))
        self._show_attendant_row(party)

    def _show_attendant_row(self, party: Party) -> None:
        """The attendant's email is asked for only where the sign type is signing in person."""
        in_person = (
            party.role is PartyRole.SIGNER and party.sign_type in self._capabilities.attendant_sign_types
        )
        self._form_layout.setRowVisible(self._rows[self.attendant_email_edit], in_person)

    def _on_form_edited(self, *_args: object) -> None:
        party = self._current_party()
        if party is None:
            return
        affiliation = Affiliation(self.affiliation_combo.currentData() or party.affiliation.value)
        role = PartyRole(self.role_combo.currentData() or party.role.value)
        sign_type = str(self.sign_type_combo.currentData() or "")
        known_codes = {o.code for o in self._capabilities.sign_types.get(affiliation, ())}
        switched = affiliation is not party.affiliation or role is not party.role
        if role is PartyRole.SIGNER and (switched or not sign_type) and sign_type not in known_codes:
            sign_type = self._capabilities.default_sign_type(affiliation)
        edited = dataclasses.replace(
            party,
            role=role,
            affiliation=affiliation,
            order=self.order_spin.value(),
            any_one_of_group=self.group_edit.text().strip(),
            name=self.name_edit.text(),
            organisation=self.organisation_edit.text(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            language=str(self.language_combo.currentData() or ""),
            sign_type=sign_type,
            access_code=self.access_code_edit.text(),
            attendant_email=self.attendant_email_edit.text().strip(),
            may_delegate=self.delegate_check.isChecked(),
        )
        if edited == party:
            return
        parties = tuple(edited if p.id == party.id else p for p in self._parties)
        sender = self.sender()
        key = f"party:{party.id}:{sender.objectName() if sender is not None else ''}"
        self.session.edit(
            lambda e: dataclasses.replace(e, parties=parties), self.tr("Edit party"), merge_key=key
        )
        self.parties_changed.emit(parties)

    # --- validation -------------------------------------------------------------------------------------
    def _commit(self, parties: tuple[Party, ...], select: str, text: str) -> None:
        self._select_next = select
        try:
            self.session.edit(lambda e: dataclasses.replace(e, parties=parties), text)
        finally:
            self._select_next = ""
        self.parties_changed.emit(parties)

    def _revalidate(self) -> None:
        for row in range(self.party_list.count()):
            item = self.party_list.item(row)
            mine = [p for p in self._problems if p.subject_id == item.data(_PARTY_ID_ROLE)]
            item.setToolTip("\n".join(problem_text(p) for p in mine))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, " ".join(problem_text(p) for p in mine))
        self._show_problems()

    def _show_problems(self) -> None:
        grouped = problems_by_attribute(self._problems, self.current_party_id())
        for attribute, label in self.error_labels.items():
            messages = [problem_text(p) for p in grouped.get(attribute, [])]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self.inputs[attribute].setAccessibleDescription(" ".join(messages))
        unowned = [problem_text(p) for p in self._problems if is_field_party_problem(p)]
        self.unowned_fields.setText("\n".join(unowned))
        self.unowned_fields.setVisible(bool(unowned))
        general = grouped.get(PartyAttribute.WHOLE, [])
        self.party_problems.setText("\n".join(problem_text(p) for p in general))
        only_warnings = all(p.severity is Severity.WARNING for p in general)
        self.party_problems.setStyleSheet(self._problem_style(warning=only_warnings))
        self.party_problems.setVisible(bool(general))

    def _focus_first_problem(self) -> None:
        grouped = problems_by_attribute(self._problems, self.current_party_id())
        for attribute, widget in self.inputs.items():
            if attribute in grouped and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _select_data(combo: QComboBox, value: str, fallback_text: str) -> None:
    """Select the item holding `value`; an unknown non-empty value is shown as-is so it can be corrected."""
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(fallback_text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))

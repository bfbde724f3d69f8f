from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.capabilities import ASSENTLY, GMOSIGN
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    Field,
    FieldKind,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.validation import validate
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.draft_autosave import DraftAutosaver
from esign_desktop.storage.database import Database
from esign_desktop.storage.drafts import DraftStore
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.editor.party_editor import PartyEditor
from esign_desktop.ui.editor.party_order import next_order, renumber_in_list_order
from esign_desktop.ui.editor.party_problem_fields import PartyAttribute, attribute_of, problems_by_attribute
from tests.pdf_factory import PageSpec, make_pdf

DOCUMENT = Document(id="d", file_name="lease.pdf", sha512="", size=0, pages=(PageInfo(595, 842),))


def _envelope(provider: ProviderKind, *parties: Party, fields: tuple[Field, ...] = ()) -> Envelope:
    return Envelope(
        local_id="e", provider=provider, name="Lease", documents=(DOCUMENT,), parties=parties, fields=fields
    )


@pytest.fixture
def editor(qtbot: QtBot) -> PartyEditor:
    widget = PartyEditor()
    qtbot.addWidget(widget)
    widget.set_envelope(_envelope(ProviderKind.GMOSIGN))
    return widget


def _visible_errors(editor: PartyEditor) -> dict[PartyAttribute, str]:
    return {a: label.text() for a, label in editor.error_labels.items() if not label.isHidden()}


def test_a_new_signer_is_flagged_and_fixed_as_you_type(qtbot: QtBot, editor: PartyEditor) -> None:
    emitted: list[tuple[Party, ...]] = []
    editor.parties_changed.connect(emitted.append)

    party = editor.add_party(PartyRole.SIGNER)

    assert editor.parties() == (party,)
    assert party.sign_type == GMOSIGN.default_sign_type(Affiliation.EXTERNAL)
    errors = _visible_errors(editor)
    assert errors[PartyAttribute.NAME] == "Every party needs a name."
    assert "email address" in errors[PartyAttribute.EMAIL]
    assert "no signature field" in editor.party_problems.text()

    QTest.keyClicks(editor.name_edit, "Anna Svensson")
    QTest.keyClicks(editor.email_edit, "anna@example")

    assert PartyAttribute.NAME not in _visible_errors(editor)
    assert "does not look right" in _visible_errors(editor)[PartyAttribute.EMAIL]
    QTest.keyClicks(editor.email_edit, ".com")
    assert _visible_errors(editor) == {}
    assert emitted[-1][0].name == "Anna Svensson"
    assert emitted[-1][0].email == "anna@example.com"
    assert editor.party_list.item(0).text().startswith("1. Anna Svensson")


def test_the_form_offers_only_what_the_provider_has(qtbot: QtBot) -> None:
    editor = PartyEditor()
    qtbot.addWidget(editor)
    editor.set_envelope(_envelope(ProviderKind.ASSENTLY))
    editor.show()
    qtbot.waitExposed(editor)

    assert editor.add_buttons[PartyRole.RECIPIENT].isHidden()
    editor.add_party(PartyRole.SIGNER)
    assert not editor.affiliation_combo.isVisible()  # Assently has external parties only
    assert [editor.language_combo.itemData(i) for i in range(editor.language_combo.count())] == [
        "",
        *ASSENTLY.languages,
    ]
    codes = [editor.sign_type_combo.itemData(i) for i in range(editor.sign_type_combo.count())]
    assert codes == [o.code for o in ASSENTLY.sign_types[Affiliation.EXTERNAL]]

    editor.set_envelope(_envelope(ProviderKind.GMOSIGN, Party(id="p", name="P", email="p@example.com")))
    assert not editor.add_buttons[PartyRole.RECIPIENT].isHidden()
    assert editor.affiliation_combo.isVisible()
    editor.close()


def test_switching_to_in_house_offers_the_in_house_sign_types(editor: PartyEditor) -> None:
    editor.add_party(PartyRole.SIGNER)
    combo = editor.affiliation_combo
    combo.setCurrentIndex(combo.findData(Affiliation.IN_HOUSE.value))
    combo.activated.emit(combo.currentIndex())

    party = editor.parties()[0]
    assert party.affiliation is Affiliation.IN_HOUSE
    in_house = GMOSIGN.sign_types[Affiliation.IN_HOUSE]
    assert party.sign_type == in_house[0].code
    labels = [editor.sign_type_combo.itemText(i) for i in range(editor.sign_type_combo.count())]
    assert labels == [o.label for o in in_house]

    editor.sign_type_combo.setCurrentIndex(1)
    editor.sign_type_combo.activated.emit(1)
    assert editor.parties()[0].sign_type == in_house[1].code


def test_signing_in_person_asks_for_the_attendant_email(editor: PartyEditor) -> None:
    editor.add_party(PartyRole.SIGNER)
    QTest.keyClicks(editor.name_edit, "Pia Holm")
    QTest.keyClicks(editor.email_edit, "pia@example.com")
    row = editor._rows[editor.attendant_email_edit]
    assert row.isHidden()  # e-signature: no attendant

    combo = editor.sign_type_combo
    combo.setCurrentIndex(combo.findData("3"))  # "Signature in person"
    combo.activated.emit(combo.currentIndex())

    assert not row.isHidden()
    assert "attendant" in _visible_errors(editor)[PartyAttribute.ATTENDANT_EMAIL]
    QTest.keyClicks(editor.attendant_email_edit, "desk")
    assert "does not look right" in _visible_errors(editor)[PartyAttribute.ATTENDANT_EMAIL]
    QTest.keyClicks(editor.attendant_email_edit, "@office.example")
    assert PartyAttribute.ATTENDANT_EMAIL not in _visible_errors(editor)
    assert editor.parties()[0].attendant_email == "desk@office.example"

    combo.setCurrentIndex(combo.findData("1"))
    combo.activated.emit(combo.currentIndex())
    assert row.isHidden()


def test_every_party_has_its_colour_and_order(editor: PartyEditor) -> None:
    for _ in range(3):
        editor.add_party(PartyRole.SIGNER)
    orders = [p.order for p in editor.parties()]
    assert orders == [1, 2, 3]
    icons = [editor.party_list.item(i).icon().pixmap(4, 4).toImage().pixelColor(1, 1) for i in range(3)]
    assert [c.name() for c in icons] == [party_colour(i).name() for i in range(3)]
    assert len({c.name() for c in icons}) == 3


def test_same_order_number_means_parallel_and_moving_renumbers(qtbot: QtBot, editor: PartyEditor) -> None:
    first, second, third = (editor.add_party(PartyRole.SIGNER) for _ in range(3))
    editor.select_party(second.id)
    editor.order_spin.setValue(1)  # sign together with the first
    assert [p.order for p in editor.parties()] == [1, 1, 3]

    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.select_party(third.id)
    editor.party_list.setFocus()
    QTest.keyClick(editor.party_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    assert [p.id for p in editor.parties()] == [first.id, third.id, second.id]
    assert [p.order for p in editor.parties()] == [1, 2, 3]
    assert editor.current_party_id() == third.id
    editor.close()


def test_dragging_a_party_reorders_and_renumbers(editor: PartyEditor) -> None:
    parties = [editor.add_party(PartyRole.SIGNER) for _ in range(3)]
    emitted: list[tuple[Party, ...]] = []
    editor.parties_changed.connect(emitted.append)

    model = editor.party_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop with InternalMove does

    assert [p.id for p in emitted[-1]] == [parties[2].id, parties[0].id, parties[1].id]
    assert [p.order for p in emitted[-1]] == [1, 2, 3]
    assert editor.party_list.item(0).text().startswith("1. ")


def test_remove_and_problem_jump(qtbot: QtBot, editor: PartyEditor) -> None:
    anna = Party(id="anna", name="Anna", email="anna@example.com")
    bert = Party(id="bert", name="Bert", email="not-an-email", order=2)
    signature = Field(
        id="f", kind=FieldKind.SIGNATURE, document=0, page=1, rect=PageRect(0, 0, 0.2, 0.1), party_id="anna"
    )
    editor.set_envelope(_envelope(ProviderKind.GMOSIGN, anna, bert, fields=(signature,)))
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()

    assert editor.select_party("bert")
    assert editor.email_edit.hasFocus()
    assert editor.select_party("anna")
    assert _visible_errors(editor) == {}
    assert editor.party_problems.isHidden()  # Anna has her signature field

    assert editor.unowned_fields.isHidden()
    editor.remove_selected()
    assert [p.id for p in editor.parties()] == ["bert"]
    assert "no longer in the envelope" in editor.unowned_fields.text()  # Anna's field lost its party
    assert not editor.unowned_fields.isHidden()
    assert not editor.select_party("anna")
    editor.close()


def test_every_domain_party_message_maps_to_its_input() -> None:
    in_house_on_assently = Party(id="a", affiliation=Affiliation.IN_HOUSE, name="A", email="a@example.com")
    recipient_on_assently = Party(id="r", role=PartyRole.RECIPIENT, name="R", email="r@example.com")
    broken = Party(id="b", email="bad", phone="x", order=0, sign_type="zz", language="xx")
    nobody = Party(id="n", role=PartyRole.APPROVER)
    twin = Party(id="t", name="T", email="A@example.com")
    problems = validate(
        _envelope(ProviderKind.ASSENTLY, in_house_on_assently, recipient_on_assently, broken, nobody, twin),
        ASSENTLY,
    )
    found = {(p.subject_id, attribute_of(p)) for p in problems if p.subject_id}
    assert {
        ("a", PartyAttribute.AFFILIATION),
        ("r", PartyAttribute.ROLE),
        ("b", PartyAttribute.NAME),
        ("b", PartyAttribute.EMAIL),
        ("b", PartyAttribute.PHONE),
        ("b", PartyAttribute.ORDER),
        ("b", PartyAttribute.SIGN_TYPE),
        ("b", PartyAttribute.LANGUAGE),
        ("b", PartyAttribute.WHOLE),  # no signature field
        ("n", PartyAttribute.EMAIL),  # no contact at all
        ("a", PartyAttribute.EMAIL),  # shared address
    } <= found
    grouped = problems_by_attribute(problems, "b")
    assert set(grouped) >= {PartyAttribute.NAME, PartyAttribute.ORDER}
    assert all(p.subject_id == "b" for group in grouped.values() for p in group)


def test_renumbering_keeps_parallel_neighbours_together() -> None:
    a, b, c, d = (Party(id=x, order=o) for x, o in (("a", 1), ("b", 2), ("c", 2), ("d", 5)))
    assert [p.order for p in renumber_in_list_order([a, b, c, d])] == [1, 2, 2, 3]
    assert [p.order for p in renumber_in_list_order([b, a, c, d])] == [1, 2, 3, 4]
    assert next_order([a, d]) == 6
    assert next_order([]) == 1
    assert renumber_in_list_order([dataclasses.replace(a, order=4)]) == (a,)


def test_party_edits_are_autosaved_and_survive_the_editor_being_destroyed(
    qasync_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """Edits reach the draft store through DraftAutosaver; the widget then dies without closeEvent."""
    paths = AppPaths.from_environment()
    store = DraftStore(Database.open(paths.database_file()), paths)
    pdf = make_pdf(tmp_path / "lease.pdf", [PageSpec()])
    draft = Envelope(
        local_id="draft",
        provider=ProviderKind.GMOSIGN,
        name="Lease",
        documents=(domain_document(inspect_pdf(pdf), pdf),),
    )
    editor = PartyEditor()
    editor.set_envelope(draft)
    saved: list[Envelope] = []
    save_reported = asyncio.Event()

    def on_saved(envelope: Envelope) -> None:
        saved.append(envelope)
        save_reported.set()

    savers = [DraftAutosaver(store, delay=0.01, on_saved=on_saved)]
    current = [draft]

    def on_parties_changed(parties: tuple[Party, ...]) -> None:
        current[0] = dataclasses.replace(current[0], parties=parties)
        savers[0].changed(current[0])

    editor.parties_changed.connect(on_parties_changed)

    async def edit_and_wait_for_the_save() -> None:
        editor.add_party(PartyRole.SIGNER)
        QTest.keyClicks(editor.name_edit, "Anna")
        QTest.keyClicks(editor.email_edit, "anna@example.com")
        editor.add_party(PartyRole.APPROVER)
        while not saved or saved[-1].parties != current[0].parties:
            save_reported.clear()
            await asyncio.wait_for(save_reported.wait(), 5.0)

    qasync_loop.run_until_complete(edit_and_wait_for_the_save())
    editor.deleteLater()  # destroyed, never closed: no closeEvent, no flush
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    savers.clear()  # the saver goes too, without flush

    reopened = DraftStore(Database.open(paths.database_file()), paths).load("draft")
    assert reopened is not None
    assert reopened.parties == current[0].parties
    assert [(p.role, p.name, p.email) for p in reopened.parties] == [
        (PartyRole.SIGNER, "Anna", "anna@example.com"),
        (PartyRole.APPROVER, "", ""),
    ]


def test_dragging_keeps_parallel_groups_that_stay_together(editor: PartyEditor) -> None:
    a, b, c, d = (
        Party(id=pid, name=pid.upper(), email=f"{pid}@example.com", order=order)
        for pid, order in (("a", 1), ("b", 2), ("c", 2), ("d", 3))
    )
    editor.set_envelope(_envelope(ProviderKind.GMOSIGN, a, b, c, d))
    model = editor.party_list.model()

    assert model.moveRow(QModelIndex(), 3, QModelIndex(), 0)  # d first; b and c still sign together
    assert [(p.id, p.order) for p in editor.parties()] == [("d", 1), ("a", 2), ("b", 3), ("c", 3)]

    assert model.moveRow(QModelIndex(), 3, QModelIndex(), 0)  # c leaves its group for the top
    assert [(p.id, p.order) for p in editor.parties()] == [("c", 1), ("d", 2), ("a", 3), ("b", 4)]

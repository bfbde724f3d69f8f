"""The draft session: one owner of the envelope, one undo history for every kind of edit, validation once per
change, listeners told about each change."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, PageInfo, Party, ProviderKind
from esign_desktop.domain.validation import Severity, Subject
from esign_desktop.services.document_edits import add_document, name_after_first_document
from esign_desktop.services.draft_session import Change, ChangeReason, DraftSession, no_account_rule


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _document(doc_id: str, name: str = "lease.pdf") -> Document:
    return Document(id=doc_id, file_name=name, sha512=doc_id, size=1, pages=(PageInfo(595, 842),), path=name)


def _envelope() -> Envelope:
    return Envelope(local_id="e", provider=ProviderKind.GMOSIGN, account_id="acc")


def _field(field_id: str, party: str = "p1") -> Field:
    return Field(field_id, FieldKind.SIGNATURE, 0, 1, PageRect(0.1, 0.1, 0.3, 0.2), party_id=party)


def test_a_mixed_history_walks_back_and_forth_to_the_identical_envelopes() -> None:
    start = _envelope()
    session = DraftSession(start, clock=Clock())
    states = [session.envelope]
    edits = [
        (lambda e: add_document(e, _document("d1")), "Add document"),
        (lambda e: dataclasses.replace(e, parties=(Party(id="p1", name="Aiko"),)), "Add party"),
        (lambda e: dataclasses.replace(e, fields=(_field("f1"),)), "Add field"),
        (lambda e: dataclasses.replace(e, name="Lease"), "Rename"),
        (lambda e: add_document(e, _document("d2", "annex.pdf")), "Add document"),
        (lambda e: dataclasses.replace(e, expire_after_days=10), "Expiry"),
    ]
    for change, text in edits:
        assert session.edit(change, text)
        states.append(session.envelope)

    assert session.count() == len(edits)
    for expected in reversed(states[:-1]):
        assert session.undo()
        assert session.envelope is expected
    assert not session.can_undo()
    assert session.envelope is start
    for expected in states[1:]:
        assert session.redo()
        assert session.envelope is expected
    assert not session.can_redo()


def test_an_edit_that_changes_nothing_is_not_a_step() -> None:
    session = DraftSession(_envelope())
    assert not session.edit(lambda e: e, "Nothing")
    assert not session.edit(dataclasses.replace(session.envelope, name=""), "Same name")
    assert session.count() == 0
    assert session.edits_made == 0


def test_edits_with_one_merge_key_are_one_step_and_a_new_edit_drops_the_redo_steps() -> None:
    session = DraftSession(_envelope())
    for text in ("L", "Le", "Lea"):
        session.edit(dataclasses.replace(session.envelope, name=text), "Rename", merge_key="name")
    assert session.count() == 1
    session.edit(lambda e: dataclasses.replace(e, message="Hi"), "Message")
    session.edit(lambda e: dataclasses.replace(e, name="Lease"), "Rename", merge_key="name")
    assert session.count() == 3  # the message edit came between: no merge across it
    session.undo()
    session.undo()
    assert session.envelope.name == "Lea"
    session.edit(lambda e: dataclasses.replace(e, expire_after_days=5), "Expiry")
    assert not session.can_redo()
    assert session.count() == 2
    assert session.undo_text() == "Expiry"


def test_validation_runs_once_per_change_and_travels_with_it() -> None:
    session = DraftSession(_envelope())
    seen: list[Change] = []
    session.subscribe(seen.append)
    before = session.validations
    session.edit(lambda e: dataclasses.replace(e, name="Lease"), "Rename")
    session.undo()
    session.redo()
    assert session.validations - before == 3
    assert [c.reason for c in seen] == [ChangeReason.EDIT, ChangeReason.UNDO, ChangeReason.REDO]
    assert all(c.problems == session.problems for c in seen[-1:])
    assert any(p.subject is Subject.ENVELOPE for p in session.problems)  # no documents yet


def test_extra_rules_join_the_problems_and_the_account_rule_blocks() -> None:
    envelope = dataclasses.replace(_envelope(), account_id="")
    session = DraftSession(envelope, [no_account_rule("Choose an account.")])
    assert session.problems[0].message == "Choose an account."
    assert session.problems[0].severity is Severity.BLOCKING
    session.edit(lambda e: dataclasses.replace(e, account_id="acc"), "Account")
    assert all(p.message != "Choose an account." for p in session.problems)


def test_undo_brings_back_the_selection_of_the_time() -> None:
    session = DraftSession(_envelope())
    selected: frozenset[str] = frozenset({"f0"})
    session.set_selection_source(lambda: selected)
    changes: list[Change] = []
    session.subscribe(changes.append)
    session.edit(lambda e: dataclasses.replace(e, fields=(_field("f1"),)), "Add", selection=["f1"])
    assert changes[-1].selection == frozenset({"f1"})
    session.undo()
    assert changes[-1].selection == frozenset({"f0"})
    session.redo()
    assert changes[-1].selection == frozenset({"f1"})


def test_reset_starts_a_new_history_and_listeners_can_stop() -> None:
    session = DraftSession(_envelope())
    seen: list[Change] = []
    stop = session.subscribe(seen.append)
    session.edit(lambda e: dataclasses.replace(e, name="A"), "Rename")
    session.reset(_envelope())
    assert not session.can_undo()
    assert seen[-1].reason is ChangeReason.RESET
    stop()
    session.edit(lambda e: dataclasses.replace(e, name="B"), "Rename")
    assert len(seen) == 2


def test_each_edit_stamps_the_time_and_undo_brings_the_old_time_back() -> None:
    clock = Clock()
    session = DraftSession(_envelope(), clock=clock)
    first = session.envelope.updated_at
    session.edit(lambda e: dataclasses.replace(e, name="A"), "Rename")
    assert session.envelope.updated_at == clock.now
    session.undo()
    assert session.envelope.updated_at == first


def test_a_draft_is_named_after_its_first_document() -> None:
    named = name_after_first_document(add_document(_envelope(), _document("d", "Lease 2026.PDF")))
    assert named.name == "Lease 2026"
    kept = dataclasses.replace(named, name="Mine")
    assert name_after_first_document(kept).name == "Mine"
    assert name_after_first_document(_envelope()).name == ""

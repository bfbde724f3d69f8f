"""The composer window: one envelope state behind every panel, autosave, restore after a crash, jumping to
problems, sending through a task, JSON files, layouts and the party preview.

Each scenario runs as one coroutine on the qasync loop, as the app does, and polls for conditions with a
deadline instead of sleeping.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, PartyRole, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.domain.validation import Problem, Severity, Subject
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.outbox_sender import SendOutcome
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.controller import AppController, connect_window_commands
from esign_desktop.ui.editor.composer_window import ComposerWindow
from esign_desktop.ui.editor.layout_dialog import LayoutDialog
from esign_desktop.ui.editor.party_colours import party_colour, party_colour_hex
from esign_desktop.ui.editor.readiness_panel import SendState
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.views_rules import EnvelopeView
from tests.pdf_factory import A4, LETTER, PageSpec, make_pdf

pytestmark = pytest.mark.gui

AUTOSAVE_PROMISE_SECONDS = 2.0


async def until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


def run(loop: asyncio.AbstractEventLoop, scenario: Coroutine[Any, Any, None]) -> None:
    loop.run_until_complete(scenario)


def rgb_distance(first: QColor, second: QColor) -> int:
    return (
        abs(first.red() - second.red())
        + abs(first.green() - second.green())
        + abs(first.blue() - second.blue())
    )


def comparable(envelope: Envelope) -> Envelope:
    """The envelope without where its PDFs happen to be stored (the draft store keeps its own copies)."""
    return dataclasses.replace(
        envelope, documents=tuple(dataclasses.replace(d, path="") for d in envelope.documents)
    )


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    opened = ServiceContext.open(AppPaths.under(app_home))
    yield opened
    opened.database.close()


@pytest.fixture
def account(context: ServiceContext) -> Account:
    return context.accounts.store.add(
        Account(ProviderKind.GMOSIGN, "Office GMO", "https://example.invalid", state=AccountState.OK)
    )


@pytest.fixture
def contract_pdf(tmp_path: Path) -> Path:
    return make_pdf(
        tmp_path / "contract.pdf",
        [PageSpec(*A4), PageSpec(*A4, rotate=90), PageSpec(LETTER[1], LETTER[0])],
    )


@pytest.fixture
def tasks(qapp: QApplication) -> TaskRegistry:
    qapp.setQuitOnLastWindowClosed(False)  # as main() does: closing a composer must not end the loop
    return TaskRegistry()


class Windows:
    """Opens composer windows and closes whatever a test leaves open (the leak check expects none)."""

    def __init__(self, context: ServiceContext, tasks: TaskRegistry) -> None:
        self.context, self.tasks = context, tasks
        self.opened: list[ComposerWindow] = []

    def open(self, envelope: Envelope, **options: Any) -> ComposerWindow:
        window = ComposerWindow(self.context, self.tasks, envelope, **options)
        self.opened.append(window)
        window.show()
        return window

    async def close_all(self) -> None:
        for window in self.opened:
            try:
                await window.finish()
            except RuntimeError:  # already deleted
                continue


@pytest.fixture
def windows(context: ServiceContext, tasks: TaskRegistry) -> Windows:
    return Windows(context, tasks)


def envelope_with(
    pdf: Path,
    account: Account,
    *,
    parties: tuple[Party, ...] = (),
    fields: tuple[Field, ...] = (),
    name: str = "",
) -> Envelope:
    document = domain_document(inspect_pdf(pdf), pdf)
    return Envelope(
        local_id=new_id(),
        provider=account.provider,
        account_id=account.id,
        name=name,
        documents=(document,),
        parties=parties,
        fields=fields,
    )


def signer(name: str, email: str) -> Party:
    return Party(id=new_id(), name=name, email=email, sign_type="1")


# --- one state, autosaved --------------------------------------------------------------------------------


def test_edits_in_every_panel_reach_one_envelope_and_the_draft_within_two_seconds(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY))
        # The new envelope takes the only account, and with it GMO Sign's rules.
        assert window.envelope().account_id == account.id
        assert window.envelope().provider is ProviderKind.GMOSIGN
        assert not window.readiness.send_button.isEnabled()

        window.documents_panel.add_files([contract_pdf])
        await until(lambda: len(window.envelope().documents) == 1)
        assert window.envelope().name == Path(window.envelope().documents[0].file_name).stem  # named after it
        window.name_edit.selectAll()
        QTest.keyClicks(window.name_edit, "Lease")
        window.party_editor.add_party(PartyRole.SIGNER)
        QTest.keyClicks(window.party_editor.name_edit, "Aiko Tanaka")
        QTest.keyClicks(window.party_editor.email_edit, "aiko@example.com")
        await until(lambda: window.composer.view.page_count() == 3)
        window.composer.overlay.setFocus()
        QTest.keyClick(window.composer.overlay, Qt.Key.Key_S)  # a signature at the keyboard's place
        last_edit = time.monotonic()

        envelope = window.envelope()
        assert envelope.name == "Lease"
        assert [p.name for p in envelope.parties] == ["Aiko Tanaka"]
        assert len(envelope.fields) == 1
        assert envelope.fields[0].party_id == envelope.parties[0].id
        assert window.composer.state.fields == envelope.fields
        assert window.documents_panel.envelope().fields == envelope.fields
        assert window.readiness.is_ready(), [p.message for p in window.problems()]
        assert window.readiness.send_button.isEnabled()

        def saved() -> bool:
            stored = windows.context.drafts.load(envelope.local_id)
            return stored is not None and comparable(stored) == comparable(window.envelope())

        await until(saved, seconds=5)
        assert time.monotonic() - last_edit < AUTOSAVE_PROMISE_SECONDS
        await until(lambda: not window.autosaver.has_unsaved_changes)
        assert window.save_state_label.text() == "Draft saved"
        listed = windows.context.cache.get(envelope.local_id)
        assert listed is not None
        assert listed.status is EnvelopeStatus.DRAFT
        await windows.close_all()

    run(qasync_loop, scenario())


def test_closing_flushes_an_edit_the_timer_has_not_saved_yet(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        window = windows.open(envelope_with(contract_pdf, account), autosave_delay=60)
        closed: list[str] = []
        window.closed.connect(closed.append)
        QTest.keyClicks(window.name_edit, "Flushed on close")
        local_id = window.envelope().local_id
        assert windows.context.drafts.load(local_id) is None
        window.close()
        await until(lambda: closed == [local_id])
        stored = windows.context.drafts.load(local_id)
        assert stored is not None
        assert stored.name == "Flushed on close"

    run(qasync_loop, scenario())


# --- restore after a crash -------------------------------------------------------------------------------


async def edit_then_crash(
    context: ServiceContext, tasks: TaskRegistry, envelope: Envelope, tmp_path: Path
) -> Envelope:
    """Edit every part of a draft, let autosave run, then destroy the window without any close event."""
    alice, bob = signer("Alice", "alice@example.com"), signer("Bob", "bob@example.com")
    window = ComposerWindow(context, tasks, dataclasses.replace(envelope, parties=(alice,)))
    window.show()
    await until(lambda: window.composer.view.page_count() == 3)
    window.party_editor.add_party(PartyRole.SIGNER)
    QTest.keyClicks(window.party_editor.name_edit, bob.name)
    QTest.keyClicks(window.party_editor.email_edit, bob.email)
    QTest.keyClicks(window.name_edit, "Crash test")
    window.message_edit.setPlainText("Please sign by Friday.")
    window.expiry_spin.setValue(14)
    window.composer.state.set_active_party(alice.id)
    window.composer.overlay.setFocus()
    QTest.keyClick(window.composer.overlay, Qt.Key.Key_S)
    window.composer.view.scroll_to_page(1)
    QTest.keyClick(window.composer.overlay, Qt.Key.Key_D)
    QTest.keyClick(window.composer.overlay, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    second_pdf = make_pdf(tmp_path / "annex.pdf", [PageSpec(*A4, crop_box=(50, 60, 500, 700))])
    window.documents_panel.add_files([second_pdf])
    await until(lambda: len(window.envelope().documents) == 2)
    before = window.envelope()
    assert len(before.fields) == 2
    assert len(before.parties) == 2

    def saved() -> bool:
        stored = context.drafts.load(before.local_id)
        return stored is not None and comparable(stored) == comparable(before)

    await until(lambda: saved() and not window.autosaver.has_unsaved_changes, seconds=5)
    # The crash: the window goes away with no close event; nothing is flushed or shut down.
    window.composer.view.renderer.wait_idle()  # (a real crash takes the render thread with it)
    destroyed: list[bool] = []
    window.destroyed.connect(lambda *_: destroyed.append(True))
    window.deleteLater()
    await until(lambda: bool(destroyed))
    return before


def files_exist(envelope: Envelope) -> bool:
    return all(Path(d.path).is_file() for d in envelope.documents)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise a window
def test_a_draft_whose_window_died_without_closing_reopens_exactly_from_the_main_list(
    qasync_loop: asyncio.AbstractEventLoop,
    app_home: Path,
    account: Account,
    contract_pdf: Path,
    tmp_path: Path,
    tasks: TaskRegistry,
) -> None:
    async def scenario() -> None:
        first = ServiceContext.open(AppPaths.under(app_home))
        before = await edit_then_crash(first, tasks, envelope_with(contract_pdf, account), tmp_path)
        local_id = before.local_id
        first.cache.remove(local_id)  # died before the list heard of it, too
        first.database.close()

        # The next start: the draft is listed under Drafts and opens as it was.
        context = ServiceContext.open(AppPaths.under(app_home))
        main = MainWindow()
        controller = AppController(main, context, tasks)
        connect_window_commands(main, controller)
        try:
            controller.load_from_cache()
            main.sidebar.set_current_view(EnvelopeView.DRAFTS)
            row = main.envelope_proxy.row_of(local_id)
            assert row is not None
            assert main.select_envelope(local_id)
            main.envelope_list.setFocus()
            QTest.keyClick(main.envelope_list, Qt.Key.Key_Return)  # Enter opens the draft
            reopened = controller.composers.get(local_id)
            assert reopened is not None
            assert comparable(reopened.envelope()) == comparable(before)
            assert reopened.composer.state.fields == before.fields
            assert reopened.party_editor.parties() == before.parties
            assert reopened.name_edit.text() == "Crash test"
            assert reopened.message_edit.toPlainText() == "Please sign by Friday."
            assert reopened.expiry_spin.value() == 14
            assert reopened.documents_panel.document_list.count() == 2
            assert files_exist(reopened.envelope())
            # Opening it again raises the same window instead of a second one.
            assert controller.open_draft(local_id) is reopened
            # Ctrl+N opens a new, empty composer for the first account.
            before_new = set(controller.composers)
            main.new_envelope_action.trigger()
            (new_id_,) = set(controller.composers) - before_new
            assert controller.composers[new_id_].envelope().account_id == account.id
        finally:
            await controller.shutdown()
            main.allow_close()

    run(qasync_loop, scenario())


def test_activating_a_sent_envelope_does_not_open_the_composer(
    context: ServiceContext, account: Account, contract_pdf: Path, tasks: TaskRegistry
) -> None:
    sent = dataclasses.replace(
        envelope_with(contract_pdf, account, name="Out"), remote_id="R-1", status=EnvelopeStatus.SENT
    )
    context.cache.upsert(sent)
    main = MainWindow()
    controller = AppController(main, context, tasks)
    connect_window_commands(main, controller)
    opened: list[str] = []
    main.draft_open_requested.connect(opened.append)
    controller.load_from_cache()
    row = main.envelope_proxy.row_of(sent.local_id)
    assert row is not None
    main.envelope_list.activated.emit(main.envelope_proxy.index(row, 0))
    main.envelope_list.activated.emit(QModelIndex())
    assert opened == []
    assert controller.composers == {}
    main.allow_close()


# --- readiness ---------------------------------------------------------------------------------------------


def test_activating_a_problem_shows_its_party_field_or_detail(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, tmp_path: Path
) -> None:
    async def scenario() -> None:
        long_pdf = make_pdf(tmp_path / "long.pdf", [PageSpec(*A4) for _ in range(8)])
        nameless = Party(id=new_id(), email="x@example.com", sign_type="1")
        named = signer("Named", "named@example.com")
        orphan = Field(new_id(), FieldKind.SIGNATURE, 0, 7, PageRect(0.6, 0.8, 0.9, 0.9))
        window = windows.open(envelope_with(long_pdf, account, parties=(named, nameless), fields=(orphan,)))
        await until(lambda: window.composer.view.page_count() == 8)
        problems = window.problems()
        by_subject = {p.subject: p for p in problems if p.severity is Severity.BLOCKING}
        assert {Subject.ENVELOPE, Subject.PARTY, Subject.FIELD} <= set(by_subject)

        QTest.mouseClick(window.readiness_button, Qt.MouseButton.LeftButton)
        assert window.readiness.isVisible()
        item = next(
            window.readiness.problem_list.item(i)
            for i in range(window.readiness.problem_list.count())
            if window.readiness.problem_list.item(i).data(Qt.ItemDataRole.UserRole)
            == by_subject[Subject.PARTY]
        )
        window.readiness.problem_list.itemActivated.emit(item)
        assert window.party_editor.current_party_id() == nameless.id

        assert 6 not in window.composer.view.visible_pages()
        window.jump_to_problem(by_subject[Subject.FIELD])
        assert window.composer.state.selected_ids == {orphan.id}
        assert 6 in window.composer.view.visible_pages()  # scrolled to page 7
        box = window.composer.overlay.field_view_rect(orphan)
        assert window.composer.overlay.rect().toRectF().contains(box)  # the whole field is on screen

        window.jump_to_problem(Problem(Severity.BLOCKING, Subject.ENVELOPE, "Give the envelope a name."))
        assert window.focusWidget() is window.name_edit
        await windows.close_all()

    run(qasync_loop, scenario())


# --- sending -----------------------------------------------------------------------------------------------


def test_send_runs_as_a_task_reports_failure_then_success_and_forgets_the_draft(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        party = signer("Ready", "ready@example.com")
        field = Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.1, 0.1, 0.4, 0.2), party_id=party.id)
        window = windows.open(
            envelope_with(contract_pdf, account, parties=(party,), fields=(field,), name="Go")
        )
        answers = [False, True]
        sent_envelopes: list[Envelope] = []
        window.sent.connect(sent_envelopes.append)

        async def fake_send(envelope: Envelope) -> SendOutcome:
            await asyncio.sleep(0)
            ok = answers.pop(0)
            status = EnvelopeStatus.SENT if ok else EnvelopeStatus.FAILED
            error = "" if ok else "The service refused the access code."
            return SendOutcome("entry", dataclasses.replace(envelope, status=status), ok, error)

        monkeypatch.setattr(windows.context.sender, "send", fake_send)
        QTest.keyClicks(window.name_edit, " now")  # an unsaved edit: Send saves it first
        assert window.readiness.is_ready()
        QTest.mouseClick(window.readiness.send_button, Qt.MouseButton.LeftButton)
        assert window.readiness.send_state == SendState.SENDING
        assert not window.readiness.send_button.isEnabled()
        assert not window.party_editor.isEnabled()  # nothing changes under a send
        assert window.send() is None  # and no second send starts
        await until(lambda: window.readiness.send_state == SendState.FAILED)
        assert "refused the access code" in window.readiness.send_status.text()
        assert window.party_editor.isEnabled()
        stored = windows.context.drafts.load(window.envelope().local_id)
        assert stored is not None
        assert stored.name == "Go now"

        task = window.send()
        assert task is not None
        await task
        assert window.readiness.send_state == SendState.SENT
        assert window.is_sent
        assert [e.name for e in sent_envelopes] == ["Go now"]
        assert windows.context.drafts.load(window.envelope().local_id) is None
        overlay = window.composer.overlay
        assert overlay.isVisible()  # the fields stay on the pages as they were sent...
        assert overlay.read_only  # ...read-only
        assert [f.id for f in overlay.displayed_fields()] == [f.id for f in window.envelope().fields]
        field = window.envelope().fields[0]
        window.composer.select_field(field.id)
        QTest.keyClick(overlay, Qt.Key.Key_Delete)
        assert window.envelope().fields[0] == field  # no key edits it
        assert "(sent)" in window.windowTitle()
        await windows.close_all()

    run(qasync_loop, scenario())


# --- files and layouts --------------------------------------------------------------------------------------


def test_save_as_json_and_open_it_in_another_window(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        party = signer("Json Person", "json@example.com")
        field = Field(
            new_id(), FieldKind.TEXT, 0, 2, PageRect(0.2, 0.3, 0.5, 0.35), party_id=party.id, label="Ref"
        )
        source = windows.open(
            envelope_with(contract_pdf, account, parties=(party,), fields=(field,), name="Spec")
        )
        dialog = source.open_save_json_dialog()
        assert dialog.isVisible()
        target = tmp_path / "spec.json"
        dialog.fileSelected.emit(str(target))
        dialog.close()
        assert target.is_file()

        other = windows.open(
            Envelope(local_id=new_id(), provider=ProviderKind.GMOSIGN, account_id=account.id)
        )
        await other.open_json(target)
        opened = other.envelope()
        assert opened.local_id != source.envelope().local_id
        assert opened.name == "Spec"
        assert opened.parties == source.envelope().parties
        [copied] = opened.fields
        assert (copied.kind, copied.page, copied.party_id, copied.label) == (
            FieldKind.TEXT,
            2,
            party.id,
            "Ref",
        )
        assert copied.rect == pytest.approx(field.rect)
        assert other.composer.state.fields == opened.fields

        broken = tmp_path / "broken.json"
        broken.write_text("{}", encoding="utf-8")
        notices: list[str] = []
        other.notice_shown.connect(notices.append)
        await other.open_json(broken)
        assert notices
        assert "cannot be opened" in notices[-1]
        assert "name" in notices[-1]
        assert other.envelope().name == "Spec"  # unchanged
        bar = other.statusBar()
        assert bar.currentMessage() == notices[-1]
        assert bar.toolTip() == notices[-1]  # whole, where the bar cuts a long list of problems
        bar.clearMessage()
        assert bar.toolTip() == ""
        await windows.close_all()

    run(qasync_loop, scenario())


def test_a_saved_layout_applies_to_another_envelope_as_one_undoable_edit(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        party = signer("Template Person", "template@example.com")
        fields = (
            Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.1, 0.7, 0.4, 0.8), party_id=party.id),
            Field(new_id(), FieldKind.DATE, 0, 3, PageRect(0.5, 0.7, 0.7, 0.75), party_id=party.id),
        )
        source = windows.open(envelope_with(contract_pdf, account, parties=(party,), fields=fields))
        opened: list[object] = []
        source.dialog_opened.connect(opened.append)
        save_dialog = source.open_save_layout_dialog()
        assert opened == [save_dialog]
        assert save_dialog.isVisible()
        QTest.keyClicks(save_dialog.name_edit, "Two-page lease")
        save_dialog.accept()
        assert [s.name for s in windows.context.layouts.list(ProviderKind.GMOSIGN)] == ["Two-page lease"]

        target = windows.open(envelope_with(contract_pdf, account))
        apply_dialog = target.open_apply_layout_dialog()
        assert isinstance(apply_dialog, LayoutDialog)
        apply_dialog.name_list.setCurrentRow(0)
        apply_dialog.accept()
        applied = target.envelope()
        assert len(applied.parties) == 1
        assert applied.parties[0].role is PartyRole.SIGNER
        assert applied.parties[0].name == ""  # nothing personal travels with a layout
        assert [(f.kind, f.page, f.rect) for f in applied.fields] == [
            (f.kind, f.page, f.rect) for f in fields
        ]
        assert {f.party_id for f in applied.fields} == {applied.parties[0].id}
        target.composer.undo_action.trigger()
        assert target.envelope().fields == ()
        target.composer.redo_action.trigger()
        assert len(target.envelope().fields) == 2
        await windows.close_all()

    run(qasync_loop, scenario())


# --- preview as a party ---------------------------------------------------------------------------------


def test_preview_as_a_party_highlights_only_their_fields_and_edits_nothing(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        alice, bob = signer("Alice", "alice@example.com"), signer("Bob", "bob@example.com")
        fields = (
            Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.1, 0.1, 0.4, 0.2), party_id=alice.id),
            Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.5, 0.1, 0.9, 0.2), party_id=bob.id),
            Field(new_id(), FieldKind.TEXT, 0, 1, PageRect(0.1, 0.3, 0.4, 0.35), value="Sender's text"),
        )
        window = windows.open(envelope_with(contract_pdf, account, parties=(alice, bob), fields=fields))
        await until(lambda: window.composer.view.page_count() == 3)
        combo = window.preview_combo
        assert [combo.itemData(i) for i in range(combo.count())] == ["", alice.id, bob.id]
        combo.setCurrentIndex(1)
        combo.activated.emit(1)
        assert window.preview_party_id == alice.id
        overlay = window.preview_overlay
        assert [f.id for f in overlay.highlighted_fields()] == [fields[0].id]
        assert {f.id for f in overlay.dimmed_fields()} == {fields[1].id, fields[2].id}
        assert overlay.isVisible()
        assert window.composer.overlay.read_only
        assert not window.composer.field_palette.isEnabled()
        assert not window.party_editor.isEnabled()

        # Painted: Alice's box in her colour, Bob's not.
        image = window.composer.view.viewport().grab().toImage()
        view = window.composer.view.page_view(0)
        for field, colour in ((fields[0], party_colour(0)), (fields[1], party_colour(1))):
            area = view.to_view(field.rect)
            edge = image.pixelColor(round(area.x + area.width / 2), round(area.y))
            distance = rgb_distance(edge, colour)
            if field is fields[0]:
                assert distance < 60, edge.name()
            else:
                assert distance > 60, edge.name()

        overlay.setFocus()
        QTest.keyClick(overlay, Qt.Key.Key_S)  # would place a field while editing
        QTest.mouseClick(overlay, Qt.MouseButton.LeftButton)
        assert window.envelope().fields == fields

        window.set_preview_party("")
        assert window.composer.overlay.isVisible()
        assert window.party_editor.isEnabled()
        window.composer.overlay.setFocus()
        QTest.keyClick(window.composer.overlay, Qt.Key.Key_S)
        assert len(window.envelope().fields) == 4
        await windows.close_all()

    run(qasync_loop, scenario())


def test_party_colours_stay_distinct_beyond_the_first_eight() -> None:
    colours = [party_colour_hex(index) for index in range(64)]
    assert len(set(colours)) == 64
    assert all(QColor(text) == party_colour(index) for index, text in enumerate(colours))
    assert party_colour_hex(-1) == "#6e6e6e"

    # Any two of the first 24 parties are told apart at a glance, not only by a bit or two.
    first = colours[:24]
    assert min(rgb_distance(QColor(a), QColor(b)) for i, a in enumerate(first) for b in first[i + 1 :]) >= 40

"""One draft session behind the composer window: a mixed history of edits (fields, parties, documents,
details) made with the mouse and keyboard walks back and forth to the identical envelopes; adding a PDF keeps
the history; validation runs once per change. Closing while sending or loading, and quitting while saving,
lose nothing and show no error. A new envelope starts empty, as one drop zone, and leaves nothing behind when
closed untouched.
"""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, PartyRole, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.outbox_sender import SendOutcome
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account
from esign_desktop.ui.editor.composer_window import ComposerWindow
from esign_desktop.ui.editor.readiness_panel import SendState
from esign_desktop.ui.main_window import MainWindow
from tests.gui import test_composer_window as window_tests
from tests.gui.test_composer_window import Windows, envelope_with, run, signer, until
from tests.pdf_factory import A4, PageSpec, make_pdf

# The window tests' fixtures: a data folder's services, one GMO Sign account, a task registry, windows.
context = window_tests.context
account = window_tests.account
contract_pdf = window_tests.contract_pdf
tasks = window_tests.tasks
windows = window_tests.windows

pytestmark = pytest.mark.gui


def _click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def test_a_mixed_history_walks_back_and_forth_to_the_identical_envelope(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider), autosave_delay=60)
        session = window.session
        start = window.envelope()
        assert window.centre_stack.currentWidget() is window.drop_zone

        # documents
        window.documents_panel.add_files([contract_pdf])
        await until(lambda: len(window.envelope().documents) == 1)
        await until(lambda: window.composer.view.page_count() == 3)
        # parties: a button and typing
        _click(window.party_editor.add_buttons[PartyRole.SIGNER])
        QTest.keyClicks(window.party_editor.name_edit, "Aiko Tanaka")
        QTest.keyClicks(window.party_editor.email_edit, "aiko@example.com")
        # fields: a key places one, arrows nudge it (one step)
        window.composer.overlay.setFocus()
        QTest.keyClick(window.composer.overlay, Qt.Key.Key_S)
        for _ in range(3):
            QTest.keyClick(window.composer.overlay, Qt.Key.Key_Right)
        # details
        window.name_edit.selectAll()
        QTest.keyClicks(window.name_edit, "Lease")
        QTest.keyClick(window.expiry_spin, Qt.Key.Key_Up)
        steps_before_second_pdf = session.count()
        # a second PDF keeps everything before it undoable
        annex = make_pdf(tmp_path / "annex.pdf", [PageSpec(*A4)])
        window.documents_panel.add_files([annex])
        await until(lambda: len(window.envelope().documents) == 2)
        assert session.canUndo()
        assert session.count() == steps_before_second_pdf + 1
        final = window.envelope()
        assert final.name == "Lease"
        assert final.expire_after_days == start.expire_after_days + 1
        assert [p.name for p in final.parties] == ["Aiko Tanaka"]
        assert len(final.fields) == 1

        back: list[Envelope] = []
        while session.canUndo():
            window.composer.undo_action.trigger()
            back.append(window.envelope())
        assert window.envelope() is start
        # every view follows the session back to the empty envelope
        assert len(window.composer.state.fields) == 0
        assert window.documents_panel.document_list.count() == 0
        assert window.party_editor.party_list.count() == 0
        assert window.name_edit.text() == ""
        assert window.centre_stack.currentWidget() is window.drop_zone

        forward: list[Envelope] = []
        while session.canRedo():
            window.composer.redo_action.trigger()
            forward.append(window.envelope())
        assert window.envelope() is final
        assert forward[:-1] == list(reversed(back))[1:]
        shown: tuple[Field, ...] = window.composer.state.fields
        assert shown == final.fields
        assert window.documents_panel.document_list.count() == 2
        assert window.party_editor.party_list.item(0).text().startswith("1. Aiko Tanaka")
        assert window.name_edit.text() == "Lease"
        assert window.expiry_spin.value() == final.expire_after_days
        await windows.close_all()

    run(qasync_loop, scenario())


def test_one_nudge_validates_once_and_does_not_rebuild_the_document_list(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        party = signer("Aiko", "aiko@example.com")
        field = Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.1, 0.1, 0.4, 0.2), party_id=party.id)
        window = windows.open(envelope_with(contract_pdf, account, parties=(party,), fields=(field,)))
        await until(lambda: window.composer.view.page_count() == 3)
        window.composer.select_field(field.id)
        item = window.documents_panel.document_list.item(0)
        validations = window.session.session.validations
        QTest.keyClick(window.composer.overlay, Qt.Key.Key_Down)
        assert window.envelope().fields[0].rect != field.rect
        assert window.session.session.validations == validations + 1
        assert window.documents_panel.document_list.item(0) is item  # updated in place, not rebuilt
        await windows.close_all()

    run(qasync_loop, scenario())


def test_ctrl_z_in_any_panel_undoes_the_last_edit_of_any_kind(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        window = windows.open(envelope_with(contract_pdf, account, name="Lease"))
        await until(lambda: window.composer.view.page_count() == 3)
        window.activateWindow()
        await until(window.isActiveWindow)
        _click(window.party_editor.add_buttons[PartyRole.SIGNER])
        assert len(window.envelope().parties) == 1
        window.party_editor.party_list.setFocus()
        QTest.keyClick(window.party_editor.party_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.envelope().parties == ()
        QTest.keySequence(window.party_editor.party_list, window.composer.redo_action.shortcut())
        assert len(window.envelope().parties) == 1
        await windows.close_all()

    run(qasync_loop, scenario())


# --- closing while something runs ---------------------------------------------------------------------------


def _ready_window(windows: Windows, account: Account, pdf: Path) -> ComposerWindow:
    party = signer("Ready", "ready@example.com")
    field = Field(new_id(), FieldKind.SIGNATURE, 0, 1, PageRect(0.1, 0.1, 0.4, 0.2), party_id=party.id)
    return windows.open(envelope_with(pdf, account, parties=(party,), fields=(field,), name="Go"))


@pytest.fixture
def errors(windows: Windows) -> list[BaseException]:
    found: list[BaseException] = []
    windows.tasks = TaskRegistry(on_error=lambda _name, error: found.append(error))
    return found


def test_closing_while_sending_finishes_the_send_then_closes_without_an_error(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    errors: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        window = _ready_window(windows, account, contract_pdf)
        gate = asyncio.Event()
        sent: list[Envelope] = []
        closed: list[str] = []
        notices: list[str] = []
        window.sent.connect(sent.append)
        window.closed.connect(closed.append)
        windows.context.notifier.subscribe(lambda message: notices.append(message.text))

        async def slow_send(envelope: Envelope) -> SendOutcome:
            await gate.wait()
            return SendOutcome("entry", dataclasses.replace(envelope, status=EnvelopeStatus.SENT), True)

        monkeypatch.setattr(windows.context.sender, "send", slow_send)
        _click(window.send_button)
        await until(lambda: window.readiness.send_state == SendState.SENDING and window.is_busy)
        window.close()
        assert not window.isVisible()
        assert closed == []  # still there, out of sight, until the send is done
        gate.set()
        await until(lambda: closed == [window.envelope().local_id])
        assert [e.status for e in sent] == [EnvelopeStatus.SENT]
        assert windows.context.drafts.load(sent[0].local_id) is None
        assert errors == []
        assert any("was sent" in text for text in notices)

    run(qasync_loop, scenario())


def test_closing_while_a_pdf_is_checked_keeps_the_pdf_in_the_draft(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    errors: list[BaseException],
) -> None:
    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider))
        closed: list[str] = []
        window.closed.connect(closed.append)
        window.documents_panel.add_files([contract_pdf])
        assert window.is_busy
        window.close()
        await until(lambda: bool(closed))
        stored = windows.context.drafts.load(closed[0])
        assert stored is not None
        assert [d.file_name for d in stored.documents] == ["contract.pdf"]
        assert stored.name == "contract"
        assert errors == []

    run(qasync_loop, scenario())


def test_quitting_while_a_save_runs_keeps_the_last_edit(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    errors: list[BaseException],
) -> None:
    async def scenario() -> None:
        window = windows.open(envelope_with(contract_pdf, account, name="Lease"), autosave_delay=0)
        QTest.keyClicks(window.name_edit, " A")
        await until(lambda: window.autosaver.is_saving)
        QTest.keyClicks(window.name_edit, "B")  # while that save runs
        await window.finish()  # what quitting does for every composer
        stored = windows.context.drafts.load(window.envelope().local_id)
        assert stored is not None
        assert stored.name == "Lease AB"
        assert errors == []

    run(qasync_loop, scenario())


def test_quitting_while_sending_keeps_the_draft(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    account: Account,
    contract_pdf: Path,
    errors: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        window = _ready_window(windows, account, contract_pdf)
        local_id = window.envelope().local_id

        async def never(envelope: Envelope) -> SendOutcome:
            await asyncio.Event().wait()
            raise AssertionError("unreachable")

        monkeypatch.setattr(windows.context.sender, "send", never)
        _click(window.send_button)
        await until(lambda: window.readiness.send_state == SendState.SENDING)
        await asyncio.sleep(0.05)
        await windows.tasks.cancel_all()  # the application's shutdown order: tasks first, then windows
        await window.finish()
        assert windows.context.drafts.load(local_id) is not None
        assert errors == []

    run(qasync_loop, scenario())


# --- a clear start ------------------------------------------------------------------------------------------


def test_the_main_toolbar_has_a_new_envelope_button(qapp: QApplication) -> None:
    window = MainWindow()
    try:
        button = window.envelope_toolbar.findChild(QToolButton, "newEnvelopeButton")
        assert button is not None
        assert window.envelope_toolbar.actions()[0] is window.new_envelope_action
        requested: list[bool] = []
        window.new_envelope_requested.connect(lambda: requested.append(True))
        window.show()
        _click(button)
        assert requested == [True]
    finally:
        window.allow_close()
        window.close()


def test_an_empty_composer_is_a_drop_zone_named_after_the_first_pdf_and_focused_to_start(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider))
        assert window.centre_stack.currentWidget() is window.drop_zone
        assert window.focusWidget() is window.drop_zone.add_button  # Enter opens the file dialog
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(contract_pdf))])
        centre = QPoint(window.drop_zone.width() // 2, window.drop_zone.height() // 2)
        drop = QDropEvent(
            centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        # QApplication delivers drops only inside a real drag loop, so hand the event to the handler.
        window.drop_zone.dropEvent(drop)
        await until(lambda: len(window.envelope().documents) == 1)
        assert window.envelope().name == "contract"
        assert window.windowTitle().startswith("contract")
        assert window.centre_stack.currentWidget() is window.splitter
        await windows.close_all()

    run(qasync_loop, scenario())


def test_a_draft_with_documents_and_no_name_starts_at_the_name(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        window = windows.open(envelope_with(contract_pdf, account))
        assert isinstance(window.focusWidget(), QLineEdit)
        assert window.focusWidget() is window.name_edit
        await windows.close_all()

    run(qasync_loop, scenario())


def test_an_untouched_new_envelope_leaves_nothing_behind(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account
) -> None:
    async def scenario() -> None:
        window = windows.open(Envelope(local_id=new_id(), provider=account.provider))
        local_id = window.envelope().local_id
        discarded: list[str] = []
        window.draft_discarded.connect(discarded.append)
        QTest.keyClicks(window.name_edit, "x")  # touched, then emptied again: still nothing worth keeping
        QTest.keyClick(window.name_edit, Qt.Key.Key_Backspace)
        await window.flush()
        window.close()
        await until(lambda: discarded == [local_id])
        assert windows.context.drafts.load(local_id) is None
        assert windows.context.cache.get(local_id) is None

    run(qasync_loop, scenario())


def test_a_window_remembers_its_size_and_splits(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, account: Account, contract_pdf: Path
) -> None:
    async def scenario() -> None:
        first = windows.open(envelope_with(contract_pdf, account, name="Lease"))
        first.resize(1100, 650)
        sizes = first.splitter.sizes()
        first.splitter.setSizes([sizes[0] + 60, sizes[1] - 60, sizes[2]])
        remembered = first.splitter.sizes()
        await first.finish()
        second = windows.open(envelope_with(contract_pdf, account, name="Other"))
        assert (second.width(), second.height()) == (1100, 650)
        assert second.splitter.sizes() == remembered
        await windows.close_all()

    run(qasync_loop, scenario())

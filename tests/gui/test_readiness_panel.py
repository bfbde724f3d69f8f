from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.capabilities import GMOSIGN
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, PageInfo, Party, ProviderKind
from esign_desktop.domain.validation import Problem, Severity, Subject, validate
from esign_desktop.ui.editor.readiness_panel import ReadinessPanel, SendState

DOCUMENT = Document(id="d", file_name="lease.pdf", sha512="", size=0, pages=(PageInfo(595, 842),))
ANNA = Party(id="anna", name="Anna", email="anna@example.com")
SIGNATURE = Field(
    id="sig", kind=FieldKind.SIGNATURE, document=0, page=1, rect=PageRect(0.1, 0.8, 0.4, 0.9), party_id="anna"
)
READY = Envelope(
    local_id="e",
    provider=ProviderKind.GMOSIGN,
    name="Lease",
    documents=(DOCUMENT,),
    parties=(ANNA,),
    fields=(SIGNATURE,),
)


@pytest.fixture
def panel(qtbot: QtBot) -> ReadinessPanel:
    widget = ReadinessPanel()
    qtbot.addWidget(widget)
    return widget


def _shown(panel: ReadinessPanel) -> list[str]:
    return [panel.problem_list.item(i).text() for i in range(panel.problem_list.count())]


def test_blocking_problems_come_first_and_disable_send(panel: ReadinessPanel) -> None:
    not_ready = dataclasses.replace(
        READY,
        name="",
        parties=(ANNA, Party(id="bert", name="Bert", email="bert@example.com")),
    )
    panel.check(not_ready, GMOSIGN)

    expected = validate(not_ready, GMOSIGN)
    assert [p.message for p in panel.problems()] == [p.message for p in expected]
    assert _shown(panel) == [p.message for p in expected]
    severities = [p.severity for p in panel.problems()]
    assert severities == sorted(severities, key=lambda s: s is not Severity.BLOCKING)
    assert Severity.WARNING in severities  # Bert has no signature field
    assert not panel.is_ready()
    assert not panel.send_button.isEnabled()
    assert panel.summary.text().startswith("1 thing")


def test_warnings_alone_do_not_block_sending(qtbot: QtBot, panel: ReadinessPanel) -> None:
    panel.set_problems([Problem(Severity.WARNING, Subject.PARTY, "Bert has no signature field.", "bert")])
    assert panel.is_ready()
    assert panel.send_button.isEnabled()
    with qtbot.waitSignal(panel.send_requested, timeout=1000):
        QTest.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)


def test_a_ready_envelope_enables_send_and_reports_progress(qtbot: QtBot, panel: ReadinessPanel) -> None:
    panel.check(READY, GMOSIGN)
    assert panel.problems() == ()
    assert panel.summary.text() == "Ready to send."

    panel.set_sending("Uploading lease.pdf")
    assert panel.send_state == SendState.SENDING
    assert not panel.send_button.isEnabled()
    assert not panel.progress.isHidden()
    assert panel.send_status.text() == "Uploading lease.pdf"
    assert panel.summary.isHidden()  # "Ready to send." never stands above the send's progress

    panel.set_failed("GMO Sign did not answer. Try again in a minute.")
    assert panel.send_state == SendState.FAILED
    assert panel.send_button.isEnabled()
    assert panel.progress.isHidden()
    assert "did not answer" in panel.send_status.text()
    assert not panel.summary.isHidden()

    panel.set_sending("Sending")
    panel.set_sent()
    assert panel.send_state == SendState.SENT
    assert not panel.send_button.isEnabled()  # sent once: never twice from here
    assert panel.summary.isHidden()
    panel.check(READY, GMOSIGN)  # a later check (e.g. the sent envelope's status) does not bring it back
    assert panel.summary.isHidden()


def test_clicking_a_problem_asks_to_jump_to_it(qtbot: QtBot, panel: ReadinessPanel) -> None:
    field_problem = Problem(Severity.BLOCKING, Subject.FIELD, "A field has no party.", "sig")
    party_problem = Problem(Severity.WARNING, Subject.PARTY, "Bert has no signature field.", "bert")
    panel.set_problems([party_problem, field_problem])
    activated: list[Problem] = []
    panel.problem_activated.connect(activated.append)

    rect = panel.problem_list.visualItemRect(panel.problem_list.item(1))
    QTest.mouseClick(panel.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel.problem_list.setCurrentRow(0)
    panel.problem_list.itemActivated.emit(panel.problem_list.item(0))  # Enter on the keyboard

    assert activated == [party_problem, field_problem]
    assert not panel.send_button.isEnabled()

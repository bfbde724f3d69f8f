"""A party with no name, e-mail or phone is "Unnamed party" in the window's language wherever the window names
parties: the details pane's parties and events, and the notices of what a party did."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, EnvelopeEvent, Party, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.services.status_monitor import Notice, NoticeKind
from esign_desktop.ui.details_pane import DetailsPane
from esign_desktop.ui.event_trail import trail_rows
from esign_desktop.ui.tray_notifier import notice_text
from tests.gui.conftest import Installer

pytestmark = pytest.mark.gui

NAMELESS = Party(id="p1", status=PartyStatus.SIGNED)
ENVELOPE = Envelope(
    local_id="e1",
    provider=ProviderKind.ASSENTLY,
    name="Lease",
    status=EnvelopeStatus.SENT,
    parties=(NAMELESS, Party(id="p2", name="Bo", email="bo@example.com")),
    events=(EnvelopeEvent(at=datetime(2026, 11, 23, 12, 0, tzinfo=UTC), kind="signed", party_id="p1"),),
)


@pytest.mark.parametrize(
    ("language", "unnamed"), [("en", "Unnamed party"), ("ja", "名前未入力の宛先"), ("sv", "Namnlös part")]
)
def test_a_nameless_party_is_named_in_the_windows_language(
    install: Installer, qtbot: QtBot, language: str, unnamed: str
) -> None:
    install(language)
    pane = DetailsPane()
    qtbot.addWidget(pane)

    pane.show_envelope(ENVELOPE)

    names = [pane.parties.item(row, 1).text() for row in range(pane.parties.rowCount())]  # type: ignore[union-attr]
    assert names == [unnamed, "Bo"]
    assert [row.who for row in trail_rows(ENVELOPE)] == [unnamed]
    assert unnamed in notice_text(Notice(NoticeKind.SIGNED, ENVELOPE, NAMELESS))
    if language != "en":
        assert "Unnamed" not in notice_text(Notice(NoticeKind.SIGNED, ENVELOPE, NAMELESS))

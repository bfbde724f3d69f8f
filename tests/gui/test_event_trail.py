"""The Events tab: oldest first, who did it, who saw it; exported to CSV without running formulas."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, EnvelopeEvent, EventSource, Party, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.ui.details_pane import DetailsPane
from esign_desktop.ui.event_trail import trail_rows, write_trail_csv

pytestmark = pytest.mark.gui

AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def audited() -> Envelope:
    events = (
        EnvelopeEvent(
            AT + timedelta(hours=2), "declined", party_id="p2", detail='=HYPERLINK("x")', source="service"
        ),
        EnvelopeEvent(AT, "sent", status=EnvelopeStatus.SENT),  # this app, saved before `source` existed
        EnvelopeEvent(AT + timedelta(hours=1), "signed", party_id="p1", source=EventSource.SERVICE),
        EnvelopeEvent(
            AT + timedelta(hours=3), "status_changed", status=EnvelopeStatus.REJECTED, source="sync"
        ),
    )
    parties = (Party(id="p1", name="Aiko Tanaka"), Party(id="p2", name="+Bo Berg"))
    return Envelope(
        local_id="e1",
        provider=ProviderKind.ASSENTLY,
        name="NDA",
        status=EnvelopeStatus.REJECTED,
        parties=parties,
        events=events,
    )


def test_rows_are_oldest_first_with_who_and_who_saw_it(qtbot: QtBot) -> None:
    rows = [(r.what, r.who, r.source) for r in trail_rows(audited())]

    assert rows == [
        ("Sent: Sent", "", "This app"),
        ("Signed", "Aiko Tanaka", "Service"),
        ("Declined", "+Bo Berg", "Service"),
        ("Status changed: Rejected", "", "Status check"),
    ]


def test_the_details_pane_shows_the_trail_and_exports_it(qtbot: QtBot, tmp_path: Path) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_envelope(audited())
    messages: list[str] = []
    pane.events_exported.connect(messages.append)

    assert pane.events.rowCount() == 4
    assert pane.events.item(1, 2).text() == "Aiko Tanaka"  # type: ignore[union-attr]
    assert pane.export_events_button.isEnabled()
    assert pane.export_events(audited(), tmp_path / "events.csv")

    with (tmp_path / "events.csv").open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == ["Time", "What", "Who", "Details", "Seen by"]
    assert written[3][2] == "'+Bo Berg"  # a spreadsheet would run it as a formula
    assert written[3][3] == '\'=HYPERLINK("x")'
    assert messages == [f"4 event(s) saved to {tmp_path / 'events.csv'}"]


def test_an_unwritable_target_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    messages: list[str] = []
    pane.events_exported.connect(messages.append)

    assert not pane.export_events(audited(), tmp_path / "missing" / "events.csv")
    assert messages
    assert messages[0].startswith("The events could not be saved")
    assert write_trail_csv(tmp_path / "ok.csv", audited()) == 4

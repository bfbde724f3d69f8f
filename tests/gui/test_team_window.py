"""Team mode in the main window: the unreachable strip and the status bar, the "Sent by" column, who
reminded or recalled in the Events tab, and who sent it in the details."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import EnvelopeEvent, EventSource
from esign_desktop.ui.event_trail import trail_rows
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn
from esign_desktop.ui.team_status import TeamStatus
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelopes

pytestmark = pytest.mark.gui

NOW = datetime(2026, 12, 2, 15, 30).astimezone()  # local time, as the person reads it
LOST_AT = NOW.replace(hour=14, minute=5)


def cell_texts(window: MainWindow, column: EnvelopeColumn) -> list[str]:
    proxy = window.envelope_proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_account_names(ACCOUNT_NAMES)
    window.set_envelopes(list(demo_envelopes()))
    yield window
    window.allow_close()


def test_outside_team_mode_nothing_is_said_and_sent_by_is_hidden(window: MainWindow) -> None:
    assert window.team_strip.isHidden()
    assert window.team_label.isHidden()
    assert window.envelope_list.horizontalHeader().isSectionHidden(EnvelopeColumn.SENT_BY)


def test_unreachable_is_said_with_the_time_and_back_is_said_too(window: MainWindow) -> None:
    window.set_team_status(TeamStatus("Anna", connected=True), now=NOW)
    assert window.team_strip.isHidden()
    assert window.team_label.text() == "Team: connected as Anna"
    assert not window.envelope_list.horizontalHeader().isSectionHidden(EnvelopeColumn.SENT_BY)

    window.set_team_status(
        TeamStatus("Anna", connected=False, offline_since=LOST_AT.astimezone(UTC)), now=NOW
    )
    assert not window.team_strip.isHidden()
    assert window.team_strip.text() == (
        "Team database unreachable since 14:05 — working from the local copy; colleagues see your changes "
        "when it is back"
    )
    assert window.team_label.text() == "Team: offline since 14:05 (Anna)"
    assert window.envelope_proxy.rowCount() == 20  # the local copy still shows every envelope

    window.set_team_status(TeamStatus("Anna", connected=True), now=NOW)
    assert window.team_strip.isHidden()
    assert "reachable again" in window.statusBar().currentMessage()
    assert window.team_label.text() == "Team: connected as Anna"


def test_offline_since_another_day_names_the_date(window: MainWindow) -> None:
    yesterday = (LOST_AT - timedelta(days=1)).astimezone(UTC)
    window.set_team_status(TeamStatus("Anna", connected=False, offline_since=yesterday), now=NOW)
    assert (LOST_AT - timedelta(days=1)).strftime("%Y-%m-%d 14:05") in window.team_strip.text()


def test_sent_by_shows_once_an_envelope_names_its_sender(window: MainWindow) -> None:
    header = window.envelope_list.horizontalHeader()
    first = next(e for e in demo_envelopes() if e.sent_at is not None)
    assert header.isSectionHidden(EnvelopeColumn.SENT_BY)
    window.upsert_envelopes([replace(first, sent_by="Björn")])
    assert not header.isSectionHidden(EnvelopeColumn.SENT_BY)
    assert header.visualIndex(EnvelopeColumn.SENT_BY) == header.visualIndex(EnvelopeColumn.NAME) + 1
    assert "Björn" in cell_texts(window, EnvelopeColumn.SENT_BY)
    window.search.setText("björn")  # the search finds what a colleague sent
    assert cell_texts(window, EnvelopeColumn.SENT_BY) == ["Björn"]
    window.search.clear()
    window.select_envelope(first.local_id)
    assert "by Björn" in window.details.dates_label.text()


def test_the_events_name_who_reminded_and_who_recalled() -> None:
    envelope = next(e for e in demo_envelopes() if e.sent_at is not None)
    events = (
        EnvelopeEvent(DEMO_NOW, "reminded", source=EventSource.APP, actor="Anna"),
        EnvelopeEvent(DEMO_NOW + timedelta(minutes=5), "recalled", source=EventSource.APP, actor="Björn"),
    )
    rows = trail_rows(replace(envelope, events=events))
    assert [(row.what, row.who) for row in rows] == [("Reminder sent", "Anna"), ("Recalled", "Björn")]


def test_a_header_saved_before_sent_by_existed_keeps_it_hidden(qtbot: QtBot, window: MainWindow) -> None:
    old_list = QTableView()
    qtbot.addWidget(old_list)
    old_list.setModel(QStandardItemModel(0, len(EnvelopeColumn) - 1))
    old_list.horizontalHeader().resizeSection(EnvelopeColumn.NAME, 333)
    saved = base64.b64encode(old_list.horizontalHeader().saveState().data()).decode("ascii")
    window.restore_state({"header": saved})
    header = window.envelope_list.horizontalHeader()
    assert header.sectionSize(EnvelopeColumn.NAME) == 333  # the person's widths are kept
    assert header.isSectionHidden(EnvelopeColumn.SENT_BY)
    window.set_team_status(TeamStatus("Anna", connected=True), now=NOW)
    window.restore_state({"header": saved})
    assert not header.isSectionHidden(EnvelopeColumn.SENT_BY)

"""Desktop notifications: one per envelope, grouped when several arrive together, clickable, optional."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.sync import StatusChange
from esign_desktop.ui.tray_notifier import DEFAULT_GROUPING_MS, MAX_NAMED_IN_GROUP, Shown, TrayNotifier

pytestmark = pytest.mark.gui

SENT, COMPLETED, REJECTED = EnvelopeStatus.SENT, EnvelopeStatus.COMPLETED, EnvelopeStatus.REJECTED


def change(
    name: str, new: EnvelopeStatus = COMPLETED, old: EnvelopeStatus | None = SENT, local_id: str = ""
) -> StatusChange:
    envelope = Envelope(
        local_id=local_id or f"id-{name}", provider=ProviderKind.ASSENTLY, name=name, status=new
    )
    return StatusChange(envelope, old, new)


@pytest.fixture
def displayed() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def tray(qtbot: QtBot, displayed: list[tuple[str, str]]) -> TrayNotifier:
    return TrayNotifier(show=lambda title, text: displayed.append((title, text)))


def test_one_change_becomes_one_notification_after_the_grouping_window(
    tray: TrayNotifier, displayed: list[tuple[str, str]]
) -> None:
    tray.notify_changes([change("NDA")])

    assert tray.timer.isActive()
    assert tray.timer.interval() == DEFAULT_GROUPING_MS
    assert displayed == []  # waits for the window to close
    shown = tray.flush()

    assert shown == Shown(title="NDA", text="Completed (was sent)", local_ids=("id-NDA",))
    assert tray.shown == [shown]
    assert displayed == [("NDA", "Completed (was sent)")]
    assert not tray.timer.isActive()


def test_changes_within_the_window_are_grouped(tray: TrayNotifier, displayed: list[tuple[str, str]]) -> None:
    tray.notify_changes([change("NDA")])
    tray.notify_changes([change("Lease", REJECTED), change("Offer", EnvelopeStatus.SIGNED)])

    tray.flush()

    assert tray.shown == [
        Shown(
            title="3 envelopes changed",
            text="NDA completed; Lease rejected; Offer signed, finalising",
            local_ids=("id-NDA", "id-Lease", "id-Offer"),
        )
    ]
    assert len(displayed) == 1


def test_a_large_group_names_the_first_few(tray: TrayNotifier) -> None:
    names = [f"Contract {number}" for number in range(MAX_NAMED_IN_GROUP + 3)]
    tray.notify_changes([change(name) for name in names])

    shown = tray.flush()

    assert shown is not None
    assert shown.title == f"{len(names)} envelopes changed"
    assert shown.text.endswith("; and 3 more")
    assert f"{names[MAX_NAMED_IN_GROUP - 1]} completed" in shown.text
    assert names[MAX_NAMED_IN_GROUP] not in shown.text


def test_an_envelope_changing_twice_in_a_window_is_one_notification(tray: TrayNotifier) -> None:
    tray.notify_changes([change("NDA", EnvelopeStatus.SIGNED, SENT)])
    tray.notify_changes([change("NDA", COMPLETED, EnvelopeStatus.SIGNED)])

    shown = tray.flush()

    assert shown == Shown(title="NDA", text="Completed (was signed, finalising)", local_ids=("id-NDA",))


def test_the_grouping_timer_flushes_by_itself(qtbot: QtBot, displayed: list[tuple[str, str]]) -> None:
    tray = TrayNotifier(show=lambda title, text: displayed.append((title, text)), grouping_ms=1)

    with qtbot.waitSignal(tray.notified, timeout=1000) as blocker:
        tray.notify_changes([change("NDA"), change("Lease")])

    assert blocker.args == [tray.shown[0]]
    assert tray.shown[0].title == "2 envelopes changed"
    assert len(displayed) == 1


def test_envelopes_seen_for_the_first_time_are_not_announced(tray: TrayNotifier) -> None:
    tray.notify_changes([change("Imported", old=None)])

    assert tray.pending_count() == 0
    assert not tray.timer.isActive()
    assert tray.flush() is None
    assert tray.shown == []


def test_first_seen_envelopes_can_be_announced_when_asked(qtbot: QtBot) -> None:
    tray = TrayNotifier(show=lambda _title, _text: None, include_first_seen=True)

    tray.notify_changes([change("Imported", old=None)])

    assert tray.flush() == Shown(title="Imported", text="Completed", local_ids=("id-Imported",))


def test_clicking_opens_the_single_envelope_or_the_first_of_a_group(tray: TrayNotifier, qtbot: QtBot) -> None:
    tray.notify_changes([change("NDA")])
    tray.flush()
    with qtbot.waitSignal(tray.envelope_activated, timeout=0) as single:
        tray.on_tray_message_clicked()
    assert single.args == ["id-NDA"]

    tray.notify_changes([change("Lease"), change("Offer")])
    tray.flush()
    with qtbot.waitSignal(tray.envelope_activated, timeout=0) as group:
        tray.on_tray_message_clicked()
    assert group.args == ["id-Lease"]


def test_clicking_before_any_notification_does_nothing(tray: TrayNotifier, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(tray.envelope_activated):
        tray.on_tray_message_clicked()


def test_disabled_notifications_show_nothing(tray: TrayNotifier, displayed: list[tuple[str, str]]) -> None:
    tray.set_enabled(False)
    tray.notify_changes([change("NDA")])

    assert not tray.is_enabled()
    assert tray.flush() is None
    assert displayed == []


def test_turning_notifications_off_drops_what_was_waiting(tray: TrayNotifier) -> None:
    tray.notify_changes([change("NDA")])
    tray.set_enabled(False)

    assert not tray.timer.isActive()
    tray.set_enabled(True)
    assert tray.flush() is None
    assert tray.shown == []


def test_without_a_system_tray_it_still_records_what_it_would_show(qtbot: QtBot) -> None:
    tray = TrayNotifier()  # the real show function; offscreen there is no tray

    tray.notify_changes([change("NDA", REJECTED)])
    shown = tray.flush()

    assert tray.tray is None
    assert shown == Shown(title="NDA", text="Rejected (was sent)", local_ids=("id-NDA",))
    assert tray.shown == [shown]

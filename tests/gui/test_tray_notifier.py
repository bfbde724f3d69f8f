"""Desktop notifications: one per notice, grouped when several arrive together, clickable, each optional."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.services.status_monitor import Notice, NoticeKind
from esign_desktop.ui.app_icon import app_icon
from esign_desktop.ui.tray_notifier import DEFAULT_GROUPING_MS, MAX_NAMED_IN_GROUP, Shown, TrayNotifier

pytestmark = pytest.mark.gui


def envelope(name: str, status: EnvelopeStatus = EnvelopeStatus.COMPLETED, signed: int = 0) -> Envelope:
    parties = tuple(
        Party(
            id=f"p{n}",
            name=f"Signer {n}",
            status=PartyStatus.SIGNED if n < signed else PartyStatus.WAITING,
        )
        for n in range(2)
    )
    return Envelope(
        local_id=f"id-{name}", provider=ProviderKind.ASSENTLY, name=name, status=status, parties=parties
    )


def notice(name: str, kind: NoticeKind = NoticeKind.COMPLETED, party: Party | None = None) -> Notice:
    return Notice(kind, envelope(name), party)


@pytest.fixture
def displayed() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def tray(qtbot: QtBot, displayed: list[tuple[str, str]]) -> TrayNotifier:
    return TrayNotifier(show=lambda title, text: displayed.append((title, text)))


def test_one_notice_becomes_one_notification_after_the_grouping_window(
    tray: TrayNotifier, displayed: list[tuple[str, str]]
) -> None:
    tray.notify([notice("NDA")])

    assert tray.timer.isActive()
    assert tray.timer.interval() == DEFAULT_GROUPING_MS
    assert displayed == []  # waits for the window to close
    shown = tray.flush()

    assert shown == Shown(title="NDA", text="Completed: everyone has signed", local_ids=("id-NDA",))
    assert tray.shown == [shown]
    assert displayed == [("NDA", "Completed: everyone has signed")]
    assert not tray.timer.isActive()


@pytest.mark.parametrize(
    ("kind", "party", "text"),
    [
        (NoticeKind.SIGNED, Party(id="p0", name="Signer 0", status=PartyStatus.SIGNED), "Signed by Signer 0"),
        (
            NoticeKind.SIGNED,
            Party(id="a", name="Boss", role=PartyRole.APPROVER, status=PartyStatus.APPROVED),
            "Approved by Boss",
        ),
        (NoticeKind.DECLINED, Party(id="p1", name="Bo", status=PartyStatus.DECLINED), "Declined by Bo"),
        (NoticeKind.EXPIRED, None, "Expired before everyone signed"),
        (NoticeKind.ACTION_NEEDED, Party(id="a", name="Boss"), "Waiting for approval by Boss"),
        (NoticeKind.SEND_FAILED, None, "Could not be sent"),
    ],
)
def test_each_kind_says_what_happened(
    tray: TrayNotifier, kind: NoticeKind, party: Party | None, text: str
) -> None:
    tray.notify([Notice(kind, envelope("NDA", signed=1), party)])

    shown = tray.flush()

    assert shown is not None
    assert shown.text.startswith(text)


def test_notices_within_the_window_are_grouped(tray: TrayNotifier, displayed: list[tuple[str, str]]) -> None:
    tray.notify([notice("NDA")])
    tray.notify([notice("Lease", NoticeKind.DECLINED), notice("Offer", NoticeKind.EXPIRED)])

    shown = tray.flush()

    every = "NDA: Completed: everyone has signed\nLease: Declined\nOffer: Expired before everyone signed"
    assert shown == Shown(
        title="3 envelope updates",
        text=every,
        local_ids=("id-NDA", "id-Lease", "id-Offer"),
        every_change=every,
    )
    assert len(displayed) == 1


def test_a_large_group_names_the_first_few(tray: TrayNotifier) -> None:
    names = [f"Contract {number}" for number in range(MAX_NAMED_IN_GROUP + 3)]
    tray.notify([notice(name) for name in names])

    shown = tray.flush()

    assert shown is not None
    assert shown.title == f"{len(names)} envelope updates"
    assert shown.text.endswith("and 3 more")
    assert f"{names[MAX_NAMED_IN_GROUP - 1]}:" in shown.text
    assert f"{names[MAX_NAMED_IN_GROUP]}:" not in shown.text
    # The in-window notice has room for every change: none is left as "and N more".
    assert [line.split(":")[0] for line in shown.every_change.splitlines()] == names


def test_the_same_notice_twice_in_a_window_is_one(tray: TrayNotifier) -> None:
    tray.notify([notice("NDA")])
    tray.notify([notice("NDA")])

    assert tray.pending_count() == 1


def test_the_grouping_timer_flushes_by_itself(qtbot: QtBot, displayed: list[tuple[str, str]]) -> None:
    tray = TrayNotifier(show=lambda title, text: displayed.append((title, text)), grouping_ms=1)

    with qtbot.waitSignal(tray.notified, timeout=1000) as blocker:
        tray.notify([notice("NDA"), notice("Lease")])

    assert blocker.args == [tray.shown[0]]
    assert tray.shown[0].title == "2 envelope updates"
    assert len(displayed) == 1


def test_a_muted_kind_is_not_shown_and_others_are(tray: TrayNotifier) -> None:
    tray.set_muted([NoticeKind.SIGNED])
    signer = Party(id="p0", name="Signer 0", status=PartyStatus.SIGNED)

    tray.notify([Notice(NoticeKind.SIGNED, envelope("NDA", signed=1), signer)])
    assert tray.pending_count() == 0
    tray.notify([notice("Lease", NoticeKind.DECLINED)])

    assert tray.flush() == Shown(title="Lease", text="Declined", local_ids=("id-Lease",))


def test_muting_drops_that_kind_from_what_was_waiting(tray: TrayNotifier) -> None:
    tray.notify([notice("NDA"), notice("Lease", NoticeKind.EXPIRED)])

    tray.set_muted([NoticeKind.COMPLETED])

    assert tray.pending_count() == 1


def test_clicking_opens_the_single_envelope_or_the_first_of_a_group(tray: TrayNotifier, qtbot: QtBot) -> None:
    tray.notify([notice("NDA")])
    tray.flush()
    with qtbot.waitSignal(tray.envelope_activated, timeout=0) as single:
        tray.on_tray_message_clicked()
    assert single.args == ["id-NDA"]

    tray.notify([notice("Lease"), notice("Offer")])
    tray.flush()
    with qtbot.waitSignal(tray.envelope_activated, timeout=0) as group:
        tray.on_tray_message_clicked()
    assert group.args == ["id-Lease"]


def test_clicking_before_any_notification_does_nothing(tray: TrayNotifier, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(tray.envelope_activated):
        tray.on_tray_message_clicked()
        tray.on_desktop_notification_clicked(7)


def test_disabled_notifications_show_nothing(tray: TrayNotifier, displayed: list[tuple[str, str]]) -> None:
    tray.set_enabled(False)
    tray.notify([notice("NDA")])

    assert not tray.is_enabled()
    assert tray.flush() is None
    assert displayed == []


def test_turning_notifications_off_drops_what_was_waiting(tray: TrayNotifier) -> None:
    tray.notify([notice("NDA")])
    tray.set_enabled(False)

    assert not tray.timer.isActive()
    tray.set_enabled(True)
    assert tray.flush() is None
    assert tray.shown == []


def test_without_a_system_tray_or_bus_it_still_records_what_it_would_show(qtbot: QtBot) -> None:
    tray = TrayNotifier(icon=app_icon())  # the real backends; offscreen there is no tray

    tray.notify([notice("NDA", NoticeKind.DECLINED)])
    shown = tray.flush()

    assert tray.tray is None
    assert tray.backend == ""
    assert shown == Shown(title="NDA", text="Declined", local_ids=("id-NDA",))
    assert tray.shown == [shown]


def test_the_icon_has_pixels_at_every_size(qtbot: QtBot) -> None:
    icon = app_icon()

    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage()
    assert image.pixelColor(16, 16).alpha() == 255  # the page is opaque
    assert image.pixelColor(0, 0).alpha() == 0  # the corner is transparent

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from esign_desktop.domain.model import EnvelopeEvent
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.storage.event_log import EventLog
from esign_desktop.storage.sql import SqlDatabase

T0 = datetime(2026, 5, 1, 12, tzinfo=UTC)


def test_events_come_back_in_time_order_per_envelope(any_database: SqlDatabase) -> None:
    log = EventLog(any_database)
    sent = EnvelopeEvent(at=T0, kind="sent", status=EnvelopeStatus.SENT)
    signed = EnvelopeEvent(
        at=T0 + timedelta(hours=2), kind="signatureadded", party_id="p1", detail="Ann signed"
    )
    reminded = EnvelopeEvent(at=T0 + timedelta(hours=1), kind="reminded")
    log.append("env-1", sent)
    assert log.append_many("env-1", [signed, reminded]) == 2
    log.append("env-2", EnvelopeEvent(at=T0, kind="sent"))
    assert log.for_envelope("env-1") == (sent, reminded, signed)
    assert log.for_envelope("nothing") == ()


def test_same_instant_keeps_append_order_and_times_from_other_zones_compare_equal(
    any_database: SqlDatabase,
) -> None:
    log = EventLog(any_database)
    from datetime import timezone

    tokyo = T0.astimezone(timezone(timedelta(hours=9)))
    events = [EnvelopeEvent(at=tokyo, kind=f"k{number}") for number in range(5)]
    log.append_many("e", events)
    assert log.for_envelope("e") == tuple(events)
    assert log.remove_for_envelope("e") == 5
    assert log.for_envelope("e") == ()


def test_each_event_keeps_its_actor_and_gets_a_team_wide_id(any_database: SqlDatabase) -> None:
    log = EventLog(any_database)
    at = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    log.append_many("env-1", [EnvelopeEvent(at, "reminded", actor="Anna"), EnvelopeEvent(at, "recalled")])
    assert [(event.kind, event.actor) for event in log.for_envelope("env-1")] == [
        ("reminded", "Anna"),
        ("recalled", ""),
    ]
    with any_database.read() as connection:
        uids = [row[0] for row in connection.execute("SELECT uid FROM events").fetchall()]
    assert len(set(uids)) == 2
    assert all(len(uid) == 32 for uid in uids)

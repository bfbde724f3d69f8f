"""Issue 17, finding 2: a store that degrades, never dies.

A row that cannot be read is set aside (quarantine: kept, listed with what was wrong, exportable, deletable)
and every other read goes on; a damaged database file is named as such at open (never a hang, an empty file
never silently replaced); backups with SQLite's online backup API; typed errors only.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.storage import backups, error_templates
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.codec import CodecError, envelope_to_json
from esign_desktop.storage.database import Database, sqlite_migrations
from esign_desktop.storage.errors import DamagedDatabaseError, StorageError
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.outbox import OutboxState
from esign_desktop.storage.paths import AppPaths
from tests.storage_damage import DAMAGES, checkpoint_and_close

# What finding 2 found in cached rows: the CLI's loose specs, any non-JSON body, random bytes.
BAD_BODIES: dict[str, object] = {
    "not JSON": "this is not json",
    "random bytes": bytes(range(256)) * 3,
    "invalid UTF-8 text": b'\xff\xfe{"format": 1}',
    "wrong shape": json.dumps({"format": 1, "value": {"local_id": 5, "provider": "assently"}}),
    "null group (written by the old CLI)": None,  # filled in below from a real envelope
    "newer format": json.dumps({"format": 99, "value": {}}),
    "deep nesting": "[" * 50_000 + "]" * 50_000,
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(AppPaths.under(tmp_path / "home")) as opened:
        yield opened


def account(store: LocalStore) -> Account:
    existing = store.accounts.list()
    if existing:
        return existing[0]
    return store.accounts.add(Account(provider=ProviderKind.ASSENTLY, name="A", base_url=""))


def cached(store: LocalStore, name: str) -> Envelope:
    envelope = Envelope(
        local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id=account(store).id, name=name
    )
    store.envelopes.upsert(envelope)
    return envelope


def null_group_body(envelope: Envelope) -> str:
    plain = json.loads(envelope_to_json(envelope))
    plain["value"]["parties"] = [{"id": "p1", "any_one_of_group": None}]
    return json.dumps(plain)


def set_body(store: LocalStore, local_id: str, body: object) -> None:
    with store.database.transaction("test") as connection:
        connection.execute("UPDATE envelope_bodies SET json = ? WHERE local_id = ?", (body, local_id))


@pytest.mark.parametrize("kind", list(BAD_BODIES))
def test_one_bad_cached_row_is_set_aside_and_the_rest_reads(
    store: LocalStore, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    good = [cached(store, f"good {i}") for i in range(3)]
    bad = cached(store, "bad")
    body = BAD_BODIES[kind]
    if isinstance(body, bytes) and kind == "invalid UTF-8 text":
        with store.database.transaction("test") as connection:  # stored as TEXT with invalid UTF-8
            connection.execute(
                "UPDATE envelope_bodies SET json = CAST(? AS TEXT) WHERE local_id = ?", (body, bad.local_id)
            )
    else:
        set_body(store, bad.local_id, null_group_body(bad) if body is None else body)

    everything = store.envelopes.all_envelopes()

    assert sorted(e.name for e in everything) == sorted(e.name for e in good)
    assert store.envelopes.get(bad.local_id) is None
    assert sorted(s.name for s in store.envelopes.list()) == sorted(e.name for e in good)
    (record,) = store.quarantine.list()
    assert (record.source, record.record_key) == ("envelopes", bad.local_id)
    assert record.reason
    assert "bad" not in record.reason  # the reason never quotes stored content


def test_a_row_with_an_unknown_status_does_not_stop_the_list_or_the_counts(
    store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    good = cached(store, "good")
    bad = cached(store, "bad")
    with store.database.transaction("test") as connection:
        connection.execute("UPDATE envelopes SET status = 'exploded' WHERE local_id = ?", (bad.local_id,))
    assert store.envelopes.count_by_status()[EnvelopeStatus.DRAFT] == 1
    assert [s.local_id for s in store.envelopes.list()] == [good.local_id]
    assert [r.record_key for r in store.quarantine.list()] == [bad.local_id]


def test_a_set_aside_record_is_exported_whole_and_can_be_deleted(
    store: LocalStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bad = cached(store, "bad")
    set_body(store, bad.local_id, "not json at all")
    store.envelopes.all_envelopes()
    (record,) = store.quarantine.list()

    target = tmp_path / "record.json"
    store.quarantine.export(record.id, target)
    exported = json.loads(target.read_text(encoding="ascii"))
    assert exported["record"]["envelope_bodies"][0]["json"] == "not json at all"
    assert exported["record"]["envelopes"]["name"] == "bad"
    assert exported["reason"] == record.reason
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    assert store.quarantine.delete(record.id)
    assert store.quarantine.list() == []


def test_a_row_rewritten_by_a_good_save_is_not_set_aside(store: LocalStore) -> None:
    envelope = cached(store, "fine")
    rows = [{"local_id": envelope.local_id}]
    # the first read failed, but the row reads fine inside the quarantining transaction
    store.quarantine.read_each("envelopes", rows, _always_fails, store.envelopes._still_bad)  # type: ignore[arg-type]
    assert store.quarantine.list() == []
    assert store.envelopes.get(envelope.local_id) == envelope


def _always_fails(_row: object) -> object:
    raise CodecError(error_templates.SAVED_DAMAGED, "Envelope", "TypeError")


def test_bad_drafts_and_outbox_snapshots_are_set_aside(
    store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    envelope = Envelope(
        local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id=account(store).id, name="d"
    )
    store.drafts.save(envelope)
    good = store.outbox.enqueue(cached(store, "queued"), remote_id="r1")
    bad = store.outbox.enqueue(cached(store, "queued 2"), remote_id="r2")
    with store.database.transaction("test") as connection:
        connection.execute("UPDATE drafts SET json = '{' WHERE local_id = ?", (envelope.local_id,))
        connection.execute("UPDATE outbox SET envelope_json = x'00ff' WHERE id = ?", (bad.id,))

    assert store.drafts.load(envelope.local_id) is None
    assert store.drafts.list() == []
    assert [e.id for e in store.outbox.pending()] == [good.id]
    assert {r.source for r in store.quarantine.list()} == {"drafts", "outbox"}
    assert store.drafts.collect_garbage() >= 0  # garbage collection still runs


def test_writes_are_as_strict_as_reads(store: LocalStore) -> None:
    """Nothing the reader would refuse is ever written (the old CLI wrote `any_one_of_group: null`)."""
    from dataclasses import replace

    from esign_desktop.domain.model import Party

    envelope = cached(store, "x")
    loose = replace(envelope, parties=(Party(id="p1", any_one_of_group=None),))  # type: ignore[arg-type]
    with pytest.raises(CodecError):
        store.envelopes.upsert(loose)
    with pytest.raises(CodecError):
        store.envelopes.upsert(replace(envelope, expire_after_days=True))
    assert store.envelopes.get(envelope.local_id) == envelope


# -- the database file ---------------------------------------------------------------------------------------


def populated(home: Path) -> Path:
    paths = AppPaths.under(home)
    with LocalStore.open(paths) as store:
        for i in range(40):
            cached(store, f"envelope {i} " + "x" * 500)
    checkpoint_and_close(paths.database_file())
    return paths.database_file()


@pytest.mark.parametrize("damage", [name for name in DAMAGES if name != "garbage WAL"])
def test_a_damaged_database_is_named_at_open(tmp_path: Path, damage: str) -> None:
    path = populated(tmp_path / "home")
    DAMAGES[damage](path)
    size = path.stat().st_size
    with pytest.raises(DamagedDatabaseError) as caught:
        Database.open(path)
    assert caught.value.path == path
    assert "backup" in caught.value.user_message
    assert path.stat().st_size == size  # nothing rewritten, an empty file not silently replaced


def test_a_garbage_wal_is_ignored_and_the_data_kept(tmp_path: Path) -> None:
    path = populated(tmp_path / "home")
    DAMAGES["garbage WAL"](path)
    with LocalStore.open(AppPaths.under(tmp_path / "home")) as store:
        assert len(store.envelopes.all_envelopes()) == 40


def test_new_database_files_are_readable_by_the_user_only(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "home")
    with LocalStore.open(paths) as store:
        cached(store, "x")
        for path in paths.data.glob("esign-desktop.sqlite3*"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_raw_sqlite_errors_never_escape_a_read(store: LocalStore) -> None:
    with pytest.raises(StorageError), store.database.read() as connection:
        connection.execute("SELECT * FROM no_such_table")
    with pytest.raises(StorageError), store.database.transaction("x") as connection:
        connection.execute("INSERT INTO no_such_table VALUES (1)")
    assert store.database.schema_version == len(sqlite_migrations())


# -- backups -------------------------------------------------------------------------------------------------


def test_backups_rotate_and_restore_keeps_the_damaged_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = AppPaths.under(tmp_path / "home")
    with LocalStore.open(paths) as store:
        kept = cached(store, "precious")
        taken = [backups.make_backup(store.database, paths, keep=3) for _ in range(5)]
        assert all(taken)
        assert len(backups.list_backups(paths)) == 3
        assert backups.backup_if_due(store.database, paths, interval=timedelta(hours=1)) is None
    newest = backups.list_backups(paths)[0]
    assert backups.check_backup(newest)
    assert stat.S_IMODE(newest.path.stat().st_mode) == 0o600
    DAMAGES["pages overwritten"](paths.database_file())

    set_aside = backups.restore_backup(paths, newest)

    assert set_aside is not None
    assert set_aside.exists()
    with LocalStore.open(paths) as store:
        assert store.envelopes.get(kept.local_id) == kept


def test_no_backup_is_taken_of_a_damaged_database(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = AppPaths.under(tmp_path / "home")
    database = Database.open(paths.database_file())
    with database:
        database._check_health = _damaged  # type: ignore[method-assign]
        assert backups.make_backup(database, paths) is None
    assert backups.list_backups(paths) == []


def _damaged() -> None:
    raise DamagedDatabaseError(error_templates.DATABASE_DAMAGED, Path("x"))


def test_start_new_keeps_the_old_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = AppPaths.under(tmp_path / "home")
    DAMAGES["random bytes"](populated(tmp_path / "home"))
    kept = backups.start_new(paths)
    assert kept is not None
    assert kept.stat().st_size > 0
    with LocalStore.open(paths) as store:
        assert store.envelopes.all_envelopes() == []


def test_the_outbox_refuses_an_unknown_state_with_a_typed_error(store: LocalStore) -> None:
    entry = store.outbox.enqueue(cached(store, "q"), remote_id="r")
    with store.database.transaction("test") as connection:
        connection.execute("UPDATE outbox SET state = 'weird' WHERE id = ?", (entry.id,))
    with pytest.raises(StorageError):
        store.outbox.transition(entry.id, OutboxState.FAILED, error="x")
    with pytest.raises(sqlite3.Error):  # the test's own raw access still raises raw errors
        store.database._connection.execute("SELECT * FROM nothing_here")


def test_a_damaged_account_row_is_left_out_not_fatal(
    store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    kept = account(store)
    other = store.accounts.add(Account(provider=ProviderKind.GMOSIGN, name="B", base_url=""))
    with store.database.transaction("test") as connection:
        connection.execute("UPDATE accounts SET provider = 'fax' WHERE id = ?", (other.id,))
    assert [a.id for a in store.accounts.list()] == [kept.id]
    assert store.accounts.get(other.id) is None
    assert "An account record could not be read and is left out" in caplog.text


def test_a_damaged_history_line_is_left_out(store: LocalStore, caplog: pytest.LogCaptureFixture) -> None:
    from esign_desktop.domain.model import EnvelopeEvent, utc_now

    store.events.append("e1", EnvelopeEvent(at=utc_now(), kind="sent", status=EnvelopeStatus.SENT))
    store.events.append("e1", EnvelopeEvent(at=utc_now(), kind="reminded"))
    with store.database.transaction("test") as connection:
        connection.execute("UPDATE events SET status = 'lost' WHERE kind = 'sent'")
    assert [e.kind for e in store.events.for_envelope("e1")] == ["reminded"]
    assert "A history entry of an envelope could not be read" in caplog.text

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from esign_desktop.domain.model import Document, Envelope, PageInfo, Party, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.sql import SqlDatabase
from tests.strategies import envelopes

T0 = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.fixture
def database(any_database: SqlDatabase) -> SqlDatabase:
    return any_database


@pytest.fixture
def account_ids(database: SqlDatabase) -> tuple[str, str]:
    store = AccountStore(database)
    first = store.add(Account(provider=ProviderKind.ASSENTLY, name="A", base_url="https://a.test"))
    second = store.add(Account(provider=ProviderKind.GMOSIGN, name="G", base_url="https://g.test"))
    return first.id, second.id


@pytest.fixture
def cache(database: SqlDatabase) -> EnvelopeCache:
    return EnvelopeCache(database)


def _envelope(
    number: int, account_id: str, status: EnvelopeStatus = EnvelopeStatus.SENT, **changes: object
) -> Envelope:
    envelope = Envelope(
        local_id=f"env-{number}",
        provider=ProviderKind.ASSENTLY,
        account_id=account_id,
        remote_id=f"remote-{number}",
        name=f"Contract {number}",
        status=status,
        updated_at=T0 + timedelta(minutes=number),
    )
    return dataclasses.replace(envelope, **changes)  # type: ignore[arg-type]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=envelopes(account_ids=None))
def test_get_returns_exactly_what_was_upserted(
    cache: EnvelopeCache, account_ids: tuple[str, str], data: Envelope
) -> None:
    envelope = dataclasses.replace(data, account_id=account_ids[0])
    cache.upsert(envelope)
    assert cache.get(envelope.local_id) == envelope


def test_upsert_replaces_and_summaries_carry_the_list_columns(
    cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    signers = (
        Party(id="p1", name="Ann", status=PartyStatus.SIGNED),
        Party(id="p2", name="Bo", status=PartyStatus.WAITING),
    )
    cache.upsert(_envelope(1, account_ids[0]))
    cache.upsert(_envelope(1, account_ids[0], EnvelopeStatus.SIGNED, parties=signers, provider_status="Sent"))
    [row] = cache.list()
    assert row.status is EnvelopeStatus.SIGNED
    assert (row.signed_count, row.signer_count) == (1, 2)
    assert row.provider_status == "Sent"
    assert row.updated_at == T0 + timedelta(minutes=1)
    assert cache.get_by_remote(account_ids[0], "remote-1") == cache.get("env-1")
    assert cache.get_by_remote(account_ids[1], "remote-1") is None


def test_filters_by_status_account_and_search(cache: EnvelopeCache, account_ids: tuple[str, str]) -> None:
    first, second = account_ids
    cache.upsert_many(
        [
            _envelope(1, first, EnvelopeStatus.SENT),
            _envelope(2, first, EnvelopeStatus.COMPLETED, parties=(Party(id="p", email="Kari@Example.se"),)),
            _envelope(3, second, EnvelopeStatus.SENT, name="NDA 山田"),
            _envelope(
                4,
                second,
                EnvelopeStatus.REJECTED,
                documents=(
                    Document(id="d", file_name="Lease.pdf", sha512="0", size=1, pages=(PageInfo(1, 1),)),
                ),
            ),
        ]
    )
    assert [r.local_id for r in cache.list()] == ["env-4", "env-3", "env-2", "env-1"]  # newest first
    assert [r.local_id for r in cache.list(statuses={EnvelopeStatus.SENT})] == ["env-3", "env-1"]
    assert [r.local_id for r in cache.list(account_id=first)] == ["env-2", "env-1"]
    assert [r.local_id for r in cache.list(statuses=[EnvelopeStatus.SENT], account_id=second)] == ["env-3"]
    assert [r.local_id for r in cache.list(search="kari@example")] == ["env-2"]
    assert [r.local_id for r in cache.list(search="山田")] == ["env-3"]
    assert [r.local_id for r in cache.list(search="lease")] == ["env-4"]
    assert [r.local_id for r in cache.list(search="REMOTE-1")] == ["env-1"]
    assert [r.local_id for r in cache.list(limit=2, offset=1)] == ["env-3", "env-2"]
    assert cache.count(search="contract") == 3
    counts = cache.count_by_status()
    assert counts[EnvelopeStatus.SENT] == 2
    assert counts[EnvelopeStatus.DRAFT] == 0
    assert sum(counts.values()) == 4
    assert cache.count_by_status(account_id=first)[EnvelopeStatus.COMPLETED] == 1


def test_search_text_with_like_wildcards_is_literal(
    cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    cache.upsert_many(
        [_envelope(1, account_ids[0], name="50% off"), _envelope(2, account_ids[0], name="500")]
    )
    assert [r.local_id for r in cache.list(search="0%")] == ["env-1"]


def test_unknown_account_is_a_storage_error_and_nothing_is_written(
    cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        cache.upsert_many([_envelope(1, account_ids[0]), _envelope(2, "no-such-account")])
    assert cache.count() == 0


def test_remove_also_drops_the_body(
    database: SqlDatabase, cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    cache.upsert_many([_envelope(1, account_ids[0]), _envelope(2, account_ids[0])])
    assert cache.remove("env-1") is True
    assert cache.get("env-1") is None
    assert cache.remove("env-1") is False
    with database.read() as connection:
        assert [row[0] for row in connection.execute("SELECT local_id FROM envelope_bodies")] == ["env-2"]


@pytest.mark.parametrize("any_database", ["sqlite"], indirect=True)  # SQLite's planner and SQL
def test_list_queries_use_indexes(
    database: SqlDatabase, cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    statements: list[str] = []
    with database.read() as connection:
        assert isinstance(connection, sqlite3.Connection)
        connection.set_trace_callback(statements.append)
    cache.list(statuses={EnvelopeStatus.SENT}, limit=100)
    cache.list(statuses={EnvelopeStatus.SENT, EnvelopeStatus.SIGNED})
    cache.list(account_id=account_ids[0], limit=100)
    cache.list(limit=100)
    cache.count_by_status()
    cache.get_by_remote(account_ids[0], "r")
    with database.read() as connection:
        assert isinstance(connection, sqlite3.Connection)
        connection.set_trace_callback(None)
        queries = [sql for sql in statements if sql.startswith("SELECT")]
        assert len(queries) == 6
        for sql in queries:
            detail = " ".join(row["detail"] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
            assert "INDEX" in detail, (sql, detail)
            assert not re.search(r"SCAN envelopes(?! USING)", detail), (sql, detail)


@pytest.mark.parametrize("any_database", ["sqlite"], indirect=True)  # SQLite's planner and SQL
def test_a_hundred_thousand_rows_stay_fast(
    database: SqlDatabase, cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    # Rows are generated inside SQLite to keep the test quick; one real envelope's JSON is every body.
    template = _envelope(0, account_ids[1])
    cache.upsert(template)
    statuses = [status.value for status in EnvelopeStatus]
    with database.transaction("test") as connection:
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 99999) "
            "INSERT INTO envelopes (local_id, account_id, provider, remote_id, name, status, updated_at, "
            "search_text) "
            "SELECT printf('e%06d', i), ?, 'gmosign', '', 'Invoice ' || i, "
            "json_extract(?, '$[' || (i % ?) || ']'), "
            "strftime('%Y-%m-%dT%H:%M:%f000+00:00', '2026-03-01', '+' || i || ' seconds'), "
            "'invoice ' || i FROM n",
            (account_ids[1], json.dumps(statuses), len(statuses)),
        )
        connection.execute(
            "INSERT INTO envelope_bodies (local_id, json) SELECT e.local_id, t.json "
            "FROM envelopes AS e, envelope_bodies AS t WHERE t.local_id = 'env-0' AND e.local_id != 'env-0'"
        )
    assert cache.count() == 100_000
    started = time.perf_counter()
    page = cache.list(statuses={EnvelopeStatus.SENT}, limit=200)
    counts = cache.count_by_status()
    found = cache.list(search="invoice 99999")
    elapsed = time.perf_counter() - started
    assert len(page) == 200
    assert page[0].local_id == "e099992"  # the newest SENT one (99992 % 10 == 2, the index of SENT)
    assert page[0].updated_at == T0 + timedelta(seconds=99992)
    assert counts[EnvelopeStatus.SENT] == 10_000 + 1  # the template envelope is SENT too
    assert [row.local_id for row in found] == ["e099999"]
    assert elapsed < 1.0, f"list, count and search over 100,000 rows took {elapsed:.2f} s"


def test_all_envelopes_returns_every_envelope_whole_newest_first(
    cache: EnvelopeCache, account_ids: tuple[str, str]
) -> None:
    first, second = account_ids
    envelopes = [_envelope(1, first), _envelope(3, second, EnvelopeStatus.DRAFT), _envelope(2, first)]
    cache.upsert_many(envelopes)
    assert cache.all_envelopes() == [envelopes[1], envelopes[2], envelopes[0]]


def test_the_list_says_who_sent_each_envelope(cache: EnvelopeCache, account_ids: tuple[str, str]) -> None:
    cache.upsert_many(
        [
            dataclasses.replace(_envelope(1, account_ids[0]), sent_by="Anna"),
            _envelope(2, account_ids[0]),
        ]
    )
    assert {row.local_id: row.sent_by for row in cache.list()} == {"env-1": "Anna", "env-2": ""}
    envelope = cache.get("env-1")
    assert envelope is not None
    assert envelope.sent_by == "Anna"

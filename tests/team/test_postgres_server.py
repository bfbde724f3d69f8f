"""The test PostgreSQL server itself: real, reachable, one fresh database per test."""

from __future__ import annotations

import psycopg


def test_each_test_gets_an_empty_database_on_a_real_server(team_dsn: str) -> None:
    with psycopg.connect(team_dsn) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert version is not None
    assert int(version[0]) >= 130000
    assert tables == (0,)

"""An error kept in a text column comes back as the same template and values (Phrases and errors inside it
included); a column written before (the English sentence) still reads, as that sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.database import Database
from esign_desktop.storage.quarantine import Quarantine
from esign_desktop.storage.stored_errors import english_of_column, error_column, error_from_column


def _same(a: AppError, b: AppError) -> None:
    assert (a.template, a.subject, a.message) == (b.template, b.subject, b.message)
    assert len(a.values) == len(b.values)
    for x, y in zip(a.values, b.values, strict=True):
        if isinstance(x, AppError):
            assert isinstance(y, AppError)
            _same(x, y)
        else:
            assert (x, type(x)) == (y, type(y))


def test_an_error_comes_back_with_its_phrases_and_the_error_inside_it() -> None:
    inner = AppError("Could not finish %1: the disk is full (%2).", Phrase("saving the draft"), "sda1")
    error = AppError("Gave up after %1 tries: %2 It will not be sent twice.", 3, inner, subject="x.pdf")

    column = error_column(error)
    back = error_from_column(column)

    assert back is not None
    _same(back, error)
    assert english_of_column(column) == error.message
    assert column.startswith('{"message": "x.pdf: Gave up after 3 tries')  # what an older version shows


@pytest.mark.parametrize(
    "column",
    [
        "It cannot be read back (KeyError).",  # an older row: the English sentence
        "",
        "{not json",
        '{"template": 3, "values": []}',
        '{"template": "%1", "values": [{"what": 1}]}',
        '{"template": "%1", "values": [' * 50 + "]" * 50 + "}",
    ],
)
def test_anything_else_is_no_stored_error_and_reads_as_it_is(column: str) -> None:
    assert error_from_column(column) is None
    assert english_of_column(column) == column


def test_a_record_set_aside_keeps_its_reason_as_an_error_and_older_rows_still_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = Database.open(tmp_path / "store.sqlite3")
    try:
        quarantine = Quarantine(database)
        with database.transaction("test") as connection:
            connection.execute(
                "INSERT INTO accounts (id, provider, name, base_url, created_at, state) "
                "VALUES ('a1', 'assently', 'Office', '', 'x', 'ok')"
            )
            connection.execute(
                "INSERT INTO outbox (id, envelope_local_id, account_id, provider, remote_id, state, "
                "match_json, envelope_json, created_at, updated_at) "
                "VALUES ('e1', 'l1', 'a1', 'assently', '', 'pending', '{}', '{}', 'x', 'x')"
            )
            connection.execute(
                "INSERT INTO quarantine (source, record_key, reason, content, found_at) "
                "VALUES ('drafts', 'old', ?, '{}', '2026-01-01T00:00:00+00:00')",
                ("It cannot be read back (KeyError).",),
            )
        reason = AppError(templates.CANNOT_BE_READ_BACK, "TypeError")
        assert quarantine.take("outbox", "e1", reason)
        assert "set aside: It cannot be read back (TypeError)." in caplog.text  # the log stays English

        new, old = sorted(quarantine.list(), key=lambda record: record.record_key)

        assert (new.record_key, new.reason) == ("e1", "It cannot be read back (TypeError).")
        assert new.problem is not None
        _same(new.problem, reason)
        assert (old.record_key, old.reason, old.problem) == (
            "old",
            "It cannot be read back (KeyError).",
            None,
        )
    finally:
        database.close()

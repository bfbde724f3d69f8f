"""How the team database's errors read: a conflict between desktops is "try again", not "unreachable"."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pg_errors

from esign_desktop.storage.errors import StorageBusyError, StorageError, TeamDatabaseUnavailableError
from esign_desktop.storage.postgres import PostgresDatabase


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (pg_errors.DeadlockDetected("deadlock detected"), StorageBusyError),
        (pg_errors.SerializationFailure("could not serialize access"), StorageBusyError),
        (pg_errors.LockNotAvailable("could not obtain lock"), StorageBusyError),
        (psycopg.OperationalError("connection refused"), TeamDatabaseUnavailableError),
        (pg_errors.AdminShutdown("terminating connection"), TeamDatabaseUnavailableError),
        (pg_errors.ForeignKeyViolation("violates foreign key"), StorageError),
    ],
)
def test_each_error_reads_as_what_the_person_can_do(error: psycopg.Error, kind: type[StorageError]) -> None:
    database = PostgresDatabase.later("postgresql://esign:hunter2@db.example.com/esign")
    translated = database.error_for(error, "saving the envelope list")
    assert type(translated) is kind
    assert "hunter2" not in translated.user_message
    if kind is TeamDatabaseUnavailableError:  # where it is, never the password, and that nothing is lost
        assert "esign@db.example.com" in translated.user_message
        assert "Your work is kept on this computer" in translated.user_message
    elif kind is StorageBusyError:
        assert translated.user_message.endswith("Try again.")
    else:
        assert translated.user_message.startswith("Could not finish saving the envelope list")

"""Automatic backups of the database (SQLite's online backup API) and the way out of a damaged one.

`backup_if_due` copies the live database into `backups/` at most once per interval (the app checks at start
and every hour), only while the database passes its quick check (a damaged database never pushes a good
backup out), and keeps the newest `KEEP`. When the database is found damaged at start, the person chooses:
`restore_backup` (the damaged file is kept aside, the backup copied into place) or `start_new` (the damaged
file is kept aside, a new database is created on the next open). Nothing is ever deleted on the way.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from esign_desktop.domain.model import utc_now
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.database import Database
from esign_desktop.storage.errors import StorageError, from_os_error
from esign_desktop.storage.paths import AppPaths

_log = logging.getLogger(__name__)

KEEP = 5
INTERVAL = timedelta(hours=24)
_NAME = re.compile(r"^esign-desktop-(\d{8}T\d{6}\d{6}Z)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime


def backups_dir(paths: AppPaths) -> Path:
    directory = paths.data_dir() / "backups"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def list_backups(paths: AppPaths) -> list[Backup]:
    """Newest first."""
    found = []
    for path in backups_dir(paths).iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(database: Database, paths: AppPaths, *, keep: int = KEEP) -> Backup | None:
    """Back up now (None when the live database fails its check: then the old backups stay untouched)."""
    if not database.is_healthy():
        _log.error("The database failed its check; no backup taken, the existing ones are kept")
        return None
    now = utc_now()
    target = backups_dir(paths) / f"esign-desktop-{now.strftime(_STAMP)}.sqlite3"
    database.backup_to(target)
    for old in list_backups(paths)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    _log.info("Database backed up to %s", target.name)
    return Backup(target, now)


def backup_if_due(
    database: Database, paths: AppPaths, *, interval: timedelta = INTERVAL, keep: int = KEEP
) -> Backup | None:
    backups = list_backups(paths)
    if backups and utc_now() - backups[0].taken_at < interval:
        return None
    return make_backup(database, paths, keep=keep)


def set_aside(database_file: Path) -> Path | None:
    """Rename the database (with its -wal/-shm) to `<name>.damaged-<time>`; returns the new name."""
    if not database_file.exists():
        return None
    suffix = f".damaged-{utc_now().strftime(_STAMP)}"
    kept = database_file.with_name(database_file.name + suffix)
    try:
        for extra in ("-wal", "-shm"):
            companion = database_file.with_name(database_file.name + extra)
            if companion.exists():
                companion.replace(companion.with_name(kept.name + extra))
        database_file.replace(kept)
    except OSError as error:
        raise from_os_error(error, ActionPhrase.KEEPING_THE_DAMAGED_DATABASE_ASIDE) from None
    _log.warning("The damaged database was kept as %s", kept.name)
    return kept


def start_new(paths: AppPaths) -> Path | None:
    """Keep the damaged database aside; the next open creates a new, empty one."""
    return set_aside(paths.database_file())


def restore_backup(paths: AppPaths, backup: Backup) -> Path | None:
    """Keep the current database aside and put a copy of `backup` in its place (the backup stays)."""
    target = paths.database_file()
    kept = set_aside(target)
    temporary = target.with_name(f".{target.name}.restoring")
    try:
        shutil.copyfile(backup.path, temporary)
        temporary.chmod(0o600)
        temporary.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise from_os_error(error, ActionPhrase.RESTORING_THE_BACKUP) from None
    _log.warning("Restored the database from the backup of %s", backup.taken_at.isoformat())
    return kept


def check_backup(backup: Backup) -> bool:
    """Whether the backup opens and passes the quick check (read-only: nothing is changed)."""
    try:
        database = Database.open_read_only(backup.path)
    except StorageError:
        return False
    with database:
        return database.is_healthy()

"""Ways a database file gets damaged on real disks, for the corrupted-database tests (issue 17, finding 2)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

PAGE = 4096


def random_bytes(path: Path) -> None:
    size = max(path.stat().st_size, 8 * PAGE)
    path.write_bytes(random.Random(1).randbytes(size))


def empty(path: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: max(len(data) // 2, 120)])


def header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def pages_overwritten(path: Path) -> None:
    """The header stays; every page after the first two is garbage (a bad sector run)."""
    data = bytearray(path.read_bytes())
    noise = random.Random(2)
    for start in range(2 * PAGE, len(data), PAGE):
        data[start : start + PAGE] = noise.randbytes(PAGE)
    path.write_bytes(bytes(data))


def schema_page_garbage(path: Path) -> None:
    """Page 1 after the 100-byte header (the schema's b-tree) is garbage."""
    data = bytearray(path.read_bytes())
    data[100:PAGE] = random.Random(3).randbytes(PAGE - 100)
    path.write_bytes(bytes(data))


def bad_page_size(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x07"  # not a power of two
    path.write_bytes(bytes(data))


def garbage_wal(path: Path) -> None:
    """A -wal full of garbage beside the database (and no -shm)."""
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    path.with_name(path.name + "-wal").write_bytes(random.Random(4).randbytes(3 * PAGE + 32))


def a_directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


DAMAGES: dict[str, Callable[[Path], None]] = {
    "random bytes": random_bytes,
    "empty (0 bytes)": empty,
    "truncated to half": truncated,
    "header only": header_only,
    "pages overwritten": pages_overwritten,
    "schema page garbage": schema_page_garbage,
    "bad page size": bad_page_size,
    "garbage WAL": garbage_wal,
}


def checkpoint_and_close(path: Path) -> None:
    """Fold the WAL into the file so damage to the file is damage to the data."""
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)

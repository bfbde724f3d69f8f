"""Writing files so that an interruption leaves the previous version in place.

Write to a temporary file in the same folder, fsync it, `os.replace` it over the target, fsync the folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from esign_desktop.domain.errors import Phrase
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.errors import StorageError, from_os_error

_CHUNK = 1024 * 1024


def write_bytes_atomically(target: Path, data: bytes, *, action: str) -> None:
    """Replace `target` with `data`; on any failure the old content stays and a StorageError is raised."""
    with _temporary_beside(target, action) as (handle, temporary):
        handle.write(data)
        _flush_and_sync(handle)
        _replace(temporary, target, action)


def copy_hashed_atomically(
    source: Path, directory: Path, *, suffix: str, action: str
) -> tuple[Path, str, int]:
    """Copy `source` into `directory` under its SHA-512 name; return (path, sha512 hex, size).

    A file whose content is already stored is not written again (content addressing).
    """
    directory.mkdir(parents=True, exist_ok=True)
    probe = directory / ".incoming"
    import hashlib  # here: settings (read before the first window) need no hashing

    digest = hashlib.sha512()
    size = 0
    try:
        reader = source.open("rb")
    except OSError as error:
        raise StorageError(templates.SOURCE_UNREADABLE, Phrase(action), source.name, error.strerror) from None
    with reader, _temporary_beside(probe, action) as (handle, temporary):
        for chunk in iter(lambda: reader.read(_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            handle.write(chunk)
        _flush_and_sync(handle)
        sha512 = digest.hexdigest()
        target = directory / f"{sha512}{suffix}"
        if target.exists() and target.stat().st_size == size:
            return target, sha512, size  # the temporary file is removed on the way out
        _replace(temporary, target, action)
    return target, sha512, size


def sha512_of(path: Path) -> str:
    import hashlib  # here: settings (read before the first window) need no hashing

    digest = hashlib.sha512()
    with path.open("rb") as reader:
        for chunk in iter(lambda: reader.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def _temporary_beside(target: Path, action: str) -> Iterator[tuple[BinaryIO, Path]]:
    temporary = target.with_name(f".{target.name}.{os.urandom(8).hex()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Readable by the user only (0600): settings, stored PDFs and exports are nobody else's business.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle, temporary
    except OSError as error:
        raise from_os_error(error, action) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _flush_and_sync(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _replace(temporary: Path, target: Path, action: str) -> None:
    try:
        temporary.replace(target)
        _sync_directory(target.parent)
    except OSError as error:
        raise from_os_error(error, action) from None


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

"""Writing downloads safely: sanitised names inside the chosen folder, atomic replacement of the target."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import AsyncIterable, Callable
from pathlib import Path

Progress = Callable[[int, int | None], None]  # (bytes written so far, total bytes or None when unknown)

_UNSAFE_CHARACTERS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
_MAX_NAME_LENGTH = 150


def safe_file_name(name: str, fallback: str = "document.pdf") -> str:
    """A file name that stays inside its folder on every platform, whatever the server sent.

    Path parts are dropped (only the last component is kept), control and reserved characters become "_",
    leading dots are removed (no hidden files, no "..") and Windows device names are prefixed.
    """
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE_CHARACTERS.sub("_", name).strip().lstrip(".").rstrip(". ")
    if not name:
        name = fallback
    stem, dot, suffix = name.partition(".")
    if stem.upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    if len(name) > _MAX_NAME_LENGTH:
        suffix_part = f".{name.rsplit('.', 1)[-1]}" if dot and len(suffix) < 16 else ""
        name = name[: _MAX_NAME_LENGTH - len(suffix_part)] + suffix_part
    return name


def target_in_folder(folder: Path, server_name: str, fallback: str) -> Path:
    """The path a download with `server_name` is written to; always a direct child of `folder`."""
    target = folder / safe_file_name(server_name, fallback)
    if target.resolve().parent != folder.resolve():  # defence in depth: the name must not leave the folder
        raise ValueError(f"refusing to write outside {folder}")
    return target


class IncompleteDownloadError(Exception):
    """Fewer (or more) bytes arrived than the server announced."""

    def __init__(self, written: int, expected: int) -> None:
        super().__init__(f"{written} of {expected} bytes")
        self.written = written
        self.expected = expected


async def write_atomically(
    target: Path, chunks: AsyncIterable[bytes], *, total: int | None = None, progress: Progress | None = None
) -> int:
    """Stream `chunks` to a temporary file next to `target`, then replace `target` in one step.

    If anything fails (network, disk, cancellation, a size other than `total`) the temporary file is
    removed and an existing `target` is untouched. Returns the number of bytes written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on success for os.replace
        dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
    )
    temp_path = Path(handle.name)
    written = 0
    try:
        with handle:
            async for chunk in chunks:
                handle.write(chunk)
                written += len(chunk)
                if progress is not None:
                    progress(written, total)
            if total is not None and written != total:
                raise IncompleteDownloadError(written, total)
            handle.flush()
            os.fsync(handle.fileno())
        temp_path.replace(target)  # noqa: ASYNC240 - one rename, atomic on every platform
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()  # noqa: ASYNC240 - cleanup on the failure path
        raise
    return written


async def single_chunk(data: bytes) -> AsyncIterable[bytes]:
    """Adapt bytes already in memory (GMO Sign sends base64 in JSON) to `write_atomically`."""
    yield data

"""Writing downloads safely: sanitised names inside the chosen folder, atomic replacement of the target,
a size cap counted while streaming, a PDF check before anything is kept, and names that never overwrite."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import AsyncIterable, Callable
from pathlib import Path

from esign_desktop.domain.errors import Phrase
from esign_desktop.pdf import error_templates as pdf_templates
from esign_desktop.providers import error_templates as provider_templates
from esign_desktop.providers.errors import AnswerTooLarge, MalformedResponse

Progress = Callable[[int, int | None], None]  # (bytes written so far, total bytes or None when unknown)

_UNSAFE_CHARACTERS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
_MAX_NAME_LENGTH = 150
_PDF_MAGIC = b"%PDF-"
_PDF_HEAD = 1024  # readers accept the header anywhere in the first 1,024 bytes
_MAX_SAME_NAME = 999


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


class NotAPdf(MalformedResponse):
    """A download that should be a PDF is something else (a web page, JSON, an error text)."""


def check_pdf_head(head: bytes, name: str) -> None:
    """Raise `NotAPdf` unless `head` (the first bytes of a file) carries the PDF header."""
    if _PDF_MAGIC in head[:_PDF_HEAD]:
        return
    start = head.lstrip()[:1]
    looks = {
        b"<": pdf_templates.SENT_A_WEB_PAGE,
        b"{": pdf_templates.SENT_JSON,
        b"[": pdf_templates.SENT_JSON,
    }.get(start, pdf_templates.SENT_NOT_A_PDF)
    shown = pdf_templates.SENT_NOTHING if not head else looks
    raise NotAPdf(pdf_templates.SERVICE_SENT_NO_PDF, name, Phrase(shown))


def _too_large(name: str, limit: int) -> AnswerTooLarge:
    return AnswerTooLarge(provider_templates.FILE_TOO_LARGE, name, limit // 1_000_000)


async def _stream_to_temp(
    target: Path,
    chunks: AsyncIterable[bytes],
    *,
    total: int | None,
    progress: Progress | None,
    require_pdf: bool,
    max_bytes: int | None,
) -> tuple[Path, int]:
    """Stream `chunks` to a temporary file beside `target`: (its path, bytes written). Removed on failure."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if max_bytes is not None and total is not None and total > max_bytes:
        raise _too_large(target.name, max_bytes)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on success for os.replace
        dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
    )
    temp_path = Path(handle.name)
    written = 0
    head = b""
    try:
        with handle:
            async for chunk in chunks:
                if require_pdf and len(head) < _PDF_HEAD:
                    head += chunk[: _PDF_HEAD - len(head)]
                    if len(head) >= _PDF_HEAD:
                        check_pdf_head(head, target.name)
                written += len(chunk)
                if max_bytes is not None and written > max_bytes:
                    raise _too_large(target.name, max_bytes)
                handle.write(chunk)
                if progress is not None:
                    progress(written, total)
            if total is not None and written != total:
                raise IncompleteDownloadError(written, total)
            if require_pdf and len(head) < _PDF_HEAD:
                check_pdf_head(head, target.name)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()  # noqa: ASYNC240 - cleanup on the failure path
        raise
    return temp_path, written


async def write_atomically(
    target: Path,
    chunks: AsyncIterable[bytes],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    require_pdf: bool = False,
    max_bytes: int | None = None,
) -> int:
    """Stream `chunks` to a temporary file next to `target`, then replace `target` in one step.

    If anything fails (network, disk, cancellation, a size other than `total`, more than `max_bytes`, not a
    PDF when `require_pdf`) the temporary file is removed and an existing `target` is untouched. Returns the
    number of bytes written.
    """
    temp_path, written = await _stream_to_temp(
        target, chunks, total=total, progress=progress, require_pdf=require_pdf, max_bytes=max_bytes
    )
    try:
        temp_path.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    return written


async def write_new_file(
    target: Path,
    chunks: AsyncIterable[bytes],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    require_pdf: bool = True,
    max_bytes: int | None = None,
) -> Path:
    """Like `write_atomically`, but never replaces a file: when `target` exists the download is kept as
    "name (2).pdf", "name (3).pdf"... (the first free name, claimed atomically). Returns the path written."""
    temp_path, _written = await _stream_to_temp(
        target, chunks, total=total, progress=progress, require_pdf=require_pdf, max_bytes=max_bytes
    )
    try:
        return _publish_unique(temp_path, target)
    finally:
        with contextlib.suppress(OSError):
            temp_path.unlink()


def numbered_name(target: Path, number: int) -> Path:
    """`target` as the `number`th file of that name: "contract.pdf" -> "contract (2).pdf"."""
    if number <= 1:
        return target
    return target.with_name(f"{target.stem} ({number}){target.suffix}")


def _publish_unique(temp_path: Path, target: Path) -> Path:
    """Give the finished temporary file the first free name; a hard link claims it atomically."""
    for number in range(1, _MAX_SAME_NAME + 1):
        candidate = numbered_name(target, number)
        try:
            os.link(temp_path, candidate)
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system: claim the name, then move the file onto it
            try:
                os.close(os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                continue
            temp_path.replace(candidate)
        return candidate
    raise FileExistsError(f"{_MAX_SAME_NAME} files named like '{target.name}' exist in {target.parent}")


async def single_chunk(data: bytes) -> AsyncIterable[bytes]:
    """Adapt bytes already in memory (GMO Sign sends base64 in JSON) to `write_atomically`."""
    yield data

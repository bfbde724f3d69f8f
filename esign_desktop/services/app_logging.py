"""Log files in the data folder, with every known secret scrubbed from the formatted text.

Secrets are registered with `SECRETS` when they are read from the keyring (AccountService), so even a
traceback that happened to carry one is written as `***`.

The app's start writes to the file with a plain handler (`rotating=False`) and switches to the rotating one
with `rotate_log_from_now()` once its window is shown: `logging.handlers` (sockets, pickle, queues) costs
about 9 ms of a start people wait for, and a rotation can wait that long.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from esign_desktop.providers.redaction import Redactor

SECRETS = Redactor()
LOG_FILE_NAME = "esign-desktop.log"
_HANDLER_NAME = "esign-desktop-file"


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes secrets from the whole text, tracebacks included."""

    def __init__(self, redactor: Redactor, fmt: str) -> None:
        super().__init__(fmt)
        self._redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self._redactor.text(super().format(record))


class PrivateFileHandler(logging.FileHandler):
    """Log files readable by the user only (0600), the first and every rotated-in one (issue 17)."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.fchmod(descriptor, 0o600)  # a file an older version created 0644
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123


if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler


def _rotating_handler(path: Path) -> RotatingFileHandler:
    """The log file that rotates at 2 MB, keeping three old ones; each opened as PrivateFileHandler does."""
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        _open = PrivateFileHandler._open

    return PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")


def _install(handler: logging.FileHandler) -> None:
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == _HANDLER_NAME:
            root.removeHandler(old)
            old.close()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(RedactingFormatter(SECRETS, "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def configure_logging(logs_dir: Path, level: str = "INFO", *, rotating: bool = True) -> Path:
    """Send the app's log to a file in `logs_dir`, rotating unless `rotating=False` (then call
    `rotate_log_from_now()` later); returns the file's path. Idempotent."""
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = logs_dir / LOG_FILE_NAME
    _install(_rotating_handler(path) if rotating else PrivateFileHandler(path, encoding="utf-8"))
    root = logging.getLogger()
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # pyHanko logs a traceback for every untrusted certificate; the signature check reports that plainly.
    logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
    return path


def rotate_log_from_now() -> None:
    """Replace the plain log file handler `configure_logging(rotating=False)` installed by the rotating one,
    on the same file; nothing is lost between the two (they run on one thread, one after the other)."""
    current = next((h for h in logging.getLogger().handlers if h.get_name() == _HANDLER_NAME), None)
    if isinstance(current, PrivateFileHandler):  # the rotating one only borrows its _open
        _install(_rotating_handler(Path(current.baseFilename)))

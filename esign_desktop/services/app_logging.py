"""Log files in the data folder, with every known secret scrubbed from the formatted text.

Secrets are registered with `SECRETS` when they are read from the keyring (AccountService), so even a
traceback that happened to carry one is written as `***`.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from pathlib import Path

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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by the user only (0600), the first and every rotated-in one (issue 17)."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.fchmod(descriptor, 0o600)  # a file an older version created 0644
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)  # noqa: PTH123


def configure_logging(logs_dir: Path, level: str = "INFO") -> Path:
    """Send the app's log to a rotating file in `logs_dir`; returns the file's path. Idempotent."""
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = logs_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(RedactingFormatter(SECRETS, "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # pyHanko logs a traceback for every untrusted certificate; the signature check reports that plainly.
    logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
    return path

"""Where the app keeps its files: one data folder, from platformdirs or `ESIGN_DESKTOP_HOME`.

With `ESIGN_DESKTOP_HOME` set (tests, portable installs) everything, downloads and logs included, lives under
that folder, so nothing touches the user's real folders. Folders are created when first asked for.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "esign-desktop"
HOME_ENV = "ESIGN_DESKTOP_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The app's folders. `data` holds the database, settings and stored PDFs."""

    data: Path
    logs: Path
    downloads: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get(HOME_ENV, "").strip()
        if home:
            root = Path(home).expanduser().resolve()
            return cls(data=root, logs=root / "logs", downloads=root / "downloads")
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            downloads=Path(platformdirs.user_downloads_dir()) / "eSign Desktop",
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (tests, tools)."""
        return cls(data=root, logs=root / "logs", downloads=root / "downloads")

    def data_dir(self) -> Path:
        """The data folder, private to the user (0700): the database, settings and PDFs live here."""
        return _ensure_private_dir(self.data)

    def database_file(self) -> Path:
        return self.data_dir() / "esign-desktop.sqlite3"

    def settings_file(self) -> Path:
        return self.data_dir() / "settings.json"

    def draft_files_dir(self) -> Path:
        """Content-addressed copies of the PDFs in drafts (see DraftStore)."""
        self.data_dir()
        return _ensure_private_dir(self.data / "draft-files")

    def downloads_dir(self) -> Path:
        """The default folder for signed documents and receipts (settings may choose another)."""
        return _ensure_dir(self.downloads)

    def logs_dir(self) -> Path:
        """Private to the user (0700): logs name envelopes, parties and files."""
        return _ensure_private_dir(self.logs)

    def sandbox_dir(self) -> Path:
        """The embedded sandbox's own state (its database, certificates, demo credentials)."""
        return _ensure_dir(self.data / "sandbox")


def _ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _ensure_private_dir(path: Path) -> Path:
    """Create with 0700, and take group/other access away from an existing folder we own."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        status = path.stat()
        if status.st_mode & 0o077 and status.st_uid == os.getuid():
            path.chmod(status.st_mode & 0o700)
    except (OSError, AttributeError):  # no getuid on Windows; folders there are private by default
        pass
    return path

"""Issue 17, finding 8: the data folder is private (0700) and its files readable by the user only (0600)."""

from __future__ import annotations

import logging
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from esign_desktop.domain.model import Document, Envelope, ProviderKind, new_id
from esign_desktop.services.app_logging import configure_logging, rotate_log_from_now
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import Settings, SettingsStore


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_and_files_are_private(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)  # an existing folder made by an older version
    paths = AppPaths.under(home)
    source = tmp_path / "contract.pdf"
    source.write_bytes(b"%PDF-1.7\n" * 100)
    with LocalStore.open(paths) as store:
        document = Document(id=new_id(), file_name="c.pdf", sha512="", size=0, pages=(), path=str(source))
        store.drafts.save(Envelope(local_id=new_id(), provider=ProviderKind.GMOSIGN, documents=(document,)))
        SettingsStore(paths.settings_file()).save(Settings())
        log_file = configure_logging(paths.logs_dir())
        logging.getLogger("esign_desktop.test").warning("a line")
        try:
            assert mode(home) == 0o700
            assert mode(paths.draft_files_dir()) == 0o700
            assert mode(paths.logs_dir()) == 0o700
            files = [*home.glob("esign-desktop.sqlite3*"), paths.settings_file(), log_file]
            files += list(paths.draft_files_dir().glob("*.pdf"))
            assert len(files) >= 5
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        finally:
            for handler in list(logging.getLogger().handlers):
                if handler.get_name() == "esign-desktop-file":
                    logging.getLogger().removeHandler(handler)
                    handler.close()


def test_the_start_logs_to_the_same_private_file_before_and_after_rotation_is_switched_on(
    tmp_path: Path,
) -> None:
    """app.py writes with a plain handler until its window is shown, then with the rotating one."""
    logs = tmp_path / "logs"
    path = configure_logging(logs, rotating=False)
    log = logging.getLogger("esign_desktop.test")
    root = logging.getLogger()
    try:
        log.info("before the window")
        rotate_log_from_now()
        rotate_log_from_now()  # once: the rotating handler is not replaced again
        [handler] = [h for h in root.handlers if h.get_name() == "esign-desktop-file"]
        assert isinstance(handler, RotatingFileHandler)
        assert handler.maxBytes == 2_000_000
        log.info("after the window")
        handler.doRollover()  # what a full file gets: the rotated-in file is private too
        log.info("in the new file")
        text = (logs / "esign-desktop.log.1").read_text(encoding="utf-8")
        assert "before the window" in text
        assert "after the window" in text
        assert "in the new file" in path.read_text(encoding="utf-8")
        assert mode(path) == 0o600
        assert mode(logs / "esign-desktop.log.1") == 0o600
    finally:
        for handler in list(root.handlers):
            if handler.get_name() == "esign-desktop-file":
                root.removeHandler(handler)
                handler.close()

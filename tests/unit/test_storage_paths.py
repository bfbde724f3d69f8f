from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.storage.paths import HOME_ENV, AppPaths


def test_environment_variable_puts_everything_under_one_folder(app_home: Path) -> None:
    paths = AppPaths.from_environment()
    assert paths.data == app_home.resolve()
    for path in (
        paths.database_file(),
        paths.settings_file(),
        paths.draft_files_dir(),
        paths.downloads_dir(),
        paths.logs_dir(),
        paths.sandbox_dir(),
    ):
        assert path.is_relative_to(app_home.resolve())


def test_folders_are_created_on_demand(app_home: Path) -> None:
    paths = AppPaths.from_environment()
    assert not (app_home / "draft-files").exists()
    assert paths.draft_files_dir().is_dir()
    assert paths.sandbox_dir().is_dir()
    assert paths.logs_dir().is_dir()
    assert paths.downloads_dir().is_dir()
    assert paths.database_file().parent.is_dir()
    assert not paths.database_file().exists()  # a file path, not a folder


def test_without_the_variable_platformdirs_decides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(HOME_ENV)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *_a, **_k: str(tmp_path / "data"))
    monkeypatch.setattr("platformdirs.user_log_dir", lambda *_a, **_k: str(tmp_path / "log"))
    monkeypatch.setattr("platformdirs.user_downloads_dir", lambda *_a, **_k: str(tmp_path / "Downloads"))
    paths = AppPaths.from_environment()
    assert paths.data == tmp_path / "data"
    assert paths.logs == tmp_path / "log"
    assert paths.downloads.parent == tmp_path / "Downloads"

"""Issue 17, finding 2: a cold start on a full disk says "the disk is full", not "database error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from esign_desktop.storage.errors import DiskFullError
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths
from tests.reliability.test_disk_full import fill, tiny_disk

pytestmark = pytest.mark.reliability


def test_a_cold_start_on_a_full_disk_names_the_full_disk(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        existing = disk / "existing-folder"
        existing.mkdir()
        fill(disk)
        for home in (disk / "new-folder", existing):
            with pytest.raises(DiskFullError, match="the disk is full"):
                LocalStore.open(AppPaths.under(home))

"""The built bundle's smoke test runs only through `make dist-check`, which builds the bundle and names it in
`ESIGN_DIST_BUNDLE`; a plain `make test` reports these tests as skipped."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

BUNDLE_ENV = "ESIGN_DIST_BUNDLE"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dist: runs the built PyInstaller bundle (make dist-check)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(BUNDLE_ENV, "").strip():
        return
    skip = pytest.mark.skip(reason=f"the bundle smoke test runs with `make dist-check` (sets {BUNDLE_ENV})")
    for item in items:
        if item.get_closest_marker("dist") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def bundle() -> Path:
    folder = Path(os.environ.get(BUNDLE_ENV, "").strip()).resolve()
    if not folder.is_dir():
        pytest.fail(f"{BUNDLE_ENV}={folder} is not a folder: build it with `make dist`")
    return folder


@pytest.fixture(scope="session")
def executable(bundle: Path) -> Path:
    path = bundle / ("esign-desktop.exe" if sys.platform == "win32" else "esign-desktop")
    if not path.is_file():
        pytest.fail(f"{path} is missing: the bundle is incomplete, rebuild it with `make dist`")
    return path

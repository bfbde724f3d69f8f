"""Smoke test of the built one-folder app (dist/esign-desktop): it starts, runs the embedded sandbox, and
carries no test code, no build-machine paths and no secret from the test suite."""

from __future__ import annotations

import ast
import importlib
import os
import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from esign_desktop import __version__

pytestmark = pytest.mark.dist

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 120
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TEST_MODULE_PARTS = {"tests", "test", "conftest", "pytest", "_pytest", "pytestqt", "hypothesis"}
# Literals assigned to names like these in tests/ are the suite's fake secrets.
SECRET_NAME = re.compile(r"(token|secret|password|api_key)", re.IGNORECASE)
MIN_SECRET_LENGTH = 8


def bundle_files(bundle: Path) -> Iterator[Path]:
    return (path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())


def frozen_archive(executable: Path) -> Any:
    """The executable's PYZ archive: the compiled Python modules, which are not on disk as files."""
    # Imported by name: only the `dist` extra installs PyInstaller, and it ships no type information.
    readers = importlib.import_module("PyInstaller.archive.readers")
    return readers.CArchiveReader(str(executable)).open_embedded_archive("PYZ.pyz")


def frozen_modules(executable: Path) -> list[str]:
    return list(frozen_archive(executable).toc)


def code_strings(code: CodeType) -> Iterator[str]:
    """A module's file name and every string constant, nested functions and classes included."""
    yield code.co_filename
    for constant in code.co_consts:
        if isinstance(constant, str):
            yield constant
        elif isinstance(constant, CodeType):
            yield from code_strings(constant)


def secrets_in_the_test_suite() -> set[str]:
    """String literals the tests use as tokens, secrets and passwords."""
    found: set[str] = set()
    for path in (REPO / "tests").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            value: ast.expr | None = None
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                value = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names, value = [node.target.id], node.value
            elif isinstance(node, ast.keyword) and node.arg is not None:
                names, value = [node.arg], node.value
            if (
                any(SECRET_NAME.search(name) for name in names)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
                and len(value.value) >= MIN_SECRET_LENGTH
            ):
                found.add(value.value)
    return found


def run_bundle(
    executable: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_SECONDS,
        env=env,
        check=False,
    )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG file"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_version_prints_the_package_version(executable: Path) -> None:
    result = run_bundle(executable, "--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"esign-desktop {__version__}"


def test_offscreen_start_on_the_embedded_sandbox_writes_a_screenshot(
    executable: Path, bundle: Path, tmp_path: Path
) -> None:
    before = {path: path.stat().st_mtime_ns for path in bundle_files(bundle)}
    temp = tmp_path / "tmp"
    temp.mkdir()
    screenshot = tmp_path / "out.png"
    env = {
        **os.environ,
        "ESIGN_DESKTOP_HOME": str(tmp_path / "home"),
        "TMPDIR": str(temp),  # --sandbox makes its fresh data folder here
        "QT_QPA_PLATFORM": "offscreen",
    }

    result = run_bundle(executable, "--sandbox", "--screenshot", str(screenshot), env=env)

    assert result.returncode == 0, result.stderr
    width, height = png_size(screenshot.read_bytes())
    assert width >= 400
    assert height >= 300
    [data_folder] = temp.glob("esign-desktop-sandbox-*")
    assert (data_folder / "sandbox" / "sandbox.sqlite3").is_file(), "the embedded sandbox did not start"
    log = (data_folder / "logs" / "esign-desktop.log").read_text(encoding="utf-8")
    # The app reached both emulated services over loopback: uvicorn, starlette and the providers work frozen.
    assert re.search(r"/assently/api/v2/\S+ -> 200", log), log
    assert re.search(r"/gmosign/customer/\S+ -> 20[01]", log), log
    assert "Traceback" not in log
    assert " ERROR " not in log
    after = {path: path.stat().st_mtime_ns for path in bundle_files(bundle)}
    assert after == before, "the app wrote into its own installation folder"


def test_bundle_ships_the_resources_the_code_looks_for(bundle: Path, executable: Path) -> None:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    # sandbox/sample_document.py and ui/editor/composer.py find resources/ beside the esign_desktop package.
    assert (internal / "resources" / "sample-contract.pdf").read_bytes().startswith(b"%PDF-")
    for qm in (REPO / "resources" / "translations").glob("*.qm"):
        assert (internal / "resources" / "translations" / qm.name).is_file()
    assert list(internal.glob("PySide6/Qt/plugins/imageformats/*qpdf*")), "QtPdf's image plug-in is missing"
    assert (internal / "certifi" / "cacert.pem").is_file()
    [keyring_metadata] = internal.glob("keyring-*.dist-info")
    entry_points = (keyring_metadata / "entry_points.txt").read_text(encoding="utf-8")
    assert "[keyring.backends]" in entry_points
    assert "SecretService" in entry_points
    modules = set(frozen_modules(executable))
    expected = {
        "esign_desktop.sandbox.server",
        "uvicorn.loops.auto",
        "uvicorn.protocols.http.auto",
        "uvicorn.lifespan.on",
        "keyring.backends.SecretService",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
    }
    assert expected <= modules, expected - modules


def test_bundle_contains_no_test_code(bundle: Path, executable: Path) -> None:
    test_files = [
        path
        for path in bundle_files(bundle)
        if path.name.startswith(("test_", "conftest")) or "tests" in path.relative_to(bundle).parts
    ]
    test_modules = [
        name
        for name in frozen_modules(executable)
        if any(part in TEST_MODULE_PARTS or part.startswith("test_") for part in name.split("."))
    ]

    assert test_files == []
    assert test_modules == []


def test_bundle_holds_no_build_paths_or_test_secrets(bundle: Path, executable: Path) -> None:
    secrets = secrets_in_the_test_suite()
    assert len(secrets) >= 3, "the scan found no test secrets: the pattern no longer matches the tests"
    needles = {*secrets, str(REPO), sys.prefix, "/.venv/"}
    hits = []
    for path in bundle_files(bundle):
        data = path.read_bytes()
        hits += [f"{path.relative_to(bundle)}: {needle!r}" for needle in needles if needle.encode() in data]
    archive = frozen_archive(executable)
    for name in archive.toc:
        code = archive.extract(name)
        if isinstance(code, CodeType):
            texts = set(code_strings(code))
            hits += [f"{name}: {needle!r}" for needle in needles if any(needle in text for text in texts)]

    assert hits == []

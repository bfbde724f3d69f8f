"""The suite's own rules (tests/conftest.py): an unexpected WARNING fails the test that logged it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CASES = """
import logging

import pytest


def test_logs_a_warning_nobody_expects() -> None:
    logging.getLogger("esign_desktop.somewhere").warning("the disk is full")


def test_expects_its_warning(caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger("esign_desktop.somewhere").warning("the disk is full")
    assert "the disk is full" in caplog.text


def test_logs_only_information() -> None:
    logging.getLogger("esign_desktop.somewhere").info("all is well")
"""


def test_an_unexpected_warning_fails_the_test_and_caplog_declares_an_expected_one(tmp_path: Path) -> None:
    cases = tmp_path / "test_cases.py"
    cases.write_text(CASES, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "tests.conftest", str(cases)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED" in result.stdout
    assert "test_logs_a_warning_nobody_expects" in result.stdout
    assert "1 failed, 2 passed" in result.stdout
    assert "WARNING esign_desktop.somewhere: the disk is full" in result.stdout

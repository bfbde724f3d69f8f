"""The reliability suite: the `reliability` marker, its sizes, and a sandbox in its own process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability import sizes
from tests.reliability.sandbox_process import HEALTHY, SandboxProcess

SUITE = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reliability: fault, crash and bad-input scenarios (make reliability)")
    sizes.choose(full=_chosen_on_purpose(config))


def _chosen_on_purpose(config: pytest.Config) -> bool:
    if "reliability" in (config.option.markexpr or ""):
        return True
    for argument in config.args:
        path = Path(argument.split("::", 1)[0]).resolve()
        if path == SUITE or SUITE in path.parents:
            return True
    return False


@pytest.fixture(scope="module")
def sandbox_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    with SandboxProcess.start(tmp_path_factory.mktemp("sandbox")) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(sandbox_process: SandboxProcess) -> Iterator[SandboxProcess]:
    """The module's sandbox process, healthy at the start and end of every test."""
    sandbox_process.set_faults(**HEALTHY)
    yield sandbox_process
    sandbox_process.set_faults(**HEALTHY)

"""Where the vendors' published reference is: `../shared/reference` beside the repository, as in CI.

Tests read it through `reference_path`, never by an absolute path. A missing reference FAILS the test that
needs it (it never skips): the contract tests are only worth something where they run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
REFERENCE = REPOSITORY.parent / "shared" / "reference"


def reference_path(*parts: str) -> Path:
    path = REFERENCE.joinpath(*parts)
    if not path.exists():
        pytest.fail(
            f"The vendors' reference is missing: {path}. It is expected at ../shared/reference beside the "
            "repository (see shared/reference/PROVENANCE.md); the contract tests cannot run without it.",
            pytrace=False,
        )
    return path


def reference_json(*parts: str) -> Any:
    """A reference JSON file (the Swagger files start with a UTF-8 BOM)."""
    return json.loads(reference_path(*parts).read_text(encoding="utf-8-sig"))

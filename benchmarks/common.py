"""Shared plumbing for benchmark scripts: repeated timing and JSON results."""

from __future__ import annotations

import json
import platform
import statistics
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def median_of(runs: int, measure: Callable[[], float]) -> dict[str, float]:
    samples = [measure() for _ in range(runs)]
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "runs": float(runs),
    }


def write_result(name: str, figures: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    document = {
        "benchmark": name,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "figures": figures,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return path

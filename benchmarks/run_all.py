"""Run every benchmark script in this folder and collect their JSON into results/latest.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.common import RESULTS

HERE = Path(__file__).resolve().parent
SKIP = {"__init__", "common", "run_all"}


def main() -> int:
    failures = []
    for script in sorted(HERE.glob("*.py")):
        if script.stem in SKIP:
            continue
        print(f"== {script.stem}", flush=True)
        result = subprocess.run([sys.executable, "-m", f"benchmarks.{script.stem}"], check=False)
        if result.returncode != 0:
            failures.append(script.stem)
    collected = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(RESULTS.glob("*.json"))
        if path.stem != "latest"
    }
    (RESULTS / "latest.json").write_text(json.dumps(collected, indent=2) + "\n", encoding="utf-8")
    if failures:
        print(f"failed: {', '.join(failures)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

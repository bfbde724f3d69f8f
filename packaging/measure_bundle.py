"""Measure the built bundle: size on disk, file count and start times; prints JSON (see packaging/README.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/measure_bundle.py [dist/esign-desktop]

Start times are wall-clock medians of a few runs, each with a fresh temporary data folder: `--version`
(interpreter and archive start), `--exit-when-shown` (main window shown, no sandbox), and
`--sandbox --screenshot` (first run: embedded sandbox started, demo data seeded, window drawn).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
TIMEOUT_SECONDS = 120


def size_on_disk(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def median_seconds(command: list[str], *, screenshot: bool = False) -> float:
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="esign-measure-") as temp:
            env = {
                **os.environ,
                "ESIGN_DESKTOP_HOME": str(Path(temp) / "home"),
                "TMPDIR": temp,
                "QT_QPA_PLATFORM": "offscreen",
            }
            extra = ["--screenshot", str(Path(temp) / "out.png")] if screenshot else []
            started = time.perf_counter()
            # the command is our own freshly built executable
            subprocess.run(  # noqa: S603
                [*command, *extra], env=env, capture_output=True, timeout=TIMEOUT_SECONDS, check=True
            )
            times.append(time.perf_counter() - started)
    return round(statistics.median(times), 2)


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/esign-desktop").resolve()
    executable = bundle / ("esign-desktop.exe" if sys.platform == "win32" else "esign-desktop")
    if not executable.is_file():
        sys.stderr.write(f"{executable} not found: run `make dist` first\n")
        return 1
    size, files = size_on_disk(bundle)
    exe = str(executable)
    result = {
        "platform": sys.platform,
        "bundle_mb": round(size / 1_000_000, 1),
        "files": files,
        "version_s": median_seconds([exe, "--version"]),
        "window_shown_s": median_seconds([exe, "--exit-when-shown", "--no-sandbox"]),
        "first_run_sandbox_screenshot_s": median_seconds([exe, "--sandbox"], screenshot=True),
    }
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
